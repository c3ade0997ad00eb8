import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingAws {
  endpoint: string;
  /** Requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

/**
 * A stand-in AWS endpoint that counts the requests it gets and rejects every one as STS does bad
 * credentials. Pointing AWS_ENDPOINT_URL at it shows whether a run made any AWS call at all.
 */
export async function startCountingAws(): Promise<CountingAws> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests += 1;
    request.resume();
    response
      .writeHead(403, { 'content-type': 'text/xml' })
      .end(
        '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>' +
          '<Message>The security token included in the request is invalid.</Message></Error>' +
          '<RequestId>counting</RequestId></ErrorResponse>',
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
