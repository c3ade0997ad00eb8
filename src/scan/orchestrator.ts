import { setMaxListeners } from 'node:events';
import { firstOf } from '../aws/deadline.js';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { ScanTarget } from '../credentials/index.js';
import { ClientFactory } from './clients.js';
import { UnparseableResponse } from '../aws/response-check.js';
import {
  INVENTORY_SCHEMA_VERSION,
  type AccountInfo,
  type Coverage,
  type Inventory,
  type ScanError,
} from '../inventory/document.js';
import { canonicalize, sortCoverage, sortErrors, sortResources } from '../inventory/order.js';
import type { Resource } from '../inventory/resources/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { CallStats } from './call-stats.js';
import type { Collector, CollectorOutcome } from './collector.js';
import { RegionTimeBudgetExceeded, errorDetails } from './errors.js';
import { CallPool } from './pool.js';
import type { ScanProgress } from './progress.js';
import { enabledRegions, homeRegion, selectRegions } from './regions.js';
import { runCollector } from './run-collector.js';

export interface ScanOptions {
  collectors: readonly Collector[];
  /** Explicit regions; undefined means every region enabled for the account. */
  regions?: readonly string[];
  excludeRegions?: readonly string[];
  /** Region for STS and DescribeRegions. */
  apiRegion: string;
  maxConcurrency: number;
  maxAttempts: number;
  callTimeoutMs: number;
  regionTimeoutMs: number;
  /** The run's deadline: when it aborts, every pending call is abandoned and the scan ends with what it has. */
  signal?: AbortSignal;
  progress?: ScanProgress;
  now?: () => Date;
}

interface AccountPlan {
  info: AccountInfo;
  clients: ClientFactory;
}

export type { ScanTarget };

export class ScanSetupError extends Error {
  override readonly name = 'ScanSetupError';
}

/** Scans every target account into one inventory. Only a failure to identify the first account throws. */
export async function scanAccounts(targets: readonly ScanTarget[], options: ScanOptions): Promise<Inventory> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const stats = new CallStats();
  const serviceCaps = Object.fromEntries(
    options.collectors.filter((c) => c.maxConcurrency).map((c) => [c.service, c.maxConcurrency as number]),
  );
  const pool = new CallPool(options.maxConcurrency, serviceCaps);
  const resources: Resource[] = [];
  const errors: ScanError[] = [];
  const accounts: AccountInfo[] = [];
  const factories: ClientFactory[] = [];

  try {
    const plans = await Promise.all(
      targets.map((target, index) =>
        stats.inBranch(async () => {
          const clients = new ClientFactory({
            credentials: target.credentials,
            pool,
            stats,
            maxAttempts: options.maxAttempts,
            callTimeoutMs: options.callTimeoutMs,
            deadlineFor: regionDeadlines(options.regionTimeoutMs, options.signal),
          });
          factories.push(clients);
          return planAccount(target, index, clients, options, errors);
        }),
      ),
    );

    const tasks = plans
      .filter((plan): plan is AccountPlan => plan !== undefined)
      .flatMap((plan) => {
        accounts.push(plan.info);
        return options.collectors.flatMap((collector) =>
          (collector.scope === 'global' ? ['global'] : plan.info.regions).map((scopeRegion) => ({
            plan,
            collector,
            scopeRegion,
          })),
        );
      });

    options.progress?.planned?.(tasks.length);
    let done = 0;
    await Promise.all(
      tasks.map(({ plan, collector, scopeRegion }) =>
        stats.inBranch(async () => {
          const started = Date.now();
          const region = scopeRegion === 'global' ? homeRegion(plan.info.partition) : scopeRegion;
          const outcome = await runCollector(collector, {
            account: plan.info.id,
            partition: plan.info.partition,
            region,
            scopeRegion,
            regions: plan.info.regions,
            clients: plan.clients,
            stats,
            itemsInFlight: options.maxConcurrency,
          });
          resources.push(...outcome.resources);
          errors.push(...outcome.errors);
          plan.info.coverage.push(...coverageOf(collector, scopeRegion, outcome));
          done += 1;
          options.progress?.finished(
            {
              account: plan.info.id,
              service: collector.service,
              region: scopeRegion,
              resources: outcome.resources.length,
              errors: outcome.errors.length,
              durationMs: Date.now() - started,
            },
            done,
            tasks.length,
          );
        }),
      ),
    );
  } finally {
    for (const factory of factories) factory.destroy();
  }

  for (const account of accounts) {
    const iamAccount = resources.find((r) => r.type === 'iam:account' && r.account === account.id);
    if (iamAccount?.type === 'iam:account') account.alias = iamAccount.attributes.alias;
    account.coverage = sortCoverage(account.coverage);
  }
  const finishedAt = now();
  const inventory: Inventory = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { name: TOOL_NAME, version: TOOL_VERSION },
    scan: {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      services: [...new Set(options.collectors.map((c) => c.service))].sort(),
      stats: {
        apiCalls: stats.apiCalls,
        retries: stats.retries,
        throttles: stats.throttles,
        errors: errors.length,
        longestCallChain: stats.longestCallChain,
      },
    },
    accounts: [...accounts].sort((a, b) => a.id.localeCompare(b.id)),
    resources: sortResources(resources),
    errors: sortErrors(errors),
  };
  return canonicalize(inventory);
}

/** One abort signal per region, started when the region is first used, and aborted with the run's. */
function regionDeadlines(budgetMs: number, run?: AbortSignal): (region: string) => AbortSignal {
  const signals = new Map<string, AbortSignal>();
  return (region) => {
    let signal = signals.get(region);
    if (!signal) {
      const controller = new AbortController();
      // Every call in the region listens on this one signal.
      setMaxListeners(0, controller.signal);
      const timer = setTimeout(
        () => controller.abort(new RegionTimeBudgetExceeded(region, budgetMs / 1000)),
        budgetMs,
      );
      timer.unref();
      signal = firstOf([controller.signal, run]);
      signals.set(region, signal);
    }
    return signal;
  };
}

const ACCOUNT_ID = /^\d{12}$/;

/** STS's answer, checked: a report must never be about an account id it did not really read. */
async function identify(
  target: ScanTarget,
  clients: ClientFactory,
  apiRegion: string,
): Promise<{ account: string; arn: string }> {
  const identity = await clients.get(STSClient, 'sts', apiRegion).send(new GetCallerIdentityCommand({}));
  const account = identity.Account ?? '';
  const arn = identity.Arn ?? '';
  if (!ACCOUNT_ID.test(account) || !arn.startsWith('arn:')) {
    throw new UnparseableResponse(
      `the answer has no 12-digit account id and caller ARN (account ${JSON.stringify(account.slice(0, 40))}); is AWS_ENDPOINT_URL pointing at AWS or an emulator?`,
    );
  }
  if (target.expectedAccountId && target.expectedAccountId !== account) {
    throw new UnparseableResponse(
      `the role of account ${target.expectedAccountId} was assumed, but STS names account ${account}`,
    );
  }
  return { account, arn };
}

async function planAccount(
  target: ScanTarget,
  index: number,
  clients: ClientFactory,
  options: ScanOptions,
  errors: ScanError[],
): Promise<AccountPlan | undefined> {
  let identity;
  try {
    identity = await identify(target, clients, options.apiRegion);
  } catch (error) {
    const details = errorDetails(error);
    if ((target.primary ?? index === 0) || !target.expectedAccountId) {
      throw new ScanSetupError(
        `Cannot identify the AWS account (sts:GetCallerIdentity): ${details.code}: ${details.message}`,
        { cause: error },
      );
    }
    errors.push({
      account: target.expectedAccountId,
      service: 'sts',
      region: options.apiRegion,
      operation: 'GetCallerIdentity',
      code: details.code,
      message: `could not get into the account, it was not scanned: ${details.message}`,
      resourceId: null,
      missingPermission: null,
    });
    return undefined;
  }
  const { account: accountId, arn: callerArn } = identity;
  const partition = callerArn.split(':')[1] || 'aws';

  let enabled: string[] | undefined;
  try {
    enabled = await enabledRegions(clients, options.apiRegion);
  } catch (error) {
    // With explicit regions this call only checks them; without, the scan falls back to one region.
    if (!options.regions) {
      const details = errorDetails(error);
      errors.push({
        account: accountId,
        service: 'ec2',
        region: options.apiRegion,
        operation: 'DescribeRegions',
        code: details.code,
        message: `cannot list the account's regions, scanning ${options.apiRegion} only: ${details.message}`,
        resourceId: null,
        missingPermission: details.accessDenied ? 'ec2:DescribeRegions' : null,
      });
      enabled = [options.apiRegion];
    }
  }
  let include = options.regions;
  const notEnabled = enabled && include ? include.filter((region) => !enabled.includes(region)) : [];
  if (notEnabled.length > 0 && enabled) {
    const message = `not enabled for account ${accountId}: ${notEnabled.join(', ')} (enabled: ${enabled.join(', ')})`;
    if (target.primary ?? index === 0) throw new ScanSetupError(`The regions to scan are ${message}`);
    errors.push({
      account: accountId,
      service: 'ec2',
      region: options.apiRegion,
      operation: 'DescribeRegions',
      code: 'RegionNotEnabled',
      message: `regions ${message}; they were not scanned in this account`,
      resourceId: null,
      missingPermission: null,
    });
    include = include?.filter((region) => !notEnabled.includes(region));
  }
  const regions = selectRegions(
    options.regions ? undefined : enabled,
    { include, exclude: options.excludeRegions },
    partition,
  );
  return {
    clients,
    info: { id: accountId, alias: null, partition, scannedAs: callerArn, regions, coverage: [] },
  };
}

function coverageOf(collector: Collector, region: string, outcome: CollectorOutcome): Coverage[] {
  return collector.resourceTypes.map((type) => {
    const ofType = outcome.resources.filter((r) => r.type === type);
    const status = outcome.failedTypes.has(type)
      ? 'failed'
      : outcome.partialTypes.has(type) || ofType.some((r) => r.unknownAttributes.length > 0)
        ? 'partial'
        : 'complete';
    return { service: collector.service, resourceType: type, region, status, resourceCount: ofType.length };
  });
}
