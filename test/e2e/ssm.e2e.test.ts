import { beforeAll, describe, expect, it } from '@jest/globals';
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import {
  CreateDocumentCommand,
  ModifyDocumentPermissionCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { runRules } from '../../src/rules/engine.js';
import {
  documentPublic,
  instanceNotManaged,
  parameterSecretInPlaintext,
  publicSharingNotBlocked,
} from '../../src/rules/catalog/ssm.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const REGION = 'eu-west-1';
// AWS's documented example access key id: shaped like a secret, not one.
const EXAMPLE_KEY = 'AKIAIOSFODNN7EXAMPLE';

const content = JSON.stringify({
  schemaVersion: '2.2',
  description: 'test',
  mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: ['echo hi'] } }],
});

/**
 * SSM against moto. Parameters: a password by name, an access key by value, a StringList with a
 * key in one item, a reference under a secret-like name, a plain setting and a SecureString.
 * Documents: one shared with `all`, one with a named account, one private.
 *
 * moto does not implement GetServiceSetting nor DescribeInstanceInformation (it answers
 * NotImplemented): the block-public-sharing setting is then unknown and the managed nodes' listing
 * failed, so ssm.public-sharing-not-blocked and ssm.instance-not-managed judge nothing here (never
 * "blocked" or "every instance unmanaged"). AWS's answers to both are covered by the collector's
 * and the rules' unit tests with mocks.
 */
describe('SSM against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const ssm = new SSMClient(seedConfig(REGION, credentials));
    const put = (Name: string, Value: string, Type: 'String' | 'StringList' | 'SecureString' = 'String') =>
      ssm.send(new PutParameterCommand({ Name, Value, Type }));
    await put('/prod/db/password', 'hunter2');
    await put('/ci/deploy-key', EXAMPLE_KEY);
    await put('/ci/list', `ubuntu,${EXAMPLE_KEY}`, 'StringList');
    await put('/prod/db/password-ref', '{{resolve:secretsmanager:prod/db}}');
    await put('/app/log-level', 'info');
    await put('/prod/api/token', 'not-read-by-the-scan', 'SecureString');
    for (const name of ['public-doc', 'partner-doc', 'private-doc']) {
      await ssm.send(new CreateDocumentCommand({ Name: name, Content: content, DocumentType: 'Command' }));
    }
    await ssm.send(
      new ModifyDocumentPermissionCommand({
        Name: 'public-doc',
        PermissionType: 'Share',
        AccountIdsToAdd: ['all'],
      }),
    );
    await ssm.send(
      new ModifyDocumentPermissionCommand({
        Name: 'partner-doc',
        PermissionType: 'Share',
        AccountIdsToAdd: ['444455556666'],
      }),
    );
    const ec2 = new EC2Client(seedConfig(REGION, credentials));
    await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1 }));
    inventory = await scanForTest(credentials, { regions: [REGION], services: ['ssm', 'ec2'] });
  });

  const coverage = (type: string) =>
    inventory.accounts[0]?.coverage.find((c) => c.resourceType === type && c.region === REGION)?.status;

  it('records parameters with secret kinds only, documents with their sharing, and what moto cannot answer', () => {
    validateInventory(inventory, 'ssm e2e');
    expect(JSON.stringify(inventory)).not.toMatch(/hunter2|AKIA|not-read-by-the-scan/);
    const parameters = Object.fromEntries(
      ofType(inventory, 'ssm:parameter').map((p) => [p.id, p.attributes]),
    );
    expect(parameters).toEqual({
      '/prod/db/password': expect.objectContaining({ secretName: true, valueSecretKinds: [] }),
      '/ci/deploy-key': expect.objectContaining({
        secretName: false,
        valueSecretKinds: ['aws-access-key-id'],
      }),
      '/ci/list': expect.objectContaining({
        parameterType: 'StringList',
        valueSecretKinds: ['aws-access-key-id'],
      }),
      '/prod/db/password-ref': expect.objectContaining({ secretName: false, valueSecretKinds: [] }),
      '/app/log-level': expect.objectContaining({ secretName: false, valueSecretKinds: [] }),
      '/prod/api/token': expect.objectContaining({ parameterType: 'SecureString', valueSecretKinds: null }),
    });
    const documents = Object.fromEntries(ofType(inventory, 'ssm:document').map((d) => [d.id, d.attributes]));
    expect(documents).toEqual({
      'public-doc': expect.objectContaining({ public: true, sharedWith: [] }),
      'partner-doc': expect.objectContaining({ public: false, sharedWith: ['444455556666'] }),
      'private-doc': expect.objectContaining({ public: false, sharedWith: [] }),
    });
    expect(coverage('ssm:parameter')).toBe('complete');
    expect(coverage('ssm:document')).toBe('complete');
    // moto's NotImplemented answers: recorded as failures, never as "nothing there".
    expect(coverage('ssm:managed-instance')).toBe('failed');
    const [settings] = ofType(inventory, 'ssm:region-settings');
    expect(settings?.unknownAttributes).toEqual(['documentPublicSharingBlocked']);
    expect(
      inventory.errors
        .filter((e) => e.service === 'ssm')
        .map((e) => e.operation)
        .sort(),
    ).toEqual(['DescribeInstanceInformation', 'GetServiceSetting']);
  });

  it('reports the secrets in plain text and the public document, and judges nothing moto could not answer', () => {
    const found = runRules(inventory, DEFAULT_CONFIG, [
      parameterSecretInPlaintext,
      documentPublic,
      publicSharingNotBlocked,
      instanceNotManaged,
    ]).findings.map((f) => `${f.ruleId} ${f.resource.id} ${f.severity}`);
    expect(found.sort()).toEqual([
      'ssm.document-public public-doc critical',
      'ssm.parameter-secret-in-plaintext /ci/deploy-key high',
      'ssm.parameter-secret-in-plaintext /ci/list high',
      'ssm.parameter-secret-in-plaintext /prod/db/password high',
    ]);
  });
});
