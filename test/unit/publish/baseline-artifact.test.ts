import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import { buildReport } from '../../../src/report/report.js';
import { catalog } from '../../../src/rules/catalog/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  ACTIONS_TOKEN,
  applyEnv,
  runnerEnv,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
  type WorkflowRun,
} from '../../support/github-server.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';
import { testClient } from '../../support/publish-client.js';

/*
 * The previous report as an artifact of an earlier run, and this run's upload. @actions/artifact
 * and @actions/github read the runner environment when imported: it is applied first and the
 * product's modules are imported after it.
 */

const owner = 'octo-org';
const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const NO_ACTIONS = 'ghs_fakeNoActionsToken000000000000000000';

const inventory = inventoryOf([
  resource(
    'ec2:region-settings',
    'r',
    {
      ebsEncryptionByDefault: false,
      snapshotBlockPublicAccess: 'block-all-sharing',
      vpcBlockPublicAccess: 'block-ingress',
    },
    { region: 'us-east-1' },
  ),
]);
const reportOf = (day: number) => {
  const now = at(day);
  return JSON.stringify(
    buildReport(inventory, runRules(inventory, DEFAULT_CONFIG, catalog, now), DEFAULT_CONFIG, now),
  );
};

let server: GitHubServer;
let home: RepoState;
let current: WorkflowRun;
let directory: string;
let restoreEnv: () => void;
let baselineFromArtifact: typeof import('../../../src/publish/baseline-artifact.js').baselineFromArtifact;
let uploadReportArtifact: typeof import('../../../src/publish/upload-artifact.js').uploadReportArtifact;

beforeAll(async () => {
  server = await startGitHubServer({
    tokens: {
      [NO_ACTIONS]: {
        login: 'github-actions[bot]',
        installation: true,
        permissions: { contents: 'read', issues: 'write', pull_requests: 'write' },
      },
    },
  });
  home = server.state.addRepo({ owner, name: 'infra' });
  current = home.addRun({ status: 'in_progress', createdAt: at(20) });
  directory = mkdtempSync(join(tmpdir(), 'baseline-artifact-'));
  restoreEnv = applyEnv(runnerEnv(server, current, directory).env);
  ({ baselineFromArtifact } = await import('../../../src/publish/baseline-artifact.js'));
  ({ uploadReportArtifact } = await import('../../../src/publish/upload-artifact.js'));
  // @actions/core reports progress on stdout as workflow commands.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterAll(async () => {
  jest.restoreAllMocks();
  restoreEnv();
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

afterEach(() => expect(server.violations).toEqual([]));

let counter = 0;
const newRepo = () => {
  counter += 1;
  return server.state.addRepo({ owner, name: `infra-${counter}` });
};
const report = (day: number) => [{ name: 'aws-audit-report', files: { 'report.json': reportOf(day) } }];

async function baseline(
  repo: RepoState,
  run: WorkflowRun,
  options: { token?: string; serverUrl?: string } = {},
) {
  const token = options.token ?? ACTIONS_TOKEN;
  return baselineFromArtifact(await testClient(token, server.url), {
    owner,
    repo: repo.name,
    token,
    runId: run.id,
    eventName: run.event,
    workflowRef: `${repo.fullName}/${run.workflow.path}@refs/heads/${run.headBranch}`,
    refName: run.headBranch,
    serverUrl: options.serverUrl ?? 'https://github.com',
    artifactName: 'aws-audit-report',
    directory: mkdtempSync(join(directory, 'download-')),
  });
}

describe('the previous report from an artifact', () => {
  it("for a pull request, takes the default branch's latest successful run", async () => {
    const repo = newRepo();
    repo.addRun({ createdAt: at(1), artifacts: report(1) });
    const wanted = repo.addRun({ createdAt: at(3), event: 'schedule', artifacts: report(3) });
    repo.addRun({ createdAt: at(4), headBranch: 'feature', artifacts: report(4) });
    repo.addRun({ createdAt: at(5), conclusion: 'failure', artifacts: report(5) });
    repo.addRun({ createdAt: at(6), workflow: '.github/workflows/other.yml', artifacts: report(6) });
    const pull = repo.addPullRequest({ title: 'Change', head: 'feature' });
    repo.addRun({ createdAt: at(7), pullRequest: pull.number, artifacts: report(7) });
    const run = repo.addRun({ createdAt: at(8), status: 'in_progress', pullRequest: pull.number });

    const found = await baseline(repo, run);
    expect(found.warning).toBeNull();
    expect(found.info).toEqual({
      source: 'artifact',
      location: `artifact 'aws-audit-report' of run ${wanted.id}`,
      generatedAt: at(3).toISOString(),
      note: null,
    });
    expect(found.report?.generatedAt).toBe(at(3).toISOString());
  });

  it('for a scheduled run, takes its own branch and skips itself', async () => {
    const repo = newRepo();
    repo.addRun({ createdAt: at(1), artifacts: report(1) });
    const wanted = repo.addRun({
      createdAt: at(2),
      headBranch: 'release',
      event: 'workflow_dispatch',
      artifacts: report(2),
    });
    const run = repo.addRun({
      createdAt: at(3),
      headBranch: 'release',
      event: 'schedule',
      artifacts: report(3),
    });
    const found = await baseline(repo, run);
    expect(found.info.location).toBe(`artifact 'aws-audit-report' of run ${wanted.id}`);
  });

  it('passes over runs whose artifact expired or is missing', async () => {
    const repo = newRepo();
    const wanted = repo.addRun({ createdAt: at(1), artifacts: report(1) });
    repo.addRun({
      createdAt: at(2),
      artifacts: [{ name: 'aws-audit-report', files: { 'report.json': reportOf(2) }, expired: true }],
    });
    repo.addRun({ createdAt: at(3) });
    const found = await baseline(repo, repo.addRun({ status: 'in_progress', createdAt: at(4) }));
    expect(found.info.location).toBe(`artifact 'aws-audit-report' of run ${wanted.id}`);
  });

  it('is none, without a warning, on a first run', async () => {
    const repo = newRepo();
    const found = await baseline(repo, repo.addRun({ status: 'in_progress' }));
    expect(found.report).toBeUndefined();
    expect(found.warning).toBeNull();
    expect(found.info).toMatchObject({ source: 'none', note: expect.stringContaining('a first run') });
  });

  it('warns, never crashes, on a corrupt report', async () => {
    const repo = newRepo();
    repo.addRun({
      createdAt: at(1),
      artifacts: [{ name: 'aws-audit-report', files: { 'report.json': '{"nope' } }],
    });
    const found = await baseline(repo, repo.addRun({ status: 'in_progress', createdAt: at(2) }));
    expect(found.report).toBeUndefined();
    expect(found.info.source).toBe('none');
    expect(found.warning).toMatch(
      /every finding counts as new: report.json of artifact .* is not a readable/,
    );
  });

  it('warns naming actions: read when the token may not list runs', async () => {
    const repo = newRepo();
    repo.addRun({ createdAt: at(1), artifacts: report(1) });
    const found = await baseline(repo, repo.addRun({ status: 'in_progress', createdAt: at(2) }), {
      token: NO_ACTIONS,
    });
    expect(found.report).toBeUndefined();
    expect(found.warning).toMatch(/`actions: read`/);
  });

  it('on GHES, says to use baseline-s3-uri', async () => {
    const repo = newRepo();
    const found = await baseline(repo, repo.addRun({ status: 'in_progress' }), {
      serverUrl: 'https://github.example.com',
    });
    expect(found.warning).toMatch(/baseline-s3-uri/);
    expect(server.requests.some((r) => r.path.includes(`/${repo.name}/`))).toBe(false);
  });
});

describe('uploading the report', () => {
  it('uploads through the results service, and the next pull request run reads it back', async () => {
    const file = join(directory, 'report.json');
    writeFileSync(file, reportOf(19));
    const uploaded = await uploadReportArtifact({
      name: 'aws-audit-report',
      files: [file],
      rootDirectory: directory,
      retentionDays: 30,
    });
    expect(uploaded).toEqual({
      id: expect.any(Number),
      size: expect.any(Number),
      url: `https://github.com/${home.fullName}/actions/runs/${current.id}/artifacts/${uploaded.id}`,
    });
    expect(current.artifacts.map((artifact) => artifact.id)).toEqual([uploaded.id]);

    current.status = 'completed';
    current.conclusion = 'success';
    const pull = home.addPullRequest({ title: 'Next', head: 'next' });
    const found = await baseline(
      home,
      home.addRun({ status: 'in_progress', pullRequest: pull.number, createdAt: at(21) }),
    );
    expect(found.warning).toBeNull();
    expect(found.info.location).toBe(`artifact 'aws-audit-report' of run ${current.id}`);
    expect(found.report?.generatedAt).toBe(at(19).toISOString());
  });

  it('throws when the upload fails', async () => {
    await expect(
      uploadReportArtifact({
        name: 'bad:name',
        files: [join(directory, 'report.json')],
        rootDirectory: directory,
      }),
    ).rejects.toThrow(/Could not upload the report as artifact 'bad:name'/);
  });
});
