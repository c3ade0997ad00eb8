import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  certificateExpiring,
  certificateRsaKeyShort,
  certificateValidationFailed,
} from '../../../src/rules/catalog/acm.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
type Attributes = AttributesOf<'acm:certificate'>;

const cert = (id: string, more: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource(
    'acm:certificate',
    id,
    {
      domainName: `${id}.example.com`,
      type: 'AMAZON_ISSUED',
      status: 'ISSUED',
      keyAlgorithm: 'RSA_2048',
      notAfter: '2027-06-01T00:00:00.000Z',
      inUse: true,
      renewalEligibility: 'ELIGIBLE',
      ...more,
    },
    { unknownAttributes },
  );

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule], NOW).findings;

describe('acm.certificate-expiring', () => {
  it('flags certificates within 30 days or expired: critical when expired in use, low when unused', () => {
    const findings = run(certificateExpiring, [
      cert('soon', { notAfter: '2026-12-20T00:00:00.000Z', type: 'IMPORTED' }),
      cert('gone', { notAfter: '2026-11-20T00:00:00.000Z', status: 'EXPIRED' }),
      cert('idle', { notAfter: '2026-12-01T00:00:00.000Z', inUse: false }),
      cert('maybe', { notAfter: '2026-12-01T00:00:00.000Z', inUse: null }),
      cert('edge', { notAfter: '2026-12-25T12:00:00.000Z' }),
    ]);
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, f.severity]))).toEqual({
      soon: 'high',
      gone: 'critical',
      idle: 'low',
      maybe: 'high',
      edge: 'high',
    });
    expect(findings[0]?.references.fsbp).toEqual(['ACM.1']);
    expect(findings.find((f) => f.resource.id === 'gone')?.message).toBe(
      'ACM certificate gone.example.com (AMAZON_ISSUED) expired 6 days ago (2026-11-20T00:00:00.000Z) and is in use.',
    );
  });

  it('leaves certificates with more than 30 days, no expiry date, or an unknown one', () => {
    expect(
      run(certificateExpiring, [
        cert('later', { notAfter: '2026-12-26T12:00:00.000Z' }),
        cert('pending', { notAfter: null, status: 'PENDING_VALIDATION' }),
        cert('unknown', { notAfter: '2026-11-01T00:00:00.000Z' }, ['notAfter']),
      ]),
    ).toEqual([]);
  });
});

describe('acm.certificate-rsa-key-short', () => {
  it('flags RSA keys under 2,048 bits', () => {
    const findings = run(certificateRsaKeyShort, [
      cert('weak', { keyAlgorithm: 'RSA_1024', type: 'IMPORTED' }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['weak', 'high', ['ACM.2']],
    ]);
  });

  it('leaves RSA 2,048 and up, EC keys and unknown algorithms', () => {
    expect(
      run(certificateRsaKeyShort, [
        cert('a', { keyAlgorithm: 'RSA_2048' }),
        cert('b', { keyAlgorithm: 'RSA_4096' }),
        cert('c', { keyAlgorithm: 'EC_prime256v1' }),
        cert('d', { keyAlgorithm: null }),
        cert('e', { keyAlgorithm: 'RSA_1024' }, ['keyAlgorithm']),
      ]),
    ).toEqual([]);
  });
});

describe('acm.certificate-validation-failed', () => {
  it('flags FAILED and VALIDATION_TIMED_OUT requests, at low severity', () => {
    const findings = run(certificateValidationFailed, [
      cert('f', { status: 'FAILED', notAfter: null }),
      cert('t', { status: 'VALIDATION_TIMED_OUT', notAfter: null }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['f', 'low'],
      ['t', 'low'],
    ]);
  });

  it('leaves issued, pending and expired certificates', () => {
    expect(
      run(certificateValidationFailed, [
        cert('i'),
        cert('p', { status: 'PENDING_VALIDATION' }),
        cert('x', { status: 'EXPIRED' }),
      ]),
    ).toEqual([]);
  });
});
