import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { scanPolicy } from '../../src/scan/iam-policy.js';
import { collectors, orchestratorPermissions, serviceNames } from '../../src/scan/registry.js';
import { TOOL_VERSION } from '../../src/version.js';

/** An io that keeps what main writes. */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (text: string) => void out.push(text), err: (text: string) => void err.push(text) },
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}

async function run(argv: string[]) {
  const captured = capture();
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const WRITE_VERBS = /^(Create|Delete|Put|Update|Modify|Attach|Run|Stop|Start|Terminate)/;

describe('aws-audit CLI: usage', () => {
  it.each([['--help'], ['-h'], ['help']])(
    '%s prints the usage with every command and exits 0',
    async (flag) => {
      const { code, stdout, stderr } = await run([flag]);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage:');
      expect(stdout).toContain('aws-audit scan [options]');
      expect(stdout).toContain('aws-audit iam-policy');
      expect(stdout).toContain(`aws-audit ${TOOL_VERSION}`);
      // the services list comes from the registry
      expect(stdout).toContain(serviceNames().join(', '));
      expect(stderr).toBe('');
    },
  );

  it('prints the usage and exits 2 without arguments', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toContain('Usage:');
  });

  it('prints the version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(TOOL_VERSION);
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const { code, stdout, stderr } = await run(['scna']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown command 'scna'.");
    expect(stderr).toContain('Usage:');
    expect(stdout).toBe('');
  });

  it('scan --help prints the usage and exits 0 without scanning', async () => {
    const { code, stdout } = await run(['scan', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--output-dir DIR');
  });

  it.each([
    [['scan', '--bogus'], "Unknown option '--bogus'"],
    [['scan', '--regions'], "Option '--regions <value>' argument missing"],
    [['scan', 'positional'], "Unexpected argument 'positional'"],
  ])('rejects the usage error %j with a message and a failing exit code', async (argv, message) => {
    const { code, stderr, stdout } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^aws-audit: /);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('rejects an invalid --session-name, naming the flag', async () => {
    const { code, stderr } = await run(['scan', '--session-name', 'bad name']);
    expect(code).toBe(2);
    expect(stderr).toContain("aws-audit: --session-name: 'bad name' is not a valid role session name");
  });

  // In a real node process too, as users run it.
  it.each([[['scan', '--bogus']], [['scan', 'positional']]])(
    'exits 2 on the usage error %j when run as a process',
    async (argv) => {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', join(projectRoot, 'src/cli/index.ts'), ...argv],
          { cwd: projectRoot, env: { ...process.env, NODE_OPTIONS: '' } },
          (error, _stdout, stderr) => {
            if (error && typeof error.code !== 'number') reject(error);
            else resolve({ code: error ? (error.code as number) : 0, stderr });
          },
        );
      });
      expect(result.stderr).toMatch(/^aws-audit: /m);
      expect(result.code).toBe(2);
    },
  );
});

describe('aws-audit iam-policy', () => {
  let policy: {
    Version: string;
    Statement: { Sid: string; Effect: string; Action: string[]; Resource: string }[];
  };
  let code: number;

  beforeAll(async () => {
    const result = await run(['iam-policy']);
    code = result.code;
    policy = JSON.parse(result.stdout) as typeof policy;
  });

  it('prints one valid JSON policy document and exits 0', () => {
    expect(code).toBe(0);
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Allow', Resource: '*' });
  });

  it('equals scanPolicy()', () => {
    expect(policy).toEqual(scanPolicy());
  });

  it('lists the actions the collectors and the orchestrator need', () => {
    const actions = policy.Statement[0]?.Action ?? [];
    for (const action of [
      'ec2:DescribeInstances',
      's3:GetBucketPolicy',
      'iam:GetAccountAuthorizationDetails',
      'budgets:ViewBudget',
      'ec2:DescribeRegions',
    ])
      expect(actions).toContain(action);
    expect(actions).not.toContain('sts:GetCallerIdentity');
  });

  it('includes every permission every collector declares, sorted and without duplicates', () => {
    const actions = policy.Statement[0]?.Action ?? [];
    expect(collectors.length).toBeGreaterThanOrEqual(8);
    for (const collector of collectors) {
      const declared = Object.values(collector.permissions);
      expect(declared.length).toBeGreaterThan(0);
      for (const action of declared) expect(actions).toContain(action);
    }
    for (const action of Object.values(orchestratorPermissions))
      if (action !== 'sts:GetCallerIdentity') expect(actions).toContain(action);
    expect(new Set(actions).size).toBe(actions.length);
    expect([...actions].sort()).toEqual(actions);
    // nothing that no one declared
    const declared = new Set([
      ...collectors.flatMap((c) => Object.values(c.permissions)),
      ...Object.values(orchestratorPermissions),
    ]);
    for (const action of actions) expect(declared.has(action)).toBe(true);
  });

  it('grants no write action', () => {
    const actions = policy.Statement[0]?.Action ?? [];
    for (const action of actions) {
      expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
      expect({ action, write: WRITE_VERBS.test(action.split(':')[1] ?? '') }).toEqual({
        action,
        write: false,
      });
    }
  });

  it('scanPolicy only includes the collectors it is given', () => {
    const s3 = collectors.filter((c) => c.service === 's3');
    const actions = scanPolicy(s3).Statement[0]?.Action ?? [];
    expect(actions).toContain('s3:GetBucketPolicy');
    expect(actions).toContain('ec2:DescribeRegions');
    expect(actions).not.toContain('ec2:DescribeInstances');
    expect(actions).not.toContain('iam:GetAccountAuthorizationDetails');
  });
});

describe('aws-audit scan: usage errors', () => {
  let outputDir: string;

  beforeAll(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'aws-audit-cli-'));
  });

  afterAll(async () => {
    await rm(outputDir, { recursive: true, force: true });
  });

  it('exits 2 for an unknown service, listing the available ones', async () => {
    const { code, stderr } = await run(['scan', '--services', 'nope', '--output-dir', outputDir]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `aws-audit: --services: unknown service(s): nope. Available: ${serviceNames().join(', ')}`,
    );
    expect(await readdir(outputDir)).toEqual([]);
  });

  it('exits 2 for a bad region code, naming the flag and the value', async () => {
    const { code, stderr } = await run(['scan', '--regions', 'us-east', '--output-dir', outputDir]);
    expect(code).toBe(2);
    expect(stderr).toContain("--regions: 'us-east' is not a region code like us-east-1");
  });

  it('exits 2 for an out-of-range number, naming the flag', async () => {
    const { code, stderr } = await run(['scan', '--max-attempts', '0', '--output-dir', outputDir]);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-attempts must be between 1 and 20, got 0');
  });
});
