import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import {
  accessLogsOff,
  certificateNotAcm,
  connectionDrainingOff,
  crossZoneOff,
  desyncMitigationWeak,
  listenerNotEncrypted,
  loadBalancerIdle,
  noInstances,
  singleAvailabilityZone,
  tlsPolicyOutdated,
} from '../../../src/rules/catalog/elb.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { classicListener, classicLoadBalancer } from '../../support/elb-fixtures.js';
import { ACCOUNT, inventoryOf } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule], NOW).findings;
const ids = (findings: ReturnType<typeof run>) => findings.map((f) => f.resource.id).sort();
const IAM_CERT = `arn:aws:iam::${ACCOUNT}:server-certificate/old`;
const NO_TRAFFIC = {
  windowDays: 14,
  daysWithData: 0,
  metric: 'RequestCount',
  count: 0,
  bytesProcessed: null,
};

describe('elb.listener-not-encrypted (FSBP ELB.3)', () => {
  it('flags an HTTP or TCP listener, not HTTPS and SSL ones, nor a load balancer without listeners', () => {
    const findings = run(listenerNotEncrypted, [
      classicLoadBalancer('http', {
        listeners: [classicListener(), classicListener({ protocol: 'HTTP', port: 80 })],
      }),
      classicLoadBalancer('tcp', { listeners: [classicListener({ protocol: 'TCP', port: 5432 })] }),
      classicLoadBalancer('ssl', { listeners: [classicListener({ protocol: 'SSL', port: 5433 })] }),
      classicLoadBalancer('https'),
      classicLoadBalancer('none', { listeners: [] }),
    ]);
    expect(ids(findings)).toEqual(['http', 'tcp']);
    expect(findings.find((f) => f.resource.id === 'http')?.message).toBe(
      'Classic Load Balancer http has unencrypted listeners: HTTP 80.',
    );
  });
});

describe('elb.certificate-not-acm (FSBP ELB.2)', () => {
  it('flags an IAM server certificate on an HTTPS/SSL listener, with its port in the command', () => {
    const findings = run(certificateNotAcm, [
      classicLoadBalancer('iam', {
        listeners: [classicListener({ port: 8443, sslCertificateId: IAM_CERT })],
      }),
      classicLoadBalancer('acm'),
      classicLoadBalancer('plain', {
        listeners: [classicListener({ protocol: 'HTTP', sslCertificateId: null })],
      }),
    ]);
    expect(ids(findings)).toEqual(['iam']);
    expect(findings[0]?.remediation.cli).toContain('--load-balancer-port 8443');
  });
});

describe('the Classic attribute rules (FSBP ELB.5, ELB.7, ELB.9, ELB.14)', () => {
  const weak = classicLoadBalancer('weak', {
    accessLogsEnabled: false,
    connectionDraining: false,
    crossZoneLoadBalancing: false,
    desyncMitigationMode: 'monitor',
  });
  const unread = classicLoadBalancer(
    'unread',
    {
      accessLogsEnabled: null,
      connectionDraining: null,
      crossZoneLoadBalancing: null,
      desyncMitigationMode: null,
    },
    {
      unknownAttributes: [
        'accessLogsEnabled',
        'connectionDraining',
        'crossZoneLoadBalancing',
        'desyncMitigationMode',
      ],
    },
  );

  it.each([
    [accessLogsOff, 'does not write access logs'],
    [connectionDrainingOff, 'connection draining off'],
    [crossZoneOff, 'cross-zone load balancing off'],
    [desyncMitigationWeak, 'desync mitigation mode monitor'],
  ])('%# flags the weak one only, never an unread or a well set one', (rule, text) => {
    const findings = run(rule, [weak, classicLoadBalancer('good'), unread]);
    expect(ids(findings)).toEqual(['weak']);
    expect(findings[0]?.message).toContain(text);
  });

  it('takes strictest as safe and a mode the answer lacked as unknown', () => {
    const findings = run(desyncMitigationWeak, [
      classicLoadBalancer('strict', { desyncMitigationMode: 'strictest' }),
      classicLoadBalancer('absent', { desyncMitigationMode: null }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('elb.tls-policy-outdated (FSBP ELB.8)', () => {
  it('flags any policy but ELBSecurityPolicy-TLS-1-2-2017-01: high for TLS 1.0, medium for a custom one', () => {
    const findings = run(tlsPolicyOutdated, [
      classicLoadBalancer('default', {
        listeners: [classicListener({ policyNames: ['p'] })],
        sslPolicies: [{ policyName: 'p', referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08' }],
      }),
      classicLoadBalancer('custom', {
        listeners: [classicListener({ protocol: 'SSL', policyNames: ['mine'] })],
        sslPolicies: [{ policyName: 'mine', referenceSecurityPolicy: null }],
      }),
      classicLoadBalancer('good'),
    ]);
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, f.severity]))).toEqual({
      default: 'high',
      custom: 'medium',
    });
    expect(findings.find((f) => f.resource.id === 'default')?.message).toBe(
      'Classic Load Balancer default: its HTTPS listener on port 443 uses ELBSecurityPolicy-2016-08, which accepts TLS 1.0, not ELBSecurityPolicy-TLS-1-2-2017-01.',
    );
  });

  it('does not judge policies that could not be read, nor a listener whose policy is not among them', () => {
    const findings = run(tlsPolicyOutdated, [
      classicLoadBalancer('unread', { sslPolicies: [] }, { unknownAttributes: ['sslPolicies'] }),
      classicLoadBalancer('unnamed', { listeners: [classicListener({ policyNames: [] })] }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('elb.single-az (FSBP ELB.10)', () => {
  it('flags one zone, not two', () => {
    const findings = run(singleAvailabilityZone, [
      classicLoadBalancer('one', { availabilityZones: ['us-east-1a'] }),
      classicLoadBalancer('two'),
    ]);
    expect(ids(findings)).toEqual(['one']);
  });
});

describe('elb.load-balancer-idle and elb.no-instances', () => {
  it('reports an idle one with its hours, and one without instances that is not idle', () => {
    const resources = [
      classicLoadBalancer('idle', { traffic: NO_TRAFFIC, instanceCount: 0 }),
      classicLoadBalancer('empty', { instanceCount: 0 }),
      classicLoadBalancer('busy'),
    ];
    const idle = run(loadBalancerIdle, resources);
    expect(ids(idle)).toEqual(['idle']);
    expect(idle[0]?.cost?.monthlyUsd).toBe(18.25);
    expect(idle[0]?.message).toBe(
      'Classic Load Balancer idle carried no request in the last 14 days and costs $18.25 a month.',
    );
    expect(ids(run(noInstances, resources))).toEqual(['empty']);
  });

  it('calls neither unknown traffic nor a young load balancer idle', () => {
    const findings = run(loadBalancerIdle, [
      classicLoadBalancer('unknown', { traffic: null }, { unknownAttributes: ['traffic'] }),
      classicLoadBalancer('young', { traffic: NO_TRAFFIC }, { createdAt: '2026-11-20T00:00:00.000Z' }),
    ]);
    expect(findings).toEqual([]);
  });
});
