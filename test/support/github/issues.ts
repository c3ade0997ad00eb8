import {
  bodyOf,
  integer,
  invalidField,
  notFound,
  page,
  repoOf,
  text,
  type Context,
  type Route,
} from './context.js';
import type { RepoState } from './repo-state.js';
import { commentJson, issueJson } from './shapes.js';
import type { Issue, IssueComment } from './state.js';

/** GitHub's limits, answered with a 422 naming the field (renovatebot/renovate#2032). */
const MAX_BODY = 65536;
const MAX_TITLE = 256;

function checkBody(resource: string, body: string | null | undefined): void {
  if (body && body.length > MAX_BODY) {
    throw invalidField(resource, 'body', `body is too long (maximum is ${MAX_BODY} characters)`);
  }
}

function checkTitle(title: string): void {
  if (title.trim() === '') throw invalidField('Issue', 'title', "title can't be blank");
  if (title.length > MAX_TITLE) {
    throw invalidField('Issue', 'title', `title is too long (maximum is ${MAX_TITLE} characters)`);
  }
}

export function issueOf(context: Context, repo: RepoState): Issue {
  const issue = repo.issue(integer(context.params, 'issue_number') ?? 0);
  if (!issue) throw notFound();
  return issue;
}

function commentOf(context: Context, repo: RepoState): IssueComment {
  const comment = repo.comments.get(integer(context.params, 'comment_id') ?? 0);
  if (!comment) throw notFound();
  return comment;
}

/** Label names from a body's `labels`, which GitHub takes as names or as `{ name }` objects. */
export function labelNames(labels: (string | { name?: string })[]): string[] {
  return labels.flatMap((label) => (typeof label === 'string' ? [label] : label.name ? [label.name] : []));
}

const createIssue: Route = {
  body: ['title', 'body', 'labels'],
  handle: (context) => {
    const repo = repoOf(context);
    const body = bodyOf(context, 'issues/create');
    const title = String(body.title);
    checkTitle(title);
    checkBody('Issue', body.body);
    const issue = repo.createIssue(context.identity.user, {
      title,
      body: body.body ?? null,
      labels: labelNames(body.labels ?? []),
    });
    return { status: 201, body: issueJson(context.links, repo, issue) };
  },
};

const getIssue: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    return { status: 200, body: issueJson(context.links, repo, issueOf(context, repo)) };
  },
};

const updateIssue: Route = {
  body: ['title', 'body', 'state', 'state_reason', 'labels'],
  handle: (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const body = bodyOf(context, 'issues/update');
    if (body.title !== undefined && body.title !== null) {
      checkTitle(String(body.title));
      issue.title = String(body.title);
    }
    if (body.body !== undefined) {
      checkBody('Issue', body.body);
      repo.editBody(issue, context.identity.user, body.body);
    }
    if (body.labels !== undefined) issue.labels = repo.labelsFor(labelNames(body.labels));
    // state_reason alone changes nothing: GitHub ignores it unless the state changes.
    if (body.state) repo.setIssueState(issue, context.identity.user, body.state, body.state_reason);
    issue.updatedAt = context.state.now();
    return { status: 200, body: issueJson(context.links, repo, issue) };
  },
};

/** `sort`/`direction` as GitHub applies them; newest created first by default. */
function sortIssues(context: Context, repo: RepoState, issues: Issue[]): Issue[] {
  const sort = text(context.query, 'sort') ?? 'created';
  const key = (issue: Issue): [string | number, number] => [
    sort === 'updated'
      ? issue.updatedAt
      : sort === 'comments'
        ? repo.commentsOn(issue.number).length
        : issue.createdAt,
    issue.id,
  ];
  const sign = text(context.query, 'direction') === 'asc' ? 1 : -1;
  return issues.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return sign * (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]);
  });
}

const listIssues: Route = {
  query: ['state', 'labels', 'creator', 'sort', 'direction', 'since'],
  handle: (context) => {
    const repo = repoOf(context);
    const state = text(context.query, 'state') ?? 'open';
    const labels = (text(context.query, 'labels') ?? '').split(',').filter((name) => name !== '');
    const creator = text(context.query, 'creator')?.toLowerCase();
    const since = text(context.query, 'since');
    const matching = [...repo.issues.values()].filter(
      (issue) =>
        (state === 'all' || issue.state === state) &&
        labels.every((name) =>
          issue.labels.some((label) => label.name.toLowerCase() === name.toLowerCase()),
        ) &&
        (creator === undefined || issue.user.login.toLowerCase() === creator) &&
        (since === undefined || Date.parse(issue.updatedAt) >= Date.parse(since)),
    );
    const { items, headers } = page(context, sortIssues(context, repo, matching));
    return { status: 200, headers, body: items.map((issue) => issueJson(context.links, repo, issue)) };
  },
};

const listComments: Route = {
  query: ['since'],
  handle: (context) => {
    const repo = repoOf(context);
    const since = text(context.query, 'since');
    const comments = repo
      .commentsOn(issueOf(context, repo).number)
      .filter((comment) => since === undefined || Date.parse(comment.updatedAt) >= Date.parse(since));
    const { items, headers } = page(context, comments);
    return { status: 200, headers, body: items.map((comment) => commentJson(context.links, repo, comment)) };
  },
};

const createComment: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const { body } = bodyOf(context, 'issues/create-comment');
    checkBody('IssueComment', body);
    const comment = repo.createComment(issue, context.identity.user, body);
    return { status: 201, body: commentJson(context.links, repo, comment) };
  },
};

const getComment: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    return { status: 200, body: commentJson(context.links, repo, commentOf(context, repo)) };
  },
};

const updateComment: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const comment = commentOf(context, repo);
    const { body } = bodyOf(context, 'issues/update-comment');
    checkBody('IssueComment', body);
    comment.body = body;
    comment.updatedAt = context.state.now();
    return { status: 200, body: commentJson(context.links, repo, comment) };
  },
};

const deleteComment: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    repo.comments.delete(commentOf(context, repo).id);
    return { status: 204 };
  },
};

export const issueRoutes: Record<string, Route> = {
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/list-for-repo': listIssues,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
};
