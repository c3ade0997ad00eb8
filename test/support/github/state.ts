import { randomUUID } from 'node:crypto';
import { RepoState } from './repo-state.js';

export type UserType = 'User' | 'Bot' | 'Organization';
/** Repository roles as GitHub names them (`role_name`); `permission` is derived from them. */
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface User {
  id: number;
  login: string;
  type: UserType;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';

/** What makes an issue a pull request; GitHub keeps both in one numbering and one comment thread. */
export interface PullRequestPart {
  headRef: string;
  headSha: string;
  baseRef: string;
  /** `owner/name` of the head repository: a fork when it differs from the base repository. */
  headRepo: string;
  draft: boolean;
  mergedAt: string | null;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: User;
  state: 'open' | 'closed';
  stateReason: StateReason | null;
  labels: Label[];
  assignees: User[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: User | null;
  pull: PullRequestPart | undefined;
  /** The body's revisions once it has been edited (GraphQL `userContentEdits`), oldest first. */
  edits: BodyEdit[];
}

/** One revision of an issue's body: who made it, when, and the text it left. */
export interface BodyEdit {
  id: string;
  editedAt: string;
  editor: User | null;
  body: string;
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: User;
  createdAt: string;
  updatedAt: string;
  /** Set by the GraphQL `minimizeComment` mutation: the classifier, e.g. `OUTDATED`. */
  minimized: string | undefined;
}

/** A commit on the default branch: the files it sets (content) or deletes (null). */
export interface Commit {
  sha: string;
  message: string;
  author: User;
  at: string;
  changes: Map<string, string | null>;
}

export interface Workflow {
  id: number;
  name: string;
  /** `.github/workflows/audit.yml`: GitHub accepts the file name in place of the id. */
  path: string;
}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'requested' | 'waiting' | 'pending';
export type RunConclusion =
  'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | 'action_required' | 'stale';

export interface WorkflowRun {
  id: number;
  repo: RepoState;
  workflow: Workflow;
  runNumber: number;
  runAttempt: number;
  event: string;
  status: RunStatus;
  conclusion: RunConclusion | null;
  headBranch: string;
  headSha: string;
  /** `owner/name` the run's commit came from; differs from the repository for a fork's pull request. */
  headRepo: string;
  actor: User;
  /** Numbers of the pull requests the run belongs to. */
  pullRequests: number[];
  createdAt: string;
  updatedAt: string;
  artifacts: Artifact[];
  /** The run and job ids of the Actions results service, carried in the runtime token's `scp` claim. */
  backendId: string;
  jobBackendId: string;
}

export interface Artifact {
  id: number;
  runId: number;
  name: string;
  /** The archive as stored; undefined until the results service finalizes an upload. */
  zip: Buffer | undefined;
  size: number;
  digest: string | null;
  createdAt: string;
  /** Past this time GitHub still lists the artifact (`expired: true`) but refuses to download it. */
  expiresAt: string;
  /** Signature of its upload and download URLs, so a URL of one artifact cannot fetch another. */
  signature: string;
  /** Blocks staged by the blob client, keyed by block id, until the block list commits them. */
  blocks: Map<string, Buffer>;
  /** The blob as committed, which FinalizeArtifact turns into the artifact's zip. */
  committed: Buffer | undefined;
}

/** The GitHub Actions app's bot: what GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = { id: 41898282, login: 'github-actions[bot]', type: 'Bot' } as const;

/** GitHub's timestamps have whole seconds and a `Z`. */
export const timestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Everything the fake GitHub knows: users, and per repository its issues, pull requests,
 * comments, labels, roles and workflow runs with their artifacts. Tests seed it before the code
 * under test runs and read it afterwards; the handlers change it as GitHub would.
 */
export class GitHubState {
  readonly users = new Map<string, User>();
  readonly repos = new Map<string, RepoState>();
  private lastId = 1000;

  constructor(readonly clock: () => Date = () => new Date()) {
    this.addUser(ACTIONS_BOT.login, { type: ACTIONS_BOT.type, id: ACTIONS_BOT.id });
  }

  /** Ids are unique across kinds, so an issue id passed where a comment id belongs finds nothing. */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  now(): string {
    return timestamp(this.clock());
  }

  newSecret(): string {
    return randomUUID();
  }

  addUser(login: string, options: { type?: UserType; id?: number } = {}): User {
    const user = { id: options.id ?? this.nextId(), login, type: options.type ?? 'User' };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  /** The user of that login, created as a plain user if the test did not seed it. */
  user(login: string): User {
    return this.users.get(login.toLowerCase()) ?? this.addUser(login);
  }

  addRepo(options: {
    owner: string;
    name: string;
    defaultBranch?: string;
    private?: boolean;
    ownerType?: UserType;
  }): RepoState {
    const owner =
      this.users.get(options.owner.toLowerCase()) ??
      this.addUser(options.owner, { type: options.ownerType ?? 'Organization' });
    const repo = new RepoState(
      this,
      owner,
      options.name,
      options.defaultBranch ?? 'main',
      options.private ?? true,
    );
    this.repos.set(repo.fullName.toLowerCase(), repo);
    return repo;
  }

  /** A seeded repository by `owner/name`; throws, as a test asking for an unseeded one is a mistake. */
  repo(fullName: string): RepoState {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`the fake GitHub has no repository ${fullName}`);
    return repo;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  runs(): WorkflowRun[] {
    return [...this.repos.values()].flatMap((repo) => [...repo.runs.values()]);
  }

  isExpired(artifact: Artifact): boolean {
    return Date.parse(artifact.expiresAt) <= this.clock().getTime();
  }

  run(id: number): WorkflowRun | undefined {
    return this.runs().find((run) => run.id === id);
  }

  artifact(id: number): Artifact | undefined {
    return this.runs()
      .flatMap((run) => run.artifacts)
      .find((artifact) => artifact.id === id);
  }
}
