import type { CoverageStatus, Inventory } from '../inventory/document.js';

/**
 * How well a rule could judge one scope (an account's region, or `global` for what is account-wide):
 * `complete` when everything it reads was read completely there; `partial` when it was all listed
 * but something about some resources could not be read (the rule judged what was known, so an
 * absent finding proves nothing); `failed` or `not-scanned` when something it reads was not listed
 * there, so it did not judge the scope at all; `excluded` when the configuration's scope leaves it out.
 */
export type ScopeStatus = 'complete' | 'partial' | 'failed' | 'not-scanned' | 'excluded';

/** What a rule's judgement rests on (see RuleMetadata). */
export interface RuleReads {
  reads: readonly string[];
  consults: readonly string[];
}

export interface RuleScope {
  account: string;
  region: string;
  status: ScopeStatus;
}

/** Worst first: the status of a scope is the worst of what the rule reads there. */
const SEVERITY: Record<ScopeStatus, number> = {
  failed: 4,
  'not-scanned': 3,
  excluded: 2,
  partial: 1,
  complete: 0,
};
const worse = (a: ScopeStatus, b: ScopeStatus): ScopeStatus => (SEVERITY[a] >= SEVERITY[b] ? a : b);

/** Whether a rule may report findings in a scope of this status. */
export const judged = (status: ScopeStatus): boolean => status === 'complete' || status === 'partial';

/** The inventory's coverage, indexed for the engine: account -> type -> region -> status. */
export class CoverageIndex {
  private readonly byAccount = new Map<string, Map<string, Map<string, CoverageStatus>>>();
  private readonly regions = new Map<string, readonly string[]>();
  /** Types collected once per account (IAM, S3, Budgets...) rather than per region. */
  private readonly globalTypes = new Set<string>();

  constructor(inventory: Pick<Inventory, 'accounts'>) {
    for (const account of inventory.accounts) {
      this.regions.set(account.id, account.regions);
      const types = new Map<string, Map<string, CoverageStatus>>();
      for (const entry of account.coverage) {
        const regions = types.get(entry.resourceType) ?? new Map<string, CoverageStatus>();
        regions.set(entry.region, entry.status);
        types.set(entry.resourceType, regions);
        if (entry.region === 'global') this.globalTypes.add(entry.resourceType);
      }
      this.byAccount.set(account.id, types);
    }
  }

  accounts(): string[] {
    return [...this.regions.keys()];
  }

  regionsOf(account: string): readonly string[] {
    return this.regions.get(account) ?? [];
  }

  isGlobal(type: string): boolean {
    return this.globalTypes.has(type);
  }

  /**
   * How completely `type` was read for a scope. A global type is read once for the account, so
   * every scope gets that status; a regional type read for the account as a whole (`global`)
   * is as complete as its worst region.
   */
  statusOf(account: string, type: string, scope: string): ScopeStatus {
    const regions = this.byAccount.get(account)?.get(type);
    if (!regions) return 'not-scanned';
    const global = regions.get('global');
    if (global) return global;
    if (scope !== 'global') return regions.get(scope) ?? 'not-scanned';
    const accountRegions = this.regionsOf(account);
    if (accountRegions.length === 0) return 'not-scanned';
    return accountRegions.map((r) => regions.get(r) ?? 'not-scanned').reduce(worse, 'complete');
  }

  /**
   * The status of a scope for a rule: the worst of what it `reads`; what it only `consults` (for
   * severity, cost, evidence, or as one of several signs) makes the scope `partial` at worst, as
   * the rule can still judge but an absent finding no longer proves anything.
   */
  scopeStatus(account: string, scope: string, reads: RuleReads, anyConsulted = false): ScopeStatus {
    const required = reads.reads.map((type) => this.statusOf(account, type, scope)).reduce(worse, 'complete');
    const consulted = reads.consults.map((type) => this.statusOf(account, type, scope));
    if (anyConsulted && consulted.length > 0 && !consulted.some(judged)) return consulted.reduce(worse);
    return consulted.some((status) => status !== 'complete') ? worse(required, 'partial') : required;
  }

  /**
   * The status a hit of a rule over every type (`*`) is judged by: that of its resource's own type
   * where it lives, unless the configuration excluded the scope.
   */
  hitStatus(
    target: { account: string; region: string; type: string },
    scopeOf: (account: string, region: string) => ScopeStatus,
  ): ScopeStatus {
    if (scopeOf(target.account, target.region) === 'excluded') return 'excluded';
    return this.statusOf(target.account, target.type, target.region);
  }

  /**
   * The scopes a rule's findings fall in, per account: `global` for account-wide checks and types
   * read once per account, each region for regional types and region-wide checks, both for rules
   * over resources of every type.
   */
  scopesFor(resourceType: string, reads: RuleReads): RuleScope[] {
    // A rule over resources of every type judges each resource on its own type's listing alone
    // (see hitStatus): a scope is judged where any of its types was read, and complete where all were.
    const judgeable: RuleReads =
      resourceType === '*' ? { reads: [], consults: [...reads.reads, ...reads.consults] } : reads;
    const regional =
      resourceType === 'aws:region' ||
      resourceType === '*' ||
      (resourceType !== 'aws:account' && !this.isGlobal(resourceType) && this.isScanned(resourceType));
    const global = resourceType !== 'aws:region' && !(regional && resourceType !== '*');
    return this.accounts().flatMap((account) =>
      [...(global ? ['global'] : []), ...(regional ? this.regionsOf(account) : [])].map((region) => ({
        account,
        region,
        status: this.scopeStatus(account, region, judgeable, resourceType === '*'),
      })),
    );
  }

  private isScanned(type: string): boolean {
    return [...this.byAccount.values()].some((types) => types.has(type));
  }
}

/**
 * The status of the scope a finding at (account, region) falls in: its region's, or for rules
 * judged account-wide (IAM, S3 buckets wherever they live), the account's `global` scope. A scope
 * the rule has no record of was not judged.
 */
export function scopeOfFinding(scopes: readonly RuleScope[], account: string, region: string): ScopeStatus {
  return scopeLookup(scopes)(account, region);
}

/** scopeOfFinding for many findings of one rule: the scopes indexed once. */
export function scopeLookup(scopes: readonly RuleScope[]): (account: string, region: string) => ScopeStatus {
  const byKey = new Map(scopes.map((s) => [`${s.account}|${s.region}`, s.status]));
  return (account, region) =>
    byKey.get(`${account}|${region}`) ?? byKey.get(`${account}|global`) ?? 'not-scanned';
}
