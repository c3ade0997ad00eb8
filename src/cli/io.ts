export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const consoleIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * Exit codes (documented in help.ts and the README): 0 done, 1 failed, 2 a mistake in the usage,
 * inputs or config, 3 findings at or above --fail-on.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, findings: 3 } as const;
