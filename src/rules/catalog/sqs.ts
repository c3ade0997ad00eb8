import { defineRule } from '../model.js';
import { PUBLIC_POLICY_DEVIATION, describePublicStatement } from '../public-policy.js';

const DOCS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide';
const CONSOLE = 'SQS console > Queues > the queue';

export const queuePolicyPublic = defineRule(
  {
    id: 'sqs.queue-policy-public',
    title: 'SQS queue access policy allows public access',
    severity: 'critical',
    category: 'security',
    resourceType: 'sqs:queue',
    reads: ['sqs:queue'],
    description:
      'The queue\'s access policy has an Allow statement for any principal (`*`, `{"AWS": "*"}` or NotPrincipal) that no condition limits to specific accounts, sources, organizations or networks. Queues whose policy could not be read are not judged.',
    risk: 'Anyone with an AWS account can do what the statement allows: receive and delete messages (data theft, lost work), send forged messages to the consumers, or change the queue.',
    remediation: {
      text: 'Replace the `*` principal with the accounts or services that need the queue, or add a condition such as aws:SourceArn (the SNS topic or bucket that sends), aws:SourceAccount or aws:PrincipalOrgID.',
      cli: 'aws sqs get-queue-attributes --region {region} --queue-url $(aws sqs get-queue-url --region {region} --queue-name {name} --query QueueUrl --output text) --attribute-names Policy',
      console: `${CONSOLE} > Access policy > Edit`,
    },
    references: {
      fsbp: ['SQS.3'],
      docs: [`${DOCS}/sqs-creating-custom-policies.html`],
    },
    deviations: { 'FSBP SQS.3': PUBLIC_POLICY_DEVIATION },
  },
  (ctx) =>
    ctx.resources('sqs:queue').flatMap((queue) => {
      const statements = ctx.known(queue, 'policy') ? (queue.attributes.policy?.publicStatements ?? []) : [];
      if (statements.length === 0) return [];
      return [
        {
          target: queue,
          message: `The access policy of SQS queue ${queue.id} allows public access: ${statements.map(describePublicStatement).join('; ')}.`,
          evidence: { publicStatements: statements },
        },
      ];
    }),
);

export const queueUnencrypted = defineRule(
  {
    id: 'sqs.queue-unencrypted',
    title: 'SQS queue is not encrypted at rest',
    severity: 'medium',
    category: 'security',
    resourceType: 'sqs:queue',
    reads: ['sqs:queue'],
    description:
      'The queue uses neither SSE-SQS (keys SQS manages) nor SSE-KMS (a KMS key): either passes. Judged only where both were read.',
    risk: 'Messages at rest are not encrypted by server-side encryption: their contents are protected by the queue policy alone.',
    remediation: {
      text: 'Turn on SSE-SQS (no key to manage, no cost), or SSE-KMS with a key whose policy lets the producers use it.',
      cli: 'aws sqs set-queue-attributes --region {region} --queue-url $(aws sqs get-queue-url --region {region} --queue-name {name} --query QueueUrl --output text) --attributes SqsManagedSseEnabled=true',
      console: `${CONSOLE} > Edit > Encryption`,
    },
    references: { fsbp: ['SQS.1'], docs: [`${DOCS}/sqs-server-side-encryption.html`] },
  },
  (ctx) =>
    ctx
      .resources('sqs:queue')
      .filter(
        (q) =>
          ctx.known(q, 'kmsMasterKeyId', 'sqsManagedSse') &&
          q.attributes.kmsMasterKeyId === null &&
          !q.attributes.sqsManagedSse,
      )
      .map((q) => ({
        target: q,
        message: `SQS queue ${q.id} is not encrypted at rest (neither SSE-SQS nor SSE-KMS).`,
        evidence: { kmsMasterKeyId: null, sqsManagedSse: false },
      })),
);
