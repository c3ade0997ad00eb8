/** S3: FSBP block public access settings of access points (S3.19) and Multi-Region Access Points (S3.24). */
import type { AttributesOf } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

type Block = AttributesOf<'s3:access-point'>['publicAccessBlock'];
const SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const;

/** The settings of the four that are off (all four when there is no configuration). */
const offSettings = (block: Block): string[] => SETTINGS.filter((setting) => !block?.[setting]);

const risk =
  "A policy on the access point (or a bucket ACL reached through it) can make the bucket's data public: only the account's and the bucket's own block settings then stand in the way.";

export const accessPointPublicAccessBlockOff = defineRule(
  {
    id: 's3.access-point-public-access-block-off',
    title: 'S3 access point does not block all public access',
    severity: 'critical',
    category: 'security',
    resourceType: 's3:access-point',
    reads: ['s3:access-point'],
    description:
      'An S3 access point has one or more of its four block public access settings off. Access points whose settings could not be read are not judged.',
    risk,
    remediation: {
      text: "An access point's block public access settings cannot be changed after creation: create a replacement with all four on (the default), move clients to it, then delete this one.",
      console: 'S3 console > Access points > the access point > Permissions > Block public access',
    },
    references: {
      fsbp: ['S3.19'],
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('s3:access-point')
      .filter((point) => ctx.known(point, 'publicAccessBlock'))
      .flatMap((point): RuleHit[] => {
        const off = offSettings(point.attributes.publicAccessBlock);
        if (off.length === 0) return [];
        return [
          {
            target: point,
            message: `S3 access point ${point.id} (bucket ${point.attributes.bucket}) does not block public access: ${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} off.`,
            evidence: { settingsOff: off, networkOrigin: point.attributes.networkOrigin },
          },
        ];
      }),
);

export const multiRegionAccessPointPublicAccessBlockOff = defineRule(
  {
    id: 's3.multi-region-access-point-public-access-block-off',
    title: 'S3 Multi-Region Access Point does not block all public access',
    severity: 'high',
    category: 'security',
    resourceType: 's3:multi-region-access-point',
    reads: ['s3:multi-region-access-point'],
    description:
      'An S3 Multi-Region Access Point has one or more of its four block public access settings off.',
    risk,
    remediation: {
      text: "A Multi-Region Access Point's block public access settings cannot be changed after creation: create a replacement with all four on (the default), move clients to it, then delete this one.",
      console:
        'S3 console > Multi-Region Access Points > the access point > Permissions > Block public access',
    },
    references: {
      fsbp: ['S3.24'],
      docs: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html',
      ],
    },
  },
  (ctx) =>
    ctx.resources('s3:multi-region-access-point').flatMap((point): RuleHit[] => {
      const off = offSettings(point.attributes.publicAccessBlock);
      if (off.length === 0) return [];
      return [
        {
          target: point,
          message: `S3 Multi-Region Access Point ${point.id} does not block public access: ${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} off.`,
          evidence: { settingsOff: off, buckets: point.attributes.buckets.map((b) => b.bucket) },
        },
      ];
    }),
);
