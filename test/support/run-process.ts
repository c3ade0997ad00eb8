import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION_BUNDLE = join(process.cwd(), 'dist', 'index.js');
export const CLI_BUNDLE = join(process.cwd(), 'dist', 'cli', 'index.js');
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  elapsedMs: number;
  /** True when the process had to be killed at `killAfterMs`: it would not end by itself. */
  killed: boolean;
}

/**
 * Runs a bundled entry point as a runner or a shell does (its own process, the given working
 * directory and environment) and reports how it ended. A process still alive at `killAfterMs` is
 * killed and reported as such, so a hang fails its test instead of the test run.
 */
export function runNode(
  script: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; killAfterMs: number },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [script, ...args], {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.killAfterMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, elapsedMs: Date.now() - started, killed });
    });
  });
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

export interface SourceRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs an entry point from source (through tsx) as users run the built one. `closeStdout`: the reader closes the
 * pipe after the first chunk, as `| head -1` does, or before anything is written (so every write,
 * however large, meets a closed pipe).
 */
export function runSource(
  entry: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; closeStdout?: 'after-first-chunk' | 'at-once' } = {},
): Promise<SourceRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, entry), ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...(options.env ?? process.env), NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout === 'at-once') child.stdout.destroy();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.closeStdout === 'after-first-chunk') child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
