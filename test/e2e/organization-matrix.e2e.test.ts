import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@smithy/types';
import { readReport } from '../../src/report/io.js';
import { parsePlan, type ScanPlan } from '../../src/report/plan.js';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { CLI_BUNDLE, runNode } from '../support/run-process.js';

const CONFIG = 'version: 1\nrules:\n  disable: ["*"]\n  enable: [s3.bucket-versioning-disabled]\n';

/**
 * The three steps of an organization audit through the bundled CLI, against moto's Organizations:
 * a management account and six members; `plan` into 3 groups, three `scan` processes in parallel
 * (one per group, each reaching its accounts through the member role), `merge` with the plan.
 * Then a second run whose group 2 part is missing: its accounts' findings stay unknown, nothing
 * of theirs is resolved, and the merge exits 1 naming the group.
 */
describe('plan, scan in parallel, merge: an organization through the bundled CLI', () => {
  const management = uniqueAccountId();
  const members: string[] = [];
  let credentials: AwsCredentialIdentity;
  let workspace: string;
  let plan: ScanPlan;
  let first: AuditReport;
  const env = () => ({
    PATH: process.env.PATH,
    HOME: workspace,
    AWS_ENDPOINT_URL: process.env.MOTO_ENDPOINT ?? '',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
  });
  const cli = (args: string[]) =>
    runNode(CLI_BUNDLE, args, { env: env(), cwd: workspace, killAfterMs: 180_000 });
  const scanGroup = (run: string, group: ScanPlan['include'][number]) =>
    cli([
      'scan',
      ...['--accounts', group.accounts, '--member-role-name', 'aws-audit-readonly'],
      ...['--regions', 'us-east-1', '--services', 's3', '--config', 'audit.yml'],
      ...['--output-dir', join(run, `part-${group.group}`)],
    ]);

  beforeAll(async () => {
    if (!existsSync(CLI_BUNDLE)) throw new Error('dist/cli/index.js is missing: run npm run build first');
    credentials = await accountCredentials(management);
    workspace = await mkdtemp(join(tmpdir(), 'aws-audit-org-matrix-'));
    await writeFile(join(workspace, 'audit.yml'), CONFIG);
    const organizations = new OrganizationsClient(seedConfig('us-east-1', credentials));
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (let i = 0; i < 6; i += 1) {
      const created = await organizations.send(
        new CreateAccountCommand({ AccountName: `member-${i}`, Email: `m${i}-${management}@example.com` }),
      );
      members.push(created.CreateAccountStatus?.AccountId ?? '');
    }
    organizations.destroy();
    for (const member of members) {
      const s3 = new S3Client(seedConfig('us-east-1', await accountCredentials(member)));
      await s3.send(new CreateBucketCommand({ Bucket: `data-${member}` }));
      s3.destroy();
    }
  }, 180_000);

  it('plans the management account and its six members into 3 groups', async () => {
    const run = await cli([
      'plan',
      ...['--accounts', 'organization', '--member-role-name', 'aws-audit-readonly', '--max-jobs', '3'],
      ...['--output-dir', 'run1'],
    ]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: expect.stringContaining('Plan: 7 account(s) in 3 group(s)'),
    });
    plan = parsePlan(run.stdout.trim(), 'stdout');
    expect(plan).toEqual(
      parsePlan(await readFile(join(workspace, 'run1', 'plan.json'), 'utf8'), 'plan.json'),
    );
    expect(plan.include.map((g) => g.accounts.split(',').length).sort()).toEqual([2, 2, 3]);
    expect(plan.include.flatMap((g) => g.accounts.split(',')).sort()).toEqual(
      [management, ...members].sort(),
    );
  }, 120_000);

  it('scans the groups in parallel and merges them into one report of every account', async () => {
    const scans = await Promise.all(plan.include.map((group) => scanGroup('run1', group)));
    for (const scan of scans)
      expect({ code: scan.code, stderr: scan.stderr.slice(-500) }).toMatchObject({ code: 0 });
    const merged = await cli([
      'merge',
      ...['--plan', join('run1', 'plan.json'), '--output-dir', join('run1', 'merged')],
      ...plan.include.map((g) => join('run1', `part-${g.group}`)),
    ]);
    expect(merged.code).toBe(0);
    first = await readReport(join(workspace, 'run1', 'merged', 'report.json'));
    expect(first.accounts.map((a) => a.id).sort()).toEqual([management, ...members].sort());
    // One bucket per member, versioning off: one finding each, all new.
    expect(first.findings.map((f) => f.account).sort()).toEqual([...members].sort());
    expect(first.findings.every((f) => f.history.state === 'new')).toBe(true);
    expect(first.scanErrors).toEqual([]);
  }, 300_000);

  it('keeps the findings of a missing group unknown, resolves nothing of it, and fails naming the group', async () => {
    const missing = plan.include.find((g) => g.group === '2');
    const present = plan.include.filter((g) => g.group !== '2');
    const scans = await Promise.all(present.map((group) => scanGroup('run2', group)));
    for (const scan of scans) expect(scan.code).toBe(0);
    const merged = await cli([
      'merge',
      ...['--plan', join('run1', 'plan.json'), '--previous-report', join('run1', 'merged', 'report.json')],
      ...['--output-dir', join('run2', 'merged')],
      ...present.map((g) => join('run2', `part-${g.group}`)),
    ]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toContain('Group 2 of the plan has no part');
    const second = await readReport(join(workspace, 'run2', 'merged', 'report.json'));
    const unread = new Set(missing?.accounts.split(','));
    expect(second.resolvedFindings).toEqual([]);
    expect(second.unknownFindings.map((f) => f.account).sort()).toEqual(
      first.findings
        .filter((f) => unread.has(f.account))
        .map((f) => f.account)
        .sort(),
    );
    expect(second.findings.every((f) => !unread.has(f.account) && f.history.state === 'persisting')).toBe(
      true,
    );
    expect(second.scanErrors.map((e) => [e.account, e.code]).sort()).toEqual(
      [...unread].sort().map((account) => [account, 'PartMissing']),
    );
  }, 300_000);
});
