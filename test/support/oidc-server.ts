import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcTokenServer {
  url: string;
  requests: { audience: string | null; authorization: string | undefined }[];
  close(): Promise<void>;
}

/** Stands in for the Actions runtime's token service: answers `{ value: <JWT> }` to a bearer request. */
export async function startOidcTokenServer(
  requestToken: string,
  claims: Record<string, unknown>,
): Promise<OidcTokenServer> {
  const requests: OidcTokenServer['requests'] = [];
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push({
      audience: url.searchParams.get('audience'),
      authorization: request.headers.authorization,
    });
    if (request.headers.authorization !== `Bearer ${requestToken}`) {
      response.writeHead(401).end('bad token');
      return;
    }
    const jwt = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ ...claims, aud: url.searchParams.get('audience') })}.c2lnbmF0dXJl`;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
