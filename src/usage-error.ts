/**
 * A mistake in what the user asked for (a flag, an input, the config file, a file given to read),
 * as opposed to a failure while doing it. The CLI exits 2 for these and 1 for the rest, so a script
 * can tell "fix the command" from "try again later".
 */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}

/**
 * Runs a validation that throws plain errors (a helper shared with code that has no notion of
 * usage) and turns what it throws into a UsageError with the same message.
 */
export function asUsageError<T>(validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
