import { defineRule } from '../model.js';
import { PUBLIC_POLICY_DEVIATION, describePublicStatement } from '../public-policy.js';

const DOCS = 'https://docs.aws.amazon.com/sns/latest/dg';
const CONSOLE = 'SNS console > Topics > the topic';

export const topicPolicyPublic = defineRule(
  {
    id: 'sns.topic-policy-public',
    title: 'SNS topic access policy allows public access',
    severity: 'critical',
    category: 'security',
    resourceType: 'sns:topic',
    reads: ['sns:topic'],
    description:
      'The topic\'s access policy has an Allow statement for any principal (`*`, `{"AWS": "*"}` or NotPrincipal) that no condition limits to specific accounts, sources, organizations or networks. The default policy SNS writes (conditioned on AWS:SourceOwner) is not public. Topics whose policy could not be read are not judged.',
    risk: 'Anyone with an AWS account can do what the statement allows: publish messages that every subscriber receives (spam, phishing, injected events, SMS costs), subscribe an endpoint of their own and read every message, or change the topic.',
    remediation: {
      text: 'Replace the `*` principal with the accounts or services that need the topic, or add a condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
      cli: 'aws sns get-topic-attributes --region {region} --topic-arn {arn} --query Attributes.Policy --output text',
      console: `${CONSOLE} > Edit > Access policy`,
    },
    references: { fsbp: ['SNS.4'], docs: [`${DOCS}/sns-access-policy-use-cases.html`] },
    deviations: { 'FSBP SNS.4': PUBLIC_POLICY_DEVIATION },
  },
  (ctx) =>
    ctx.resources('sns:topic').flatMap((topic) => {
      const statements = ctx.known(topic, 'policy') ? (topic.attributes.policy?.publicStatements ?? []) : [];
      if (statements.length === 0) return [];
      return [
        {
          target: topic,
          message: `The access policy of SNS topic ${topic.id} allows public access: ${statements.map(describePublicStatement).join('; ')}.`,
          evidence: { publicStatements: statements },
        },
      ];
    }),
);

export const topicUnencrypted = defineRule(
  {
    id: 'sns.topic-unencrypted',
    title: 'SNS topic is not encrypted with a KMS key',
    severity: 'low',
    category: 'security',
    resourceType: 'sns:topic',
    reads: ['sns:topic'],
    description:
      'The topic has no server-side encryption key (KmsMasterKeyId): SNS keeps its messages with its own disk encryption only. Security Hub’s SNS.1 checks the same, but it is not a control of the Foundational Security Best Practices standard (not in its table), so it is not cited.',
    risk: 'Access to the messages held for delivery rests on the topic policy alone: no KMS key policy stands in between, and no CloudTrail record shows the key being used.',
    remediation: {
      text: 'Turn on server-side encryption with a KMS key (alias/aws/sns, or a customer managed key whose policy lets the publishing services use it).',
      cli: 'aws sns set-topic-attributes --region {region} --topic-arn {arn} --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
      console: `${CONSOLE} > Edit > Encryption`,
    },
    references: { docs: [`${DOCS}/sns-server-side-encryption.html`] },
  },
  (ctx) =>
    ctx
      .resources('sns:topic')
      .filter((t) => ctx.known(t, 'kmsMasterKeyId') && t.attributes.kmsMasterKeyId === null)
      .map((t) => ({
        target: t,
        message: `SNS topic ${t.id} is not encrypted with a KMS key.`,
        evidence: { kmsMasterKeyId: null },
      })),
);
