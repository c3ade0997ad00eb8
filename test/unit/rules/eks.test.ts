import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  auditLoggingOff,
  endpointPublic,
  secretsNotEncrypted,
  versionExtendedSupport,
  versionPastStandardSupport,
} from '../../../src/rules/catalog/eks.js';
import { kubernetesSupport } from '../../../src/rules/eks-version-support.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

// 1.34's standard support ends 2026-12-02, 1.33's ended 2026-07-29, 1.31's extended ended 2026-11-26.
const NOW = new Date('2026-11-25T12:00:00Z');
type Attributes = AttributesOf<'eks:cluster'>;

const good: Attributes = {
  version: '1.35',
  platformVersion: 'eks.3',
  endpointPublicAccess: false,
  publicAccessCidrs: [],
  endpointPrivateAccess: true,
  enabledLogTypes: ['api', 'audit', 'authenticator'],
  secretsEncrypted: true,
  secretsKmsKeyArn: 'arn:aws:kms:eu-west-2:111122223333:key/k1',
  supportType: 'EXTENDED',
};
const cluster = (id: string, more: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource('eks:cluster', id, { ...good, ...more }, { region: 'eu-west-2', name: id, unknownAttributes });

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0], now = NOW) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule], now).findings;
const ids = (rule: Rule, resources: Parameters<typeof inventoryOf>[0], now = NOW) =>
  run(rule, resources, now).map((f) => f.resource.id);

describe('eks.endpoint-public', () => {
  it('flags public endpoints, citing EKS.1: high when open to any address, medium when restricted', () => {
    const findings = run(endpointPublic, [
      cluster('open', { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }),
      cluster('default', { endpointPublicAccess: true, publicAccessCidrs: [] }),
      cluster('office', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }),
      cluster('private'),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['default', 'high', ['EKS.1']],
      ['open', 'high', ['EKS.1']],
      ['office', 'medium', ['EKS.1']],
    ]);
    expect(findings[2]?.message).toBe(
      "EKS cluster office's API endpoint is public, restricted to 203.0.113.0/24.",
    );
  });

  it('leaves private endpoints and unknown ones', () => {
    expect(
      ids(endpointPublic, [
        cluster('private'),
        cluster('unread', { endpointPublicAccess: null }, ['endpointPublicAccess']),
      ]),
    ).toEqual([]);
  });
});

describe('eks.version-past-standard-support', () => {
  it('flags versions in extended support, past it, and older than the table, citing EKS.2', () => {
    const findings = run(versionPastStandardSupport, [
      cluster('old', { version: '1.28' }),
      cluster('gone', { version: '1.30' }),
      cluster('extended', { version: '1.33', supportType: 'STANDARD' }),
      cluster('soon', { version: '1.34' }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['extended', 'high', ['EKS.2']],
      ['gone', 'high', ['EKS.2']],
      ['old', 'high', ['EKS.2']],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'EKS cluster extended runs Kubernetes 1.33, in extended support since the end of standard support on 2026-07-29.',
      'EKS cluster gone runs Kubernetes 1.30, whose EKS extended support ended on 2026-07-23.',
      'EKS cluster old runs Kubernetes 1.28, older than 1.29, whose EKS support has ended.',
    ]);
    expect(
      ids(
        versionPastStandardSupport,
        [cluster('late', { version: '1.34' })],
        new Date('2026-12-03T00:00:00Z'),
      ),
    ).toEqual(['late']);
  });

  it('leaves versions in standard support, unlisted newer, unparseable and unknown versions', () => {
    expect(
      ids(versionPastStandardSupport, [
        cluster('new'),
        cluster('soon', { version: '1.34' }),
        cluster('future', { version: '1.36' }),
        cluster('odd', { version: 'v1' }),
        cluster('unread', { version: null }, ['version']),
      ]),
    ).toEqual([]);
  });
});

describe('eks.version-extended-support', () => {
  it('prices the surcharge of a cluster in extended support, and warns ahead of the end of standard support', () => {
    const findings = run(versionExtendedSupport, [
      cluster('extended', { version: '1.33' }),
      cluster('unanswered', { version: '1.32', supportType: null }),
      cluster('soon', { version: '1.34' }),
      cluster('soon-forced', { version: '1.34', supportType: 'STANDARD' }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.cost?.monthlyUsd ?? null])).toEqual([
      ['extended', 'medium', 365],
      ['unanswered', 'medium', 365],
      ['soon', 'low', null],
      ['soon-forced', 'low', null],
    ]);
    expect(findings[0]?.cost).toMatchObject({
      basis: '730 hours x ($0.6 extended - $0.1 standard) per cluster-hour',
      avoidable: true,
    });
    expect(findings[0]?.cost?.prices.map((p) => [p.item, p.usd, p.asOf])).toEqual([
      ['eks.cluster.extended-support', 0.6, '2026-12-06'],
      ['eks.cluster.standard-support', 0.1, '2026-12-06'],
    ]);
    expect(findings[2]?.message).toBe(
      'EKS cluster soon: standard support for Kubernetes 1.34 ends on 2026-12-02 (in 7 days); then extended support costs about $365 more a month.',
    );
    expect(findings[3]?.message).toContain('then AWS upgrades it (upgrade policy STANDARD)');
  });

  it('leaves clusters in standard support, on the STANDARD policy past its end, past all support, or unknown', () => {
    expect(
      ids(versionExtendedSupport, [
        cluster('new'),
        cluster('forced', { version: '1.33', supportType: 'STANDARD' }),
        cluster('gone', { version: '1.30' }),
        cluster('unread', { version: null }, ['version']),
      ]),
    ).toEqual([]);
  });
});

describe('eks.secrets-not-encrypted', () => {
  it('flags clusters without a KMS key for secrets, citing EKS.3', () => {
    const findings = run(secretsNotEncrypted, [
      cluster('plain', { secretsEncrypted: false, secretsKmsKeyArn: null }),
      cluster('sealed'),
    ]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([['plain', ['EKS.3']]]);
  });

  it('leaves encrypted clusters and unknown ones', () => {
    expect(
      ids(secretsNotEncrypted, [
        cluster('sealed'),
        cluster('unread', { secretsEncrypted: null }, ['secretsEncrypted']),
      ]),
    ).toEqual([]);
  });
});

describe('eks.audit-logging-off', () => {
  it('flags clusters without the audit log type, citing EKS.8', () => {
    const findings = run(auditLoggingOff, [
      cluster('quiet', { enabledLogTypes: [] }),
      cluster('api-only', { enabledLogTypes: ['api'] }),
      cluster('audited'),
    ]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([
      ['api-only', ['EKS.8']],
      ['quiet', ['EKS.8']],
    ]);
    expect(findings[1]?.message).toBe(
      'EKS cluster quiet does not log Kubernetes audit events (enabled: none).',
    );
  });

  it('leaves audited clusters and unknown logging', () => {
    expect(
      ids(auditLoggingOff, [
        cluster('audited'),
        cluster('unread', { enabledLogTypes: null }, ['enabledLogTypes']),
        cluster('unanswered', { enabledLogTypes: null }),
      ]),
    ).toEqual([]);
  });
});

describe('kubernetesSupport', () => {
  it('moves from standard to extended the day after the end of standard support', () => {
    expect(kubernetesSupport('1.34', new Date('2026-12-02T12:00:00Z'), 0)?.phase).toBe(
      'standard-ending-soon',
    );
    expect(kubernetesSupport('1.34', new Date('2026-12-03T00:00:00Z'), 0)?.phase).toBe('extended');
    expect(kubernetesSupport('1.34', new Date('2027-12-03T00:00:00Z'), 0)?.phase).toBe('unsupported');
  });
});
