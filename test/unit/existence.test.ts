import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import { dnsNameLookup, reverseLookup, zoneServedBy } from '../../src/scan/existence.js';
import { startDnsServer, type DnsServer } from '../support/dns-server.js';

describe('dnsNameLookup', () => {
  let server: DnsServer;
  let silent: Socket;
  beforeAll(async () => {
    server = await startDnsServer(['dlive.cloudfront.net'], {
      reverse: { '54.1.2.3': 'ec2-54-1-2-3.compute-1.amazonaws.com' },
      addresses: { 'ns-1.awsdns-01.org': '127.0.0.1' },
      zones: ['live.example.com'],
    });
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

  it('reverses an address to its names, none when it has no PTR record', async () => {
    const reverse = reverseLookup(server.address);
    await expect(reverse('54.1.2.3')).resolves.toEqual(['ec2-54-1-2-3.compute-1.amazonaws.com']);
    await expect(reverse('54.9.9.9')).resolves.toEqual([]);
  });

  it("asks the name server for the zone's SOA: an answer is served, REFUSED is not", async () => {
    const served = zoneServedBy(server.address, String(server.port));
    await expect(served('ns-1.awsdns-01.org', 'live.example.com')).resolves.toBe(true);
    await expect(served('ns-1.awsdns-01.org', 'gone.example.com')).resolves.toBe(false);
    // The name server's address is looked up once.
    expect(server.queries.filter((q) => q === 'ns-1.awsdns-01.org')).toHaveLength(1);
    // A name server without an address is a failure, never "not served".
    await expect(served('ns-2.awsdns-02.org', 'gone.example.com')).rejects.toMatchObject({
      code: 'ENOTFOUND',
    });
  });

  it('fails (never answers false or "no name") when no server answers, and ends', async () => {
    const silentServer = `127.0.0.1:${silent.address().port}`;
    const started = Date.now();
    await Promise.all([
      expect(dnsNameLookup(silentServer)('dlive.cloudfront.net')).rejects.toMatchObject({ code: 'ETIMEOUT' }),
      expect(reverseLookup(silentServer)('54.1.2.3')).rejects.toMatchObject({ code: 'ETIMEOUT' }),
      // The name server's address from a silent resolver, and the SOA from a silent name server.
      expect(zoneServedBy(silentServer)('ns-1.awsdns-01.org', 'x.example.com')).rejects.toMatchObject({
        code: 'ETIMEOUT',
      }),
      expect(
        zoneServedBy(server.address, String(silent.address().port))('ns-1.awsdns-01.org', 'x.example.com'),
      ).rejects.toMatchObject({ code: 'ETIMEOUT' }),
    ]);
    // Two tries of two seconds, then cancelled: never much longer.
    expect(Date.now() - started).toBeLessThan(7_000);
  }, 15_000);
});
