import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { decodeUserData, userDataSecrets, WHOLE_USER_DATA } from '../../src/scan/user-data-secrets.js';

const KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const script = [
  '#!/bin/bash',
  `export AWS_ACCESS_KEY_ID=${KEY_ID}`,
  'DB_PASSWORD="x9$Kq2!vLp7#Zr4@Tw8"',
  'echo starting',
].join('\n');

describe('EC2 user data secrets', () => {
  it('decodes base64 and gzip-compressed base64; an empty or corrupt value is no text', () => {
    expect(decodeUserData(Buffer.from(script).toString('base64'))).toBe(script);
    expect(decodeUserData(gzipSync(script).toString('base64'))).toBe(script);
    expect(decodeUserData('')).toBeNull();
    expect(decodeUserData(Buffer.from([0x1f, 0x8b, 1, 2, 3]).toString('base64'))).toBeNull();
  });

  it('names the assignments that hold secrets, never their values', () => {
    const found = userDataSecrets(script);
    expect(found.map((f) => f.variable)).toEqual(['AWS_ACCESS_KEY_ID', 'DB_PASSWORD']);
    expect(JSON.stringify(found)).not.toContain(KEY_ID);
  });

  it('finds a key by its format outside any assignment, and nothing in a clean script', () => {
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEow', '-----END RSA PRIVATE KEY-----'].join('\n');
    expect(userDataSecrets(`cat > /etc/key.pem <<EOF\n${pem}\nEOF`)).toEqual([
      { variable: WHOLE_USER_DATA, kind: 'private-key' },
    ]);
    expect(userDataSecrets('#!/bin/bash\nyum install -y nginx\nREGION=us-east-1\n')).toEqual([]);
  });
});
