import { describe, expect, it } from '@jest/globals';
import {
  loadTemplates,
  renderIssue,
  renderSlackMessage,
  renderSummary,
} from '../../../src/render/report-views.js';
import type { AuditReport, CleanupEntry } from '../../../src/report/report.js';
import { checkboxes } from '../../../src/render/checkboxes.js';
import { ACCOUNT } from '../../support/inventory-builder.js';
import { githubLinks } from '../../support/markup.js';
import { blockKitViolations } from '../../support/slack-blocks.js';
import { firstRun, LINKS } from './report-fixtures.js';

const templates = await loadTemplates();
const HOSTILE = '@octo-org/admins <!channel> [x](http://evil.example) | </details>';

/** A run with two candidates, one approved, and a cleanup log of an apply. */
function cleanedUp(): AuditReport {
  const report = firstRun([
    { key: 'old', cleanup: 'ec2.delete-volume', monthlyUsd: 8, name: 'old-disk' },
    { key: 'eip', cleanup: 'ec2.release-address', monthlyUsd: 3.65 },
  ]);
  const [volume, address] = report.cleanup.candidates as [
    AuditReport['cleanup']['candidates'][number],
    AuditReport['cleanup']['candidates'][number],
  ];
  report.cleanup.mode = 'apply';
  report.cleanup.approvals = [
    {
      ...volume,
      approvedBy: 'writer',
      approvedAt: '2026-11-30T09:00:00.000Z',
      source: 'comment' as const,
      reference: 'https://github.com/o/r/issues/3#issuecomment-9',
      expiresAt: '2026-12-14T09:00:00.000Z',
      revokedBy: null,
      revokedAt: null,
      doneAt: null,
    },
  ].map(({ monthlyUsd: _m, ...record }) => record);
  const entry = (overrides: Partial<CleanupEntry>): CleanupEntry => ({
    at: report.generatedAt,
    mode: 'apply',
    id: volume.id,
    fingerprint: volume.fingerprint,
    action: volume.action,
    account: ACCOUNT,
    region: volume.region,
    resourceId: volume.resourceId,
    resourceArn: volume.arn,
    outcome: 'done',
    detail: 'deleted after snapshot snap-0123 (pending)',
    calls: ['ec2:CreateSnapshot VolumeId=vol-old', 'ec2:DeleteVolume VolumeId=vol-old'],
    approvedBy: 'writer',
    monthlyUsd: 8,
    ...overrides,
  });
  report.cleanup.log = [
    entry({}),
    entry({
      id: address.id,
      action: address.action,
      resourceId: address.resourceId,
      outcome: 'skipped',
      detail: `protected by its tag ${HOSTILE}`,
    }),
  ];
  report.cleanup.notes = [
    `comment https://github.com/o/r/issues/3#issuecomment-4 by ${HOSTILE} not counted: approving needs write access`,
  ];
  return report;
}

describe('cleanup in the views', () => {
  const report = cleanedUp();

  it('lists candidates with their short id, the saving and how it was reached, approval, and how to approve', () => {
    const priced = cleanedUp();
    const [finding] = priced.findings;
    if (!finding?.cost) throw new Error('no cost');
    finding.cost.basis = '80 GiB x $0.10 per GB-month (gp2)';
    finding.cost.prices = [
      {
        item: 'ebs.gp2',
        usd: 0.1,
        unit: 'GB-month',
        region: 'us-east-1',
        fallback: false,
        source: 'AWS',
        asOf: '2026-11-01',
      },
    ];
    const { body } = renderIssue(priced, ACCOUNT, templates, LINKS);
    const [volume] = priced.cleanup.candidates;
    expect(body).toContain('`/aws-audit approve <id>`');
    expect(body).toMatch(
      new RegExp(
        `\\| <code>${volume?.id}</code> \\| ec2.delete-volume \\| old-disk \\| us-east-1 \\| &#36;8\\.00 \\| 80 GiB x &#36;0\\.10 per GB-month \\(gp2\\); prices of 2026-11-01 \\| approved by writer until 2026-12-14 \\|`,
      ),
    );
  });

  it('offers a box to tick for each candidate not yet approved, which the approvals reader finds', () => {
    const { body } = renderIssue(report, ACCOUNT, templates, LINKS);
    const [volume, address] = report.cleanup.candidates;
    const boxes = checkboxes(body);
    expect([...boxes]).toEqual([[address?.id, false]]);
    expect(body).toContain(
      `- [ ] <!-- aws-audit-approve:${address?.id} --> <code>${address?.id}</code> ec2.release-address on`,
    );
    expect(body).not.toContain(`aws-audit-approve:${volume?.id}`);
    const allApproved = cleanedUp();
    allApproved.cleanup.candidates = allApproved.cleanup.candidates.slice(0, 1);
    expect(renderIssue(allApproved, ACCOUNT, templates, LINKS).body).not.toContain('Or tick a box');
  });

  it('never lets a resource name tick its own box', () => {
    const forged = firstRun([{ key: 'eip', cleanup: 'ec2.release-address', monthlyUsd: 3.65 }]);
    const id = forged.cleanup.candidates[0]?.id ?? '';
    const [finding] = forged.findings;
    if (!finding) throw new Error('no finding');
    finding.resource.name = `x\n- [x] <!-- aws-audit-approve:${id} -->\r\n* [x] <!-- aws-audit-approve:${id} -->`;
    const { body } = renderIssue(forged, ACCOUNT, templates, LINKS);
    expect([...checkboxes(body)]).toEqual([[id, false]]);
  });

  it('says what this run did with each approved candidate, and which approvals were not counted', () => {
    const { body } = renderIssue(report, ACCOUNT, templates, LINKS);
    expect(body).toContain('### Cleanup this run (apply)');
    expect(body).toMatch(
      /\| \*\*done\*\* \| ec2.delete-volume \| vol-old \| us-east-1 \| writer \| deleted after snapshot snap-0123 \(pending\) \|/,
    );
    expect(body).toMatch(/\| skipped \| ec2.release-address \| vol-eip \|/);
    expect(body).toContain('Approvals not counted (1)');
    const summary = renderSummary(report, templates, LINKS);
    expect(summary).toContain(`#### Cleanup (apply) in ${ACCOUNT}`);
    // Only what apply really did counts: the skipped address does not.
    for (const text of [body, summary]) {
      expect(text).toContain('Done this run: about &#36;8.00 a month no longer billed');
    }
    const dry = cleanedUp();
    dry.cleanup.log = dry.cleanup.log.map((e) => ({ ...e, mode: 'dry-run', outcome: 'would-do' }));
    expect(renderIssue(dry, ACCOUNT, templates, LINKS).body).not.toContain('Done this run');
  });

  it('keeps approved cleanups done in the last 30 days in a Done section, newest first', () => {
    const done = cleanedUp();
    const [record] = done.cleanup.approvals;
    if (!record) throw new Error('no approval');
    done.cleanup.approvals = [
      { ...record, id: 'aaaa1111', doneAt: '2026-11-20T06:00:00.000Z' },
      { ...record, id: 'bbbb2222', doneAt: '2026-11-30T06:00:00.000Z' },
      { ...record, id: 'cccc3333', doneAt: '2026-10-01T06:00:00.000Z' },
    ];
    const { body } = renderIssue(done, ACCOUNT, templates, LINKS);
    expect(body).toContain('### Done (2, last 30 days)');
    const rows = body
      .split('\n')
      .filter((line) => /^\| <code>(aaaa1111|bbbb2222|cccc3333)<\/code>/.test(line));
    expect(rows.map((line) => line.slice(8, 16))).toEqual(['bbbb2222', 'aaaa1111']);
    expect(rows[0]).toContain('| 2026-11-30 | writer |');
    expect(renderIssue(report, ACCOUNT, templates, LINKS).body).not.toContain('### Done');
  });

  it('never lets a hostile tag or name in a detail or note become markup', () => {
    for (const text of [
      renderIssue(report, ACCOUNT, templates, LINKS).body,
      renderSummary(report, templates, LINKS),
    ]) {
      const own = /\]\(<https:\/\/github\.com\/o\/r\/actions\/runs\/42(\/artifacts\/7)?>\)/g;
      const withoutOwnLinks = text
        .replace(own, '')
        .replace(/https:\/\/github\.com\/o\/r\/issues\/3#issuecomment-\d+/g, '');
      expect(githubLinks(withoutOwnLinks)).toEqual([]);
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('</details> ');
      // The hostile row keeps its table's column count: the `|` in the tag is escaped.
      const cells = (line: string | undefined) => (line ?? '').split(/(?<!\\)\|/).length;
      const lines = text.split('\n');
      const hostile = lines.find((line) => line.includes('skipped') && line.includes('release-address'));
      const done = lines.find((line) => line.includes('deleted after snapshot'));
      expect(hostile).toBeDefined();
      expect(cells(hostile)).toBe(cells(done));
    }
  });

  it('tells Slack what cleanup did, as valid Block Kit without mentions', () => {
    const message = renderSlackMessage(report, templates, LINKS);
    expect(blockKitViolations(message)).toEqual([]);
    const text = JSON.stringify(message);
    expect(text).toContain('Cleanup (apply):');
    expect(text).toMatch(/done ec2\.\u200b?delete-volume/);
    expect(text).not.toContain('<!channel>');
  });
});
