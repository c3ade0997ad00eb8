/**
 * The AWS error code of a thrown SDK v3 error: `Code` from the response body when the SDK kept it,
 * else the exception's `name` (`InvalidVolume.NotFound`, `VolumeInUse`). Null for anything that
 * carries no code (a plain Error, a value that is not an error).
 */
export function awsErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { Code, name } = error as { Code?: unknown; name?: unknown };
  if (typeof Code === 'string' && Code !== '') return Code;
  // A plain Error's name says nothing about AWS.
  if (typeof name === 'string' && name !== '' && name !== 'Error') return name;
  return null;
}

/** The value of `call`, or undefined when AWS answers with one of `goneCodes` (the resource is gone). */
export async function unlessGone<T>(call: Promise<T>, goneCodes: readonly string[]): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    const code = awsErrorCode(error);
    if (code !== null && goneCodes.includes(code)) return undefined;
    throw error;
  }
}
