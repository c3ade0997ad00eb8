import type { GitHubClient } from './github.js';

/** Who the token acts as, to tell our own comments and issues from anyone else's. */
export interface TokenIdentity {
  login: string;
  /** Set for the Actions token, whose author is the GitHub Actions app's bot. */
  bot: boolean;
}

/** The login GITHUB_TOKEN writes as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * `GET /user` for a personal access token; GitHub answers 403 to an installation token (the
 * Actions token), which writes as `github-actions[bot]`.
 */
export async function tokenIdentity(client: GitHubClient, signal?: AbortSignal): Promise<TokenIdentity> {
  try {
    const { data } = await client.rest.users.getAuthenticated({ request: { signal } });
    return { login: data.login, bot: data.type === 'Bot' };
  } catch (error) {
    if ((error as { status?: number }).status === 403) return { login: ACTIONS_BOT_LOGIN, bot: true };
    throw error;
  }
}

/** Whether a comment's or issue's author is the token's identity. */
export function authoredBy(
  user: { login: string; type?: string } | null | undefined,
  identity: TokenIdentity,
): boolean {
  if (!user || user.login.toLowerCase() !== identity.login.toLowerCase()) return false;
  return !identity.bot || user.type === 'Bot';
}
