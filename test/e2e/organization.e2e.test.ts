import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloseAccountCommand,
  CreateAccountCommand,
  CreateOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { resolveCredentials } from '../../src/credentials/index.js';
import type { Inventory } from '../../src/inventory/document.js';
import { scanAccounts } from '../../src/scan/orchestrator.js';
import { collectors } from '../../src/scan/registry.js';
import { accountCredentials, ofType, seedConfig, uniqueAccountId } from '../support/aws.js';
import { recordingDeps } from '../support/credentials.js';

/**
 * `accounts: organization` against moto, which serves Organizations: a management account creates
 * an organization and three member accounts, one of which it closes (SUSPENDED); a bucket is made
 * in one member. The first credentials are the management account's (assumed from the ambient
 * ones, as the CLI's --role-arn does); each member is reached through the member role. moto does
 * not check that the role exists, so a missing member role is covered by the chained-role tests.
 */
describe('an organization against moto', () => {
  const management = uniqueAccountId();
  const members: string[] = [];
  let closed: string | undefined;
  let inventory: Inventory;
  const { deps, infos } = recordingDeps();

  beforeAll(async () => {
    const organizations = new OrganizationsClient(
      seedConfig('us-east-1', await accountCredentials(management)),
    );
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (const name of ['shop', 'data', 'retired']) {
      const created = await organizations.send(
        new CreateAccountCommand({ AccountName: name, Email: `${name}-${management}@example.com` }),
      );
      const id = created.CreateAccountStatus?.AccountId;
      if (!id) throw new Error('moto created no account');
      members.push(id);
    }
    closed = members.pop();
    await organizations.send(new CloseAccountCommand({ AccountId: closed }));
    const s3 = new S3Client(seedConfig('us-east-1', await accountCredentials(members[0] as string)));
    await s3.send(new CreateBucketCommand({ Bucket: `shop-assets-${members[0] ?? ''}` }));

    const resolved = await resolveCredentials(
      {
        roleFromAmbient: `arn:aws:iam::${management}:role/test-seeder`,
        audience: 'sts.amazonaws.com',
        sessionName: 'org-e2e',
        durationSeconds: 3600,
        stsRegion: 'us-east-1',
        additionalRoles: [],
        organization: {
          memberRoleName: 'aws-audit-readonly',
          organizationalUnits: [],
          includeAccounts: [],
          excludeAccounts: [],
        },
      },
      deps,
    );
    inventory = await scanAccounts(resolved.targets, {
      apiRegion: 'us-east-1',
      regions: ['us-east-1'],
      maxConcurrency: 16,
      maxAttempts: 3,
      callTimeoutMs: 20_000,
      regionTimeoutMs: 120_000,
      collectors: collectors.filter((c) => c.service === 's3'),
    });
  }, 120_000);

  it('scans the management account and every active member, each as itself', () => {
    expect(inventory.accounts.map((a) => a.id).sort()).toEqual([management, ...members].sort());
    const buckets = ofType(inventory, 's3:bucket').map((b) => `${b.account} ${b.id}`);
    expect(buckets).toContain(`${members[0] ?? ''} shop-assets-${members[0] ?? ''}`);
    expect(inventory.errors).toEqual([]);
  });

  it('skips the closed account and says so', () => {
    expect(inventory.accounts.map((a) => a.id)).not.toContain(closed);
    expect(infos.join('\n')).toMatch(
      new RegExp(
        `Organization account ${closed ?? ''} \\(retired\\) is not scanned: its state is (SUSPENDED|PENDING_CLOSURE|CLOSED)`,
      ),
    );
  });
});
