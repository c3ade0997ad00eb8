import {
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  paginateDescribeRepositories,
  type RegistryScanningConfiguration,
  type Repository,
} from '@aws-sdk/client-ecr';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import { resourcePolicy } from './resource-policy.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, text } from '../normalize.js';

const permissions = {
  DescribeRepositories: 'ecr:DescribeRepositories',
  GetRegistryScanningConfiguration: 'ecr:GetRegistryScanningConfiguration',
  GetRepositoryPolicy: 'ecr:GetRepositoryPolicy',
  GetLifecyclePolicy: 'ecr:GetLifecyclePolicy',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type Attributes = AttributesOf<'ecr:repository'>;

/**
 * A registry scanning filter matches a repository name: one without `*` matches names containing
 * it, one with `*` matches the whole name with each `*` standing for any characters (ECR user guide,
 * "Filter wildcards").
 */
export function filterMatches(filter: string, name: string): boolean {
  if (!filter.includes('*')) return name.includes(filter);
  const pattern = filter
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/**
 * The scanning that applies to a repository. With ENHANCED scanning, Amazon Inspector scans only
 * what a registry rule matches (continuous before scan on push) and the repository-level basic flag
 * plays no part. With BASIC scanning, a matching scan-on-push rule or the repository's own flag
 * scans on push.
 */
export function scanningOf(
  registry: RegistryScanningConfiguration,
  name: string,
  scanOnPush: boolean,
): NonNullable<Attributes['scanning']> {
  const registryScanType = registry.scanType ?? 'BASIC';
  const matched = new Set(
    (registry.rules ?? [])
      .filter((rule) => (rule.repositoryFilters ?? []).some((f) => f.filter && filterMatches(f.filter, name)))
      .map((rule) => rule.scanFrequency),
  );
  for (const frequency of ['CONTINUOUS_SCAN', 'SCAN_ON_PUSH'] as const) {
    if (matched.has(frequency)) return { registryScanType, frequency, source: 'registry' };
  }
  if (registryScanType !== 'ENHANCED' && scanOnPush) {
    return { registryScanType, frequency: 'SCAN_ON_PUSH', source: 'repository' };
  }
  return { registryScanType, frequency: 'MANUAL', source: 'none' };
}

/** One repository: its policy and lifecycle policy come from one call each (the listing lacks them). */
async function collectRepository(
  ctx: Context,
  client: ECRClient,
  repo: Repository,
  registry: RegistryScanningConfiguration | undefined,
): Promise<void> {
  const name = repo.repositoryName;
  if (!name || !repo.repositoryArn) return;
  const [policy, lifecycle] = await Promise.all([
    ctx.branch(() =>
      ctx.read(
        'GetRepositoryPolicy',
        () => client.send(new GetRepositoryPolicyCommand({ repositoryName: name })),
        {
          absentWhen: ['RepositoryPolicyNotFoundException'],
          resourceId: name,
        },
      ),
    ),
    ctx.branch(() =>
      ctx.read(
        'GetLifecyclePolicy',
        () => client.send(new GetLifecyclePolicyCommand({ repositoryName: name })),
        {
          absentWhen: ['LifecyclePolicyNotFoundException'],
          resourceId: name,
        },
      ),
    ),
  ]);
  const unknown: UnknownAttribute<'ecr:repository'>[] = [];
  if (lifecycle === undefined) unknown.push('lifecyclePolicy');
  if (registry === undefined) unknown.push('scanning');
  // An unreadable policy text is recorded by resourcePolicy and left unknown, as a failed read is.
  const repositoryPolicy =
    policy === undefined ? undefined : resourcePolicy(ctx, 'GetRepositoryPolicy', policy?.policyText, name);
  if (repositoryPolicy === undefined) unknown.push('policy');
  const scanOnPush = repo.imageScanningConfiguration?.scanOnPush ?? false;
  ctx.emit(
    makeResource(
      'ecr:repository',
      {
        arn: repo.repositoryArn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        createdAt: isoDate(repo.createdAt),
      },
      {
        uri: text(repo.repositoryUri),
        tagMutability: text(repo.imageTagMutability),
        scanOnPush,
        scanning: registry ? scanningOf(registry, name, scanOnPush) : null,
        encryptionType: text(repo.encryptionConfiguration?.encryptionType),
        kmsKey: text(repo.encryptionConfiguration?.kmsKey),
        policy: repositoryPolicy ?? null,
        lifecyclePolicy: Boolean(lifecycle?.lifecyclePolicyText),
      },
      unknown,
    ),
  );
}

/**
 * Amazon ECR private repositories, per region: one DescribeRepositories listing (1,000 a page), one
 * GetRegistryScanningConfiguration (registry rules can scan repositories whatever their own flag),
 * and per repository one GetRepositoryPolicy and one GetLifecyclePolicy (absent ones answer
 * *NotFoundException, taken as none; other failures leave the attribute unknown).
 */
export const ecrCollector: Collector<Operation> = {
  service: 'ecr',
  scope: 'regional',
  permissions,
  resourceTypes: ['ecr:repository'],
  async collect(ctx) {
    const client = ctx.client(ECRClient);
    const [repositories, registry] = await Promise.all([
      ctx.branch(() =>
        ctx.list(
          'DescribeRepositories',
          'ecr:repository',
          paginateDescribeRepositories({ client, pageSize: 1000 }, {}),
          (page) => page.repositories,
        ),
      ),
      ctx.branch(() =>
        ctx.read('GetRegistryScanningConfiguration', () =>
          client.send(new GetRegistryScanningConfigurationCommand({})),
        ),
      ),
    ]);
    // A failed read leaves scanning unknown; an answer without a configuration is AWS's default, BASIC.
    const scanning =
      registry === undefined ? undefined : (registry?.scanningConfiguration ?? { scanType: 'BASIC' });
    await ctx.each(repositories, (repo) => collectRepository(ctx, client, repo, scanning));
  },
};
