import {
  DescribeDocumentPermissionCommand,
  GetParametersCommand,
  GetServiceSettingCommand,
  paginateDescribeInstanceInformation,
  paginateDescribeParameters,
  paginateListDocuments,
  SSMClient,
  type DocumentIdentifier,
  type ParameterMetadata,
} from '@aws-sdk/client-ssm';
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { batchesOf, isoDate, makeResource, sortedStrings, text } from '../normalize.js';
import { detectSecrets, mayBeSecretValue, nameSuggestsSecret } from '../secrets.js';

const permissions = {
  DescribeParameters: 'ssm:DescribeParameters',
  GetParameters: 'ssm:GetParameters',
  ListDocuments: 'ssm:ListDocuments',
  DescribeDocumentPermission: 'ssm:DescribeDocumentPermission',
  DescribeInstanceInformation: 'ssm:DescribeInstanceInformation',
  GetServiceSetting: 'ssm:GetServiceSetting',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

/** GetParameters takes at most 10 names a call. */
const VALUE_BATCH = 10;
/** The service setting behind "Block public sharing" for documents (FSBP SSM.7). */
export const PUBLIC_SHARING_SETTING = '/ssm/documents/console/public-sharing-permission';

/** What the detector makes of one value: only kind names and a flag leave this function, never the value. */
export function judgeValue(
  name: string,
  type: string,
  value: string,
): { kinds: string[]; mayBeSecret: boolean } {
  // A StringList is comma-separated: each item is judged as well as the whole.
  const items = type === 'StringList' ? [value, ...value.split(',')] : [value];
  return {
    kinds: sortedStrings(items.flatMap((item) => detectSecrets({ [name]: item }).map((f) => f.kind))),
    mayBeSecret: items.some(mayBeSecretValue),
  };
}

type Judged = Map<string, { kinds: string[]; mayBeSecret: boolean }>;

/**
 * Reads the values of String and StringList parameters 10 at a time (never SecureString, never
 * with decryption) and keeps what the detector found. A name missing from the answer was deleted
 * since the listing; a failed batch leaves its names out of the map (unknown).
 */
async function judgeValues(
  ctx: Context,
  client: SSMClient,
  parameters: readonly ParameterMetadata[],
): Promise<{ judged: Judged; gone: Set<string> }> {
  const judged: Judged = new Map();
  const gone = new Set<string>();
  const plain = parameters.filter((p) => p.Name && (p.Type === 'String' || p.Type === 'StringList'));
  await ctx.each(batchesOf(plain, VALUE_BATCH), async (batch) => {
    const names = batch.map((p) => p.Name ?? '');
    const answer = await ctx.read(
      'GetParameters',
      () => client.send(new GetParametersCommand({ Names: names })),
      {
        resourceId: names[0],
      },
    );
    if (!answer) return;
    for (const parameter of answer.Parameters ?? []) {
      if (parameter.Name && parameter.Value !== undefined) {
        judged.set(parameter.Name, judgeValue(parameter.Name, parameter.Type ?? 'String', parameter.Value));
      }
    }
    for (const name of answer.InvalidParameters ?? []) gone.add(name);
  });
  return { judged, gone };
}

async function collectParameters(ctx: Context, client: SSMClient): Promise<void> {
  const parameters = await ctx.list(
    'DescribeParameters',
    'ssm:parameter',
    paginateDescribeParameters({ client, pageSize: 50 }, {}),
    (page) => page.Parameters,
  );
  const { judged, gone } = await judgeValues(ctx, client, parameters);
  for (const parameter of parameters) {
    const name = parameter.Name;
    if (!name || gone.has(name)) continue;
    const type = parameter.Type ?? 'String';
    const plain = type !== 'SecureString';
    const value = judged.get(name);
    const unknown: UnknownAttribute<'ssm:parameter'>[] = plain && !value ? ['valueSecretKinds'] : [];
    ctx.emit(
      makeResource(
        'ssm:parameter',
        {
          arn:
            text(parameter.ARN) ??
            `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:parameter${name.startsWith('/') ? '' : '/'}${name}`,
          id: name,
          name,
          account: ctx.account,
          region: ctx.scopeRegion,
        },
        {
          parameterType: type,
          tier: text(parameter.Tier),
          dataType: text(parameter.DataType),
          lastModified: isoDate(parameter.LastModifiedDate),
          // Where the value was read, a reference or placeholder under a secret-like name is no secret.
          secretName: nameSuggestsSecret(name) && (value?.mayBeSecret ?? true),
          valueSecretKinds: plain ? (value?.kinds ?? null) : null,
        },
        unknown,
      ),
    );
  }
}

async function sharingOf(ctx: Context, client: SSMClient, name: string): Promise<string[] | undefined> {
  const accounts: string[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.read(
      'DescribeDocumentPermission',
      () =>
        client.send(
          new DescribeDocumentPermissionCommand({
            Name: name,
            PermissionType: 'Share',
            MaxResults: 200,
            NextToken: token,
          }),
        ),
      { resourceId: name },
    );
    if (!page) return undefined;
    accounts.push(...(page.AccountIds ?? []));
    token = text(page.NextToken) ?? undefined;
  } while (token);
  return accounts;
}

async function collectDocument(ctx: Context, client: SSMClient, document: DocumentIdentifier): Promise<void> {
  const name = document.Name;
  if (!name) return;
  const accounts = await sharingOf(ctx, client, name);
  ctx.emit(
    makeResource(
      'ssm:document',
      {
        arn: `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:document/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: Object.fromEntries(
          (document.Tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : [])),
        ),
        createdAt: isoDate(document.CreatedDate),
      },
      {
        documentType: text(document.DocumentType),
        documentFormat: text(document.DocumentFormat),
        public: accounts ? accounts.some((a) => a.toLowerCase() === 'all') : null,
        sharedWith: sortedStrings((accounts ?? []).filter((a) => a.toLowerCase() !== 'all')),
      },
      accounts ? [] : ['public', 'sharedWith'],
    ),
  );
}

async function collectDocuments(ctx: Context, client: SSMClient): Promise<void> {
  const documents = await ctx.list(
    'ListDocuments',
    'ssm:document',
    // Owned by the account only: AWS's and others' shared documents are not the account's to fix.
    paginateListDocuments({ client, pageSize: 50 }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] }),
    (page) => page.DocumentIdentifiers,
  );
  await ctx.each(documents, (document) => collectDocument(ctx, client, document));
}

async function collectManagedInstances(ctx: Context, client: SSMClient): Promise<void> {
  const nodes = await ctx.list(
    'DescribeInstanceInformation',
    'ssm:managed-instance',
    paginateDescribeInstanceInformation({ client, pageSize: 50 }, {}),
    (page) => page.InstanceInformationList,
  );
  for (const node of nodes) {
    const id = node.InstanceId;
    if (!id) continue;
    ctx.emit(
      makeResource(
        'ssm:managed-instance',
        {
          arn: `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:managed-instance/${id}`,
          id,
          name: text(node.ComputerName) ?? text(node.Name),
          account: ctx.account,
          region: ctx.scopeRegion,
          state: text(node.PingStatus),
          createdAt: isoDate(node.RegistrationDate),
        },
        {
          pingStatus: text(node.PingStatus),
          resourceType: text(node.ResourceType),
          platformType: text(node.PlatformType),
          agentVersion: text(node.AgentVersion),
          lastPingAt: isoDate(node.LastPingDateTime),
        },
      ),
    );
  }
}

async function collectRegionSettings(ctx: Context, client: SSMClient): Promise<void> {
  const answer = await ctx.read('GetServiceSetting', () =>
    client.send(new GetServiceSettingCommand({ SettingId: PUBLIC_SHARING_SETTING })),
  );
  const value = text(answer?.ServiceSetting?.SettingValue);
  ctx.emit(
    makeResource(
      'ssm:region-settings',
      {
        arn: `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:servicesetting${PUBLIC_SHARING_SETTING}`,
        id: `${ctx.account}/${ctx.region}`,
        name: ctx.region,
        account: ctx.account,
        region: ctx.scopeRegion,
      },
      // Disable means sharing with the public is blocked; Enable (AWS's default) allows it.
      { documentPublicSharingBlocked: value === null ? null : value === 'Disable' },
      value === null ? ['documentPublicSharingBlocked'] : [],
    ),
  );
}

/**
 * AWS Systems Manager, per region. Parameters: DescribeParameters (50 a page), then the values of
 * String and StringList ones with GetParameters, 10 a call, judged by the secret detector in memory
 * and dropped (SecureString values are never read). Documents the account owns: ListDocuments
 * (50 a page) and one DescribeDocumentPermission each. Managed nodes: DescribeInstanceInformation
 * (50 a page). One GetServiceSetting for block public sharing.
 */
export const ssmCollector: Collector<Operation> = {
  service: 'ssm',
  scope: 'regional',
  permissions,
  resourceTypes: ['ssm:parameter', 'ssm:document', 'ssm:managed-instance', 'ssm:region-settings'],
  async collect(ctx) {
    const client = ctx.client(SSMClient);
    await Promise.all([
      ctx.step(['ssm:parameter'], () => collectParameters(ctx, client)),
      ctx.step(['ssm:document'], () => collectDocuments(ctx, client)),
      ctx.step(['ssm:managed-instance'], () => collectManagedInstances(ctx, client)),
      ctx.step(['ssm:region-settings'], () => collectRegionSettings(ctx, client)),
    ]);
  },
};
