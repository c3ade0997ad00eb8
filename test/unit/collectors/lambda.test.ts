import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListTagsCommand,
  ResourceNotFoundException,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import type { CollectorOutcome } from '../../../src/scan/collector.js';
import { lambdaCollector, parseLambdaTimestamp } from '../../../src/scan/collectors/lambda.js';
import { accessDenied, collect as collectWith } from '../../support/collector-harness.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-2';
const lambda = mockClient(LambdaClient);
const tagging = mockClient(ResourceGroupsTaggingAPIClient);
// Built at run time so no secret-shaped literal sits in the repository.
const STRIPE_KEY = ['sk', 'live', 'Zq8XvB2mN4pL7tR1wY5kD3hJ'].join('_');
const DB_PASSWORD = 'Vx9#qL2$mT7!pR4&zW';

function fn(name: string, extra: Partial<FunctionConfiguration> = {}): FunctionConfiguration {
  return {
    FunctionName: name,
    FunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
    Runtime: 'nodejs18.x',
    Handler: 'index.handler',
    MemorySize: 128,
    Timeout: 3,
    CodeSize: 300,
    Role: `arn:aws:iam::${ACCOUNT}:role/exec`,
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    LastModified: '2024-01-02T03:04:05.678+0000',
    ...extra,
  };
}

const notFound = () =>
  new ResourceNotFoundException({ message: 'not found', $metadata: { httpStatusCode: 404 } });

const collect = () => collectWith(lambdaCollector);

const byId = (outcome: CollectorOutcome, id: string) =>
  outcome.resources.find((r) => r.id === id) as ResourceOfType<'lambda:function'> | undefined;

describe('lambda collector (mocked SDK)', () => {
  beforeEach(() => {
    lambda.reset();
    lambda.on(GetFunctionUrlConfigCommand).rejects(notFound());
    lambda.on(GetPolicyCommand).rejects(notFound());
    lambda.on(ListTagsCommand).resolves({ Tags: {} });
    // Unless a test says otherwise, the role may not list tags: each function reads its own.
    tagging.reset();
    tagging.on(GetResourcesCommand).rejects(accessDenied('tag:GetResources'));
  });
  afterAll(() => {
    lambda.restore();
    tagging.restore();
  });

  it('reads every page of ListFunctions', async () => {
    lambda
      .on(ListFunctionsCommand)
      .resolves({ Functions: [fn('one'), fn('two')], NextMarker: 'page-2' })
      .on(ListFunctionsCommand, { Marker: 'page-2' })
      .resolves({ Functions: [fn('three')] });

    const outcome = await collect();
    expect(outcome.errors).toEqual([]);
    expect(outcome.failedTypes.size).toBe(0);
    expect(outcome.resources.map((r) => r.id).sort()).toEqual(['one', 'three', 'two']);
    expect(lambda.commandCalls(ListFunctionsCommand)).toHaveLength(2);
    expect(lambda.commandCalls(ListTagsCommand).map((c) => c.args[0].input.Resource)).toContain(
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:three`,
    );
    expect(byId(outcome, 'one')).toEqual({
      type: 'lambda:function',
      arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:one`,
      id: 'one',
      name: 'one',
      account: ACCOUNT,
      region: REGION,
      tags: {},
      state: null,
      createdAt: null,
      unknownAttributes: [],
      attributes: {
        runtime: 'nodejs18.x',
        packageType: 'Zip',
        handler: 'index.handler',
        memoryMb: 128,
        timeoutSeconds: 3,
        codeSizeBytes: 300,
        lastModified: '2024-01-02T03:04:05.678Z',
        roleArn: `arn:aws:iam::${ACCOUNT}:role/exec`,
        architectures: ['x86_64'],
        vpc: null,
        layers: [],
        environmentVariableNames: [],
        secretsInEnvironment: [],
        functionUrl: null,
        resourcePolicy: null,
      },
    });
  });

  // moto attaches only layers of the function's own account (it looks the name up in that account
  // and answers with its own ARN), so another account's layer, as AWS returns it, is covered here.
  it("records the layer version ARNs ListFunctions returns, another account's included", async () => {
    const vendor = 'arn:aws:lambda:eu-west-2:464622532012:layer:Datadog-Extension:65';
    const own = `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:shared-libs:3`;
    lambda.on(ListFunctionsCommand).resolves({
      Functions: [
        fn('layered', {
          Layers: [
            { Arn: own, CodeSize: 10 },
            { Arn: vendor, CodeSize: 20 },
          ],
        }),
      ],
    });

    const outcome = await collect();
    expect(byId(outcome, 'layered')?.attributes.layers).toEqual([own, vendor]);
  });

  it('records an AccessDenied on GetPolicy and still emits the function', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('open'), fn('locked')] });
    lambda.on(GetPolicyCommand, { FunctionName: 'locked' }).rejects(accessDenied('lambda:GetPolicy'));

    const outcome = await collect();
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        account: ACCOUNT,
        service: 'lambda',
        region: REGION,
        operation: 'GetPolicy',
        code: 'AccessDeniedException',
        resourceId: 'locked',
        missingPermission: 'lambda:GetPolicy',
      }),
    ]);
    expect(outcome.failedTypes.size).toBe(0);
    expect(byId(outcome, 'locked')?.unknownAttributes).toEqual(['resourcePolicy']);
    expect(byId(outcome, 'locked')?.attributes.resourcePolicy).toBeNull();
    expect(byId(outcome, 'open')?.unknownAttributes).toEqual([]);
  });

  it('records function URLs, public resource policies, tags and VPC settings', async () => {
    const arn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:web`;
    const document = {
      Version: '2012-10-17',
      Id: 'default',
      Statement: [
        {
          Sid: 'FunctionURLAllowPublicAccess',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunctionUrl',
          Resource: arn,
          Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
        },
        {
          Sid: 'sns',
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'lambda:InvokeFunction',
          Resource: arn,
          Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:sns:${REGION}:${ACCOUNT}:topic` } },
        },
      ],
    };
    lambda.on(ListFunctionsCommand).resolves({
      Functions: [
        fn('web', {
          Architectures: ['arm64'],
          VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-b', 'subnet-a'], SecurityGroupIds: ['sg-1'] },
        }),
      ],
    });
    lambda.on(GetFunctionUrlConfigCommand).resolves({
      FunctionUrl: 'https://abc.lambda-url.eu-west-2.on.aws/',
      FunctionArn: arn,
      AuthType: 'NONE',
      Cors: { AllowOrigins: ['*'], AllowMethods: ['POST', 'GET'] },
      CreationTime: '2024-01-01T00:00:00.000+0000',
      LastModifiedTime: '2024-01-01T00:00:00.000+0000',
    });
    lambda.on(GetPolicyCommand).resolves({ Policy: JSON.stringify(document), RevisionId: 'r1' });
    lambda.on(ListTagsCommand).resolves({ Tags: { team: 'web', env: 'prod' } });

    const web = byId(await collect(), 'web');
    expect(web?.tags).toEqual({ team: 'web', env: 'prod' });
    expect(web?.attributes).toMatchObject({
      architectures: ['arm64'],
      vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] },
      functionUrl: {
        authType: 'NONE',
        cors: { allowOrigins: ['*'], allowMethods: ['GET', 'POST'], allowCredentials: false },
      },
      resourcePolicy: {
        document,
        publicStatements: [
          { sid: 'FunctionURLAllowPublicAccess', actions: ['lambda:InvokeFunctionUrl'], principal: '*' },
        ],
      },
    });
  });

  it('records unreadable tags as {} with "tags" unknown, and unparseable policies as a problem', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('odd')] });
    lambda.on(ListTagsCommand).rejects(accessDenied('lambda:ListTags'));
    lambda
      .on(GetFunctionUrlConfigCommand)
      .rejects(Object.assign(new Error('boom'), { name: 'ServiceException' }));
    lambda.on(GetPolicyCommand).resolves({ Policy: '{not json' });

    const outcome = await collect();
    const odd = byId(outcome, 'odd');
    expect(odd?.tags).toEqual({});
    expect(odd?.unknownAttributes).toEqual(['functionUrl', 'resourcePolicy', 'tags']);
    expect(outcome.errors.map((e) => [e.operation, e.code, e.missingPermission])).toEqual(
      expect.arrayContaining([
        ['ListTags', 'AccessDeniedException', 'lambda:ListTags'],
        ['GetFunctionUrlConfig', 'ServiceException', null],
        ['GetPolicy', 'UnreadablePolicy', null],
      ]),
    );
  });

  describe("the region's tags from one GetResources listing", () => {
    const arn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
    beforeEach(() => {
      lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('api'), fn('worker'), fn('cron')] });
      lambda.on(ListTagsCommand).resolves({ Tags: { from: 'ListTags' } });
    });

    it('looks each function up by its ARN, asks no ListTags, and gives an unlisted one no tags', async () => {
      // Paginators reuse one input object, so the inputs are recorded as each call is made.
      const inputs: unknown[] = [];
      tagging.on(GetResourcesCommand).callsFake((input: { PaginationToken?: string }) => {
        inputs.push({ ...input });
        return input.PaginationToken
          ? { ResourceTagMappingList: [{ ResourceARN: arn('cron'), Tags: [{ Key: 'team', Value: 'ops' }] }] }
          : {
              ResourceTagMappingList: [
                { ResourceARN: arn('api'), Tags: [{ Key: 'team', Value: 'web' }] },
                // A version-qualified ARN is not the function's: `worker` stays untagged.
                { ResourceARN: `${arn('worker')}:1`, Tags: [{ Key: 'team', Value: 'version' }] },
              ],
              PaginationToken: 'page-2',
            };
      });

      const outcome = await collect();

      expect(inputs).toEqual([
        { ResourceTypeFilters: ['lambda:function'], ResourcesPerPage: 100 },
        { ResourceTypeFilters: ['lambda:function'], ResourcesPerPage: 100, PaginationToken: 'page-2' },
      ]);
      expect(await tagging.call(0).thisValue.config.region()).toBe(REGION);
      expect(lambda.commandCalls(ListTagsCommand)).toEqual([]);
      expect(outcome.errors).toEqual([]);
      expect(
        outcome.resources
          .map((r) => [r.id, r.tags, r.unknownAttributes])
          .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      ).toEqual([
        ['api', { team: 'web' }, []],
        ['cron', { team: 'ops' }, []],
        ['worker', {}, []],
      ]);
    });

    it.each([
      [
        'denied on the first page',
        () => tagging.on(GetResourcesCommand).rejects(accessDenied('tag:GetResources')),
      ],
      [
        'failing on a later page',
        () =>
          tagging
            .on(GetResourcesCommand)
            .resolves({
              ResourceTagMappingList: [
                { ResourceARN: arn('api'), Tags: [{ Key: 'from', Value: 'listing' }] },
              ],
              PaginationToken: 'page-2',
            })
            .on(GetResourcesCommand, { PaginationToken: 'page-2' })
            .rejects(Object.assign(new Error('boom'), { name: 'InternalServiceException' })),
      ],
    ])(
      'reads every function with ListTags when the listing is %s, and records no failure',
      async (_, arrange) => {
        arrange();
        const outcome = await collect();
        expect(
          lambda
            .commandCalls(ListTagsCommand)
            .map((c) => c.args[0].input.Resource)
            .sort(),
        ).toEqual([arn('api'), arn('cron'), arn('worker')]);
        expect(outcome.resources.map((r) => r.tags)).toEqual([
          { from: 'ListTags' },
          { from: 'ListTags' },
          { from: 'ListTags' },
        ]);
        expect(outcome.resources.every((r) => r.unknownAttributes.length === 0)).toBe(true);
        expect(outcome.errors).toEqual([]);
        expect(outcome.failedTypes.size + outcome.partialTypes.size).toBe(0);
      },
    );

    it('lists nothing for a single function: its ListTags is the same one call', async () => {
      lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('api')] });
      tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
      const outcome = await collect();
      expect(tagging.commandCalls(GetResourcesCommand)).toEqual([]);
      expect(lambda.commandCalls(ListTagsCommand)).toHaveLength(1);
      expect(outcome.resources.map((r) => r.tags)).toEqual([{ from: 'ListTags' }]);
    });
  });

  it('records a failed ListFunctions as a failed type', async () => {
    lambda.on(ListFunctionsCommand).rejects(accessDenied('lambda:ListFunctions'));
    const outcome = await collect();
    expect(outcome.resources).toEqual([]);
    expect([...outcome.failedTypes]).toEqual(['lambda:function']);
    expect(outcome.errors[0]).toMatchObject({
      operation: 'ListFunctions',
      missingPermission: 'lambda:ListFunctions',
    });
  });

  it('keeps only variable names and secret kinds: values never reach the outcome', async () => {
    lambda.on(ListFunctionsCommand).resolves({
      Functions: [
        fn('payments', {
          Environment: {
            Variables: {
              STRIPE_KEY: STRIPE_KEY,
              DB_PASSWORD: DB_PASSWORD,
              LOG_LEVEL: 'debug',
              DB_SECRET_ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:db-AbCdEf`,
            },
          },
        }),
        fn('encrypted', { Environment: { Error: { ErrorCode: 'AccessDeniedException', Message: 'KMS' } } }),
      ],
    });

    const outcome = await collect();
    const payments = byId(outcome, 'payments');
    expect(payments?.attributes.environmentVariableNames).toEqual([
      'DB_PASSWORD',
      'DB_SECRET_ARN',
      'LOG_LEVEL',
      'STRIPE_KEY',
    ]);
    expect(payments?.attributes.secretsInEnvironment).toEqual([
      { variable: 'DB_PASSWORD', kind: 'high-entropy-secret-name' },
      { variable: 'STRIPE_KEY', kind: 'stripe-live-key' },
    ]);
    expect(byId(outcome, 'encrypted')?.unknownAttributes).toEqual([
      'environmentVariableNames',
      'secretsInEnvironment',
    ]);

    const serialized = JSON.stringify({ ...outcome, failedTypes: [...outcome.failedTypes] });
    expect(serialized).not.toContain(STRIPE_KEY);
    expect(serialized).not.toContain(DB_PASSWORD);
    expect(serialized).not.toContain('debug');
  });
});

describe('parseLambdaTimestamp', () => {
  it.each([
    ['2024-01-01T00:00:00.000+0000', '2024-01-01T00:00:00.000Z'],
    ['2024-01-01T05:30:00.123+0530', '2024-01-01T00:00:00.123Z'],
    ['2024-01-01T00:00:00.123456789Z', '2024-01-01T00:00:00.123Z'],
    ['2024-01-01T00:00:00-02:00', '2024-01-01T02:00:00.000Z'],
    ['2024-01-01T00:00:00', '2024-01-01T00:00:00.000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(parseLambdaTimestamp(input)).toBe(expected);
  });

  it('returns null for absent or unparseable values', () => {
    expect(parseLambdaTimestamp(undefined)).toBeNull();
    expect(parseLambdaTimestamp('')).toBeNull();
    expect(parseLambdaTimestamp('yesterday')).toBeNull();
  });
});
