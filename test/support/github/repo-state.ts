import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  timestamp,
  type Artifact,
  type Commit,
  type GitHubState,
  type Issue,
  type IssueComment,
  type Label,
  type Role,
  type StateReason,
  type User,
  type Workflow,
  type WorkflowRun,
} from './state.js';
import type { ArtifactSeed, CommentSeed, IssueSeed, PullRequestSeed, RunSeed } from './seeds.js';
import { zipFiles } from './zip.js';

/** The author of seeded issues and comments when a test names none. */
const DEFAULT_AUTHOR = 'octocat';
const DAY_MS = 24 * 60 * 60 * 1000;

const sha = (seed: string) => createHash('sha1').update(seed).digest('hex');

/** One repository of the fake: seeding helpers for tests and the changes GitHub's endpoints make. */
export class RepoState {
  readonly id: number;
  readonly issues = new Map<number, Issue>();
  readonly comments = new Map<number, IssueComment>();
  readonly labels = new Map<string, Label>();
  readonly roles = new Map<string, Role>();
  readonly workflows = new Map<number, Workflow>();
  readonly runs = new Map<number, WorkflowRun>();
  /** The default branch's history, oldest first. */
  readonly commits: Commit[] = [];

  constructor(
    private readonly state: GitHubState,
    readonly owner: User,
    readonly name: string,
    public defaultBranch: string,
    public isPrivate: boolean,
  ) {
    this.id = state.nextId();
  }

  get fullName(): string {
    return `${this.owner.login}/${this.name}`;
  }

  /** Commits a file's content (or deletes it with null) to the default branch. */
  commitFile(
    path: string,
    content: string | null,
    options: { user?: string; at?: Date; message?: string } = {},
  ): Commit {
    const at = options.at ? timestamp(options.at) : this.state.now();
    const commit: Commit = {
      sha: sha(`${this.fullName} ${this.commits.length} ${path} ${at}`),
      message: options.message ?? `Update ${path}`,
      author: this.state.user(options.user ?? DEFAULT_AUTHOR),
      at,
      changes: new Map([[path, content]]),
    };
    this.commits.push(commit);
    return commit;
  }

  /** The commits that changed a path (all when none is given), newest first as GitHub lists them. */
  commitsOf(path?: string): Commit[] {
    return this.commits.filter((commit) => path === undefined || commit.changes.has(path)).reverse();
  }

  /** A file as the default branch has it, with its content's git blob sha. */
  file(path: string): { content: string; blobSha: string } | undefined {
    const newest = this.commitsOf(path)[0];
    const content = newest?.changes.get(path);
    if (content === undefined || content === null) return undefined;
    return { content, blobSha: sha(`blob ${Buffer.byteLength(content)}\0${content}`) };
  }

  issue(number: number): Issue | undefined {
    return this.issues.get(number);
  }

  /** Comments of an issue or pull request, oldest first as GitHub lists them. */
  commentsOn(number: number): IssueComment[] {
    return [...this.comments.values()]
      .filter((comment) => comment.issueNumber === number)
      .sort((a, b) => a.id - b.id);
  }

  /** Issues and pull requests share one sequence of numbers. */
  private nextNumber(): number {
    return Math.max(0, ...this.issues.keys()) + 1;
  }

  createIssue(
    user: User,
    fields: { title: string; body?: string | null; labels?: string[]; createdAt?: Date },
  ): Issue {
    const createdAt = fields.createdAt ? timestamp(fields.createdAt) : this.state.now();
    const issue: Issue = {
      id: this.state.nextId(),
      number: this.nextNumber(),
      title: fields.title,
      body: fields.body ?? null,
      user,
      state: 'open',
      stateReason: null,
      labels: this.labelsFor(fields.labels ?? []),
      assignees: [],
      locked: false,
      createdAt,
      updatedAt: createdAt,
      closedAt: null,
      closedBy: null,
      pull: undefined,
      edits: [],
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  /**
   * A change of an issue's body as GitHub records it: the first edit also records the original
   * (by its author), so the history holds every revision from creation on.
   */
  editBody(issue: Issue, editor: User | null, body: string | null, at?: Date): void {
    if ((body ?? '') === (issue.body ?? '')) return;
    if (issue.edits.length === 0) {
      issue.edits.push({
        id: `UCE_fake${this.state.nextId()}`,
        editedAt: issue.createdAt,
        editor: issue.user,
        body: issue.body ?? '',
      });
    }
    const editedAt = at ? timestamp(at) : this.state.now();
    issue.edits.push({ id: `UCE_fake${this.state.nextId()}`, editedAt, editor, body: body ?? '' });
    issue.body = body;
    issue.updatedAt = editedAt;
  }

  /** A person editing the body in the web UI (ticking a box): a test's stand-in. */
  userEditsBody(number: number, login: string, edit: (body: string) => string, at?: Date): void {
    const issue = this.issue(number);
    if (!issue) throw new Error(`no issue #${number}`);
    this.editBody(issue, this.state.user(login), edit(issue.body ?? ''), at);
  }

  /** Opens or closes as GitHub does: closing stamps who and when, reopening clears it. */
  setIssueState(
    issue: Issue,
    by: User,
    state: 'open' | 'closed',
    reason: StateReason | null | undefined,
  ): void {
    if (state === issue.state) return;
    issue.state = state;
    issue.closedAt = state === 'closed' ? this.state.now() : null;
    issue.closedBy = state === 'closed' ? by : null;
    issue.stateReason = state === 'closed' ? (reason ?? 'completed') : 'reopened';
  }

  addIssue(seed: IssueSeed): Issue {
    const user = this.state.user(seed.user ?? DEFAULT_AUTHOR);
    const issue = this.createIssue(user, seed);
    if (seed.state) this.setIssueState(issue, user, seed.state, seed.stateReason);
    return issue;
  }

  addPullRequest(seed: PullRequestSeed): Issue {
    const issue = this.addIssue(seed);
    issue.pull = {
      headRef: seed.head,
      baseRef: seed.base ?? this.defaultBranch,
      headSha: seed.headSha ?? sha(`${this.fullName}#${issue.number}`),
      headRepo: this.knownRepo(seed.headRepo),
      draft: seed.draft ?? false,
      mergedAt: null,
    };
    return issue;
  }

  /** A head repository by `owner/name`: this one by default, a fork is seeded (user-owned) on first mention. */
  private knownRepo(fullName: string | undefined): string {
    if (fullName === undefined) return this.fullName;
    const [owner = '', name = ''] = fullName.split('/');
    const fork = this.state.findRepo(owner, name) ?? this.state.addRepo({ owner, name, ownerType: 'User' });
    return fork.fullName;
  }

  createComment(issue: Issue, user: User, body: string, createdAt = this.state.now()): IssueComment {
    const comment: IssueComment = {
      id: this.state.nextId(),
      issueNumber: issue.number,
      body,
      user,
      createdAt,
      updatedAt: createdAt,
      minimized: undefined,
    };
    this.comments.set(comment.id, comment);
    return comment;
  }

  addComment(issueNumber: number, seed: CommentSeed): IssueComment {
    const issue = this.issues.get(issueNumber);
    if (!issue) throw new Error(`${this.fullName} has no issue or pull request #${issueNumber}`);
    const createdAt = seed.createdAt ? timestamp(seed.createdAt) : undefined;
    return this.createComment(issue, this.state.user(seed.user ?? DEFAULT_AUTHOR), seed.body, createdAt);
  }

  addLabel(fields: { name: string; color?: string; description?: string | null }): Label {
    const label: Label = {
      id: this.state.nextId(),
      name: fields.name,
      color: fields.color ?? 'ededed',
      description: fields.description ?? null,
      default: false,
    };
    this.labels.set(label.name.toLowerCase(), label);
    return label;
  }

  /** Labels by name; GitHub creates a missing label (grey, no description) when an issue is given it. */
  labelsFor(names: string[]): Label[] {
    const unique = [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
    return unique.map((name) => this.labels.get(name.toLowerCase()) ?? this.addLabel({ name }));
  }

  setRole(login: string, role: Role): void {
    this.state.user(login);
    this.roles.set(login.toLowerCase(), role);
  }

  /** The owner administers its repository; others have the role they were given, if any. */
  roleOf(login: string): Role | undefined {
    if (login.toLowerCase() === this.owner.login.toLowerCase()) return 'admin';
    return this.roles.get(login.toLowerCase());
  }

  /** A workflow by id or by file name (`audit.yml`), as the workflow-runs endpoint accepts either. */
  workflow(idOrFile: number | string): Workflow | undefined {
    return [...this.workflows.values()].find((workflow) =>
      typeof idOrFile === 'number' ? workflow.id === idOrFile : basename(workflow.path) === idOrFile,
    );
  }

  private ensureWorkflow(path: string): Workflow {
    const existing = this.workflow(basename(path));
    if (existing) return existing;
    const workflow = { id: this.state.nextId(), name: basename(path).replace(/\.ya?ml$/, ''), path };
    this.workflows.set(workflow.id, workflow);
    return workflow;
  }

  addRun(seed: RunSeed = {}): WorkflowRun {
    const workflow = this.ensureWorkflow(seed.workflow ?? '.github/workflows/audit.yml');
    const pull = seed.pullRequest === undefined ? undefined : this.issues.get(seed.pullRequest)?.pull;
    if (seed.pullRequest !== undefined && !pull) throw new Error(`no pull request #${seed.pullRequest}`);
    const status = seed.status ?? 'completed';
    const createdAt = seed.createdAt ? timestamp(seed.createdAt) : this.state.now();
    const id = this.state.nextId();
    const run: WorkflowRun = {
      id,
      repo: this,
      workflow,
      runNumber: [...this.runs.values()].filter((other) => other.workflow === workflow).length + 1,
      runAttempt: seed.runAttempt ?? 1,
      event: seed.event ?? (pull ? 'pull_request' : 'push'),
      status,
      conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
      headBranch: seed.headBranch ?? pull?.headRef ?? this.defaultBranch,
      headSha: seed.headSha ?? pull?.headSha ?? sha(`${this.fullName}@run${id}`),
      headRepo: this.knownRepo(seed.headRepo ?? pull?.headRepo),
      actor: this.state.user(seed.actor ?? DEFAULT_AUTHOR),
      pullRequests: seed.pullRequest === undefined ? [] : [seed.pullRequest],
      createdAt,
      updatedAt: createdAt,
      artifacts: [],
      backendId: randomUUID(),
      jobBackendId: randomUUID(),
    };
    this.runs.set(run.id, run);
    for (const artifact of seed.artifacts ?? []) this.addArtifact(run, artifact);
    return run;
  }

  /** An artifact not yet uploaded: what the results service's CreateArtifact makes. */
  startArtifact(run: WorkflowRun, name: string, expiresAt?: string): Artifact {
    const createdAt = this.state.now();
    const artifact: Artifact = {
      id: this.state.nextId(),
      runId: run.id,
      name,
      zip: undefined,
      size: 0,
      digest: null,
      createdAt,
      expiresAt: expiresAt ?? timestamp(new Date(Date.parse(createdAt) + 90 * DAY_MS)),
      signature: this.state.newSecret(),
      blocks: new Map(),
      committed: undefined,
    };
    run.artifacts.push(artifact);
    return artifact;
  }

  /** Stores an artifact's archive, which makes it listed and downloadable. */
  finishArtifact(artifact: Artifact, zip: Buffer): void {
    artifact.zip = zip;
    artifact.size = zip.length;
    artifact.digest = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
  }

  addArtifact(run: WorkflowRun, seed: ArtifactSeed): Artifact {
    const files = Object.fromEntries(
      Object.entries(seed.files ?? {}).map(([name, content]) => [
        name,
        typeof content === 'object' && 'fromFile' in content ? readFileSync(content.fromFile) : content,
      ]),
    );
    const artifact = this.startArtifact(run, seed.name);
    const now = this.state.clock().getTime();
    const created =
      seed.createdAt?.getTime() ?? (seed.expired ? now - 91 * DAY_MS : Date.parse(artifact.createdAt));
    const expires = created + (seed.retentionDays ?? 90) * DAY_MS;
    artifact.createdAt = timestamp(new Date(created));
    artifact.expiresAt = timestamp(new Date(seed.expired ? Math.min(expires, now - DAY_MS) : expires));
    this.finishArtifact(artifact, seed.zip ? Buffer.from(seed.zip) : zipFiles(files));
    return artifact;
  }
}
