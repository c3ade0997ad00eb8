import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { builtinModule, readTemplates } from '../../../scripts/templates.js';
import { BUILTIN_TEMPLATES } from '../../../src/render/builtin-templates.js';

describe('the built-in templates in the bundle', () => {
  it('are templates/*.hbs as they are now (run npm run docs when this fails)', async () => {
    const templates = await readTemplates('templates');
    expect(Object.keys(templates).sort()).toEqual([
      'issue.md.hbs',
      'organization-issue.md.hbs',
      'pr-comment.md.hbs',
      'slack.json.hbs',
      'summary.md.hbs',
    ]);
    expect(BUILTIN_TEMPLATES).toEqual(templates);
    expect(await readFile('src/render/builtin-templates.ts', 'utf8')).toBe(builtinModule(templates));
  });

  it('tells a changed template from the generated one', () => {
    expect(builtinModule({ 'a.md.hbs': 'x' })).not.toBe(builtinModule({ 'a.md.hbs': 'y' }));
    expect(builtinModule({ 'a.md.hbs': 'x' })).toContain('do not edit');
  });
});
