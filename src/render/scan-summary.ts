import type { Inventory } from '../inventory/document.js';
import { serviceOfType } from '../inventory/resources/index.js';
import { escapeMarkdown } from './escape.js';

export interface ServiceCount {
  service: string;
  resources: number;
  errors: number;
}

export function countsByService(inventory: Inventory): ServiceCount[] {
  const counts = new Map<string, ServiceCount>();
  const entry = (service: string) => {
    let found = counts.get(service);
    if (!found) {
      found = { service, resources: 0, errors: 0 };
      counts.set(service, found);
    }
    return found;
  };
  for (const service of inventory.scan.services) entry(service);
  for (const resource of inventory.resources) entry(serviceOfType(resource.type)).resources += 1;
  for (const error of inventory.errors) entry(error.service).errors += 1;
  return [...counts.values()].sort((a, b) => a.service.localeCompare(b.service));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Plain text for terminals and Action logs. */
export function scanSummaryText(inventory: Inventory): string {
  const { stats } = inventory.scan;
  const accounts = inventory.accounts.map(
    (a) => `${a.id}${a.alias ? ` (${a.alias})` : ''}: ${a.regions.length} regions`,
  );
  const width = Math.max(...countsByService(inventory).map((c) => c.service.length), 7);
  const lines = [
    `Scanned ${inventory.accounts.length} account(s): ${accounts.join('; ')}`,
    `${'service'.padEnd(width)}  resources  errors`,
    ...countsByService(inventory).map(
      (c) =>
        `${c.service.padEnd(width)}  ${String(c.resources).padStart(9)}  ${String(c.errors).padStart(6)}`,
    ),
    `${inventory.resources.length} resources, ${stats.apiCalls} API calls, ${stats.retries} retries, ` +
      `${stats.throttles} throttled, ${stats.errors} errors in ${seconds(inventory.scan.durationMs)}`,
  ];
  // Denied calls are reported apart, grouped (render/denied.ts): as warnings, where they stand out.
  const late = timedOut(inventory);
  if (late.length > 0) lines.push(`Not answered in time (abandoned): ${late.join('; ')}`);
  return lines.join('\n');
}

/** Which limit ended a call, as the option that sets it. */
const TIME_LIMITS: Readonly<Record<string, string>> = {
  TimeoutError: 'call-timeout-seconds',
  RegionTimeBudgetExceeded: 'region-timeout-seconds',
  RunDeadlineExceeded: 'timeout-minutes',
};

/** Calls abandoned at a time limit, one entry per service, region and limit: `ec2 eu-west-3: 9 calls (region-timeout-seconds)`. */
export function timedOut(inventory: Inventory): string[] {
  const counts = new Map<string, number>();
  for (const error of inventory.errors) {
    const limit = TIME_LIMITS[error.code];
    if (!limit) continue;
    const key = `${error.service} ${error.region}: %d call(s) (${limit})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => key.replace('%d', String(count))).sort();
}

/** Markdown (with HTML-escaped values) for the job summary. */
export function scanSummaryMarkdown(inventory: Inventory): string {
  const { stats } = inventory.scan;
  const rows = countsByService(inventory).map((c) => `| ${c.service} | ${c.resources} | ${c.errors} |`);
  const accounts = inventory.accounts.map(
    (a) => `- \`${a.id}\`${a.alias ? ` (${escapeMarkdown(a.alias)})` : ''}: ${a.regions.length} regions`,
  );
  const errors = inventory.errors
    .slice(0, 50)
    .map(
      (e) =>
        `| ${e.account} | ${e.service} | ${e.region} | ${e.operation} | ${escapeMarkdown(e.code)} | ${escapeMarkdown(e.message)} |`,
    );
  return [
    '## AWS inventory',
    '',
    ...accounts,
    '',
    '| Service | Resources | Errors |',
    '| --- | ---: | ---: |',
    ...rows,
    '',
    `${inventory.resources.length} resources, ${stats.apiCalls} API calls, ${stats.retries} retries, ` +
      `${stats.throttles} throttled, ${stats.errors} errors in ${seconds(inventory.scan.durationMs)}.`,
    ...(errors.length > 0
      ? [
          '',
          '<details><summary>Scan errors</summary>',
          '',
          '| Account | Service | Region | Operation | Code | Message |',
          '| --- | --- | --- | --- | --- | --- |',
          ...errors,
          ...(inventory.errors.length > 50
            ? ['', `... and ${inventory.errors.length - 50} more in the inventory file.`]
            : []),
          '',
          '</details>',
        ]
      : []),
    '',
  ].join('\n');
}
