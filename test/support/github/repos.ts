import { HttpError, integer, notFound, repoOf, text, type Route } from './context.js';
import { repoJson, userJson } from './shapes.js';
import { pullRequestJson } from './shapes-actions.js';
import type { Role } from './state.js';

/** The legacy `permission` GitHub derives from a role: maintain counts as write, triage as read. */
const LEGACY: Record<Role | 'none', 'admin' | 'write' | 'read' | 'none'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

const getRepo: Route = {
  handle: (context) => ({ status: 200, body: repoJson(context.links, repoOf(context)) }),
};

/** A seeded role; otherwise read on a public repository and none on a private one, as GitHub answers. */
const getPermission: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const login = text(context.params, 'username') ?? '';
    const user = context.state.users.get(login.toLowerCase());
    if (!user) throw new HttpError(404, `${login} is not a user`);
    const role = repo.roleOf(login) ?? (repo.isPrivate ? 'none' : 'read');
    const at = (roles: string[]) => roles.includes(role);
    return {
      status: 200,
      body: {
        permission: LEGACY[role],
        role_name: role,
        user: {
          ...userJson(context.links, user),
          role_name: role,
          permissions: {
            admin: at(['admin']),
            maintain: at(['admin', 'maintain']),
            push: at(['admin', 'maintain', 'write']),
            triage: at(['admin', 'maintain', 'write', 'triage']),
            pull: role !== 'none',
          },
        },
      },
    };
  },
};

const getPull: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const issue = repo.issue(integer(context.params, 'pull_number') ?? 0);
    if (!issue?.pull) throw notFound();
    return { status: 200, body: pullRequestJson(context.links, context.state, repo, issue, issue.pull) };
  },
};

const publicUser = (context: Parameters<Route['handle']>[0], login: string) => {
  const user = context.state.users.get(login.toLowerCase());
  if (!user) throw notFound();
  const created = '2020-01-01T00:00:00Z';
  return {
    ...userJson(context.links, user),
    name: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
  };
};

/** Installation tokens never get here: the server refuses them `GET /user` as GitHub does. */
const getAuthenticated: Route = {
  handle: (context) => ({ status: 200, body: publicUser(context, context.identity.user.login) }),
};

const getUser: Route = {
  handle: (context) => ({ status: 200, body: publicUser(context, text(context.params, 'username') ?? '') }),
};

export const repoRoutes: Record<string, Route> = {
  'repos/get': getRepo,
  'repos/get-collaborator-permission-level': getPermission,
  'pulls/get': getPull,
  'users/get-authenticated': getAuthenticated,
  'users/get-by-username': getUser,
};
