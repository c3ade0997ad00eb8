import { actionMatches } from '../../policy/index.js';
import { defineRule, type RuleHit } from '../model.js';

const DOCS = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';

export const repositoryScanOnPushOff = defineRule(
  {
    id: 'ecr.repository-scan-on-push-off',
    title: 'ECR repository images are not scanned for vulnerabilities automatically',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description:
      "A private repository is scanned neither on push nor continuously: no registry scanning rule matches it (basic or enhanced) and, with basic scanning, its own scan-on-push flag is off. With enhanced scanning the repository's own flag does not count, since Amazon Inspector then scans only what the registry rules match.",
    risk: 'Images with known vulnerabilities (a vulnerable OpenSSL, a compromised base image) are pushed and deployed without anyone being told.',
    remediation: {
      text: 'Add a registry scanning rule (basic scan on push, or enhanced continuous scanning with Amazon Inspector) whose filter covers the repository, or with basic scanning turn on scan on push for it.',
      cli: 'aws ecr put-image-scanning-configuration --region {region} --repository-name {name} --image-scanning-configuration scanOnPush=true',
      console: 'Amazon ECR console > Private registry > Settings > Scanning > scan filters',
    },
    references: { fsbp: ['ECR.1'], docs: [`${DOCS}/image-scanning.html`] },
  },
  (ctx) =>
    ctx
      .resources('ecr:repository')
      .filter((r) => ctx.known(r, 'scanning') && r.attributes.scanning?.frequency === 'MANUAL')
      .map((repo) => ({
        target: repo,
        message: `ECR repository ${repo.id} is scanned neither on push nor continuously (registry scan type ${repo.attributes.scanning?.registryScanType ?? 'BASIC'}).`,
        evidence: { scanning: repo.attributes.scanning, scanOnPush: repo.attributes.scanOnPush },
      })),
);

export const repositoryTagsMutable = defineRule(
  {
    id: 'ecr.repository-tags-mutable',
    title: 'ECR repository lets image tags be overwritten',
    severity: 'low',
    category: 'security',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description:
      "A private repository's tag mutability is not IMMUTABLE (MUTABLE, or one of the *_WITH_EXCLUSION settings, which leave some tags mutable): pushing an image with an existing tag moves the tag to the new image.",
    risk: 'Whoever can push can silently replace what `v1.4.2` (or `prod`) points at: deployments pull a different image than the one reviewed and scanned, and a rollback to a tag may not roll back.',
    remediation: {
      text: 'Set tag immutability to IMMUTABLE, and deploy by immutable tags or image digests.',
      cli: 'aws ecr put-image-tag-mutability --region {region} --repository-name {name} --image-tag-mutability IMMUTABLE',
      console: 'Amazon ECR console > Repositories > the repository > Edit > Tag immutability',
    },
    references: { fsbp: ['ECR.2'], docs: [`${DOCS}/image-tag-mutability.html`] },
  },
  (ctx) =>
    ctx
      .resources('ecr:repository')
      .filter(
        (r) =>
          ctx.known(r, 'tagMutability') &&
          r.attributes.tagMutability !== null &&
          r.attributes.tagMutability !== 'IMMUTABLE',
      )
      .map((repo) => ({
        target: repo,
        message: `ECR repository ${repo.id} has tag mutability ${repo.attributes.tagMutability}: existing tags can be moved to other images.`,
        evidence: { tagMutability: repo.attributes.tagMutability },
      })),
);

export const repositoryNoLifecyclePolicy = defineRule(
  {
    id: 'ecr.repository-no-lifecycle-policy',
    title: 'ECR repository has no lifecycle policy',
    severity: 'low',
    category: 'cost',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description:
      'A repository has no lifecycle policy: every image ever pushed is kept (and billed) until someone deletes it.',
    risk: 'Storage grows with every build (ECR bills each GB-month stored), and old images with known vulnerabilities stay available to deploy.',
    remediation: {
      text: 'Add a lifecycle policy that expires untagged images after some days and keeps the last N tagged ones; preview it first.',
      cli: `aws ecr put-lifecycle-policy --region {region} --repository-name {name} --lifecycle-policy-text '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}'`,
      console: 'Amazon ECR console > Repositories > the repository > Lifecycle Policy > Create rule',
    },
    references: { fsbp: ['ECR.3'], docs: [`${DOCS}/LifecyclePolicies.html`] },
  },
  (ctx) =>
    ctx
      .resources('ecr:repository')
      .filter((r) => ctx.known(r, 'lifecyclePolicy') && !r.attributes.lifecyclePolicy)
      .map((repo) => ({
        target: repo,
        message: `ECR repository ${repo.id} has no lifecycle policy: every image pushed is kept and billed.`,
        evidence: { lifecyclePolicy: false },
      })),
);

/** Actions that change a repository's content or settings: anyone granted one can push or destroy. */
const WRITE_ACTIONS = [
  'ecr:PutImage',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:BatchDeleteImage',
  'ecr:DeleteRepository',
  'ecr:SetRepositoryPolicy',
  'ecr:DeleteRepositoryPolicy',
  'ecr:PutLifecyclePolicy',
  'ecr:DeleteLifecyclePolicy',
  'ecr:PutImageTagMutability',
  'ecr:PutImageScanningConfiguration',
  'ecr:TagResource',
  'ecr:UntagResource',
];

const writes = (actions: readonly string[]) =>
  WRITE_ACTIONS.filter((action) => actions.some((pattern) => actionMatches(pattern, action)));

export const repositoryPolicyPublic = defineRule(
  {
    id: 'ecr.repository-policy-public',
    title: 'ECR repository policy lets anyone pull or push',
    severity: 'high',
    category: 'security',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description:
      'The repository policy has an Allow statement for Principal `*` (or NotPrincipal) with no condition restricting the caller (source account, organization, VPC, IP...). Critical when it grants an action that pushes, deletes or changes the repository; high when it only lets anyone with an AWS account pull its images.',
    risk: 'Pull: anyone can download the images, and with them the code, baked-in configuration and any secret left in a layer. Push: anyone can replace images your services deploy, running their code in your account.',
    remediation: {
      text: 'Restrict the statement to the accounts or organization that need it (Principal with account ARNs, or a condition on aws:PrincipalOrgID); use ECR Public for images meant for everyone.',
      cli: 'aws ecr get-repository-policy --region {region} --repository-name {name}',
      console: 'Amazon ECR console > Repositories > the repository > Permissions > Edit policy JSON',
    },
    references: { docs: [`${DOCS}/repository-policies.html`] },
  },
  (ctx) =>
    ctx
      .resources('ecr:repository')
      .filter((r) => ctx.known(r, 'policy') && (r.attributes.policy?.publicStatements.length ?? 0) > 0)
      .map((repo): RuleHit => {
        const statements = repo.attributes.policy?.publicStatements ?? [];
        const granted = writes(statements.flatMap((s) => s.actions));
        return {
          target: repo,
          message:
            granted.length > 0
              ? `The policy of ECR repository ${repo.id} lets anyone change it (${granted.join(', ')}).`
              : `The policy of ECR repository ${repo.id} lets anyone pull its images.`,
          severity: granted.length > 0 ? 'critical' : 'high',
          evidence: { publicStatements: statements, writeActions: granted },
        };
      }),
);
