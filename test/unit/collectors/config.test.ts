import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { configCollector } from '../../../src/scan/collectors/config.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const config = mockClient(ConfigServiceClient);
afterEach(() => {
  config.reset();
});
afterAll(() => config.restore());

describe('the AWS Config collector', () => {
  it('records each recorder with its status, strategy and whether a service created it', async () => {
    config.on(DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [
        { name: 'default', roleARN: 'arn:aws:iam::111122223333:role/config' },
        {
          name: 'selected',
          recordingGroup: {
            allSupported: false,
            recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' },
            resourceTypes: ['AWS::EC2::Instance'],
          },
        },
        { name: 'AWSConfigurationRecorderForSecurityHub', servicePrincipal: 'securityhub.amazonaws.com' },
      ],
    });
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({
      ConfigurationRecordersStatus: [
        { name: 'default', recording: true, lastStatus: 'Success' },
        { name: 'selected', recording: false, lastStatus: 'Failure' },
      ],
    });
    const outcome = await collect(configCollector);
    expect(outcome.errors).toEqual([]);
    const recorders = ofType(outcome, 'config:recorder');
    expect(
      recorders.map((r) => [
        r.id,
        r.state,
        r.attributes.allSupported,
        r.attributes.serviceLinked,
        r.unknownAttributes,
      ]),
    ).toEqual([
      ['default', 'recording', true, false, []],
      ['selected', 'stopped', false, false, []],
      ['AWSConfigurationRecorderForSecurityHub', null, true, true, ['lastStatus', 'recording']],
    ]);
    expect(recorders[0]?.arn).toBe('arn:aws:config:eu-west-2:111122223333:configuration-recorder/default');
  });

  it('marks the listing failed when DescribeConfigurationRecorders is denied, naming the permission', async () => {
    config
      .on(DescribeConfigurationRecordersCommand)
      .rejects(accessDenied('config:DescribeConfigurationRecorders'));
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    const outcome = await collect(configCollector);
    expect([...outcome.failedTypes]).toEqual(['config:recorder']);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeConfigurationRecorders',
        missingPermission: 'config:DescribeConfigurationRecorders',
      }),
    ]);
  });
});
