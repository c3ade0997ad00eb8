import pLimit, { type LimitFunction } from 'p-limit';

/**
 * One bounded pool for every API call of a scan, with a tighter cap per service so that one
 * service with many per-item calls (S3, Lambda) cannot monopolize the pool or hammer its own
 * rate limit. The service slot is taken first, so a call never holds a global slot while it
 * waits for its service.
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

  run<T>(service: string, task: () => Promise<T>): Promise<T> {
    let limit = this.perService.get(service);
    if (!limit) {
      const cap = Math.min(this.serviceCaps[service] ?? this.maxConcurrency, this.maxConcurrency);
      limit = pLimit(Math.max(1, cap));
      this.perService.set(service, limit);
    }
    return limit(() => this.global(task));
  }
}
