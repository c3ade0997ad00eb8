import type { RunConclusion, RunStatus, StateReason } from './state.js';

/* What tests give RepoState's seeding helpers; everything optional has GitHub-like defaults. */

export interface IssueSeed {
  title: string;
  body?: string | null;
  user?: string;
  labels?: string[];
  state?: 'open' | 'closed';
  stateReason?: StateReason | null;
  createdAt?: Date;
}

export interface PullRequestSeed extends IssueSeed {
  head: string;
  base?: string;
  headSha?: string;
  /** `owner/name` of a fork the pull request comes from. */
  headRepo?: string;
  draft?: boolean;
}

export interface CommentSeed {
  body: string;
  user?: string;
  createdAt?: Date;
}

/** An artifact's archive: entries (content, or `{ fromFile }` to read one from disk), or a ready zip. */
export interface ArtifactSeed {
  name: string;
  files?: Record<string, string | Uint8Array | { fromFile: string }>;
  zip?: Uint8Array;
  createdAt?: Date;
  retentionDays?: number;
  /** Shorthand for an artifact past its retention: listed with `expired: true`, download answers 410. */
  expired?: boolean;
}

export interface RunSeed {
  /** Workflow file, `.github/workflows/audit.yml` unless given. */
  workflow?: string;
  event?: string;
  status?: RunStatus;
  conclusion?: RunConclusion | null;
  headBranch?: string;
  headSha?: string;
  headRepo?: string;
  actor?: string;
  /** A seeded pull request the run belongs to: event, head branch, sha and repository follow from it. */
  pullRequest?: number;
  runAttempt?: number;
  createdAt?: Date;
  artifacts?: ArtifactSeed[];
}
