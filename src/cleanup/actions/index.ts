import type { CleanupAction } from '../../rules/model.js';
import type { CleanupActionDefinition } from '../model.js';
import { deleteBucket } from './delete-bucket.js';
import { deleteNatGateway } from './delete-nat-gateway.js';
import { deleteVolume } from './delete-volume.js';
import { releaseAddress } from './release-address.js';
import { stopDbInstance } from './stop-db-instance.js';
import { stopInstance } from './stop-instance.js';

/** Every action a finding can name; undefined until it is built (the engine skips it). */
export const CLEANUP_ACTION_DEFINITIONS: Record<CleanupAction, CleanupActionDefinition | undefined> = {
  'ec2.stop-instance': stopInstance,
  'rds.stop-instance': stopDbInstance,
  'ec2.delete-nat-gateway': deleteNatGateway,
  'ec2.release-address': releaseAddress,
  'ec2.delete-volume': deleteVolume,
  's3.delete-bucket': deleteBucket,
};

/** The IAM actions the given cleanup actions need, sorted and unique (for the least-privilege policy, G15). */
export function cleanupPermissions(actions: Iterable<CleanupAction>): string[] {
  const needed = new Set<string>();
  for (const action of actions)
    for (const p of CLEANUP_ACTION_DEFINITIONS[action]?.permissions ?? []) needed.add(p);
  return [...needed].sort();
}
