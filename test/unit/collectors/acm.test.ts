import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { ACMClient, ListCertificatesCommand, type ListCertificatesCommandInput } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import { acmCollector } from '../../../src/scan/collectors/acm.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const acm = mockClient(ACMClient);
afterEach(() => {
  acm.reset();
});
afterAll(() => {
  acm.restore();
});

const arn = (id: string) => `arn:aws:acm:eu-west-2:111122223333:certificate/${id}`;

describe('the ACM collector', () => {
  it('reads every page, asking for every key type, and keeps what the summaries say', async () => {
    acm
      .on(ListCertificatesCommand, { NextToken: undefined })
      .resolves({
        NextToken: 't2',
        CertificateSummaryList: [
          {
            CertificateArn: arn('c1'),
            DomainName: 'shop.example.com',
            Type: 'IMPORTED',
            Status: 'ISSUED',
            KeyAlgorithm: 'RSA_1024',
            NotAfter: new Date('2026-12-05T00:00:00Z'),
            InUse: true,
            RenewalEligibility: 'INELIGIBLE',
            ImportedAt: new Date('2025-12-05T00:00:00Z'),
          },
        ],
      })
      .on(ListCertificatesCommand, { NextToken: 't2' })
      .resolves({
        CertificateSummaryList: [
          { CertificateArn: arn('c2'), DomainName: 'new.example.com', Status: 'PENDING_VALIDATION' },
        ],
      });
    const outcome = await collect(acmCollector);
    const input = acm.commandCalls(ListCertificatesCommand)[0]?.args[0].input as ListCertificatesCommandInput;
    // AWS lists only RSA_2048 certificates unless asked for other key types.
    expect(input.Includes?.keyTypes).toEqual(
      expect.arrayContaining(['RSA_1024', 'RSA_2048', 'EC_prime256v1']),
    );
    expect(input.MaxItems).toBe(1000);
    const certificates = ofType(outcome, 'acm:certificate');
    expect(certificates.map((c) => [c.id, c.attributes])).toEqual([
      [
        'c1',
        {
          domainName: 'shop.example.com',
          type: 'IMPORTED',
          status: 'ISSUED',
          keyAlgorithm: 'RSA_1024',
          notAfter: '2026-12-05T00:00:00.000Z',
          inUse: true,
          renewalEligibility: 'INELIGIBLE',
        },
      ],
      [
        'c2',
        {
          domainName: 'new.example.com',
          type: null,
          status: 'PENDING_VALIDATION',
          keyAlgorithm: null,
          notAfter: null,
          inUse: null,
          renewalEligibility: null,
        },
      ],
    ]);
    expect(certificates[0]?.createdAt).toBe('2025-12-05T00:00:00.000Z');
    expect(outcome.failedTypes.size).toBe(0);
  });

  it('marks certificates failed, not absent, when the listing is denied', async () => {
    acm.on(ListCertificatesCommand).rejects(accessDenied('acm:ListCertificates'));
    const outcome = await collect(acmCollector);
    expect(ofType(outcome, 'acm:certificate')).toEqual([]);
    expect([...outcome.failedTypes]).toEqual(['acm:certificate']);
    expect(outcome.errors.map((e) => e.operation)).toEqual(['ListCertificates']);
  });
});
