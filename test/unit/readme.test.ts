import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { parseAuditConfig } from '../../src/config/load.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { selectRules } from '../../src/rules/select.js';
import { scanPolicy } from '../../src/scan/iam-policy.js';
import { availableCleanupActions } from '../../src/action/cleanup-inputs.js';
import { cleanupPolicy } from '../../src/cleanup/policy.js';

describe('README', () => {
  it('shows a configuration example that parses and names only real rules', async () => {
    const readme = await readFile('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const config = parseAuditConfig(example ?? '', 'README.md');
    expect(config.suppressions).toHaveLength(1);
    const selected = selectRules(catalog, config).map((r) => r.metadata.id);
    expect(selected).toContain('dynamodb.table-not-cmk-encrypted');
    expect(selected).not.toContain('ec2.instance-public-ip');
  });

  it('shows the read-only policy the collectors declare, as `aws-audit iam-policy` prints it', async () => {
    const readme = await readFile('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('least-privilege read-only policy'));
    const shown = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(JSON.parse(shown ?? 'null')).toEqual(scanPolicy());
  });

  it('shows the cleanup policy the actions declare, as `aws-audit iam-policy --cleanup` prints it', async () => {
    const readme = await readFile('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('generated from what each\naction declares'));
    const shown = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(JSON.parse(shown ?? 'null')).toEqual(cleanupPolicy(availableCleanupActions()));
  });
});
