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

export const apigatewaySchemas = [ApiGatewayRestApi, ApiGatewayHttpApi] as const;
