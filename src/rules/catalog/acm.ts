import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Certificate = ResourceOfType<'acm:certificate'>;

const DOCS = 'https://docs.aws.amazon.com/acm/latest/userguide';

/** FSBP ACM.1's `daysToExpiration`: Security Hub's default (AWS Config's own default is 14). */
export const ACM_EXPIRY_DAYS = 30;

const MS_PER_DAY = 86_400_000;
const label = (c: Certificate) =>
  `${c.attributes.domainName ?? c.id} (${c.attributes.type ?? 'certificate'})`;

/** Whole days left before NotAfter (negative once expired); null when unknown. */
function daysLeft(ctx: RuleContext, cert: Certificate): number | null {
  if (!ctx.known(cert, 'notAfter') || cert.attributes.notAfter === null) return null;
  const time = Date.parse(cert.attributes.notAfter);
  return Number.isNaN(time) ? null : Math.floor((time - ctx.now.getTime()) / MS_PER_DAY);
}

export const certificateExpiring = defineRule(
  {
    id: 'acm.certificate-expiring',
    title: `ACM certificate expires within ${ACM_EXPIRY_DAYS} days or has expired`,
    severity: 'high',
    category: 'security',
    resourceType: 'acm:certificate',
    reads: ['acm:certificate'],
    description: `An ACM certificate (imported or issued by ACM) whose NotAfter date is within ${ACM_EXPIRY_DAYS} days, or already past. High when it is in use (critical once expired), low when no AWS service uses it. ACM renews eligible issued certificates from 60 days before expiry, so one still this close did not renew; imported certificates are never renewed by ACM.`,
    risk: 'An expired certificate on a load balancer, CloudFront distribution or API breaks every TLS connection to it: an outage, and users trained to click through certificate warnings.',
    remediation: {
      text: 'Imported: get a new certificate from its issuer and reimport it into the same ARN. Issued by ACM: complete the pending domain validation (DNS record or email) so managed renewal succeeds, or request a new certificate and switch its users to it. Delete certificates nothing uses.',
      cli: 'aws acm describe-certificate --region {region} --certificate-arn {arn} --query Certificate.RenewalSummary',
      console: 'Certificate Manager console > List certificates > the certificate > Renewal status',
    },
    references: {
      fsbp: ['ACM.1'],
      docs: [`${DOCS}/check-certificate-renewal-status.html`, `${DOCS}/import-reimport.html`],
    },
  },
  (ctx) =>
    ctx.resources('acm:certificate').flatMap((cert): RuleHit[] => {
      const days = daysLeft(ctx, cert);
      if (days === null || days > ACM_EXPIRY_DAYS) return [];
      const inUse = ctx.known(cert, 'inUse') ? cert.attributes.inUse : null;
      const expired = days < 0;
      const severity = inUse === false ? 'low' : expired && inUse === true ? 'critical' : 'high';
      const when = expired
        ? `expired ${-days} day${days === -1 ? '' : 's'} ago`
        : `expires in ${days} day${days === 1 ? '' : 's'}`;
      const use =
        inUse === true
          ? 'and is in use'
          : inUse === false
            ? 'and nothing uses it'
            : 'and whether it is in use is unknown';
      return [
        {
          target: cert,
          message: `ACM certificate ${label(cert)} ${when} (${cert.attributes.notAfter ?? ''}) ${use}.`,
          severity,
          evidence: {
            notAfter: cert.attributes.notAfter,
            daysLeft: days,
            inUse,
            type: cert.attributes.type,
            status: cert.attributes.status,
            renewalEligibility: cert.attributes.renewalEligibility,
          },
        },
      ];
    }),
);

/** Key bits of an RSA key algorithm (`RSA_1024` -> 1024); null for EC or unknown ones. */
const rsaBits = (algorithm: string | null): number | null => {
  const match = /^RSA_(\d+)$/.exec(algorithm ?? '');
  return match ? Number(match[1]) : null;
};

export const certificateRsaKeyShort = defineRule(
  {
    id: 'acm.certificate-rsa-key-short',
    title: 'ACM certificate uses an RSA key shorter than 2,048 bits',
    severity: 'high',
    category: 'security',
    resourceType: 'acm:certificate',
    reads: ['acm:certificate'],
    description:
      'An RSA certificate in ACM (ACM issues none below 2,048 bits, so an imported one) has a key shorter than 2,048 bits.',
    risk: 'RSA keys under 2,048 bits are within reach of factoring by well-funded attackers and are refused by current browsers and NIST guidance: traffic can be decrypted or impersonated, and clients fail.',
    remediation: {
      text: 'A key length cannot be changed: issue or import a certificate with an RSA key of at least 2,048 bits (or an EC key), move its users to it, and delete this one.',
      cli: 'aws acm delete-certificate --region {region} --certificate-arn {arn}',
      console: 'Certificate Manager console > List certificates > the certificate > Delete',
    },
    references: { fsbp: ['ACM.2'], docs: [`${DOCS}/import-certificate-prerequisites.html`] },
  },
  (ctx) =>
    ctx
      .resources('acm:certificate')
      .filter((c) => ctx.known(c, 'keyAlgorithm'))
      .flatMap((cert): RuleHit[] => {
        const bits = rsaBits(cert.attributes.keyAlgorithm);
        if (bits === null || bits >= 2048) return [];
        return [
          {
            target: cert,
            message: `ACM certificate ${label(cert)} uses a ${bits}-bit RSA key (at least 2,048 bits needed).`,
            evidence: { keyAlgorithm: cert.attributes.keyAlgorithm, inUse: cert.attributes.inUse },
          },
        ];
      }),
);

const FAILED_STATUSES = new Set(['FAILED', 'VALIDATION_TIMED_OUT']);

export const certificateValidationFailed = defineRule(
  {
    id: 'acm.certificate-validation-failed',
    title: 'ACM certificate request failed or its validation timed out',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'acm:certificate',
    reads: ['acm:certificate'],
    description:
      'A certificate requested from ACM has status FAILED or VALIDATION_TIMED_OUT (not validated within 72 hours): it was never issued and can never be used.',
    risk: 'Clutter that hides the certificates that matter, and often a sign that a domain the team thinks is covered is not (a missing DNS validation record, or a CAA record that forbids Amazon).',
    remediation: {
      text: 'Find why it failed (the failure reason in its details), fix the DNS validation record or CAA record, request a new certificate, and delete this one.',
      cli: 'aws acm delete-certificate --region {region} --certificate-arn {arn}',
      console: 'Certificate Manager console > List certificates > the certificate > Delete',
    },
    references: { docs: [`${DOCS}/troubleshooting-failed.html`] },
  },
  (ctx) =>
    ctx
      .resources('acm:certificate')
      .filter((c) => ctx.known(c, 'status') && FAILED_STATUSES.has(c.attributes.status ?? ''))
      .map((cert) => ({
        target: cert,
        message: `ACM certificate ${label(cert)} has status ${cert.attributes.status}: it was never issued.`,
        evidence: { status: cert.attributes.status },
      })),
);
