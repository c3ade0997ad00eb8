import { errorMessage } from '../../shared/errors.js';
import {
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListTagsCommand,
  paginateListFunctions,
  type FunctionConfiguration,
  type FunctionUrlConfig,
} from '@aws-sdk/client-lambda';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, sortedStrings, text } from '../normalize.js';
import { parsePolicyDocument, publicStatements } from '../../policy/index.js';
import { detectSecrets } from '../secrets.js';
import { NO_LISTING, listingPays, tagsByArn, tagsOf, type TagsByArn } from './tagging.js';

const permissions = {
  ListFunctions: 'lambda:ListFunctions',
  GetFunctionUrlConfig: 'lambda:GetFunctionUrlConfig',
  GetPolicy: 'lambda:GetPolicy',
  // Tags come from one GetResources listing per region; ListTags where there is none (one function
  // in the region) or it failed.
  GetResources: 'tag:GetResources',
  ListTags: 'lambda:ListTags',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type Attributes = AttributesOf<'lambda:function'>;

/** ListFunctions' maximum page size. */
const PAGE = { pageSize: 50 };
const NOT_FOUND = ['ResourceNotFoundException'];

/**
 * Lambda writes times as `2024-01-01T00:00:00.000+0000` (moto: nine fraction digits and `Z`);
 * neither is ECMAScript's date format, so this rewrites them to it before parsing.
 */
export function parseLambdaTimestamp(value: string | undefined | null): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value?.trim() ?? '',
  );
  if (!match) return isoDate(value);
  const [, date, time, fraction = '', zone = 'Z'] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return isoDate(`${date}T${time}.${millis}${offset}`);
}

function functionUrl(config: FunctionUrlConfig): NonNullable<Attributes['functionUrl']> {
  const cors = config.Cors;
  return {
    authType: config.AuthType ?? 'unknown',
    cors: cors
      ? {
          allowOrigins: sortedStrings(cors.AllowOrigins ?? []),
          allowMethods: sortedStrings(cors.AllowMethods ?? []),
          allowCredentials: cors.AllowCredentials ?? false,
        }
      : null,
  };
}

function vpc(fn: FunctionConfiguration): Attributes['vpc'] {
  const config = fn.VpcConfig;
  const vpcId = text(config?.VpcId);
  const subnetIds = sortedStrings(config?.SubnetIds ?? []);
  // Functions outside a VPC come back with an empty VpcConfig (or none).
  if (!vpcId && subnetIds.length === 0) return null;
  return { vpcId, subnetIds, securityGroupIds: sortedStrings(config?.SecurityGroupIds ?? []) };
}

async function collectFunction(
  ctx: Context,
  lambda: LambdaClient,
  fn: FunctionConfiguration,
  tagListing: Promise<TagsByArn | undefined>,
): Promise<void> {
  const name = fn.FunctionName;
  const arn = fn.FunctionArn;
  if (!name || !arn) return;
  const read = <T>(operation: Operation, call: () => Promise<T>, absentWhen: string[] = []) =>
    ctx.branch(() => ctx.read(operation, call, { absentWhen, resourceId: name }));

  const [url, policy, tags] = await Promise.all([
    read(
      'GetFunctionUrlConfig',
      () => lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: name })),
      NOT_FOUND,
    ),
    read('GetPolicy', () => lambda.send(new GetPolicyCommand({ FunctionName: name })), NOT_FOUND),
    // The listing names the function by its unqualified ARN, as ListFunctions does.
    ctx.branch(() =>
      tagsOf(tagListing, arn, async () => {
        const answer = await ctx.read('ListTags', () => lambda.send(new ListTagsCommand({ Resource: arn })), {
          resourceId: name,
        });
        return answer === undefined ? undefined : { ...(answer?.Tags ?? {}) };
      }),
    ),
  ]);

  const unknown: UnknownAttribute<'lambda:function'>[] = [];
  if (url === undefined) unknown.push('functionUrl');
  if (tags === undefined) unknown.push('tags');

  let resourcePolicy: Attributes['resourcePolicy'] = null;
  if (policy === undefined) {
    unknown.push('resourcePolicy');
  } else if (policy?.Policy) {
    try {
      const document = parsePolicyDocument(policy.Policy);
      resourcePolicy = { document, publicStatements: publicStatements(document) };
    } catch (error) {
      ctx.recordProblem('GetPolicy', 'UnreadablePolicy', errorMessage(error), name);
      unknown.push('resourcePolicy');
    }
  }

  // Values stay in this scope: only names and the kinds of secret found are recorded.
  const variables = fn.Environment?.Variables;
  if (!variables && fn.Environment?.Error) {
    // Lambda could not decrypt the variables (a KMS key the scan cannot use): names unknown.
    unknown.push('environmentVariableNames', 'secretsInEnvironment');
  }
  const environmentVariableNames = sortedStrings(Object.keys(variables ?? {}));
  const secretsInEnvironment = detectSecrets(variables ?? {});

  ctx.emit(
    makeResource(
      'lambda:function',
      {
        arn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        // ListFunctions leaves State out on AWS (GetFunction has it): null there.
        state: text(fn.State),
        createdAt: null,
      },
      {
        runtime: text(fn.Runtime),
        packageType: text(fn.PackageType),
        handler: text(fn.Handler),
        memoryMb: fn.MemorySize ?? null,
        timeoutSeconds: fn.Timeout ?? null,
        codeSizeBytes: fn.CodeSize ?? null,
        lastModified: parseLambdaTimestamp(fn.LastModified),
        roleArn: text(fn.Role),
        architectures: sortedStrings(fn.Architectures ?? []),
        vpc: vpc(fn),
        layers: (fn.Layers ?? []).flatMap((layer) => (layer.Arn ? [layer.Arn] : [])),
        environmentVariableNames,
        secretsInEnvironment,
        functionUrl: url ? functionUrl(url) : null,
        resourcePolicy,
      },
      unknown,
    ),
  );
}

export const lambdaCollector: Collector<Operation> = {
  service: 'lambda',
  scope: 'regional',
  permissions,
  resourceTypes: ['lambda:function'],
  // Two calls per function (GetFunctionUrlConfig, GetPolicy), three when its tags are not listed
  // (ListTags), against per-API rate limits of about 15 requests per second.
  maxConcurrency: 12,
  async collect(ctx) {
    const lambda = ctx.client(LambdaClient);
    const functions = await ctx.list(
      'ListFunctions',
      'lambda:function',
      paginateListFunctions({ client: lambda, ...PAGE }, {}),
      (page) => page.Functions,
    );
    // One GetResources listing for the region's tags, beside the per-function reads.
    const tagListing = listingPays(functions.length)
      ? tagsByArn(ctx, ctx.region, 'lambda:function')
      : NO_LISTING;
    await ctx.each(functions, (fn) => collectFunction(ctx, lambda, fn, tagListing));
  },
};
