/**
 * `npm run bench:report`: times the diff of two runs and the rendering of every view (job summary,
 * PR comment, dashboard issue, Slack) for a report of 100,000 findings, and their peak memory.
 *   npm run bench:report -- [--findings 100000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { applyBaseline } from '../src/diff/diff.js';
import { buildReport, summarize, type AuditReport } from '../src/report/report.js';
import {
  loadTemplates,
  renderIssue,
  renderPrComment,
  renderSlackMessage,
  renderSummary,
} from '../src/render/report-views.js';
import { catalog } from '../src/rules/catalog/index.js';
import { runRules } from '../src/rules/engine.js';
import { syntheticInventory } from './synthetic-inventory.js';

const { values } = parseArgs({ options: { findings: { type: 'string', default: '100000' } } });
const wanted = Number(values.findings);
const inventory = syntheticInventory(100_000);
const previousAt = new Date('2026-11-24T12:00:00Z');
const now = new Date('2026-11-25T12:00:00Z');

/** The rules' findings, copied under new fingerprints and resource ids until there are `count`. */
function reportOf(at: Date, count: number, offset: number): AuditReport {
  const report = buildReport(inventory, runRules(inventory, DEFAULT_CONFIG, catalog, at), DEFAULT_CONFIG, at);
  const base = report.findings;
  const findings = Array.from({ length: count }, (_, i) => {
    const f = base[i % base.length] as AuditReport['findings'][number];
    const copy = Math.floor(i / base.length) + offset;
    return copy === 0
      ? f
      : {
          ...f,
          fingerprint: `${f.fingerprint}-${copy}`,
          resource: { ...f.resource, id: `${f.resource.id}-${copy}` },
        };
  });
  return { ...report, findings, summary: summarize(findings, [], []) };
}

const time = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

// The current run keeps 90% of the previous findings and has 10% new ones.
const previous = reportOf(previousAt, wanted, 0);
const current = reportOf(now, wanted, 0);
const keep = Math.floor(wanted * 0.9);
const fresh = reportOf(now, wanted - keep, 1_000);
const currentFindings = [...current.findings.slice(0, keep), ...fresh.findings];
const next = { ...current, findings: currentFindings };
const info = {
  source: 'file' as const,
  location: 'previous.json',
  generatedAt: previous.generatedAt,
  note: null,
};

const [diffed, diffMs] = time(() => applyBaseline(next, previous, info));
const templates = await loadTemplates();
const links = {
  run: 'https://github.com/o/r/actions/runs/1',
  artifact: 'https://github.com/o/r/actions/runs/1',
};
const account = diffed.accounts[0]?.id ?? '';
const [summary, summaryMs] = time(() => renderSummary(diffed, templates, links));
const [comment, commentMs] = time(() => renderPrComment(diffed, account, templates, links));
const [issue, issueMs] = time(() => renderIssue(diffed, account, templates, links));
const [slack, slackMs] = time(() => renderSlackMessage(diffed, templates, links));
const states = diffed.summary.byState;
const count = (state: keyof typeof states) => Object.values(states[state]).reduce((n, c) => n + c, 0);
const row = (label: string, value: string) => `${label.padEnd(34)} ${value}\n`;
process.stdout.write(
  `\naws-audit report benchmark\n` +
    row('findings (previous / current)', `${previous.findings.length} / ${next.findings.length}`) +
    row(
      'diff: new / persisting / resolved',
      `${count('new')} / ${count('persisting')} / ${count('resolved')}`,
    ) +
    row('diff time', `${diffMs.toFixed(0)} ms`) +
    row('job summary', `${summaryMs.toFixed(0)} ms, ${Buffer.byteLength(summary)} bytes`) +
    row('PR comment', `${commentMs.toFixed(0)} ms, ${comment.length} characters`) +
    row('dashboard issue', `${issueMs.toFixed(0)} ms, ${issue.body.length} characters`) +
    row('Slack message', `${slackMs.toFixed(0)} ms, ${slack.blocks.length} blocks`) +
    row('peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`),
);
