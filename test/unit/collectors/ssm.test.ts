import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  DescribeDocumentPermissionCommand,
  DescribeInstanceInformationCommand,
  DescribeParametersCommand,
  GetParametersCommand,
  GetServiceSettingCommand,
  ListDocumentsCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { judgeValue, PUBLIC_SHARING_SETTING, ssmCollector } from '../../../src/scan/collectors/ssm.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const ssm = mockClient(SSMClient);
afterEach(() => {
  ssm.reset();
});
afterAll(() => {
  ssm.restore();
});

// Test fixtures shaped like secrets (AWS's documented example key id); no real credential.
const ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';

const quiet = () => {
  ssm.on(DescribeParametersCommand).resolves({ Parameters: [] });
  ssm.on(ListDocumentsCommand).resolves({ DocumentIdentifiers: [] });
  ssm.on(DescribeInstanceInformationCommand).resolves({ InstanceInformationList: [] });
  ssm.on(GetServiceSettingCommand).resolves({ ServiceSetting: { SettingValue: 'Disable' } });
};

describe('the SSM collector', () => {
  it('reads String values 10 at a time, never SecureString ones, and keeps only the kinds found', async () => {
    quiet();
    const plain = Array.from({ length: 11 }, (_, i) => ({
      Name: `/app/setting-${i}`,
      Type: 'String' as const,
    }));
    ssm
      .on(DescribeParametersCommand, { NextToken: undefined })
      .resolves({
        NextToken: 'p2',
        Parameters: [
          ...plain,
          { Name: '/prod/db/password', Type: 'String', Tier: 'Standard', DataType: 'text' },
          { Name: '/prod/db/password-arn', Type: 'String' },
        ],
      })
      .on(DescribeParametersCommand, { NextToken: 'p2' })
      .resolves({
        Parameters: [
          { Name: '/prod/api/key', Type: 'SecureString', LastModifiedDate: new Date('2026-01-02T00:00:00Z') },
          { Name: '/ci/keys', Type: 'StringList' },
          { Name: '/gone/token', Type: 'String' },
        ],
      });
    ssm.on(GetParametersCommand).callsFake((input: { Names: string[] }) => ({
      Parameters: input.Names.filter((name) => name !== '/gone/token').map((name) => ({
        Name: name,
        Type: name === '/ci/keys' ? 'StringList' : 'String',
        Value:
          name === '/prod/db/password'
            ? 'hunter2'
            : name === '/prod/db/password-arn'
              ? 'arn:aws:secretsmanager:eu-west-2:111122223333:secret:db'
              : name === '/ci/keys'
                ? `ubuntu,${ACCESS_KEY}`
                : 'info',
      })),
      InvalidParameters: input.Names.filter((name) => name === '/gone/token'),
    }));
    const outcome = await collect(ssmCollector);
    expect(outcome.errors).toEqual([]);
    const calls = ssm.commandCalls(GetParametersCommand).map((c) => c.args[0].input);
    expect(calls.map((input) => input.Names?.length)).toEqual([10, 5]);
    expect(calls.flatMap((input) => input.Names)).not.toContain('/prod/api/key');
    expect(calls.every((input) => input.WithDecryption === undefined)).toBe(true);
    const parameters = Object.fromEntries(ofType(outcome, 'ssm:parameter').map((p) => [p.id, p]));
    expect(Object.keys(parameters)).toHaveLength(15);
    expect(parameters['/gone/token']).toBeUndefined();
    expect(parameters['/prod/db/password']?.attributes).toEqual({
      parameterType: 'String',
      tier: 'Standard',
      dataType: 'text',
      lastModified: null,
      secretName: true,
      valueSecretKinds: [],
    });
    expect(parameters['/prod/db/password-arn']?.attributes.secretName).toBe(false);
    expect(parameters['/ci/keys']?.attributes.valueSecretKinds).toEqual(['aws-access-key-id']);
    expect(parameters['/prod/api/key']?.attributes).toMatchObject({
      parameterType: 'SecureString',
      secretName: true,
      valueSecretKinds: null,
      lastModified: '2026-01-02T00:00:00.000Z',
    });
    expect(parameters['/prod/api/key']?.unknownAttributes).toEqual([]);
    // The inventory holds no value.
    expect(JSON.stringify(outcome.resources)).not.toMatch(/hunter2|AKIA/);
  });

  it('leaves values unknown when GetParameters is denied, judging names only', async () => {
    quiet();
    ssm.on(DescribeParametersCommand).resolves({ Parameters: [{ Name: '/prod/api/token', Type: 'String' }] });
    ssm.on(GetParametersCommand).rejects(accessDenied('ssm:GetParameters'));
    const outcome = await collect(ssmCollector);
    const [token] = ofType(outcome, 'ssm:parameter');
    expect(token?.attributes).toMatchObject({ secretName: true, valueSecretKinds: null });
    expect(token?.unknownAttributes).toEqual(['valueSecretKinds']);
    expect([...outcome.partialTypes]).toEqual(['ssm:parameter']);
  });

  it('reads owned documents with their sharing, managed nodes, and the public-sharing setting', async () => {
    quiet();
    ssm.on(ListDocumentsCommand).resolves({
      DocumentIdentifiers: [
        { Name: 'open', DocumentType: 'Command', DocumentFormat: 'JSON' },
        { Name: 'partner', DocumentType: 'Automation', DocumentFormat: 'YAML' },
        { Name: 'denied', DocumentType: 'Command' },
      ],
    });
    ssm
      .on(DescribeDocumentPermissionCommand, { Name: 'open' })
      .resolves({ AccountIds: ['all'] })
      .on(DescribeDocumentPermissionCommand, { Name: 'partner', NextToken: undefined })
      .resolves({ AccountIds: ['444455556666'], NextToken: 'n2' })
      .on(DescribeDocumentPermissionCommand, { Name: 'partner', NextToken: 'n2' })
      .resolves({ AccountIds: ['777788889999'] })
      .on(DescribeDocumentPermissionCommand, { Name: 'denied' })
      .rejects(accessDenied('ssm:DescribeDocumentPermission'));
    ssm.on(DescribeInstanceInformationCommand).resolves({
      InstanceInformationList: [
        { InstanceId: 'i-0abc', PingStatus: 'Online', ResourceType: 'EC2Instance', PlatformType: 'Linux' },
      ],
    });
    // AWS's answer where block public sharing was never turned on: Enable, the default.
    ssm.on(GetServiceSettingCommand).resolves({
      ServiceSetting: { SettingId: PUBLIC_SHARING_SETTING, SettingValue: 'Enable', Status: 'Default' },
    });
    const outcome = await collect(ssmCollector);
    expect(ssm.commandCalls(ListDocumentsCommand)[0]?.args[0].input.Filters).toEqual([
      { Key: 'Owner', Values: ['Self'] },
    ]);
    const documents = Object.fromEntries(ofType(outcome, 'ssm:document').map((d) => [d.id, d]));
    expect(documents.open?.attributes).toMatchObject({ public: true, sharedWith: [] });
    expect(documents.partner?.attributes).toMatchObject({
      public: false,
      sharedWith: ['444455556666', '777788889999'],
    });
    expect(documents.denied?.attributes.public).toBeNull();
    expect(documents.denied?.unknownAttributes).toEqual(['public', 'sharedWith']);
    expect(ofType(outcome, 'ssm:managed-instance').map((n) => [n.id, n.attributes.pingStatus])).toEqual([
      ['i-0abc', 'Online'],
    ]);
    const [settings] = ofType(outcome, 'ssm:region-settings');
    expect(settings?.attributes.documentPublicSharingBlocked).toBe(false);
    expect([...outcome.partialTypes]).toEqual(['ssm:document']);
  });

  it('records a failed managed-node listing or setting read as failed or unknown, never "none"', async () => {
    quiet();
    ssm.on(DescribeInstanceInformationCommand).rejects(accessDenied('ssm:DescribeInstanceInformation'));
    ssm.on(GetServiceSettingCommand).rejects(accessDenied('ssm:GetServiceSetting'));
    const outcome = await collect(ssmCollector);
    expect([...outcome.failedTypes]).toEqual(['ssm:managed-instance']);
    const [settings] = ofType(outcome, 'ssm:region-settings');
    expect(settings?.attributes.documentPublicSharingBlocked).toBeNull();
    expect(settings?.unknownAttributes).toEqual(['documentPublicSharingBlocked']);
  });
});

describe('judging one value', () => {
  it('finds key formats in a String and in each StringList item, and tells references from values', () => {
    expect(judgeValue('/ci/key', 'String', ACCESS_KEY)).toEqual({
      kinds: ['aws-access-key-id'],
      mayBeSecret: true,
    });
    expect(judgeValue('/db/password', 'String', '{{resolve:secretsmanager:db}}').mayBeSecret).toBe(false);
    expect(
      judgeValue('/db/password', 'String', 'arn:aws:secretsmanager:eu-west-2:1:secret:x').mayBeSecret,
    ).toBe(false);
    expect(judgeValue('/db/password', 'String', 'hunter2')).toEqual({ kinds: [], mayBeSecret: true });
  });
});
