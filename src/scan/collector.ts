import type { ScanError } from '../inventory/document.js';
import type { Resource, ResourceType } from '../inventory/resources/index.js';
import type { ClientConstructor, SdkClient } from './clients.js';

/**
 * A collector knows one AWS service. It declares the API operations it calls with the IAM action
 * each needs (the `iam-policy` command is generated from these), the resource types it produces,
 * and collects them through a context that bounds, counts and records every call.
 */
export interface Collector<Operation extends string = string> {
  /** The name users select with the `services` input (`ec2`, `s3`, ...). */
  readonly service: string;
  readonly scope: 'regional' | 'global';
  readonly permissions: Readonly<Record<Operation, string>>;
  readonly resourceTypes: readonly ResourceType[];
  /** Cap on this service's concurrent calls across all regions (default: the pool size). */
  readonly maxConcurrency?: number;
  collect(context: CollectorContext<Operation>): Promise<void>;
}

export interface ReadOptions {
  /** Error codes that mean "not configured": the read returns null and nothing is recorded. */
  absentWhen?: readonly string[];
  /** The resource the call is about, named in the error record when it fails. */
  resourceId?: string;
}

export interface CollectorContext<Operation extends string = string> {
  readonly account: string;
  readonly partition: string;
  /** The region calls go to; for global services, the partition's home region. */
  readonly region: string;
  /** The region resources and coverage are recorded under: a region code, or `global`. */
  readonly scopeRegion: string;
  /** Every region the scan covers in this account (what a global collector may ask regionally). */
  readonly regions: readonly string[];
  client<C extends SdkClient>(Client: ClientConstructor<C>, region?: string): C;
  /**
   * Reads a whole listing, page by page. A failure is recorded, marks `resourceTypes` as not
   * fully scanned here, and returns the items read so far.
   */
  list<Page, Item>(
    operation: Operation,
    resourceTypes: ResourceType | readonly ResourceType[],
    pages: AsyncIterable<Page> | (() => Promise<Page>),
    pick: (page: Page) => readonly Item[] | undefined,
  ): Promise<Item[]>;
  /**
   * One call about one item: the value, null when absent (see ReadOptions), undefined on failure
   * (recorded, and the step's types become `partial`).
   */
  read<T>(operation: Operation, call: () => Promise<T>, options?: ReadOptions): Promise<T | null | undefined>;
  /**
   * Runs `task` for every item in parallel. An item that throws is recorded and skipped, and
   * the types of the step it runs in (all of the collector's outside a step) become `failed`.
   */
  each<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void>;
  /**
   * Runs `task` as its own branch of calls. Use it for every call sequence that runs beside
   * another (Promise.all), so the measured call chain follows real dependencies only.
   */
  branch<T>(task: () => Promise<T>): Promise<T>;
  /**
   * Runs one part of the collection that produces `types`, as its own branch. If it throws, those
   * types are `failed` here; a failed per-item read inside it makes them `partial` at least. Only
   * the step's types are affected, so one part's failure leaves the others' coverage intact.
   * Resolves with the task's value, or undefined when it threw.
   */
  step<T>(types: readonly ResourceType[], task: () => Promise<T>): Promise<T | undefined>;
  emit(resource: Resource): void;
  /** Records a problem found in an answer (an odd or unparseable value), without failing. */
  recordProblem(operation: Operation, code: string, message: string, resourceId?: string): void;
}

/** What one collector produced in one scope. */
export interface CollectorOutcome {
  resources: Resource[];
  errors: ScanError[];
  /** Listed incompletely (or not at all): no rule may judge them in this scope. */
  failedTypes: Set<ResourceType>;
  /** Listed completely, but something about some of them could not be read. */
  partialTypes: Set<ResourceType>;
}
