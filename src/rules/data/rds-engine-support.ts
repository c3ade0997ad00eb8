/**
 * The end of RDS (and Aurora) standard support per engine and major version, as data: from the day
 * after it, a database still on that major version is enrolled in paid RDS Extended Support (or,
 * where Extended Support was disabled at creation, upgraded by AWS). Update an entry and
 * `RDS_ENGINE_SUPPORT_AS_OF` together when AWS publishes or moves a date.
 *
 * Only dates read in AWS's own pages are listed (each entry names its page); a major version absent
 * here is not judged. Not listed for want of a confirmed page on the as-of day: RDS / Aurora
 * PostgreSQL 13 and later, Aurora MySQL version 3, MariaDB (no Extended Support), the commercial
 * engines (no Extended Support).
 *
 * Data only: ../rds-engine-support.ts judges what the dates mean on a given day.
 */

export interface EngineSupport {
  /** The last day of standard support (UTC calendar day); Extended Support starts after it. */
  endOfStandardSupport: string;
  /** The AWS page that states the date. */
  source: string;
}

/** The day this table was last checked against its sources. */
export const RDS_ENGINE_SUPPORT_AS_OF = '2026-12-06';

const RDS_EXTENDED_SUPPORT = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html';
const AURORA_EXTENDED_SUPPORT =
  'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html';
const PG11_BLOG =
  'https://aws.amazon.com/blogs/database/postgresql-11-upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql';
const PG12_BLOG =
  'https://aws.amazon.com/blogs/database/upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql-12';
// The RDS User Guide's release calendar of MySQL major versions (end of standard support of 8.0:
// July 31, 2026), as the AWS Database Blog's 8.0-to-8.4 upgrade post of May 2026 repeats it.
const MYSQL80_BLOG =
  'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html#MySQL.Concepts.VersionMgmt.ReleaseCalendar';

/** Engine (as DescribeDBInstances/DescribeDBClusters name it) -> major version -> dates. */
export const RDS_ENGINE_SUPPORT: Readonly<Record<string, Readonly<Record<string, EngineSupport>>>> = {
  mysql: {
    '5.7': { endOfStandardSupport: '2024-02-29', source: RDS_EXTENDED_SUPPORT },
    '8.0': { endOfStandardSupport: '2026-07-31', source: MYSQL80_BLOG },
  },
  postgres: {
    '11': { endOfStandardSupport: '2024-02-29', source: PG11_BLOG },
    '12': { endOfStandardSupport: '2025-02-28', source: PG12_BLOG },
  },
  // Aurora MySQL version 2 (MySQL 5.7 compatible: engine versions 5.7.mysql_aurora.2.x).
  'aurora-mysql': {
    '5.7': { endOfStandardSupport: '2024-10-31', source: AURORA_EXTENDED_SUPPORT },
  },
  'aurora-postgresql': {
    '11': { endOfStandardSupport: '2024-02-29', source: PG11_BLOG },
    '12': { endOfStandardSupport: '2025-02-28', source: PG12_BLOG },
  },
};
