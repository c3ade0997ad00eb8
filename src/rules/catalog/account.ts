import {
  resourceSchemas,
  resourceTypeOf,
  type ResourceOfType,
  type ResourceType,
} from '../../inventory/resources/index.js';
import { isRegionDefault } from '../aws-defaults.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Trail = ResourceOfType<'cloudtrail:trail'>;

/**
 * Could the trail be a logging multi-region trail that records read and write management events
 * (what CloudTrail.1 and CIS 4.1 ask)? True when it is one, or when any of that is unknown.
 */
function mayCoverAccount(ctx: RuleContext, trail: Trail): boolean {
  const multiRegion = !ctx.known(trail, 'isMultiRegion') || trail.attributes.isMultiRegion;
  const logging = !ctx.known(trail, 'isLogging') || trail.attributes.isLogging !== false;
  const allEvents = !ctx.known(trail, 'managementEvents') || trail.attributes.managementEvents === 'all';
  return multiRegion && logging && allEvents;
}

const MANAGEMENT_EVENTS_TEXT: Record<string, string> = {
  'read-only': 'records read management events only',
  'write-only': 'records write management events only',
  none: 'records no management event',
};

/** Why the account's trails do not cover it, for the message. */
function shortfall(trails: Trail[]): string {
  if (trails.length === 0) return 'it has no trail at all';
  const label = (t: Trail) => t.name ?? t.id;
  const multiRegion = trails.filter((t) => t.attributes.isMultiRegion);
  if (multiRegion.length === 0) {
    return `its ${trails.length} trail(s) are single-region (${trails.map((t) => `${label(t)} in ${t.attributes.homeRegion}`).join(', ')})`;
  }
  return multiRegion
    .map((t) =>
      t.attributes.isLogging === false
        ? `${label(t)} is not logging`
        : `${label(t)} ${MANAGEMENT_EVENTS_TEXT[t.attributes.managementEvents ?? ''] ?? 'does not record every management event'}`,
    )
    .join('; ');
}

export const noMultiRegionTrail = defineRule(
  {
    id: 'cloudtrail.no-multi-region-trail',
    title: 'No multi-region CloudTrail trail records all management events',
    severity: 'high',
    category: 'security',
    resourceType: 'aws:account',
    reads: ['cloudtrail:trail'],
    description:
      "The account has no CloudTrail trail that is multi-region, logging, and records both read and write management events (an organization trail counts). Judged only when the account's trails were listed; a trail whose status or event selectors could not be read is given the benefit of the doubt.",
    risk: 'Without such a trail, API activity is kept only 90 days in Event history and never delivered anywhere you control: an intrusion or a destructive change cannot be investigated, and regions nobody watches go unrecorded.',
    remediation: {
      text: 'Create a multi-region trail that logs to an S3 bucket you control (with log file validation on), or start logging on the existing one, and record all management events (read and write). In an AWS Organization, an organization trail from the management account covers every member.',
      // A new trail records all management events by default. Given only when the account has no
      // trail: fixing an existing one (start logging, change its selectors) needs no second trail.
      cli: 'aws cloudtrail create-trail --name account-trail --s3-bucket-name YOUR-TRAIL-BUCKET --is-multi-region-trail --enable-log-file-validation && aws cloudtrail start-logging --name account-trail',
      console: 'CloudTrail console > Trails > Create trail (multi-region is the default)',
    },
    references: {
      fsbp: ['CloudTrail.1'],
      cis: ['4.1'],
      docs: [
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
      ],
    },
  },
  (ctx) =>
    ctx.accounts().flatMap((account): RuleHit[] => {
      if (!ctx.listed(account, 'cloudtrail:trail', 'global')) return [];
      const trails = ctx.resources('cloudtrail:trail').filter((t) => t.account === account);
      // A covering trail, or one that may be (a failed read): nothing to report.
      if (trails.some((t) => mayCoverAccount(ctx, t))) return [];
      return [
        {
          target: ctx.accountTarget(account),
          message: `Account ${account} has no multi-region CloudTrail trail that is logging and records all management events: ${shortfall(trails)}.`,
          cliDoesNotApply: trails.length > 0,
          evidence: {
            trails: trails.map((t) => ({
              name: t.name ?? t.id,
              homeRegion: t.attributes.homeRegion,
              isMultiRegion: t.attributes.isMultiRegion,
              isLogging: t.attributes.isLogging,
              managementEvents: t.attributes.managementEvents,
              isOrganizationTrail: t.attributes.isOrganizationTrail,
            })),
          },
        },
      ];
    }),
);

export const guarddutyNotEnabled = defineRule(
  {
    id: 'guardduty.not-enabled',
    title: 'GuardDuty is not enabled in the region',
    severity: 'high',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['guardduty:detector'],
    description:
      "The region has no GuardDuty detector, or its detector is suspended. Judged only in regions where the account's detectors were listed.",
    risk: 'Compromised credentials, crypto-mining, reconnaissance and data exfiltration in the region raise no alert; attackers favour regions nobody watches.',
    remediation: {
      text: 'Enable GuardDuty in every region in use (in an AWS Organization, from the delegated administrator with auto-enable for members). A suspended detector is resumed with aws guardduty update-detector --detector-id <id> --enable.',
      cli: 'aws guardduty create-detector --region {region} --enable',
      console: 'GuardDuty console (in the region) > Get started > Enable GuardDuty',
    },
    references: {
      fsbp: ['GuardDuty.1'],
      docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
    },
  },
  (ctx) =>
    ctx.accounts().flatMap((account) =>
      ctx.regionsOf(account).flatMap((region): RuleHit[] => {
        if (!ctx.listed(account, 'guardduty:detector', region)) return [];
        const detectors = ctx
          .resources('guardduty:detector')
          .filter((d) => d.account === account && d.region === region);
        // A detector whose status could not be read may well be enabled.
        if (detectors.some((d) => !ctx.known(d, 'status') || d.attributes.status === 'ENABLED')) return [];
        return [
          {
            target: ctx.regionTarget(account, region),
            message:
              detectors.length === 0
                ? `GuardDuty is not enabled in ${region}: the region has no detector.`
                : `GuardDuty is suspended in ${region}: detector ${detectors.map((d) => `${d.id} is ${d.attributes.status ?? 'unknown'}`).join(', ')}.`,
            evidence: {
              detectors: detectors.map((d) => ({ id: d.id, status: d.attributes.status })),
            },
          },
        ];
      }),
    ),
);

/** Per-region settings records: they exist whatever the region holds. */
const SETTINGS_TYPES = new Set<ResourceType>([
  'ec2:region-settings',
  'guardduty:detector',
  'config:recorder',
]);

/** Account-wide types, recorded under `global`: nothing of theirs is in a region. */
const GLOBAL_TYPES = new Set<ResourceType>([
  'iam:account',
  'iam:user',
  'iam:role',
  'iam:group',
  'iam:policy',
  'budgets:budget',
  's3:account-settings',
]);

/** What can put a region in use: every type found in regions, beyond the settings records. */
const REGION_CONTENT_TYPES: readonly ResourceType[] = resourceSchemas
  .map(resourceTypeOf)
  .filter((type) => !SETTINGS_TYPES.has(type) && !GLOBAL_TYPES.has(type));

/** How many resources the account has in the region, beyond what every region has. */
function resourcesIn(ctx: RuleContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of REGION_CONTENT_TYPES) {
    for (const resource of ctx.resources(type)) {
      if (isRegionDefault(resource)) continue;
      const key = `${resource.account}|${resource.region}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export const configRecorderNotRecording = defineRule(
  {
    id: 'config.recorder-not-recording',
    title: 'AWS Config is not recording in the region',
    severity: 'medium',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['config:recorder'],
    consults: REGION_CONTENT_TYPES,
    description:
      "The region has no AWS Config recorder of the account's own that is recording every supported resource type (recorders that other AWS services create for themselves do not count). Low in a region with no resource beyond its defaults. Judged only where the recorders were listed. FSBP Config.1 also requires the service-linked role, which is not checked, so it is not cited.",
    risk: 'Without a configuration history, nobody can tell what a resource looked like before an incident or a change, and Security Hub controls that rely on Config cannot evaluate the region.',
    remediation: {
      text: 'Turn on AWS Config in the region, recording all supported resource types (global IAM types in one region only), with a delivery channel to an S3 bucket you control. In an AWS Organization, deploy it to every account and region with CloudFormation StackSets or Control Tower.',
      console: 'AWS Config console (in the region) > Get started > Record all resource types',
    },
    references: {
      cis: ['4.3'],
      docs: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
    },
  },
  (ctx) => {
    const inUse = resourcesIn(ctx);
    return ctx.accounts().flatMap((account) =>
      ctx.regionsOf(account).flatMap((region): RuleHit[] => {
        if (!ctx.listed(account, 'config:recorder', region)) return [];
        const recorders = ctx
          .resources('config:recorder')
          .filter((r) => r.account === account && r.region === region && !r.attributes.serviceLinked);
        // A recorder whose status is unknown may be recording: no claim.
        const recordsAll = (r: (typeof recorders)[number]) =>
          r.attributes.allSupported && (!ctx.known(r, 'recording') || r.attributes.recording !== false);
        if (recorders.some(recordsAll)) return [];
        const count = inUse.get(`${account}|${region}`) ?? 0;
        const detail =
          recorders.length === 0
            ? 'the region has no configuration recorder'
            : recorders
                .map((r) =>
                  r.attributes.recording === false
                    ? `recorder ${r.id} is stopped`
                    : `recorder ${r.id} records selected resource types only`,
                )
                .join('; ');
        return [
          {
            target: ctx.regionTarget(account, region),
            message: `AWS Config is not recording every resource type in ${region}: ${detail}. The region holds ${count} resource(s) beyond its defaults.`,
            evidence: {
              recorders: recorders.map((r) => ({
                name: r.id,
                recording: r.attributes.recording,
                allSupported: r.attributes.allSupported,
              })),
              resourcesInRegion: count,
            },
            ...(count === 0 ? { severity: 'low' as const } : {}),
          },
        ];
      }),
    );
  },
);

const corsRisk =
  "Any website can call the API from its visitors' browsers and read the answers. For an API that trusts the caller's network or cookies, or returns data meant for one site, that exposes it to every page on the internet.";
const credentialsNote =
  " It also allows credentials: browsers refuse credentialed requests to a wildcard origin, so this is broken today and often 'fixed' by reflecting any Origin, which is worse.";

export const restApiCorsAnyOrigin = defineRule(
  {
    id: 'apigateway.rest-api-cors-any-origin',
    title: 'API Gateway REST API allows CORS requests from any origin',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-api',
    reads: ['apigateway:rest-api'],
    description:
      "A method's integration response sets Access-Control-Allow-Origin to '*' (as the console's Enable CORS does), typically on the OPTIONS preflight. CORS headers set by a proxy integration's backend are not visible to the scan. Private APIs are reported as low.",
    risk: corsRisk,
    remediation: {
      text: "Set Access-Control-Allow-Origin to the origins that need the API (for several, return the caller's origin from the backend after checking it against a list), then redeploy the API.",
      console:
        'API Gateway console > APIs > the API > Resources > the resource > Enable CORS (Access-Control-Allow-Origin), then Deploy API',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:rest-api')
      .filter((api) => ctx.known(api, 'corsOrigins'))
      .flatMap((api): RuleHit[] => {
        const wildcard = api.attributes.corsOrigins.filter((o) => o.allowOrigin === '*');
        if (wildcard.length === 0) return [];
        const methods = wildcard.map((o) => `${o.httpMethod} ${o.path}`);
        const credentials = wildcard.some((o) => o.allowCredentials);
        const privateOnly =
          api.attributes.endpointTypes.length > 0 &&
          api.attributes.endpointTypes.every((t) => t === 'PRIVATE');
        return [
          {
            target: api,
            message: `REST API ${api.name ?? api.id} (${api.id}) answers CORS requests from any origin (Access-Control-Allow-Origin '*') on ${methods.join(', ')}.${credentials ? credentialsNote : ''}${privateOnly ? ' It is a private API, reachable only through VPC endpoints.' : ''}`,
            evidence: {
              methods,
              allowCredentials: credentials,
              endpointTypes: api.attributes.endpointTypes,
            },
            ...(privateOnly ? { severity: 'low' as const } : {}),
          },
        ];
      }),
);

export const httpApiCorsAnyOrigin = defineRule(
  {
    id: 'apigateway.http-api-cors-any-origin',
    title: 'API Gateway HTTP API allows CORS requests from any origin',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:http-api',
    reads: ['apigateway:http-api'],
    description: "The HTTP API's CORS configuration lists '*' among its allowed origins.",
    risk: corsRisk,
    remediation: {
      text: 'List the origins that need the API in the CORS configuration instead of *.',
      cli: 'aws apigatewayv2 update-api --region {region} --api-id {id} --cors-configuration AllowOrigins=https://app.example.com',
      console: 'API Gateway console > APIs > the API > CORS > Configure > Access-Control-Allow-Origin',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html'],
    },
  },
  (ctx) =>
    ctx.resources('apigateway:http-api').flatMap((api): RuleHit[] => {
      const cors = api.attributes.corsConfiguration;
      if (!cors?.allowOrigins.includes('*')) return [];
      return [
        {
          target: api,
          message: `HTTP API ${api.name ?? api.id} (${api.id}) allows CORS requests from any origin (AllowOrigins '*').${cors.allowCredentials ? credentialsNote : ''}`,
          evidence: {
            allowOrigins: cors.allowOrigins,
            allowMethods: cors.allowMethods,
            allowCredentials: cors.allowCredentials,
          },
        },
      ];
    }),
);

export const accountRules = [
  noMultiRegionTrail,
  guarddutyNotEnabled,
  configRecorderNotRecording,
  restApiCorsAnyOrigin,
  httpApiCorsAnyOrigin,
];
