import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { createHash, randomUUID } from 'node:crypto';
import { downloadUrl } from './actions.js';
import type { Reply } from './context.js';
import type { Json } from './openapi.js';
import type { GitHubState, WorkflowRun } from './state.js';

/*
 * The Actions results service `@actions/artifact` 6 uploads through (reference Appendix): Twirp
 * JSON control calls, whose bodies use the protobuf field names and carry int64 values and
 * wrapper types as strings, and an Azure-blob-style signed URL that takes the zip in blocks.
 */

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

const ids = {
  workflow_run_backend_id: { type: 'string', minLength: 1 },
  workflow_job_run_backend_id: { type: 'string', minLength: 1 },
};
const message = (properties: object, required: string[]) => ({
  type: 'object',
  properties: { ...ids, ...properties },
  required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', ...required],
  additionalProperties: false,
});
const int64 = { type: 'string', pattern: '^[0-9]+$' };

const ajv = new Ajv({ allErrors: true });
addFormatsPlugin.default(ajv);
const SCHEMAS: Record<string, ValidateFunction> = {
  CreateArtifact: ajv.compile(
    message(
      {
        name: { type: 'string', minLength: 1 },
        version: { type: 'integer' },
        expires_at: { type: 'string', format: 'date-time' },
        mime_type: { type: 'string' },
      },
      ['name', 'version'],
    ),
  ),
  FinalizeArtifact: ajv.compile(
    message({ name: { type: 'string', minLength: 1 }, size: int64, hash: { type: 'string' } }, ['name']),
  ),
  ListArtifacts: ajv.compile(message({ name_filter: { type: 'string' }, id_filter: int64 }, [])),
  GetSignedArtifactURL: ajv.compile(message({ name: { type: 'string', minLength: 1 } }, ['name'])),
  DeleteArtifact: ajv.compile(message({ name: { type: 'string', minLength: 1 } }, ['name'])),
};

/** Twirp's error answer: `{ code, msg }` with the matching HTTP status. */
const twirpError = (status: number, code: string, msg: string): Reply => ({ status, body: { code, msg } });

/** The run a runtime token belongs to, read from its `scp` claim `Actions.Results:<run>:<job>`. */
function runOfToken(state: GitHubState, authorization: string | undefined): WorkflowRun | undefined {
  const payload = /^Bearer [\w-]+\.([\w-]+)\.[\w-]*$/.exec(authorization ?? '')?.[1];
  if (!payload) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const scp = typeof claims === 'object' && claims !== null && 'scp' in claims ? String(claims.scp) : '';
  const scope = scp.split(' ').find((part) => part.startsWith('Actions.Results:'));
  const [, runId, jobId] = scope?.split(':') ?? [];
  return state.runs().find((run) => run.backendId === runId && run.jobBackendId === jobId);
}

export function twirp(
  state: GitHubState,
  api: string,
  request: { pathname: string; authorization: string | undefined; body: Json | undefined },
  violate: (message: string) => void,
): Reply {
  const method = request.pathname.slice(SERVICE.length);
  const validate = request.pathname.startsWith(SERVICE) ? SCHEMAS[method] : undefined;
  if (!validate) {
    violate(`no such results service method: ${request.pathname}`);
    return twirpError(404, 'bad_route', `no handler for path ${request.pathname}`);
  }
  const run = runOfToken(state, request.authorization);
  if (!run) return twirpError(401, 'unauthenticated', 'invalid or missing ACTIONS_RUNTIME_TOKEN');
  const body = request.body;
  if (!validate(body) || typeof body !== 'object' || body === null || Array.isArray(body)) {
    violate(`${method}: ${ajv.errorsText(validate.errors)}`);
    return twirpError(400, 'malformed', ajv.errorsText(validate.errors));
  }
  if (
    body.workflow_run_backend_id !== run.backendId ||
    body.workflow_job_run_backend_id !== run.jobBackendId
  ) {
    violate(`${method}: backend ids differ from the runtime token's`);
    return twirpError(403, 'permission_denied', 'backend ids do not match the token');
  }
  const done = run.artifacts.filter((artifact) => artifact.zip);
  const named = (name: Json | undefined) => run.artifacts.find((artifact) => artifact.name === name);
  switch (method) {
    case 'CreateArtifact': {
      if (named(body.name)?.zip) {
        return twirpError(
          409,
          'already_exists',
          'an artifact with this name already exists on the workflow run',
        );
      }
      run.artifacts = run.artifacts.filter((artifact) => artifact.name !== body.name);
      const expires = typeof body.expires_at === 'string' ? body.expires_at : undefined;
      const artifact = run.repo.startArtifact(run, String(body.name), expires);
      const url = `${api}/_blob/actions-results/${run.backendId}/${artifact.id}.zip?sig=${artifact.signature}`;
      return { status: 200, body: { ok: true, signed_upload_url: url } };
    }
    case 'FinalizeArtifact': {
      const artifact = named(body.name);
      if (!artifact?.committed)
        return twirpError(404, 'not_found', `no uploaded content for ${String(body.name)}`);
      run.repo.finishArtifact(artifact, artifact.committed);
      if (typeof body.hash === 'string' && body.hash !== artifact.digest) {
        violate(
          `FinalizeArtifact: hash ${body.hash} differs from the stored blob's ${artifact.digest ?? ''}`,
        );
      }
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
    }
    case 'ListArtifacts': {
      const listed = done.filter(
        (artifact) =>
          (body.name_filter === undefined || artifact.name === body.name_filter) &&
          (body.id_filter === undefined || String(artifact.id) === body.id_filter),
      );
      const artifacts = listed.map((artifact) => ({
        ...{ workflow_run_backend_id: run.backendId, workflow_job_run_backend_id: run.jobBackendId },
        ...{ database_id: String(artifact.id), name: artifact.name, size: String(artifact.size) },
        ...{ created_at: artifact.createdAt, ...(artifact.digest ? { digest: artifact.digest } : {}) },
      }));
      return { status: 200, body: { artifacts } };
    }
    case 'GetSignedArtifactURL': {
      const artifact = done.find((candidate) => candidate.name === body.name);
      if (!artifact) return twirpError(404, 'not_found', `no artifact named ${String(body.name)}`);
      return { status: 200, body: { signed_url: downloadUrl(api, artifact) } };
    }
    default: {
      const artifact = done.find((candidate) => candidate.name === body.name);
      if (!artifact) return twirpError(404, 'not_found', `no artifact named ${String(body.name)}`);
      run.artifacts = run.artifacts.filter((candidate) => candidate !== artifact);
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
    }
  }
}

/** The headers Azure's blob client expects on a successful write. */
const blobHeaders = (content: Buffer) => ({
  etag: `"0x${createHash('md5').update(content).digest('hex').slice(0, 16).toUpperCase()}"`,
  'last-modified': new Date().toUTCString(),
  'x-ms-request-id': randomUUID(),
  'x-ms-version': '2024-11-04',
  'x-ms-request-server-encrypted': 'true',
});

/** `PUT ?comp=block&blockid=`, `PUT ?comp=blocklist` (XML of block ids), or a whole-blob `PUT`. */
export function blob(
  state: GitHubState,
  url: URL,
  method: string,
  body: Buffer,
  violate: (m: string) => void,
): Reply {
  const id = /^\/_blob\/actions-results\/[\w-]+\/(\d+)\.zip$/.exec(url.pathname)?.[1];
  const artifact = id === undefined ? undefined : state.artifact(Number(id));
  if (!artifact || method !== 'PUT' || url.searchParams.get('sig') !== artifact.signature) {
    violate(`blob storage: ${method} ${url.pathname} is not a signed upload URL the service handed out`);
    return { status: 403, body: Buffer.from('AuthenticationFailed') };
  }
  const comp = url.searchParams.get('comp');
  const blockId = url.searchParams.get('blockid');
  if (comp === 'block' && blockId) {
    artifact.blocks.set(blockId, body);
  } else if (comp === 'blocklist') {
    const order = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)];
    const blocks = order.map((match) => artifact.blocks.get(match[1] ?? ''));
    if (blocks.some((block) => block === undefined)) {
      violate('blob storage: the block list names a block never staged');
      return { status: 400, body: Buffer.from('InvalidBlockList') };
    }
    artifact.committed = Buffer.concat(blocks.filter((block) => block !== undefined));
  } else if (comp === null) {
    artifact.committed = body;
  } else {
    violate(`blob storage: unsupported operation comp=${comp}`);
    return { status: 400, body: Buffer.from('UnsupportedQueryParameter') };
  }
  return { status: 201, headers: blobHeaders(body), body: Buffer.alloc(0) };
}

/** The zip behind a signed download URL (the REST redirect's and GetSignedArtifactURL's). */
export function download(state: GitHubState, url: URL, violate: (m: string) => void): Reply {
  const id = /^\/_download\/(\d+)\.zip$/.exec(url.pathname)?.[1];
  const artifact = id === undefined ? undefined : state.artifact(Number(id));
  if (!artifact?.zip || url.searchParams.get('sig') !== artifact.signature) {
    violate(`download of ${url.pathname} with a URL the fake never handed out`);
    return { status: 403, body: Buffer.from('AuthenticationFailed') };
  }
  const headers = {
    'content-type': 'application/zip',
    'content-disposition': `attachment; filename="${artifact.name}.zip"; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`,
  };
  return { status: 200, headers, body: artifact.zip };
}
