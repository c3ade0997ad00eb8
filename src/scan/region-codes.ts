import { UsageError } from '../usage-error.js';
import { PARTITIONS } from './partitions.js';

const KNOWN = new Set(PARTITIONS.flatMap((p) => Object.keys(p.regions)));
const PATTERNS = PARTITIONS.map((p) => new RegExp(p.regionRegex));

/** The compass word before the number (`east`, `southeast`, `central`), as the known regions use them. */
const directionOf = (region: string) => region.split('-').at(-2) ?? '';
const DIRECTIONS = new Set([...KNOWN].map(directionOf));

/** What `aws-audit` and the AWS SDK make of a region code, offline. */
export type RegionCodeStatus = 'known' | 'new' | 'unknown' | 'malformed';

/**
 * `known`: in the SDK's region list. `new`: not listed, but shaped like the regions of a partition
 * (its pattern, and a direction word regions use), as a region launched after this SDK would be.
 * `unknown`: shaped like a region code but not one (`us-est-1`). `malformed`: not a region code.
 */
export function regionCodeStatus(name: string): RegionCodeStatus {
  if (KNOWN.has(name)) return 'known';
  if (PATTERNS.some((pattern) => pattern.test(name)) && DIRECTIONS.has(directionOf(name))) return 'new';
  return /^[a-z]{2,}(-[a-z]+)+-\d+$/.test(name) ? 'unknown' : 'malformed';
}

/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known regions closest to a mistyped one (at most three edits away), closest first. */
export function closestRegions(name: string, limit = 3): string[] {
  const lower = name.toLowerCase();
  const scored = [...KNOWN]
    .map((region) => ({ region, distance: editDistance(lower, region) }))
    .filter((s) => s.distance <= 3);
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance === best)
    .map((s) => s.region)
    .sort()
    .slice(0, limit);
}

/** ` (did you mean a, b or c?)`, or nothing when no known region is close. */
function didYouMean(name: string): string {
  const close = closestRegions(name);
  const last = close.pop();
  if (last === undefined) return '';
  return ` (did you mean ${close.length > 0 ? `${close.join(', ')} or ` : ''}${last}?)`;
}

/**
 * Checks region codes offline against the SDK's partition data; `source` names the flag or input.
 * Whether a real region is enabled for the account is only known after DescribeRegions.
 */
export function checkRegionCodes(names: readonly string[], source: string): void {
  const problems = names.flatMap((name) => {
    switch (regionCodeStatus(name)) {
      case 'malformed':
        return [`'${name}' is not a region code like us-east-1 or eu-west-2${didYouMean(name)}`];
      case 'unknown':
        return [`'${name}' is not an AWS region${didYouMean(name)}`];
      default:
        return [];
    }
  });
  if (problems.length > 0) throw new UsageError(`${source}: ${problems.join('; ')}`);
}
