import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';

const loadedBy = (...modules: string[]): string[] =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'test/support/sdk-clients-loaded.ts', ...modules], {
      encoding: 'utf8',
    }),
  ) as string[];

/**
 * The AWS SDK's clients are most of the process's memory before any work (about 120 MiB of code
 * and models): commands that read files only must not load them. See BENCHMARKS.md.
 */
describe('commands that make no AWS call', () => {
  it('load no AWS SDK client: audit, diff, render, compliance, inventory, rules', () => {
    const commands = ['audit', 'diff', 'render', 'compliance', 'inventory', 'rules'];
    expect(loadedBy(...commands.map((c) => `src/cli/commands/${c}.ts`))).toEqual([]);
  });

  it('while the scan does (the check can fail)', () => {
    expect(loadedBy('src/cli/commands/scan.ts')).toEqual(
      expect.arrayContaining(['@aws-sdk/client-ec2', '@aws-sdk/client-s3']),
    );
  });
});
