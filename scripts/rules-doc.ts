/**
 * Generates docs/rules.md from the rule metadata. `npm run docs` writes it; `npm run docs:check`
 * fails when the committed file differs (CI runs it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../src/config/schema.js';
import { catalog } from '../src/rules/catalog/index.js';
import { citationName, controlTitle, STANDARD_KEYS, STANDARDS } from '../src/rules/compliance.js';
import type { RuleMetadata } from '../src/rules/model.js';
import { FSBP_NOT_CHECKED, FSBP_SCANNED_SERVICES } from '../src/rules/data/standards/fsbp-not-checked.js';
import { projectRoot } from './moto.js';

const path = join(projectRoot, 'docs', 'rules.md');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Every control a rule cites, as `FSBP EC2.19`, with a mark where the rule deliberately differs. */
const citations = (metadata: RuleMetadata) =>
  STANDARD_KEYS.flatMap((standard) =>
    metadata.references[standard].map((id) => {
      const name = citationName(standard, id);
      return { standard, id, name, deviation: metadata.deviations[name] };
    }),
  );

function references(metadata: RuleMetadata): string {
  return citations(metadata)
    .map((c) => (c.deviation ? `${c.name} (differs)` : c.name))
    .join(', ');
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
    ...citations(metadata).map(
      (c) =>
        `${c.name}: ${controlTitle(c.standard, c.id) ?? ''}` +
        (c.deviation ? `. *Differs:* ${c.deviation}` : ''),
    ),
    ...metadata.references.docs,
  ];
  if (refs.length > 0) lines.push('', '*References:*', '', ...refs.map((r) => `- ${r}`));
  if (metadata.cleanupAction) lines.push('', `*Cleanup action:* \`${metadata.cleanupAction}\``);
  if (metadata.aliases.length > 0)
    lines.push('', `*Formerly:* ${metadata.aliases.map((a) => `\`${a}\``).join(', ')}`);
  return lines.join('\n');
}

/**
 * Checks that, as of the comparison in ../shared/reference/audit-rules.md (Prowler, CloudSploit,
 * Security Hub, ScoutSuite, Steampipe), no open tool makes: each with how the others fall short.
 */
const BEYOND_OPEN_TOOLS: readonly (readonly [string, string])[] = [
  [
    'iam.role-oidc-subject-unpinned',
    'a role any repository (or any owner) on GitHub, GitLab, HCP Terraform or Bitbucket can assume; no tool reads the OIDC trust conditions',
  ],
  ['iam.role-oidc-audience-unpinned', 'the same trust without its audience pinned'],
  [
    'cloudtrail.duplicate-management-events',
    'a second trail billed for the same management events, with the cost basis; others check that a trail exists',
  ],
  [
    's3.bucket-incomplete-uploads-not-aborted',
    'billed parts of incomplete multipart uploads no lifecycle rule aborts; others check only that some lifecycle rule exists',
  ],
  [
    'route53.record-dangling',
    'records to S3 buckets no account holds (HeadBucket 404) and to deleted CloudFront names (NXDOMAIN); others check A records to Elastic IPs and S3 website names only',
  ],
  [
    'cloudwatch.log-group-without-retention',
    'never-expiring log groups with what their stored bytes cost a month; others check a retention setting against a number of days',
  ],
  ['ec2.volume-gp2', 'gp2 volumes with the monthly saving of gp3'],
  [
    'ec2.nat-gateway-idle',
    'NAT gateways that processed no traffic over the window (CloudWatch metrics), with their hourly cost',
  ],
  ['apigateway.rest-api-cors-any-origin', "API Gateway CORS '*' (others check only Lambda function URLs)"],
  ['apigateway.http-api-cors-any-origin', 'the same for HTTP APIs'],
  ['budgets.account-has-no-budget', 'an account without any AWS Budget'],
  ['cloudwatch.region-without-alarms', 'a region running workloads with no CloudWatch alarm at all'],
];

function beyondOpenTools(rules: readonly RuleMetadata[]): string[] {
  const ids = new Set(rules.map((r) => r.id));
  for (const [id] of BEYOND_OPEN_TOOLS)
    if (!ids.has(id)) throw new Error(`BEYOND_OPEN_TOOLS names ${id}, which is not a rule`);
  return [
    '## Checks no open tool makes',
    '',
    'None of Prowler, CloudSploit, Security Hub, ScoutSuite or Steampipe has these, in their check catalogs as this project compared them:',
    '',
    ...BEYOND_OPEN_TOOLS.map(([id, what]) => `- [\`${id}\`](#${id.replace(/\./g, '')}): ${what}.`),
    '',
  ];
}

/** Per scanned service: FSBP controls, those a rule checks, and the rest by id. */
function fsbpCoverage(rules: readonly RuleMetadata[]): string[] {
  const cited = new Set(rules.flatMap((r) => r.references.fsbp));
  const ids = Object.keys(STANDARDS.fsbp.controls);
  const rows = FSBP_SCANNED_SERVICES.map((service) => {
    const controls = ids.filter((id) => id.split('.')[0] === service);
    const checked = controls.filter((id) => cited.has(id));
    const open = controls.filter((id) => !cited.has(id));
    return { service, total: controls.length, checked: checked.length, open };
  });
  const total = rows.reduce((n, r) => n + r.total, 0);
  const checked = rows.reduce((n, r) => n + r.checked, 0);
  return [
    '## FSBP coverage of the services scanned',
    '',
    `${checked} of the ${total} FSBP controls of the services the scan reads are checked; why each other one is not follows the table.`,
    '',
    '| Service | Controls | Checked | Not checked |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.service} | ${r.total} | ${r.checked} | ${r.open.join(', ')} |`),
    `| **Total** | **${total}** | **${checked}** | |`,
    '',
    '### Not checked, and why',
    '',
    ...rows.flatMap((r) => r.open.map((id) => `- ${id}: ${FSBP_NOT_CHECKED[id] ?? 'not checked yet'}`)),
    '',
  ];
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
    'References name the controls a finding fails: ' +
      STANDARD_KEYS.map(
        (key) =>
          `${STANDARDS[key].prefix} is the ${STANDARDS[key].name} v${STANDARDS[key].version} (${STANDARDS[key].source}, as of ${STANDARDS[key].asOf})`,
      ).join('; ') +
      '. A rule lists every control its findings can fail; each finding carries only those it fails ' +
      "(an IPv4 or IPv6 source, a read or write grant, an age past the control's own limit). " +
      '"Differs" marks a control whose threshold or scope the rule deliberately does not share; the ' +
      "rule's details say how.",
    '',
    '| Rule | Severity | Category | Resource | Title | References |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rules.map(
      (m) =>
        `| [\`${m.id}\`](#${m.id.replace(/\./g, '')}) | ${m.severity} | ${m.category} | \`${m.resourceType}\` | ${cell(m.title)} | ${references(m)} |`,
    ),
    '',
    ...fsbpCoverage(rules),
    ...beyondOpenTools(rules),
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
