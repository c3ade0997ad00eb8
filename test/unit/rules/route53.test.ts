import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  publicZoneQueryLoggingOff,
  recordAddressNotHeld,
  recordDangling,
  recordStale,
  recordTargetOutsideScan,
} from '../../../src/rules/catalog/route53.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { bareBucket, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
type PointingRecord = AttributesOf<'route53:hosted-zone'>['records'][number];

const record = (
  name: string,
  targetKind: PointingRecord['targetKind'],
  target: string | null,
  targetExists: boolean | null,
): PointingRecord => ({
  name,
  type: 'CNAME',
  values: [target ?? '203.0.113.1'],
  alias: false,
  targetKind,
  target,
  targetExists,
  addresses: [],
});

const zone = (
  records: PointingRecord[],
  more: { private?: boolean; queryLogging?: boolean } = {},
  unknownAttributes: string[] = [],
) =>
  resource(
    'route53:hosted-zone',
    'Z1',
    {
      private: more.private ?? false,
      recordCount: records.length,
      records,
      queryLogging: more.queryLogging ?? true,
    },
    { region: 'global', name: 'example.com', unknownAttributes },
  );

const distribution = (domainName: string) =>
  resource(
    'cloudfront:distribution',
    'E1',
    {
      domainName,
      aliases: [],
      enabled: true,
      viewerProtocolPolicies: [],
      viewerCertificate: {
        cloudFrontDefault: true,
        minimumProtocolVersion: null,
        sslSupportMethod: null,
        certificateArn: null,
      },
      origins: [],
      originGroupCount: 0,
      webAclId: null,
      defaultRootObject: null,
      legacyLogging: false,
      loggingV2: false,
    },
    { region: 'global' },
  );

const LISTED = {
  emptyScopes: [
    { type: 's3:bucket' as const, region: 'global' },
    { type: 'cloudfront:distribution' as const, region: 'global' },
  ],
};

const run = (
  rule: Rule,
  resources: Parameters<typeof inventoryOf>[0],
  options: Parameters<typeof inventoryOf>[1] = LISTED,
) => runRules(inventoryOf(resources, options), DEFAULT_CONFIG, [rule], NOW).findings;

describe('route53.record-dangling', () => {
  it('finds records to a bucket and a CloudFront name that do not exist, not those to live ones', () => {
    const findings = run(recordDangling, [
      zone([
        record('old.example.com', 's3', 'missing-bucket', false),
        record('cdn.example.com', 'cloudfront', 'd111.cloudfront.net', false),
        record('www.example.com', 's3', 'live-bucket', true),
        record('app.example.com', 'cloudfront', 'd222.cloudfront.net', true),
        record('api.example.com', 'other', null, null),
        record('unknown.example.com', 's3', 'who-knows', null),
      ]),
    ]);
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([
      ['old.example.com CNAME', 'critical'],
      ['cdn.example.com CNAME', 'high'],
    ]);
    expect(findings[0]?.message).toBe(
      'old.example.com CNAME in zone example.com points at S3 bucket missing-bucket, which does not exist: anyone can claim it and serve content under old.example.com.',
    );
  });

  it('never reports a target a scanned account holds, nor a zone whose records were not read', () => {
    const records = [
      record('a.example.com', 's3', 'mine', false),
      record('b.example.com', 'cloudfront', 'd1.cloudfront.net', false),
    ];
    expect(
      run(recordDangling, [
        zone(records),
        bareBucket('mine', 'us-east-1'),
        distribution('d1.cloudfront.net'),
      ]),
    ).toEqual([]);
    expect(run(recordDangling, [zone(records, {}, ['records'])])).toEqual([]);
  });
});

describe('Elastic Beanstalk and load balancer names', () => {
  const records = [
    record('app.example.com', 'elastic-beanstalk', 'gone.us-east-1.elasticbeanstalk.com', false),
    record('live.example.com', 'elastic-beanstalk', 'live.us-east-1.elasticbeanstalk.com', true),
    record('old.example.com', 'elastic-beanstalk', 'legacy.elasticbeanstalk.com', null),
    record('lb.example.com', 'load-balancer', 'web-1.us-east-1.elb.amazonaws.com', false),
    record('nlb.example.com', 'load-balancer', 'net-0a.elb.us-east-1.amazonaws.com', true),
    record('odd.example.com', 'load-balancer', 'x-1.elb.amazonaws.com', null),
  ];

  it('route53.record-dangling reports a gone Elastic Beanstalk name at high, never a load balancer', () => {
    const findings = run(recordDangling, [zone(records)]);
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([['app.example.com CNAME', 'high']]);
    expect(findings[0]?.message).toBe(
      'app.example.com CNAME in zone example.com points at Elastic Beanstalk name gone.us-east-1.elasticbeanstalk.com, which does not exist: anyone can claim it and serve content under app.example.com.',
    );
  });

  it('route53.record-stale reports a gone load balancer at low, saying why; live and unknown names are not judged', () => {
    const findings = run(recordStale, [zone(records)]);
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([['lb.example.com CNAME', 'low']]);
    expect(findings[0]?.message).toBe(
      'lb.example.com CNAME in zone example.com points at load balancer name web-1.us-east-1.elb.amazonaws.com, which does not exist any more: a stale record (the name has a random part AWS assigns, so nobody can claim it).',
    );
    expect(run(recordStale, [zone(records, {}, ['records'])])).toEqual([]);
  });
});

describe('route53.record-address-not-held', () => {
  const aRecord = (name: string, addresses: PointingRecord['addresses']): PointingRecord => ({
    ...record(name, 'ip', null, null),
    type: 'A',
    values: addresses.map((a) => a.address),
    addresses,
  });
  const ec2 = (address: string, isEc2: boolean | null = true) => ({
    address,
    ec2: isEc2,
    reverseName: isEc2 ? `ec2-${address.replace(/\./g, '-')}.compute-1.amazonaws.com` : null,
  });
  const records = [
    aRecord('gone.example.com', [ec2('54.1.1.1'), ec2('54.2.2.2')]),
    aRecord('eip.example.com', [ec2('54.3.3.3')]),
    aRecord('vm.example.com', [ec2('54.4.4.4')]),
    aRecord('nat.example.com', [ec2('54.5.5.5')]),
    aRecord('other.example.com', [ec2('198.51.100.7', false)]),
    aRecord('failed.example.com', [ec2('54.6.6.6', null)]),
  ];
  const holders = [
    resource('ec2:elastic-ip', 'eipalloc-1', { publicIp: '54.3.3.3' } as never, { region: 'us-east-1' }),
    resource('ec2:instance', 'i-1', { publicIp: '54.4.4.4' } as never, { region: 'us-east-1' }),
    resource('ec2:nat-gateway', 'nat-1', { publicIps: ['54.5.5.5'] } as never, { region: 'us-east-1' }),
  ];
  const listedEverywhere = {
    emptyScopes: (['ec2:elastic-ip', 'ec2:instance', 'ec2:nat-gateway'] as const).map((type) => ({
      type,
      region: 'us-east-1',
    })),
  };

  it('reports EC2 addresses no scanned account holds, saying they may be held outside the scan', () => {
    const findings = run(recordAddressNotHeld, [zone(records), ...holders], listedEverywhere);
    expect(findings.map((f) => [f.subKey, f.severity, f.evidence.addresses])).toEqual([
      ['gone.example.com A', 'medium', [ec2('54.1.1.1'), ec2('54.2.2.2')]],
    ]);
    expect(findings[0]?.message).toContain('54.1.1.1, 54.2.2.2');
    expect(findings[0]?.message).toContain('it may be held by an account that was not scanned');
  });

  it('never judges private zones, unread records, or where the holders were not listed in every region', () => {
    expect(
      run(recordAddressNotHeld, [zone(records, { private: true }), ...holders], listedEverywhere),
    ).toEqual([]);
    expect(run(recordAddressNotHeld, [zone(records, {}, ['records']), ...holders], listedEverywhere)).toEqual(
      [],
    );
    // NAT gateways failed in one region: an address there may be held.
    expect(
      run(recordAddressNotHeld, [zone(records), ...holders], {
        failedScopes: [{ type: 'ec2:nat-gateway', region: 'us-east-1' }],
      }),
    ).toEqual([]);
    expect(
      run(recordAddressNotHeld, [zone(records), ...holders], {
        ...listedEverywhere,
        regions: ['us-east-1', 'eu-west-1'],
      }),
    ).toEqual([]);
  });
});

describe('NS delegations', () => {
  const delegation = (name: string, servers: string[], route53: boolean, exists: boolean | null) => ({
    ...record(name, 'delegation', route53 ? name : null, exists),
    type: 'NS',
    values: servers,
  });
  const records = [
    delegation('gone.example.com', ['ns-1.awsdns-01.org'], true, false),
    delegation('live.example.com', ['ns-2.awsdns-02.net'], true, true),
    delegation('mine.example.com', ['ns-3.awsdns-03.com'], true, false),
    delegation('failed.example.com', ['ns-4.awsdns-04.com'], true, null),
    delegation('ext.example.com', ['ns1.other-dns.net'], false, null),
  ];
  // The delegated zone a scanned account holds: never reported, whatever its name servers answered.
  const mine = resource(
    'route53:hosted-zone',
    'Z2',
    { private: false, recordCount: 0, records: [], queryLogging: true },
    { region: 'global', name: 'mine.example.com' },
  );
  const allListed = {
    emptyScopes: [...LISTED.emptyScopes, { type: 'route53:hosted-zone' as const, region: 'global' }],
  };

  it('route53.record-dangling reports a delegation Route 53 refused, at high; never a held, served or unknown one', () => {
    const findings = run(recordDangling, [zone(records), mine], allListed);
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([['gone.example.com NS', 'high']]);
    expect(findings[0]?.message).toBe(
      'gone.example.com NS in zone example.com delegates gone.example.com to Route 53 name servers (ns-1.awsdns-01.org) that serve no hosted zone for it (they refused): anyone can create hosted zones until one lands on these servers and answer for gone.example.com.',
    );
  });

  it('route53.record-target-outside-scan says plainly which delegations cannot be judged', () => {
    const findings = run(recordTargetOutsideScan, [zone(records), mine], allListed);
    expect(findings.map((f) => f.subKey)).toEqual(['ext.example.com NS', 'live.example.com NS']);
    expect(findings[0]?.message).toBe(
      'ext.example.com NS in zone example.com delegates ext.example.com to name servers outside Route 53 (ns1.other-dns.net): whether they serve it cannot be judged here.',
    );
    expect(run(recordTargetOutsideScan, [zone(records, { private: true })], allListed)).toEqual([]);
  });
});

describe('route53.record-target-outside-scan', () => {
  it('lists existing targets no scanned account holds, only where every account was listed', () => {
    const records = [
      record('cdn.example.com', 'cloudfront', 'd9.cloudfront.net', true),
      record('www.example.com', 's3', 'mine', true),
    ];
    const resources = [zone(records), bareBucket('mine', 'us-east-1')];
    expect(run(recordTargetOutsideScan, resources).map((f) => [f.subKey, f.severity])).toEqual([
      ['cdn.example.com CNAME', 'info'],
    ]);
    expect(run(recordTargetOutsideScan, resources, { emptyScopes: [] })).toEqual([]);
  });
});

describe('route53.public-zone-query-logging-off', () => {
  it('flags public zones without query logging; private zones and unknown logging are not judged', () => {
    expect(
      run(publicZoneQueryLoggingOff, [zone([], { queryLogging: false })]).map((f) => f.references.fsbp),
    ).toEqual([['Route53.2']]);
    expect(run(publicZoneQueryLoggingOff, [zone([], { queryLogging: false, private: true })])).toEqual([]);
    expect(run(publicZoneQueryLoggingOff, [zone([], { queryLogging: false }, ['queryLogging'])])).toEqual([]);
    expect(run(publicZoneQueryLoggingOff, [zone([])])).toEqual([]);
  });
});
