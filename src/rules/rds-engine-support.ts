/**
 * Where a database's engine major version is in its RDS standard support, judged from the dated
 * table in data/rds-engine-support.ts (passed in, so a test or a newer table is judged the same way).
 */
import { RDS_ENGINE_SUPPORT, type EngineSupport } from './data/rds-engine-support.js';
import { daysUntil } from './lambda-runtime-support.js';

export type SupportPhase = 'supported' | 'ending-soon' | 'extended-support';

/**
 * The major version of an engine version string: `8.0.35` -> `8.0`, `5.7.mysql_aurora.2.11.2` ->
 * `5.7`, `11.22-rds.20241121` -> `11`, `9.6.24` -> `9.6`; null when it is not one of these shapes.
 */
export function majorVersionOf(engine: string, version: string): string | null {
  const mysqlLike = engine === 'mysql' || engine === 'aurora-mysql';
  if (mysqlLike) return /^(\d+\.\d+)(\.|$)/.exec(version)?.[1] ?? null;
  if (engine === 'postgres' || engine === 'aurora-postgresql') {
    const major = /^(\d+)(?:\.(\d+))?/.exec(version);
    if (!major?.[1]) return null;
    // Before 10, PostgreSQL's major version had two parts (9.6).
    return Number(major[1]) < 10 && major[2] !== undefined ? `${major[1]}.${major[2]}` : major[1];
  }
  return null;
}

/** The engine major version's dates; undefined when the table does not list it. */
export function engineSupport(
  engine: string,
  version: string,
  table: typeof RDS_ENGINE_SUPPORT = RDS_ENGINE_SUPPORT,
): (EngineSupport & { majorVersion: string }) | undefined {
  const major = majorVersionOf(engine, version);
  if (major === null || !Object.hasOwn(table, engine)) return undefined;
  const versions = table[engine] ?? {};
  const dates = Object.hasOwn(versions, major) ? versions[major] : undefined;
  return dates ? { ...dates, majorVersion: major } : undefined;
}

/** Extended Support from the day after the end of standard support; `ending-soon` within `warningDays`. */
export function supportPhase(dates: EngineSupport, now: Date, warningDays: number): SupportPhase {
  const days = daysUntil(dates.endOfStandardSupport, now);
  if (days < 0) return 'extended-support';
  return days <= warningDays ? 'ending-soon' : 'supported';
}
