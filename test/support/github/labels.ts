import {
  bodyOf,
  HttpError,
  invalidField,
  notFound,
  page,
  repoOf,
  text,
  type Context,
  type Route,
} from './context.js';
import { issueOf, labelNames } from './issues.js';
import type { RepoState } from './repo-state.js';
import { labelJson } from './shapes.js';
import type { Issue } from './state.js';

const labelsReply = (context: Context, repo: RepoState, issue: Issue) => {
  issue.updatedAt = context.state.now();
  return { status: 200, body: issue.labels.map((label) => labelJson(context.links, repo, label)) };
};

/** The names in an add/set body, which GitHub takes as `{ labels }`, a bare array, or one string. */
function namesIn(body: unknown): string[] {
  if (typeof body === 'string') return [body];
  if (Array.isArray(body)) return labelNames(body);
  if (typeof body === 'object' && body !== null && 'labels' in body && Array.isArray(body.labels)) {
    return labelNames(body.labels);
  }
  return [];
}

const createLabel: Route = {
  body: ['name', 'color', 'description'],
  handle: (context) => {
    const repo = repoOf(context);
    const body = bodyOf(context, 'issues/create-label');
    if (body.color !== undefined && !/^[0-9a-f]{6}$/i.test(body.color)) {
      throw invalidField('Label', 'color', 'color is invalid (six hexadecimal digits, no #)');
    }
    if (repo.labels.has(body.name.toLowerCase())) {
      // A race GitHub reports as such; the product may meet it legitimately, so it is no violation.
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'Label', code: 'already_exists', field: 'name' },
      ]);
    }
    const label = repo.addLabel({
      name: body.name,
      color: body.color,
      description: body.description ?? null,
    });
    return { status: 201, body: labelJson(context.links, repo, label) };
  },
};

const listLabels: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const { items, headers } = page(context, [...repo.labels.values()]);
    return { status: 200, headers, body: items.map((label) => labelJson(context.links, repo, label)) };
  },
};

const getLabel: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const label = repo.labels.get((text(context.params, 'name') ?? '').toLowerCase());
    if (!label) throw notFound();
    return { status: 200, body: labelJson(context.links, repo, label) };
  },
};

const listIssueLabels: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const { items, headers } = page(context, issueOf(context, repo).labels);
    return { status: 200, headers, body: items.map((label) => labelJson(context.links, repo, label)) };
  },
};

const addLabels: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const added = repo.labelsFor(namesIn(bodyOf(context, 'issues/add-labels')));
    issue.labels = [...issue.labels, ...added.filter((label) => !issue.labels.includes(label))];
    return labelsReply(context, repo, issue);
  },
};

const setLabels: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    issue.labels = repo.labelsFor(namesIn(bodyOf(context, 'issues/set-labels')));
    return labelsReply(context, repo, issue);
  },
};

const removeLabel: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const name = (text(context.params, 'name') ?? '').toLowerCase();
    if (!issue.labels.some((label) => label.name.toLowerCase() === name)) {
      throw new HttpError(404, 'Label does not exist');
    }
    issue.labels = issue.labels.filter((label) => label.name.toLowerCase() !== name);
    return labelsReply(context, repo, issue);
  },
};

export const labelRoutes: Record<string, Route> = {
  'issues/create-label': createLabel,
  'issues/list-labels-for-repo': listLabels,
  'issues/get-label': getLabel,
  'issues/list-labels-on-issue': listIssueLabels,
  'issues/add-labels': addLabels,
  'issues/set-labels': setLabels,
  'issues/remove-label': removeLabel,
};
