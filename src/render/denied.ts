import type { ScanError } from '../inventory/document.js';
import { explicitDenySource, isExplicitDeny } from '../scan/errors.js';
import { plainText } from './escape.js';

export interface DeniedGroup {
  account: string;
  region: string;
  /** Denied by a Deny statement: no Allow added to the role would help. */
  explicit: boolean;
  /** Where the Deny statements are, as AWS words it ("a service control policy"). */
  sources: string[];
  count: number;
  /** The IAM actions denied, sorted. */
  actions: string[];
}

/**
 * Access-denied calls grouped by (account, region, kind): a region closed by a service control
 * policy denies every call there, and one line saying so reads better than one line per call.
 */
export function groupDenied(errors: readonly ScanError[]): DeniedGroup[] {
  const groups = new Map<string, DeniedGroup>();
  for (const error of errors) {
    const explicit = isExplicitDeny(error.message);
    if (!error.missingPermission && !explicit) continue;
    const key = `${error.account}|${error.region}|${explicit}`;
    let group = groups.get(key);
    if (!group) {
      group = { account: error.account, region: error.region, explicit, sources: [], count: 0, actions: [] };
      groups.set(key, group);
    }
    group.count += 1;
    const action = error.missingPermission ?? `${error.service}:${error.operation}`;
    if (!group.actions.includes(action)) group.actions.push(action);
    const source = explicit ? explicitDenySource(error.message) : null;
    if (source && !group.sources.includes(source)) group.sources.push(source);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, actions: g.actions.sort(), sources: g.sources.sort() }))
    .sort(
      (a, b) =>
        a.account.localeCompare(b.account) ||
        a.region.localeCompare(b.region) ||
        Number(b.explicit) - Number(a.explicit),
    );
}

/** One warning line per group, for the Action's annotations and the CLI's stderr. */
export function deniedWarnings(errors: readonly ScanError[], actionsShown = 8): string[] {
  return groupDenied(errors).map((g) => {
    const calls = `${g.count} call${g.count === 1 ? '' : 's'}`;
    const listed = g.actions.slice(0, actionsShown).join(', ');
    const actions = `${listed}${g.actions.length > actionsShown ? `, and ${g.actions.length - actionsShown} more` : ''}`;
    const where = g.sources.length > 0 ? ` (in ${g.sources.join(' and ')})` : '';
    const text = g.explicit
      ? `${g.account} ${g.region}: ${calls} denied by an explicit Deny${where}, which no permission ` +
        `added to the role can override: ${actions}`
      : `${g.account} ${g.region}: ${calls} denied; the role needs ${actions}`;
    return plainText(text);
  });
}
