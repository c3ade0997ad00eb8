import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { writeReport } from '../../src/report/io.js';
import { ACCOUNT } from '../support/inventory-builder.js';
import { githubLinks } from '../support/markup.js';
import { blockKitViolations } from '../support/slack-blocks.js';
import { secondRun } from './render/report-fixtures.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (text) => void out.push(text), err: (text) => void err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('aws-audit render', () => {
  let dir: string;
  let report: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aws-audit-render-'));
    report = join(dir, 'report.json');
    await writeReport(report, secondRun([{ key: 'gone' }], [{ key: 'fresh', name: '@admins <!channel>' }]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the job summary by default, with the links given', async () => {
    const { code, stdout } = await run([
      'render',
      '--report',
      report,
      '--run-url',
      'https://github.com/o/r/actions/runs/9',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(ACCOUNT);
    expect(stdout).toContain('https://github.com/o/r/actions/runs/9');
  });

  it('prints the PR comment and the issue of an account, hostile names escaped', async () => {
    const comment = await run(['render', '--report', report, '--view', 'pr-comment', '--account', ACCOUNT]);
    expect(comment.code).toBe(0);
    expect(comment.stdout).toContain(`## AWS audit: account ${ACCOUNT}`);
    expect(comment.stdout).toContain('admins');
    expect(githubLinks(comment.stdout)).toEqual([]);
    const issue = await run(['render', '--report', report, '--view', 'issue']);
    expect(issue.code).toBe(0);
    expect(issue.stdout).toMatch(/^# .+\n\n/);
    expect(issue.stdout).toContain(ACCOUNT);
    expect(githubLinks(issue.stdout)).toEqual([]);
  });

  it('prints the organization dashboard issue, a section per account', async () => {
    const { code, stdout } = await run(['render', '--report', report, '--view', 'organization-issue']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# AWS audit: organization \(1 account\)\n\n/);
    expect(stdout).toContain(`<details><summary>${ACCOUNT}`);
    expect(githubLinks(stdout)).toEqual([]);
  });

  it('prints Slack Block Kit JSON that Slack accepts', async () => {
    const { code, stdout } = await run(['render', '--report', report, '--view', 'slack']);
    expect(code).toBe(0);
    const message = JSON.parse(stdout) as { blocks: unknown[] };
    expect(message.blocks.length).toBeGreaterThan(0);
    expect(blockKitViolations(message)).toEqual([]);
    expect(stdout).not.toContain('<!channel>');
  });

  it('renders a user template from --templates-dir', async () => {
    const templates = join(dir, 'templates');
    await rm(templates, { recursive: true, force: true });
    await mkdir(templates);
    await writeFile(join(templates, 'summary.md.hbs'), 'Ours: {{#each accounts}}{{cell label}}{{/each}}\n');
    const { code, stdout, stderr } = await run(['render', '--report', report, '--templates-dir', templates]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(new RegExp(`^Ours: .*${ACCOUNT}`, 'm'));
  });

  it.each([
    [['render'], /render needs --report FILE/],
    [
      ['render', '--report', 'r.json', '--view', 'email'],
      /--view one of summary, pr-comment, issue, organization-issue, slack/,
    ],
  ])('exits 2 on %j, saying what is missing', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 2 for an account that is not in the report, listing those that are', async () => {
    const { code, stderr } = await run([
      'render',
      '--report',
      report,
      '--view',
      'issue',
      '--account',
      '999999999999',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--account 999999999999 is not an account of the report (${ACCOUNT})`);
  });

  it('exits 2 for a file that is not a report, and for a template that does not compile', async () => {
    const notReport = join(dir, 'not-a-report.json');
    await writeFile(notReport, '{"hello": "world"}');
    const bad = await run(['render', '--report', notReport]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not-a-report.json');
    const broken = join(dir, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(join(broken, 'slack.json.hbs'), '{{#each}');
    const failed = await run(['render', '--report', report, '--templates-dir', broken]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('slack.json.hbs');
  });
});
