/**
 * Where a Lambda runtime is in its end of support, and what to move to, judged from a runtime table.
 * The table is a parameter, the built-in one (data/lambda-runtimes.ts) by default, so a table
 * extended from elsewhere is judged the same way.
 */
import { LAMBDA_RUNTIMES, type RuntimeDates, type RuntimeTable } from './data/lambda-runtimes.js';

export type RuntimePhase = 'supported' | 'approaching' | 'deprecated' | 'update-blocked';

const DAY_MS = 86_400_000;
const startOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The runtime's dates; undefined when the table does not list it (never an inherited key). */
export function runtimeDates(
  runtime: string,
  table: RuntimeTable = LAMBDA_RUNTIMES,
): RuntimeDates | undefined {
  return Object.hasOwn(table, runtime) ? table[runtime] : undefined;
}

/** Whole days from now until the day starts (negative once it has started). */
export function daysUntil(day: string, now: Date): number {
  return Math.ceil((startOf(day) - now.getTime()) / DAY_MS);
}

/**
 * Where a runtime is in its end of support on `now`: `approaching` within `warningDays` of the
 * deprecation, `deprecated` from the deprecation day, `update-blocked` from the update block.
 */
export function runtimePhase(dates: RuntimeDates, now: Date, warningDays: number): RuntimePhase {
  const time = now.getTime();
  if (dates.blockUpdate !== null && time >= startOf(dates.blockUpdate)) return 'update-blocked';
  if (time >= startOf(dates.deprecation)) return 'deprecated';
  if (warningDays > 0 && daysUntil(dates.deprecation, now) <= warningDays) return 'approaching';
  return 'supported';
}

/** `nodejs18.x` -> `nodejs`, `python3.9` -> `python`, `java8.al2` -> `java`, `dotnetcore3.1` -> `dotnet`. */
const familyOf = (runtime: string): string => {
  const family = /^[a-z]+/.exec(runtime)?.[0] ?? runtime;
  return family === 'dotnetcore' ? 'dotnet' : family;
};

/**
 * The runtime of the same family supported longest (the latest deprecation date among those still
 * supported on `now`), as the one to move to; null when the family has none (go1.x moves to provided.al2023).
 */
export function successorOf(
  runtime: string,
  now: Date,
  warningDays: number,
  table: RuntimeTable = LAMBDA_RUNTIMES,
): string | null {
  const family = runtime === 'go1.x' ? 'provided' : familyOf(runtime);
  const candidates = Object.entries(table)
    .filter(([name, d]) => familyOf(name) === family && runtimePhase(d, now, warningDays) === 'supported')
    .sort(([a, x], [b, y]) => y.deprecation.localeCompare(x.deprecation) || b.localeCompare(a));
  return candidates[0]?.[0] ?? null;
}
