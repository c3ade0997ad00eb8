import type { ResourceOfType, ResourceType, UnknownAttribute } from '../inventory/resources/index.js';

/** Turns the SDK's `{Key, Value}[]` tag lists into a plain map. */
export function tagMap(
  tags: readonly { Key?: string; Value?: string }[] | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) result[tag.Key] = tag.Value ?? '';
  return result;
}

/** ISO 8601 text for the SDK's Date (or date string) values; null when absent or unparseable. */
export function isoDate(value: Date | string | number | undefined | null): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The latest of some times (Dates or epoch ms; absent ones skipped) as ISO 8601, or null when none. */
export function latestIso(times: readonly (Date | number | null | undefined)[]): string | null {
  const ms = times.flatMap((t) =>
    t === null || t === undefined ? [] : [t instanceof Date ? t.getTime() : t],
  );
  return ms.length > 0 ? new Date(Math.max(...ms)).toISOString() : null;
}

/** Empty strings become null: moto (and sometimes AWS) sends "" for absent values. */
export function text(value: string | undefined | null): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

export function sortedStrings(values: Iterable<string | undefined | null>): string[] {
  return [...new Set([...values].filter((v): v is string => typeof v === 'string' && v !== ''))].sort();
}

export interface ResourceEnvelope {
  arn: string;
  id: string;
  name?: string | null;
  account: string;
  region: string;
  tags?: Record<string, string>;
  state?: string | null;
  createdAt?: string | null;
}

/** Builds a typed resource; unknownAttributes lists what could not be read. */
export function makeResource<T extends ResourceType>(
  type: T,
  envelope: ResourceEnvelope,
  attributes: ResourceOfType<T>['attributes'],
  /** Typed by the type's attribute names, so a misspelt one fails to compile. */
  unknownAttributes: readonly UnknownAttribute<T>[] = [],
): ResourceOfType<T> {
  return {
    type,
    arn: envelope.arn,
    id: envelope.id,
    name: envelope.name ?? null,
    account: envelope.account,
    region: envelope.region,
    tags: envelope.tags ?? {},
    state: envelope.state ?? null,
    createdAt: envelope.createdAt ?? null,
    unknownAttributes: [...new Set(unknownAttributes)].sort(),
    attributes,
  } as ResourceOfType<T>;
}

/** `items` in consecutive batches of at most `size`: the most one call takes (tags, names, queries). */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
