/**
 * Where an EKS cluster's Kubernetes version is in its support window, judged from the dated table
 * in data/eks-version-support.ts (passed in, so a test or a newer table is judged the same way).
 */
import { EKS_VERSION_SUPPORT, type KubernetesVersionSupport } from './data/eks-version-support.js';
import { daysUntil } from './lambda-runtime-support.js';

export type KubernetesSupportPhase = 'standard' | 'standard-ending-soon' | 'extended' | 'unsupported';

export interface KubernetesVersionJudgement {
  phase: KubernetesSupportPhase;
  /** The table's dates; null for a version older than every listed one (its dates are past). */
  dates: KubernetesVersionSupport | null;
  /** The oldest listed version, named when `dates` is null. */
  olderThan: string | null;
}

/** `1.29` -> [1, 29]; null when not a minor version. */
const parse = (version: string): [number, number] | null => {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : null;
};
const compare = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

/**
 * The phase of `version` on `now`: `standard-ending-soon` within `warningDays` of the end of
 * standard support; undefined when the version is neither listed nor older than every listed one.
 */
export function kubernetesSupport(
  version: string,
  now: Date,
  warningDays: number,
  table: Readonly<Record<string, KubernetesVersionSupport>> = EKS_VERSION_SUPPORT,
): KubernetesVersionJudgement | undefined {
  const dates = Object.hasOwn(table, version) ? table[version] : undefined;
  if (dates) {
    if (daysUntil(dates.endOfExtendedSupport, now) < 0)
      return { phase: 'unsupported', dates, olderThan: null };
    const days = daysUntil(dates.endOfStandardSupport, now);
    if (days < 0) return { phase: 'extended', dates, olderThan: null };
    return { phase: days <= warningDays ? 'standard-ending-soon' : 'standard', dates, olderThan: null };
  }
  const parsed = parse(version);
  const listed = Object.keys(table)
    .map((v) => [v, parse(v)] as const)
    .filter((pair): pair is readonly [string, [number, number]] => pair[1] !== null)
    .sort((a, b) => compare(a[1], b[1]));
  const oldest = listed[0];
  if (!parsed || !oldest || compare(parsed, oldest[1]) >= 0) return undefined;
  return { phase: 'unsupported', dates: null, olderThan: oldest[0] };
}
