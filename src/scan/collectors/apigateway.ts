import {
  APIGatewayClient,
  GetIntegrationCommand,
  GetStagesCommand,
  paginateGetDomainNames,
  paginateGetResources,
  paginateGetRestApis,
  type Integration,
  type Method,
  type Resource as ApiResource,
  type RestApi,
  type Stage as RestStage,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetIntegrationsCommand,
  GetRoutesCommand,
  GetStagesCommand as GetV2StagesCommand,
  type Api,
  type GetApisCommandOutput,
  type Integration as V2Integration,
  type Route,
  type Stage as V2Stage,
} from '@aws-sdk/client-apigatewayv2';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, sortedStrings, text } from '../normalize.js';

/** API Gateway authorizes its management API by HTTP verb on resource paths: reads are apigateway:GET. */
const permissions = {
  GetRestApis: 'apigateway:GET',
  GetResources: 'apigateway:GET',
  GetIntegration: 'apigateway:GET',
  GetStages: 'apigateway:GET',
  GetApis: 'apigateway:GET',
  GetRoutes: 'apigateway:GET',
  GetDomainNames: 'apigateway:GET',
  GetIntegrations: 'apigateway:GET',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type CorsOrigin = AttributesOf<'apigateway:rest-api'>['corsOrigins'][number];

/** GetRestApis' and GetResources' maximum page size. */
const PAGE = { pageSize: 500 };
const ORIGIN_HEADER = 'method.response.header.access-control-allow-origin';
const CREDENTIALS_HEADER = 'method.response.header.access-control-allow-credentials';

/** `'*'` -> `*`: static response parameter values are quoted; mapping expressions are not. */
function unquote(value: string): string {
  const match = /^'(.*)'$/s.exec(value.trim());
  return match ? (match[1] as string) : value.trim();
}

/** The Access-Control-Allow-Origin values one method's integration responses set. */
export function corsOriginsOf(
  path: string,
  httpMethod: string,
  integration: Integration | undefined,
): CorsOrigin[] {
  const found: CorsOrigin[] = [];
  for (const response of Object.values(integration?.integrationResponses ?? {})) {
    const parameters = Object.fromEntries(
      Object.entries(response.responseParameters ?? {}).map(([key, value]) => [key.toLowerCase(), value]),
    );
    const origin = parameters[ORIGIN_HEADER];
    if (!origin) continue;
    const credentials = parameters[CREDENTIALS_HEADER];
    found.push({
      path,
      httpMethod,
      allowOrigin: unquote(origin),
      allowCredentials: credentials !== undefined && unquote(credentials).toLowerCase() === 'true',
    });
  }
  return found;
}

function sortCorsOrigins(origins: readonly CorsOrigin[]): CorsOrigin[] {
  const unique = new Map(
    origins.map((o) => [JSON.stringify([o.path, o.httpMethod, o.allowOrigin, o.allowCredentials]), o]),
  );
  return [...unique.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, o]) => o);
}

interface ApiMethod {
  resourceId: string;
  path: string;
  httpMethod: string;
  method: Method;
}

/**
 * One REST API: its resources with their methods embedded (GetResources?embed=methods, one call per
 * 500 resources). The embedded methods carry their integration and its responses, where CORS
 * headers are set; for an OPTIONS method that comes without one, GetIntegration reads it, so
 * the calls stay bounded by the API's OPTIONS methods. (moto always embeds the integration, and
 * answers `{}` where AWS answers NotFoundException for a method without one; the unit tests cover AWS.)
 */
async function collectRestApi(ctx: Context, client: APIGatewayClient, api: RestApi): Promise<void> {
  const id = api.id;
  if (!id) return;
  const resources = await ctx.read(
    'GetResources',
    async () => {
      const all: ApiResource[] = [];
      for await (const page of paginateGetResources(
        { client, ...PAGE },
        { restApiId: id, embed: ['methods'] },
      )) {
        all.push(...(page.items ?? []));
      }
      return all;
    },
    { resourceId: id },
  );

  const unknown: UnknownAttribute<'apigateway:rest-api'>[] = [];
  const methods: ApiMethod[] = (resources ?? []).flatMap((resource) =>
    Object.entries(resource.resourceMethods ?? {}).map(([verb, method]) => ({
      resourceId: resource.id ?? '',
      path: resource.path ?? '/',
      httpMethod: method.httpMethod ?? verb,
      method,
    })),
  );
  if (resources === undefined) unknown.push('resourceCount', 'methodCount', 'corsOrigins');

  const integrations = new Map<ApiMethod, Integration>();
  const preflights = methods.filter(
    (m) => m.httpMethod === 'OPTIONS' && !m.method.methodIntegration && m.resourceId,
  );
  await ctx.each(preflights, async (m) => {
    const integration = await ctx.read(
      'GetIntegration',
      () =>
        client.send(
          new GetIntegrationCommand({ restApiId: id, resourceId: m.resourceId, httpMethod: 'OPTIONS' }),
        ),
      // A method without an integration answers NotFoundException.
      { absentWhen: ['NotFoundException'], resourceId: `${id} OPTIONS ${m.path}` },
    );
    if (integration === undefined) unknown.push('corsOrigins');
    else if (integration) integrations.set(m, integration);
  });

  ctx.emit(
    makeResource(
      'apigateway:rest-api',
      {
        arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/restapis/${id}`,
        id,
        name: text(api.name),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: { ...(api.tags ?? {}) },
        createdAt: isoDate(api.createdDate),
      },
      {
        description: text(api.description),
        endpointTypes: sortedStrings(api.endpointConfiguration?.types ?? []),
        apiKeySource: text(api.apiKeySource),
        disableExecuteApiEndpoint: api.disableExecuteApiEndpoint ?? false,
        resourceCount: resources?.length ?? 0,
        methodCount: methods.length,
        corsOrigins: sortCorsOrigins(
          methods.flatMap((m) =>
            corsOriginsOf(m.path, m.httpMethod, integrations.get(m) ?? m.method.methodIntegration),
          ),
        ),
      },
      unknown,
    ),
  );
}

/** `{ '*\/*': {...}, '/items/GET': {...} }` -> entries sorted by path. */
function methodSettingsOf(stage: RestStage): AttributesOf<'apigateway:rest-stage'>['methodSettings'] {
  return Object.entries(stage.methodSettings ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, setting]) => ({
      path,
      loggingLevel: text(setting.loggingLevel),
      cachingEnabled: setting.cachingEnabled ?? false,
      cacheDataEncrypted: setting.cacheDataEncrypted ?? false,
    }));
}

/**
 * One REST API's stages: one GetStages (not paginated). A failure leaves the region's stage listing
 * incomplete (`failed`): no stage of an API that could not be read is taken for one without logging.
 */
async function collectRestStages(ctx: Context, client: APIGatewayClient, api: RestApi): Promise<void> {
  const id = api.id;
  if (!id) return;
  const stages = await ctx.list(
    'GetStages',
    'apigateway:rest-stage',
    () => client.send(new GetStagesCommand({ restApiId: id })),
    (answer) => answer.item,
  );
  for (const stage of stages) {
    if (!stage.stageName) continue;
    ctx.emit(
      makeResource(
        'apigateway:rest-stage',
        {
          arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/restapis/${id}/stages/${stage.stageName}`,
          id: `${id}/${stage.stageName}`,
          name: stage.stageName,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: { ...(stage.tags ?? {}) },
          createdAt: isoDate(stage.createdDate),
        },
        {
          apiId: id,
          apiName: text(api.name),
          methodSettings: methodSettingsOf(stage),
          clientCertificateId: text(stage.clientCertificateId),
          tracingEnabled: stage.tracingEnabled ?? false,
          webAclArn: text(stage.webAclArn),
          cacheClusterEnabled: stage.cacheClusterEnabled ?? false,
          accessLogDestination: text(stage.accessLogSettings?.destinationArn),
        },
      ),
    );
  }
}

async function collectRestApis(ctx: Context): Promise<void> {
  const client = ctx.client(APIGatewayClient);
  const apis = await ctx.list(
    'GetRestApis',
    ['apigateway:rest-api', 'apigateway:rest-stage'],
    paginateGetRestApis({ client, ...PAGE }, {}),
    (page) => page.items,
  );
  await Promise.all([
    ctx.step(['apigateway:rest-api'], () => ctx.each(apis, (api) => collectRestApi(ctx, client, api))),
    ctx.step(['apigateway:rest-stage'], () => ctx.each(apis, (api) => collectRestStages(ctx, client, api))),
  ]);
}

/** v2 listings take MaxResults and NextToken (as strings), and the v2 client has no paginators. */
async function* v2Pages<Page extends { NextToken?: string | undefined }>(
  call: (token: string | undefined) => Promise<Page>,
): AsyncGenerator<Page> {
  let token: string | undefined;
  do {
    const page = await call(token);
    yield page;
    token = page.NextToken;
  } while (token);
}

function emitHttpApi(ctx: Context, api: Api & { ApiId: string }): void {
  const cors = api.CorsConfiguration;
  ctx.emit(
    makeResource(
      'apigateway:http-api',
      {
        arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${api.ApiId}`,
        id: api.ApiId,
        name: text(api.Name),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: { ...(api.Tags ?? {}) },
        createdAt: isoDate(api.CreatedDate),
      },
      {
        protocolType: api.ProtocolType ?? 'unknown',
        description: text(api.Description),
        apiEndpoint: text(api.ApiEndpoint),
        disableExecuteApiEndpoint: api.DisableExecuteApiEndpoint ?? false,
        corsConfiguration: cors
          ? {
              allowOrigins: sortedStrings(cors.AllowOrigins ?? []),
              allowMethods: sortedStrings(cors.AllowMethods ?? []),
              allowHeaders: sortedStrings(cors.AllowHeaders ?? []),
              allowCredentials: cors.AllowCredentials ?? false,
            }
          : null,
      },
    ),
  );
}

/** One v2 API's stages (GetStages, paginated); a failure leaves the region's listing `failed`. */
async function collectV2Stages(
  ctx: Context,
  client: ApiGatewayV2Client,
  api: Api & { ApiId: string },
): Promise<void> {
  const ApiId = api.ApiId;
  const stages: V2Stage[] = await ctx.list(
    'GetStages',
    'apigateway:v2-stage',
    v2Pages((NextToken) => client.send(new GetV2StagesCommand({ ApiId, MaxResults: '500', NextToken }))),
    (page) => page.Items,
  );
  for (const stage of stages) {
    if (!stage.StageName) continue;
    ctx.emit(
      makeResource(
        'apigateway:v2-stage',
        {
          arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${ApiId}/stages/${stage.StageName}`,
          id: `${ApiId}/${stage.StageName}`,
          name: stage.StageName,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: { ...(stage.Tags ?? {}) },
          createdAt: isoDate(stage.CreatedDate),
        },
        {
          apiId: ApiId,
          apiName: text(api.Name),
          protocolType: api.ProtocolType ?? 'unknown',
          defaultLoggingLevel: text(stage.DefaultRouteSettings?.LoggingLevel),
          routeLoggingLevels: Object.entries(stage.RouteSettings ?? {})
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([routeKey, settings]) => ({ routeKey, loggingLevel: text(settings.LoggingLevel) })),
          accessLogDestination: text(stage.AccessLogSettings?.DestinationArn),
          autoDeploy: stage.AutoDeploy ?? false,
        },
      ),
    );
  }
}

/** One v2 API's routes (GetRoutes, paginated); a failure leaves the region's listing `failed`. */
async function collectV2Routes(
  ctx: Context,
  client: ApiGatewayV2Client,
  api: Api & { ApiId: string },
): Promise<void> {
  const ApiId = api.ApiId;
  const routes: Route[] = await ctx.list(
    'GetRoutes',
    'apigateway:v2-route',
    v2Pages((NextToken) => client.send(new GetRoutesCommand({ ApiId, MaxResults: '500', NextToken }))),
    (page) => page.Items,
  );
  for (const route of routes) {
    if (!route.RouteId || !route.RouteKey) continue;
    ctx.emit(
      makeResource(
        'apigateway:v2-route',
        {
          arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${ApiId}/routes/${route.RouteId}`,
          id: `${ApiId}/${route.RouteId}`,
          name: route.RouteKey,
          account: ctx.account,
          region: ctx.scopeRegion,
        },
        {
          apiId: ApiId,
          apiName: text(api.Name),
          protocolType: api.ProtocolType ?? 'unknown',
          routeKey: route.RouteKey,
          authorizationType: route.AuthorizationType ?? 'NONE',
          apiKeyRequired: route.ApiKeyRequired ?? false,
        },
      ),
    );
  }
}

/**
 * One HTTP API's integrations (GetIntegrations, paginated), of which those over a VPC link are
 * recorded; a failure leaves the region's listing `failed`.
 */
async function collectPrivateIntegrations(
  ctx: Context,
  client: ApiGatewayV2Client,
  api: Api & { ApiId: string },
): Promise<void> {
  const ApiId = api.ApiId;
  const integrations: V2Integration[] = await ctx.list(
    'GetIntegrations',
    'apigateway:private-integration',
    v2Pages((NextToken) => client.send(new GetIntegrationsCommand({ ApiId, MaxResults: '500', NextToken }))),
    (page) => page.Items,
  );
  for (const integration of integrations) {
    if (!integration.IntegrationId || integration.ConnectionType !== 'VPC_LINK') continue;
    ctx.emit(
      makeResource(
        'apigateway:private-integration',
        {
          arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${ApiId}/integrations/${integration.IntegrationId}`,
          id: `${ApiId}/${integration.IntegrationId}`,
          name: text(integration.Description),
          account: ctx.account,
          region: ctx.scopeRegion,
        },
        {
          apiId: ApiId,
          apiName: text(api.Name),
          integrationUri: text(integration.IntegrationUri),
          tlsConfigured: integration.TlsConfig !== undefined && integration.TlsConfig !== null,
          serverNameToVerify: text(integration.TlsConfig?.ServerNameToVerify),
        },
      ),
    );
  }
}

/**
 * HTTP and WebSocket APIs (v2): one GetApis answer per page holds everything recorded of an API;
 * its stages and routes cost one GetStages and one GetRoutes per API (more for over 500 of either).
 */
async function collectHttpApis(ctx: Context): Promise<void> {
  const client = ctx.client(ApiGatewayV2Client);
  const listed = await ctx.list(
    'GetApis',
    ['apigateway:http-api', 'apigateway:v2-stage', 'apigateway:v2-route', 'apigateway:private-integration'],
    v2Pages((NextToken) => client.send(new GetApisCommand({ MaxResults: '500', NextToken }))),
    (page: GetApisCommandOutput) => page.Items,
  );
  const apis = listed.filter((api): api is Api & { ApiId: string } => Boolean(api.ApiId));
  for (const api of apis) emitHttpApi(ctx, api);
  await Promise.all([
    ctx.step(['apigateway:v2-stage'], () => ctx.each(apis, (api) => collectV2Stages(ctx, client, api))),
    ctx.step(['apigateway:v2-route'], () => ctx.each(apis, (api) => collectV2Routes(ctx, client, api))),
    // Private integrations with a TLS setting exist for HTTP APIs only: one call per HTTP API.
    ctx.step(['apigateway:private-integration'], () =>
      ctx.each(
        apis.filter((api) => api.ProtocolType === 'HTTP'),
        (api) => collectPrivateIntegrations(ctx, client, api),
      ),
    ),
  ]);
}

/** Custom domain names (REST and HTTP APIs share them): one GetDomainNames per region (500 a page). */
async function collectDomainNames(ctx: Context): Promise<void> {
  const client = ctx.client(APIGatewayClient);
  const domains = await ctx.list(
    'GetDomainNames',
    'apigateway:domain-name',
    paginateGetDomainNames({ client, ...PAGE }, {}),
    (page) => page.items,
  );
  for (const domain of domains) {
    if (!domain.domainName) continue;
    ctx.emit(
      makeResource(
        'apigateway:domain-name',
        {
          arn:
            text(domain.domainNameArn) ??
            `arn:${ctx.partition}:apigateway:${ctx.region}::/domainnames/${domain.domainName}`,
          id: domain.domainName,
          name: domain.domainName,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: { ...(domain.tags ?? {}) },
        },
        {
          securityPolicy: text(domain.securityPolicy),
          endpointTypes: sortedStrings(domain.endpointConfiguration?.types ?? []),
          status: text(domain.domainNameStatus),
        },
      ),
    );
  }
}

/** REST APIs (v1) and HTTP/WebSocket APIs (v2), side by side, in every region. */
export const apigatewayCollector: Collector<Operation> = {
  service: 'apigateway',
  scope: 'regional',
  permissions,
  resourceTypes: [
    'apigateway:rest-api',
    'apigateway:rest-stage',
    'apigateway:http-api',
    'apigateway:v2-stage',
    'apigateway:v2-route',
    'apigateway:domain-name',
    'apigateway:private-integration',
  ],
  async collect(ctx) {
    await Promise.all([
      ctx.step(['apigateway:rest-api', 'apigateway:rest-stage'], () => collectRestApis(ctx)),
      ctx.step(
        [
          'apigateway:http-api',
          'apigateway:v2-stage',
          'apigateway:v2-route',
          'apigateway:private-integration',
        ],
        () => collectHttpApis(ctx),
      ),
      ctx.step(['apigateway:domain-name'], () => collectDomainNames(ctx)),
    ]);
  },
};
