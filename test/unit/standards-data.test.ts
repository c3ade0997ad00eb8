import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseCsv, renderTable, TABLES } from '../../scripts/standards.js';
import { CIS_V6_SECTIONS } from '../../src/rules/data/standards/cis-v6.js';
import { CIS_V7_SECTIONS } from '../../src/rules/data/standards/cis-v7.js';
import { FSBP_CONTROLS } from '../../src/rules/data/standards/fsbp.js';

const folder = fileURLToPath(new URL('../../src/rules/data/standards/', import.meta.url));

describe('the standards tables', () => {
  it.each(TABLES.map((t) => [t.module, t] as const))(
    '%s is generated from its CSV',
    async (module, table) => {
      expect(await readFile(`${folder}${module}`, 'utf8')).toBe(await renderTable(table));
    },
  );

  it('holds every row of the CSVs, with a source on each', async () => {
    const rows = async (csv: string) => parseCsv(await readFile(`${folder}${csv}`, 'utf8'));
    const fsbp = await rows('fsbp.csv');
    expect(fsbp).toHaveLength(368);
    expect(Object.keys(FSBP_CONTROLS)).toEqual(fsbp.map((r) => r.control_id));
    expect(fsbp.filter((r) => !r.source)).toEqual([]);
    const cis6 = await rows('cis-aws-foundations-v6.0.0.csv');
    expect(Object.keys(CIS_V6_SECTIONS)).toEqual(cis6.map((r) => r.section));
    expect(cis6.filter((r) => !r.source)).toEqual([]);
    const cis7 = await rows('cis-aws-foundations-v7.0.0.csv');
    expect(Object.keys(CIS_V7_SECTIONS)).toEqual(cis7.map((r) => r.section));
  });

  it('parses quoted fields', () => {
    expect(parseCsv('a,b,c\n1,"x, ""y""",3\n')).toEqual([{ a: '1', b: 'x, "y"', c: '3' }]);
  });

  it('keeps what the citations rest on', () => {
    expect(FSBP_CONTROLS['EC2.19']?.resourceType).toBe('AWS::EC2::SecurityGroup');
    expect(FSBP_CONTROLS['EC2.13']).toBeUndefined(); // CIS/NIST only in Security Hub, not FSBP
    expect(CIS_V6_SECTIONS['6.4']).toMatchObject({ securityHub: ['EC2.54'], automated: true });
    expect(CIS_V6_SECTIONS['2.15']?.title).toContain('*:*');
  });
});
