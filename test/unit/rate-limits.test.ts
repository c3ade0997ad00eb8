import { afterEach, describe, expect, it } from '@jest/globals';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CallStats } from '../../src/scan/call-stats.js';
import { ClientFactory } from '../../src/scan/clients.js';
import { CallPool } from '../../src/scan/pool.js';
import { PUBLISHED_RATE_LIMITS } from '../../src/scan/rate-limits.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';

/** The published limits are keyed by the SDK's service ids, so each limit reaches its client. */
describe('published rate limits', () => {
  const moto = process.env.AWS_ENDPOINT_URL;
  let server: SilentServer | undefined;
  afterEach(async () => {
    process.env.AWS_ENDPOINT_URL = moto;
    await server?.close();
  });

  it('name the service ids of the clients they pace, and no other', () => {
    const ids = [EC2Client, LambdaClient, CloudWatchClient, CloudWatchLogsClient, APIGatewayClient].map(
      (Client) => new Client({ region: 'us-east-1' }).config.serviceId,
    );
    expect(new Set(Object.keys(PUBLISHED_RATE_LIMITS))).toEqual(new Set(ids));
  });

  it("pace a client's calls: no second holds more than its limit", async () => {
    const answered: number[] = [];
    server = await startSilentServer((_request, _body, response) => {
      answered.push(Date.now());
      response
        .writeHead(200, { 'content-type': 'text/xml' })
        .end('<DescribeRegionsResponse><regionInfo/></DescribeRegionsResponse>');
      return true;
    });
    process.env.AWS_ENDPOINT_URL = server.endpoint;
    const clients = new ClientFactory({
      credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
      pool: new CallPool(64),
      stats: new CallStats(),
      maxAttempts: 1,
      // Generous: this checks pacing, not deadlines, and a loaded machine can be slow to answer.
      callTimeoutMs: 30_000,
      deadlineFor: () => new AbortController().signal,
    });
    try {
      const ec2 = clients.get(EC2Client, 'ec2', 'us-east-1');
      const limit = PUBLISHED_RATE_LIMITS.EC2 ?? 0;
      const started = Date.now();
      await Promise.all(Array.from({ length: limit + 5 }, () => ec2.send(new DescribeRegionsCommand({}))));
      // Calls beyond the limit wait for the next second. Unpaced, these answers would all come within
      // a few tens of milliseconds of the start; a slow machine only makes them later.
      expect(answered).toHaveLength(limit + 5);
      expect((answered.at(-1) ?? 0) - started).toBeGreaterThanOrEqual(900);
    } finally {
      clients.destroy();
    }
  });
});
