import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run lint` runs dependency-cruiser with .dependency-cruiser.cjs; this shows the rules bite:
 * a fixture tree with one import against the flow, one into the config loader and one cycle.
 */
const root = process.cwd();
const depcruise = (cwd: string) =>
  spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', '.bin', 'depcruise'),
      'src',
      '--config',
      join(root, '.dependency-cruiser.cjs'),
    ],
    { cwd, encoding: 'utf8' },
  );

describe('the layering rules', () => {
  it('fail on a lower layer importing a later stage, on rules loading config, and on a cycle', () => {
    const result = depcruise(join(root, 'test', 'fixtures', 'layering'));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('layer-0-imports-upward: src/aws/clients.ts → src/scan/pool.ts');
    expect(result.stdout).toContain('rules-without-config-loading: src/rules/select.ts → src/config/load.ts');
    expect(result.stdout).toMatch(/no-circular: src\/rules\/other\.ts →\s+src\/rules\/select\.ts/);
    expect(result.stdout).toContain('3 dependency violations');
  });

  it('pass on the sources', () => {
    const result = depcruise(root);
    expect(result.stdout).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });
});
