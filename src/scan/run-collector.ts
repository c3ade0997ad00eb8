import { AsyncLocalStorage } from 'node:async_hooks';
import pLimit from 'p-limit';
import type { Resource, ResourceType } from '../inventory/resources/index.js';
import type { ClientFactory } from './clients.js';
import type { CallStats } from './call-stats.js';
import type { Collector, CollectorContext, CollectorOutcome, ReadOptions } from './collector.js';
import { deniedMessage, errorDetails, hasCode } from './errors.js';

export interface CollectorRunOptions {
  account: string;
  partition: string;
  region: string;
  scopeRegion: string;
  /** Every region the scan covers in the account; just `region` unless told. */
  regions?: readonly string[];
  clients: ClientFactory;
  stats: CallStats;
  /**
   * Items of one `each` whose calls are made at a time (default 64). The pool bounds calls in
   * flight, but every call made and waiting for a slot holds its command and the SDK's whole
   * middleware stack: started all at once, 600 buckets' ten reads held thousands of them.
   */
  itemsInFlight?: number;
}

/** The types the step running in this async context produces (see CollectorContext.step). */
const currentStep = new AsyncLocalStorage<readonly ResourceType[]>();

/** Runs one collector in one scope (a region, or `global`); never throws. */
export async function runCollector<Operation extends string>(
  collector: Collector<Operation>,
  options: CollectorRunOptions,
): Promise<CollectorOutcome> {
  const outcome: CollectorOutcome = {
    resources: [],
    errors: [],
    failedTypes: new Set(),
    partialTypes: new Set(),
  };
  const { account, scopeRegion, stats } = options;
  // Outside a declared step, an error may concern anything the collector produces.
  const stepTypes = () => currentStep.getStore() ?? collector.resourceTypes;
  const mark = (types: readonly ResourceType[], status: 'failed' | 'partial') => {
    for (const type of types) (status === 'failed' ? outcome.failedTypes : outcome.partialTypes).add(type);
  };

  const record = (operation: string, error: unknown, resourceId?: string): void => {
    const details = errorDetails(error);
    const action = (collector.permissions as Record<string, string>)[operation];
    outcome.errors.push({
      account,
      service: collector.service,
      region: scopeRegion,
      operation,
      code: details.code,
      message: deniedMessage(details, action),
      resourceId: resourceId ?? null,
      missingPermission: details.accessDenied ? (action ?? null) : null,
    });
  };

  const context: CollectorContext<Operation> = {
    account,
    partition: options.partition,
    region: options.region,
    scopeRegion,
    regions: options.regions ?? [options.region],
    client: (Client, region = options.region) => options.clients.get(Client, collector.service, region),

    async list<Page, Item>(
      operation: Operation,
      resourceTypes: ResourceType | readonly ResourceType[],
      pages: AsyncIterable<Page> | (() => Promise<Page>),
      pick: (page: Page) => readonly Item[] | undefined,
    ): Promise<Item[]> {
      const items: Item[] = [];
      try {
        if (typeof pages === 'function') {
          items.push(...(pick(await pages()) ?? []));
        } else {
          for await (const page of pages) items.push(...(pick(page) ?? []));
        }
      } catch (error) {
        record(operation, error);
        for (const type of typeof resourceTypes === 'string' ? [resourceTypes] : resourceTypes) {
          outcome.failedTypes.add(type);
        }
      }
      return items;
    },

    async read<T>(operation: Operation, call: () => Promise<T>, readOptions: ReadOptions = {}) {
      try {
        return await call();
      } catch (error) {
        if (hasCode(error, readOptions.absentWhen ?? [])) return null;
        record(operation, error, readOptions.resourceId);
        // Whatever the collector does with the gap, the step's types were not read completely.
        mark(stepTypes(), 'partial');
        return undefined;
      }
    },

    async each(items, task) {
      const limit = pLimit(options.itemsInFlight ?? 64);
      await Promise.all(
        items.map((item) =>
          // The branch opens now, so an item that waits for its turn keeps the chain depth of its
          // listing: waiting for a slot is not a dependency on the items before it.
          stats.inBranch(() =>
            limit(async () => {
              try {
                await task(item);
              } catch (error) {
                // The item was not recorded: the listing of the step's types is incomplete.
                record('collect', error);
                mark(stepTypes(), 'failed');
              }
            }),
          ),
        ),
      );
    },

    branch: (task) => stats.inBranch(task),

    step: (types, task) =>
      currentStep.run(types, () =>
        stats.inBranch(async () => {
          try {
            return await task();
          } catch (error) {
            record('collect', error);
            mark(types, 'failed');
            return undefined;
          }
        }),
      ),

    emit(resource: Resource) {
      outcome.resources.push(resource);
    },

    recordProblem(operation, code, message, resourceId) {
      outcome.errors.push({
        account,
        service: collector.service,
        region: scopeRegion,
        operation,
        code,
        message,
        resourceId: resourceId ?? null,
        missingPermission: null,
      });
    },
  };

  try {
    await collector.collect(context);
  } catch (error) {
    // A bug or an unexpected answer: everything this collector covers here is unverified.
    record('collect', error);
    mark(collector.resourceTypes, 'failed');
  }
  return outcome;
}
