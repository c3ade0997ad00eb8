import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACTIONS_TOKEN,
  applyEnv,
  runnerEnv,
  startGitHubServer,
  unzipFiles,
  type GitHubServer,
  type RepoState,
} from '../support/github-server.js';
import { githubDescription } from '../support/github/openapi.js';
import { validateResponse } from '../support/github/validate.js';

/*
 * Workflow runs and artifacts: the REST side a later run uses to find the previous report, and
 * the results service `@actions/artifact` uploads the current run's report through. One server
 * for the file, because @actions/github binds GITHUB_API_URL when first imported: the runner
 * environment is applied before the dynamic imports below, as the product's tests must do too.
 */

const owner = 'octo-org';
const name = 'infra';
const at = (day: number) => new Date(Date.UTC(2026, 10, day));

let server: GitHubServer;
let repo: RepoState;
let directory: string;
let restoreEnv: () => void;
let github: typeof import('@actions/github');
let artifacts: typeof import('@actions/artifact');

beforeAll(async () => {
  server = await startGitHubServer();
  repo = server.state.addRepo({ owner, name });
  directory = mkdtempSync(join(tmpdir(), 'fake-github-'));
  const current = repo.addRun({ status: 'in_progress', createdAt: at(20) });
  restoreEnv = applyEnv(runnerEnv(server, current, directory).env);
  github = await import('@actions/github');
  artifacts = await import('@actions/artifact');
  // @actions/core reports progress on stdout as workflow commands; nothing a test reads.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterAll(async () => {
  jest.restoreAllMocks();
  restoreEnv();
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

afterEach(() => expect(server.violations).toEqual([]));

const octokit = () => github.getOctokit(ACTIONS_TOKEN, { baseUrl: server.url });

describe('workflow runs and artifacts over REST', () => {
  it('lists runs of a workflow most recent first, filtered as GitHub filters them', async () => {
    const report = join(directory, 'seed-report.json');
    writeFileSync(report, '{"findings":[]}');
    const old = repo.addRun({
      createdAt: at(1),
      artifacts: [{ name: 'report', files: { 'report.json': { fromFile: report } } }],
    });
    repo.addRun({ createdAt: at(2), conclusion: 'failure' });
    repo.addRun({ createdAt: at(3), headBranch: 'feature' });
    repo.addPullRequest({ title: 'From a fork', head: 'patch-1', headRepo: 'mallory/infra' });
    const fork = repo.addRun({ createdAt: at(4), pullRequest: 1 });
    const expired = repo.addRun({
      createdAt: at(5),
      artifacts: [{ name: 'report', files: { 'report.json': '{}' }, expired: true }],
    });
    const api = octokit();

    const current = (
      await api.rest.actions.getWorkflowRun({ owner, repo: name, run_id: github.context.runId })
    ).data;
    expect(current).toMatchObject({
      head_branch: 'main',
      event: 'push',
      status: 'in_progress',
      conclusion: null,
    });
    const runs = await api.paginate(api.rest.actions.listWorkflowRuns, {
      ...{ owner, repo: name, workflow_id: current.workflow_id, branch: 'main', status: 'success' },
      ...{ exclude_pull_requests: true, per_page: 1 },
    });
    expect(runs.map((run) => run.id)).toEqual([expired.id, old.id]);
    const byFile = await api.rest.actions.listWorkflowRuns({
      owner,
      repo: name,
      workflow_id: 'audit.yml',
      event: 'pull_request',
    });
    expect(byFile.data.workflow_runs).toEqual([
      expect.objectContaining({
        id: fork.id,
        head_repository: expect.objectContaining({ full_name: 'mallory/infra' }),
        pull_requests: [],
      }),
    ]);

    const listed = (run_id: number) =>
      api.rest.actions.listWorkflowRunArtifacts({ owner, repo: name, run_id, name: 'report' });
    const [gone] = (await listed(expired.id)).data.artifacts;
    expect(gone).toMatchObject({ name: 'report', expired: true });
    await expect(
      api.rest.actions.downloadArtifact({
        owner,
        repo: name,
        artifact_id: gone?.id ?? 0,
        archive_format: 'zip',
      }),
    ).rejects.toMatchObject({ status: 410, message: expect.stringContaining('Artifact has expired') });
    const [kept] = (await listed(old.id)).data.artifacts;
    const zip = await api.rest.actions.downloadArtifact({
      owner,
      repo: name,
      artifact_id: kept?.id ?? 0,
      archive_format: 'zip',
    });
    const files = unzipFiles(Buffer.from(zip.data as ArrayBuffer));
    expect(files.get('report.json')?.toString()).toBe('{"findings":[]}');
  });
});

describe('@actions/artifact against the results service', () => {
  it('uploads in the current run, and a later run finds and downloads it through findBy', async () => {
    writeFileSync(join(directory, 'report.json'), '{"account":"111111111111"}');
    const client = new artifacts.DefaultArtifactClient();
    const uploaded = await client.uploadArtifact('audit-report', [join(directory, 'report.json')], directory);
    const run = server.state.run(github.context.runId);
    expect(run?.artifacts.map((artifact) => artifact.name)).toEqual(['audit-report']);
    expect(
      unzipFiles(run?.artifacts[0]?.zip ?? Buffer.alloc(0))
        .get('report.json')
        ?.toString(),
    ).toContain('111111111111');
    expect((await client.listArtifacts()).artifacts).toEqual([
      expect.objectContaining({ id: uploaded.id, name: 'audit-report' }),
    ]);
    await expect(
      client.uploadArtifact('audit-report', [join(directory, 'report.json')], directory),
    ).rejects.toThrow(/already exists/);

    if (run) Object.assign(run, { status: 'completed', conclusion: 'success' });
    const later = repo.addRun({ status: 'in_progress' });
    const restore = applyEnv(runnerEnv(server, later, join(directory, 'later')).env);
    try {
      const findBy = {
        token: ACTIONS_TOKEN,
        workflowRunId: run?.id ?? 0,
        repositoryOwner: owner,
        repositoryName: name,
      };
      const { artifacts: found } = await client.listArtifacts({ latest: true, findBy });
      expect(found).toEqual([
        expect.objectContaining({ id: uploaded.id, name: 'audit-report', size: uploaded.size }),
      ]);
      const path = join(directory, 'downloaded');
      const result = await client.downloadArtifact(uploaded.id ?? 0, {
        findBy,
        path,
        expectedHash: `sha256:${uploaded.digest}`,
      });
      expect(result.digestMismatch).toBe(false);
      expect(readFileSync(join(path, 'report.json'), 'utf8')).toBe('{"account":"111111111111"}');
    } finally {
      restore();
    }
  });

  it('rejects and records a results-service call that does not match its protocol', async () => {
    const env = runnerEnv(server, repo.addRun(), join(directory, 'raw')).env;
    const response = await fetch(
      `${server.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ workflowRunBackendId: 'camelCase is not the wire format', name: 'x' }),
      },
    );
    expect(response.status).toBe(400);
    expect(server.violations.splice(0)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("must have required property 'workflow_run_backend_id'"),
      }),
    ]);
  });
});

describe('the runner environment', () => {
  it('describes a pull request run as a runner does, and @actions/github reads it', () => {
    expect(github.context).toMatchObject({
      eventName: 'push',
      repo: { owner, repo: name },
      ref: 'refs/heads/main',
    });
    repo.addPullRequest({ title: 'Change', head: 'feature', user: 'alice' });
    const run = repo.addRun({ pullRequest: 2 });
    const { env, event } = runnerEnv(server, run, join(directory, 'pull'));
    expect(env).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/2/merge',
      GITHUB_HEAD_REF: 'feature',
    });
    expect(env.GITHUB_WORKFLOW_REF).toBe(`${owner}/${name}/.github/workflows/audit.yml@refs/pull/2/merge`);
    expect(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))).toEqual(event);
    expect(event).toMatchObject({
      number: 2,
      pull_request: { head: { ref: 'feature' }, user: { login: 'alice' } },
    });
  });
});

describe('response validation', () => {
  it('catches an answer missing what the description requires', () => {
    const operation = githubDescription().operations.find(
      (candidate) => candidate.operationId === 'issues/get-comment',
    );
    if (!operation) throw new Error('issues/get-comment is not in the description');
    expect(validateResponse(operation, 200, { id: 1 })).toEqual(
      expect.arrayContaining(["response 200 must have required property 'user'"]),
    );
    expect(validateResponse(operation, 201, {})).toEqual([
      'status 201 is not documented for issues/get-comment',
    ]);
  });
});
