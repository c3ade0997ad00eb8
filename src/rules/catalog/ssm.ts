import { defineRule, type RuleHit } from '../model.js';

const DOCS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide';

export const parameterSecretInPlaintext = defineRule(
  {
    id: 'ssm.parameter-secret-in-plaintext',
    title: 'SSM parameter holds a secret as plain String',
    severity: 'high',
    category: 'security',
    resourceType: 'ssm:parameter',
    reads: ['ssm:parameter'],
    description:
      'A String or StringList parameter holds what looks like a secret: its value matches a known key format (AWS access key, private key, Stripe, GitHub or Slack token, JWT, credentials in a URL) or is a long random value, as detected for Lambda environment variables, or its name says it holds one (`/prod/db/password`) and its value is not a reference, placeholder, number or boolean. Values are read (never SecureString ones, never decrypted), judged in memory and dropped: only the kinds found are kept. Medium when only the name points at a secret and the value could not be read.',
    risk: 'Anyone with ssm:GetParameter* (broadly granted to developers, CI and instance roles, and logged in plain text by tools that print parameters) reads the secret; no KMS key policy stands in the way, and CloudTrail does not tell a read of a secret from any other.',
    remediation: {
      text: "Rotate the secret (anyone with ssm:GetParameter* could read it), store the new one as a SecureString parameter (with a KMS key whose policy limits who decrypts) or in Secrets Manager, point readers at it, then delete the String parameter: overwriting it would keep the old value in the parameter's history.",
      console:
        'AWS Systems Manager console > Parameter Store > the parameter > Delete, then Create parameter with type SecureString',
    },
    references: { docs: [`${DOCS}/systems-manager-parameter-store.html`] },
  },
  (ctx) =>
    ctx.resources('ssm:parameter').flatMap((parameter): RuleHit[] => {
      const { parameterType, secretName, valueSecretKinds } = parameter.attributes;
      if (parameterType === 'SecureString') return [];
      const kinds = ctx.known(parameter, 'valueSecretKinds') ? (valueSecretKinds ?? []) : [];
      const valueRead = ctx.known(parameter, 'valueSecretKinds') && valueSecretKinds !== null;
      if (kinds.length === 0 && !secretName) return [];
      return [
        {
          target: parameter,
          message:
            kinds.length > 0
              ? `SSM parameter ${parameter.id} (${parameterType}) holds a secret in plain text: ${kinds.join(', ')}.`
              : `SSM parameter ${parameter.id} (${parameterType}) is named like a secret and stored in plain text.`,
          severity: kinds.length > 0 || valueRead ? 'high' : 'medium',
          evidence: { parameterType, secretKinds: kinds, secretName, valueRead },
        },
      ];
    }),
);

export const documentPublic = defineRule(
  {
    id: 'ssm.document-public',
    title: 'SSM document is shared with everyone',
    severity: 'critical',
    category: 'security',
    resourceType: 'ssm:document',
    reads: ['ssm:document'],
    description:
      'A Systems Manager document the account owns is shared publicly: its Share permission lists `all` (FSBP SSM.4). Any AWS account can read and run it.',
    risk: 'Documents carry scripts, parameters, internal host names, bucket names and sometimes credentials; public ones are indexed and read by anyone with an AWS account.',
    remediation: {
      text: 'Stop sharing the document publicly; share it with named accounts or your organization if others need it, and turn on block public sharing in every region.',
      cli: 'aws ssm modify-document-permission --region {region} --name {name} --permission-type Share --account-ids-to-remove all',
      console: 'AWS Systems Manager console > Documents > Owned by me > the document > Permissions',
    },
    references: { fsbp: ['SSM.4'], docs: [`${DOCS}/documents-ssm-sharing.html`] },
  },
  (ctx) =>
    ctx
      .resources('ssm:document')
      .filter((d) => ctx.known(d, 'public') && d.attributes.public === true)
      .map((document) => ({
        target: document,
        message: `SSM document ${document.id} is shared with every AWS account.`,
        evidence: { public: true, documentType: document.attributes.documentType },
      })),
);

export const publicSharingNotBlocked = defineRule(
  {
    id: 'ssm.public-sharing-not-blocked',
    title: 'SSM block public sharing for documents is off in the region',
    severity: 'medium',
    category: 'security',
    resourceType: 'ssm:region-settings',
    reads: ['ssm:region-settings'],
    description:
      "The region's Systems Manager setting /ssm/documents/console/public-sharing-permission is Enable (AWS's default): documents can be shared with everyone (FSBP SSM.7). Documents already public are reported by ssm.document-public.",
    risk: 'One modify-document-permission call, by mistake or by an attacker, publishes a document and what it contains to every AWS account.',
    remediation: {
      text: 'Turn on block public sharing in every region you use (it does not unshare documents already public).',
      cli: 'aws ssm update-service-setting --region {region} --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
      console: 'AWS Systems Manager console > Documents > Preferences > Block public sharing',
    },
    references: { fsbp: ['SSM.7'], docs: [`${DOCS}/documents-ssm-sharing.html#block-public-access`] },
  },
  (ctx) =>
    ctx
      .resources('ssm:region-settings')
      .filter(
        (s) =>
          ctx.known(s, 'documentPublicSharingBlocked') && s.attributes.documentPublicSharingBlocked === false,
      )
      .map((settings) => ({
        target: settings,
        message: `Block public sharing for SSM documents is off in ${settings.region}.`,
        evidence: { documentPublicSharingBlocked: false },
      })),
);

export const instanceNotManaged = defineRule(
  {
    id: 'ssm.instance-not-managed',
    title: 'EC2 instance is not managed by Systems Manager',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance', 'ssm:managed-instance'],
    description:
      'A running EC2 instance is not among the nodes Systems Manager manages in its region (DescribeInstanceInformation): no SSM Agent registered, no instance profile with AmazonSSMManagedInstanceCore, or no route to the SSM endpoints (FSBP SSM.1). Judged only where both the instances and the managed nodes were listed.',
    risk: 'The instance cannot be patched, inventoried or reached with Session Manager; people fall back to SSH keys and open port 22, and nobody can tell which fixes it lacks.',
    remediation: {
      text: 'Attach an instance profile with the AmazonSSMManagedInstanceCore policy (or turn on Default Host Management Configuration), make sure the SSM Agent runs and can reach the SSM endpoints (NAT or VPC endpoints), then check the node appears in Fleet Manager.',
      console:
        'AWS Systems Manager console > Fleet Manager (or Quick Setup > Default Host Management Configuration)',
    },
    references: { fsbp: ['SSM.1'], docs: [`${DOCS}/managed_instances.html`] },
  },
  (ctx) => {
    const managed = new Set(
      ctx.resources('ssm:managed-instance').map((n) => `${n.account}|${n.region}|${n.id}`),
    );
    return ctx
      .resources('ec2:instance')
      .filter((i) => i.state === 'running' && !managed.has(`${i.account}|${i.region}|${i.id}`))
      .map((instance) => ({
        target: instance,
        message: `EC2 instance ${instance.id} is running but not managed by Systems Manager.`,
        evidence: { state: instance.state, iamInstanceProfileArn: instance.attributes.iamInstanceProfileArn },
      }));
  },
);
