import { beforeAll, describe, expect, it } from '@jest/globals';
import { ACMClient, ImportCertificateCommand, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import {
  certificateExpiring,
  certificateRsaKeyShort,
  certificateValidationFailed,
} from '../../src/rules/catalog/acm.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

/** A self-signed certificate and its key, made with openssl (RSA of `bits`, valid for `days`). */
function selfSigned(name: string, bits: number, days: number): { cert: Uint8Array; key: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'acm-e2e-'));
  try {
    const [keyFile, certFile] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        `rsa:${bits}`,
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        String(days),
        '-subj',
        `/CN=${name}`,
      ],
      { stdio: 'ignore' },
    );
    return { cert: readFileSync(certFile), key: readFileSync(keyFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * ACM against moto: an imported 1,024-bit certificate expiring in 10 days (short key, expiring,
 * nothing uses it), an imported 2,048-bit one valid a year, and a requested one pending validation.
 * moto cannot put a certificate in FAILED or VALIDATION_TIMED_OUT, nor mark one in use: those are
 * covered by the rule unit tests.
 */
describe('ACM against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  const arns: Record<string, string> = {};

  beforeAll(async () => {
    const acm = new ACMClient(seedConfig('eu-west-1', await accountCredentials(account)));
    const weak = selfSigned(`weak-${account}.example.com`, 1024, 10);
    const good = selfSigned(`good-${account}.example.com`, 2048, 365);
    arns.weak =
      (await acm.send(new ImportCertificateCommand({ Certificate: weak.cert, PrivateKey: weak.key })))
        .CertificateArn ?? '';
    arns.good =
      (await acm.send(new ImportCertificateCommand({ Certificate: good.cert, PrivateKey: good.key })))
        .CertificateArn ?? '';
    arns.requested =
      (await acm.send(new RequestCertificateCommand({ DomainName: `new-${account}.example.com` })))
        .CertificateArn ?? '';
    inventory = await scanForTest(await accountCredentials(account), {
      regions: ['eu-west-1'],
      services: ['acm'],
    });
  });

  it('lists every certificate, whatever its key type, with what the rules need', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'acm e2e');
    const byArn = new Map(ofType(inventory, 'acm:certificate').map((c) => [c.arn, c]));
    expect(byArn.size).toBe(3);
    expect(byArn.get(arns.weak ?? '')?.attributes).toMatchObject({
      type: 'IMPORTED',
      status: 'ISSUED',
      keyAlgorithm: 'RSA_1024',
      inUse: false,
    });
    expect(byArn.get(arns.good ?? '')?.attributes.keyAlgorithm).toBe('RSA_2048');
    expect(byArn.get(arns.requested ?? '')?.attributes).toMatchObject({ type: 'AMAZON_ISSUED' });
  });

  it('reports the short, expiring key only', () => {
    const found = runRules(inventory, DEFAULT_CONFIG, [
      certificateExpiring,
      certificateRsaKeyShort,
      certificateValidationFailed,
    ]).findings.map((f) => [f.ruleId, f.resource.arn, f.severity]);
    expect(found.sort()).toEqual([
      ['acm.certificate-expiring', arns.weak, 'low'],
      ['acm.certificate-rsa-key-short', arns.weak, 'high'],
    ]);
  });
});
