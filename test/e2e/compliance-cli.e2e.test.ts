import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@smithy/types';
import { readReport } from '../../src/report/io.js';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { CLI_BUNDLE, runNode } from '../support/run-process.js';

/**
 * The bundled CLI scans S3 on moto, then prints the compliance view of its report for FSBP and CIS:
 * the S3 controls a bare bucket fails are failures with their findings; what was not scanned (IAM,
 * EC2...) is not judged, never a pass.
 */
describe('aws-audit compliance on a scanned report', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let workspace: string;
  let report: AuditReport;
  const env = () => ({
    PATH: process.env.PATH,
    HOME: workspace,
    AWS_ENDPOINT_URL: process.env.MOTO_ENDPOINT ?? '',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
  });
  const cli = (args: string[]) =>
    runNode(CLI_BUNDLE, args, { env: env(), cwd: workspace, killAfterMs: 120_000 });

  beforeAll(async () => {
    if (!existsSync(CLI_BUNDLE)) throw new Error('dist/cli/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    workspace = await mkdtemp(join(tmpdir(), 'aws-audit-compliance-'));
    const s3 = new S3Client(seedConfig('us-east-1', credentials));
    await s3.send(new CreateBucketCommand({ Bucket: `compliance-${account}` }));
    s3.destroy();
    const scan = await cli(['scan', '--regions', 'us-east-1', '--services', 's3', '--output-dir', 'out']);
    expect(scan.code).toBe(0);
    report = await readReport(join(workspace, 'out', 'report.json'));
  }, 180_000);

  it.each(['fsbp', 'cis'] as const)(
    'prints the %s view: fails with their findings, the unscanned not judged',
    async (standard) => {
      const run = await cli(['compliance', '--report', join('out', 'report.json'), '--standard', standard]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const counts = report.compliance?.[standard].accounts.find((a) => a.account === account)?.counts;
      expect(counts?.fail).toBeGreaterThan(0);
      expect(run.stdout).toContain(`### Account ${account}`);
      expect(run.stdout).toContain(
        `${counts?.pass} pass, ${counts?.fail} fail, ${counts?.notApplicable} not applicable, ${counts?.notJudged} not judged; ${counts?.total} controls`,
      );
      const rows = run.stdout.split('\n').filter((l) => l.startsWith('| <code>'));
      expect(rows).toHaveLength(counts?.total ?? -1);
      // IAM was not scanned: its controls are not judged, none passes.
      const iam = rows.filter((r) => /rule iam\./.test(r));
      expect(iam.length).toBeGreaterThan(0);
      expect(iam.every((r) => r.includes('| not judged |'))).toBe(true);
    },
  );

  it('refuses --standard nist before reading anything (exit 2)', async () => {
    const run = await cli(['compliance', '--report', 'missing.json', '--standard', 'nist']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the NIST SP 800-53 control table is not in this version');
  });
});
