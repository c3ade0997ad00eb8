import type { Coverage, ScanError } from './document.js';
import type { Resource } from './resources/index.js';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts object keys recursively so equal content always serializes to equal text. */
export function canonicalize<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compare(a, b));
    return Object.fromEntries(entries.map(([key, item]) => [key, canonicalize(item)])) as T;
  }
  return value;
}

export function sortResources(resources: Resource[]): Resource[] {
  return [...resources].sort(
    (a, b) =>
      compare(a.account, b.account) ||
      compare(a.type, b.type) ||
      compare(a.region, b.region) ||
      compare(a.id, b.id) ||
      compare(a.arn, b.arn),
  );
}

export function sortErrors(errors: ScanError[]): ScanError[] {
  return [...errors].sort(
    (a, b) =>
      compare(a.account, b.account) ||
      compare(a.service, b.service) ||
      compare(a.region, b.region) ||
      compare(a.operation, b.operation) ||
      compare(a.code, b.code) ||
      compare(a.message, b.message),
  );
}

export function sortCoverage(coverage: Coverage[]): Coverage[] {
  return [...coverage].sort(
    (a, b) =>
      compare(a.service, b.service) || compare(a.resourceType, b.resourceType) || compare(a.region, b.region),
  );
}
