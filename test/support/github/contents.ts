import { HttpError, notFound, repoOf, text, page, type Route } from './context.js';
import type { Links } from './shapes.js';
import { userJson } from './shapes.js';
import type { Commit } from './state.js';
import type { RepoState } from './repo-state.js';

/*
 * Files and history of the default branch, as far as the product reads them: one file's content
 * (`GET /repos/{owner}/{repo}/contents/{path}`) and the commits that changed it.
 */

const enc = encodeURIComponent;

/** Only the default branch (by name or omitted) is kept; another ref is a test's mistake. */
function checkRef(repo: RepoState, ref: string | undefined) {
  if (ref !== undefined && ref !== repo.defaultBranch && ref !== `refs/heads/${repo.defaultBranch}`) {
    throw new HttpError(404, `No commit found for the ref ${ref}`);
  }
}

const getContent: Route = {
  query: ['ref'],
  handle: (context) => {
    const repo = repoOf(context);
    checkRef(repo, text(context.query, 'ref'));
    const path = text(context.params, 'path') ?? '';
    const file = repo.file(path);
    if (!file) throw notFound();
    const api = `${context.links.api}/repos/${repo.fullName}/contents/${path}?ref=${enc(repo.defaultBranch)}`;
    const html = `${context.links.web}/${repo.fullName}/blob/${repo.defaultBranch}/${path}`;
    const git = `${context.links.api}/repos/${repo.fullName}/git/blobs/${file.blobSha}`;
    const base64 = Buffer.from(file.content, 'utf8').toString('base64');
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(file.content),
        name: path.split('/').pop() ?? path,
        path,
        // GitHub wraps the base64 at 60 characters.
        content: (base64.match(/.{1,60}/g) ?? []).join('\n') + '\n',
        sha: file.blobSha,
        url: api,
        git_url: git,
        html_url: html,
        download_url: `https://raw.githubusercontent.com/${repo.fullName}/${repo.defaultBranch}/${path}`,
        _links: { self: api, git, html },
      },
    };
  },
};

function commitJson(links: Links, repo: RepoState, commit: Commit) {
  const url = `${links.api}/repos/${repo.fullName}/commits/${commit.sha}`;
  const person = {
    name: commit.author.login,
    email: `${commit.author.login}@users.noreply.github.com`,
    date: commit.at,
  };
  const parent = repo.commits[repo.commits.indexOf(commit) - 1];
  return {
    url,
    sha: commit.sha,
    node_id: `C_fake${commit.sha.slice(0, 12)}`,
    html_url: `${links.web}/${repo.fullName}/commit/${commit.sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${links.api}/repos/${repo.fullName}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.sha, url: `${links.api}/repos/${repo.fullName}/git/trees/${commit.sha}` },
    },
    author: userJson(links, commit.author),
    committer: userJson(links, commit.author),
    parents: parent
      ? [{ sha: parent.sha, url: `${links.api}/repos/${repo.fullName}/commits/${parent.sha}` }]
      : [],
  };
}

const listCommits: Route = {
  query: ['path', 'sha'],
  handle: (context) => {
    const repo = repoOf(context);
    checkRef(repo, text(context.query, 'sha'));
    const commits = repo.commitsOf(text(context.query, 'path'));
    const { items, headers } = page(context, commits);
    return { status: 200, body: items.map((commit) => commitJson(context.links, repo, commit)), headers };
  },
};

export const contentRoutes: Record<string, Route> = {
  'repos/get-content': getContent,
  'repos/list-commits': listCommits,
};
