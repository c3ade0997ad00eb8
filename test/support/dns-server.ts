import { createSocket, type Socket } from 'node:dgram';

/**
 * A DNS server on a free loopback UDP port for the existence checks: names in `live` answer an A
 * record (192.0.2.1), every other name NXDOMAIN. Only what the resolver asks is parsed: one question.
 */
export interface DnsServer {
  /** `127.0.0.1:port`, for AWS_AUDIT_DNS_SERVERS. */
  address: string;
  queries: string[];
  close(): Promise<void>;
}

function questionName(query: Buffer): { name: string; end: number } {
  const labels: string[] = [];
  let at = 12;
  while (at < query.length && query[at] !== 0) {
    const length = query[at] ?? 0;
    labels.push(query.subarray(at + 1, at + 1 + length).toString('ascii'));
    at += length + 1;
  }
  // The zero label, then QTYPE and QCLASS.
  return { name: labels.join('.').toLowerCase(), end: at + 5 };
}

function answer(query: Buffer, live: ReadonlySet<string> | 'all'): Buffer {
  const { name, end } = questionName(query);
  const type = query.readUInt16BE(end - 4);
  const exists = live === 'all' || live.has(name);
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  // QR, opcode 0, AA, RD copied, RA; RCODE 3 (NXDOMAIN) for a name that does not exist.
  header.writeUInt16BE(0x8400 | (((query[2] ?? 0) & 0x01) << 8) | 0x0080 | (exists ? 0 : 3), 2);
  header.writeUInt16BE(1, 4);
  const withAddress = exists && type === 1;
  header.writeUInt16BE(withAddress ? 1 : 0, 6);
  const question = query.subarray(12, end);
  if (!withAddress) return Buffer.concat([header, question]);
  const record = Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1]);
  return Buffer.concat([header, question, record]);
}

/** `live`: the names that exist, or `all` for a server where every name does (as for real distributions). */
export async function startDnsServer(live: readonly string[] | 'all'): Promise<DnsServer> {
  const names = live === 'all' ? 'all' : new Set(live.map((n) => n.toLowerCase()));
  const socket: Socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (message, from) => {
    queries.push(questionName(message).name);
    socket.send(answer(message, names), from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    queries,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
