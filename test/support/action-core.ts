import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { parse } from 'yaml';

/** What one run of the Action did through @actions/core. */
export interface ActionCalls {
  /** Every input the run asked for, in order. */
  asked: string[];
  info: string[];
  warning: string[];
  error: string[];
  failed: string[];
  outputs: Record<string, string>;
  summaries: number;
}

const none = (): ActionCalls => ({
  asked: [],
  info: [],
  warning: [],
  error: [],
  failed: [],
  outputs: {},
  summaries: 0,
});

/**
 * Replaces @actions/core with a recording stand-in and loads the Action's run() over it. Await it
 * at the top of a test file, before anything else imports src/main.ts. The returned function runs
 * the Action once with `given` as its inputs ('' for the others, as core.getInput answers).
 */
export async function loadAction(): Promise<(given: Record<string, string>) => Promise<ActionCalls>> {
  let inputs: Record<string, string> = {};
  let calls = none();
  const summary = {
    addRaw: () => summary,
    write: async () => {
      calls.summaries += 1;
      return summary;
    },
  };
  // The libraries main.ts imports (@actions/artifact, @actions/github) use the rest of core.
  const actual = await import('@actions/core');
  jest.unstable_mockModule('@actions/core', () => ({
    ...actual,
    debug: () => undefined,
    getInput: (name: string) => {
      calls.asked.push(name);
      return inputs[name] ?? '';
    },
    info: (message: string) => void calls.info.push(message),
    warning: (message: string) => void calls.warning.push(message),
    error: (message: string) => void calls.error.push(message),
    setFailed: (message: string) => void calls.failed.push(message),
    setOutput: (name: string, value: string) => void (calls.outputs[name] = value),
    setSecret: () => undefined,
    getIDToken: () => Promise.reject(new Error('no OIDC in tests')),
    summary,
  }));
  const { run } = await import('../../src/main.js');
  return async (given) => {
    inputs = given;
    calls = none();
    process.env.GITHUB_STEP_SUMMARY = join(tmpdir(), 'unused-summary.md');
    await run();
    return calls;
  };
}

/** The inputs action.yml declares, each with its default ('' when it has none). */
export function declaredInputs(): Record<string, string> {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'action.yml');
  const action = parse(readFileSync(file, 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]),
  );
}
