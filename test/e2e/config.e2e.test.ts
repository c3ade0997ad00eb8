import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConfigServiceClient,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import {
  configRecorderNotRecording,
  configRecorderNotServiceLinkedRole,
} from '../../src/rules/catalog/config.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const REGIONS = ['eu-west-2', 'us-east-1', 'us-west-2'];

describe('AWS Config collector against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    // eu-west-2 records everything, with a role of the account's own; us-east-1 has a recorder that
    // was never started, with AWS Config's service-linked role; us-west-2 none.
    const roles = {
      'eu-west-2': `arn:aws:iam::${account}:role/aws-config`,
      'us-east-1': `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
    };
    for (const [region, start] of [
      ['eu-west-2', true],
      ['us-east-1', false],
    ] as const) {
      const config = new ConfigServiceClient(seedConfig(region, credentials));
      await config.send(
        new PutConfigurationRecorderCommand({
          ConfigurationRecorder: {
            name: 'default',
            roleARN: roles[region],
            recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === 'us-east-1' },
          },
        }),
      );
      if (start) {
        const bucket = `config-${account}-${region}`;
        await new S3Client(seedConfig(region, credentials)).send(
          new CreateBucketCommand({
            Bucket: bucket,
            CreateBucketConfiguration: { LocationConstraint: region },
          }),
        );
        await config.send(
          new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: bucket } }),
        );
        await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
      }
    }
    inventory = await scanForTest(credentials, { regions: REGIONS, services: ['config'] });
  });

  it('records each region’s recorder with whether it is recording', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'config e2e');
    const recorders = ofType(inventory, 'config:recorder');
    expect(recorders.map((r) => [r.region, r.id, r.attributes.recording, r.attributes.allSupported])).toEqual(
      [
        ['eu-west-2', 'default', true, true],
        ['us-east-1', 'default', false, true],
      ],
    );
    expect(recorders[1]?.attributes.includeGlobalResourceTypes).toBe(true);
  });

  it('reports the regions that do not record, not the one that does', () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, [configRecorderNotRecording]).findings;
    // Only AWS Config was scanned: whether the regions hold anything else is unknown, so no
    // finding is graded down to low on the word of listings that were never made.
    expect(findings.map((f) => [f.region, f.severity])).toEqual([
      ['us-east-1', 'medium'],
      ['us-west-2', 'medium'],
    ]);
    expect(findings[0]?.evidence.resourceTypesNotRead).toContain('ec2:instance');
    expect(findings[0]?.message).toContain('recorder default is stopped');
    expect(findings[1]?.message).toContain('the region has no configuration recorder');
  });

  it("reports the recorder that records with a role of the account's own (FSBP Config.1)", () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, [configRecorderNotServiceLinkedRole]).findings;
    expect(findings.map((f) => [f.region, f.subKey, f.evidence.roleArn])).toEqual([
      ['eu-west-2', 'default', `arn:aws:iam::${account}:role/aws-config`],
    ]);
  });
});
