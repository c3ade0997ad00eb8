import type { Inventory } from '../inventory/document.js';
import type { Finding } from '../findings/finding.js';
import type { CleanupCandidate } from '../report/schema.js';
import type { CleanupAction } from '../rules/model.js';
import type { CleanupActionDefinition } from './model.js';

/** The short id people approve: the fingerprint's first 8 characters. */
export const candidateId = (fingerprint: string) => fingerprint.slice(0, 8);

/**
 * The findings whose rule proposes an action this version can take, with the state of their
 * resource as the scan read it: what an approval given on this report binds. Suppressed findings
 * are not candidates.
 */
export function cleanupCandidates(
  findings: readonly Finding[],
  inventory: Inventory,
  definitions: Partial<Record<CleanupAction, CleanupActionDefinition>>,
): CleanupCandidate[] {
  const byArn = new Map(inventory.resources.map((resource) => [resource.arn, resource]));
  const candidates: CleanupCandidate[] = [];
  for (const finding of findings) {
    const byId: Partial<Record<string, CleanupActionDefinition>> = definitions;
    const definition = finding.cleanupAction ? byId[finding.cleanupAction] : undefined;
    const resource = byArn.get(finding.resource.arn);
    if (!definition || !resource || finding.suppressed || resource.type !== definition.resourceType) continue;
    candidates.push({
      id: candidateId(finding.fingerprint),
      fingerprint: finding.fingerprint,
      action: definition.id,
      account: finding.account,
      region: finding.region,
      resourceId: resource.id,
      arn: resource.arn,
      state: definition.stateFromInventory(resource),
      monthlyUsd: finding.cost?.monthlyUsd ?? null,
    });
  }
  return candidates.sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
}
