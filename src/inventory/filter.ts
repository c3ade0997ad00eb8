import { wildcardMatcher, type Matcher } from '../policy/wildcard.js';
import { UsageError } from '../usage-error.js';
import { resourceSchemas, resourceTypeOf, serviceOfType, type Resource } from './resources/index.js';

/**
 * `--filter` for the inventory view: `type=ec2:volume,state=available`, `tag:env=prod`,
 * `region=eu-*`, `name!=tmp-*`, `state=stopped|available`. Terms in one filter, and the filters
 * given, must all hold; `|` separates alternatives of one term; `*` and `?` are wildcards; a value
 * compares case-insensitively. `tag:KEY` alone asks that the tag be set, `tag:KEY!=` that it be
 * missing. Every term is checked before any file is read: a typo fails at once.
 */
export type ResourceFilter = (resource: Resource) => boolean;

const FIELDS = ['service', 'type', 'region', 'account', 'state', 'name', 'id'] as const;
type Field = (typeof FIELDS)[number];

export const RESOURCE_TYPES: readonly string[] = resourceSchemas.map(resourceTypeOf).sort();
const SERVICES = [...new Set(RESOURCE_TYPES.map(serviceOfType))].sort();

const field = (resource: Resource, name: Field): string | null => {
  switch (name) {
    case 'service':
      return serviceOfType(resource.type);
    case 'type':
      return resource.type;
    default:
      return resource[name];
  }
};

/** Rejects a value that can never match a known type or service: `type=ec2:volumes` is a typo, not "none". */
function checkKnown(term: string, values: readonly string[], known: readonly string[], what: string): void {
  for (const value of values) {
    const match = wildcardMatcher(value, { ignoreCase: true });
    if (!known.some(match)) {
      throw new UsageError(
        `--filter ${term}: no ${what} matches '${value}'; the ${what}s are ${known.join(', ')}`,
      );
    }
  }
}

function parseTerm(term: string): ResourceFilter {
  const at = term.search(/!?=/);
  const key = (at < 0 ? term : term.slice(0, at)).trim();
  const negated = at >= 0 && term[at] === '!';
  const raw = at < 0 ? null : term.slice(at + (negated ? 2 : 1));
  if (key.startsWith('tag:') && key.length > 4) {
    const tag = key.slice(4);
    // `tag:env` and `tag:env=` both ask for the tag to be there with any value, empty or not.
    const values = raw === null || raw === '' ? null : raw.split('|');
    const matchers = values?.map((v) => wildcardMatcher(v, { ignoreCase: true }));
    const holds = (resource: Resource) => {
      const value = resource.tags[tag];
      if (value === undefined) return false;
      return matchers === undefined || matchers.some((m) => m(value));
    };
    return negated ? (resource) => !holds(resource) : holds;
  }
  if (!(FIELDS as readonly string[]).includes(key)) {
    throw new UsageError(
      `--filter ${term}: unknown key '${key}'; the keys are ${FIELDS.join(', ')} and tag:KEY`,
    );
  }
  if (raw === null || raw === '')
    throw new UsageError(`--filter ${term}: '${key}' needs a value (${key}=VALUE)`);
  const values = raw.split('|');
  if (key === 'type') checkKnown(term, values, RESOURCE_TYPES, 'type');
  if (key === 'service') checkKnown(term, values, SERVICES, 'service');
  const matchers: Matcher[] = values.map((v) => wildcardMatcher(v, { ignoreCase: true }));
  const name = key as Field;
  const holds = (resource: Resource) => {
    const value = field(resource, name);
    return value !== null && matchers.some((m) => m(value));
  };
  return negated ? (resource) => !holds(resource) : holds;
}

/** All the filters' terms, parsed and checked; an empty list keeps every resource. */
export function parseFilters(filters: readonly string[]): ResourceFilter {
  const terms = filters.flatMap((filter) => {
    const parts = filter.split(',').map((t) => t.trim());
    if (parts.some((t) => t === '')) throw new UsageError(`--filter ${filter}: an empty term`);
    return parts.map(parseTerm);
  });
  return (resource) => terms.every((holds) => holds(resource));
}
