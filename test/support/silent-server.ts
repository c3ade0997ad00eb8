import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An HTTP server that misbehaves as networks do: by default it accepts every connection, reads
 * the request and never answers. `respond` can answer some requests (or start an answer and never
 * finish it) instead.
 */
export interface SilentServer {
  endpoint: string;
  /** Requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

export type Responder = (request: IncomingMessage, body: string, response: ServerResponse) => boolean;

export async function startSilentServer(respond?: Responder): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  let requests = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      respond?.(request, Buffer.concat(chunks).toString('utf8'), response);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The page a captive portal or a misrouted proxy answers every request with. */
export const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Please sign in</form></body></html>';
