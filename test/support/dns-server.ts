import { createSocket, type Socket } from 'node:dgram';

/**
 * A DNS server on a free loopback UDP port for the existence checks: names in `live` answer an A
 * record (192.0.2.1, or the address `options.addresses` gives), every other name NXDOMAIN. PTR
 * queries answer the names `options.reverse` gives per address; SOA queries answer for the zones of
 * `options.zones` and REFUSED for any other (as a Route 53 name server does for a zone it does not
 * serve). Only what the resolver asks is parsed: one question.
 */
export interface DnsServer {
  /** `127.0.0.1:port`, for AWS_AUDIT_DNS_SERVERS. */
  address: string;
  port: number;
  queries: string[];
  close(): Promise<void>;
}

export interface DnsServerOptions {
  /** Name -> IPv4 address its A record answers (the name exists). */
  addresses?: Readonly<Record<string, string>>;
  /** IPv4 address -> the name its PTR record answers. */
  reverse?: Readonly<Record<string, string>>;
  /** Zones whose SOA is answered; SOA queries for other names are REFUSED. */
  zones?: readonly string[];
}

const A = 1;
const SOA = 6;
const PTR = 12;
const NXDOMAIN = 3;
const REFUSED = 5;

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

const encodeName = (name: string): Buffer =>
  Buffer.concat([
    ...name
      .split('.')
      .map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label, 'ascii')])),
    Buffer.from([0]),
  ]);

/** One answer record for the question's name (a pointer to offset 12), TTL 60. */
function answerRecord(type: number, data: Buffer): Buffer {
  const fixed = Buffer.alloc(12);
  fixed.writeUInt16BE(0xc00c, 0);
  fixed.writeUInt16BE(type, 2);
  fixed.writeUInt16BE(1, 4);
  fixed.writeUInt32BE(60, 6);
  fixed.writeUInt16BE(data.length, 10);
  return Buffer.concat([fixed, data]);
}

const arpaName = (address: string) => `${address.split('.').reverse().join('.')}.in-addr.arpa`;

/** The answer record, or an RCODE when there is none. */
function lookup(
  name: string,
  type: number,
  live: ReadonlySet<string> | 'all',
  options: DnsServerOptions,
): Buffer | number | null {
  if (type === SOA) {
    if (!(options.zones ?? []).includes(name)) return REFUSED;
    const numbers = Buffer.alloc(20);
    [1, 7200, 900, 1209600, 86400].forEach((n, i) => numbers.writeUInt32BE(n, i * 4));
    return answerRecord(SOA, Buffer.concat([encodeName(`ns.${name}`), encodeName(`admin.${name}`), numbers]));
  }
  const reversed = Object.entries(options.reverse ?? {}).find(([address]) => arpaName(address) === name);
  if (reversed) return type === PTR ? answerRecord(PTR, encodeName(reversed[1])) : null;
  const address = options.addresses?.[name] ?? ((live === 'all' || live.has(name)) && '192.0.2.1');
  if (!address) return NXDOMAIN;
  return type === A ? answerRecord(A, Buffer.from(address.split('.').map(Number))) : null;
}

function answer(query: Buffer, live: ReadonlySet<string> | 'all', options: DnsServerOptions): Buffer {
  const { name, end } = questionName(query);
  const found = lookup(name, query.readUInt16BE(end - 4), live, options);
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  // QR, opcode 0, AA, RD copied, RA; the RCODE (NXDOMAIN, REFUSED) when there is no answer.
  const rcode = typeof found === 'number' ? found : 0;
  header.writeUInt16BE(0x8400 | (((query[2] ?? 0) & 0x01) << 8) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  const record = Buffer.isBuffer(found) ? found : null;
  header.writeUInt16BE(record ? 1 : 0, 6);
  const question = query.subarray(12, end);
  return Buffer.concat([header, question, ...(record ? [record] : [])]);
}

/** `live`: the names that exist, or `all` for a server where every name does (as for real distributions). */
export async function startDnsServer(
  live: readonly string[] | 'all',
  options: DnsServerOptions = {},
): Promise<DnsServer> {
  const names = live === 'all' ? 'all' : new Set(live.map((n) => n.toLowerCase()));
  const socket: Socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (message, from) => {
    queries.push(questionName(message).name);
    socket.send(answer(message, names, options), from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const port = socket.address().port;
  return {
    address: `127.0.0.1:${port}`,
    port,
    queries,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
