import { describe, expect, it } from '@jest/globals';
import { catalog } from '../../src/rules/catalog/index.js';
import { STANDARDS } from '../../src/rules/compliance.js';
import { FSBP_NOT_CHECKED, FSBP_SCANNED_SERVICES } from '../../src/rules/data/standards/fsbp-not-checked.js';

describe('FSBP coverage of the services scanned', () => {
  const cited = new Set(catalog.flatMap((rule) => rule.metadata.references.fsbp));
  const controls = Object.keys(STANDARDS.fsbp.controls).filter((id) =>
    (FSBP_SCANNED_SERVICES as readonly string[]).includes(id.split('.')[0] ?? ''),
  );

  it('gives a reason for every control of those services no rule checks', () => {
    expect(controls.filter((id) => !cited.has(id) && FSBP_NOT_CHECKED[id] === undefined)).toEqual([]);
  });

  it('gives no reason for a control a rule checks, nor for one that is not an FSBP control of those services', () => {
    expect(Object.keys(FSBP_NOT_CHECKED).filter((id) => cited.has(id) || !controls.includes(id))).toEqual([]);
  });
});
