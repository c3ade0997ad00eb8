import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { readReport } from '../../src/report/io.js';
import { writeInventory } from '../../src/inventory/io.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { inventoryOf, resource } from '../support/inventory-builder.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const openSsh = resource('ec2:security-group', 'sg-0abc', {
  groupName: 'bastion',
  description: null,
  vpcId: 'vpc-1',
  isDefault: false,
  ingress: [
    {
      protocol: 'tcp',
      fromPort: 22,
      toPort: 22,
      ipv4Ranges: ['0.0.0.0/0'],
      ipv6Ranges: [],
      prefixListIds: [],
      referencedGroupIds: [],
    },
  ],
  egressRuleCount: 1,
  networkInterfaceIds: ['eni-1'],
});

async function savedInventory() {
  const dir = await mkdtemp(join(tmpdir(), 'aws-audit-cli-'));
  const path = join(dir, 'inventory.json');
  await writeInventory(path, inventoryOf([openSsh]));
  return { dir, path };
}

describe('aws-audit audit', () => {
  it('audits a saved inventory offline and writes a valid report', async () => {
    const { dir, path } = await savedInventory();
    const { code, stdout } = await run(['audit', '--inventory', path, '--output-dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('ec2.sg-ssh-open-to-internet');
    const report = await readReport(join(dir, 'report.json'));
    expect(report.findings.map((f) => f.ruleId)).toContain('ec2.sg-ssh-open-to-internet');
    expect(report.summary.bySeverity.high).toBeGreaterThan(0);
  });

  it('exits 3 with --fail-on when a finding is at least that severe, and 0 when none is', async () => {
    const { dir, path } = await savedInventory();
    const failing = await run(['audit', '--inventory', path, '--output-dir', dir, '--fail-on', 'high']);
    expect(failing.code).toBe(3);
    expect(failing.stderr).toMatch(/active finding\(s\) at or above high/);
    const passing = await run(['audit', '--inventory', path, '--output-dir', dir, '--fail-on', 'critical']);
    expect(passing.code).toBe(0);
  });

  it('suppresses with a reason from the config file, and keeps the finding in the report', async () => {
    const { dir, path } = await savedInventory();
    const config = join(dir, 'aws-audit.yml');
    await writeFile(
      config,
      [
        'suppressions:',
        '  - rule: ec2.sg-ssh-open-to-internet',
        '    resource: "*:security-group/sg-0abc"',
        '    reason: bastion, IP-restricted at the NACL',
        '',
      ].join('\n'),
    );
    const { code } = await run([
      'audit',
      '--inventory',
      path,
      '--output-dir',
      dir,
      '--config',
      config,
      '--fail-on',
      'high',
    ]);
    const report = await readReport(join(dir, 'report.json'));
    const ssh = report.findings.find((f) => f.ruleId === 'ec2.sg-ssh-open-to-internet');
    expect(ssh?.suppressed).toMatchObject({
      reason: 'bastion, IP-restricted at the NACL',
      source: `${config}:2:5`,
    });
    expect(report.summary.suppressed).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it('names the file, line and column of a bad config', async () => {
    const { dir, path } = await savedInventory();
    const config = join(dir, 'bad.yml');
    await writeFile(
      config,
      [
        'thresholds:',
        '  stoppedInstanceDays: soon',
        'suppressions:',
        '  - rule: ec2.sg-ssh-open-to-internet',
        '',
      ].join('\n'),
    );
    const { code, stderr } = await run([
      'audit',
      '--inventory',
      path,
      '--output-dir',
      dir,
      '--config',
      config,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${config}:2:24: thresholds.stoppedInstanceDays must be integer`);
    expect(stderr).toContain(`${config}:4:5: suppressions.0 is missing 'reason'`);
  });

  it('fails clearly when --config names a file that does not exist, or --inventory a corrupt file', async () => {
    const { dir, path } = await savedInventory();
    const missing = await run([
      'audit',
      '--inventory',
      path,
      '--output-dir',
      dir,
      '--config',
      join(dir, 'nope.yml'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`aws-audit: --config: cannot read ${join(dir, 'nope.yml')}: ENOENT`);
    await writeFile(join(dir, 'corrupt.json'), '{"schemaVersion": 1');
    const corrupt = await run(['audit', '--inventory', join(dir, 'corrupt.json'), '--output-dir', dir]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toContain('corrupt.json is not a valid aws-audit inventory');
  });

  it('needs --inventory, and rejects an unknown --fail-on', async () => {
    expect((await run(['audit'])).code).toBe(2);
    const { path } = await savedInventory();
    const bad = await run(['audit', '--inventory', path, '--fail-on', 'severe']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "--fail-on must be one of none, critical, high, medium, low, info; got 'severe'",
    );
  });
});

describe('aws-audit audit: wrong files', () => {
  it('says a report.json given as --inventory is a report, and which file to pass instead', async () => {
    const { dir, path } = await savedInventory();
    expect((await run(['audit', '--inventory', path, '--output-dir', dir])).code).toBe(0);
    const reportPath = join(dir, 'report.json');
    const { code, stderr, stdout } = await run(['audit', '--inventory', reportPath, '--output-dir', dir]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(
      `aws-audit: ${reportPath} is an aws-audit report, not an inventory: audit reads the inventory.json ` +
        `that aws-audit scan writes, here ${path}.`,
    );
  });

  it('says so, without an inventory beside it, too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-cli-'));
    const { path } = await savedInventory();
    await run(['audit', '--inventory', path, '--output-dir', dir]);
    const { code, stderr } = await run(['audit', '--inventory', join(dir, 'report.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('is an aws-audit report, not an inventory: audit reads the inventory.json');
    expect(stderr).toContain('(next to its report.json)');
  });

  it.each([
    ['[]', 'is not an aws-audit inventory but JSON an array'],
    ['"inventory"', 'is not an aws-audit inventory but JSON a string'],
    ['null', 'is not an aws-audit inventory but JSON null'],
    ['{}', 'is not an aws-audit inventory (it is an empty object; an inventory has schemaVersion'],
    [
      JSON.stringify({ Version: '2012-10-17', Statement: [] }),
      'is not an aws-audit inventory (its keys are Version, Statement; an inventory has schemaVersion, scan, accounts, resources): audit reads the inventory.json that aws-audit scan writes.',
    ],
  ])('names what else %s is', async (text, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-cli-'));
    await writeFile(join(dir, 'wrong.json'), text);
    const { code, stderr } = await run([
      'audit',
      '--inventory',
      join(dir, 'wrong.json'),
      '--output-dir',
      dir,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${join(dir, 'wrong.json')} ${message}`);
  });

  it('fails on an --output-dir that is a file before auditing, naming the flag', async () => {
    const { dir, path } = await savedInventory();
    const { code, stderr } = await run(['audit', '--inventory', path, '--output-dir', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`aws-audit: --output-dir: ${path} exists and is not a directory`);
    expect(await readdir(dir)).toEqual(['inventory.json']);
  });
});

describe('aws-audit audit: suppressions that match nothing', () => {
  it('warns, naming the file and line, and still applies the ones that match', async () => {
    const { dir, path } = await savedInventory();
    const config = join(dir, 'aws-audit.yml');
    await writeFile(
      config,
      [
        'suppressions:',
        '  - rule: ec2.sg-ssh-open-to-internet',
        '    resource: "*:security-group/sg-0abc"',
        '    reason: matches',
        '  - rule: ec2.sg-ssh-open-to-internet',
        '    resource: "*:security-group/sg-0abd"',
        '    reason: a typo',
        '  - rule: ec2.sg-ssh-open-to-internet',
        "    resource: '/sg-9$/'",
        '    reason: a regex that matches nothing',
        '  - rule: ec2.sg-ssh-open-to-internet',
        '    region: eu-west-1',
        '    reason: no resource pattern, nothing to check',
        '',
      ].join('\n'),
    );
    const { code, stdout } = await run([
      'audit',
      '--inventory',
      path,
      '--output-dir',
      dir,
      '--config',
      config,
    ]);
    expect(code).toBe(0);
    const report = await readReport(join(dir, 'report.json'));
    expect(report.warnings).toEqual([
      `The suppression at ${config}:5:5 (rule ec2.sg-ssh-open-to-internet) matches no resource in the inventory: resource '*:security-group/sg-0abd'. Check the pattern, or remove the suppression.`,
      `The suppression at ${config}:8:5 (rule ec2.sg-ssh-open-to-internet) matches no resource in the inventory: resource '/sg-9$/'. Check the pattern, or remove the suppression.`,
    ]);
    expect(stdout).toContain(`warning: The suppression at ${config}:5:5`);
    expect(report.findings.find((f) => f.ruleId === 'ec2.sg-ssh-open-to-internet')?.suppressed?.reason).toBe(
      'matches',
    );
  });
});

describe('aws-audit rules', () => {
  it('lists every rule with severity, category and references', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^ec2\.sg-ssh-open-to-internet\s+high\s+security\s+.+\[FSBP EC2\.19, CIS 6\.3, CIS 6\.4\]$/m,
    );
    expect(stdout).toContain(`${catalog.length} rules`);
  });

  it('prints the metadata as JSON with --json', async () => {
    const { stdout } = await run(['rules', '--json']);
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toEqual(
      catalog.map((r) => r.metadata.id).sort(),
    );
  });
});
