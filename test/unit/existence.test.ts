import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import { dnsNameLookup } from '../../src/scan/existence.js';
import { startDnsServer, type DnsServer } from '../support/dns-server.js';

describe('dnsNameLookup', () => {
  let server: DnsServer;
  let silent: Socket;
  beforeAll(async () => {
    server = await startDnsServer(['dlive.cloudfront.net']);
    // Receives every query and answers none: the lookup must still end.
    silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await server.close();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('tells a name that exists from one that does not (NXDOMAIN)', async () => {
    const lookup = dnsNameLookup(server.address);
    await expect(lookup('dlive.cloudfront.net')).resolves.toBe(true);
    await expect(lookup('dgone.cloudfront.net')).resolves.toBe(false);
    expect(server.queries).toEqual(['dlive.cloudfront.net', 'dgone.cloudfront.net']);
  });

  it('fails (never answers false) when no server answers, and ends', async () => {
    const lookup = dnsNameLookup(`127.0.0.1:${silent.address().port}`);
    await expect(lookup('dlive.cloudfront.net')).rejects.toMatchObject({ code: 'ETIMEOUT' });
  }, 15_000);
});
