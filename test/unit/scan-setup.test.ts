import { afterEach, describe, expect, it } from '@jest/globals';
import { ec2Collector } from '../../src/scan/collectors/ec2.js';
import { scanAccounts, type ScanTarget } from '../../src/scan/orchestrator.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';

/**
 * Before anything is scanned: explicit regions must be enabled for the account. A typo'd or
 * disabled region would otherwise cost one failed call per service and look like a clean region.
 */
const savedEndpoint = process.env.AWS_ENDPOINT_URL;
let server: SilentServer | undefined;

const identity = (account: string) =>
  `<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::${account}:assumed-role/audit/s</Arn><Account>${account}</Account></GetCallerIdentityResult></GetCallerIdentityResponse>`;
const regionItem = (name: string, status: string) =>
  `<item><regionName>${name}</regionName><optInStatus>${status}</optInStatus></item>`;
/** af-south-1 is an opt-in region not opted into; the second account has not enabled eu-west-2 either. */
const regions = (account: string) =>
  `<DescribeRegionsResponse><regionInfo>${[
    regionItem('us-east-1', 'opt-in-not-required'),
    ...(account === '444455556666' ? [] : [regionItem('eu-west-2', 'opt-in-not-required')]),
    regionItem('af-south-1', 'not-opted-in'),
  ].join('')}</regionInfo></DescribeRegionsResponse>`;
const empty = (action: string) => `<${action}Response><requestId>r</requestId></${action}Response>`;

/** Answers as a small account would: STS by the key's account, DescribeRegions, everything else empty. */
async function serveAccount(): Promise<void> {
  server = await startSilentServer((request, body, response) => {
    const action = /Action=(\w+)/.exec(body)?.[1] ?? '';
    const key = /Credential=(\w+)\//.exec(String(request.headers.authorization))?.[1] ?? '';
    const account = key === 'SECOND' ? '444455556666' : '111122223333';
    const answer =
      action === 'GetCallerIdentity'
        ? identity(account)
        : action === 'DescribeRegions'
          ? regions(account)
          : action === 'GetEbsEncryptionByDefault'
            ? '<GetEbsEncryptionByDefaultResponse><ebsEncryptionByDefault>true</ebsEncryptionByDefault></GetEbsEncryptionByDefaultResponse>'
            : empty(action);
    response.writeHead(200, { 'content-type': 'text/xml' }).end(answer);
    return true;
  });
  process.env.AWS_ENDPOINT_URL = server.endpoint;
}

const target = (key: string, expectedAccountId?: string): ScanTarget => ({
  credentials: async () => ({ accessKeyId: key, secretAccessKey: 'x' }),
  expectedAccountId,
});

const scan = (targets: ScanTarget[], regionList: string[]) =>
  scanAccounts(targets, {
    collectors: [ec2Collector],
    regions: regionList,
    apiRegion: 'us-east-1',
    maxConcurrency: 8,
    maxAttempts: 1,
    callTimeoutMs: 5_000,
    regionTimeoutMs: 60_000,
  });

afterEach(async () => {
  process.env.AWS_ENDPOINT_URL = savedEndpoint;
  await server?.close();
});

describe('explicit regions', () => {
  it('that are not enabled for the account fail before any service is called', async () => {
    await serveAccount();
    await expect(scan([target('FIRST')], ['us-east-1', 'af-south-1'])).rejects.toThrow(
      'The regions to scan are not enabled for account 111122223333: af-south-1 (enabled: eu-west-2, us-east-1)',
    );
    // STS and DescribeRegions only.
    expect(server?.requests).toBe(2);
  });

  it('that are enabled are scanned as given', async () => {
    await serveAccount();
    const inventory = await scan([target('FIRST')], ['eu-west-2']);
    expect(inventory.accounts[0]?.regions).toEqual(['eu-west-2']);
    expect(inventory.errors).toEqual([]);
  });

  it('not enabled in a further account are skipped there and recorded, the rest is scanned', async () => {
    await serveAccount();
    const inventory = await scan(
      [target('FIRST'), target('SECOND', '444455556666')],
      ['us-east-1', 'eu-west-2'],
    );
    expect(inventory.accounts.map((a) => [a.id, a.regions])).toEqual([
      ['111122223333', ['eu-west-2', 'us-east-1']],
      ['444455556666', ['us-east-1']],
    ]);
    expect(inventory.errors).toEqual([
      expect.objectContaining({
        account: '444455556666',
        code: 'RegionNotEnabled',
        message:
          'regions not enabled for account 444455556666: eu-west-2 (enabled: us-east-1); they were not scanned in this account',
      }),
    ]);
  });
});

describe('the identity of a further account', () => {
  it('must be the account whose role was assumed', async () => {
    await serveAccount();
    const inventory = await scan([target('FIRST'), target('FIRST', '444455556666')], ['us-east-1']);
    expect(inventory.accounts.map((a) => a.id)).toEqual(['111122223333']);
    expect(inventory.errors).toEqual([
      expect.objectContaining({
        account: '444455556666',
        operation: 'GetCallerIdentity',
        code: 'UnparseableResponse',
        message: expect.stringContaining(
          'the role of account 444455556666 was assumed, but STS names account 111122223333',
        ),
      }),
    ]);
  });
});
