import { describe, expect, it } from '@jest/globals';
import type { ScanError } from '../../src/inventory/document.js';
import { deniedWarnings, groupDenied } from '../../src/render/denied.js';
import { deniedMessage, errorDetails, explicitDenySource } from '../../src/scan/errors.js';

const SCP_DENY =
  'You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/aws-audit/s ' +
  'is not authorized to perform: ec2:DescribeVolumes with an explicit deny in a service control policy. ' +
  `Encoded authorization failure message: ${'x'.repeat(900)}`;

function awsError(code: string, message: string, status = 403): Error {
  return Object.assign(new Error(message), { name: code, $metadata: { httpStatusCode: status } });
}

describe('errorDetails: explicit denies', () => {
  it('flags an access-denied error whose message says explicit deny, even past the shortened message', () => {
    const details = errorDetails(awsError('UnauthorizedOperation', SCP_DENY));
    expect(details).toMatchObject({ accessDenied: true, explicitDeny: true });
    expect(details.message.length).toBeLessThanOrEqual(500);
  });

  it.each([
    ['a missing Allow', awsError('AccessDenied', 'User: x is not authorized to perform: s3:GetBucketPolicy')],
    ['not an access error', awsError('ValidationError', 'with an explicit deny in a test fixture', 400)],
    ['not an Error', 'with an explicit deny'],
  ])('does not flag %s', (_what, error) => {
    expect(errorDetails(error).explicitDeny).toBe(false);
  });

  it.each([
    ['... with an explicit deny in a service control policy.', 'a service control policy'],
    ['... with an explicit deny in an identity-based policy', 'an identity-based policy'],
    ['... with an explicit deny in a permissions boundary', 'a permissions boundary'],
    ['... with an explicit deny in a resource control policy, ...', 'a resource control policy'],
    ['... on resource: arn:aws:s3:::b with an explicit deny', null],
  ])('finds where the Deny is in %p', (message, source) => {
    expect(explicitDenySource(message)).toBe(source);
  });
});

describe('deniedMessage (what run-collector records)', () => {
  it('says a missing permission is needed by the role', () => {
    const details = errorDetails(awsError('AccessDenied', 'User: x is not authorized'));
    expect(deniedMessage(details, 's3:GetBucketPolicy')).toBe(
      'User: x is not authorized (the scan needs s3:GetBucketPolicy)',
    );
  });

  it('says an explicit deny is one, and not that the role needs the action', () => {
    const message = deniedMessage(
      errorDetails(awsError('UnauthorizedOperation', SCP_DENY)),
      'ec2:DescribeVolumes',
    );
    expect(message).toMatch(
      /\(denied by an explicit Deny in a service control policy, which no permission added to the role can override\)$/,
    );
    expect(message).not.toContain('the scan needs');
  });

  it('leaves other errors as they are', () => {
    const details = errorDetails(awsError('Throttling', 'Rate exceeded', 400));
    expect(deniedMessage(details, 'ec2:DescribeVolumes')).toBe('Rate exceeded');
    expect(deniedMessage(errorDetails(awsError('AccessDenied', 'no')), undefined)).toBe('no');
  });
});

const error = (overrides: Partial<ScanError>): ScanError => ({
  account: '111122223333',
  service: 'ec2',
  region: 'eu-west-1',
  operation: 'DescribeVolumes',
  code: 'UnauthorizedOperation',
  message: 'User: x is not authorized to perform this operation (the scan needs ec2:DescribeVolumes)',
  resourceId: null,
  missingPermission: 'ec2:DescribeVolumes',
  ...overrides,
});

describe('deniedWarnings: one line per (account, region, kind)', () => {
  // A region closed by a service control policy: every call there is denied.
  const operations = Array.from({ length: 24 }, (_, i) => `Describe${String(i).padStart(2, '0')}`);
  const scpRegion = operations.map((operation) =>
    error({
      operation,
      missingPermission: `ec2:${operation}`,
      message: `${SCP_DENY.slice(0, 200)} (denied by an explicit Deny in a service control policy, which no permission added to the role can override)`,
    }),
  );

  it('turns 24 denied calls in one region into one warning with the count and the actions', () => {
    const lines = deniedWarnings(scpRegion);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      '111122223333 eu-west-1: 24 calls denied by an explicit Deny (in a service control policy), which no ' +
        'permission added to the role can override: ec2:Describe00, ec2:Describe01, ec2:Describe02, ' +
        'ec2:Describe03, ec2:Describe04, ec2:Describe05, ec2:Describe06, ec2:Describe07, and 16 more',
    );
  });

  it('recognises an explicit deny by AWS wording alone too (an inventory recorded before the flag)', () => {
    const raw = error({
      message: 'User: x is not authorized to perform: ec2:DescribeVolumes with an explicit deny',
    });
    expect(deniedWarnings([raw])).toEqual([
      '111122223333 eu-west-1: 1 call denied by an explicit Deny, which no permission added to the role can override: ec2:DescribeVolumes',
    ]);
  });

  it('keeps accounts, regions and kinds apart, and leaves other errors out', () => {
    const errors = [
      ...scpRegion.slice(0, 2),
      error({
        region: 'us-east-1',
        missingPermission: 's3:GetBucketPolicy',
        service: 's3',
        operation: 'GetBucketPolicy',
      }),
      error({ region: 'us-east-1' }),
      error({ region: 'us-east-1' }),
      error({ account: '444455556666' }),
      error({ region: 'eu-west-1', code: 'Throttling', message: 'Rate exceeded', missingPermission: null }),
    ];
    expect(groupDenied(errors).map((g) => [g.account, g.region, g.explicit, g.count, g.actions])).toEqual([
      ['111122223333', 'eu-west-1', true, 2, ['ec2:Describe00', 'ec2:Describe01']],
      ['111122223333', 'us-east-1', false, 3, ['ec2:DescribeVolumes', 's3:GetBucketPolicy']],
      ['444455556666', 'eu-west-1', false, 1, ['ec2:DescribeVolumes']],
    ]);
    expect(deniedWarnings(errors)[1]).toBe(
      '111122223333 us-east-1: 3 calls denied; the role needs ec2:DescribeVolumes, s3:GetBucketPolicy',
    );
  });

  it('keeps control characters out of the lines', () => {
    expect(deniedWarnings([error({ missingPermission: 'ec2:\u001b[31mX' })])[0]).not.toContain('\u001b');
  });
});
