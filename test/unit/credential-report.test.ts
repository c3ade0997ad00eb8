import { describe, expect, it } from '@jest/globals';
import { parseCredentialReport, ROOT_USER } from '../../src/scan/credential-report.js';

// The shape AWS returns (moto's report lacks the root row, so this covers AWS's real answer).
const AWS_REPORT = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  '<root_account>,arn:aws:iam::123456789012:root,2019-01-01T00:00:00+00:00,not_supported,2024-05-01T10:00:00+00:00,not_supported,not_supported,false,true,2019-02-01T00:00:00+00:00,2024-04-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  'alice,arn:aws:iam::123456789012:user/alice,2020-01-01T00:00:00+00:00,true,no_information,2020-01-02T00:00:00+00:00,N/A,true,true,2020-01-03T00:00:00+00:00,N/A,N/A,N/A,true,2023-06-01T00:00:00+00:00,2024-01-01T00:00:00+00:00,eu-west-2,dynamodb,false,N/A,false,N/A',
].join('\n');

describe('parseCredentialReport', () => {
  it('reads the root row and users, turning N/A and no_information into null', () => {
    const rows = parseCredentialReport(AWS_REPORT);
    const root = rows.find((row) => row.user === ROOT_USER);
    expect(root).toMatchObject({ mfaActive: false, passwordLastUsed: '2024-05-01T10:00:00.000Z' });
    expect(root?.accessKeys[0]).toEqual({
      slot: 1,
      active: true,
      lastRotated: '2019-02-01T00:00:00.000Z',
      lastUsed: '2024-04-01T00:00:00.000Z',
      lastUsedService: 's3',
    });
    const alice = rows.find((row) => row.user === 'alice');
    expect(alice).toMatchObject({ passwordEnabled: true, passwordLastUsed: null, mfaActive: true });
    expect(alice?.accessKeys[1]).toMatchObject({ active: true, lastUsedService: 'dynamodb' });
    expect(alice?.accessKeys[0]).toMatchObject({ lastUsed: null, lastUsedService: null });
  });

  it('names the line of a malformed row', () => {
    expect(() => parseCredentialReport(`${AWS_REPORT}\nbroken,row`)).toThrow(/line 4 has 2 fields/);
  });

  it('rejects a report without its header', () => {
    expect(() => parseCredentialReport('nothing,here\n')).toThrow(/no header row/);
  });
});
