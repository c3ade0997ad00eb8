import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  functionPublicPolicy,
  functionUrlCorsAnyOrigin,
  functionUrlPublic,
  runtimeDeprecated,
  runtimeDeprecationApproaching,
  runtimeUnknown,
  secretInEnvironment,
} from '../../../src/rules/catalog/lambda.js';
import { LAMBDA_RUNTIMES } from '../../../src/rules/data/lambda-runtimes.js';
import { runtimePhase, successorOf } from '../../../src/rules/lambda-runtime-support.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');

const run = (rule: Rule, inventory: Inventory, now = NOW, config = DEFAULT_CONFIG) =>
  runRules(inventory, config, [rule], now).findings;

type Attributes = AttributesOf<'lambda:function'>;
function fn(name: string, attributes: Partial<Attributes> = {}, unknownAttributes: string[] = []) {
  return resource(
    'lambda:function',
    name,
    {
      runtime: 'python3.12',
      packageType: 'Zip',
      handler: 'main.handler',
      memoryMb: 128,
      timeoutSeconds: 3,
      codeSizeBytes: 1024,
      lastModified: '2026-01-01T00:00:00.000Z',
      roleArn: `arn:aws:iam::${ACCOUNT}:role/exec`,
      architectures: ['arm64'],
      vpc: null,
      layers: [],
      environmentVariableNames: [],
      secretsInEnvironment: [],
      functionUrl: null,
      resourcePolicy: null,
      ...attributes,
    },
    {
      region: 'eu-west-2',
      arn: `arn:aws:lambda:eu-west-2:${ACCOUNT}:function:${name}`,
      name,
      unknownAttributes,
    },
  );
}

const urlStatement = {
  Sid: 'FunctionURLAllowPublicAccess',
  Effect: 'Allow',
  Principal: '*',
  Action: 'lambda:InvokeFunctionUrl',
  Resource: `arn:aws:lambda:eu-west-2:${ACCOUNT}:function:api`,
  Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
};
const invokeViaUrl = {
  Sid: 'FunctionURLInvokeAllowPublicAccess',
  Effect: 'Allow',
  Principal: '*',
  Action: 'lambda:InvokeFunction',
  Resource: `arn:aws:lambda:eu-west-2:${ACCOUNT}:function:api`,
  Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } },
};
const publicInvoke = {
  Sid: 'anyone',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: 'lambda:InvokeFunction',
  Resource: `arn:aws:lambda:eu-west-2:${ACCOUNT}:function:api`,
};
const asPublic = (s: { Sid: string; Action: string }) => ({
  sid: s.Sid,
  actions: [s.Action],
  principal: '*',
});
const policyOf = (...statements: (typeof urlStatement | typeof invokeViaUrl | typeof publicInvoke)[]) => ({
  document: { Version: '2012-10-17', Statement: statements },
  publicStatements: statements.map(asPublic),
});

describe('the runtime table', () => {
  it('holds the dates of the reference, including the revised nodejs18.x and python3.9 dates', () => {
    expect(LAMBDA_RUNTIMES['nodejs18.x']).toEqual({
      deprecation: '2025-09-01',
      blockCreate: null,
      blockUpdate: '2026-03-09',
    });
    expect(LAMBDA_RUNTIMES['python3.9']?.deprecation).toBe('2025-12-15');
    expect(LAMBDA_RUNTIMES['nodejs20.x']?.deprecation).toBe('2026-04-30');
    for (const [runtime, dates] of Object.entries(LAMBDA_RUNTIMES)) {
      for (const day of [dates.deprecation, dates.blockCreate, dates.blockUpdate]) {
        if (day !== null) expect([runtime, /^\d{4}-\d{2}-\d{2}$/.test(day)]).toEqual([runtime, true]);
      }
      if (dates.blockUpdate)
        expect([runtime, dates.blockUpdate > dates.deprecation]).toEqual([runtime, true]);
    }
  });

  it('finds the phase around each date', () => {
    const dates = { deprecation: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' };
    expect(runtimePhase(dates, new Date('2027-01-29T23:00:00Z'), 90)).toBe('supported');
    expect(runtimePhase(dates, new Date('2027-01-30T00:00:00Z'), 90)).toBe('approaching');
    expect(runtimePhase(dates, new Date('2027-04-29T23:59:59Z'), 90)).toBe('approaching');
    expect(runtimePhase(dates, new Date('2027-04-30T00:00:00Z'), 90)).toBe('deprecated');
    expect(runtimePhase(dates, new Date('2027-07-01T00:00:00Z'), 90)).toBe('update-blocked');
    expect(runtimePhase(dates, new Date('2027-04-01T00:00:00Z'), 0)).toBe('supported');
  });
});

describe('lambda.runtime-deprecated', () => {
  it('reports past-update-block runtimes as high and past-deprecation ones as medium', () => {
    const findings = run(
      runtimeDeprecated,
      inventoryOf([
        fn('legacy', { runtime: 'nodejs18.x' }),
        fn('old', { runtime: 'nodejs16.x' }),
        fn('dotnet', { runtime: 'dotnet8' }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['legacy', 'high'],
      ['dotnet', 'medium'],
      ['old', 'medium'],
    ]);
    expect(findings[0]?.message).toBe(
      'Lambda function legacy uses nodejs18.x, deprecated since 2025-09-01: it no longer receives security patches. Since 2026-03-09, Lambda refuses updates to functions on it.',
    );
    expect(findings[1]?.message).toContain('Lambda will refuse updates from 2027-01-11.');
    expect(findings[0]?.references.fsbp).toEqual(['Lambda.2']);
    // The command moves to the runtime of the family supported longest on NOW (2026-11-25).
    expect(findings[0]?.remediation.cli).toBe(
      'aws lambda update-function-configuration --region eu-west-2 --function-name legacy --runtime nodejs24.x',
    );
    expect(findings[1]?.remediation.cli).toContain('--runtime dotnet10');
  });

  it('follows the clock: nodejs18.x was medium between deprecation and update block', () => {
    const inventory = inventoryOf([fn('legacy', { runtime: 'nodejs18.x' })]);
    expect(run(runtimeDeprecated, inventory, new Date('2025-12-01T00:00:00Z'))[0]?.severity).toBe('medium');
    expect(run(runtimeDeprecated, inventory, new Date('2025-08-31T00:00:00Z'))).toEqual([]);
  });

  it('ignores supported runtimes, container images and unknown runtimes', () => {
    const inventory = inventoryOf([
      fn('ok', { runtime: 'python3.12' }),
      fn('image', { runtime: null, packageType: 'Image' }),
      fn('future', { runtime: 'nodejs26.x' }),
    ]);
    expect(run(runtimeDeprecated, inventory)).toEqual([]);
  });
});

describe('lambda.runtime-deprecation-approaching', () => {
  it('warns within the warning window as low, with the days left', () => {
    const [finding] = run(
      runtimeDeprecationApproaching,
      inventoryOf([fn('api', { runtime: 'nodejs22.x' })]),
      new Date('2027-03-01T00:00:00Z'),
    );
    expect(finding?.severity).toBe('low');
    expect(finding?.message).toBe(
      'Lambda function api uses nodejs22.x, which AWS deprecates on 2027-04-30 (in 60 days); updates are blocked from 2027-07-01.',
    );
  });

  it('is silent before the window, after the deprecation, and when the window is 0', () => {
    const inventory = inventoryOf([fn('api', { runtime: 'nodejs22.x' })]);
    expect(run(runtimeDeprecationApproaching, inventory, new Date('2027-01-29T00:00:00Z'))).toEqual([]);
    expect(run(runtimeDeprecationApproaching, inventory, new Date('2027-05-01T00:00:00Z'))).toEqual([]);
    const off = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, lambdaRuntimeWarningDays: 0 },
    };
    expect(run(runtimeDeprecationApproaching, inventory, new Date('2027-03-01T00:00:00Z'), off)).toEqual([]);
  });
});

describe('lambda.runtime-unknown', () => {
  it('reports a runtime missing from the table as info', () => {
    const [finding] = run(runtimeUnknown, inventoryOf([fn('future', { runtime: 'nodejs26.x' })]));
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain('uses runtime nodejs26.x, which the runtime table');
  });

  it('ignores known runtimes and container images', () => {
    const inventory = inventoryOf([
      fn('a', { runtime: 'java21' }),
      fn('b', { runtime: null, packageType: 'Image' }),
    ]);
    expect(run(runtimeUnknown, inventory)).toEqual([]);
  });
});

describe('lambda.secret-in-environment', () => {
  it('reports one finding per variable with its name and kind only', () => {
    const findings = run(
      secretInEnvironment,
      inventoryOf([
        fn('payments', {
          environmentVariableNames: ['DB_PASSWORD', 'LOG_LEVEL', 'STRIPE_KEY'],
          secretsInEnvironment: [
            { variable: 'DB_PASSWORD', kind: 'high-entropy-secret-name' },
            { variable: 'STRIPE_KEY', kind: 'stripe-live-key' },
          ],
        }),
      ]),
    );
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([
      ['DB_PASSWORD', 'critical'],
      ['STRIPE_KEY', 'critical'],
    ]);
    expect(findings[1]?.message).toBe(
      'Environment variable STRIPE_KEY of Lambda function payments holds a plaintext secret (stripe-live-key).',
    );
    expect(findings[1]?.evidence).toEqual({ variable: 'STRIPE_KEY', kind: 'stripe-live-key' });
  });

  it('is silent without secrets, and when the variables could not be read', () => {
    const inventory = inventoryOf([
      fn('clean', { environmentVariableNames: ['LOG_LEVEL'] }),
      fn('kms', {}, ['environmentVariableNames', 'secretsInEnvironment']),
    ]);
    expect(run(secretInEnvironment, inventory)).toEqual([]);
  });
});

describe('lambda.function-url-public', () => {
  it('flags a URL without auth that the resource policy opens to anyone as high', () => {
    const [finding] = run(
      functionUrlPublic,
      inventoryOf([
        fn('api', {
          functionUrl: { authType: 'NONE', cors: null },
          resourcePolicy: policyOf(urlStatement, invokeViaUrl),
        }),
      ]),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toBe(
      'Lambda function api has a function URL with AuthType NONE: anyone can call it without credentials. The resource policy lets anyone invoke it.',
    );
    expect(finding?.remediation.cli).toBe(
      'aws lambda update-function-url-config --region eu-west-2 --function-name api --auth-type AWS_IAM',
    );
  });

  it('lowers to medium when no public invoke permission exists yet', () => {
    const [finding] = run(
      functionUrlPublic,
      inventoryOf([fn('api', { functionUrl: { authType: 'NONE', cors: null }, resourcePolicy: null })]),
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain('refuses calls until one is added');
  });

  it('ignores IAM-authenticated URLs and unknown URL configurations', () => {
    const inventory = inventoryOf([
      fn('iam', { functionUrl: { authType: 'AWS_IAM', cors: null } }),
      fn('unknown', {}, ['functionUrl']),
    ]);
    expect(run(functionUrlPublic, inventory)).toEqual([]);
  });
});

describe('lambda.function-url-cors-any-origin', () => {
  it('flags * in AllowOrigins', () => {
    const [finding] = run(
      functionUrlCorsAnyOrigin,
      inventoryOf([
        fn('api', {
          functionUrl: {
            authType: 'NONE',
            cors: { allowOrigins: ['*'], allowMethods: ['GET', 'POST'], allowCredentials: false },
          },
        }),
      ]),
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toBe(
      'The function URL of Lambda function api (AuthType NONE) allows CORS requests from any origin (*) for GET, POST.',
    );
  });

  it('accepts named origins and URLs without CORS', () => {
    const inventory = inventoryOf([
      fn('a', {
        functionUrl: {
          authType: 'NONE',
          cors: { allowOrigins: ['https://app.example.com'], allowMethods: ['GET'], allowCredentials: true },
        },
      }),
      fn('b', { functionUrl: { authType: 'NONE', cors: null } }),
    ]);
    expect(run(functionUrlCorsAnyOrigin, inventory)).toEqual([]);
  });
});

describe('lambda.function-public-policy', () => {
  it('flags a statement that lets any principal invoke the function', () => {
    const [finding] = run(
      functionPublicPolicy,
      inventoryOf([fn('api', { resourcePolicy: policyOf(publicInvoke) })]),
    );
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toBe(
      'The resource policy of Lambda function api allows public access: anyone (lambda:InvokeFunction for any principal).',
    );
    expect(finding?.references.fsbp).toEqual(['Lambda.1']);
    expect(finding?.remediation.cli).toBe(
      'aws lambda remove-permission --region eu-west-2 --function-name api --statement-id anyone',
    );
    // remove-permission takes one statement: with two public ones, no single command fixes it.
    const [two] = run(
      functionPublicPolicy,
      inventoryOf([fn('api', { resourcePolicy: policyOf(publicInvoke, { ...publicInvoke, Sid: 'also' }) })]),
    );
    expect(two?.message).toContain('anyone (lambda:InvokeFunction for any principal); also');
    expect(two?.remediation.cli).toBeNull();
  });

  it('leaves the statements of a public function URL to lambda.function-url-public', () => {
    const inventory = inventoryOf([
      fn('api', {
        functionUrl: { authType: 'NONE', cors: null },
        resourcePolicy: policyOf(urlStatement, invokeViaUrl),
      }),
      // The URL statement is inert without a URL that has no authentication.
      fn('iam-url', {
        functionUrl: { authType: 'AWS_IAM', cors: null },
        resourcePolicy: policyOf(urlStatement),
      }),
    ]);
    expect(run(functionPublicPolicy, inventory)).toEqual([]);
  });

  it('still reports a public InvokeFunction next to a public URL, and InvokedViaFunctionUrl with an IAM URL', () => {
    const findings = run(
      functionPublicPolicy,
      inventoryOf([
        fn('api', {
          functionUrl: { authType: 'NONE', cors: null },
          resourcePolicy: policyOf(urlStatement, publicInvoke),
        }),
        fn('iam-url', {
          functionUrl: { authType: 'AWS_IAM', cors: null },
          resourcePolicy: policyOf(invokeViaUrl),
        }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.evidence.publicStatements])).toEqual([
      ['api', [asPublic(publicInvoke)]],
      ['iam-url', [asPublic(invokeViaUrl)]],
    ]);
  });

  it('is silent when the policy could not be read', () => {
    expect(run(functionPublicPolicy, inventoryOf([fn('api', {}, ['resourcePolicy'])]))).toEqual([]);
  });
});

describe('successorOf', () => {
  it('picks the runtime of the same family supported longest, or none', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(successorOf('python3.9', now, 90)).toBe('python3.14');
    expect(successorOf('java8', now, 90)).toBe('java25');
    expect(successorOf('go1.x', now, 90)).toBe('provided.al2023');
    expect(successorOf('dotnetcore3.1', now, 90)).toBe('dotnet10');
    expect(successorOf('cobol1.x', now, 90)).toBeNull();
    // Long after every table date, no runtime of the family is supported any more.
    expect(successorOf('nodejs18.x', new Date('2031-01-01T00:00:00Z'), 90)).toBeNull();
  });
});

describe('runtimes added or corrected by the configuration (thresholds.lambdaRuntimes)', () => {
  const withRuntimes = (lambdaRuntimes: typeof DEFAULT_CONFIG.thresholds.lambdaRuntimes) => ({
    ...DEFAULT_CONFIG,
    thresholds: { ...DEFAULT_CONFIG.thresholds, lambdaRuntimes },
  });

  it('judges a runtime the built-in table lacks by the configured dates, and says where they come from', () => {
    const inventory = inventoryOf([fn('legacy', { runtime: 'nodejs26.x' })]);
    const config = withRuntimes({ 'nodejs26.x': { deprecation: '2026-01-01' } });
    expect(run(runtimeUnknown, inventory, NOW, config)).toEqual([]);
    const [finding] = run(runtimeDeprecated, inventory, NOW, config);
    expect(finding?.evidence).toMatchObject({
      runtime: 'nodejs26.x',
      phase: 'deprecated',
      blockUpdate: null,
      runtimeDatesFrom: 'configuration (thresholds.lambdaRuntimes)',
    });
    expect(finding?.evidence).not.toHaveProperty('runtimeTableAsOf');
  });

  it('lets a configured entry move a built-in date', () => {
    const inventory = inventoryOf([fn('api', { runtime: 'python3.12' })]);
    expect(run(runtimeDeprecated, inventory)).toEqual([]);
    const config = withRuntimes({ 'python3.12': { deprecation: '2026-06-01', blockUpdate: null } });
    expect(run(runtimeDeprecated, inventory, NOW, config).map((f) => f.resource.id)).toEqual(['api']);
  });
});
