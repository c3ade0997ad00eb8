import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AwsCredentialIdentity } from '@smithy/types';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Inventory } from '../../src/inventory/document.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import type { Expectation, SeedExpectations } from '../../scripts/fixtures/seeds/common.js';
import * as expenzez from '../../scripts/fixtures/seeds/expenzez.js';
import * as keeptabs from '../../scripts/fixtures/seeds/keeptabs.js';
import * as resourceTracker from '../../scripts/fixtures/seeds/resource-tracker.js';
import * as stackpro from '../../scripts/fixtures/seeds/stackpro.js';
import * as stockpilot from '../../scripts/fixtures/seeds/stockpilot.js';
import { DNS_SERVERS_ENV } from '../../src/scan/existence.js';
import { accountCredentials, errorsBeyondMoto, scanForTest, uniqueAccountId } from '../support/aws.js';
import { startDnsServer } from '../support/dns-server.js';
import { restoreEnv } from '../support/process-env.js';

/**
 * The five accounts the seed documents describe, rebuilt in moto by scripts/fixtures/seeds: a scan
 * and an audit with the default configuration must report the gaps each document names, and nothing
 * it shows as done. The fixtures carry everything the test needs (each expectation quotes the
 * document's words in `why`); the documents themselves are not read. Rules that are off by default
 * are switched on for the accounts whose expectations cite them, as a user wanting that check would.
 */

interface SeededAccount {
  document: string;
  seed: (credentials: AwsCredentialIdentity, accountId: string) => Promise<void>;
  regions: string[];
  expectations: SeedExpectations;
}

const ACCOUNTS: SeededAccount[] = [
  { document: '000 StackPro', seed: stackpro.seedStackPro, ...stackpro },
  { document: '001 AWS Resource Tracker', seed: resourceTracker.seedResourceTracker, ...resourceTracker },
  { document: '002 KeepTabs (MyTabs)', seed: keeptabs.seedKeepTabs, ...keeptabs },
  { document: '003 StockPilot', seed: stockpilot.seedStockPilot, ...stockpilot },
  { document: '004 Expenzez', seed: expenzez.seedExpenzez, ...expenzez },
];

const inCatalog = (ruleId: string) => catalog.some((r) => r.metadata.id === ruleId);

/** A finding of the rule on the resource (by id or name, as findings name EC2 resources by tag). */
const matches = (e: Expectation) => (f: Finding) =>
  f.ruleId === e.ruleId &&
  (e.resourceId === undefined || f.resource.id === e.resourceId || f.resource.name === e.resourceId) &&
  (e.subKey === undefined || f.subKey === e.subKey);

const label = (e: Expectation) =>
  [e.ruleId, e.resourceId, e.subKey].filter((part) => part !== undefined).join(' on ');

describe.each(ACCOUNTS)('seed $document', ({ seed, regions, expectations }) => {
  const { mustFind, mustNotFind } = expectations;
  const cited = new Set([...mustFind, ...mustNotFind].map((e) => e.ruleId));
  const optIn = catalog
    .filter((r) => !r.metadata.defaultEnabled && cited.has(r.metadata.id))
    .map((r) => r.metadata.id);
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const accountId = uniqueAccountId();
    const credentials = await accountCredentials(accountId);
    await seed(credentials, accountId);
    // The distributions the seeds create exist: their *.cloudfront.net names resolve.
    const dns = await startDnsServer('all');
    const saved = { ...process.env };
    process.env[DNS_SERVERS_ENV] = dns.address;
    try {
      inventory = await scanForTest(credentials, { regions });
    } finally {
      restoreEnv(saved, [DNS_SERVERS_ENV]);
      await dns.close();
    }
    outcome = runRules(inventory, { ...DEFAULT_CONFIG, enable: optIn }, catalog);
  });

  it("scans every service without errors (but moto's unimplemented calls), and every rule runs", () => {
    expect(errorsBeyondMoto(inventory.errors)).toEqual([]);
    expect(outcome.warnings).toEqual([]);
  });

  it.each(mustFind.map((e) => [label(e), e] as const))('reports %s', (_title, e) => {
    const found = outcome.findings.some(matches(e));
    expect({ expectation: label(e), why: e.why, inCatalog: inCatalog(e.ruleId), found }).toEqual({
      expectation: label(e),
      why: e.why,
      inCatalog: true,
      found: true,
    });
  });

  it.each(mustNotFind.map((e) => [label(e), e] as const))('does not report %s', (_title, e) => {
    const found = outcome.findings.filter(matches(e)).map((f) => `${f.resource.id} ${f.subKey ?? ''}`.trim());
    // A resource that was never scanned would pass vacuously: it must be in the inventory (or be a region).
    const scanned =
      e.resourceId === undefined ||
      regions.includes(e.resourceId) ||
      inventory.resources.some((r) => r.id === e.resourceId || r.name === e.resourceId);
    expect({ expectation: label(e), why: e.why, inCatalog: inCatalog(e.ruleId), scanned, found }).toEqual({
      expectation: label(e),
      why: e.why,
      inCatalog: true,
      scanned: true,
      found: [],
    });
  });
});
