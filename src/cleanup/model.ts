import type { EC2Client } from '@aws-sdk/client-ec2';
import type { RDSClient } from '@aws-sdk/client-rds';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Resource } from '../inventory/resources/index.js';
import type { CleanupAction } from '../rules/model.js';
import { CONTENTS_PAGE } from '../scan/collectors/s3-facts.js';

export type CleanupMode = 'off' | 'dry-run' | 'apply';
export const CLEANUP_MODES: readonly CleanupMode[] = ['off', 'dry-run', 'apply'];

/**
 * The attributes an action's preconditions read, flat and comparable: what an approval binds. The
 * same function of the resource gives it from the scan's inventory and from a read made now, so a
 * resource that changed since it was approved no longer matches.
 */
export type BoundState = Readonly<Record<string, string | number | boolean | null>>;

/** One approved candidate: the resource a finding names and the action its rule proposes. */
export interface CleanupTarget {
  action: CleanupAction;
  account: string;
  region: string;
  /** The id the action's API takes: vol-..., eipalloc-..., nat-..., i-..., a DB instance id, a bucket name. */
  resourceId: string;
  arn: string;
  fingerprint: string;
}

/** The resource as read again right before acting. */
export type LiveResource =
  | { found: false }
  | {
      found: true;
      state: BoundState;
      tags: Readonly<Record<string, string>>;
      /** The account that owns it, when the API says (RAM-shared resources belong to another). */
      ownerAccount: string | null;
      /**
       * An AWS guard rail that is on (stop or deletion protection), read live: never part of the
       * bound state, since the scan does not read it, and never lifted by cleanup (G6).
       */
      awsProtection?: string | null;
    };

/** One call apply makes, as dry-run shows it: the same list, from the same code. */
export interface PlannedCall {
  /** IAM-style name: `ec2:DeleteVolume`. */
  api: string;
  /** The request's identifying parameters (never a secret). */
  params: Readonly<Record<string, string | number | boolean>>;
}

export interface CleanupOptions {
  /** ec2.delete-volume: snapshot first (default true), the snapshot tagged with the finding and approval. */
  snapshotBeforeDelete: boolean;
  /** Tags set on a snapshot made before deleting (finding fingerprint, approver, run URL). */
  snapshotTags: Readonly<Record<string, string>>;
  /** How long one resource's wait may take (a snapshot to start, a NAT gateway to be deleting). */
  waitMs: number;
  /** Between two reads while waiting. */
  pollMs: number;
  /**
   * s3.delete-bucket: a bucket holding more object versions and delete markers (or incomplete
   * uploads) than this is refused, so emptying it stays a bounded number of calls.
   */
  maxObjects: number;
}

/** The default and the most of `maxObjects`: the scan lists one page of a bucket, so no more is ever bound. */
export const DEFAULT_MAX_BUCKET_OBJECTS = CONTENTS_PAGE;

export interface ActionClients {
  ec2(region: string): EC2Client;
  rds(region: string): RDSClient;
  s3(region: string): S3Client;
  /** Every request started through these clients (`ec2:DeleteVolume`), when they keep a journal. */
  readonly sent?: readonly string[];
}

export interface ActionContext {
  clients: ActionClients;
  options: CleanupOptions;
  /** The run's deadline: no call or wait goes past it. */
  signal: AbortSignal;
  /** Waits ms, ending early when the signal aborts (tests pass an instant one). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/** What happened when the plan ran, read back from AWS afterwards (never inferred from the call). */
export interface ExecutionResult {
  /** done: the resource is in the end state (or gone); pending: started, re-checked next run. */
  outcome: 'done' | 'pending';
  /** The state read back, and anything made on the way (a snapshot id). */
  detail: string;
}

/**
 * One cleanup action (Cloud Custodian's shape: it declares its permissions). `refuse` and `plan`
 * are pure; `read`, `execute` and `verify` talk to AWS. Dry-run and apply share everything up to
 * `execute`, which apply alone calls with the plan dry-run showed.
 */
export interface CleanupActionDefinition {
  id: CleanupAction;
  /** The inventory type whose findings carry this action. */
  resourceType: Resource['type'];
  /** IAM actions the cleanup role needs for read, execute and verify. */
  permissions: readonly string[];
  /** The state an approval binds, from the scan's inventory resource. */
  stateFromInventory(resource: Resource): BoundState;
  /** AWS error codes on the target that mean it is already gone: the action counts as done. */
  goneCodes: readonly string[];
  /** AWS error codes and what they mean for this action, for the log (`VolumeInUse`: attached again). */
  errorReasons: Readonly<Record<string, string>>;
  /** The resource now, in the same shape; `{ found: false }` when AWS says it is gone. Throws on other errors. */
  read(ctx: ActionContext, target: CleanupTarget): Promise<LiveResource>;
  /** Why the live resource must not be touched (AWS's own preconditions and ours), or null. */
  refuse(state: BoundState, options: CleanupOptions): string | null;
  /** The calls apply will make, in order. */
  plan(target: CleanupTarget, state: BoundState, options: CleanupOptions): PlannedCall[];
  /** Makes the calls of `plan`, then reads the resource again (bounded waits) and says where it is. */
  execute(ctx: ActionContext, target: CleanupTarget, plan: readonly PlannedCall[]): Promise<ExecutionResult>;
}

/** How one approved candidate ended. */
export type CleanupOutcome = 'done' | 'pending' | 'would-do' | 'skipped' | 'failed';

export interface CleanupResult {
  target: CleanupTarget;
  outcome: CleanupOutcome;
  /** Why skipped or failed, what would be done, or the state read back. */
  detail: string;
  plan: PlannedCall[];
  approvedBy: string | null;
}
