/** The AWS error code of an SDK v3 error (`name`, or `Code` on some XML services), or null. */
export function awsErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { Code, name } = error as { Code?: unknown; name?: unknown };
  if (typeof Code === 'string' && Code) return Code;
  return typeof name === 'string' && name && name !== 'Error' ? name : null;
}
