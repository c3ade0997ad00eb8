const ALLOWED = /^[\w+=,.@-]{2,64}$/;

/** STS session names allow 2-64 characters of [\w+=,.@-]. */
export function validateRoleSessionName(name: string, source: string): string {
  if (!ALLOWED.test(name)) {
    throw new Error(
      `${source}: '${name}' is not a valid role session name (2-64 characters of letters, digits and +=,.@_-)`,
    );
  }
  return name;
}

/**
 * `aws-audit-<owner>-<repo>-<run id>`, reduced to the allowed characters: it shows up in
 * CloudTrail, so an account owner can trace every call back to the workflow run.
 */
export function defaultRoleSessionName(env: NodeJS.ProcessEnv = process.env): string {
  const repository = (env.GITHUB_REPOSITORY ?? 'local').replace('/', '-');
  const runId = env.GITHUB_RUN_ID ?? String(Date.now());
  const name = `aws-audit-${repository}-${runId}`.replace(/[^\w+=,.@-]/g, '-');
  if (name.length <= 64) return name;
  // Keep the run id: it is what makes the name traceable.
  const suffix = `-${runId}`.replace(/[^\w+=,.@-]/g, '-').slice(-30);
  return `${name.slice(0, 64 - suffix.length)}${suffix}`;
}
