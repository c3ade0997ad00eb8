/** API Gateway: FSBP settings of REST stages (v1), HTTP/WebSocket stages and routes (v2). */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

type RestStage = ResourceOfType<'apigateway:rest-stage'>;
type V2Stage = ResourceOfType<'apigateway:v2-stage'>;

/** The levels at which APIGateway.1 (api-gw-execution-logging-enabled) counts logging as on. */
const LOGGING_ON = new Set(['ERROR', 'INFO']);
const loggingOn = (level: string | null) => level !== null && LOGGING_ON.has(level);

const restLabel = (stage: RestStage) =>
  `Stage ${stage.name ?? stage.id} of REST API ${stage.attributes.apiName ?? stage.attributes.apiId} (${stage.attributes.apiId})`;
const v2Label = (stage: V2Stage) =>
  `Stage ${stage.name ?? stage.id} of ${stage.attributes.protocolType === 'WEBSOCKET' ? 'WebSocket' : 'HTTP'} API ${stage.attributes.apiName ?? stage.attributes.apiId} (${stage.attributes.apiId})`;

const STAGE_WILDCARD = '*/*';
const executionLogsRisk =
  'Without execution logs, errors in integrations and authorizers, throttling and the request ids needed to trace a call are not recorded: an incident on the API cannot be investigated afterwards.';

export const restStageExecutionLoggingOff = defineRule(
  {
    id: 'apigateway.rest-stage-execution-logging-off',
    title: 'API Gateway REST stage does not log execution to CloudWatch',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description:
      "A REST API stage's execution logging level (its `*/*` method setting) is neither ERROR nor INFO, or a method override turns it off. Stages of an API whose stages could not be read are not judged.",
    risk: executionLogsRisk,
    remediation: {
      text: 'Set the stage logging level to ERROR (or INFO) for all methods, after giving API Gateway a CloudWatch Logs role in the account settings. Avoid full request and response data logging on APIs that carry secrets or personal data.',
      cli: "aws apigateway update-stage --region {region} --rest-api-id {apiId} --stage-name {name} --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=ERROR'",
      console:
        'API Gateway console > APIs > the API > Stages > the stage > Logs and tracing > Edit > CloudWatch logs',
    },
    references: {
      fsbp: ['APIGateway.1'],
      docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    },
  },
  (ctx) =>
    ctx.resources('apigateway:rest-stage').flatMap((stage): RuleHit[] => {
      const settings = stage.attributes.methodSettings;
      const stageLevel = settings.find((s) => s.path === STAGE_WILDCARD)?.loggingLevel ?? null;
      const offMethods = settings
        .filter((s) => s.path !== STAGE_WILDCARD && s.loggingLevel !== null && !loggingOn(s.loggingLevel))
        .map((s) => s.path);
      if (loggingOn(stageLevel) && offMethods.length === 0) return [];
      const detail = !loggingOn(stageLevel)
        ? `its logging level is ${stageLevel ?? 'not set (OFF)'}`
        : `method overrides turn it off for ${offMethods.join(', ')}`;
      return [
        {
          target: stage,
          message: `${restLabel(stage)} does not log execution to CloudWatch Logs: ${detail}.`,
          evidence: { loggingLevel: stageLevel, methodsWithLoggingOff: offMethods },
          templateValues: { apiId: stage.attributes.apiId },
        },
      ];
    }),
);

export const websocketStageExecutionLoggingOff = defineRule(
  {
    id: 'apigateway.websocket-stage-execution-logging-off',
    title: 'API Gateway WebSocket stage does not log execution to CloudWatch',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:v2-stage',
    reads: ['apigateway:v2-stage'],
    description:
      "A WebSocket API stage's default route logging level is neither ERROR nor INFO, or a route override turns it off. HTTP APIs have no execution logs (only access logs, see apigateway.v2-stage-access-logging-off).",
    risk: executionLogsRisk,
    remediation: {
      text: 'Set the stage default route logging level to ERROR (or INFO), after giving API Gateway a CloudWatch Logs role in the account settings.',
      cli: 'aws apigatewayv2 update-stage --region {region} --api-id {apiId} --stage-name {name} --default-route-settings LoggingLevel=ERROR',
      console: 'API Gateway console > APIs > the API > Stages > the stage > Logging > Edit > CloudWatch logs',
    },
    references: {
      fsbp: ['APIGateway.1'],
      docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-logging.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:v2-stage')
      .filter((stage) => stage.attributes.protocolType === 'WEBSOCKET')
      .flatMap((stage): RuleHit[] => {
        const level = stage.attributes.defaultLoggingLevel;
        const offRoutes = stage.attributes.routeLoggingLevels
          .filter((r) => r.loggingLevel !== null && !loggingOn(r.loggingLevel))
          .map((r) => r.routeKey);
        if (loggingOn(level) && offRoutes.length === 0) return [];
        const detail = !loggingOn(level)
          ? `its default logging level is ${level ?? 'not set (OFF)'}`
          : `route overrides turn it off for ${offRoutes.join(', ')}`;
        return [
          {
            target: stage,
            message: `${v2Label(stage)} does not log execution to CloudWatch Logs: ${detail}.`,
            evidence: { defaultLoggingLevel: level, routesWithLoggingOff: offRoutes },
            templateValues: { apiId: stage.attributes.apiId },
          },
        ];
      }),
);

export const restStageNoClientCertificate = defineRule(
  {
    id: 'apigateway.rest-stage-no-client-certificate',
    title: 'API Gateway REST stage has no client certificate for backend authentication',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description:
      'A REST API stage has no client certificate, so its HTTP backends cannot verify that a request comes from API Gateway. Lambda and AWS service integrations are authorized by IAM instead; the finding matters for HTTP integrations.',
    risk: 'A backend reachable from the internet cannot tell API Gateway from anyone else calling it directly, bypassing the API’s authorizers, throttling and WAF.',
    remediation: {
      text: "Generate a client certificate in API Gateway, set it on the stage, and make the HTTP backend accept only requests presenting it (mutual TLS or checking the certificate's signature).",
      console:
        'API Gateway console > APIs > the API > Stages > the stage > Stage details > Edit > Client certificate',
    },
    references: {
      fsbp: ['APIGateway.2'],
      docs: [
        'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:rest-stage')
      .filter((stage) => stage.attributes.clientCertificateId === null)
      .map((stage): RuleHit => ({
        target: stage,
        message: `${restLabel(stage)} has no client certificate: HTTP backends cannot authenticate API Gateway.`,
        evidence: { clientCertificateId: null },
      })),
);

export const restStageXrayOff = defineRule(
  {
    id: 'apigateway.rest-stage-xray-off',
    title: 'API Gateway REST stage does not trace requests with X-Ray',
    severity: 'low',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description: 'A REST API stage has AWS X-Ray active tracing off.',
    risk: 'Slow or failing calls cannot be followed from API Gateway into the services behind it, which slows the diagnosis of outages and of abuse.',
    remediation: {
      text: 'Turn on X-Ray tracing on the stage (sampling keeps the cost bounded).',
      cli: 'aws apigateway update-stage --region {region} --rest-api-id {apiId} --stage-name {name} --patch-operations op=replace,path=/tracingEnabled,value=true',
      console:
        'API Gateway console > APIs > the API > Stages > the stage > Logs and tracing > Edit > X-Ray tracing',
    },
    references: {
      fsbp: ['APIGateway.3'],
      docs: ['https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:rest-stage')
      .filter((stage) => !stage.attributes.tracingEnabled)
      .map((stage): RuleHit => ({
        target: stage,
        message: `${restLabel(stage)} does not trace requests with AWS X-Ray.`,
        evidence: { tracingEnabled: false },
        templateValues: { apiId: stage.attributes.apiId },
      })),
);

export const restStageNoWaf = defineRule(
  {
    id: 'apigateway.rest-stage-no-waf',
    title: 'API Gateway REST stage is not protected by an AWS WAF web ACL',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description: 'A REST API stage has no AWS WAF web ACL associated (its webAclArn is empty).',
    risk: 'Requests reach the API and its backends unfiltered: injection attempts, known bad IPs and request floods are not blocked or rate-limited before they cost money or do harm.',
    remediation: {
      text: 'Associate a regional AWS WAF web ACL with the stage, starting with the AWS managed core rule set and a rate-based rule.',
      cli: 'aws wafv2 associate-web-acl --region {region} --web-acl-arn YOUR-WEB-ACL-ARN --resource-arn {arn}',
      console:
        'AWS WAF console > Web ACLs > the web ACL > Associated AWS resources > Add > API Gateway REST API stage',
    },
    references: {
      fsbp: ['APIGateway.4'],
      docs: [
        'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:rest-stage')
      .filter((stage) => stage.attributes.webAclArn === null)
      .map((stage): RuleHit => ({
        target: stage,
        message: `${restLabel(stage)} is not associated with an AWS WAF web ACL.`,
        evidence: { webAclArn: null },
      })),
);

export const restStageCacheUnencrypted = defineRule(
  {
    id: 'apigateway.rest-stage-cache-unencrypted',
    title: 'API Gateway REST stage caches responses unencrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description:
      "A REST API stage's method settings turn caching on for the stage or for a method without encrypting the cached data. Methods that do not cache are not judged.",
    risk: 'Cached responses (which may carry personal data or tokens) are kept on disk in clear text.',
    remediation: {
      text: 'Turn on cache data encryption for every method that caches. Changing it flushes those methods’ cache entries.',
      cli: "aws apigateway update-stage --region {region} --rest-api-id {apiId} --stage-name {name} --patch-operations 'op=replace,path=/*/*/caching/dataEncrypted,value=true'",
      console:
        'API Gateway console > APIs > the API > Stages > the stage > Stage details > Edit > Cache settings > Encrypt cache data',
    },
    references: {
      fsbp: ['APIGateway.5'],
      docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
    },
  },
  (ctx) =>
    ctx.resources('apigateway:rest-stage').flatMap((stage): RuleHit[] => {
      const unencrypted = stage.attributes.methodSettings
        .filter((s) => s.cachingEnabled && !s.cacheDataEncrypted)
        .map((s) => s.path);
      if (unencrypted.length === 0) return [];
      return [
        {
          target: stage,
          message: `${restLabel(stage)} caches responses without encryption (method settings ${unencrypted.join(', ')}).`,
          evidence: { unencryptedCaching: unencrypted },
          templateValues: { apiId: stage.attributes.apiId },
        },
      ];
    }),
);

export const v2StageAccessLoggingOff = defineRule(
  {
    id: 'apigateway.v2-stage-access-logging-off',
    title: 'API Gateway HTTP or WebSocket stage has no access logging',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:v2-stage',
    reads: ['apigateway:v2-stage'],
    description: 'An HTTP or WebSocket API stage has no access log settings (no log destination).',
    risk: 'Nobody can tell afterwards who called the API, from where, and with what result: security reviews, abuse investigations and forensics have nothing to work from.',
    remediation: {
      text: 'Send the stage’s access logs to a CloudWatch Logs group (or Firehose) with a format that records the caller, the route and the status.',
      cli: "aws apigatewayv2 update-stage --region {region} --api-id {apiId} --stage-name {name} --access-log-settings DestinationArn=YOUR-LOG-GROUP-ARN,Format='$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
      console: 'API Gateway console > APIs > the API > Monitor > Logging > the stage > Edit > Access logging',
    },
    references: {
      fsbp: ['APIGateway.9'],
      docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:v2-stage')
      .filter((stage) => stage.attributes.accessLogDestination === null)
      .map((stage): RuleHit => ({
        target: stage,
        message: `${v2Label(stage)} has no access logging.`,
        evidence: { accessLogSettings: null },
        templateValues: { apiId: stage.attributes.apiId },
      })),
);

export const routeNoAuthorization = defineRule(
  {
    id: 'apigateway.route-no-authorization',
    title: 'API Gateway HTTP or WebSocket route has no authorization',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:v2-route',
    reads: ['apigateway:v2-route'],
    description:
      "An HTTP API route, or a WebSocket API's $connect route, has authorization type NONE: API Gateway lets any caller through to the integration. HTTP OPTIONS routes (CORS preflight, which browsers send without credentials) and WebSocket routes other than $connect (which cannot have an authorizer) are not judged. Authentication done by the backend itself is invisible to the scan.",
    risk: 'Anyone on the internet can call the route; unless the backend checks identity itself, its data and actions are open to all.',
    remediation: {
      text: 'Attach a JWT, Lambda (CUSTOM) or IAM authorizer to the route, or document why it is public (a login or webhook route checks the caller itself).',
      cli: 'aws apigatewayv2 update-route --region {region} --api-id {apiId} --route-id {routeId} --authorization-type JWT --authorizer-id YOUR-AUTHORIZER-ID',
      console: 'API Gateway console > APIs > the API > Authorization > the route > Attach authorizer',
    },
    references: {
      fsbp: ['APIGateway.8'],
      docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html'],
    },
    deviations: {
      'FSBP APIGateway.8':
        'Looser: HTTP OPTIONS routes (CORS preflight must answer without credentials) and WebSocket routes other than $connect (API Gateway allows an authorizer on $connect only) are not judged; AWS Config fails every route with authorization type NONE.',
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:v2-route')
      .filter((route) => route.attributes.authorizationType === 'NONE')
      .filter((route) =>
        route.attributes.protocolType === 'WEBSOCKET'
          ? route.attributes.routeKey === '$connect'
          : !route.attributes.routeKey.startsWith('OPTIONS '),
      )
      .map((route): RuleHit => {
        const api = route.attributes.apiName ?? route.attributes.apiId;
        const kind = route.attributes.protocolType === 'WEBSOCKET' ? 'WebSocket' : 'HTTP';
        return {
          target: route,
          message: `Route ${route.attributes.routeKey} of ${kind} API ${api} (${route.attributes.apiId}) has no authorization: any caller reaches its integration.`,
          evidence: {
            routeKey: route.attributes.routeKey,
            authorizationType: 'NONE',
            apiKeyRequired: route.attributes.apiKeyRequired,
          },
          templateValues: {
            apiId: route.attributes.apiId,
            routeId: route.id.slice(route.attributes.apiId.length + 1),
          },
        };
      }),
);

/** APIGateway.11's allowedSecurityPolicies (not customizable in Security Hub). */
const RECOMMENDED_TLS_POLICIES = new Set([
  'SecurityPolicy_TLS13_1_3_2025_09',
  'SecurityPolicy_TLS13_1_3_FIPS_2025_09',
  'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
  'SecurityPolicy_TLS13_2025_EDGE',
  'SecurityPolicy_TLS12_PFS_2025_EDGE',
]);

export const domainNameTlsPolicyNotRecommended = defineRule(
  {
    id: 'apigateway.domain-name-tls-policy-not-recommended',
    title: 'API Gateway custom domain name does not use a recommended TLS security policy',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:domain-name',
    reads: ['apigateway:domain-name'],
    description:
      'A public (edge-optimized or regional) custom domain name uses a security policy outside the ones FSBP APIGateway.11 recommends (the 2025 TLS 1.3 and TLS 1.2 PFS policies). Medium for TLS_1_0, low for TLS_1_2. Private custom domain names, and domains whose policy is not in the answer, are not judged.',
    risk: 'Clients can connect with older TLS versions or cipher suites without forward secrecy; TLS 1.0 has known weaknesses and is refused by compliance regimes such as PCI DSS.',
    remediation: {
      text: 'Move the domain to a recommended security policy (for example SecurityPolicy_TLS13_1_3_2025_09 for regional, SecurityPolicy_TLS13_2025_EDGE for edge-optimized domains) after checking that its clients support TLS 1.2 or later.',
      cli: 'aws apigateway update-domain-name --region {region} --domain-name {id} --patch-operations op=replace,path=/securityPolicy,value=SecurityPolicy_TLS13_1_3_2025_09',
      console:
        'API Gateway console > Custom domain names > the domain > Configurations > Edit > Security policy',
    },
    references: {
      fsbp: ['APIGateway.11'],
      docs: [
        'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies.html',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:domain-name')
      .filter((domain) => !domain.attributes.endpointTypes.includes('PRIVATE'))
      .flatMap((domain): RuleHit[] => {
        const policy = domain.attributes.securityPolicy;
        if (policy === null || RECOMMENDED_TLS_POLICIES.has(policy)) return [];
        return [
          {
            target: domain,
            message: `Custom domain name ${domain.id} uses security policy ${policy}, not one of the recommended TLS 1.3 or TLS 1.2 PFS policies.`,
            evidence: { securityPolicy: policy, endpointTypes: domain.attributes.endpointTypes },
            ...(policy === 'TLS_1_0' ? {} : { severity: 'low' as const }),
          },
        ];
      }),
);

export const privateIntegrationWithoutTls = defineRule(
  {
    id: 'apigateway.private-integration-without-tls',
    title: 'API Gateway HTTP API private integration does not use HTTPS',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:private-integration',
    reads: ['apigateway:private-integration'],
    description:
      'An HTTP API integration over a VPC link has no TLS configuration, so API Gateway talks plain HTTP to the private load balancer or service behind it.',
    risk: 'Requests and answers, with whatever credentials and personal data they carry, cross the VPC unencrypted: anyone able to watch that network path, or to impersonate the backend, reads or alters them.',
    remediation: {
      text: 'Serve HTTPS on the private backend (an ALB or NLB TLS listener with a certificate), then give the integration a TLS configuration naming the host to verify, and point its URI at the TLS listener.',
      cli: 'aws apigatewayv2 update-integration --region {region} --api-id {apiId} --integration-id {integrationId} --tls-config ServerNameToVerify=BACKEND-HOST-NAME',
      console:
        'API Gateway console > APIs > the API > Integrations > the integration > Edit > Advanced settings > Secure server name',
    },
    references: {
      fsbp: ['APIGateway.10'],
      docs: [
        'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('apigateway:private-integration')
      .filter((integration) => !integration.attributes.tlsConfigured)
      .map((integration): RuleHit => {
        const { apiId, apiName, integrationUri } = integration.attributes;
        return {
          target: integration,
          message: `Private integration ${integration.id.slice(apiId.length + 1)} of HTTP API ${apiName ?? apiId} (${apiId}) has no TLS configuration: traffic to ${integrationUri ?? 'its backend'} is plain HTTP.`,
          evidence: { integrationUri, tlsConfig: null },
          templateValues: { apiId, integrationId: integration.id.slice(apiId.length + 1) },
        };
      }),
);
