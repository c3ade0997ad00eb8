import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts API calls, retries and throttles, and measures the longest chain of calls that had to
 * wait for one another (a page after the previous page, a bucket's settings after ListBuckets).
 * That chain times the network latency is a lower bound for any scan, so the benchmark can say
 * how far the scan is from ideal.
 *
 * The chain is tracked per async context: each call starts at its context's depth and raises it
 * by one when it completes. Parallel branches must run in their own child context (`inBranch`),
 * which hands its depth back to the parent when it finishes.
 */
interface ChainCell {
  depth: number;
}

const chainStorage = new AsyncLocalStorage<ChainCell>();

export class CallStats {
  apiCalls = 0;
  attempts = 0;
  throttles = 0;
  longestCallChain = 0;
  readonly callsByService = new Map<string, number>();

  /** Attempts beyond the first of each call: SDK retries after throttling or transient errors. */
  get retries(): number {
    return Math.max(0, this.attempts - this.apiCalls);
  }

  /** Runs `task` as a parallel branch of the current chain. */
  inBranch<T>(task: () => Promise<T>): Promise<T> {
    const parent = chainStorage.getStore();
    const cell: ChainCell = { depth: parent?.depth ?? 0 };
    return chainStorage.run(cell, async () => {
      try {
        return await task();
      } finally {
        if (parent) parent.depth = Math.max(parent.depth, cell.depth);
      }
    });
  }

  /** Wraps one logical API call (all its attempts). */
  async trackCall<T>(service: string, call: () => Promise<T>): Promise<T> {
    const cell = chainStorage.getStore();
    const startDepth = cell?.depth ?? 0;
    this.apiCalls += 1;
    this.callsByService.set(service, (this.callsByService.get(service) ?? 0) + 1);
    try {
      return await call();
    } finally {
      const reached = startDepth + 1;
      if (cell) cell.depth = Math.max(cell.depth, reached);
      this.longestCallChain = Math.max(this.longestCallChain, reached);
    }
  }
}
