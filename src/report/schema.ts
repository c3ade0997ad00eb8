import { Type, type Static } from '@sinclair/typebox';
import { CATEGORIES, Finding, SEVERITIES, Severity } from '../findings/finding.js';
import { AccountInfo, ScanError, ScanStats } from '../inventory/document.js';
import { IsoTimestamp, Nullable } from '../inventory/schema-helpers.js';

/**
 * 5: a compliance section (per standard, per account, the status of each control), null in a
 * report upgraded from 4. 4: a cleanup section (candidates with the state an approval binds, the approvals ledger, the
 * log of what was done) replaces the cleanup log. 3: findings carry their history (state, first and last seen), with the findings carried over as
 * unknown, those resolved, the run, the baseline, totals of recent runs, suppressions applied and
 * a cleanup log. 2 added what each rule judged per scope; 1 had only `rulesEvaluated`. Older
 * versions are read and upgraded (upgrade.ts); a newer one is refused.
 */
export const REPORT_SCHEMA_VERSION = 5;

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

const Counts = <K extends readonly string[]>(keys: K) =>
  Type.Object(
    Object.fromEntries(keys.map((key) => [key, Type.Integer({ minimum: 0 })])) as Record<
      K[number],
      ReturnType<typeof Type.Integer>
    >,
    { additionalProperties: false },
  );

export const SCOPE_STATUSES = ['complete', 'partial', 'failed', 'not-scanned', 'excluded'] as const;

/** How well a rule could judge one (account, region) scope; see rules/scopes.ts. */
export const RuleScope = Type.Object(
  { account: Type.String(), region: Type.String(), status: literals(SCOPE_STATUSES) },
  { additionalProperties: false },
);

/**
 * What one selected rule judged. A finding absent from this run is resolved only where its rule
 * judged its scope `complete`; anywhere else it is unknown.
 */
export const RuleJudgement = Type.Object(
  {
    id: Type.String(),
    /** Earlier ids of the rule: a finding recorded under one of them is this rule's. */
    aliases: Type.Array(Type.String()),
    fingerprintId: Type.String(),
    error: Nullable(Type.String()),
    scopes: Type.Array(RuleScope),
  },
  { additionalProperties: false },
);

/**
 * Where a finding stands against the previous run: `new`, `persisting`, `reopened` (resolved in an
 * earlier run, back now), `suppressed`, `unknown` (its scope was not judged this run: carried over,
 * never resolved), `resolved` (gone, and its rule judged its scope completely).
 */
export const DIFF_STATES = ['new', 'persisting', 'reopened', 'suppressed', 'unknown', 'resolved'] as const;
export type DiffState = (typeof DIFF_STATES)[number];

export const FindingHistory = Type.Object(
  {
    state: literals(DIFF_STATES),
    firstSeen: IsoTimestamp,
    /** The last run that reported it (for `unknown`, the run before the scope went unread). */
    lastSeen: IsoTimestamp,
    /** Set when the severity changed since the previous run. */
    previousSeverity: Nullable(Severity),
    /** For `unknown`: why its scope was not judged (a scope status, or the rule did not run). */
    unknownBecause: Nullable(literals([...SCOPE_STATUSES, 'rule-not-run', 'rule-failed'] as const)),
    resolvedAt: Nullable(IsoTimestamp),
  },
  { additionalProperties: false },
);
export type FindingHistory = Static<typeof FindingHistory>;

export const ReportFinding = Type.Composite([Finding, Type.Object({ history: FindingHistory })]);
export type ReportFinding = Static<typeof ReportFinding>;

/** A finding resolved earlier, kept for a while so that its return reads as `reopened`. */
export const ResolvedRecord = Type.Object(
  {
    fingerprint: Type.String(),
    ruleId: Type.String(),
    resourceArn: Type.String(),
    firstSeen: IsoTimestamp,
    resolvedAt: IsoTimestamp,
  },
  { additionalProperties: false },
);

/** The run that wrote the report, from the Actions environment (nulls outside Actions). */
export const RunInfo = Type.Object(
  {
    repository: Nullable(Type.String()),
    workflow: Nullable(Type.String()),
    runId: Nullable(Type.String()),
    runAttempt: Nullable(Type.String()),
    sha: Nullable(Type.String()),
    ref: Nullable(Type.String()),
    event: Nullable(Type.String()),
    actor: Nullable(Type.String()),
    serverUrl: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type RunInfo = Static<typeof RunInfo>;

export const BaselineInfo = Type.Object(
  {
    source: literals(['none', 'file', 'artifact', 's3'] as const),
    /** The path, artifact (with its run) or S3 URI it was read from. */
    location: Nullable(Type.String()),
    generatedAt: Nullable(IsoTimestamp),
    /** Why no baseline was used (first run, corrupt, foreign, newer version...). */
    note: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type BaselineInfo = Static<typeof BaselineInfo>;

const BySeverity = Counts(SEVERITIES);

/** Totals of one run, carried forward for trends. */
export const RunTotals = Type.Object(
  {
    generatedAt: IsoTimestamp,
    runId: Nullable(Type.String()),
    active: Type.Integer({ minimum: 0 }),
    bySeverity: BySeverity,
    new: Type.Integer({ minimum: 0 }),
    resolved: Type.Integer({ minimum: 0 }),
    unknown: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type RunTotals = Static<typeof RunTotals>;

export const AppliedSuppression = Type.Object(
  {
    /** Where the suppression is written (file:line:col). */
    source: Type.String(),
    /** The rules whose findings it suppressed. */
    ruleIds: Type.Array(Type.String()),
    reason: Type.String(),
    expires: Nullable(Type.String()),
    findings: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** The attributes a cleanup action's preconditions read, as an approval binds them. */
export const BoundState = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
);

/** A finding whose rule proposes a cleanup action, with the state the scan read. */
export const CleanupCandidate = Type.Object(
  {
    /** The short id people approve (`/aws-audit approve <id>`): the fingerprint's first 8 characters. */
    id: Type.String(),
    fingerprint: Type.String(),
    action: Type.String(),
    account: Type.String(),
    region: Type.String(),
    resourceId: Type.String(),
    arn: Type.String(),
    state: BoundState,
    monthlyUsd: Nullable(Type.Number()),
  },
  { additionalProperties: false },
);

/**
 * An approval as it was verified: who (with write access) approved which finding, bound to the
 * state of its resource in the report shown when they approved. Carried from run to run.
 */
export const ApprovalRecord = Type.Object(
  {
    id: Type.String(),
    fingerprint: Type.String(),
    action: Type.String(),
    account: Type.String(),
    region: Type.String(),
    resourceId: Type.String(),
    arn: Type.String(),
    state: BoundState,
    approvedBy: Type.String(),
    approvedAt: IsoTimestamp,
    source: Type.Union([Type.Literal('comment'), Type.Literal('checkbox'), Type.Literal('file')]),
    /** Where: the comment's URL, the file's path. */
    reference: Type.String(),
    expiresAt: IsoTimestamp,
    revokedBy: Nullable(Type.String()),
    revokedAt: Nullable(IsoTimestamp),
    /** When the action was applied and verified done: the approval is used up. */
    doneAt: Nullable(IsoTimestamp),
  },
  { additionalProperties: false },
);

/** One approved candidate and how it ended this run. */
export const CleanupEntry = Type.Object(
  {
    at: IsoTimestamp,
    mode: Type.Union([Type.Literal('dry-run'), Type.Literal('apply')]),
    id: Type.String(),
    fingerprint: Type.String(),
    action: Type.String(),
    account: Type.String(),
    region: Type.String(),
    resourceId: Type.String(),
    resourceArn: Type.String(),
    outcome: Type.Union(
      ['done', 'pending', 'would-do', 'skipped', 'failed'].map((outcome) => Type.Literal(outcome)),
    ),
    detail: Type.String(),
    /** The calls made (apply) or that would be made (dry-run), as `ec2:DeleteVolume VolumeId=vol-...`. */
    calls: Type.Array(Type.String()),
    approvedBy: Nullable(Type.String()),
    monthlyUsd: Nullable(Type.Number()),
  },
  { additionalProperties: false },
);

/** Candidates, approvals and what the cleanup stage did (off: approvals are still recorded). */
export const CleanupSection = Type.Object(
  {
    mode: Type.Union([Type.Literal('off'), Type.Literal('dry-run'), Type.Literal('apply')]),
    candidates: Type.Array(CleanupCandidate),
    approvals: Type.Array(ApprovalRecord),
    log: Type.Array(CleanupEntry),
    /** Approvals not counted and why (no write access, a bot, an unknown id, an edited comment). */
    notes: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type CleanupCandidate = Static<typeof CleanupCandidate>;
export type ApprovalRecord = Static<typeof ApprovalRecord>;
export type CleanupEntry = Static<typeof CleanupEntry>;
export type CleanupSection = Static<typeof CleanupSection>;

/**
 * Where a control stands for one account (src/report/compliance.ts): `fail` when an active finding
 * of a rule citing it cites it; `pass` only when every rule citing it ran, read every scope it reads
 * completely, judged resources and reported none; `not-applicable` when they ran completely and the
 * account had none of the resources they judge; `not-judged` otherwise (no rule checks it, a rule
 * citing it was disabled or failed, or a scope it reads was not read completely). Never a pass
 * for what was not judged.
 */
export const COMPLIANCE_STATUSES = ['pass', 'fail', 'not-applicable', 'not-judged'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** A control of the standard's table, with the rules that cite it (the same for every account). */
export const ComplianceControl = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    ruleIds: Type.Array(Type.String()),
    /** Where a citing rule judges differently from the control (its `deviations` note). */
    deviations: Type.Array(
      Type.Object({ ruleId: Type.String(), note: Type.String() }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type ComplianceControl = Static<typeof ComplianceControl>;

/** One control for one account: the table's id, its status, why, and the findings behind a fail. */
export const ControlResult = Type.Object(
  {
    id: Type.String(),
    status: Type.Union([
      Type.Literal('pass'),
      Type.Literal('fail'),
      Type.Literal('not-applicable'),
      Type.Literal('not-judged'),
    ]),
    reason: Type.String(),
    /** The active findings that fail it (fingerprints): empty unless `fail`. */
    fingerprints: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type ControlResult = Static<typeof ControlResult>;

export const ComplianceCounts = Type.Object(
  {
    pass: Type.Integer({ minimum: 0 }),
    fail: Type.Integer({ minimum: 0 }),
    notApplicable: Type.Integer({ minimum: 0 }),
    notJudged: Type.Integer({ minimum: 0 }),
    total: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ComplianceCounts = Static<typeof ComplianceCounts>;

export const AccountCompliance = Type.Object(
  { account: Type.String(), counts: ComplianceCounts, controls: Type.Array(ControlResult) },
  { additionalProperties: false },
);
export type AccountCompliance = Static<typeof AccountCompliance>;

/** One standard's view: its table once, then each account's results in the table's order. */
export const StandardCompliance = Type.Object(
  {
    standard: Type.Union([Type.Literal('fsbp'), Type.Literal('cis')]),
    name: Type.String(),
    version: Type.String(),
    controls: Type.Array(ComplianceControl),
    accounts: Type.Array(AccountCompliance),
  },
  { additionalProperties: false },
);
export type StandardCompliance = Static<typeof StandardCompliance>;

export const ComplianceSection = Type.Object(
  { fsbp: StandardCompliance, cis: StandardCompliance },
  { additionalProperties: false },
);
export type ComplianceSection = Static<typeof ComplianceSection>;

export const AuditReport = Type.Object(
  {
    schemaVersion: Type.Literal(REPORT_SCHEMA_VERSION),
    generator: Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false }),
    generatedAt: IsoTimestamp,
    run: RunInfo,
    configSource: Nullable(Type.String()),
    baseline: BaselineInfo,
    scan: Type.Object(
      { startedAt: IsoTimestamp, finishedAt: IsoTimestamp, durationMs: Type.Number(), stats: ScanStats },
      { additionalProperties: false },
    ),
    /** With per-scope coverage: the diff never resolves a finding whose scope was not read. */
    accounts: Type.Array(AccountInfo),
    scanErrors: Type.Array(ScanError),
    rules: Type.Array(RuleJudgement),
    /** What this run reported (new, persisting, reopened, suppressed). */
    findings: Type.Array(ReportFinding),
    /** Earlier findings whose scope this run did not judge: carried over, never resolved. */
    unknownFindings: Type.Array(ReportFinding),
    /** Earlier findings gone this run where their rule judged the scope completely. */
    resolvedFindings: Type.Array(ReportFinding),
    /** Resolutions of the last 90 days, so that a finding coming back reads as reopened. */
    resolvedHistory: Type.Array(ResolvedRecord),
    suppressions: Type.Array(AppliedSuppression),
    summary: Type.Object(
      {
        total: Type.Integer({ minimum: 0 }),
        active: Type.Integer({ minimum: 0 }),
        suppressed: Type.Integer({ minimum: 0 }),
        /** Active findings only. */
        bySeverity: BySeverity,
        byCategory: Counts(CATEGORIES),
        estimatedMonthlySavingsUsd: Type.Number(),
        /** Per diff state, per severity. */
        byState: Type.Object(
          Object.fromEntries(DIFF_STATES.map((state) => [state, BySeverity])) as Record<
            DiffState,
            typeof BySeverity
          >,
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
    /** This run's totals and those of up to 29 runs before it, oldest first. */
    history: Type.Array(RunTotals, { maxItems: 30 }),
    cleanup: CleanupSection,
    /** Per standard, per account, where each control stands; null in a report upgraded from version 4. */
    compliance: Nullable(ComplianceSection),
    warnings: Type.Array(Type.String()),
  },
  { additionalProperties: false, $id: 'https://github.com/aws-audit-action/report.schema.json' },
);
export type AuditReport = Static<typeof AuditReport>;
