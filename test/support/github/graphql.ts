import { deny, type Identity } from './auth.js';
import type { Reply } from './context.js';
import type { Json, JsonObject } from './openapi.js';
import type { GitHubState } from './state.js';

/*
 * GitHub's GraphQL API, only as far as the product uses it: `minimizeComment` (hiding an outdated
 * sticky comment) and `viewer { login }` (who the token is, which `GET /user` refuses to
 * GITHUB_TOKEN). Documents are recognised by shape, not parsed; any other document is a violation,
 * so a test notices the day the product needs more and this file must grow.
 */

const CLASSIFIERS = ['ABUSE', 'DUPLICATE', 'OFF_TOPIC', 'OUTDATED', 'RESOLVED', 'SPAM'];
const VIEWER = /^\s*(?:query\b[^{]*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/;
/** The dashboard's edit history, exactly the document the product sends (whitespace aside). */
const EDITS = new RegExp(
  [
    '^query\\(\\$owner: String!, \\$repo: String!, \\$number: Int!\\) \\{',
    'repository\\(owner: \\$owner, name: \\$repo\\) \\{ issue\\(number: \\$number\\) \\{ url body',
    'userContentEdits\\(first: (\\d+)\\) \\{ nodes \\{ id editedAt diff editor \\{ login __typename \\} \\} \\}',
    '\\} \\} \\}$',
  ].join(' '),
);
const MINIMIZE = /^\s*mutation\b[^{]*\{\s*minimizeComment\s*\(\s*input\s*:\s*(\$\w+|\{[^}]*\})\s*\)/;

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const errors = (message: string, type = 'UNSUPPORTED') => ({
  status: 200,
  body: { data: null, errors: [{ type, message }] },
});

/** An argument of the input object literal: a `$variable`, a string literal, or an enum value. */
function argument(input: string, name: string, variables: JsonObject): Json | undefined {
  const match = new RegExp(`\\b${name}\\s*:\\s*(\\$\\w+|"(?:[^"\\\\]|\\\\.)*"|\\w+)`).exec(input);
  const token = match?.[1];
  if (token === undefined) return undefined;
  if (token.startsWith('$')) return variables[token.slice(1)];
  return token.startsWith('"') ? (JSON.parse(token) as string) : token;
}

function minimize(
  state: GitHubState,
  identity: Identity,
  input: Json | undefined,
  violate: (m: string) => void,
) {
  const subjectId = isObject(input) ? input.subjectId : undefined;
  const classifier = isObject(input) ? input.classifier : undefined;
  if (typeof subjectId !== 'string' || typeof classifier !== 'string' || !CLASSIFIERS.includes(classifier)) {
    const message = `minimizeComment needs subjectId (ID) and classifier (one of ${CLASSIFIERS.join(', ')})`;
    violate(message);
    return errors(message, 'INVALID_ARGUMENT');
  }
  const id = /^IC_fake(\d+)$/.exec(subjectId)?.[1];
  const found = [...state.repos.values()].flatMap((repo) => {
    const comment = id === undefined ? undefined : repo.comments.get(Number(id));
    return comment ? [{ repo, comment }] : [];
  })[0];
  if (!found) {
    return {
      status: 200,
      body: {
        data: { minimizeComment: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['minimizeComment'],
            message: `Could not resolve to a node with the global id of '${subjectId}'`,
          },
        ],
      },
    };
  }
  const onPull = found.repo.issue(found.comment.issueNumber)?.pull !== undefined;
  const denial = deny(identity, {
    scopes: onPull ? ['issues', 'pull_requests'] : ['issues'],
    level: 'write',
  });
  if (denial) {
    return {
      status: 200,
      body: {
        data: { minimizeComment: null },
        errors: [{ type: 'FORBIDDEN', path: ['minimizeComment'], message: denial.message }],
      },
    };
  }
  found.comment.minimized = classifier;
  const minimizedComment = {
    isMinimized: true,
    minimizedReason: classifier.toLowerCase().replace(/_/g, '-'),
  };
  return { status: 200, body: { data: { minimizeComment: { minimizedComment } } } };
}

/** Issue edits newest first, as GitHub lists them; the body's URL on the web. */
function editHistory(
  state: GitHubState,
  identity: Identity,
  first: number,
  variables: JsonObject,
  violate: (m: string) => void,
) {
  const { owner, repo: name, number } = variables;
  if (typeof owner !== 'string' || typeof name !== 'string' || typeof number !== 'number') {
    violate('the edit history query needs $owner, $repo (String!) and $number (Int!)');
    return errors('Variable types do not match', 'INVALID_ARGUMENT');
  }
  if (first > 100) {
    violate('userContentEdits(first:) is at most 100');
    return errors('Requesting more than 100 records on the connection is not allowed', 'EXCESSIVE_PAGE_SIZE');
  }
  const denial = deny(identity, { scopes: ['issues'], level: 'read' });
  const repo = state.findRepo(owner, name);
  if (denial || !repo) {
    return {
      status: 200,
      body: {
        data: { repository: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository'],
            message: `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          },
        ],
      },
    };
  }
  const issue = repo.issue(number);
  const nodes = [...(issue?.edits ?? [])]
    .reverse()
    .slice(0, first)
    .map((edit) => ({
      id: edit.id,
      editedAt: edit.editedAt,
      diff: edit.body,
      editor: edit.editor
        ? { login: edit.editor.login, __typename: edit.editor.type === 'Bot' ? 'Bot' : 'User' }
        : null,
    }));
  return {
    status: 200,
    body: {
      data: {
        repository: {
          issue: issue
            ? {
                url: `https://github.com/${repo.fullName}/issues/${issue.number}`,
                body: issue.body ?? '',
                userContentEdits: { nodes },
              }
            : null,
        },
      },
    },
  };
}

export function graphql(
  state: GitHubState,
  identity: Identity,
  body: Json | undefined,
  violate: (message: string) => void,
): Reply {
  const query = isObject(body) ? body.query : undefined;
  const variables = isObject(body) && isObject(body.variables) ? body.variables : {};
  if (typeof query !== 'string') {
    violate('a GraphQL request needs a JSON body with a "query" string');
    return { status: 400, body: { message: 'Problems parsing JSON' } };
  }
  const edits = EDITS.exec(query.replace(/\s+/g, ' ').trim());
  if (edits?.[1]) return editHistory(state, identity, Number(edits[1]), variables, (m) => violate(m));
  if (VIEWER.test(query)) return { status: 200, body: { data: { viewer: { login: identity.user.login } } } };
  const mutation = MINIMIZE.exec(query);
  if (mutation?.[1]) {
    const raw = mutation[1];
    const input = raw.startsWith('$')
      ? variables[raw.slice(1)]
      : {
          subjectId: argument(raw, 'subjectId', variables) ?? null,
          classifier: argument(raw, 'classifier', variables) ?? null,
        };
    return minimize(state, identity, input, violate);
  }
  const message = `the fake GitHub does not implement this GraphQL document: ${query.replace(/\s+/g, ' ').slice(0, 200)}`;
  violate(message);
  return errors(message);
}
