/** The variables the preflight tests change: endpoint, profile and shared files. */
export const AWS_CONFIG_VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
] as const;

/** Puts environment variables back as they were in `saved`, unset where they were unset. */
export function restoreEnv(saved: NodeJS.ProcessEnv, names: readonly string[] = AWS_CONFIG_VARIABLES): void {
  for (const name of names) {
    const value = saved[name];
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  }
}
