import { describe, expect, it } from '@jest/globals';
import { checkCleanupDashboard, readCleanupInputs } from '../../src/action/cleanup-inputs.js';
import { cleanupPolicy } from '../../src/cleanup/policy.js';
import { main } from '../../src/cli/main.js';

const read = (inputs: Record<string, string>) => readCleanupInputs((name) => inputs[name] ?? '');

describe('cleanup inputs', () => {
  it('default to off, the available actions but bucket deletion, 10 a run, 14 days, both protection tags', () => {
    expect(read({})).toEqual({
      mode: 'off',
      actions: [
        'ec2.stop-instance',
        'rds.stop-instance',
        'ec2.delete-nat-gateway',
        'ec2.release-address',
        'ec2.delete-volume',
      ],
      maxActions: 10,
      expectedAccountId: undefined,
      approvalMaxAgeDays: 14,
      protectionTagKeys: ['aws-audit:protect', 'DoNotDelete'],
      snapshotBeforeDelete: true,
      maxBucketObjects: 1000,
      approvalsFile: '.github/aws-audit-approvals.yml',
    });
  });

  it('only add protection tags, never remove the defaults', () => {
    expect(read({ 'protection-tag-keys': 'keep, DoNotDelete' }).protectionTagKeys).toEqual([
      'aws-audit:protect',
      'DoNotDelete',
      'keep',
    ]);
  });

  it.each([
    [{ cleanup: 'yes' }, "cleanup must be one of off, dry-run, apply, got 'yes'"],
    [{ cleanup: 'apply' }, 'cleanup: apply needs expected-account-id'],
    [{ 'expected-account-id': '1234' }, "expected-account-id must be a 12-digit account id, got '1234'"],
    [{ 'cleanup-actions': 'ec2.delete-volumes' }, "cleanup-actions: unknown action 'ec2.delete-volumes'"],
    [{ 'max-cleanup-actions': '0' }, 'max-cleanup-actions must be between 1 and 1000, got 0'],
    [{ 'approval-max-age-days': '365' }, 'approval-max-age-days must be between 1 and 90, got 365'],
    [{ 'snapshot-before-delete': 'no' }, "snapshot-before-delete must be true or false, got 'no'"],
    [{ 'max-bucket-objects': '5000' }, 'max-bucket-objects must be between 0 and 1000, got 5000'],
    [{ 'approvals-file': '../approvals.yml' }, 'approvals-file must be a path inside the repository'],
    [{ 'approvals-file': '/etc/approvals.yml' }, 'approvals-file must be a path inside the repository'],
  ])('refuses %j before any AWS call: %s', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  it('take apply with its account, and a narrower allow-list', () => {
    const inputs = read({
      cleanup: 'apply',
      'expected-account-id': '111122223333',
      'cleanup-actions': 'ec2.release-address',
    });
    expect([inputs.mode, inputs.expectedAccountId, inputs.actions]).toEqual([
      'apply',
      '111122223333',
      ['ec2.release-address'],
    ]);
  });
});

describe('cleanup with dashboard: organization', () => {
  it('is refused (approvals are read from the per-account issues); off, or with account, passes', () => {
    for (const mode of ['dry-run', 'apply']) {
      const cleanup = read({ cleanup: mode, 'expected-account-id': '123456789012' });
      expect(() => checkCleanupDashboard(cleanup, 'organization')).toThrow(
        `cleanup: ${mode} reads approvals from the per-account dashboard issues: it needs dashboard: account`,
      );
      expect(() => checkCleanupDashboard(cleanup, 'account')).not.toThrow();
    }
    expect(() => checkCleanupDashboard(read({}), 'organization')).not.toThrow();
  });
});

describe('the cleanup role policy', () => {
  it('grants what the actions declare, and tagging only of snapshots as they are created', () => {
    const policy = cleanupPolicy(['ec2.delete-volume']);
    expect(policy.Statement.map((s) => [s.Sid, s.Action])).toEqual([
      ['AwsAuditCleanupRead', ['ec2:DescribeSnapshots', 'ec2:DescribeVolumes']],
      ['AwsAuditCleanupAct', ['ec2:CreateSnapshot', 'ec2:DeleteVolume']],
      ['AwsAuditCleanupTagSnapshotsOnCreate', ['ec2:CreateTags']],
    ]);
    expect(policy.Statement[2]).toMatchObject({
      Condition: { StringEquals: { 'ec2:CreateAction': 'CreateSnapshot' } },
    });
    expect(JSON.stringify(cleanupPolicy(['ec2.release-address']))).not.toContain('CreateTags');
  });

  it('is what aws-audit iam-policy --cleanup prints', async () => {
    const out: string[] = [];
    const io = { out: (text: string) => void out.push(text), err: (text: string) => void out.push(text) };
    expect(await main(['iam-policy', '--cleanup', '--actions', 'ec2.release-address'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual(cleanupPolicy(['ec2.release-address']));
  });
});
