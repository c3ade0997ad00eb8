import { defineRule, type RuleHit } from '../model.js';

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
