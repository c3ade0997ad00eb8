import { Type, type Static } from '@sinclair/typebox';
import { Category, Severity, type CostEstimate } from '../findings/finding.js';
import type { Resource, ResourceType } from '../inventory/resources/index.js';
import type { RuleContext, Target } from './context.js';

export type { Target };

/** The cleanup actions a finding can name, for an approved-cleanup stage that is planned, not built. */
export const CLEANUP_ACTIONS = [
  'ec2.stop-instance',
  'rds.stop-instance',
  'ec2.delete-nat-gateway',
  'ec2.release-address',
  'ec2.delete-volume',
  's3.delete-bucket',
] as const;
export type CleanupAction = (typeof CLEANUP_ACTIONS)[number];

/** Validated by a test for every rule in the catalog. */
export const RuleMetadata = Type.Object(
  {
    /** `service.what`; a renamed rule keeps its earlier ids in `aliases`. */
    id: Type.String({ pattern: '^[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*$' }),
    title: Type.String({ minLength: 10, maxLength: 100 }),
    severity: Severity,
    category: Category,
    /**
     * The inventory type it evaluates; `aws:account` / `aws:region` for account- or region-wide
     * checks, `*` for a rule over resources of many types (required tags).
     */
    resourceType: Type.String({ pattern: '^([a-z0-9-]+:[a-z0-9-]+|[*])$' }),
    /**
     * Every inventory type evaluate reads: the reported type, and any it consults (account settings,
     * related resources). Its RuleContext refuses the others, so findings rest on these types only.
     */
    reads: Type.Unsafe<ResourceType[]>(
      Type.Array(Type.String({ pattern: '^[a-z0-9-]+:[a-z0-9-]+$' }), { minItems: 1, uniqueItems: true }),
    ),
    /**
     * Types evaluate reads only to grade or explain a finding (severity, cost, evidence) or as one
     * of several signs of it. The rule still judges a scope where these were not read completely,
     * but that scope is then `partial`: an absent finding there proves nothing.
     */
    consults: Type.Unsafe<ResourceType[]>(
      Type.Array(Type.String({ pattern: '^[a-z0-9-]+:[a-z0-9-]+$' }), { uniqueItems: true }),
    ),
    description: Type.String({ minLength: 20 }),
    risk: Type.String({ minLength: 20 }),
    remediation: Type.Object(
      {
        text: Type.String({ minLength: 10 }),
        /**
         * An AWS CLI command that carries out the remediation text, where one command does; {id},
         * {name}, {region}, {account}, {arn} and the hit's own templateValues are filled,
         * shell-quoted, per finding.
         */
        cli: Type.Optional(Type.String({ pattern: '^aws ' })),
        console: Type.Optional(Type.String({ minLength: 5 })),
      },
      { additionalProperties: false },
    ),
    /**
     * The controls the rule's findings fail, by standard (compliance.ts): every id is in its
     * standard's table (a catalog test checks). A hit may narrow them (RuleHit.references) where
     * only some of its findings fail a control.
     */
    references: Type.Object(
      {
        /** AWS Foundational Security Best Practices controls (Security Hub ids: `EC2.19`). */
        fsbp: Type.Array(Type.String({ pattern: '^[A-Za-z0-9]+\\.[0-9]+$' })),
        /** CIS AWS Foundations Benchmark v6.0.0 sections (`6.3`). */
        cis: Type.Array(Type.String({ pattern: '^[0-9]+(\\.[0-9]+)+$' })),
        docs: Type.Array(Type.String({ pattern: '^https://' })),
      },
      { additionalProperties: false },
    ),
    /**
     * Where the rule deliberately judges differently from a control it cites (a stricter or looser
     * threshold, a case the control does not judge), keyed by the citation (`FSBP IAM.6`, `CIS 2.5`):
     * how it differs. docs/rules.md shows it beside the control.
     */
    deviations: Type.Record(
      Type.String({ pattern: '^(FSBP [A-Za-z0-9]+\\.[0-9]+|CIS [0-9]+(\\.[0-9]+)+)$' }),
      Type.String({ minLength: 20 }),
      { additionalProperties: false },
    ),
    /**
     * The rule's earlier ids, oldest first. Configuration may name any of them, and the first is the
     * id its fingerprints are made from, so a rename keeps every finding's fingerprint.
     */
    aliases: Type.Array(Type.String()),
    /** Off unless the configuration enables it (rules.enable). */
    defaultEnabled: Type.Boolean(),
    /** The cleanup action that fixes a finding, where one exists. */
    cleanupAction: Type.Optional(Type.Union(CLEANUP_ACTIONS.map((a) => Type.Literal(a)))),
  },
  { additionalProperties: false },
);
export type RuleMetadata = Static<typeof RuleMetadata>;

/** What a rule reports; the engine adds identity, metadata, overrides and suppressions. */
export interface RuleHit {
  target: Target | Resource;
  subKey?: string;
  message: string;
  evidence: Record<string, unknown>;
  cost?: CostEstimate;
  /** Overrides the rule's severity for this hit (e.g. a runtime past its end of support). */
  severity?: Severity;
  /** More values for the remediation CLI template (`{ipPermissions}`), shell-quoted like the rest. */
  templateValues?: Record<string, string>;
  /** The rule's command would do the wrong thing for this hit: the finding carries none. */
  cliDoesNotApply?: boolean;
  /** The rule's cleanup action must not be proposed for this hit (AWS or safety forbids it). */
  cleanupDoesNotApply?: boolean;
  /**
   * The controls this hit fails, where the rule's citations hold for only some of its findings (an
   * IPv4 or an IPv6 source, a read or a write grant, an age past the control's own threshold). Each
   * must be one the rule cites; a standard left out keeps all of the rule's citations.
   */
  references?: Partial<Pick<RuleMetadata['references'], 'fsbp' | 'cis'>>;
}

export interface Rule {
  readonly metadata: RuleMetadata;
  evaluate(context: RuleContext): RuleHit[];
}

type MetadataInput = Omit<
  RuleMetadata,
  'aliases' | 'defaultEnabled' | 'references' | 'deviations' | 'reads' | 'consults'
> & {
  deviations?: RuleMetadata['deviations'];
  aliases?: string[];
  defaultEnabled?: boolean;
  references?: Partial<RuleMetadata['references']>;
  resourceType: ResourceType | 'aws:account' | 'aws:region' | '*';
  /** Non-empty: every rule reads something. */
  reads: readonly [ResourceType, ...ResourceType[]];
  consults?: readonly ResourceType[];
};

/** Every rule defineRule made: the catalog collects rules from its files' exports by this. */
const defined = new WeakSet<object>();

export const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && defined.has(value);

/** Declares a rule: metadata with defaults filled in, and a pure evaluate function. */
export function defineRule(metadata: MetadataInput, evaluate: (context: RuleContext) => RuleHit[]): Rule {
  const rule: Rule = {
    metadata: {
      ...metadata,
      reads: [...metadata.reads],
      consults: [...(metadata.consults ?? [])],
      aliases: metadata.aliases ?? [],
      defaultEnabled: metadata.defaultEnabled ?? true,
      references: { fsbp: [], cis: [], docs: [], ...metadata.references },
      deviations: metadata.deviations ?? {},
    },
    evaluate,
  };
  defined.add(rule);
  return rule;
}

/** The id a rule's fingerprints are made from: its first id, which no rename changes. */
export const fingerprintIdOf = (metadata: RuleMetadata): string => metadata.aliases[0] ?? metadata.id;
