/**
 * A local stand-in for AWS's network and rate limits, in front of moto: adds a fixed latency to
 * every call, throttles each service per region with a token bucket (answering with the error
 * shape that service really uses), and can leave one region's or one service's calls unanswered.
 */
import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Rate {
  burst: number;
  perSecond: number;
}

/**
 * Per service and region (per account for global services), modelled on AWS's published or
 * observed limits: EC2's describe bucket (100 burst, 20/s), Lambda's control plane (15/s),
 * CloudWatch DescribeAlarms (9/s), Logs DescribeLogGroups (10/s), DynamoDB's control plane
 * (2,500/s). RDS, IAM, Budgets, S3 bucket configuration and STS publish no numbers: estimates.
 */
export const AWS_LIKE_RATES: Record<string, Rate> = {
  ec2: { burst: 100, perSecond: 20 },
  lambda: { burst: 15, perSecond: 15 },
  monitoring: { burst: 9, perSecond: 9 },
  logs: { burst: 10, perSecond: 10 },
  // DynamoDB's control plane: 2,500 requests per second.
  dynamodb: { burst: 2500, perSecond: 2500 },
  rds: { burst: 40, perSecond: 20 },
  iam: { burst: 20, perSecond: 15 },
  budgets: { burst: 10, perSecond: 5 },
  s3: { burst: 100, perSecond: 100 },
  sts: { burst: 100, perSecond: 100 },
};

export interface ProxyOptions {
  upstream: string;
  latencyMs?: number;
  rates?: Record<string, Rate>;
  hangRegions?: readonly string[];
  /** Services (signing names; unsigned calls count as `sts`) whose calls are never answered. */
  hangServices?: readonly string[];
  /** Services whose every call is answered 200 with an HTML page, as a captive portal or a misrouted proxy does. */
  htmlServices?: readonly string[];
  /** Services (signing names) whose every call is answered with that protocol's access-denied error. */
  denyServices?: readonly string[];
  /** Where those denials come from, as AWS words an explicit Deny: `a service control policy`. */
  explicitDenyIn?: string;
  /**
   * Accounts whose roles STS refuses to let anyone assume, as AWS answers when the role is missing
   * or does not trust the caller (moto assumes any role, existing or not).
   */
  refuseRolesIn?: readonly string[];
}

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Please sign in to continue</form></body></html>';

export interface BucketCount {
  service: string;
  region: string;
  accepted: number;
  throttled: number;
}

export interface AwsProxy {
  endpoint: string;
  counts(): BucketCount[];
  /** Accepted requests (retries included) per `service Operation` (REST: `service METHOD /segment?keys`). */
  operations(): Map<string, number>;
  close(): Promise<void>;
}

/** `Credential=AKID/20240101/us-east-1/ec2/aws4_request` -> region and signing name. */
export function credentialScope(authorization: string | undefined): { region: string; service: string } {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return match
    ? { region: match[1] as string, service: match[2] as string }
    : { region: 'unsigned', service: 'sts' };
}

/**
 * The operation a request names: the JSON protocols' X-Amz-Target, the query protocols' Action,
 * or, for REST services, the method, the path's first segment and the query's keys (enough to
 * tell most calls apart). Counted as the proxy accepts them: retries included.
 */
export function operationOf(service: string, incoming: IncomingMessage, body: Buffer): string {
  const target = incoming.headers['x-amz-target'];
  if (typeof target === 'string') return `${service} ${target.split('.').pop() ?? target}`;
  const action = /(?:^|&)Action=([A-Za-z0-9]+)/.exec(body.toString('utf8', 0, Math.min(body.length, 512)));
  if (action) return `${service} ${action[1]}`;
  const url = new URL(incoming.url ?? '/', 'http://proxy');
  const query = [...url.searchParams.keys()].filter((key) => !key.startsWith('x-')).sort();
  const segments = url.pathname.split('/').filter(Boolean);
  // S3's first segment is the bucket (path-style): the query names the operation.
  const first = service === 's3' && segments.length > 0 ? '{bucket}' : (segments[0] ?? '');
  const path = segments.length > 1 ? `/${first}/…` : `/${first}`;
  return `${service} ${incoming.method ?? '?'} ${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The throttling answer each protocol really uses, so the SDK classifies it as AWS's would be. */
export function throttleAnswer(service: string, contentType: string | undefined): ErrorAnswer {
  const requestId = `bench-${Math.random().toString(16).slice(2, 10)}`;
  if (service === 'ec2') {
    return {
      status: 503,
      headers: { 'content-type': 'text/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
    };
  }
  if (service === 's3') {
    return {
      status: 503,
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>${requestId}</RequestId></Error>`,
    };
  }
  if (service === 'lambda') {
    return {
      status: 429,
      headers: {
        'content-type': 'application/json',
        'x-amzn-errortype': 'TooManyRequestsException',
        'x-amzn-requestid': requestId,
      },
      body: JSON.stringify({ Type: 'User', message: 'Rate exceeded', Reason: 'CallerRateLimitExceeded' }),
    };
  }
  if (contentType?.includes('x-amz-json')) {
    return {
      status: 400,
      headers: {
        'content-type': contentType,
        'x-amzn-requestid': requestId,
        // CloudWatch's JSON protocol keeps its query-era error codes in this header.
        ...(service === 'monitoring' ? { 'x-amzn-query-error': 'Throttling;Sender' } : {}),
      },
      body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }),
    };
  }
  return {
    status: 400,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

/** The access-denied answer each protocol really uses; with `explicitDenyIn`, AWS's explicit-Deny wording. */
export function accessDeniedAnswer(
  service: string,
  contentType: string | undefined,
  explicitDenyIn?: string,
): ErrorAnswer {
  const requestId = `bench-${Math.random().toString(16).slice(2, 10)}`;
  const message =
    'User: arn:aws:sts::123456789012:assumed-role/aws-audit/bench is not authorized to perform this operation' +
    (explicitDenyIn ? ` with an explicit deny in ${explicitDenyIn}` : '');
  if (service === 'ec2') {
    return {
      status: 403,
      headers: { 'content-type': 'text/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
    };
  }
  if (service === 's3') {
    return {
      status: 403,
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${explicitDenyIn ? message : 'Access Denied'}</Message><RequestId>${requestId}</RequestId></Error>`,
    };
  }
  if (service === 'lambda' || contentType?.includes('x-amz-json')) {
    return {
      status: service === 'lambda' ? 403 : 400,
      headers: {
        'content-type': contentType ?? 'application/json',
        'x-amzn-errortype': 'AccessDeniedException',
        'x-amzn-requestid': requestId,
        ...(service === 'monitoring' ? { 'x-amzn-query-error': 'AccessDenied;Sender' } : {}),
      },
      body: JSON.stringify({ __type: 'AccessDeniedException', message, Message: message }),
    };
  }
  return {
    status: 403,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

/** The AssumeRole call into one of `accounts`, if this query-protocol STS body is one. */
export function refusedRoleArn(body: Buffer, accounts: ReadonlySet<string>): string | undefined {
  const form = new URLSearchParams(body.toString('utf8'));
  if (form.get('Action') !== 'AssumeRole') return undefined;
  const arn = form.get('RoleArn') ?? '';
  const account = /^arn:aws[a-z-]*:iam::(\d{12}):role\//.exec(arn)?.[1];
  return account && accounts.has(account) ? arn : undefined;
}

/** STS's answer when the role cannot be assumed: AccessDenied naming sts:AssumeRole and the role. */
export function assumeRoleDeniedAnswer(roleArn: string): ErrorAnswer {
  const requestId = `bench-${Math.random().toString(16).slice(2, 10)}`;
  return {
    status: 403,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::123456789012:assumed-role/aws-audit/bench is not authorized to perform: sts:AssumeRole on resource: ${roleArn}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

class TokenBucket {
  private tokens: number;
  private last = Date.now();
  constructor(private readonly rate: Rate) {
    this.tokens = rate.burst;
  }
  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.last) / 1000) * this.rate.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export async function startAwsProxy(options: ProxyOptions): Promise<AwsProxy> {
  const upstream = new URL(options.upstream);
  const latency = options.latencyMs ?? 0;
  const hang = new Set(options.hangRegions ?? []);
  const hangServices = new Set(options.hangServices ?? []);
  const htmlServices = new Set(options.htmlServices ?? []);
  const deny = new Set(options.denyServices ?? []);
  const refuseRolesIn = new Set(options.refuseRolesIn ?? []);
  const buckets = new Map<string, { bucket?: TokenBucket; count: BucketCount }>();
  const sockets = new Set<Socket>();
  const operations = new Map<string, number>();

  const bucketFor = (service: string, region: string) => {
    const key = `${service}|${region}`;
    let entry = buckets.get(key);
    if (!entry) {
      const rate = options.rates?.[service];
      entry = {
        bucket: rate ? new TokenBucket(rate) : undefined,
        count: { service, region, accepted: 0, throttled: 0 },
      };
      buckets.set(key, entry);
    }
    return entry;
  };

  const forward = (incoming: IncomingMessage, body: Buffer, response: ServerResponse) => {
    const outgoing = httpRequest(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    outgoing.on('error', (error) => {
      response.writeHead(502).end(String(error));
    });
    outgoing.end(body);
  };

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const { region, service } = credentialScope(incoming.headers.authorization);
      if (hang.has(region) || hangServices.has(service)) return; // never answered
      if (htmlServices.has(service)) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML_PAGE);
        return;
      }
      setTimeout(() => {
        const entry = bucketFor(service, region);
        const refused = service === 'sts' ? refusedRoleArn(Buffer.concat(chunks), refuseRolesIn) : undefined;
        if (refused) {
          const answer = assumeRoleDeniedAnswer(refused);
          response.writeHead(answer.status, answer.headers).end(answer.body);
          return;
        }
        if (deny.has(service)) {
          const answer = accessDeniedAnswer(
            service,
            incoming.headers['content-type'],
            options.explicitDenyIn,
          );
          response.writeHead(answer.status, answer.headers).end(answer.body);
          return;
        }
        if (entry.bucket && !entry.bucket.take()) {
          entry.count.throttled += 1;
          const answer = throttleAnswer(service, incoming.headers['content-type']);
          response.writeHead(answer.status, answer.headers).end(answer.body);
          return;
        }
        entry.count.accepted += 1;
        const operation = operationOf(service, incoming, Buffer.concat(chunks));
        operations.set(operation, (operations.get(operation) ?? 0) + 1);
        forward(incoming, Buffer.concat(chunks), response);
      }, latency);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts: () => [...buckets.values()].map((entry) => ({ ...entry.count })),
    operations: () => new Map(operations),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
