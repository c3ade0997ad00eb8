/**
 * `npm run demo`: starts moto, seeds a demo account, and runs the bundled CLI
 * (dist/cli/index.js, exactly what `npx aws-audit` runs) against it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemoAccount } from './fixtures/demo-account.js';
import { projectRoot, startMoto } from './moto.js';

const cli = join(projectRoot, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build');

const moto = await startMoto();
let exitCode = 1;
try {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'demo',
    AWS_SECRET_ACCESS_KEY: 'demo',
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  process.stderr.write(`moto is serving AWS on ${moto.endpoint}; seeding a demo account...\n`);
  await seedDemoAccount();
  const args = [
    cli,
    'scan',
    '--output-dir',
    join(projectRoot, 'aws-audit-output', 'demo'),
    ...process.argv.slice(2),
  ];
  process.stderr.write(`$ aws-audit ${args.slice(1).join(' ')}\n`);
  exitCode = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });
} finally {
  await moto.stop();
}
process.exitCode = exitCode;
