import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

/**
 * An Access-Control-Allow-Origin value a REST API method sets through an integration response
 * (`method.response.header.Access-Control-Allow-Origin`). Static values lose their quotes
 * (`'*'` -> `*`); mapping expressions (`integration.response.header.Origin`) are kept as written.
 * Proxy integrations set CORS headers in the backend, out of the scan's sight.
 */
export const RestCorsOrigin = Type.Object({
  path: Type.String(),
  httpMethod: Type.String(),
  allowOrigin: Type.String(),
  /** The same response sets Access-Control-Allow-Credentials to 'true'. */
  allowCredentials: Type.Boolean(),
});

/** An API Gateway REST API (v1). */
export const ApiGatewayRestApi = resourceSchema('apigateway:rest-api', {
  description: Nullable(Type.String()),
  /** EDGE, REGIONAL and/or PRIVATE. */
  endpointTypes: StringList,
  apiKeySource: Nullable(Type.String()),
  disableExecuteApiEndpoint: Type.Boolean(),
  resourceCount: Type.Number(),
  methodCount: Type.Number(),
  corsOrigins: Type.Array(RestCorsOrigin),
});

/** An API Gateway v2 API: HTTP, or WebSocket (which has no CORS configuration). */
export const ApiGatewayHttpApi = resourceSchema('apigateway:http-api', {
  protocolType: Type.String(),
  description: Nullable(Type.String()),
  apiEndpoint: Nullable(Type.String()),
  disableExecuteApiEndpoint: Type.Boolean(),
  /** null: no CORS configuration (API Gateway adds no CORS headers). */
  corsConfiguration: Nullable(
    Type.Object({
      allowOrigins: StringList,
      allowMethods: StringList,
      allowHeaders: StringList,
      allowCredentials: Type.Boolean(),
    }),
  ),
});

/** One entry of a REST stage's method settings (GetStages' `methodSettings`). */
export const RestMethodSetting = Type.Object({
  /** `*\/*` for the whole stage, or `resourcePath/HTTP_METHOD` for one method's override. */
  path: Type.String(),
  /** OFF, ERROR or INFO; null when the entry does not say. */
  loggingLevel: Nullable(Type.String()),
  cachingEnabled: Type.Boolean(),
  cacheDataEncrypted: Type.Boolean(),
});

/** A stage of a REST API (v1), from one GetStages per API. */
export const ApiGatewayRestStage = resourceSchema('apigateway:rest-stage', {
  apiId: Type.String(),
  apiName: Nullable(Type.String()),
  /** The stage's execution logging, caching and throttling settings: `*\/*` and per-method overrides. */
  methodSettings: Type.Array(RestMethodSetting),
  /** The client certificate API Gateway presents to HTTP backends; null when none. */
  clientCertificateId: Nullable(Type.String()),
  tracingEnabled: Type.Boolean(),
  /** The AWS WAF web ACL associated with the stage; null when none. */
  webAclArn: Nullable(Type.String()),
  cacheClusterEnabled: Type.Boolean(),
  accessLogDestination: Nullable(Type.String()),
});

/** A stage of an HTTP or WebSocket API (v2), from one GetStages per API. */
export const ApiGatewayV2Stage = resourceSchema('apigateway:v2-stage', {
  apiId: Type.String(),
  apiName: Nullable(Type.String()),
  /** HTTP or WEBSOCKET: the API's. */
  protocolType: Type.String(),
  /** The stage's default execution logging level (WebSocket only): OFF, ERROR, INFO; null when not set. */
  defaultLoggingLevel: Nullable(Type.String()),
  /** Per-route overrides of the execution logging level (WebSocket only). */
  routeLoggingLevels: Type.Array(
    Type.Object({ routeKey: Type.String(), loggingLevel: Nullable(Type.String()) }),
  ),
  /** Where access logs go; null when the stage has no access log settings. */
  accessLogDestination: Nullable(Type.String()),
  autoDeploy: Type.Boolean(),
});

/** A route of an HTTP or WebSocket API (v2), from GetRoutes per API. */
export const ApiGatewayV2Route = resourceSchema('apigateway:v2-route', {
  apiId: Type.String(),
  apiName: Nullable(Type.String()),
  /** HTTP or WEBSOCKET: the API's. */
  protocolType: Type.String(),
  /** `GET /items`, `$default`, `$connect`... */
  routeKey: Type.String(),
  /** NONE, AWS_IAM, CUSTOM or JWT (NONE when AWS omits it). */
  authorizationType: Type.String(),
  apiKeyRequired: Type.Boolean(),
});

/**
 * An HTTP API integration over a private connection (ConnectionType VPC_LINK), from GetIntegrations
 * per HTTP API; integrations to public endpoints, Lambda or AWS services are not recorded.
 */
export const ApiGatewayPrivateIntegration = resourceSchema('apigateway:private-integration', {
  apiId: Type.String(),
  apiName: Nullable(Type.String()),
  /** The ALB/NLB listener or Cloud Map service the VPC link reaches. */
  integrationUri: Nullable(Type.String()),
  /** The integration has a TLS configuration: API Gateway speaks HTTPS to the backend. */
  tlsConfigured: Type.Boolean(),
  /** The host name it verifies the backend's certificate against; null when not set. */
  serverNameToVerify: Nullable(Type.String()),
});

/** An API Gateway custom domain name (shared by REST and HTTP APIs), from GetDomainNames per region. */
export const ApiGatewayDomainName = resourceSchema('apigateway:domain-name', {
  /** TLS_1_0, TLS_1_2 or a SecurityPolicy_... name; null when the answer has none. */
  securityPolicy: Nullable(Type.String()),
  /** EDGE, REGIONAL or PRIVATE. */
  endpointTypes: StringList,
  status: Nullable(Type.String()),
});

export const apigatewaySchemas = [
  ApiGatewayRestApi,
  ApiGatewayHttpApi,
  ApiGatewayRestStage,
  ApiGatewayV2Stage,
  ApiGatewayV2Route,
  ApiGatewayDomainName,
  ApiGatewayPrivateIntegration,
] as const;
