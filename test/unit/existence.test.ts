import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import { dnsNameLookup, reverseLookup } from '../../src/scan/existence.js';
import { startDnsServer, type DnsServer } from '../support/dns-server.js';

describe('dnsNameLookup', () => {
  let server: DnsServer;
  let silent: Socket;
  beforeAll(async () => {
    server = await startDnsServer(['dlive.cloudfront.net'], {
      reverse: { '54.1.2.3': 'ec2-54-1-2-3.compute-1.amazonaws.com' },
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

  it('fails (never answers false or "no name") when no server answers, and ends', async () => {
    const silentServer = `127.0.0.1:${silent.address().port}`;
    const started = Date.now();
    await Promise.all([
      expect(dnsNameLookup(silentServer)('dlive.cloudfront.net')).rejects.toMatchObject({ code: 'ETIMEOUT' }),
      expect(reverseLookup(silentServer)('54.1.2.3')).rejects.toMatchObject({ code: 'ETIMEOUT' }),
    ]);
    // Two tries of two seconds, then cancelled: never much longer.
    expect(Date.now() - started).toBeLessThan(7_000);
  }, 15_000);
});
