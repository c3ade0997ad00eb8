import { setMaxListeners } from 'node:events';

/** The whole run's time limit (`timeout-minutes`) passed: calls still pending were abandoned. */
export class RunDeadlineExceeded extends Error {
  override readonly name = 'RunDeadlineExceeded';
  constructor(readonly minutes: number) {
    super(
      `the run reached its time limit of ${minutes} minute(s) (timeout-minutes); calls still pending were abandoned`,
    );
  }
}

export interface RunDeadline {
  /** Aborted, with a RunDeadlineExceeded reason, when the time limit passes. */
  readonly signal: AbortSignal;
  readonly minutes: number;
  /** Stops the clock (the run finished). */
  dispose(): void;
}

export interface OverrunGuard {
  /** How long after the deadline the run may take to write what it has. */
  graceMs: number;
  /** Called if it is still running then: the last resort (the entry points exit the process). */
  onOverrun(): void;
}

/**
 * Starts the run's clock. Every AWS call listens on the signal and is abandoned when it fires, so
 * the run goes on to write what it has; should anything still hold it after the grace period,
 * `onOverrun` ends it. The timers are unref'd: they never keep a finished run alive.
 */
export function startRunDeadline(minutes: number, guard?: OverrunGuard): RunDeadline {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const limitMs = minutes * 60_000;
  const timer = setTimeout(() => controller.abort(new RunDeadlineExceeded(minutes)), limitMs);
  timer.unref();
  const overrun = guard ? setTimeout(() => guard.onOverrun(), limitMs + guard.graceMs) : undefined;
  overrun?.unref();
  return {
    signal: controller.signal,
    minutes,
    dispose: () => {
      clearTimeout(timer);
      clearTimeout(overrun);
    },
  };
}

/** A signal that aborts with the first of `signals` to abort (and its reason). */
export function firstOf(signals: readonly (AbortSignal | undefined)[]): AbortSignal {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/**
 * Resolves or rejects with `pending`, or rejects with the signal's reason as soon as it aborts:
 * for waits the signal cannot cancel at the source (a token request by another library).
 */
export function raceAbort<T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return pending;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
