import { allowsAction, allowsEverything, matchesAction } from './actions.js';
import { labelOf, statementsOf, type Statement } from './document.js';
import { isBroadResource } from './grants.js';
import { wildcardMatcher } from './wildcard.js';

/**
 * Known ways an IAM identity can give itself more permissions than it has (Rhino Security Labs'
 * list, as Prowler's iam_policy_allows_privilege_escalation uses it). `who` says which identities a
 * path raises: a user in a group gains from rewriting the group; a role from rewriting itself.
 */
export interface EscalationPath {
  id: string;
  actions: readonly string[];
  who: 'user' | 'role' | 'any';
  how: string;
}

const PASS = 'iam:PassRole';
export const ESCALATION_PATHS: readonly EscalationPath[] = [
  {
    id: 'CreatePolicyVersion',
    actions: ['iam:CreatePolicyVersion'],
    who: 'any',
    how: 'rewrite a customer-managed policy it holds as a new default version',
  },
  {
    id: 'SetDefaultPolicyVersion',
    actions: ['iam:SetDefaultPolicyVersion'],
    who: 'any',
    how: 'make a broader earlier version of a policy it holds the default',
  },
  {
    id: 'CreateAccessKey',
    actions: ['iam:CreateAccessKey'],
    who: 'any',
    how: "create access keys for another user, an administrator's included",
  },
  {
    id: 'CreateLoginProfile',
    actions: ['iam:CreateLoginProfile'],
    who: 'any',
    how: 'give another user a console password and sign in as them',
  },
  {
    id: 'UpdateLoginProfile',
    actions: ['iam:UpdateLoginProfile'],
    who: 'any',
    how: "change another user's console password and sign in as them",
  },
  {
    id: 'AttachUserPolicy',
    actions: ['iam:AttachUserPolicy'],
    who: 'user',
    how: 'attach AdministratorAccess to itself',
  },
  {
    id: 'PutUserPolicy',
    actions: ['iam:PutUserPolicy'],
    who: 'user',
    how: 'write itself an inline policy allowing everything',
  },
  {
    id: 'AttachGroupPolicy',
    actions: ['iam:AttachGroupPolicy'],
    who: 'user',
    how: 'attach AdministratorAccess to its group',
  },
  {
    id: 'PutGroupPolicy',
    actions: ['iam:PutGroupPolicy'],
    who: 'user',
    how: 'write its group an inline policy allowing everything',
  },
  {
    id: 'AddUserToGroup',
    actions: ['iam:AddUserToGroup'],
    who: 'user',
    how: 'add itself to an administrators group',
  },
  {
    id: 'AttachRolePolicy',
    actions: ['iam:AttachRolePolicy'],
    who: 'role',
    how: 'attach AdministratorAccess to itself',
  },
  {
    id: 'PutRolePolicy',
    actions: ['iam:PutRolePolicy'],
    who: 'role',
    how: 'write itself an inline policy allowing everything',
  },
  {
    id: 'AttachRolePolicy+AssumeRole',
    actions: ['iam:AttachRolePolicy', 'sts:AssumeRole'],
    who: 'user',
    how: 'attach AdministratorAccess to a role it can assume',
  },
  {
    id: 'PutRolePolicy+AssumeRole',
    actions: ['iam:PutRolePolicy', 'sts:AssumeRole'],
    who: 'user',
    how: 'write an allow-everything policy into a role it can assume',
  },
  {
    id: 'UpdateAssumeRolePolicy+AssumeRole',
    actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
    who: 'any',
    how: "rewrite an administrator role's trust policy to trust itself, then assume it",
  },
  {
    id: 'PassRole+EC2',
    actions: [PASS, 'ec2:RunInstances'],
    who: 'any',
    how: 'launch an instance with a more privileged role and use its credentials',
  },
  {
    id: 'PassRole+Lambda+Invoke',
    actions: [PASS, 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    who: 'any',
    how: 'create and invoke a function running with a more privileged role',
  },
  {
    id: 'PassRole+Lambda+EventSourceMapping',
    actions: [PASS, 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    who: 'any',
    how: 'create a function with a more privileged role and trigger it from an event source',
  },
  {
    id: 'PassRole+CloudFormation',
    actions: [PASS, 'cloudformation:CreateStack'],
    who: 'any',
    how: 'create a stack that runs with a more privileged role',
  },
  {
    id: 'PassRole+GlueDevEndpoint',
    actions: [PASS, 'glue:CreateDevEndpoint'],
    who: 'any',
    how: 'create a Glue development endpoint with a more privileged role and log in to it',
  },
  {
    id: 'PassRole+DataPipeline',
    actions: [
      PASS,
      'datapipeline:CreatePipeline',
      'datapipeline:PutPipelineDefinition',
      'datapipeline:ActivatePipeline',
    ],
    who: 'any',
    how: 'run a pipeline with a more privileged role',
  },
  {
    id: 'PassRole+CodeBuild',
    actions: [PASS, 'codebuild:CreateProject', 'codebuild:StartBuild'],
    who: 'any',
    how: 'run a build with a more privileged role',
  },
  {
    id: 'PassRole+SageMakerNotebook',
    actions: [PASS, 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
    who: 'any',
    how: 'open a notebook running with a more privileged role',
  },
  {
    id: 'UpdateGlueDevEndpoint',
    actions: ['glue:UpdateDevEndpoint'],
    who: 'any',
    how: "add its SSH key to an existing Glue development endpoint and use the endpoint's role",
  },
  {
    id: 'UpdateFunctionCode',
    actions: ['lambda:UpdateFunctionCode'],
    who: 'any',
    how: "replace an existing function's code and act with the function's role",
  },
];

/** The resource type (`role/`, `user/`...) an IAM action acts on, where it matters for breadth. */
const IAM_RESOURCE_TYPE: Readonly<Record<string, string>> = {
  'iam:createpolicyversion': 'policy',
  'iam:setdefaultpolicyversion': 'policy',
  'iam:createaccesskey': 'user',
  'iam:createloginprofile': 'user',
  'iam:updateloginprofile': 'user',
  'iam:attachuserpolicy': 'user',
  'iam:putuserpolicy': 'user',
  'iam:attachgrouppolicy': 'group',
  'iam:putgrouppolicy': 'group',
  'iam:addusertogroup': 'group',
  'iam:attachrolepolicy': 'role',
  'iam:putrolepolicy': 'role',
  'iam:updateassumerolepolicy': 'role',
  'iam:passrole': 'role',
  'sts:assumerole': 'role',
};

/**
 * Whether a Resource entry covers the action's resources broadly: `*`, or an ARN of the action's
 * service whose resource part is a bare wildcard (`role/*`, `function:*`). A Resource naming one
 * role, or the caller's own user (`user/${aws:username}`), is not broad: it is no escalation.
 */
export function coversBroadly(resource: string, action: string): boolean {
  if (resource === '*') return true;
  if (!isBroadResource(resource)) return false;
  const [, , service = '', , , ...rest] = resource.split(':');
  const actionService = action.split(':')[0] ?? '';
  // sts:AssumeRole acts on IAM roles.
  const owner = actionService === 'sts' ? 'iam' : actionService;
  if (!wildcardMatcher(service, { ignoreCase: true })(owner)) return false;
  const type = IAM_RESOURCE_TYPE[action.toLowerCase()];
  const part = rest.join(':');
  return type === undefined || part.startsWith('*') || part.toLowerCase().startsWith(`${type}/`);
}

/** A statement's Resource covers the action broadly; NotResource always does (everything but some). */
const broadFor = (statement: Statement, action: string) =>
  statement.notResource !== null || (statement.resource ?? []).some((r) => coversBroadly(r, action));

/** Whether a Deny statement matches the action, whatever its resources and conditions (conservative). */
function deniesAction(statement: Statement, action: string): boolean {
  return statement.effect === 'Deny' && matchesAction(statement, action) && broadFor(statement, action);
}

/** A policy document with the name messages give it. */
export interface NamedDocument {
  name: string;
  document: unknown;
}

/** Where an action is allowed: the policy and statement label. */
export interface Grant {
  action: string;
  policy: string;
  statement: string;
}

/**
 * Where the documents allow the action on broad resources without a condition (a condition such as
 * iam:PassedToService or iam:PermissionsBoundary may well be what keeps it safe: not judged), unless
 * a Deny in any of them matches it on broad resources (with or without a condition). Null when not.
 */
export function broadGrant(documents: readonly NamedDocument[], action: string): Grant | null {
  const statements = documents.flatMap((d) => statementsOf(d.document).map((s) => ({ policy: d.name, s })));
  if (statements.some(({ s }) => deniesAction(s, action))) return null;
  const found = statements.find(
    ({ s }) => s.condition.length === 0 && allowsAction(s, action) && broadFor(s, action),
  );
  return found ? { action, policy: found.policy, statement: labelOf(found.s) } : null;
}

/** Whether any of the documents allows every action on every resource. */
export const anyAllowsEverything = (documents: readonly NamedDocument[]) =>
  documents.some((d) => statementsOf(d.document).some(allowsEverything));

/**
 * The escalation paths the documents open for an identity of this kind, each with where its
 * actions are granted; a permissions boundary, when given, must allow every action too.
 */
export function escalationPaths(
  kind: 'user' | 'role',
  documents: readonly NamedDocument[],
  boundary: readonly NamedDocument[] | null,
): { path: EscalationPath; grants: Grant[] }[] {
  return ESCALATION_PATHS.filter((p) => p.who === 'any' || p.who === kind).flatMap((path) => {
    const grants = path.actions.map((action) => broadGrant(documents, action));
    if (grants.some((g) => g === null)) return [];
    if (boundary && path.actions.some((action) => broadGrant(boundary, action) === null)) return [];
    return [{ path, grants: grants.filter((g): g is Grant => g !== null) }];
  });
}
