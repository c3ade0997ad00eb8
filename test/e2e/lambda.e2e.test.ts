import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomInt } from 'node:crypto';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  LambdaClient,
  ListTagsCommand,
  PublishLayerVersionCommand,
} from '@aws-sdk/client-lambda';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { layerFromOtherAccount } from '../../src/rules/catalog/lambda-layers.js';
import { runRules } from '../../src/rules/engine.js';
import { zipOf } from '../../scripts/fixtures/zip.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (length: number) => Array.from({ length }, () => ALNUM[randomInt(ALNUM.length)]).join('');

describe('Lambda collector against moto', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let inventory: Inventory;
  // Fake secrets, made up per run: the scan must record their kinds and never their values.
  const stripeKey = ['sk', 'live', random(24)].join('_');
  const dbPassword = `${random(14)}#9!x`;
  let layerArn = '';

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const iam = new IAMClient(seedConfig('us-east-1', credentials));
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'lambda-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    const roleArn = role.Role?.Arn ?? '';
    const west = new LambdaClient(seedConfig('eu-west-2', credentials));
    const east = new LambdaClient(seedConfig('us-east-1', credentials));

    await west.send(
      new CreateFunctionCommand({
        FunctionName: 'payments-api',
        Runtime: 'nodejs18.x',
        Role: roleArn,
        Handler: 'index.handler',
        Code: { ZipFile: zipOf('index.js', 'exports.handler = async () => ({ statusCode: 200 });\n') },
        MemorySize: 256,
        Timeout: 10,
        Environment: {
          Variables: {
            STRIPE_SECRET_KEY: stripeKey,
            DB_PASSWORD: dbPassword,
            DB_HOST: 'db.internal',
            LOG_LEVEL: 'info',
          },
        },
        Tags: { team: 'payments', env: 'prod' },
      }),
    );
    await west.send(
      new CreateFunctionUrlConfigCommand({
        FunctionName: 'payments-api',
        AuthType: 'NONE',
        Cors: { AllowOrigins: ['*'], AllowMethods: ['GET', 'POST'] },
      }),
    );
    await west.send(
      new AddPermissionCommand({
        FunctionName: 'payments-api',
        StatementId: 'public-url',
        Action: 'lambda:InvokeFunctionUrl',
        Principal: '*',
        FunctionUrlAuthType: 'NONE',
      }),
    );
    await west.send(
      new AddPermissionCommand({
        FunctionName: 'payments-api',
        StatementId: 's3-invoke',
        Action: 'lambda:InvokeFunction',
        Principal: 's3.amazonaws.com',
        SourceArn: 'arn:aws:s3:::uploads-bucket',
        SourceAccount: account,
      }),
    );
    // The account's own layer. moto attaches only layers of the function's own account, so a layer
    // of another account is covered by the collector's unit test.
    const layer = await east.send(
      new PublishLayerVersionCommand({
        LayerName: 'report-libs',
        Content: { ZipFile: zipOf('python/libs.py', 'VALUE = 1\n') },
        CompatibleRuntimes: ['python3.12'],
      }),
    );
    layerArn = layer.LayerVersionArn ?? '';
    await east.send(
      new CreateFunctionCommand({
        Layers: [layerArn],
        FunctionName: 'nightly-report',
        Runtime: 'python3.12',
        Role: roleArn,
        Handler: 'main.handler',
        Code: { ZipFile: zipOf('main.py', 'def handler(event, context):\n    return None\n') },
        Architectures: ['arm64'],
      }),
    );

    inventory = await scanForTest(credentials, { regions: ['eu-west-2', 'us-east-1'], services: ['lambda'] });
  });

  it('produces a valid inventory with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.accounts[0]?.coverage.map((c) => [c.region, c.resourceType, c.status])).toEqual([
      ['eu-west-2', 'lambda:function', 'complete'],
      ['us-east-1', 'lambda:function', 'complete'],
    ]);
    // ListFunctions, then each function's three reads side by side: a chain of two calls.
    expect(inventory.scan.stats.longestCallChain).toBe(2);
  });

  it('records the function settings, tags and secret kinds by variable name', () => {
    const functions = ofType(inventory, 'lambda:function');
    expect(functions.map((f) => [f.region, f.id])).toEqual([
      ['eu-west-2', 'payments-api'],
      ['us-east-1', 'nightly-report'],
    ]);
    const payments = functions.find((f) => f.id === 'payments-api');
    expect(payments).toMatchObject({
      arn: `arn:aws:lambda:eu-west-2:${account}:function:payments-api`,
      name: 'payments-api',
      account,
      tags: { team: 'payments', env: 'prod' },
      createdAt: null,
      unknownAttributes: [],
      attributes: {
        runtime: 'nodejs18.x',
        handler: 'index.handler',
        memoryMb: 256,
        timeoutSeconds: 10,
        roleArn: `arn:aws:iam::${account}:role/lambda-exec`,
        environmentVariableNames: ['DB_HOST', 'DB_PASSWORD', 'LOG_LEVEL', 'STRIPE_SECRET_KEY'],
        secretsInEnvironment: [
          { variable: 'DB_PASSWORD', kind: 'high-entropy-secret-name' },
          { variable: 'STRIPE_SECRET_KEY', kind: 'stripe-live-key' },
        ],
      },
    });
    expect(payments?.attributes.lastModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const nightly = functions.find((f) => f.id === 'nightly-report');
    expect(nightly?.attributes).toMatchObject({
      runtime: 'python3.12',
      architectures: ['arm64'],
      environmentVariableNames: [],
      secretsInEnvironment: [],
      functionUrl: null,
      resourcePolicy: null,
    });
  });

  it("records the function's layers, and does not report the account's own layer", () => {
    const nightly = ofType(inventory, 'lambda:function').find((f) => f.id === 'nightly-report');
    expect(layerArn).toMatch(new RegExp(`^arn:aws:lambda:us-east-1:${account}:layer:report-libs:1$`));
    expect(nightly?.attributes.layers).toEqual([layerArn]);
    expect(runRules(inventory, DEFAULT_CONFIG, [layerFromOtherAccount]).findings).toEqual([]);
  });

  it('records the public function URL and the public statement of the resource policy', () => {
    const payments = ofType(inventory, 'lambda:function').find((f) => f.id === 'payments-api');
    expect(payments?.attributes.functionUrl).toEqual({
      authType: 'NONE',
      cors: { allowOrigins: ['*'], allowMethods: ['GET', 'POST'], allowCredentials: false },
    });
    // The S3 statement is tied to a source ARN and account, so only the URL statement is public.
    expect(payments?.attributes.resourcePolicy?.publicStatements).toEqual([
      { sid: 'public-url', actions: ['lambda:InvokeFunctionUrl'], principal: '*' },
    ]);
  });

  it('never puts a secret value in the inventory', () => {
    const serialized = JSON.stringify(inventory);
    expect(serialized).not.toContain(stripeKey);
    expect(serialized).not.toContain(dbPassword);
  });

  it('is deterministic: two scans differ only in the scan block', async () => {
    const again = await scanForTest(credentials, {
      regions: ['eu-west-2', 'us-east-1'],
      services: ['lambda'],
    });
    const strip = (i: Inventory) => JSON.stringify({ ...i, scan: undefined });
    expect(strip(again)).toBe(strip(inventory));
  });
});

/** A client's send (overloaded in the SDK), as the scan calls it: one command, a promise. */
type SendSpy = jest.Spied<(command: unknown) => Promise<unknown>>;

describe("Lambda tags from the region's GetResources listing, against moto", () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  // Spies that call through: they see which commands the scan sends (and only the scan: they are
  // made after the seeding; jest clears their calls before each test).
  let lambdaSend: SendSpy;
  let taggingSend: SendSpy;
  const sent = (spy: SendSpy, Command: abstract new (...args: never[]) => unknown) =>
    spy.mock.calls.filter(([command]) => command instanceof Command).length;

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const iam = new IAMClient(seedConfig('us-east-1', credentials));
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'lambda-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    const west = new LambdaClient(seedConfig('eu-west-2', credentials));
    const functions: [string, Record<string, string> | undefined][] = [
      ['orders', { team: 'orders', env: 'prod' }],
      ['billing', { team: 'billing' }],
      ['scratch', undefined],
    ];
    for (const [FunctionName, Tags] of functions)
      await west.send(
        new CreateFunctionCommand({
          FunctionName,
          Runtime: 'nodejs18.x',
          Role: role.Role?.Arn ?? '',
          Handler: 'index.handler',
          Code: { ZipFile: zipOf('index.js', 'exports.handler = async () => null;\n') },
          Tags,
        }),
      );
    lambdaSend = jest.spyOn(LambdaClient.prototype, 'send') as unknown as SendSpy;
    taggingSend = jest.spyOn(ResourceGroupsTaggingAPIClient.prototype, 'send') as unknown as SendSpy;
  });
  afterAll(() => {
    lambdaSend.mockRestore();
    taggingSend.mockRestore();
  });

  const tags = (inventory: Inventory) =>
    Object.fromEntries(
      ofType(inventory, 'lambda:function').map((f) => [f.id, [f.tags, f.unknownAttributes]]),
    );
  const expected = {
    orders: [{ team: 'orders', env: 'prod' }, []],
    billing: [{ team: 'billing' }, []],
    scratch: [{}, []],
  };

  it('reads every tag with one GetResources call and no ListTags', async () => {
    const inventory = await scanForTest(credentials, { regions: ['eu-west-2'], services: ['lambda'] });
    expect(inventory.errors).toEqual([]);
    expect(tags(inventory)).toEqual(expected);
    expect([sent(taggingSend, GetResourcesCommand), sent(lambdaSend, ListTagsCommand)]).toEqual([1, 0]);
  });

  it('reads them with ListTags, one per function, when the listing fails', async () => {
    taggingSend.mockRejectedValueOnce(
      Object.assign(new Error('not authorized to perform: tag:GetResources'), {
        name: 'AccessDeniedException',
      }),
    );
    const inventory = await scanForTest(credentials, { regions: ['eu-west-2'], services: ['lambda'] });
    expect(inventory.errors).toEqual([]);
    expect(inventory.accounts[0]?.coverage.map((c) => c.status)).toEqual(['complete']);
    expect(tags(inventory)).toEqual(expected);
    expect([sent(taggingSend, GetResourcesCommand), sent(lambdaSend, ListTagsCommand)]).toEqual([1, 3]);
  });
});
