import type { ActionContext, CleanupTarget, PlannedCall } from '../model.js';

/** Errors every EC2 action can meet, in words for the log (G11). */
export const EC2_COMMON_REASONS: Readonly<Record<string, string>> = {
  UnauthorizedOperation: 'the cleanup role lacks the IAM permission for this call',
  RequestLimitExceeded: 'EC2 throttled the request (retried with backoff, then given up)',
};

/**
 * Reads until `settled` holds or the action's wait budget is spent, and returns the last read.
 * Counts the time slept as well as the clock, so an instant test sleep still ends after
 * waitMs / pollMs polls; one resource never waits past its budget nor past the run's deadline.
 */
export async function waitFor<T>(
  ctx: ActionContext,
  read: () => Promise<T>,
  settled: (value: T) => boolean,
): Promise<T> {
  const { waitMs, pollMs } = ctx.options;
  const deadline = Date.now() + waitMs;
  let slept = 0;
  let value = await read();
  while (!settled(value) && pollMs > 0 && slept + pollMs <= waitMs && Date.now() + pollMs <= deadline) {
    if (ctx.signal.aborted) break;
    await ctx.sleep(pollMs, ctx.signal);
    slept += pollMs;
    if (ctx.signal.aborted) break;
    value = await read();
  }
  return value;
}

/**
 * The string parameter `name` of a planned call, which must name the target: a plan for another
 * resource is a bug, and acting on it would touch something nobody approved.
 */
export function targetParam(call: PlannedCall, name: string, target: CleanupTarget): string {
  const value = call.params[name];
  if (value !== target.resourceId) {
    throw new Error(`${call.api} names ${String(value)} as ${name}, not the approved ${target.resourceId}`);
  }
  return value;
}

export function unexpectedCall(call: PlannedCall, target: CleanupTarget): Error {
  return new Error(`${target.action} cannot make ${call.api}: not a call of this action`);
}
