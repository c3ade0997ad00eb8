import { describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSource } from '../support/run-process.js';

/** The CLI and the Action from source, in their own processes, scanning moto. */
describe('the CLI and the Action as processes', () => {
  // The SDK warns on Node < 22 only; on this project's Node 20 the test shows the warning is gone.
  it('prints no AWS SDK Node version warning on a scan, unless the user asked for it', async () => {
    const env = { ...process.env };
    delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
    delete env.NODE_NO_WARNINGS; // set by npm test; it would hide the warning whatever runtime.ts does
    const outputDir = await mkdtemp(join(tmpdir(), 'aws-audit-process-'));
    const args = ['scan', '--regions', 'us-east-1', '--services', 's3', '--output-dir', outputDir];
    const quiet = await runSource('src/cli/index.ts', args, { env });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/NodeVersionSupportWarning|node >=22/);
    if (Number(process.versions.node.split('.')[0]) < 22) {
      // The control: the same run with the warning asked for shows it, so the check above can fail.
      const loud = await runSource('src/cli/index.ts', args, {
        env: { ...env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'false' },
      });
      expect(loud.stderr).toMatch(/NodeVersionSupportWarning/);
    }
  });

  it('the Action entry point prints no Node version warning either', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, INPUT_REGIONS: 'us-east-1', INPUT_SERVICES: 's3' };
    delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
    delete env.NODE_NO_WARNINGS;
    delete env.GITHUB_STEP_SUMMARY;
    delete env.GITHUB_OUTPUT;
    env['INPUT_OUTPUT-DIR'] = await mkdtemp(join(tmpdir(), 'aws-audit-process-'));
    const result = await runSource('src/index.ts', [], { env });
    expect(result.stdout).not.toContain('::error::');
    expect(result.stdout).toContain('report-path');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/NodeVersionSupportWarning|node >=22/);
  });
});
