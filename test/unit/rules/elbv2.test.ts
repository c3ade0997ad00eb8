import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import {
  albAccessLogsOff,
  albDesyncMitigationWeak,
  albHttpNotRedirected,
  albInvalidHeadersKept,
  albWithoutWaf,
  deletionProtectionOff,
  listenerNotEncrypted,
  listenerTlsPolicyOutdated,
  loadBalancerIdle,
  singleAvailabilityZone,
  targetGroupHealthCheckUnencrypted,
  targetGroupUnencrypted,
} from '../../../src/rules/catalog/elbv2.js';
import { minimumTls } from '../../../src/rules/catalog/elb-shared.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import {
  FORWARD,
  REDIRECT_HTTPS,
  elbv2Listener,
  elbv2LoadBalancer,
  elbv2TargetGroup,
} from '../../support/elb-fixtures.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule], NOW).findings;
const ids = (findings: ReturnType<typeof run>) =>
  findings.map((f) => f.resource.name ?? f.resource.id).sort();
const http = (lb: string, port: number, defaultActions = FORWARD) =>
  elbv2Listener(lb, port, { protocol: 'HTTP', sslPolicy: null, certificateArns: [], defaultActions });

describe('elbv2.alb-http-not-redirected (FSBP ELB.1)', () => {
  it('flags an ALB with an HTTP listener that forwards, not one whose HTTP listeners redirect to HTTPS', () => {
    const findings = run(albHttpNotRedirected, [
      elbv2LoadBalancer('forwards'),
      http('forwards', 80),
      http('forwards', 8080),
      elbv2LoadBalancer('redirects'),
      http('redirects', 80, REDIRECT_HTTPS),
      elbv2Listener('redirects', 443),
      elbv2LoadBalancer('to-http'),
      http('to-http', 80, [{ type: 'redirect', redirectProtocol: 'HTTP', targetGroupArns: [] }]),
    ]);
    expect(ids(findings)).toEqual(['forwards', 'to-http']);
    const forwards = findings.find((f) => f.resource.name === 'forwards');
    expect(forwards?.message).toContain(
      'port 80 forwards to its targets instead of redirecting to HTTPS (and 1 more',
    );
    expect(forwards?.remediation.cli).toContain('l80');
    expect(forwards?.remediation.cli).toContain(
      "'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'",
    );
  });

  it('does not judge an ALB whose listeners could not be read, nor a Network Load Balancer', () => {
    const findings = run(albHttpNotRedirected, [
      elbv2LoadBalancer('unread', {}, { unknownAttributes: ['listenerArns'] }),
      http('unread', 80),
      elbv2LoadBalancer('nlb', { loadBalancerType: 'network' }),
      elbv2Listener('nlb', 80, { loadBalancerType: 'network', protocol: 'TCP', sslPolicy: null }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('the ALB attribute rules (FSBP ELB.4, ELB.5, ELB.12)', () => {
  const weak = elbv2LoadBalancer('weak', {
    dropInvalidHeaderFields: false,
    accessLogsEnabled: false,
    desyncMitigationMode: 'monitor',
  });
  const unread = elbv2LoadBalancer(
    'unread',
    { dropInvalidHeaderFields: null, accessLogsEnabled: null, desyncMitigationMode: null },
    { unknownAttributes: ['dropInvalidHeaderFields', 'accessLogsEnabled', 'desyncMitigationMode'] },
  );
  const nlb = elbv2LoadBalancer('nlb', { loadBalancerType: 'network', accessLogsEnabled: false });

  it.each([
    [albInvalidHeadersKept, 'passes invalid HTTP header fields'],
    [albAccessLogsOff, 'does not write access logs'],
    [albDesyncMitigationWeak, 'desync mitigation mode monitor'],
  ])('%# flags a weak ALB only, never an unread one or a Network Load Balancer', (rule, text) => {
    const findings = run(rule, [weak, elbv2LoadBalancer('good'), unread, nlb]);
    expect(ids(findings)).toEqual(['weak']);
    expect(findings[0]?.message).toContain(text);
  });

  it('takes strictest as safe, and a mode moto left out (null) as unknown', () => {
    const findings = run(albDesyncMitigationWeak, [
      elbv2LoadBalancer('strict', { desyncMitigationMode: 'strictest' }),
      elbv2LoadBalancer('absent', { desyncMitigationMode: null }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('elbv2.deletion-protection-off (FSBP ELB.6)', () => {
  it('flags every type with deletion protection off, not one with it on or unread', () => {
    const findings = run(deletionProtectionOff, [
      elbv2LoadBalancer('alb', { deletionProtection: false }),
      elbv2LoadBalancer('gwlb', { loadBalancerType: 'gateway', deletionProtection: false }),
      elbv2LoadBalancer('kept'),
      elbv2LoadBalancer(
        'unread',
        { deletionProtection: null },
        { unknownAttributes: ['deletionProtection'] },
      ),
    ]);
    expect(ids(findings)).toEqual(['alb', 'gwlb']);
    expect(findings.map((f) => f.message)).toContain(
      'gateway load balancer gwlb has deletion protection off.',
    );
  });
});

describe('elbv2.single-az (FSBP ELB.13)', () => {
  it('flags fewer than two zones, not two', () => {
    const findings = run(singleAvailabilityZone, [
      elbv2LoadBalancer('one', { loadBalancerType: 'network', availabilityZones: ['us-east-1a'] }),
      elbv2LoadBalancer('two'),
    ]);
    expect(ids(findings)).toEqual(['one']);
  });
});

describe('elbv2.listener-tls-policy-outdated (FSBP ELB.17)', () => {
  it("flags policies outside the control's list, high when they accept TLS 1.0 or 1.1", () => {
    const findings = run(listenerTlsPolicyOutdated, [
      elbv2Listener('a', 443, { sslPolicy: 'ELBSecurityPolicy-2016-08' }),
      elbv2Listener('b', 443, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
      elbv2Listener('c', 443, {
        loadBalancerType: 'network',
        protocol: 'TLS',
        sslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01',
      }),
      elbv2Listener('d', 443, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' }),
      elbv2Listener('e', 443, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09' }),
      elbv2Listener('f', 80, { protocol: 'HTTP', sslPolicy: null }),
      elbv2Listener('g', 443, { sslPolicy: null }),
    ]);
    expect(Object.fromEntries(findings.map((f) => [f.resource.name, f.severity]))).toEqual({
      'a:443': 'high',
      'b:443': 'medium',
      'c:443': 'high',
    });
  });

  it('reads the lowest TLS version from the policy name', () => {
    expect(minimumTls('ELBSecurityPolicy-2016-08')).toBe('1.0');
    expect(minimumTls('ELBSecurityPolicy-FS-2018-06')).toBe('1.0');
    expect(minimumTls('ELBSecurityPolicy-FS-1-1-2019-08')).toBe('1.1');
    expect(minimumTls('ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06')).toBe('1.2');
    expect(minimumTls('ELBSecurityPolicy-TLS-1-2-2017-01')).toBe('1.2');
    expect(minimumTls('my-custom-policy')).toBeNull();
  });
});

describe('elbv2.listener-not-encrypted (FSBP ELB.18)', () => {
  it('flags HTTP on an ALB (low when it only redirects) and TCP on an NLB, not HTTPS, TLS, QUIC or GENEVE', () => {
    const findings = run(listenerNotEncrypted, [
      http('a', 80),
      http('b', 80, REDIRECT_HTTPS),
      elbv2Listener('c', 80, { loadBalancerType: 'network', protocol: 'TCP', sslPolicy: null }),
      elbv2Listener('d', 443),
      elbv2Listener('e', 443, { loadBalancerType: 'network', protocol: 'TLS' }),
      elbv2Listener('f', 443, { loadBalancerType: 'network', protocol: 'QUIC', sslPolicy: null }),
      elbv2Listener('g', 6081, { loadBalancerType: 'gateway', protocol: 'GENEVE', sslPolicy: null }),
    ]);
    expect(Object.fromEntries(findings.map((f) => [f.resource.name, f.severity]))).toEqual({
      'a:80': 'medium',
      'b:80': 'low',
      'c:80': 'medium',
    });
  });
});

describe('elbv2.load-balancer-idle', () => {
  const none = (metric: string) => ({
    windowDays: 14,
    daysWithData: 0,
    metric,
    count: 0,
    bytesProcessed: metric === 'NewFlowCount' ? 0 : null,
  });

  it('flags a running load balancer with no traffic for the whole window, with its monthly hours', () => {
    const findings = run(loadBalancerIdle, [
      elbv2LoadBalancer('idle-alb', { traffic: none('RequestCount') }),
      elbv2LoadBalancer(
        'idle-nlb',
        { loadBalancerType: 'network', traffic: none('NewFlowCount') },
        { region: 'eu-west-2' },
      ),
    ]);
    expect(ids(findings)).toEqual(['idle-alb', 'idle-nlb']);
    const alb = findings.find((f) => f.resource.name === 'idle-alb');
    expect(alb?.cost?.monthlyUsd).toBe(16.43);
    expect(alb?.message).toBe(
      'application load balancer idle-alb carried no request in the last 14 days and costs $16.43 a month.',
    );
    expect(findings.find((f) => f.resource.name === 'idle-nlb')?.cost?.prices[0]?.fallback).toBe(true);
  });

  it('does not flag traffic, unknown traffic, a young load balancer, nor bytes without new flows', () => {
    const findings = run(loadBalancerIdle, [
      elbv2LoadBalancer('busy'),
      elbv2LoadBalancer('unknown', { traffic: null }, { unknownAttributes: ['traffic'] }),
      elbv2LoadBalancer(
        'young',
        { traffic: none('RequestCount') },
        { createdAt: '2026-11-20T00:00:00.000Z' },
      ),
      elbv2LoadBalancer('provisioning', { traffic: none('RequestCount') }, { state: 'provisioning' }),
      elbv2LoadBalancer('long-flows', {
        loadBalancerType: 'network',
        traffic: { ...none('NewFlowCount'), bytesProcessed: 1000, daysWithData: 3 },
      }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('the target group rules (FSBP ELB.22, ELB.21)', () => {
  const groups = [
    elbv2TargetGroup('http', { protocol: 'HTTP', healthCheckProtocol: 'HTTP' }),
    elbv2TargetGroup('tcp', { protocol: 'TCP', healthCheckProtocol: 'TCP' }),
    elbv2TargetGroup('tls'),
    elbv2TargetGroup('fn', { protocol: null, targetType: 'lambda', healthCheckProtocol: 'HTTP' }),
    elbv2TargetGroup('alb', { protocol: 'TCP', targetType: 'alb', healthCheckProtocol: 'HTTPS' }),
    elbv2TargetGroup('gwlb', { protocol: 'GENEVE', healthCheckProtocol: 'TCP' }),
  ];

  it('flags plain protocols, not HTTPS/TLS, Lambda, ALB-type or GENEVE groups', () => {
    const findings = run(targetGroupUnencrypted, groups);
    expect(ids(findings)).toEqual(['http', 'tcp']);
    expect(findings.every((f) => f.severity === 'low')).toBe(true);
  });

  it('flags health checks other than HTTPS, not Lambda or GENEVE groups', () => {
    expect(ids(run(targetGroupHealthCheckUnencrypted, groups))).toEqual(['http', 'tcp']);
  });
});

describe('elbv2.alb-without-waf', () => {
  const webAcl = (id: string, associatedResourceArns: string[] | null) =>
    resource(
      'wafv2:web-acl',
      id,
      {
        scope: 'REGIONAL',
        ruleCount: 1,
        defaultAction: 'ALLOW',
        capacity: 100,
        loggingEnabled: true,
        logDestinations: [],
        metricsEnabled: true,
        rulesWithoutMetrics: [],
        associatedResourceArns,
      },
      {
        region: 'us-east-1',
        name: id,
        unknownAttributes: associatedResourceArns ? [] : ['associatedResourceArns'],
      },
    );

  it('reports internet-facing ALBs no web ACL protects, and none that one does', () => {
    const guarded = elbv2LoadBalancer('guarded');
    const findings = run(albWithoutWaf, [
      guarded,
      elbv2LoadBalancer('open'),
      elbv2LoadBalancer('inside', { scheme: 'internal' }),
      elbv2LoadBalancer('nlb', { loadBalancerType: 'network' }),
      webAcl('shop', [guarded.arn]),
    ]);
    expect(ids(findings)).toEqual(['open']);
    expect(findings[0]?.message).toContain('has no WAF web ACL');
  });

  it('reports them where the region has no web ACL at all, once its web ACLs were listed', () => {
    const listed = inventoryOf([elbv2LoadBalancer('open')], {
      emptyScopes: [{ type: 'wafv2:web-acl', region: 'us-east-1' }],
    });
    expect(ids(runRules(listed, DEFAULT_CONFIG, [albWithoutWaf], NOW).findings)).toEqual(['open']);
    expect(run(albWithoutWaf, [elbv2LoadBalancer('open')])).toEqual([]);
  });

  it("does not judge a region where a web ACL's associations were not read", () => {
    const findings = run(albWithoutWaf, [
      elbv2LoadBalancer('open'),
      webAcl('read', []),
      webAcl('unread', null),
    ]);
    expect(findings).toEqual([]);
  });
});
