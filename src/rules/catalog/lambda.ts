import type { ResourceOfType } from '../../inventory/resources/index.js';
import { actionMatches, conditionValues, statementWithSid } from '../../policy/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import {
  LAMBDA_RUNTIMES,
  LAMBDA_RUNTIMES_AS_OF,
  type RuntimeDates,
  type RuntimeTable,
} from '../data/lambda-runtimes.js';
import {
  daysUntil,
  runtimeDates,
  runtimePhase,
  successorOf,
  type RuntimePhase,
} from '../lambda-runtime-support.js';

type LambdaFunction = ResourceOfType<'lambda:function'>;

const RUNTIME_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
const runtimeRemediation = {
  text: 'Move the function to a supported runtime of the same language (test it first: major versions are not backward compatible), then deploy it through your usual pipeline.',
  cli: 'aws lambda update-function-configuration --region {region} --function-name {name} --runtime {runtime}',
  console: 'Lambda console > Functions > the function > Code > Runtime settings > Edit',
};

/** The built-in runtime table with the configuration's additions and corrections (thresholds.lambdaRuntimes). */
function runtimeTable(ctx: RuleContext): RuntimeTable {
  const configured = Object.entries(ctx.thresholds.lambdaRuntimes);
  if (configured.length === 0) return LAMBDA_RUNTIMES;
  return {
    ...LAMBDA_RUNTIMES,
    ...Object.fromEntries(
      configured.map(([runtime, d]) => [
        runtime,
        {
          deprecation: d.deprecation,
          blockCreate: d.blockCreate ?? null,
          blockUpdate: d.blockUpdate ?? null,
        },
      ]),
    ),
  };
}

/** Functions with a managed runtime (container images have none), with their table entry. */
function withRuntime(
  ctx: RuleContext,
): { fn: LambdaFunction; runtime: string; dates: RuntimeDates | undefined }[] {
  return ctx
    .resources('lambda:function')
    .filter((fn) => ctx.known(fn, 'runtime') && fn.attributes.runtime !== null)
    .map((fn) => {
      const runtime = fn.attributes.runtime as string;
      return { fn, runtime, dates: runtimeDates(runtime, runtimeTable(ctx)) };
    });
}

function runtimeEvidence(ctx: RuleContext, runtime: string, dates: RuntimeDates, phase: RuntimePhase) {
  return {
    runtime,
    phase,
    deprecation: dates.deprecation,
    blockCreate: dates.blockCreate,
    blockUpdate: dates.blockUpdate,
    // Where the dates come from: the configuration's entry, or the built-in table of that day.
    ...(Object.hasOwn(ctx.thresholds.lambdaRuntimes, runtime)
      ? { runtimeDatesFrom: 'configuration (thresholds.lambdaRuntimes)' }
      : { runtimeTableAsOf: LAMBDA_RUNTIMES_AS_OF }),
  };
}

/** The runtime the remediation command moves to, when the family has a supported one. */
function successorValues(ctx: RuleContext, runtime: string): Pick<RuleHit, 'templateValues'> {
  const successor = successorOf(runtime, ctx.now, ctx.thresholds.lambdaRuntimeWarningDays, runtimeTable(ctx));
  return successor ? { templateValues: { runtime: successor } } : {};
}

export const runtimeDeprecated = defineRule(
  {
    id: 'lambda.runtime-deprecated',
    title: 'Lambda function uses a deprecated runtime',
    severity: 'medium',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description:
      'The function runs on a runtime past its AWS deprecation date, from a dated runtime table kept as data (src/rules/data/lambda-runtimes.ts). High once AWS blocks updates of functions on that runtime; medium from the deprecation until then (or while the update-block date is not known).',
    risk: 'A deprecated runtime gets no security patches and no support. Once updates are blocked, even an urgent fix to the function cannot be deployed without first migrating the runtime.',
    remediation: runtimeRemediation,
    references: { fsbp: ['Lambda.2'], docs: [RUNTIME_DOCS] },
  },
  (ctx) =>
    withRuntime(ctx).flatMap(({ fn, runtime, dates }): RuleHit[] => {
      if (!dates) return [];
      const phase = runtimePhase(dates, ctx.now, ctx.thresholds.lambdaRuntimeWarningDays);
      if (phase !== 'deprecated' && phase !== 'update-blocked') return [];
      const blocked =
        phase === 'update-blocked'
          ? ` Since ${dates.blockUpdate}, Lambda refuses updates to functions on it.`
          : dates.blockUpdate
            ? ` Lambda will refuse updates from ${dates.blockUpdate}.`
            : '';
      return [
        {
          target: fn,
          message: `Lambda function ${fn.id} uses ${runtime}, deprecated since ${dates.deprecation}: it no longer receives security patches.${blocked}`,
          evidence: runtimeEvidence(ctx, runtime, dates, phase),
          severity: phase === 'update-blocked' ? 'high' : 'medium',
          ...successorValues(ctx, runtime),
        },
      ];
    }),
);

export const runtimeDeprecationApproaching = defineRule(
  {
    id: 'lambda.runtime-deprecation-approaching',
    title: 'Lambda function runtime is deprecated soon',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description:
      'The function runs on a runtime that AWS deprecates within thresholds.lambdaRuntimeWarningDays (default 90; 0 turns the warning off). From the deprecation day on, lambda.runtime-deprecated reports it instead.',
    risk: 'After the deprecation date the runtime gets no security patches, and later updates to the function are blocked; migrating ahead avoids a rushed upgrade.',
    remediation: runtimeRemediation,
    references: { docs: [RUNTIME_DOCS] },
  },
  (ctx) =>
    withRuntime(ctx).flatMap(({ fn, runtime, dates }): RuleHit[] => {
      if (!dates) return [];
      const phase = runtimePhase(dates, ctx.now, ctx.thresholds.lambdaRuntimeWarningDays);
      if (phase !== 'approaching') return [];
      const days = daysUntil(dates.deprecation, ctx.now);
      return [
        {
          target: fn,
          message: `Lambda function ${fn.id} uses ${runtime}, which AWS deprecates on ${dates.deprecation} (in ${days} days)${dates.blockUpdate ? `; updates are blocked from ${dates.blockUpdate}` : ''}.`,
          evidence: { ...runtimeEvidence(ctx, runtime, dates, phase), daysUntilDeprecation: days },
          ...successorValues(ctx, runtime),
        },
      ];
    }),
);

export const runtimeUnknown = defineRule(
  {
    id: 'lambda.runtime-unknown',
    title: 'Lambda function runtime is not in the runtime table',
    severity: 'info',
    category: 'hygiene',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description:
      'The function uses a runtime identifier the runtime table does not list, so its support status is not judged: it may be newer than the table or long retired. Container-image functions (no runtime) are not reported.',
    risk: 'Deprecation of this runtime would go unreported until the runtime table is updated.',
    remediation: {
      text: "Check the runtime on AWS's runtime page; if it is missing from src/rules/data/lambda-runtimes.ts, add it with its dates.",
      console: 'Lambda console > Functions > the function > Code > Runtime settings',
    },
    references: { docs: [RUNTIME_DOCS] },
  },
  (ctx) =>
    withRuntime(ctx)
      .filter(({ dates }) => dates === undefined)
      .map(({ fn, runtime }) => ({
        target: fn,
        message: `Lambda function ${fn.id} uses runtime ${runtime}, which the runtime table (checked ${LAMBDA_RUNTIMES_AS_OF}) does not list; its support dates are unknown.`,
        evidence: { runtime, runtimeTableAsOf: LAMBDA_RUNTIMES_AS_OF },
      })),
);

export const secretInEnvironment = defineRule(
  {
    id: 'lambda.secret-in-environment',
    title: 'Lambda function has a plaintext secret in an environment variable',
    severity: 'critical',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description:
      'An environment variable holds what looks like a secret in plain text: a known key format (AWS access key, Stripe live key, GitHub or Slack token, private key, JWT, credentials in a URL) or a long random value under a secret-like name. One finding per variable; the value never leaves the scan.',
    risk: 'Environment variables are readable by anyone with lambda:GetFunctionConfiguration and show in the console, in deployment tooling and in infrastructure code; the secret is as exposed as the widest of these.',
    remediation: {
      text: 'Rotate the secret first (assume it is exposed), then store it in Secrets Manager or SSM Parameter Store (SecureString) and read it at runtime (the Parameters and Secrets Lambda extension caches it); keep only its name or ARN in the variable.',
      console: 'Lambda console > Functions > the function > Configuration > Environment variables > Edit',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('lambda:function')
      .filter((fn) => ctx.known(fn, 'secretsInEnvironment'))
      .flatMap((fn) =>
        fn.attributes.secretsInEnvironment.map((secret) => ({
          target: fn,
          subKey: secret.variable,
          message: `Environment variable ${secret.variable} of Lambda function ${fn.id} holds a plaintext secret (${secret.kind}).`,
          evidence: { variable: secret.variable, kind: secret.kind },
        })),
      ),
);

/** Whether the resource policy lets anyone invoke the function URL (unknown when it was not read). */
function urlOpenToAnyone(ctx: RuleContext, fn: LambdaFunction): boolean | null {
  if (!ctx.known(fn, 'resourcePolicy')) return null;
  return (fn.attributes.resourcePolicy?.publicStatements ?? []).some((s) =>
    s.actions.some((a) => actionMatches(a, 'lambda:InvokeFunctionUrl')),
  );
}

export const functionUrlPublic = defineRule(
  {
    id: 'lambda.function-url-public',
    title: 'Lambda function URL requires no authentication',
    severity: 'high',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description:
      'The function has a function URL with AuthType NONE: Lambda does not authenticate callers. Reported as medium when the resource policy grants no public lambda:InvokeFunctionUrl, since the URL then refuses every call until someone adds that permission. The resource-policy statements that only serve the URL are part of this finding, not of lambda.function-public-policy.',
    risk: 'Anyone on the internet who finds the URL can run the function with its IAM role, as often as they like: data exposure through the role, abuse of its permissions, and a bill driven by strangers.',
    remediation: {
      text: 'Switch the URL to AWS_IAM and sign requests (SigV4), or put API Gateway or CloudFront (with origin access control) in front of it with proper authorization. If the URL must stay public, authenticate in the function and set reserved concurrency to cap abuse.',
      cli: 'aws lambda update-function-url-config --region {region} --function-name {name} --auth-type AWS_IAM',
      console: 'Lambda console > Functions > the function > Configuration > Function URL > Edit > Auth type',
    },
    references: { docs: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'] },
  },
  (ctx) =>
    ctx
      .resources('lambda:function')
      .filter((fn) => ctx.known(fn, 'functionUrl') && fn.attributes.functionUrl?.authType === 'NONE')
      .map((fn): RuleHit => {
        const open = urlOpenToAnyone(ctx, fn);
        const note =
          open === false
            ? ' The resource policy grants no public lambda:InvokeFunctionUrl today, so the URL refuses calls until one is added.'
            : open === null
              ? ' The resource policy could not be read.'
              : ' The resource policy lets anyone invoke it.';
        return {
          target: fn,
          message: `Lambda function ${fn.id} has a function URL with AuthType NONE: anyone can call it without credentials.${note}`,
          evidence: {
            authType: 'NONE',
            publicInvokePermission: open ?? 'unknown',
            corsAllowOrigins: fn.attributes.functionUrl?.cors?.allowOrigins ?? [],
          },
          ...(open === false ? { severity: 'medium' as const } : {}),
        };
      }),
);

export const functionUrlCorsAnyOrigin = defineRule(
  {
    id: 'lambda.function-url-cors-any-origin',
    title: 'Lambda function URL allows any CORS origin',
    severity: 'medium',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: "The function URL's CORS configuration allows every origin ('*' in AllowOrigins).",
    risk: "Any website can call the function from its visitors' browsers and read the responses, which enables cross-site data theft and abuse of the function from third-party pages.",
    remediation: {
      text: 'List the origins of your own front ends in AllowOrigins instead of *.',
      cli: 'aws lambda update-function-url-config --region {region} --function-name {name} --cors AllowOrigins=https://app.example.com',
      console:
        'Lambda console > Functions > the function > Configuration > Function URL > Edit > Configure cross-origin resource sharing (CORS)',
    },
    references: { docs: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors'] },
  },
  (ctx) =>
    ctx
      .resources('lambda:function')
      .filter(
        (fn) => ctx.known(fn, 'functionUrl') && fn.attributes.functionUrl?.cors?.allowOrigins.includes('*'),
      )
      .map((fn) => {
        const url = fn.attributes.functionUrl;
        return {
          target: fn,
          message: `The function URL of Lambda function ${fn.id} (AuthType ${url?.authType}) allows CORS requests from any origin (*)${url?.cors?.allowMethods.length ? ` for ${url.cors.allowMethods.join(', ')}` : ''}.`,
          evidence: {
            authType: url?.authType,
            allowOrigins: url?.cors?.allowOrigins,
            allowMethods: url?.cors?.allowMethods,
            allowCredentials: url?.cors?.allowCredentials,
          },
        };
      }),
);

/** Whether the statement with this Sid is conditioned on the key having the value (any capitals). */
function conditionedOn(document: unknown, sid: string | null, key: string, value: string): boolean {
  const statement = statementWithSid(document, sid);
  return statement !== undefined && conditionValues(statement, key).some((v) => v.toLowerCase() === value);
}

/**
 * A public statement that only concerns the function URL: it allows only lambda:InvokeFunctionUrl,
 * or lambda:InvokeFunction on the condition lambda:InvokedViaFunctionUrl = true (required for new
 * URLs since October 2025). When the URL's AuthType is NONE, lambda.function-url-public reports it.
 */
function servesOnlyTheUrl(document: unknown, sid: string | null, actions: string[]): boolean {
  if (actions.length === 0) return false;
  if (actions.every((a) => a.toLowerCase() === 'lambda:invokefunctionurl')) return true;
  if (!actions.every((a) => ['lambda:invokefunctionurl', 'lambda:invokefunction'].includes(a.toLowerCase())))
    return false;
  return conditionedOn(document, sid, 'lambda:InvokedViaFunctionUrl', 'true');
}

/**
 * A statement allowing only lambda:InvokeFunctionUrl on the condition lambda:FunctionUrlAuthType =
 * NONE (what `add-permission --function-url-auth-type NONE` writes) applies to a URL without
 * authentication only: lambda.function-url-public reports that URL, and without one it grants nothing.
 */
function onlyForUrlsWithoutAuth(document: unknown, sid: string | null, actions: string[]): boolean {
  if (actions.length === 0 || !actions.every((a) => a.toLowerCase() === 'lambda:invokefunctionurl'))
    return false;
  return conditionedOn(document, sid, 'lambda:FunctionUrlAuthType', 'none');
}

export const functionPublicPolicy = defineRule(
  {
    id: 'lambda.function-public-policy',
    title: 'Lambda function resource policy allows public access',
    severity: 'critical',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description:
      "The function's resource policy has an Allow statement for any principal (* or NotPrincipal) that no condition limits to specific accounts, sources, organizations or networks. Statements that only let anyone call a function URL with AuthType NONE are reported by lambda.function-url-public instead, and an InvokeFunctionUrl statement conditioned on lambda:FunctionUrlAuthType NONE grants nothing while the function has no such URL.",
    risk: 'Anyone with an AWS account can invoke the function (or do whatever else the statement allows) with its role’s permissions, from anywhere.',
    remediation: {
      text: 'Remove the statement, or restrict it with a Principal of specific accounts or services and a condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
      cli: 'aws lambda remove-permission --region {region} --function-name {name} --statement-id {statementId}',
      console:
        'Lambda console > Functions > the function > Configuration > Permissions > Resource-based policy statements',
    },
    references: {
      fsbp: ['Lambda.1'],
      docs: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('lambda:function')
      .filter((fn) => ctx.known(fn, 'resourcePolicy') && fn.attributes.resourcePolicy !== null)
      .flatMap((fn): RuleHit[] => {
        const policy = fn.attributes.resourcePolicy;
        if (!policy) return [];
        const urlIsPublic = ctx.known(fn, 'functionUrl') && fn.attributes.functionUrl?.authType === 'NONE';
        const statements = policy.publicStatements.filter(
          (s) =>
            !onlyForUrlsWithoutAuth(policy.document, s.sid, s.actions) &&
            !(urlIsPublic && servesOnlyTheUrl(policy.document, s.sid, s.actions)),
        );
        if (statements.length === 0) return [];
        const describe = (s: (typeof statements)[number]) =>
          `${s.sid ?? 'a statement without Sid'} (${s.actions.join(', ') || 'no action'} for ${s.principal === '*' ? 'any principal' : 'everyone but NotPrincipal'})`;
        return [
          {
            target: fn,
            message: `The resource policy of Lambda function ${fn.id} allows public access: ${statements.map(describe).join('; ')}.`,
            evidence: { publicStatements: statements },
            // remove-permission removes one statement: a command is given when one statement, with a Sid, is public.
            ...(statements.length === 1 && statements[0]?.sid
              ? { templateValues: { statementId: statements[0].sid } }
              : {}),
          },
        ];
      }),
);

export const vpcFunctionSingleAz = defineRule(
  {
    id: 'lambda.vpc-function-single-az',
    title: 'VPC Lambda function runs in a single Availability Zone',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'lambda:function',
    reads: ['lambda:function', 'ec2:subnet'],
    description:
      'A function attached to a VPC has subnets in fewer than two Availability Zones. Functions whose subnets are not all in the inventory (another account’s, or not read) are not judged.',
    risk: 'When that zone has trouble, the function cannot run at all: Lambda places VPC functions only in the zones of their subnets.',
    remediation: {
      text: 'Add a subnet in a second Availability Zone (with the same routes) to the function’s VPC configuration.',
      cli: 'aws lambda get-function-configuration --region {region} --function-name {name} --query VpcConfig',
      console: 'Lambda console > the function > Configuration > VPC > Edit',
    },
    references: {
      fsbp: ['Lambda.5'],
      docs: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html'],
    },
  },
  (ctx) =>
    ctx.resources('lambda:function').flatMap((fn): RuleHit[] => {
      const subnetIds = fn.attributes.vpc?.subnetIds ?? [];
      if (subnetIds.length === 0) return [];
      const subnets = ctx
        .resources('ec2:subnet')
        .filter((s) => s.account === fn.account && s.region === fn.region && subnetIds.includes(s.id));
      const zones = new Set(subnets.map((s) => s.attributes.availabilityZone));
      if (subnets.length !== subnetIds.length || zones.has(null) || zones.size >= 2) return [];
      return [
        {
          target: fn,
          message: `Lambda function ${fn.id} runs in one Availability Zone (${[...zones].join(', ')}): its ${subnetIds.length} subnet(s) are all there.`,
          evidence: { subnetIds, availabilityZones: [...zones] },
        },
      ];
    }),
);
