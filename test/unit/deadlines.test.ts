import { afterEach, describe, expect, it } from '@jest/globals';
import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ClientFactory } from '../../src/scan/clients.js';
import { RunDeadlineExceeded, startRunDeadline } from '../../src/aws/deadline.js';
import { CallStats } from '../../src/scan/call-stats.js';
import { ec2Collector } from '../../src/scan/collectors/ec2.js';
import { scanAccounts } from '../../src/scan/orchestrator.js';
import { CallPool } from '../../src/scan/pool.js';
import { LOGIN_PAGE, startSilentServer, type SilentServer } from '../support/silent-server.js';

/**
 * Every call ends: against a server that accepts the connection and never answers, an attempt is
 * abandoned at call-timeout-seconds, retries stop at max-attempts, and a region's or the run's
 * deadline abandons whatever is still pending, socket included.
 */
const savedEndpoint = process.env.AWS_ENDPOINT_URL;
const servers: SilentServer[] = [];
const factories: ClientFactory[] = [];

async function serve(...args: Parameters<typeof startSilentServer>): Promise<SilentServer> {
  const server = await startSilentServer(...args);
  servers.push(server);
  process.env.AWS_ENDPOINT_URL = server.endpoint;
  return server;
}

function factory(options: { callTimeoutMs: number; maxAttempts: number; deadline?: AbortSignal }) {
  const clients = new ClientFactory({
    credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
    pool: new CallPool(4),
    stats: new CallStats(),
    maxAttempts: options.maxAttempts,
    callTimeoutMs: options.callTimeoutMs,
    deadlineFor: () => options.deadline ?? new AbortController().signal,
  });
  factories.push(clients);
  return clients;
}

const identity = (account: string) =>
  `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/auditor</Arn><UserId>AIDAEXAMPLE</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
const isSts = (body: string) => body.includes('Action=GetCallerIdentity');
const isDescribeRegions = (body: string) => body.includes('Action=DescribeRegions');

afterEach(async () => {
  process.env.AWS_ENDPOINT_URL = savedEndpoint;
  for (const clients of factories.splice(0)) clients.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('one call against a server that never answers', () => {
  it('ends each attempt at the call timeout and stops after max-attempts', async () => {
    const server = await serve();
    const ec2 = factory({ callTimeoutMs: 200, maxAttempts: 3 }).get(EC2Client, 'ec2', 'eu-west-3');
    const error = await ec2.send(new DescribeVolumesCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'TimeoutError',
      message: 'no complete answer from ec2 in eu-west-3 within 0.2s (call-timeout-seconds)',
    });
    expect(server.requests).toBe(3);
  });

  it('ends an attempt whose answer starts and never finishes', async () => {
    const server = await serve((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.write('<DescribeVolumesResponse><volumeSet>');
      return true;
    });
    const ec2 = factory({ callTimeoutMs: 200, maxAttempts: 2 }).get(EC2Client, 'ec2', 'eu-west-3');
    await expect(ec2.send(new DescribeVolumesCommand({}))).rejects.toBeDefined();
    expect(server.requests).toBe(2);
  });

  it("abandons the call, without retrying it, when the region's deadline aborts", async () => {
    const server = await serve();
    const deadline = new AbortController();
    const ec2 = factory({ callTimeoutMs: 60_000, maxAttempts: 5, deadline: deadline.signal }).get(
      EC2Client,
      'ec2',
      'eu-west-3',
    );
    const pending = ec2.send(new DescribeVolumesCommand({})).catch((e: unknown) => e);
    while (server.requests === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    deadline.abort(new RunDeadlineExceeded(1));
    expect(await pending).toBeInstanceOf(RunDeadlineExceeded);
    expect(server.requests).toBe(1);
  });
});

describe('a scan against a server that never answers', () => {
  it('ends at the run deadline with what it has, every unread scope recorded as failed', async () => {
    await serve((_request, body, response) => {
      if (isSts(body)) return Boolean(response.writeHead(200).end(identity('123456789012')));
      if (isDescribeRegions(body)) return false;
      return false;
    });
    const deadline = startRunDeadline(0.005); // 300 ms
    try {
      const inventory = await scanAccounts(
        [{ credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }) }],
        {
          collectors: [ec2Collector],
          regions: ['us-east-1', 'eu-west-3'],
          apiRegion: 'us-east-1',
          maxConcurrency: 8,
          maxAttempts: 3,
          callTimeoutMs: 60_000,
          regionTimeoutMs: 600_000,
          signal: deadline.signal,
        },
      );
      expect(inventory.errors.length).toBeGreaterThan(0);
      expect(new Set(inventory.errors.map((e) => e.code))).toEqual(new Set(['RunDeadlineExceeded']));
      expect(inventory.errors[0]?.message).toMatch(/time limit of 0.005 minute\(s\) \(timeout-minutes\)/);
      const coverage = inventory.accounts[0]?.coverage ?? [];
      expect(coverage).toHaveLength(28);
      expect(coverage.every((c) => c.status === 'failed')).toBe(true);
    } finally {
      deadline.dispose();
    }
  });

  it('fails before scanning when STS itself never answers, naming the timeout', async () => {
    await serve();
    const error = await scanAccounts(
      [{ credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }) }],
      {
        collectors: [ec2Collector],
        regions: ['us-east-1'],
        apiRegion: 'us-east-1',
        maxConcurrency: 8,
        maxAttempts: 2,
        callTimeoutMs: 200,
        regionTimeoutMs: 600_000,
      },
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /Cannot identify the AWS account \(sts:GetCallerIdentity\): TimeoutError: no complete answer from sts in us-east-1 within 0.2s/,
    );
  });
});

describe('answers that are not AWS answers', () => {
  const scan = () =>
    scanAccounts([{ credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }) }], {
      collectors: [ec2Collector],
      regions: ['us-east-1'],
      apiRegion: 'us-east-1',
      maxConcurrency: 8,
      maxAttempts: 1,
      callTimeoutMs: 5_000,
      regionTimeoutMs: 60_000,
    });

  it('refuses an HTML page from STS before anything is scanned', async () => {
    const server = await serve((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end(LOGIN_PAGE);
      return true;
    });
    await expect(scan()).rejects.toThrow(
      /Cannot identify the AWS account \(sts:GetCallerIdentity\): UnparseableResponse: the answer to GetCallerIdentity was an HTML page/,
    );
    expect(server.requests).toBe(1);
  });

  it('refuses an identity without a 12-digit account id', async () => {
    await serve((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/xml' }).end(identity(''));
      return true;
    });
    await expect(scan()).rejects.toThrow(/no 12-digit account id and caller ARN/);
  });

  it('records an HTML page from EC2 as a failed call, never as an empty region', async () => {
    await serve((_request, body, response) => {
      if (isSts(body)) response.writeHead(200).end(identity('123456789012'));
      else response.writeHead(200, { 'content-type': 'text/html' }).end(LOGIN_PAGE);
      return true;
    });
    const inventory = await scan();
    expect(inventory.resources).toEqual([]);
    expect(inventory.errors.length).toBeGreaterThan(0);
    expect(inventory.errors.every((e) => e.code === 'UnparseableResponse')).toBe(true);
    expect(inventory.errors.map((e) => e.operation)).toContain('GetEbsEncryptionByDefault');
    expect(inventory.accounts[0]?.coverage.every((c) => c.status === 'failed')).toBe(true);
  });
});

describe('server errors that are not AWS error responses', () => {
  const ec2Error = (code: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>m</Message></Error></Errors><RequestID>r</RequestID></Response>`;
  const SERVER_ERROR_PAGE =
    '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>';

  it.each([500, 501])(
    'does not retry an HTML page with HTTP %i (an emulator lacking the operation)',
    async (status) => {
      const server = await serve((_request, _body, response) => {
        response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(SERVER_ERROR_PAGE);
        return true;
      });
      const ec2 = factory({ callTimeoutMs: 2_000, maxAttempts: 3 }).get(EC2Client, 'ec2', 'us-east-1');
      const error = await ec2.send(new DescribeVolumesCommand({})).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'UnparseableResponse' });
      expect(String(error)).toMatch(`an HTML page with HTTP ${status}`);
      expect(server.requests).toBe(1);
    },
  );

  it("still retries AWS's own 500 (InternalError) and a gateway's HTML 503", async () => {
    let calls = 0;
    const server = await serve((_request, _body, response) => {
      calls += 1;
      if (calls === 1) response.writeHead(500, { 'content-type': 'text/xml' }).end(ec2Error('InternalError'));
      else if (calls === 2) response.writeHead(503, { 'content-type': 'text/html' }).end(SERVER_ERROR_PAGE);
      else
        response
          .writeHead(200, { 'content-type': 'text/xml' })
          .end('<DescribeVolumesResponse><volumeSet/></DescribeVolumesResponse>');
      return true;
    });
    const ec2 = factory({ callTimeoutMs: 2_000, maxAttempts: 3 }).get(EC2Client, 'ec2', 'us-east-1');
    await expect(ec2.send(new DescribeVolumesCommand({}))).resolves.toMatchObject({ Volumes: [] });
    expect(server.requests).toBe(3);
  });
});
