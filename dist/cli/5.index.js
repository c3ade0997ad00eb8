export const id = 5;
export const ids = [5];
export const modules = {

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GE: () => (/* reexport */ actionMatches),
  NA: () => (/* reexport */ allowsAction),
  qd: () => (/* reexport */ allowsEverything),
  uj: () => (/* reexport */ anyAllowsEverything),
  _C: () => (/* reexport */ conditionValues),
  yr: () => (/* reexport */ decryptOnAllKeys),
  s2: () => (/* reexport */ deniesInsecureTransport),
  QR: () => (/* reexport */ escalationPaths),
  rl: () => (/* reexport */ wildcard/* hasWildcard */.r),
  Wy: () => (/* reexport */ labelOf),
  dL: () => (/* reexport */ oidcTrusts),
  X: () => (/* reexport */ parsePolicyDocument),
  Qg: () => (/* reexport */ publicStatements),
  ok: () => (/* reexport */ statementWithSid),
  GX: () => (/* reexport */ statementsOf),
  MD: () => (/* reexport */ trustsOnlyServices),
  VH: () => (/* reexport */ wildcardGrant),
  pn: () => (/* reexport */ wildcard/* wildcardMatcher */.p)
});

// UNUSED EXPORTS: ESCALATION_PATHS, actionScope, actionsGranted, appliesWithoutTls, broadGrant, coversBroadly, isBroadResource, isEveryone, isPublic, matchesAction, namesOnlyServices, providerOf, restrictsCaller

;// CONCATENATED MODULE: ./src/policy/document.ts
/**
 * Policy documents (IAM identity policies, trust policies, resource policies) read into one
 * normalised statement shape, so every question asked of them reads the same fields the same way.
 * Documents come from AWS but are written by people: any element may be missing, a single value
 * instead of a list, or spelled with other capitals; nothing here throws on a malformed one.
 */
/** Parses a policy document; IAM (and some other services) return it URL-encoded. */
function parsePolicyDocument(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        // Fall through to the URL-encoded form.
    }
    let decoded;
    try {
        decoded = decodeURIComponent(text);
    }
    catch {
        throw new Error('the policy document is neither JSON nor URL-encoded JSON');
    }
    try {
        return JSON.parse(decoded);
    }
    catch {
        // The message never echoes the text: a policy can hold secrets in its conditions.
        throw new Error('the policy document is not valid JSON (also after URL-decoding)');
    }
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A policy element written as one value or an array of them. */
const list = (value) => value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
const strings = (value) => list(value).filter((v) => typeof v === 'string');
/** Element names are case-insensitive in practice (`effect`, `Effect`): the exact name first. */
function field(object, name) {
    if (name in object)
        return object[name];
    const lower = name.toLowerCase();
    const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : object[key];
}
/** A list element: null when absent, its strings otherwise (other values are dropped). */
const document_element = (statement, name) => {
    const value = field(statement, name);
    return value === undefined ? null : strings(value);
};
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
/**
 * `"*"` stays `*`; a map gets its principal types spelled as AWS documents them. Anything else
 * present (another string, a list, null) is an empty map: present, so a NotPrincipal still counts,
 * but naming nobody.
 */
function principalOf(statement, name) {
    const value = field(statement, name);
    if (value === undefined)
        return null;
    if (value === '*')
        return '*';
    if (!isObject(value))
        return {};
    const byType = {};
    for (const [key, values] of Object.entries(value)) {
        const type = PRINCIPAL_TYPES.find((t) => t.toLowerCase() === key.toLowerCase()) ?? key;
        byType[type] = [...(byType[type] ?? []), ...strings(values)];
    }
    return byType;
}
function conditionOf(statement) {
    const condition = field(statement, 'Condition');
    if (!isObject(condition))
        return [];
    return Object.entries(condition).flatMap(([operator, clauses]) => isObject(clauses)
        ? Object.entries(clauses).map(([key, values]) => ({ operator, key, values: list(values).map(String) }))
        : []);
}
function effectOf(statement) {
    const value = field(statement, 'Effect');
    if (typeof value !== 'string')
        return null;
    const lower = value.toLowerCase();
    return lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : null;
}
/** The statements of a document, normalised; none for anything that is not a policy document. */
function statementsOf(document) {
    if (!isObject(document))
        return [];
    return list(field(document, 'Statement')).flatMap((statement, index) => {
        if (!isObject(statement))
            return [];
        const sid = field(statement, 'Sid');
        return [
            {
                position: index + 1,
                sid: typeof sid === 'string' && sid !== '' ? sid : null,
                effect: effectOf(statement),
                principal: principalOf(statement, 'Principal'),
                notPrincipal: principalOf(statement, 'NotPrincipal'),
                action: document_element(statement, 'Action'),
                notAction: document_element(statement, 'NotAction'),
                resource: document_element(statement, 'Resource'),
                notResource: document_element(statement, 'NotResource'),
                condition: conditionOf(statement),
            },
        ];
    });
}
/** The Sid, or `#n` (its 1-based place) for a statement without one: what messages call it. */
const labelOf = (statement) => statement.sid ?? `#${statement.position}`;
/** The first statement with this Sid (Lambda and most services keep Sids unique). */
function statementWithSid(document, sid) {
    return sid === null ? undefined : statementsOf(document).find((s) => s.sid === sid);
}

// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
;// CONCATENATED MODULE: ./src/policy/actions.ts

/** Whether an Action pattern (`s3:Get*`, `*`) covers the action; action names ignore case. */
function actionMatches(pattern, action) {
    return (0,wildcard/* wildcardMatcher */.p)(pattern, { ignoreCase: true })(action);
}
function actionScope(pattern) {
    if (pattern === '*' || pattern === '*:*')
        return 'all';
    if (/^[A-Za-z0-9-]+:\*$/.test(pattern))
        return 'service';
    return (0,wildcard/* hasWildcard */.r)(pattern) ? 'some' : 'one';
}
/**
 * Whether a statement, Allow or Deny, is about the action: an Action pattern matches it, or
 * NotAction does not exclude it. Resources, principals and conditions are other questions.
 */
function matchesAction(statement, action) {
    if (statement.notAction !== null)
        return !statement.notAction.some((p) => actionMatches(p, action));
    return (statement.action ?? []).some((p) => actionMatches(p, action));
}
/** Whether an Allow statement grants the action (see matchesAction). */
const allowsAction = (statement, action) => statement.effect === 'Allow' && matchesAction(statement, action);
/**
 * The Action patterns a statement grants, unique and sorted; `*` for a NotAction statement, which
 * grants everything but a few actions.
 */
function actionsGranted(statement) {
    return statement.notAction !== null ? ['*'] : [...new Set(statement.action ?? [])].sort();
}
/** An Allow of Action `*` on Resource `*`: every action on everything. */
const allowsEverything = (statement) => statement.effect === 'Allow' &&
    (statement.action ?? []).some((p) => actionScope(p) === 'all') &&
    (statement.resource ?? []).includes('*');

;// CONCATENATED MODULE: ./src/policy/conditions.ts
/** Condition keys that tie a request to specific accounts, organizations, sources or networks. */
const RESTRICTING_KEYS = new Set([
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:userid',
    'aws:SourceIp',
    // KMS key policies give `*` to the account's own principals with kms:CallerAccount.
    'kms:CallerAccount',
].map((k) => k.toLowerCase()));
/** Operators that only let requests through when the key matches the given values. */
const POSITIVE_OPERATORS = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike', 'IpAddress', 'Bool'].map((o) => o.toLowerCase()));
const OPEN_NETWORKS = new Set(['0.0.0.0/0', '::/0']);
/** `*`, `?`, `*?*`...: matches anything under the Like operators. */
const isWildcardOnly = (value) => /^[*?]*$/.test(value.trim());
function restrictsOperator(operator) {
    const lower = operator.toLowerCase();
    // ForAllValues: is true when the request has no value for the key at all (an anonymous caller has
    // no aws:PrincipalOrgID), and ...IfExists passes requests without the key: neither keeps anyone out.
    if (lower.startsWith('forallvalues:'))
        return false;
    const base = lower.replace(/^foranyvalue:/, '');
    return POSITIVE_OPERATORS.has(base) && !base.endsWith('ifexists');
}
function restrictsKey({ key, values }) {
    const lowerKey = key.toLowerCase();
    if (!RESTRICTING_KEYS.has(lowerKey))
        return false;
    if (values.length === 0 || values.some(isWildcardOnly))
        return false;
    if (lowerKey === 'aws:sourceip' && values.some((v) => OPEN_NETWORKS.has(v.trim())))
        return false;
    return true;
}
/** Whether a statement's Condition limits who can use it to specific accounts, sources or networks. */
const restrictsCaller = (statement) => statement.condition.some((clause) => restrictsOperator(clause.operator) && restrictsKey(clause));
/** The values of one condition key under any operator (keys ignore case), as written. */
function conditionValues(statement, key) {
    const lower = key.toLowerCase();
    return statement.condition.filter((c) => c.key.toLowerCase() === lower).flatMap((c) => c.values);
}
const isFalse = (value) => value.trim().toLowerCase() === 'false';
/** A `Bool`/`BoolIfExists` `aws:SecureTransport` = false condition: the statement applies to plain HTTP. */
const appliesWithoutTls = (statement) => statement.condition.some(({ operator, key, values }) => ['bool', 'boolifexists'].includes(operator.toLowerCase()) &&
    key.toLowerCase() === 'aws:securetransport' &&
    values.some(isFalse));

;// CONCATENATED MODULE: ./src/policy/principals.ts

/** `"*"`, `{"AWS": "*"}` or an AWS list holding `*`: every principal, signed in or not. */
function isEveryone(principal) {
    return principal === '*' || (principal?.AWS ?? []).includes('*');
}
/** A principal that names AWS services and nothing else (no account, user, federation or anyone). */
function namesOnlyServices(principal) {
    if (principal === null || principal === '*')
        return false;
    const types = Object.keys(principal);
    return types.length > 0 && types.every((type) => type === 'Service');
}
/**
 * Whether only AWS services may assume a role with this trust policy: it has Allow statements, and
 * each names only service principals (NotPrincipal would let in everyone else).
 */
function trustsOnlyServices(document) {
    const allows = statementsOf(document).filter((s) => s.effect === 'Allow');
    return allows.length > 0 && allows.every((s) => s.notPrincipal === null && namesOnlyServices(s.principal));
}

;// CONCATENATED MODULE: ./src/policy/public.ts




/**
 * An Allow open to anyone: Principal `*` (or `{"AWS": "*"}`) or NotPrincipal, with no condition on
 * a key that restricts the caller (source account/ARN/VPC/IP, organization, principal).
 */
const isPublic = (statement) => statement.effect === 'Allow' &&
    (statement.notPrincipal !== null || isEveryone(statement.principal)) &&
    !restrictsCaller(statement);
/** The public statements of a resource policy (bucket, function, topic, queue, key, repository...). */
function publicStatements(document) {
    return statementsOf(document)
        .filter(isPublic)
        .map((statement) => ({
        sid: statement.sid,
        actions: actionsGranted(statement),
        principal: statement.notPrincipal !== null ? 'NotPrincipal' : '*',
    }));
}
/**
 * Whether the policy denies every caller (Principal `*` or `{"AWS": "*"}`) every action of the
 * service (`s3:*` or `*`) over plain HTTP: a Deny with `Bool`/`BoolIfExists` `aws:SecureTransport` = false.
 */
function deniesInsecureTransport(document, service) {
    const everyAction = new Set(['*', `${service.toLowerCase()}:*`]);
    return statementsOf(document).some((s) => s.effect === 'Deny' &&
        isEveryone(s.principal) &&
        (s.action ?? []).some((a) => everyAction.has(a.toLowerCase())) &&
        appliesWithoutTls(s));
}

;// CONCATENATED MODULE: ./src/policy/grants.ts


/**
 * A Resource that names every resource of its kind: `*`, or an ARN whose resource part is a bare
 * wildcard, optionally after a resource type (`table/*`, `function:*`, `role/*`). S3 ARNs have no
 * resource type (`arn:aws:s3:::bucket/key`), so there only a leading wildcard counts.
 */
function isBroadResource(resource) {
    if (resource === '*')
        return true;
    const parts = resource.split(':');
    if (parts[0] !== 'arn' || parts.length < 6)
        return false;
    const resourcePart = parts.slice(5).join(':');
    if (parts[2] === 's3')
        return resourcePart.startsWith('*');
    return /^(?:[A-Za-z][A-Za-z0-9-]*[/:])?\*(?:[/:].*)?$/.test(resourcePart);
}
/**
 * The wildcard grant of a statement; null for a Deny, for named actions and prefixes (`s3:Get*`),
 * and for `*` on `*`, which allowsEverything answers.
 */
function wildcardGrant(statement) {
    if (statement.effect !== 'Allow' || allowsEverything(statement))
        return null;
    const resourcesExcluded = statement.notResource !== null;
    const resources = [...(statement.notResource ?? statement.resource ?? [])];
    const broad = resourcesExcluded || resources.some(isBroadResource);
    const base = { statement: labelOf(statement), resources, resourcesExcluded, broad };
    if (statement.notAction !== null)
        return { ...base, kind: 'not-action', actions: [...statement.notAction] };
    const actions = statement.action ?? [];
    const all = actions.filter((a) => actionScope(a) === 'all');
    if (all.length > 0)
        return { ...base, kind: 'all-actions', actions: all };
    const services = actions.filter((a) => actionScope(a) === 'service');
    return services.length > 0 ? { ...base, kind: 'service-wildcard', actions: services } : null;
}

;// CONCATENATED MODULE: ./src/policy/escalation.ts




const PASS = 'iam:PassRole';
const ESCALATION_PATHS = [
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
const IAM_RESOURCE_TYPE = {
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
function coversBroadly(resource, action) {
    if (resource === '*')
        return true;
    if (!isBroadResource(resource))
        return false;
    const [, , service = '', , , ...rest] = resource.split(':');
    const actionService = action.split(':')[0] ?? '';
    // sts:AssumeRole acts on IAM roles.
    const owner = actionService === 'sts' ? 'iam' : actionService;
    if (!(0,wildcard/* wildcardMatcher */.p)(service, { ignoreCase: true })(owner))
        return false;
    const type = IAM_RESOURCE_TYPE[action.toLowerCase()];
    const part = rest.join(':');
    return type === undefined || part.startsWith('*') || part.toLowerCase().startsWith(`${type}/`);
}
/** A statement's Resource covers the action broadly; NotResource always does (everything but some). */
const broadFor = (statement, action) => statement.notResource !== null || (statement.resource ?? []).some((r) => coversBroadly(r, action));
/** Whether a Deny statement matches the action, whatever its resources and conditions (conservative). */
function deniesAction(statement, action) {
    return statement.effect === 'Deny' && matchesAction(statement, action) && broadFor(statement, action);
}
/**
 * Where the documents allow the action on broad resources without a condition (a condition such as
 * iam:PassedToService or iam:PermissionsBoundary may well be what keeps it safe: not judged), unless
 * a Deny in any of them matches it on broad resources (with or without a condition). Null when not.
 */
function broadGrant(documents, action) {
    const statements = documents.flatMap((d) => statementsOf(d.document).map((s) => ({ policy: d.name, s })));
    if (statements.some(({ s }) => deniesAction(s, action)))
        return null;
    const found = statements.find(({ s }) => s.condition.length === 0 && allowsAction(s, action) && broadFor(s, action));
    return found ? { action, policy: found.policy, statement: labelOf(found.s) } : null;
}
/** Whether any of the documents allows every action on every resource. */
const anyAllowsEverything = (documents) => documents.some((d) => statementsOf(d.document).some(allowsEverything));
/**
 * The escalation paths the documents open for an identity of this kind, each with where its
 * actions are granted; a permissions boundary, when given, must allow every action too.
 */
function escalationPaths(kind, documents, boundary) {
    return ESCALATION_PATHS.filter((p) => p.who === 'any' || p.who === kind).flatMap((path) => {
        const grants = path.actions.map((action) => broadGrant(documents, action));
        if (grants.some((g) => g === null))
            return [];
        if (boundary && path.actions.some((action) => broadGrant(boundary, action) === null))
            return [];
        return [{ path, grants: grants.filter((g) => g !== null) }];
    });
}

;// CONCATENATED MODULE: ./src/policy/kms-keys.ts



/** The decryption actions FSBP KMS.1 and KMS.2 block on all keys (their blockedActionsPatterns). */
const DECRYPT_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'];
/**
 * Two keys of different accounts and regions: a Resource pattern that names both names every key
 * (`*`, `arn:aws:kms:*:*:key/*`); one that stops at an account or a region does not.
 */
const probeKeys = (partition) => [
    `arn:${partition}:kms:us-east-1:111111111111:key/00000000-0000-0000-0000-000000000000`,
    `arn:${partition}:kms:eu-west-1:222222222222:key/ffffffff-ffff-ffff-ffff-ffffffffffff`,
];
function coversEveryKey(statement, partition) {
    const keys = probeKeys(partition);
    const named = (patterns, key) => patterns.some((p) => (0,wildcard/* wildcardMatcher */.p)(p)(key));
    if (statement.notResource !== null)
        return !keys.some((key) => named(statement.notResource ?? [], key));
    return keys.every((key) => named(statement.resource ?? [], key));
}
/** An unconditional Deny of the action on every key: a conditional one leaves the Allow in force where it does not apply. */
const deniesEverywhere = (statement, action, partition) => statement.effect === 'Deny' &&
    statement.condition.length === 0 &&
    matchesAction(statement, action) &&
    coversEveryKey(statement, partition);
/**
 * The Allow statements that grant kms:Decrypt or kms:ReEncryptFrom on every KMS key, as KMS.1 and
 * KMS.2 judge them: an Allow's condition is not taken into account, and an action denied on every
 * key without a condition is not granted.
 */
function decryptOnAllKeys(document, partition) {
    const statements = statementsOf(document);
    const actions = DECRYPT_ACTIONS.filter((action) => !statements.some((s) => deniesEverywhere(s, action, partition)));
    return statements
        .filter((s) => s.effect === 'Allow' && coversEveryKey(s, partition))
        .map((s) => ({
        statement: labelOf(s),
        actions: actions.filter((action) => allowsAction(s, action)),
        conditioned: s.condition.length > 0,
    }))
        .filter((grant) => grant.actions.length > 0);
}

;// CONCATENATED MODULE: ./src/policy/oidc-trust.ts


/** Where each provider's `sub` names the owner: GitHub `repo:OWNER/REPO:...`, GitLab `project_path:GROUP/PROJECT:...`. */
const OWNER_PREFIX = {
    github: 'repo:',
    gitlab: 'project_path:',
    'terraform-cloud': 'organization:',
    // The issuer URL already names the workspace; `sub` is `{repository uuid}:{step uuid}`.
    bitbucket: null,
};
/** The provider an issuer belongs to, or null for issuers this check does not know. */
function providerOf(issuer) {
    const host = issuer.toLowerCase();
    // GitHub Enterprise Cloud with a unique issuer adds `/<enterprise>` to the host.
    if (host === 'token.actions.githubusercontent.com' ||
        host.startsWith('token.actions.githubusercontent.com/'))
        return 'github';
    if (host === 'gitlab.com')
        return 'gitlab';
    if (host === 'app.terraform.io')
        return 'terraform-cloud';
    if (/^api\.bitbucket\.org\/2\.0\/workspaces\/[^/]+\/pipelines-config\/identity\/oidc$/.test(host))
        return 'bitbucket';
    return null;
}
/** Operators that let a request through only when the claim matches a value (a missing claim fails). */
const PINNING = /^(foranyvalue:|forallvalues:)?(stringequals|stringequalsignorecase|stringlike)(ifexists)?$/;
const isWildcard = (text) => /[*?]/.test(text);
/** What one `sub` value admits under its provider's format (before the issuer's own limit). */
function reachOf(provider, value) {
    const text = value.trim();
    if (/^[*?]*$/.test(text))
        return 'any-owner';
    const prefix = OWNER_PREFIX[provider];
    // Bitbucket: `{repository uuid}:{step uuid}`, the repository first.
    if (prefix === null)
        return isWildcard(text.split(':')[0] ?? '') ? 'any-repository' : 'pinned';
    // Another claim first (a customised GitHub subject) is read as pinned unless it starts wild.
    if (!text.startsWith(prefix))
        return /^[*?]/.test(text) ? 'any-owner' : 'pinned';
    const rest = text.slice(prefix.length);
    const cut = rest.indexOf(provider === 'terraform-cloud' ? ':' : '/');
    if (cut < 0 || isWildcard(rest.slice(0, cut)))
        return 'any-owner';
    const below = rest.slice(cut + 1);
    if (provider === 'terraform-cloud') {
        const [projectKey, project, workspaceKey, workspace] = below.split(':');
        const named = projectKey === 'project' && workspaceKey === 'workspace' && project && workspace;
        return named && !isWildcard(project) && !isWildcard(workspace) ? 'pinned' : 'any-repository';
    }
    // GitHub `OWNER/REPO:...`, GitLab `GROUP/SUBGROUP/PROJECT:...`: a wildcard in the name admits repositories anyone in the owner can create.
    return isWildcard(below.split(':')[0] ?? '') ? 'any-repository' : 'pinned';
}
const RANK = { 'any-owner': 2, 'any-repository': 1, pinned: 0 };
/**
 * The narrowest reach among a statement's pinning `sub` clauses (conditions are ANDed), each clause
 * as wide as its widest value (values are ORed); `any-owner` when no clause pins `sub`.
 */
function subjectReach(provider, clauses) {
    const widest = (a, b) => (RANK[b] > RANK[a] ? b : a);
    const narrowest = (a, b) => (RANK[b] < RANK[a] ? b : a);
    const reach = clauses
        .map((clause) => clause.values.map((value) => reachOf(provider, value)).reduce(widest, 'pinned'))
        .reduce(narrowest, 'any-owner');
    // A Bitbucket issuer is one workspace's: at worst, every repository of it.
    return provider === 'bitbucket' ? narrowest(reach, 'any-repository') : reach;
}
const pinningClauses = (statement, key) => statement.condition.filter((clause) => clause.key.toLowerCase() === key.toLowerCase() &&
    PINNING.test(clause.operator.toLowerCase()) &&
    clause.values.length > 0);
/**
 * Every Allow statement of a trust policy that lets a known CI provider's OIDC tokens assume the
 * role (sts:AssumeRoleWithWebIdentity), with how far its `sub` and `aud` conditions narrow it.
 */
function oidcTrusts(document) {
    return statementsOf(document).flatMap((statement) => {
        if (statement.effect !== 'Allow' || statement.principal === null || statement.principal === '*')
            return [];
        if (!allowsAction(statement, 'sts:AssumeRoleWithWebIdentity'))
            return [];
        return (statement.principal.Federated ?? []).flatMap((federated) => {
            const issuer = federated.replace(/^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\//, '');
            const provider = providerOf(issuer);
            if (!provider)
                return [];
            const subClauses = pinningClauses(statement, `${issuer}:sub`);
            return [
                {
                    statement,
                    provider,
                    issuer,
                    subjects: subClauses.flatMap((clause) => clause.values),
                    reach: subjectReach(provider, subClauses),
                    audiences: pinningClauses(statement, `${issuer}:aud`)
                        .flatMap((clause) => clause.values)
                        .filter((value) => !isWildcard(value)),
                },
            ];
        });
    });
}

;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * The policy library: IAM and resource-policy documents read once (document.ts) and asked about
 * actions, resources, principals and conditions. A low layer: it imports nothing of the scan, the
 * rules, the findings, the configuration or the rendering, so each of them can use it.
 */












/***/ }),

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ wildcardMatcher),
/* harmony export */   r: () => (/* binding */ hasWildcard)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Wildcard patterns as IAM writes them in actions and resources, and as the configuration names
 * rules, ARNs and regions: `*` is any run of characters (`/` included, the empty run too), `?` is
 * one character, everything else is literal.
 *
 * picomatch matches paths, and no option turns that off: its `*` and `?` stop at `/`, `*` matches
 * neither an empty name nor `.`, and `\`, parentheses, `|`, brackets, braces and a leading `!` are
 * syntax. So both sides are matched with `/` and `\` swapped for private-use characters (no name,
 * ARN or action holds one), behind a fixed first character, and the pattern's characters other than
 * letters, digits, `*` and `?` are escaped.
 */
const SWAPS = { '/': '\u{E000}', '\\': '\u{E001}' };
const asName = (text) => `_${text.replace(/[/\\]/g, (c) => SWAPS[c] ?? c)}`;
const SYNTAX = /[^A-Za-z0-9*?\u{E000}\u{E001}]/gu;
/** Compiles once; call the matcher as often as needed. */
function wildcardMatcher(pattern, { ignoreCase = false } = {}) {
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(asName(pattern).replace(SYNTAX, '\\$&'), { nocase: ignoreCase });
    return (value) => isMatch(asName(value));
}
/** True when the pattern has a wildcard: without one it matches only itself. */
const hasWildcard = (pattern) => /[*?]/.test(pattern);


/***/ }),

/***/ 114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ instancePrice)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1534);

const SOURCE = 'AWS EC2 on-demand list prices, Linux/UNIX (aws.amazon.com/ec2/pricing/on-demand)';
/**
 * Hourly on-demand Linux/UNIX prices of common instance types, USD. N. Virginia, Ohio and Oregon
 * list the same price for each; other regions fall back to it and say so. A type missing here
 * has no estimate rather than a guessed one.
 */
const PRICES = {
    't2.nano': 0.0058,
    't2.micro': 0.0116,
    't2.small': 0.023,
    't2.medium': 0.0464,
    't2.large': 0.0928,
    't3.nano': 0.0052,
    't3.micro': 0.0104,
    't3.small': 0.0208,
    't3.medium': 0.0416,
    't3.large': 0.0832,
    't3.xlarge': 0.1664,
    't3.2xlarge': 0.3328,
    't3a.micro': 0.0094,
    't3a.small': 0.0188,
    't3a.medium': 0.0376,
    't3a.large': 0.0752,
    't4g.nano': 0.0042,
    't4g.micro': 0.0084,
    't4g.small': 0.0168,
    't4g.medium': 0.0336,
    't4g.large': 0.0672,
    'm5.large': 0.096,
    'm5.xlarge': 0.192,
    'm5.2xlarge': 0.384,
    'm6i.large': 0.096,
    'm6i.xlarge': 0.192,
    'c5.large': 0.085,
    'c5.xlarge': 0.17,
    'c6i.large': 0.085,
    'r5.large': 0.126,
    'r6i.large': 0.126,
};
/** The hourly on-demand Linux/UNIX price of an instance type, or null when the table lacks it. */
function instancePrice(instanceType, region) {
    const usd = PRICES[instanceType];
    if (usd === undefined)
        return null;
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)({ item: `ec2.instance.${instanceType}`, usd, unit: 'hour (on-demand, Linux/UNIX)', source: SOURCE }, region, _table_js__WEBPACK_IMPORTED_MODULE_0__/* .SAME_AS_US_EAST_1 */ .z8.has(region));
}


/***/ }),

/***/ 1534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ PRICES_AS_OF),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   s6: () => (/* binding */ PRICE_SOURCE),
/* harmony export */   wH: () => (/* binding */ cents),
/* harmony export */   x4: () => (/* binding */ HOURS_PER_MONTH),
/* harmony export */   xx: () => (/* binding */ priceOf),
/* harmony export */   z8: () => (/* binding */ SAME_AS_US_EAST_1)
/* harmony export */ });
/* unused harmony export PRICES */
/** Hours in a billing month, as AWS and Infracost convert hourly prices. */
const HOURS_PER_MONTH = 730;
const UNITS = {
    'ebs.gp2': 'GB-month',
    'ebs.gp3': 'GB-month',
    'ebs.io1': 'GB-month',
    'ebs.io2': 'GB-month',
    'ebs.io1.iops': 'provisioned IOPS-month',
    'ebs.st1': 'GB-month',
    'ebs.sc1': 'GB-month',
    'ebs.standard': 'GB-month',
    'ebs.snapshot': 'GB-month',
    'ec2.public-ipv4': 'hour',
    'vpc.nat-gateway': 'hour',
    'vpc.nat-gateway.data': 'GB processed',
    'rds.storage.gp2': 'GB-month (Single-AZ)',
    'rds.storage.gp3': 'GB-month (Single-AZ)',
    'rds.storage.io1': 'GB-month (Single-AZ)',
    'rds.storage.io2': 'GB-month (Single-AZ)',
    'rds.storage.standard': 'GB-month (Single-AZ)',
    'logs.storage': 'GB-month',
};
const PRICES_AS_OF = '2026-11-01';
const PRICE_SOURCE = 'AWS on-demand list prices (aws.amazon.com/ebs/pricing, /vpc/pricing, /rds/pricing, /cloudwatch/pricing)';
/** N. Virginia, Ohio and Oregon list the same prices for every item here. */
const US_MAIN_REGIONS = {
    'ebs.gp2': 0.1,
    'ebs.gp3': 0.08,
    'ebs.io1': 0.125,
    'ebs.io2': 0.125,
    'ebs.io1.iops': 0.065,
    'ebs.st1': 0.045,
    'ebs.sc1': 0.015,
    'ebs.standard': 0.05,
    'ebs.snapshot': 0.05,
    'ec2.public-ipv4': 0.005,
    'vpc.nat-gateway': 0.045,
    'vpc.nat-gateway.data': 0.045,
    'rds.storage.gp2': 0.115,
    'rds.storage.gp3': 0.115,
    'rds.storage.io1': 0.125,
    'rds.storage.io2': 0.125,
    'rds.storage.standard': 0.1,
    'logs.storage': 0.03,
};
/**
 * On-demand list prices in USD, per region. A region missing here uses us-east-1's price and the
 * finding says so (`fallback: true`); prices change rarely, and the date says how fresh they are.
 */
const PRICES = {
    'us-east-1': US_MAIN_REGIONS,
    'us-east-2': US_MAIN_REGIONS,
    'us-west-2': US_MAIN_REGIONS,
    'eu-west-2': {
        'ebs.gp2': 0.116,
        'ebs.gp3': 0.0928,
        'ebs.io1': 0.145,
        'ebs.io2': 0.145,
        'ebs.io1.iops': 0.076,
        'ebs.st1': 0.053,
        'ebs.sc1': 0.0174,
        'ebs.standard': 0.058,
        'ebs.snapshot': 0.053,
        'ec2.public-ipv4': 0.005,
        'vpc.nat-gateway': 0.05,
        'vpc.nat-gateway.data': 0.05,
        'rds.storage.gp2': 0.133,
        'rds.storage.gp3': 0.133,
        'rds.storage.io1': 0.145,
        'rds.storage.io2': 0.145,
        'rds.storage.standard': 0.116,
        'logs.storage': 0.0315,
    },
};
/** Regions listing the same prices as N. Virginia in the per-type tables (instances, DB classes). */
const SAME_AS_US_EAST_1 = new Set(['us-east-1', 'us-east-2', 'us-west-2']);
/** A quote, saying so when the region's own price was not in the table and us-east-1's was used. */
function quote(fields, region, own) {
    return {
        ...fields,
        region,
        fallback: !own,
        source: own ? fields.source : `${fields.source}; no price for ${region} in the table, us-east-1's used`,
        asOf: PRICES_AS_OF,
    };
}
function priceOf(item, region) {
    const own = PRICES[region]?.[item];
    const usd = own ?? PRICES['us-east-1']?.[item] ?? 0;
    return quote({ item, usd, unit: UNITS[item], source: PRICE_SOURCE }, region, own !== undefined);
}
/** Rounds to cents, as a report shows them. */
const cents = (usd) => Math.round(usd * 100) / 100;


/***/ }),

/***/ 3392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ASG_TAG: () => (/* binding */ ASG_TAG),
/* harmony export */   idleActivity: () => (/* binding */ idleActivity),
/* harmony export */   instanceIdle: () => (/* binding */ instanceIdle),
/* harmony export */   stopRefusal: () => (/* binding */ stopRefusal)
/* harmony export */ });
/* harmony import */ var _prices_instances_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(114);
/* harmony import */ var _prices_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1534);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2818);



/** The tag EC2 Auto Scaling puts on every instance it launches. */
const ASG_TAG = 'aws:autoscaling:groupName';
const mb = (bytes) => (bytes / 1e6).toFixed(1);
/**
 * The activity of a running instance that was quiet on every day of the window: every daily CPU
 * average and every day's network bytes under the thresholds, with data for each day (so it ran
 * the whole window). Unknown or shorter activity is never idle.
 */
function idleActivity(ctx, instance) {
    const activity = instance.attributes.activity;
    if (instance.state !== 'running' || !ctx.known(instance, 'activity') || activity === null)
        return null;
    const { idleInstanceCpuPercent: cpu, idleInstanceNetworkMbPerDay: network } = ctx.thresholds;
    const quiet = activity.daysWithData >= activity.windowDays &&
        activity.maxDailyCpuPercent !== null &&
        activity.maxDailyCpuPercent < cpu &&
        activity.maxDailyNetworkBytes < network * 1e6;
    return quiet ? activity : null;
}
/**
 * Why stopping the instance is not ours to propose, or null. AWS refuses instance-store roots and
 * one-time Spot; Auto Scaling replaces a stopped member (its health check fails) unless it is put
 * in Standby first, and persistent Spot cannot be told from one-time in the inventory.
 */
function stopRefusal(instance) {
    const asg = instance.tags[ASG_TAG];
    if (asg !== undefined)
        return `it belongs to the Auto Scaling group ${asg}, which would replace it`;
    if (instance.attributes.lifecycle === 'spot')
        return 'it is a Spot instance';
    if (instance.attributes.lifecycle !== 'on-demand')
        return `its lifecycle is ${instance.attributes.lifecycle}`;
    if (instance.attributes.rootDeviceType !== 'ebs') {
        return `its root device is ${instance.attributes.rootDeviceType ?? 'unknown'}, not EBS`;
    }
    return null;
}
/** A month of its on-demand rate, where the price table knows the type. */
function computeCost(instance) {
    const price = (0,_prices_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .instancePrice */ .L)(instance.attributes.instanceType, instance.region);
    if (!price)
        return null;
    const platform = instance.attributes.platform;
    // Licensed platforms (Windows, RHEL, SUSE...) add to the Linux rate: it is then a lower bound.
    const licensed = platform !== null && platform !== 'Linux/UNIX';
    return {
        monthlyUsd: (0,_prices_table_js__WEBPACK_IMPORTED_MODULE_1__/* .cents */ .wH)(price.usd * _prices_table_js__WEBPACK_IMPORTED_MODULE_1__/* .HOURS_PER_MONTH */ .x4),
        basis: `${_prices_table_js__WEBPACK_IMPORTED_MODULE_1__/* .HOURS_PER_MONTH */ .x4} hours x $${price.usd} per hour (${instance.attributes.instanceType} on-demand` +
            `${licensed ? `, Linux rate: ${platform} costs more` : ''}); EBS volumes and Elastic IPs keep billing, Reserved Instances or Savings Plans lower the real saving`,
        prices: [price],
        avoidable: true,
    };
}
const instanceIdle = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .Km)({
    id: 'ec2.instance-idle',
    title: 'Running instance has been idle for the whole metrics window',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description: "A running instance whose CloudWatch metrics show every daily CPUUtilization average below thresholds.idleInstanceCpuPercent (default 2%) and every day's NetworkIn + NetworkOut below thresholds.idleInstanceNetworkMbPerDay (default 5 MB), on each day of the scan's 14-day window. Cleanup (stop) is proposed only for on-demand, EBS-backed instances outside Auto Scaling groups.",
    risk: 'It is billed by the hour for compute nobody uses; often a forgotten test or migration box.',
    remediation: {
        text: 'Confirm with its owner that nothing needs it (a batch job that runs monthly would not show in 14 days), then stop it; its EBS volumes and any Elastic IP keep billing until removed. Instances in an Auto Scaling group are scaled down through the group instead.',
        cli: 'aws ec2 stop-instances --region {region} --instance-ids {id}',
        console: 'EC2 console > Instances > the instance > Instance state > Stop instance',
    },
    cleanupAction: 'ec2.stop-instance',
}, (ctx) => ctx.resources('ec2:instance').flatMap((instance) => {
    const activity = idleActivity(ctx, instance);
    if (!activity)
        return [];
    const cost = computeCost(instance);
    const refusal = stopRefusal(instance);
    const name = instance.name ? ` (${instance.name})` : '';
    return [
        {
            target: instance,
            message: `Instance ${instance.id}${name}, ${instance.attributes.instanceType}, was idle for ${activity.windowDays} days: ` +
                `CPU at most ${activity.maxDailyCpuPercent?.toFixed(2)}% a day, network at most ${mb(activity.maxDailyNetworkBytes)} MB a day` +
                `${cost ? `; it costs about $${cost.monthlyUsd.toFixed(2)} a month` : ''}` +
                `${refusal ? `. Not proposed for cleanup: ${refusal}` : ''}.`,
            evidence: {
                instanceType: instance.attributes.instanceType,
                lifecycle: instance.attributes.lifecycle,
                rootDeviceType: instance.attributes.rootDeviceType,
                autoScalingGroup: instance.tags[ASG_TAG] ?? null,
                activity,
            },
            ...(cost ? { cost } : {}),
            ...(refusal ? { cleanupDoesNotApply: true, cliDoesNotApply: true } : {}),
        },
    ];
}));


/***/ }),

/***/ 9792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ INSTANCE_MULTI_AZ),
/* harmony export */   BI: () => (/* binding */ SINGLE_AZ_MEMBERS),
/* harmony export */   FE: () => (/* binding */ isAuroraMysql),
/* harmony export */   K$: () => (/* binding */ describeCluster),
/* harmony export */   MX: () => (/* binding */ stopFacts),
/* harmony export */   RH: () => (/* binding */ instanceConsole),
/* harmony export */   VK: () => (/* binding */ tagged),
/* harmony export */   gI: () => (/* binding */ standalone),
/* harmony export */   gO: () => (/* binding */ clusterConsole),
/* harmony export */   j9: () => (/* binding */ mustBeMultiAz),
/* harmony export */   lX: () => (/* binding */ CLUSTER_MULTI_AZ),
/* harmony export */   wk: () => (/* binding */ whyNotStoppable),
/* harmony export */   xJ: () => (/* binding */ describeInstance)
/* harmony export */ });
const instanceConsole = 'RDS console > Databases > the instance > Modify';
const clusterConsole = 'RDS console > Databases > the cluster > Modify';
const describeInstance = (db) => `RDS instance ${db.id} (${db.attributes.engine}${db.attributes.engineVersion ? ` ${db.attributes.engineVersion}` : ''})`;
const describeCluster = (cluster) => `RDS cluster ${cluster.id} (${cluster.attributes.engine})`;
/**
 * Instances whose storage, backups, deletion protection and Multi-AZ are the cluster's (Aurora
 * members, Multi-AZ DB cluster members): those settings are judged once, on the cluster.
 */
const standalone = (ctx) => ctx.resources('rds:db-instance').filter((db) => db.attributes.clusterIdentifier === null);
/**
 * Where the production Multi-AZ rules report a single-AZ database (production-tagged, or every one
 * when thresholds.multiAzRequiredFor is `all`); the FSBP RDS.5 / RDS.15 rules report the others.
 */
const mustBeMultiAz = (ctx, resource) => ctx.thresholds.multiAzRequiredFor === 'all' || ctx.isProduction(resource);
/** Aurora MySQL: `aurora` is its 5.6-compatible version 1, `aurora-mysql` versions 2 and 3. */
const isAuroraMysql = (engine) => engine === 'aurora-mysql' || engine === 'aurora';
/** How the RDS.5 rules differ from the control: cluster members are judged once, on their cluster. */
const SINGLE_AZ_MEMBERS = 'Instances in a cluster are not judged: an Aurora cluster is Multi-AZ through its readers, judged on the cluster (FSBP RDS.15), where RDS.5 can also fail each Aurora member instance (RDS.5 itself leaves Multi-AZ DB cluster members out).';
const tagged = (ctx, resource) => ctx.isProduction(resource) ? ' It is tagged as production.' : '';
// RDS Custom (`custom-*`) and Aurora cannot be stopped as an instance; Db2 can (c7n lists it).
const STOPPABLE_ENGINE = /^(mariadb|mysql|postgres|oracle-|sqlserver-|db2-)/;
/**
 * Why AWS (USER_StopInstance, Limitations) refuses to stop this instance, or null. The cleanup
 * action checks the same before calling, since moto stops a primary that has replicas.
 */
function whyNotStoppable(db) {
    if (db.engine.startsWith('aurora') || db.clusterIdentifier !== null) {
        return `it is a member of DB cluster ${db.clusterIdentifier ?? '(unnamed)'}; a cluster is stopped as a whole (StopDBCluster)`;
    }
    if (db.readReplicaSource !== null)
        return `it is a read replica of ${db.readReplicaSource}`;
    if (db.replicaCount > 0)
        return `it has ${db.replicaCount} read replica(s)`;
    if (db.engine.startsWith('sqlserver') && db.multiAz)
        return 'it is SQL Server Multi-AZ';
    if (!STOPPABLE_ENGINE.test(db.engine))
        return `its engine ${db.engine} cannot be stopped`;
    return null;
}
const stopFacts = (db) => ({
    engine: db.attributes.engine,
    clusterIdentifier: db.attributes.clusterIdentifier,
    readReplicaSource: db.attributes.readReplicaSource,
    replicaCount: db.attributes.readReplicaIds.length,
    multiAz: db.attributes.multiAz,
});
/** What a single-AZ instance risks and how to fix it: the production rule and FSBP RDS.5's rule share it. */
const INSTANCE_MULTI_AZ = {
    risk: 'An Availability Zone outage, a host failure or maintenance takes the database down until AWS recovers it, instead of failing over to a standby in a minute or two.',
    cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --multi-az --apply-immediately',
    console: `${instanceConsole} > Availability and durability > Multi-AZ deployment`,
    docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html'],
};
/** The same for a cluster without a reader in another zone (the production rule and FSBP RDS.15's rule). */
const CLUSTER_MULTI_AZ = {
    risk: 'If the writer’s zone or host fails, the cluster is down until a new instance is created, instead of failing over to a reader in about a minute.',
    cli: 'aws rds create-db-instance --region {region} --db-cluster-identifier {id} --db-instance-identifier {id}-reader --engine ENGINE --db-instance-class INSTANCE-CLASS --availability-zone OTHER-ZONE',
    console: 'RDS console > Databases > the cluster > Actions > Add reader',
    docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html'],
};


/***/ }),

/***/ 2818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   N1: () => (/* binding */ fingerprintIdOf),
/* harmony export */   Nd: () => (/* binding */ isRule),
/* harmony export */   Tq: () => (/* binding */ CLEANUP_ACTIONS)
/* harmony export */ });
/* unused harmony export RuleMetadata */
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4508);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);


/** The cleanup actions a finding can name, for an approved-cleanup stage that is planned, not built. */
const CLEANUP_ACTIONS = [
    'ec2.stop-instance',
    'rds.stop-instance',
    'ec2.delete-nat-gateway',
    'ec2.release-address',
    'ec2.delete-volume',
    's3.delete-bucket',
];
/** Validated by a test for every rule in the catalog. */
const RuleMetadata = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
    /** `service.what`; a renamed rule keeps its earlier ids in `aliases`. */
    id: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*$' }),
    title: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 10, maxLength: 100 }),
    severity: _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .Severity */ .AI,
    category: _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .Category */ .b7,
    /**
     * The inventory type it evaluates; `aws:account` / `aws:region` for account- or region-wide
     * checks, `*` for a rule over resources of many types (required tags).
     */
    resourceType: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^([a-z0-9-]+:[a-z0-9-]+|[*])$' }),
    /**
     * Every inventory type evaluate reads: the reported type, and any it consults (account settings,
     * related resources). Its RuleContext refuses the others, so findings rest on these types only.
     */
    reads: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Unsafe(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^[a-z0-9-]+:[a-z0-9-]+$' }), { minItems: 1, uniqueItems: true })),
    /**
     * Types evaluate reads only to grade or explain a finding (severity, cost, evidence) or as one
     * of several signs of it. The rule still judges a scope where these were not read completely,
     * but that scope is then `partial`: an absent finding there proves nothing.
     */
    consults: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Unsafe(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^[a-z0-9-]+:[a-z0-9-]+$' }), { uniqueItems: true })),
    description: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 20 }),
    risk: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 20 }),
    remediation: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
        text: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 10 }),
        /**
         * An AWS CLI command that carries out the remediation text, where one command does; {id},
         * {name}, {region}, {account}, {arn} and the hit's own templateValues are filled,
         * shell-quoted, per finding.
         */
        cli: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^aws ' })),
        console: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 5 })),
    }, { additionalProperties: false }),
    /**
     * The controls the rule's findings fail, by standard (compliance.ts): every id is in its
     * standard's table (a catalog test checks). A hit may narrow them (RuleHit.references) where
     * only some of its findings fail a control.
     */
    references: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
        /** AWS Foundational Security Best Practices controls (Security Hub ids: `EC2.19`). */
        fsbp: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^[A-Za-z0-9]+\\.[0-9]+$' })),
        /** CIS AWS Foundations Benchmark v6.0.0 sections (`6.3`). */
        cis: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^[0-9]+(\\.[0-9]+)+$' })),
        docs: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^https://' })),
    }, { additionalProperties: false }),
    /**
     * Where the rule deliberately judges differently from a control it cites (a stricter or looser
     * threshold, a case the control does not judge), keyed by the citation (`FSBP IAM.6`, `CIS 2.5`):
     * how it differs. docs/rules.md shows it beside the control.
     */
    deviations: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Record(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^(FSBP [A-Za-z0-9]+\\.[0-9]+|CIS [0-9]+(\\.[0-9]+)+)$' }), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 20 }), { additionalProperties: false }),
    /**
     * The rule's earlier ids, oldest first. Configuration may name any of them, and the first is the
     * id its fingerprints are made from, so a rename keeps every finding's fingerprint.
     */
    aliases: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String()),
    /** Off unless the configuration enables it (rules.enable). */
    defaultEnabled: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Boolean(),
    /** The cleanup action that fixes a finding, where one exists. */
    cleanupAction: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Union(CLEANUP_ACTIONS.map((a) => _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Literal(a)))),
}, { additionalProperties: false });
/** Every rule defineRule made: the catalog collects rules from its files' exports by this. */
const defined = new WeakSet();
const isRule = (value) => typeof value === 'object' && value !== null && defined.has(value);
/** Declares a rule: metadata with defaults filled in, and a pure evaluate function. */
function defineRule(metadata, evaluate) {
    const rule = {
        metadata: {
            ...metadata,
            reads: [...metadata.reads],
            consults: [...(metadata.consults ?? [])],
            aliases: metadata.aliases ?? [],
            defaultEnabled: metadata.defaultEnabled ?? true,
            references: { fsbp: [], cis: [], docs: [], ...metadata.references },
            deviations: metadata.deviations ?? {},
        },
        evaluate,
    };
    defined.add(rule);
    return rule;
}
/** The id a rule's fingerprints are made from: its first id, which no rename changes. */
const fingerprintIdOf = (metadata) => metadata.aliases[0] ?? metadata.id;


/***/ })

};
