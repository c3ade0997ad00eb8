/**
 * The EKS support window of each Kubernetes minor version, as data: standard support for 14 months
 * after its EKS release, then extended support (billed $0.60 instead of $0.10 per cluster-hour) for
 * 12 more; after that the version is unsupported and AWS upgrades the control plane itself. Update an
 * entry and `EKS_VERSION_SUPPORT_AS_OF` together when AWS publishes a version.
 *
 * The dates are those of AWS's Amazon EKS Kubernetes release calendar (`source`), as copied by
 * endoflife.date (amazon-eks) and AWS's own aws-samples EKS review skill (verified 2026-04-24),
 * which agree. 1.36 is left out: its dates were not confirmed on the as-of day (not judged).
 * Every version older than the oldest listed left extended support before it did.
 *
 * Data only: ../eks-version-support.ts judges what the dates mean on a given day.
 */

export interface KubernetesVersionSupport {
  /** Standard support ends on this UTC day; extended support starts after it. */
  endOfStandardSupport: string;
  /** Extended support ends on this UTC day; the version is unsupported after it. */
  endOfExtendedSupport: string;
  source: string;
}

/** The day this table was last checked against its sources. */
export const EKS_VERSION_SUPPORT_AS_OF = '2026-12-06';

const CALENDAR =
  'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar';

const entry = (endOfStandardSupport: string, endOfExtendedSupport: string): KubernetesVersionSupport => ({
  endOfStandardSupport,
  endOfExtendedSupport,
  source: CALENDAR,
});

/** Kubernetes minor version (as DescribeCluster names it) -> its EKS support dates. */
export const EKS_VERSION_SUPPORT: Readonly<Record<string, KubernetesVersionSupport>> = {
  '1.29': entry('2025-03-23', '2026-03-23'),
  '1.30': entry('2025-07-23', '2026-07-23'),
  '1.31': entry('2025-11-26', '2026-11-26'),
  '1.32': entry('2026-03-23', '2027-03-23'),
  '1.33': entry('2026-07-29', '2027-07-29'),
  '1.34': entry('2026-12-02', '2027-12-02'),
  '1.35': entry('2027-03-27', '2028-03-27'),
};
