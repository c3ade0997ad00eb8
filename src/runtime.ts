import { setFlagsFromString } from 'node:v8';

/**
 * On a machine with plenty of memory V8 lets garbage pile up before collecting it: a
 * 10,000-resource scan peaked at 460 MiB RSS with under 100 MiB live. A smaller heap-growing
 * factor keeps the peak near the live size (226 MiB) for a little more CPU; see BENCHMARKS.md.
 * An Action cannot pass node flags, so it is set here, first thing, in both entry points; V8
 * reads this flag at every collection.
 */
setFlagsFromString('--heap-growing-percent=20');

/**
 * Keeps V8's young generation at its starting size (1 MiB a semispace) instead of letting it grow
 * to 16: a scan allocates fast (the SDK's code and models, then every answer) but keeps little of
 * it, so the grown young generation was mostly garbage. The 10,000-resource scan peaked at 295 MiB
 * with it and 242 MiB without, for about 5% more CPU in a run that waits on the network. A CPU-bound
 * command (an audit of 100,000 resources) pays 30% more CPU for 3% less memory, so only the
 * processes that scan call this, before they load the SDK. V8 reads the flag whenever it would
 * grow the space. See BENCHMARKS.md.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * The AWS SDK warns on Node 20 that its releases from 2027 will need Node 22. aws-audit supports
 * Node 20 with the SDK it ships, so the warning would only alarm users; the SDK reads this when
 * its first client is made. Someone who set it either way keeps their choice.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * Called when an entry point's work is done: the process then exits as soon as nothing is left to
 * do. Should a stray socket or timer still hold it, it exits anyway after a short grace, so a
 * finished run never stays alive (the timer itself is unref'd and holds nothing).
 */
export function exitWhenDone(graceMs = 5_000): void {
  setTimeout(() => process.exit(process.exitCode ?? 0), graceMs).unref();
}
