import type { DeserializeMiddleware, HandlerExecutionContext, MetadataBearer } from '@smithy/types';

/** A 2xx answer that is not the service's answer (a login page, an empty body, another document). */
export class UnparseableResponse extends Error {
  override readonly name = 'UnparseableResponse';
}

/** SDK clients of the query protocols: their answers are always `<{Operation}Response>` documents. */
const QUERY_PROTOCOL_CLIENTS = new Set(['EC2Client', 'IAMClient', 'RDSClient', 'STSClient']);

interface RawResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}

async function readAll(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (typeof body === 'string') return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** The first element's name of an XML document, after any declaration, comments and doctype. */
function rootElement(text: string): string | undefined {
  const stripped = text.replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  return /^\s*<!?([A-Za-z_][\w:.-]*)/.exec(stripped)?.[1];
}

/**
 * Why the answer cannot be the operation's, or undefined when it can be. The SDK's XML parser
 * turns an HTML page or an empty body into an empty answer ("no volumes", "no password policy"),
 * and its JSON parser reads an empty body as `{}`: both would become findings about nothing.
 */
export function whyNotAnAnswer(
  clientName: string | undefined,
  operation: string,
  response: RawResponse,
  body: Buffer,
): string | undefined {
  // The body decides, not the content type: emulators label JSON answers text/html.
  const contentType = response.headers['content-type'] ?? response.headers['Content-Type'] ?? '';
  if (contentType.includes('cbor')) return undefined;
  const text = body.toString('utf8', 0, Math.min(body.length, 4096));
  if (text.trim() === '') return 'an empty body';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '{' || first === '[') return undefined;
  if (first !== '<') return `a body that is neither XML nor JSON (${contentType || 'no content type'})`;
  const root = rootElement(text);
  if (!root || /^(html|doctype)$/i.test(root)) return 'an HTML page';
  if (clientName && QUERY_PROTOCOL_CLIENTS.has(clientName) && root !== `${operation}Response`) {
    return `an XML document <${root}> where <${operation}Response> was expected`;
  }
  return undefined;
}

/** Whether a body is an HTML page (after any BOM, declaration, comments and doctype). */
function isHtmlPage(body: Buffer): boolean {
  const text = body.toString('utf8', 0, Math.min(body.length, 4096));
  if (text.replace(/^\uFEFF/, '').trimStart()[0] !== '<') return false;
  const root = rootElement(text);
  return !root || /^(html|doctype)$/i.test(root);
}

/**
 * Server errors that say "this request failed here" rather than "try again": 500 and 501. AWS
 * answers its own 500s in the protocol's error format (InternalError, InternalFailure), and those
 * stay retried; an HTML page with either status is some other server's failure to handle the
 * request (an emulator that lacks the operation answers so), which the SDK would otherwise retry
 * as transient, every attempt alike. Gateway errors (502-504) stay retried, whatever their body.
 */
const FAILED_HERE = new Set([500, 501]);

/**
 * Checks every successful answer before the SDK parses it, and every 500 or 501 answer for an
 * HTML page; placed inside the deserializer so it sees the raw response, and inside the retry
 * loop so the failed attempt is counted. What it throws is not retried by the SDK.
 */
export const checkResponse: DeserializeMiddleware<object, MetadataBearer> =
  (next, context) => async (args) => {
    const result = await next(args);
    const response = result.response as RawResponse;
    const request = args.request as { method?: string } | undefined;
    if (request?.method === 'HEAD') return result;
    const failedHere = FAILED_HERE.has(response.statusCode);
    if (
      !failedHere &&
      (response.statusCode < 200 || response.statusCode >= 300 || response.statusCode === 204)
    )
      return result;
    const body = await readAll(response.body);
    // The deserializer reads a byte array as readily as a stream.
    response.body = body;
    const { clientName, commandName } = context as HandlerExecutionContext;
    const operation = (commandName ?? 'Unknown').replace(/Command$/, '');
    if (failedHere) {
      if (!isHtmlPage(body)) return result;
      throw new UnparseableResponse(
        `the answer to ${operation} was an HTML page with HTTP ${response.statusCode} (${body.length} bytes), not an AWS error response: the operation failed there, and was not retried`,
      );
    }
    const why = whyNotAnAnswer(clientName, operation, response, body);
    if (why) {
      throw new UnparseableResponse(
        `the answer to ${operation} was ${why} (HTTP ${response.statusCode}, ${body.length} bytes), not an AWS response; nothing in it was used`,
      );
    }
    return result;
  };
