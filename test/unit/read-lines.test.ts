import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonLines } from '../../src/report/read-lines.js';
import { findingSharer } from '../../src/report/share.js';
import { writeJsonFile } from '../../src/shared/json-file.js';

const remediation = { text: 'Turn it on.', cli: null, console: 'Console > Settings' };
const finding = (id: string) => ({
  fingerprint: id,
  title: 'Bucket versioning is off',
  remediation: { ...remediation },
  references: { fsbp: ['S3.14'], cis: [], docs: [] },
  history: { state: 'new', firstSeen: '2026-12-01T00:00:00.000Z', lastSeen: '2026-12-01T00:00:00.000Z' },
  message: 'Hostile "quote", comma,\n newline and  ], a closing bracket',
});
const document = {
  schemaVersion: 5,
  generator: { name: 'aws-audit-action', version: '0.1.0' },
  findings: [finding('a'), finding('b'), finding('c')],
  unknownFindings: [],
  rules: [{ id: 'r', scopes: [{ account: '1', region: 'us-east-1' }] }],
  summary: { total: 3 },
};

async function file(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'aws-audit-lines-')), 'report.json');
  await writeFile(path, text);
  return path;
}

describe('parseJsonLines', () => {
  it('reads a document writeJsonFile wrote as it was, findings sharing their repeated parts', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'aws-audit-lines-')), 'report.json');
    await writeJsonFile(path, document);
    const read = (await parseJsonLines(path)) as typeof document;
    expect(read).toEqual(document);
    const [a, b] = read.findings;
    expect(a?.remediation).toBe(b?.remediation);
    expect(a?.references).toBe(b?.references);
    // Arrays other than findings are read too, unshared.
    expect(read.rules).toEqual(document.rules);
  });

  it.each([
    ['indented all the way down', JSON.stringify(document, null, 2)],
    ['on one line', JSON.stringify(document)],
    ['with an element that is not JSON alone', '{\n  "findings": [\n    {"a":1,\n    "b":2}\n  ]\n}\n'],
    ['with an array never closed', '{\n  "findings": [\n    {"a":1}\n'],
    ['empty', ''],
  ])('leaves a document %s to be parsed whole (undefined)', async (_, text) => {
    expect(await parseJsonLines(await file(text))).toBeUndefined();
  });

  it('answers undefined for a file that cannot be read (the whole parse names the problem)', async () => {
    expect(await parseJsonLines(join(tmpdir(), 'no-such-dir-aws-audit', 'report.json'))).toBeUndefined();
  });
});

describe('findingSharer', () => {
  it('shares equal parts, keeps different ones apart, and leaves odd shapes alone', () => {
    const share = findingSharer();
    const [a, b] = [finding('a'), finding('b')];
    const other = { ...finding('c'), remediation: { ...remediation, text: 'Something else.' } };
    const odd = { title: 7, remediation: 'text', history: null };
    for (const f of [a, b, other, odd]) share(f);
    expect(b.remediation).toBe(a.remediation);
    expect(other.remediation).not.toBe(a.remediation);
    expect(other.remediation.text).toBe('Something else.');
    expect(odd).toEqual({ title: 7, remediation: 'text', history: null });
  });
});
