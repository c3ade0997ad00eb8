import pLimit, { type LimitFunction } from 'p-limit';

/**
 * One bounded pool for every API call of a scan, with a tighter cap per service and region (where
 * AWS's rate limits apply) for services that declare one, so that one service with many per-item
 * calls cannot hammer its own limit. The service slot is taken first, so a call never holds a
 * global slot while it waits for its service.
 */
export class CallPool {
  private readonly global: LimitFunction;
  private readonly perService = new Map<string, LimitFunction>();

  constructor(
    readonly maxConcurrency: number,
    private readonly serviceCaps: Readonly<Record<string, number>> = {},
  ) {
    if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
      throw new Error(`max-concurrency must be a positive integer, got ${maxConcurrency}`);
    }
    this.global = pLimit(maxConcurrency);
  }

  run<T>(service: string, region: string, task: () => Promise<T>): Promise<T> {
    const key = `${service}|${region}`;
    let limit = this.perService.get(key);
    if (!limit) {
      const cap = Math.min(this.serviceCaps[service] ?? this.maxConcurrency, this.maxConcurrency);
      limit = pLimit(Math.max(1, cap));
      this.perService.set(key, limit);
    }
    return limit(() => this.global(task));
  }
}
