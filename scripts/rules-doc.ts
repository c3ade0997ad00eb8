/**
 * Generates docs/rules.md from the rule metadata. `npm run docs` writes it; `npm run docs:check`
 * fails when the committed file differs (CI runs it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../src/config/schema.js';
import { catalog } from '../src/rules/catalog/index.js';
import { CIS_SECTIONS, FSBP_CONTROLS } from '../src/rules/compliance.js';
import type { RuleMetadata } from '../src/rules/model.js';
import { projectRoot } from './moto.js';

const path = join(projectRoot, 'docs', 'rules.md');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function references(metadata: RuleMetadata): string {
  return [
    ...metadata.references.fsbp.map((id) => `FSBP ${id}`),
    ...metadata.references.cis.map((id) => `CIS ${id}`),
  ].join(', ');
}

function section(metadata: RuleMetadata): string {
  const lines = [
    `### \`${metadata.id}\``,
    '',
    `**${metadata.title}** · ${metadata.severity} · ${metadata.category} · \`${metadata.resourceType}\`` +
      `${metadata.defaultEnabled ? '' : ' · off by default'}`,
    '',
    metadata.description,
    '',
    `*Reads:* ${metadata.reads.map((type) => `\`${type}\``).join(', ')}` +
      (metadata.consults.length > 0
        ? `; *consults* (for severity, cost or evidence; judged as partial where unread): ${metadata.consults.map((type) => `\`${type}\``).join(', ')}`
        : ''),
    '',
    `*Risk:* ${metadata.risk}`,
    '',
    `*Remediation:* ${metadata.remediation.text}`,
  ];
  if (metadata.remediation.cli) lines.push('', '```sh', metadata.remediation.cli, '```');
  if (metadata.remediation.console) lines.push('', `*Console:* ${metadata.remediation.console}`);
  const refs = [
    ...metadata.references.fsbp.map((id) => `FSBP ${id}: ${FSBP_CONTROLS[id]?.title ?? ''}`),
    ...metadata.references.cis.map((id) => `CIS ${id}: ${CIS_SECTIONS[id]?.title ?? ''}`),
    ...metadata.references.docs,
  ];
  if (refs.length > 0) lines.push('', '*References:*', '', ...refs.map((r) => `- ${r}`));
  if (metadata.cleanupAction) lines.push('', `*Cleanup action:* \`${metadata.cleanupAction}\``);
  if (metadata.aliases.length > 0)
    lines.push('', `*Formerly:* ${metadata.aliases.map((a) => `\`${a}\``).join(', ')}`);
  return lines.join('\n');
}

export function renderRulesDoc(): string {
  const rules = [...catalog].map((r) => r.metadata).sort((a, b) => a.id.localeCompare(b.id));
  return [
    '# Rules',
    '',
    '<!-- Generated from the rule metadata by `npm run docs`; do not edit by hand. -->',
    '',
    `${rules.length} rules. Severity overrides, enabling and disabling (by id or glob), thresholds and`,
    'suppressions go in `.github/aws-audit.yml` (see the README). Default thresholds:',
    '',
    ...Object.entries(DEFAULT_THRESHOLDS).map(([key, value]) => `- \`${key}\`: \`${JSON.stringify(value)}\``),
    '',
    '| Rule | Severity | Category | Resource | Title | References |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rules.map(
      (m) =>
        `| [\`${m.id}\`](#${m.id.replace(/\./g, '')}) | ${m.severity} | ${m.category} | \`${m.resourceType}\` | ${cell(m.title)} | ${references(m)} |`,
    ),
    '',
    '## Details',
    '',
    ...rules.map((m) => `${section(m)}\n`),
  ].join('\n');
}

const rendered = renderRulesDoc();
if (process.argv.includes('--check')) {
  const committed = await readFile(path, 'utf8').catch(() => '');
  if (committed !== rendered) {
    process.stderr.write('docs/rules.md is stale: run npm run docs and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('docs/rules.md is up to date\n');
} else {
  await writeFile(path, rendered);
  process.stdout.write(`wrote ${path}\n`);
}
