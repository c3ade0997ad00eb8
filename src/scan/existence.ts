import { Resolver } from 'node:dns/promises';
import { HeadBucketCommand, paginateListBuckets, type S3Client } from '@aws-sdk/client-s3';
import type { CollectorContext } from './collector.js';

/** The bucket name no account holds: HeadBucket's answer for it (the SDK names a bodiless 404 NotFound). */
const NO_SUCH_BUCKET = ['NotFound', 'NoSuchBucket'];

const statusOf = (error: unknown): number | undefined =>
  (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;

/**
 * Whether a bucket exists in any account: a 404 means no account holds the name (anyone can
 * create it), while 403 (another account's) and 301 (another region's) mean it exists. Anything
 * else is recorded and left unknown (null), never taken for either.
 */
export async function bucketExists<Op extends string>(
  ctx: CollectorContext<Op>,
  operation: Op,
  s3: S3Client,
  bucket: string,
): Promise<boolean | null> {
  const answer = await ctx.read(
    operation,
    async () => {
      try {
        await s3.send(new HeadBucketCommand({ Bucket: bucket }));
        return true;
      } catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 301) return true;
        throw error;
      }
    },
    { absentWhen: NO_SUCH_BUCKET, resourceId: bucket },
  );
  return answer === null ? false : (answer ?? null);
}

/**
 * The scanned account's own bucket names, read with ListBuckets (one call per 1,000 buckets), or
 * undefined when that failed: then every bucket is asked with HeadBucket, as without this listing,
 * so the failure loses nothing and is not recorded.
 */
async function accountBuckets(s3: S3Client): Promise<Set<string> | undefined> {
  const names = new Set<string>();
  try {
    for await (const page of paginateListBuckets({ client: s3, pageSize: 1000 }, {})) {
      for (const bucket of page.Buckets ?? []) if (bucket.Name) names.add(bucket.Name);
    }
  } catch {
    return undefined;
  }
  return names;
}

/**
 * Whether each bucket exists: those of the scanned account's own ListBuckets do, without a call;
 * the others (another account's, or no one's) are asked one by one (see bucketExists). The listing
 * is worth its call only when more than one bucket is to be checked.
 */
export async function bucketsExist<Op extends string>(
  ctx: CollectorContext<Op>,
  operation: Op,
  s3: S3Client,
  buckets: readonly string[],
): Promise<Map<string, boolean | null>> {
  const own = buckets.length > 1 ? await ctx.branch(() => accountBuckets(s3)) : undefined;
  const exists = new Map<string, boolean | null>();
  await ctx.each(buckets, async (bucket) => {
    exists.set(bucket, own?.has(bucket) ? true : await bucketExists(ctx, operation, s3, bucket));
  });
  return exists;
}

/** Each lookup's time limit and attempts: the scan never waits on DNS for long. */
const DNS_TIMEOUT_MS = 2_000;
const DNS_TRIES = 2;

/**
 * Name servers for the existence checks, as `host:port` joined by commas; the system's otherwise.
 * Like AWS_ENDPOINT_URL for an emulator, it lets tests answer from a local server.
 */
export const DNS_SERVERS_ENV = 'AWS_AUDIT_DNS_SERVERS';

export type NameLookup = (name: string) => Promise<boolean | null>;

const serverListOf = (servers: string | undefined) =>
  servers ? servers.split(',').map((s) => s.trim()) : undefined;

/**
 * Runs one query with its own resolver (cancelling a late one must not cancel the others), two
 * tries of two seconds, then cancelled: the scan never waits on DNS for long.
 */
async function bounded<T>(
  servers: readonly string[] | undefined,
  what: string,
  query: (resolver: Resolver) => Promise<T>,
): Promise<T> {
  const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES });
  if (servers) resolver.setServers(servers);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => {
        resolver.cancel();
        reject(Object.assign(new Error(`DNS lookup of ${what} did not end in time`), { code: 'ETIMEOUT' }));
      },
      DNS_TIMEOUT_MS * DNS_TRIES + 1_000,
    );
  });
  try {
    return await Promise.race([query(resolver), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const codeOf = (error: unknown) => (error as { code?: string }).code;

/**
 * Whether a DNS name exists: true when it has an address (or exists without one), false on
 * NXDOMAIN, null when the lookup failed (timeout, refused, no server), which is recorded by the
 * caller. Bounded: two tries of two seconds, then cancelled.
 */
export function dnsNameLookup(servers = process.env[DNS_SERVERS_ENV]): NameLookup {
  const serverList = serverListOf(servers);
  return async (name) => {
    try {
      await bounded(serverList, name, (resolver) => resolver.resolve4(name));
      return true;
    } catch (error) {
      if (codeOf(error) === 'ENOTFOUND') return false;
      // The name exists without an A record (an AAAA-only name): it is held.
      if (codeOf(error) === 'ENODATA') return true;
      throw error;
    }
  };
}

/**
 * The names an IPv4 address reverses to (PTR), empty when it has none (NXDOMAIN or no PTR
 * record); a failed lookup throws, for the caller to record: never taken for "no name".
 * Bounded like dnsNameLookup.
 */
export function reverseLookup(
  servers = process.env[DNS_SERVERS_ENV],
): (address: string) => Promise<string[]> {
  const serverList = serverListOf(servers);
  return async (address) => {
    try {
      // resolvePtr, not reverse: reverse (gethostbyaddr) reports a server that refused as ENOTFOUND.
      const arpa = `${address.split('.').reverse().join('.')}.in-addr.arpa`;
      const names = await bounded(serverList, address, (resolver) => resolver.resolvePtr(arpa));
      return names.map((n) => n.replace(/\.$/, '').toLowerCase());
    } catch (error) {
      if (codeOf(error) === 'ENOTFOUND' || codeOf(error) === 'ENODATA') return [];
      throw error;
    }
  };
}

/**
 * The port the delegated name servers are asked on (53 otherwise). Only for tests: it lets a local
 * server, to which AWS_AUDIT_DNS_SERVERS resolves the name server's name, play the delegated server.
 */
export const NAME_SERVER_PORT_ENV = 'AWS_AUDIT_DNS_NAME_SERVER_PORT';

/** What a name server answers for a zone: refused (or failed) means it serves no such zone. */
export type ZoneCheck = (nameServer: string, zone: string) => Promise<boolean>;

/**
 * Whether a name server serves a zone: true when it answers the zone's SOA, false when it answers
 * REFUSED or SERVFAIL (what a Route 53 name server answers for a zone no hosted zone on it serves).
 * The name server's address is resolved with AWS_AUDIT_DNS_SERVERS (or the system's), once per
 * name server; every other outcome (no address, timeout, NXDOMAIN, no SOA) throws, for the caller
 * to record. Each query bounded like dnsNameLookup.
 */
export function zoneServedBy(
  servers = process.env[DNS_SERVERS_ENV],
  port = process.env[NAME_SERVER_PORT_ENV] ?? '53',
): ZoneCheck {
  const serverList = serverListOf(servers);
  const addresses = new Map<string, Promise<string[]>>();
  return async (nameServer, zone) => {
    let found = addresses.get(nameServer);
    if (!found) {
      found = bounded(serverList, nameServer, (resolver) => resolver.resolve4(nameServer));
      addresses.set(nameServer, found);
    }
    const [address] = await found;
    if (!address) throw Object.assign(new Error(`${nameServer} has no address`), { code: 'ENODATA' });
    try {
      await bounded([`${address}:${port}`], `${zone} at ${nameServer}`, (resolver) =>
        resolver.resolveSoa(zone),
      );
      return true;
    } catch (error) {
      if (codeOf(error) === 'EREFUSED' || codeOf(error) === 'ESERVFAIL') return false;
      throw error;
    }
  };
}
