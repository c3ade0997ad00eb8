import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import {
  documentPublic,
  instanceNotManaged,
  parameterSecretInPlaintext,
  publicSharingNotBlocked,
} from '../../../src/rules/catalog/ssm.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const parameter = (
  id: string,
  more: Partial<AttributesOf<'ssm:parameter'>> = {},
  unknownAttributes: string[] = [],
) =>
  resource(
    'ssm:parameter',
    id,
    {
      parameterType: 'String',
      tier: 'Standard',
      dataType: 'text',
      lastModified: null,
      secretName: false,
      valueSecretKinds: [],
      ...more,
    },
    { unknownAttributes },
  );

const document = (
  id: string,
  more: Partial<AttributesOf<'ssm:document'>> = {},
  unknownAttributes: string[] = [],
) =>
  resource(
    'ssm:document',
    id,
    { documentType: 'Command', documentFormat: 'JSON', public: false, sharedWith: [], ...more },
    { unknownAttributes },
  );

const settings = (blocked: boolean | null, unknownAttributes: string[] = []) =>
  resource(
    'ssm:region-settings',
    '111122223333/us-east-1',
    { documentPublicSharingBlocked: blocked },
    {
      unknownAttributes,
    },
  );

const instance = (id: string, state = 'running') =>
  resource(
    'ec2:instance',
    id,
    {
      instanceType: 't3.micro',
      launchTime: null,
      stateTransitionTime: null,
      stateTransitionReason: null,
      publicIp: null,
      privateIp: '10.0.0.1',
      imds: { httpTokens: 'required', httpEndpoint: 'enabled', hopLimit: 1 },
      securityGroupIds: [],
      vpcId: 'vpc-1',
      subnetId: 'subnet-1',
      volumeIds: [],
      iamInstanceProfileArn: null,
      platform: null,
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      networkInterfaceCount: 1,
      virtualizationType: 'hvm',
      userDataSecrets: null,
      activity: null,
    },
    { state },
  );

const managed = (id: string, region = 'us-east-1') =>
  resource(
    'ssm:managed-instance',
    id,
    {
      pingStatus: 'Online',
      resourceType: 'EC2Instance',
      platformType: 'Linux',
      agentVersion: '3.3.0.0',
      lastPingAt: null,
    },
    { region },
  );

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule]).findings;
const ids = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  run(rule, resources).map((f) => [f.resource.id, f.severity]);

describe('ssm.parameter-secret-in-plaintext', () => {
  it('flags String parameters whose value or name holds a secret: high, medium on the name alone when unread', () => {
    const findings = run(parameterSecretInPlaintext, [
      parameter('/ci/aws-key', { valueSecretKinds: ['aws-access-key-id'] }),
      parameter('/prod/db/password', { secretName: true }),
      parameter('/prod/api/token', { secretName: true, valueSecretKinds: null }, ['valueSecretKinds']),
      parameter('/list', { parameterType: 'StringList', valueSecretKinds: ['slack-webhook'] }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.evidence.secretKinds])).toEqual([
      ['/ci/aws-key', 'high', ['aws-access-key-id']],
      ['/list', 'high', ['slack-webhook']],
      ['/prod/db/password', 'high', []],
      ['/prod/api/token', 'medium', []],
    ]);
    expect(findings[0]?.message).not.toMatch(/AKIA/);
  });

  it('leaves SecureString parameters, plain settings, and unread values without a secret-like name', () => {
    expect(
      ids(parameterSecretInPlaintext, [
        parameter('/prod/db/password-secure', {
          parameterType: 'SecureString',
          secretName: true,
          valueSecretKinds: null,
        }),
        parameter('/app/feature-flag'),
        parameter('/app/log-level', { valueSecretKinds: null }, ['valueSecretKinds']),
      ]),
    ).toEqual([]);
  });
});

describe('ssm.document-public', () => {
  it('flags documents shared with everyone (SSM.4)', () => {
    expect(
      run(documentPublic, [document('open', { public: true })]).map((f) => [
        f.resource.id,
        f.severity,
        f.references.fsbp,
      ]),
    ).toEqual([['open', 'critical', ['SSM.4']]]);
  });

  it('leaves private documents, those shared with named accounts, and unread permissions', () => {
    expect(
      ids(documentPublic, [
        document('private'),
        document('partner', { sharedWith: ['444455556666'] }),
        document('unknown', { public: null }, ['public', 'sharedWith']),
      ]),
    ).toEqual([]);
  });
});

describe('ssm.public-sharing-not-blocked', () => {
  it('flags a region where public sharing is allowed (SSM.7)', () => {
    expect(
      run(publicSharingNotBlocked, [settings(false)]).map((f) => [f.resource.id, f.references.fsbp]),
    ).toEqual([['111122223333/us-east-1', ['SSM.7']]]);
  });

  it('leaves blocked regions and unread settings', () => {
    expect(ids(publicSharingNotBlocked, [settings(true)])).toEqual([]);
    expect(ids(publicSharingNotBlocked, [settings(null, ['documentPublicSharingBlocked'])])).toEqual([]);
  });
});

describe('ssm.instance-not-managed', () => {
  it('flags running instances Systems Manager does not manage (SSM.1)', () => {
    const findings = run(instanceNotManaged, [instance('i-lost'), instance('i-ok'), managed('i-ok')]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['i-lost', 'medium', ['SSM.1']],
    ]);
  });

  it('leaves managed and stopped instances; an instance is managed only in its own region', () => {
    expect(
      ids(instanceNotManaged, [instance('i-ok'), managed('i-ok'), instance('i-stopped', 'stopped')]),
    ).toEqual([]);
    const elsewhere = inventoryOf([instance('i-elsewhere'), managed('i-elsewhere', 'eu-west-1')], {
      emptyScopes: [{ type: 'ssm:managed-instance', region: 'us-east-1' }],
    });
    expect(
      runRules(elsewhere, DEFAULT_CONFIG, [instanceNotManaged]).findings.map((f) => f.resource.id),
    ).toEqual(['i-elsewhere']);
  });

  it('judges nothing where the managed nodes could not be listed', () => {
    const inventory = inventoryOf([instance('i-unknown')], {
      failedScopes: [{ type: 'ssm:managed-instance', region: 'us-east-1' }],
    });
    expect(runRules(inventory, DEFAULT_CONFIG, [instanceNotManaged]).findings).toEqual([]);
  });
});
