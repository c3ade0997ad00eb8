import { parseArgs } from 'node:util';
import { availableCleanupActions } from '../../action/cleanup-inputs.js';
import { cleanupPolicy } from '../../cleanup/policy.js';
import { scanPolicy } from '../../scan/iam-policy.js';
import { UsageError } from '../../usage-error.js';
import { EXIT, type Io } from '../io.js';

/**
 * `aws-audit iam-policy`: the scan's read-only policy; with `--cleanup`, the cleanup role's (every
 * available action, or those named in `--actions`, comma-separated).
 */
export function iamPolicyCommand(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: { cleanup: { type: 'boolean' }, actions: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.cleanup) {
    if (values.actions) throw new UsageError('--actions goes with --cleanup');
    io.out(JSON.stringify(scanPolicy(), null, 2));
    return EXIT.ok;
  }
  const available = availableCleanupActions();
  const named = values.actions
    ? values.actions
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean)
    : available;
  const unknown = named.filter((a) => !(available as string[]).includes(a));
  if (unknown.length > 0) {
    io.err(`aws-audit: --actions: not available: ${unknown.join(', ')} (available: ${available.join(', ')})`);
    return EXIT.usage;
  }
  io.out(JSON.stringify(cleanupPolicy(available.filter((a) => named.includes(a))), null, 2));
  return EXIT.ok;
}
