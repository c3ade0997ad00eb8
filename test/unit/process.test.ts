import { describe, expect, it } from '@jest/globals';
import { runSource } from '../support/run-process.js';

describe('the CLI as a process', () => {
  it.each([
    [['rules'], 'after-first-chunk'],
    [['rules'], 'at-once'],
    [['rules', '--json'], 'at-once'],
    [['iam-policy'], 'at-once'],
  ] as const)(
    '%j into a reader that closes the pipe %s exits quietly, without an EPIPE stack trace',
    async (args, closeStdout) => {
      const result = await runSource('src/cli/index.ts', [...args], { closeStdout });
      expect(result.stderr).toBe('');
      expect({ code: result.code, signal: result.signal }).toEqual({ code: 0, signal: null });
    },
  );
});
