import {
  ACMClient,
  KeyAlgorithm,
  paginateListCertificates,
  type CertificateSummary,
} from '@aws-sdk/client-acm';
import type { Collector } from '../collector.js';
import { isoDate, makeResource, text } from '../normalize.js';

const permissions = {
  ListCertificates: 'acm:ListCertificates',
} as const;
type Operation = keyof typeof permissions;

/**
 * Without `Includes.keyTypes`, ListCertificates answers with RSA_2048 certificates only: an imported
 * RSA_1024 or an EC certificate would never be seen. Every key type is asked for.
 */
const ALL_KEY_TYPES = Object.values(KeyAlgorithm);

function certificate(ctx: Parameters<Collector<Operation>['collect']>[0], summary: CertificateSummary) {
  const arn = summary.CertificateArn;
  if (!arn) return undefined;
  return makeResource(
    'acm:certificate',
    {
      arn,
      id: arn.split('/').pop() ?? arn,
      name: text(summary.DomainName),
      account: ctx.account,
      region: ctx.scopeRegion,
      state: text(summary.Status),
      createdAt: isoDate(summary.CreatedAt ?? summary.ImportedAt),
    },
    {
      domainName: text(summary.DomainName),
      type: text(summary.Type),
      status: text(summary.Status),
      keyAlgorithm: text(summary.KeyAlgorithm),
      notAfter: isoDate(summary.NotAfter),
      inUse: summary.InUse ?? null,
      renewalEligibility: text(summary.RenewalEligibility),
    },
  );
}

/**
 * AWS Certificate Manager, per region: one ListCertificates listing (1,000 a page). Its summaries
 * carry the status, key algorithm, expiry, use and renewal eligibility, so nothing is read per
 * certificate.
 */
export const acmCollector: Collector<Operation> = {
  service: 'acm',
  scope: 'regional',
  permissions,
  resourceTypes: ['acm:certificate'],
  async collect(ctx) {
    const client = ctx.client(ACMClient);
    const listed = await ctx.list(
      'ListCertificates',
      'acm:certificate',
      paginateListCertificates({ client, pageSize: 1000 }, { Includes: { keyTypes: ALL_KEY_TYPES } }),
      (page) => page.CertificateSummaryList,
    );
    for (const summary of listed) {
      const resource = certificate(ctx, summary);
      if (resource) ctx.emit(resource);
    }
  },
};
