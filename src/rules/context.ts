import type { AuditConfig, ResolvedThresholds } from '../config/schema.js';
import type { Inventory } from '../inventory/document.js';
import type {
  Resource,
  ResourceOfType,
  ResourceType,
  UnknownAttribute,
} from '../inventory/resources/index.js';

/** Something a finding is about: an inventory resource, or an account or region as a whole. */
export interface Target {
  arn: string;
  id: string;
  name: string | null;
  type: string;
  account: string;
  region: string;
  tags: Record<string, string>;
}

/** What a rule declares it reads (RuleMetadata's fields), all its context needs of it. */
export interface DeclaredReads {
  readonly id: string;
  readonly reads: readonly ResourceType[];
  readonly consults: readonly ResourceType[];
}

/**
 * The inventory indexed once per audit: resources by type, and coverage by scope. Rules never see
 * it whole: each gets a RuleContext over it (forRule) that serves only the types the rule reads.
 */
export class AuditContext {
  readonly byType = new Map<string, Resource[]>();
  readonly coverage = new Map<string, string>();

  constructor(
    readonly inventory: Inventory,
    readonly config: AuditConfig,
    readonly now: Date,
  ) {
    for (const resource of inventory.resources) {
      const list = this.byType.get(resource.type) ?? [];
      list.push(resource);
      this.byType.set(resource.type, list);
    }
    for (const account of inventory.accounts) {
      for (const entry of account.coverage) {
        this.coverage.set(`${account.id}|${entry.resourceType}|${entry.region}`, entry.status);
      }
    }
  }

  partitionOf(account: string): string {
    return this.inventory.accounts.find((a) => a.id === account)?.partition ?? 'aws';
  }

  /** An account as the target of an account-wide finding. */
  accountTarget(account: string): Target {
    const alias = this.inventory.accounts.find((a) => a.id === account)?.alias ?? null;
    return {
      arn: `arn:${this.partitionOf(account)}:iam::${account}:root`,
      id: account,
      name: alias,
      type: 'aws:account',
      account,
      region: 'global',
      tags: {},
    };
  }

  /** A region of an account as the target of a region-wide finding. */
  regionTarget(account: string, region: string): Target {
    return {
      arn: `arn:${this.partitionOf(account)}:ec2:${region}:${account}:region`,
      id: `${account}/${region}`,
      name: region,
      type: 'aws:region',
      account,
      region,
      tags: {},
    };
  }

  /** A view for one rule, sharing these indexes: building it costs one small set. */
  forRule(rule: { readonly metadata: DeclaredReads }): RuleContext {
    return new RuleContext(this, rule.metadata);
  }
}

/**
 * What a rule sees: the resources of the types it declares in `reads`, whether a scope was read
 * completely, the thresholds, and the time. Rules never call AWS. Reading an undeclared type
 * throws, so what a rule's findings rest on is exactly what its metadata says.
 */
export class RuleContext {
  readonly config: AuditConfig;
  readonly now: Date;
  private readonly reads: ReadonlySet<string>;

  constructor(
    private readonly audit: AuditContext,
    private readonly rule: DeclaredReads,
  ) {
    this.config = audit.config;
    this.now = audit.now;
    this.reads = new Set([...rule.reads, ...rule.consults]);
  }

  private requireDeclared(type: ResourceType): void {
    if (!this.reads.has(type)) {
      throw new Error(
        `Rule ${this.rule.id} read ${type}, which neither its metadata.reads nor its consults declare`,
      );
    }
  }

  get thresholds(): ResolvedThresholds {
    return this.config.thresholds;
  }

  resources<T extends ResourceType>(type: T): ResourceOfType<T>[] {
    this.requireDeclared(type);
    return (this.audit.byType.get(type) ?? []) as ResourceOfType<T>[];
  }

  /** True when the type was listed completely (or with unknown attributes only) in that scope. */
  listed(account: string, type: ResourceType, region: string): boolean {
    this.requireDeclared(type);
    const status = this.audit.coverage.get(`${account}|${type}|${region}`);
    return status === 'complete' || status === 'partial';
  }

  /** Whether a rule may judge this attribute: a failed read is unknown, never "off". */
  known<R extends Resource>(resource: R, ...attributes: UnknownAttribute<R['type']>[]): boolean {
    return attributes.every((attribute) => !resource.unknownAttributes.includes(attribute));
  }

  accounts(): string[] {
    return this.audit.inventory.accounts.map((a) => a.id);
  }

  regionsOf(account: string): string[] {
    return this.audit.inventory.accounts.find((a) => a.id === account)?.regions ?? [];
  }

  partitionOf(account: string): string {
    return this.audit.partitionOf(account);
  }

  accountTarget(account: string): Target {
    return this.audit.accountTarget(account);
  }

  regionTarget(account: string, region: string): Target {
    return this.audit.regionTarget(account, region);
  }

  /** Whole days from an ISO time to now (null when unknown). */
  daysSince(iso: string | null | undefined): number | null {
    if (!iso) return null;
    const time = Date.parse(iso);
    return Number.isNaN(time) ? null : Math.floor((this.now.getTime() - time) / 86_400_000);
  }

  /** Tagged as production by the configured tag keys and values (case-insensitive values). */
  isProduction(resource: { tags: Record<string, string> }): boolean {
    return Object.entries(this.thresholds.productionTags).some(([key, values]) => {
      const value = Object.entries(resource.tags).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      return value !== undefined && values.some((v) => v.toLowerCase() === value.toLowerCase());
    });
  }
}
