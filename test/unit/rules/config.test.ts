import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  configRecorderNotRecording,
  configRecorderNotServiceLinkedRole,
  REGION_CONTENT_TYPES,
} from '../../../src/rules/catalog/config.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { bareBucket, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

describe('config.recorder-not-recording', () => {
  const regions = ['eu-west-2', 'us-east-1'];
  const listed = regions.map((region) => ({ type: 'config:recorder' as const, region }));
  // Every type a region can hold, read (empty) in both regions: "nothing beyond defaults" is known.
  const allRead = [
    ...listed,
    ...regions.flatMap((region) => REGION_CONTENT_TYPES.map((type) => ({ type, region }))),
  ];
  function recorder(
    id: string,
    region: string,
    attributes: Partial<AttributesOf<'config:recorder'>> = {},
    unknownAttributes: string[] = [],
  ) {
    return resource(
      'config:recorder',
      id,
      {
        recording: true,
        lastStatus: 'Success',
        allSupported: true,
        includeGlobalResourceTypes: false,
        roleArn: null,
        serviceLinked: false,
        ...attributes,
      },
      { region, unknownAttributes },
    );
  }
  const bucket = bareBucket('data', 'eu-west-2');

  it('flags regions without a recording, all-types recorder: medium where resources are, low elsewhere', () => {
    const findings = run(
      configRecorderNotRecording,
      inventoryOf(
        [
          bucket,
          recorder('default', 'us-east-1', { recording: false }),
          recorder('sh', 'eu-west-2', { serviceLinked: true }),
        ],
        { regions, emptyScopes: allRead },
      ),
    );
    expect(findings.map((f) => [f.region, f.severity])).toEqual([
      ['eu-west-2', 'medium'],
      ['us-east-1', 'low'],
    ]);
    expect(findings[0]?.message).toBe(
      'AWS Config is not recording every resource type in eu-west-2: the region has no configuration recorder. The region holds 1 resource(s) beyond its defaults.',
    );
    expect(findings[1]?.message).toContain('recorder default is stopped');
    expect(findings[0]?.references.cis).toEqual(['4.3']);
  });

  it('does not call an empty region low when some of its resource types were not read', () => {
    const [finding] = run(
      configRecorderNotRecording,
      inventoryOf([recorder('default', 'us-east-1', { recording: false })], {
        regions: ['us-east-1'],
        emptyScopes: [{ type: 'config:recorder', region: 'us-east-1' }],
      }),
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain(
      `beyond its defaults of the types read; ${REGION_CONTENT_TYPES.length} resource type(s) were not read there.`,
    );
    expect(finding?.evidence.resourceTypesNotRead).toContain('ec2:instance');
  });

  it('passes a recording all-types recorder, and does not judge an unknown status or unlisted regions', () => {
    const inventory = inventoryOf(
      [
        recorder('default', 'eu-west-2'),
        recorder('default', 'us-east-1', { recording: null }, ['recording']),
      ],
      { regions, emptyScopes: listed },
    );
    expect(run(configRecorderNotRecording, inventory)).toEqual([]);
    expect(run(configRecorderNotRecording, inventoryOf([], { regions }))).toEqual([]);
  });

  it('flags a recorder of selected resource types only', () => {
    const [finding] = run(
      configRecorderNotRecording,
      inventoryOf([recorder('default', 'us-east-1', { allSupported: false })], { emptyScopes: listed }),
    );
    expect(finding?.message).toContain('recorder default records selected resource types only');
  });
});

describe('config.recorder-not-service-linked-role', () => {
  const SLR = 'arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig';
  const recorder = (id: string, region: string, roleArn: string | null, serviceLinked = false) =>
    resource(
      'config:recorder',
      id,
      {
        recording: true,
        lastStatus: 'Success',
        allSupported: true,
        includeGlobalResourceTypes: false,
        roleArn,
        serviceLinked,
      },
      { region },
    );

  it("flags a recorder of the account's own that records with another role, on its region", () => {
    const findings = run(
      configRecorderNotServiceLinkedRole,
      inventoryOf([recorder('default', 'eu-west-2', 'arn:aws:iam::111122223333:role/aws-config')]),
    );
    expect(findings.map((f) => [f.resource.type, f.region, f.severity, f.message])).toEqual([
      [
        'aws:region',
        'eu-west-2',
        'low',
        "AWS Config recorder default in eu-west-2 records with role arn:aws:iam::111122223333:role/aws-config, not AWS Config's service-linked role AWSServiceRoleForConfig.",
      ],
    ]);
    expect(findings[0]?.remediation.cli).toContain('name=default,roleARN=arn:aws:iam::');
  });

  it('passes the service-linked role, and does not judge service-linked recorders or an unknown role', () => {
    expect(
      run(
        configRecorderNotServiceLinkedRole,
        inventoryOf([
          recorder('default', 'eu-west-2', SLR),
          recorder('sh', 'us-east-1', 'arn:aws:iam::111122223333:role/other', true),
          recorder('odd', 'us-west-2', null),
        ]),
      ),
    ).toEqual([]);
  });
});
