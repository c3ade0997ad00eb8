import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonPieces, writeJsonFile } from '../../src/shared/json-file.js';

const dir = mkdtempSync(join(tmpdir(), 'json-file-'));
const text = (value: unknown) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('reads back as JSON.stringify would write it: dates, undefined, functions, empty and nested values', () => {
    const value = {
      at: new Date('2026-12-06T00:00:00Z'),
      gone: undefined,
      fn: () => 1,
      empty: { list: [], object: {} },
      list: [1, undefined, 'two', { deep: [{ deeper: true }], skip: undefined }],
      top: null,
      nested: { a: { b: [1, 2] }, c: 'x"y\n' },
    };
    expect(JSON.parse(text(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text([{ a: 1 }, [2]])).toBe(JSON.stringify([{ a: 1 }, [2]], null, 2));
    expect(text('plain')).toBe('"plain"');
  });

  it('indents the top two levels and writes each element below them on one line', () => {
    const report = {
      schemaVersion: 2,
      findings: [{ id: 'a', evidence: { x: [1] } }, { id: 'b' }],
      summary: { total: 2 },
    };
    expect(text(report)).toBe(
      [
        '{',
        '  "schemaVersion": 2,',
        '  "findings": [',
        '    {"id":"a","evidence":{"x":[1]}},',
        '    {"id":"b"}',
        '  ],',
        '  "summary": {',
        '    "total": 2',
        '  }',
        '}',
      ].join('\n'),
    );
  });
});

describe('writeJsonFile', () => {
  it('writes the whole document, however large, through a rename', async () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => ({ id: `f-${i}`, message: 'm'.repeat(100) }));
    const path = join(dir, 'out', 'report.json');
    await writeJsonFile(path, { findings });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ findings });
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });

  it('fails when the file cannot be written and leaves no temporary file behind', async () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'sub'), { recursive: true });
    await expect(writeJsonFile(join(target, 'sub'), { a: 1 })).rejects.toThrow();
    expect(readdirSync(target)).toEqual(['sub']);
  });
});
