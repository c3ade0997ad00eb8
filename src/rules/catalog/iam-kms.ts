/** IAM: policies that let their holders decrypt with every KMS key (FSBP KMS.1 and KMS.2). */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { decryptOnAllKeys, type AllKeysGrant } from '../../policy/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import { grantsEverything } from './iam-shared.js';

type PrincipalType = 'iam:user' | 'iam:group' | 'iam:role';

const describe = (grants: AllKeysGrant[]) =>
  grants.map((g) => `${g.actions.join(' and ')} (statement ${g.statement})`).join('; ');

/** Medium, as the controls rate it; low where every granting statement has a Condition. */
const severityOf = (grants: AllKeysGrant[]) => (grants.every((g) => g.conditioned) ? 'low' : 'medium');

const conditionNote = (grants: AllKeysGrant[]) =>
  grants.some((g) => g.conditioned)
    ? ' A Condition (such as kms:ViaService) may narrow it; the control does not take conditions into account.'
    : '';

const evidenceOf = (grants: AllKeysGrant[]) =>
  grants.map((g) => ({ statement: g.statement, actions: g.actions, conditioned: g.conditioned }));

const remediation = (console: string, cli: string) => ({
  text: 'Name the keys the holders decrypt with in Resource (their key ARNs), instead of * or every key of every account; where a service decrypts on the holder’s behalf, add the kms:ViaService condition as well.',
  cli,
  console,
});

/**
 * A document that allows every action on every resource decrypts with every key too; it is
 * reported once, as full administrator access (high), not again here.
 */
const decryptGrants = (document: unknown, partition: string): AllKeysGrant[] =>
  grantsEverything(document) ? [] : decryptOnAllKeys(document, partition);

const DESCRIPTION_END =
  'Documents that allow every action on every resource are left to the full-administrator rules, which report them as high. A Deny of the action on every key, without a condition, removes it. Conditions are not taken into account, as the control does not; the finding is low when every granting statement has one (kms:ViaService and the like often make it safe).';

/** Policy ARNs used as a permissions boundary, or null when the account's users or roles were not all read. */
function boundaryArns(ctx: RuleContext, account: string): Set<string> | null {
  if (!ctx.listed(account, 'iam:user', 'global') || !ctx.listed(account, 'iam:role', 'global')) return null;
  return new Set(
    [...ctx.resources('iam:user'), ...ctx.resources('iam:role')]
      .filter((p) => p.account === account && p.attributes.permissionsBoundaryArn)
      .map((p) => p.attributes.permissionsBoundaryArn ?? ''),
  );
}

export const policyKmsDecryptAllKeys = defineRule(
  {
    id: 'iam.policy-kms-decrypt-all-keys',
    title: 'Customer-managed policy allows decryption with every KMS key',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:policy',
    reads: ['iam:policy'],
    consults: ['iam:user', 'iam:role'],
    description: `The default version of a customer-managed policy, attached or not, allows kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*", or a key ARN pattern with every region and account). Policies used as a permissions boundary are left out, as the control leaves them out; when the account's users or roles were not all read, which policies are boundaries is unknown and no policy is judged. ${DESCRIPTION_END}`,
    risk: 'Whoever holds the policy can decrypt anything encrypted under any key whose key policy defers to IAM: every secret, snapshot, bucket and queue of the account, and other accounts’ data where their key policies trust this account.',
    remediation: remediation(
      'IAM console > Policies > the policy > Permissions > Edit',
      'aws iam get-policy-version --policy-arn {arn} --version-id $(aws iam get-policy --policy-arn {arn} --query Policy.DefaultVersionId --output text)',
    ),
    references: {
      fsbp: ['KMS.1'],
      docs: ['https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html'],
    },
    deviations: {
      'FSBP KMS.1':
        'AWS judges "every key" by automated reasoning over the policy; this rule takes a Resource as every key when it names keys of any account in any region, so a pattern limited to one account or one region (arn:aws:kms:*:111122223333:key/*) is not reported. A policy allowing every action on every resource fails KMS.1 too; it is reported once, by iam.policy-full-admin.',
    },
  },
  (ctx) => {
    const boundaries = new Map<string, Set<string> | null>();
    return ctx
      .resources('iam:policy')
      .filter((p) => ctx.known(p, 'document'))
      .flatMap((policy): RuleHit[] => {
        if (!boundaries.has(policy.account))
          boundaries.set(policy.account, boundaryArns(ctx, policy.account));
        const used = boundaries.get(policy.account);
        if (!used || used.has(policy.arn)) return [];
        const grants = decryptGrants(policy.attributes.document, ctx.partitionOf(policy.account));
        if (grants.length === 0) return [];
        return [
          {
            target: policy,
            message: `Customer-managed policy ${policy.id} allows decryption with every KMS key: ${describe(grants)}. It is attached ${policy.attributes.attachmentCount} time(s).${conditionNote(grants)}`,
            evidence: { policyArn: policy.arn, grants: evidenceOf(grants) },
            severity: severityOf(grants),
          },
        ];
      });
  },
);

const KIND: Record<PrincipalType, { name: string; plural: string; console: string }> = {
  'iam:user': { name: 'user', plural: 'users', console: 'Users' },
  'iam:group': { name: 'group', plural: 'groups', console: 'User groups' },
  'iam:role': { name: 'role', plural: 'roles', console: 'Roles' },
};

function inlineRule<T extends PrincipalType>(type: T) {
  const kind = KIND[type];
  return defineRule(
    {
      id: `iam.${kind.name}-inline-kms-decrypt-all-keys`,
      title: `IAM ${kind.name}'s inline policy allows decryption with every KMS key`,
      severity: 'medium',
      category: 'security',
      resourceType: type,
      reads: [type],
      description: `An inline policy of an IAM ${kind.name} allows kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*", or a key ARN pattern with every region and account). One finding per inline policy. ${DESCRIPTION_END}`,
      risk: `The ${kind.name} can decrypt anything encrypted under any key whose key policy defers to IAM: every secret, snapshot, bucket and queue of the account.`,
      remediation: remediation(
        `IAM console > ${kind.console} > the ${kind.name} > Permissions > the inline policy > Edit`,
        `aws iam get-${kind.name}-policy --${kind.name}-name {name} --policy-name POLICY`,
      ),
      references: {
        fsbp: ['KMS.2'],
        docs: ['https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html'],
      },
      deviations: {
        'FSBP KMS.2':
          'AWS judges "every key" by automated reasoning over the policy; this rule takes a Resource as every key when it names keys of any account in any region, so a pattern limited to one account or one region is not reported. An inline policy allowing every action on every resource fails KMS.2 too; it is reported once, by the full-administrator rule of the principal.',
      },
    },
    (ctx) =>
      (ctx.resources(type) as ResourceOfType<PrincipalType>[])
        .filter((p) => ctx.known(p, 'inlinePolicies'))
        .flatMap((principal) =>
          principal.attributes.inlinePolicies.flatMap((inline): RuleHit[] => {
            const grants = decryptGrants(inline.document, ctx.partitionOf(principal.account));
            if (grants.length === 0) return [];
            return [
              {
                target: principal,
                subKey: inline.name,
                message: `IAM ${kind.name} ${principal.id} has inline policy ${inline.name} allowing decryption with every KMS key: ${describe(grants)}.${conditionNote(grants)}`,
                evidence: { policy: inline.name, grants: evidenceOf(grants) },
                severity: severityOf(grants),
              },
            ];
          }),
        ),
  );
}

export const userInlineKmsDecryptAllKeys = inlineRule('iam:user');
export const groupInlineKmsDecryptAllKeys = inlineRule('iam:group');
export const roleInlineKmsDecryptAllKeys = inlineRule('iam:role');
