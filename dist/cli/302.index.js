export const id = 302;
export const ids = [302];
export const modules = {

/***/ 2337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iamPolicyCommand: () => (/* binding */ iamPolicyCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/cleanup/actions/index.ts + 9 modules
var cleanup_actions = __webpack_require__(6816);
// EXTERNAL MODULE: ./node_modules/@sinclair/typebox/build/esm/type/type/index.mjs + 112 modules
var type = __webpack_require__(4508);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/rules/model.ts
var model = __webpack_require__(2818);
// EXTERNAL MODULE: ./src/shared/ajv.ts
var ajv = __webpack_require__(9222);
;// CONCATENATED MODULE: ./src/cleanup/approvals/file.ts





const file_DEFAULT_APPROVALS_FILE = '.github/aws-audit-approvals.yml';
/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$';
const FileApprovalSchema = type/* Type */.ZU.Object({
    /** The resource's id (vol-..., eipalloc-..., a bucket name) or ARN. */
    resource: type/* Type */.ZU.String({ minLength: 1 }),
    action: type/* Type */.ZU.Union(model/* CLEANUP_ACTIONS */.Tq.map((id) => type/* Type */.ZU.Literal(id))),
    /** Needed only where the same resource id could be in several accounts or regions. */
    account: type/* Type */.ZU.Optional(type/* Type */.ZU.Union([
        type/* Type */.ZU.String({ pattern: '^\\d{12}$' }),
        type/* Type */.ZU.Integer({ minimum: 0, maximum: 999_999_999_999 }),
    ])),
    region: type/* Type */.ZU.Optional(type/* Type */.ZU.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$' })),
    'approved-by': type/* Type */.ZU.String({ pattern: LOGIN }),
    /** The last day (UTC) the approval counts. */
    expires: type/* Type */.ZU.String({ format: 'date' }),
    reason: type/* Type */.ZU.Optional(type/* Type */.ZU.String()),
}, { additionalProperties: false });
const ApprovalsFileSchema = type/* Type */.ZU.Object({ approvals: type/* Type */.ZU.Optional(type/* Type */.ZU.Array(FileApprovalSchema)) }, { additionalProperties: false });
const validate = (0,ajv/* compileSchema */.F)(ApprovalsFileSchema);
const normalise = (entry, source) => {
    // YAML reads an unquoted account id as a number and drops its leading zeros.
    const account = entry.account === undefined ? undefined : String(entry.account).padStart(12, '0');
    const expiresAt = new Date(Date.parse(`${entry.expires}T00:00:00.000Z`) + 86_400_000).toISOString();
    return {
        resource: entry.resource,
        action: entry.action,
        account,
        region: entry.region,
        approvedBy: entry['approved-by'],
        expires: entry.expires,
        expiresAt,
        reason: entry.reason,
        source,
        key: [
            entry.resource,
            entry.action,
            account ?? '*',
            entry.region ?? '*',
            entry['approved-by'],
            entry.expires,
        ].join('|'),
    };
};
/**
 * The approvals file's entries, validated as strictly as the configuration: an unknown key, an
 * unknown action, a date that is not a date or the same resource and action twice are errors
 * naming the line, so a typo is never a silently ignored approval.
 */
function parseApprovalsFile(text, file) {
    try {
        // An empty file, or `approvals:` with every entry removed, approves nothing.
        const { document, value, at } = parseValidatedYaml(text, file, validate, (raw) => raw && typeof raw === 'object' && 'approvals' in raw && raw.approvals === null
            ? { ...raw, approvals: [] }
            : raw);
        const entries = (value.approvals ?? []).map((entry, index) => {
            const node = document.getIn(['approvals', index], true);
            return normalise(entry, at(node?.range?.[0]));
        });
        const problems = [];
        const seen = new Map();
        for (const entry of entries) {
            const target = [entry.resource, entry.action, entry.account ?? '*', entry.region ?? '*'].join(' ');
            const earlier = seen.get(target);
            if (earlier)
                problems.push(`${entry.source}: ${entry.resource} ${entry.action} is approved twice (also ${earlier})`);
            seen.set(target, entry.source);
        }
        if (problems.length > 0)
            throw new ConfigError(problems);
        return entries;
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw new ConfigError(error.problems, `Invalid approvals file ${file}:`);
        throw error;
    }
}

// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/action/cleanup-inputs.ts






/** Tags that protect a resource from cleanup, always; `protection-tag-keys` can only add to them. */
const DEFAULT_PROTECTION_TAG_KEYS = (/* unused pure expression or super */ null && (['aws-audit:protect', 'DoNotDelete']));
/** The actions this version can take. */
const availableCleanupActions = () => model/* CLEANUP_ACTIONS */.Tq.filter((id) => cleanup_actions/* CLEANUP_ACTION_DEFINITIONS */.X[id] !== undefined);
/** Deleting a bucket cannot be undone: it is never on unless named. */
const OPT_IN = (/* unused pure expression or super */ null && (['s3.delete-bucket']));
const list = (value) => value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
/**
 * The cleanup inputs, checked before the scan. Dry-run is never assumed away: `apply` needs
 * `expected-account-id`, and nothing here can add a candidate, only narrow them.
 */
function readCleanupInputs(getInput) {
    const modeText = getInput('cleanup').trim() || 'off';
    if (!CLEANUP_MODES.includes(modeText)) {
        throw new UsageError(`cleanup must be one of ${CLEANUP_MODES.join(', ')}, got '${modeText}'`);
    }
    const mode = modeText;
    const available = availableCleanupActions();
    const named = list(getInput('cleanup-actions'));
    for (const action of named) {
        if (!CLEANUP_ACTIONS.includes(action)) {
            throw new UsageError(`cleanup-actions: unknown action '${action}' (known: ${CLEANUP_ACTIONS.join(', ')})`);
        }
        if (!available.includes(action)) {
            throw new UsageError(`cleanup-actions: ${action} is not available in this version (available: ${available.join(', ')})`);
        }
    }
    const expected = getInput('expected-account-id').trim();
    if (expected && !/^\d{12}$/.test(expected)) {
        throw new UsageError(`expected-account-id must be a 12-digit account id, got '${expected}'`);
    }
    if (mode === 'apply' && !expected) {
        throw new UsageError('cleanup: apply needs expected-account-id, the one account it may change');
    }
    const snapshot = getInput('snapshot-before-delete').trim() || 'true';
    if (snapshot !== 'true' && snapshot !== 'false') {
        throw new UsageError(`snapshot-before-delete must be true or false, got '${snapshot}'`);
    }
    const extraKeys = list(getInput('protection-tag-keys'));
    const approvalsFile = getInput('approvals-file').trim() || DEFAULT_APPROVALS_FILE;
    if (approvalsFile.startsWith('/') ||
        approvalsFile.split('/').some((part) => part === '..' || part === '')) {
        throw new UsageError(`approvals-file must be a path inside the repository such as ${DEFAULT_APPROVALS_FILE}, got '${approvalsFile}'`);
    }
    return {
        mode,
        actions: named.length > 0 ? named : available.filter((id) => !OPT_IN.includes(id)),
        maxActions: parseInteger(getInput('max-cleanup-actions'), 'max-cleanup-actions', 10, 1, 1000),
        expectedAccountId: expected || undefined,
        approvalMaxAgeDays: parseInteger(getInput('approval-max-age-days'), 'approval-max-age-days', 14, 1, 90),
        protectionTagKeys: [...new Set([...DEFAULT_PROTECTION_TAG_KEYS, ...extraKeys])],
        snapshotBeforeDelete: snapshot === 'true',
        // The scan lists one page of a bucket (1,000 entries): a larger bucket is never a candidate.
        maxBucketObjects: parseInteger(getInput('max-bucket-objects'), 'max-bucket-objects', DEFAULT_MAX_BUCKET_OBJECTS, 0, DEFAULT_MAX_BUCKET_OBJECTS),
        approvalsFile,
    };
}
/**
 * Cleanup reads its approvals from the per-account dashboard issues; with `dashboard: organization`
 * there are none to read (or stale ones that no longer show the candidates), so the two are refused
 * together, before the scan.
 */
function checkCleanupDashboard(cleanup, dashboard) {
    if (cleanup.mode !== 'off' && dashboard !== 'account')
        throw new UsageError(`cleanup: ${cleanup.mode} reads approvals from the per-account dashboard issues: it needs dashboard: account, not dashboard: ${dashboard}`);
}

;// CONCATENATED MODULE: ./src/cleanup/policy.ts

/**
 * The cleanup role's policy, from what the actions declare (Cloud Custodian's way): reads, the
 * mutating calls, and tagging only on a snapshot as it is created, so the role can tag nothing else.
 */
function cleanupPolicy(actions) {
    const permissions = (0,cleanup_actions/* cleanupPermissions */.J)(actions);
    const reads = permissions.filter((p) => /^[a-z0-9]+:(Describe|Get|List)/.test(p));
    const tagging = permissions.filter((p) => p === 'ec2:CreateTags');
    const writes = permissions.filter((p) => !reads.includes(p) && !tagging.includes(p));
    return {
        Version: '2012-10-17',
        Statement: [
            { Sid: 'AwsAuditCleanupRead', Effect: 'Allow', Action: reads, Resource: '*' },
            { Sid: 'AwsAuditCleanupAct', Effect: 'Allow', Action: writes, Resource: '*' },
            ...(tagging.length > 0
                ? [
                    {
                        Sid: 'AwsAuditCleanupTagSnapshotsOnCreate',
                        Effect: 'Allow',
                        Action: tagging,
                        Resource: 'arn:aws:ec2:*:*:snapshot/*',
                        Condition: { StringEquals: { 'ec2:CreateAction': 'CreateSnapshot' } },
                    },
                ]
                : []),
        ].filter((statement) => statement.Action.length > 0),
    };
}

// EXTERNAL MODULE: ./src/scan/registry.ts + 43 modules
var registry = __webpack_require__(4131);
;// CONCATENATED MODULE: ./src/scan/iam-policy.ts

/** The least-privilege read-only policy a scan needs, from what the collectors declare. */
function scanPolicy(collectors = registry/* collectors */.R8) {
    const actions = new Set(Object.values(registry/* orchestratorPermissions */.xb));
    for (const collector of collectors)
        for (const action of Object.values(collector.permissions))
            actions.add(action);
    // GetCallerIdentity needs no permission; listing it would only confuse reviewers.
    actions.delete('sts:GetCallerIdentity');
    return {
        Version: '2012-10-17',
        Statement: [{ Sid: 'AwsAuditReadOnlyScan', Effect: 'Allow', Action: [...actions].sort(), Resource: '*' }],
    };
}

// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/iam-policy.ts






/**
 * `aws-audit iam-policy`: the scan's read-only policy; with `--cleanup`, the cleanup role's (every
 * available action, or those named in `--actions`, comma-separated).
 */
function iamPolicyCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: { cleanup: { type: 'boolean' }, actions: { type: 'string' } },
        strict: true,
        allowPositionals: false,
    });
    if (!values.cleanup) {
        if (values.actions)
            throw new usage_error/* UsageError */.e('--actions goes with --cleanup');
        io.out(JSON.stringify(scanPolicy(), null, 2));
        return cli_io/* EXIT */.d.ok;
    }
    const available = availableCleanupActions();
    const named = values.actions
        ? values.actions
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean)
        : available;
    const unknown = named.filter((a) => !available.includes(a));
    if (unknown.length > 0) {
        io.err(`aws-audit: --actions: not available: ${unknown.join(', ')} (available: ${available.join(', ')})`);
        return cli_io/* EXIT */.d.usage;
    }
    io.out(JSON.stringify(cleanupPolicy(available.filter((a) => named.includes(a))), null, 2));
    return cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 9222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ compileSchema)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);


/**
 * The one JSON Schema validator of the process: the inventory, the report and the configuration
 * are validated against their TypeBox schemas with it. `strict: false` because TypeBox adds
 * keywords of its own; `allErrors` so a message lists every problem at once.
 */
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false });
ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
/** A validator for a TypeBox schema, typed by what the schema describes. */
function compileSchema(schema) {
    return ajv.compile(schema);
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown: an Error's message, or the thrown value as text. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'object' &&
        error !== null &&
        typeof error.message === 'string') {
        return error.message;
    }
    return String(error);
}


/***/ })

};
