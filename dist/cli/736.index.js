export const id = 736;
export const ids = [736];
export const modules = {

/***/ 8736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/credentials/session-name.ts
var session_name = __webpack_require__(9496);
// EXTERNAL MODULE: ./src/preflight.ts
var preflight = __webpack_require__(4504);
// EXTERNAL MODULE: ./src/report/plan.ts
var report_plan = __webpack_require__(1307);
// EXTERNAL MODULE: ./src/scan/region-codes.ts + 1 modules
var region_codes = __webpack_require__(7561);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/credentials/index.ts + 1 modules
var credentials = __webpack_require__(9672);
// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/run-plan.ts





/** `accounts` must say which accounts to plan: the plan's jobs reach each through the member role. */
function checkPlanInputs(credentials, label) {
    if (!credentials.organization)
        throw new usage_error/* UsageError */.e(`planning needs ${label('accounts')}: organization (or a list of account ids) and ${label('member-role-name')}: each scan job reaches its accounts through the member role`);
    if (credentials.additionalRoles.length > 0)
        throw new usage_error/* UsageError */.e(`${label('additional-role-arns')} cannot be planned: a scan job is given account ids and reaches each through ${label('member-role-name')}`);
}
/**
 * The plan step: the accounts to scan (the organization's, listed, or those given), split into at
 * most max-jobs groups balanced by the resources each held in the previous merged report. Writes
 * plan.json (the matrix) to the output directory and returns it. Lists accounts; scans nothing.
 */
async function runPlan(settings, baseline, deps) {
    const { targets } = await (0,credentials/* resolveCredentials */.z)(settings.credentials, {
        ...deps,
        callTimeoutMs: settings.callTimeoutMs,
    });
    const accounts = targets.flatMap((t) => (t.expectedAccountId ? [t.expectedAccountId] : []));
    const resources = (0,report_plan/* resourcesByAccount */.Yu)(baseline?.report);
    const plan = (0,report_plan/* planGroups */.W5)(accounts, resources, settings.maxJobs);
    const known = accounts.filter((id) => resources.has(id)).length;
    deps.info(`Plan: ${accounts.length} account(s) in ${plan.include.length} group(s) of at most ${settings.maxJobs}; ` +
        (known > 0
            ? `balanced by the resources of ${known} account(s) in the previous report${known < accounts.length ? ` (the other ${accounts.length - known} weighed as the median)` : ''}`
            : 'no previous report to balance by: about equal numbers of accounts per group'));
    const planPath = (0,external_node_path_.join)(settings.outputDir, 'plan.json');
    await (0,promises_.mkdir)(settings.outputDir, { recursive: true });
    await (0,promises_.writeFile)(planPath, `${JSON.stringify(plan, null, 2)}\n`);
    return { plan, planPath, accounts };
}

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/commands/audit-options.ts + 4 modules
var audit_options = __webpack_require__(7497);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts












const options = {
    region: { type: 'string' },
    'role-arn': { type: 'string' },
    accounts: { type: 'string' },
    'member-role-name': { type: 'string' },
    'organizational-units': { type: 'string' },
    'include-accounts': { type: 'string' },
    'exclude-accounts': { type: 'string' },
    'external-id': { type: 'string' },
    'session-name': { type: 'string' },
    'call-timeout-seconds': { type: 'string' },
    'max-jobs': { type: 'string' },
    'previous-report': { type: 'string' },
    'output-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/**
 * `aws-audit plan`: the accounts split into groups for parallel scan jobs. Prints the plan (the
 * matrix JSON, one line) and writes it to <output-dir>/plan.json; lists accounts, scans nothing.
 */
async function planCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
    if (values.help) {
        io.out(help/* HELP */._);
        return cli_io/* EXIT */.d.ok;
    }
    const get = (name) => values[name];
    const label = (name) => `--${name}`;
    const stsRegion = get('region') ?? process.env.AWS_REGION ?? defaults/* DEFAULTS */.z.region;
    (0,region_codes/* checkRegionCodes */.hn)([stsRegion], get('region') !== undefined ? '--region' : 'AWS_REGION');
    const sessionName = get('session-name');
    const credentials = {
        roleFromAmbient: get('role-arn'),
        audience: defaults/* DEFAULTS */.z.audience,
        sessionName: sessionName
            ? (0,usage_error/* asUsageError */.I)(() => (0,session_name/* validateRoleSessionName */.m)(sessionName, '--session-name'))
            : (0,session_name/* defaultRoleSessionName */.d)(),
        durationSeconds: defaults/* DEFAULTS */.z.durationSeconds,
        stsRegion,
        additionalRoles: [],
        organization: (0,settings/* readOrganization */.wu)(get, label),
        externalId: get('external-id'),
    };
    checkPlanInputs(credentials, label);
    (0,preflight/* checkRoleArns */.jw)(credentials, label);
    const maxJobs = (0,settings/* parseInteger */.cG)(get('max-jobs'), '--max-jobs', defaults/* DEFAULTS */.z.maxJobs, 1, report_plan/* MAX_JOBS_LIMIT */.Yg);
    const callTimeoutMs = (0,settings/* parseInteger */.cG)(get('call-timeout-seconds'), '--call-timeout-seconds', defaults/* DEFAULTS */.z.callTimeoutSeconds, 1, 600) *
        1000;
    const outputDir = get('output-dir')?.trim() || defaults/* DEFAULTS */.z.outputDir;
    await (0,preflight/* checkOutputDir */.Vg)(outputDir, label);
    const baseline = await (0,audit_options/* readBaseline */.mF)(get('previous-report'), io);
    const { plan, planPath } = await runPlan({ credentials, maxJobs, outputDir, callTimeoutMs }, baseline, {
        getIdToken: () => Promise.reject(new Error('GitHub OIDC is only available inside GitHub Actions')),
        setSecret: () => undefined,
        info: (message) => io.err(message),
    });
    io.out(JSON.stringify(plan));
    io.err(`Plan written to ${planPath}`);
    return cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 9672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ resolveCredentials)
});

// UNUSED EXPORTS: CredentialsError

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var dist_cjs = __webpack_require__(9719);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/credentials/oidc.ts
var oidc = __webpack_require__(6365);
// EXTERNAL MODULE: ./src/credentials/retry.ts
var retry = __webpack_require__(9988);
// EXTERNAL MODULE: ./src/credentials/sts-client.ts
var sts_client = __webpack_require__(4076);
// EXTERNAL MODULE: ./src/credentials/sts-errors.ts
var sts_errors = __webpack_require__(6304);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/credentials/chain.ts






/** AWS caps sessions of chained roles at one hour. */
const CHAINED_SESSION_SECONDS = 3600;
const REFRESH_MARGIN_MS = 5 * 60_000;
/**
 * A provider for a role in another account, assumed from the first credentials. It assumes the
 * role on first use and again shortly before the session expires, so long scans keep working.
 */
function chainedRoleProvider(role, source, options, deps) {
    let current;
    const assume = async () => {
        const sts = (0,sts_client/* stsClient */.Km)(options.stsRegion, deps, source);
        try {
            const answer = await (0,retry/* withRetry */.b)(() => sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
                RoleArn: role.arn,
                RoleSessionName: options.sessionName,
                DurationSeconds: CHAINED_SESSION_SECONDS,
                ExternalId: options.externalId,
            })), { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000, isRetryable: sts_errors/* isRetryableStsError */.v });
            return (0,oidc/* maskedIdentity */.ut)(answer.Credentials, deps);
        }
        catch (error) {
            if (error instanceof oidc/* CredentialsError */.lE)
                throw error;
            const hint = (0,sts_errors/* stsErrorCode */.Q)(error) === 'AccessDenied'
                ? ` The role's trust policy must allow sts:AssumeRole by the scan's first role, and that role needs sts:AssumeRole on ${role.arn}.`
                : '';
            throw new oidc/* CredentialsError */.lE(`Could not assume ${role.arn}: ${(0,sts_errors/* stsErrorCode */.Q)(error)}: ${(0,errors/* errorMessage */.g)(error)}.${hint}`, {
                cause: error,
            });
        }
        finally {
            sts.destroy();
        }
    };
    return async () => {
        const cached = current ? await current.catch(() => undefined) : undefined;
        const fresh = cached?.expiration && cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS;
        if (!cached || (cached.expiration && !fresh)) {
            current = assume();
            return current;
        }
        return cached;
    };
}

// EXTERNAL MODULE: ./src/credentials/role-arn.ts
var role_arn = __webpack_require__(7998);
// EXTERNAL MODULE: ./src/credentials/organization.ts
var credentials_organization = __webpack_require__(3407);
;// CONCATENATED MODULE: ./src/credentials/index.ts










/** Turns the inputs into one scan target per account, validating every role ARN before calling STS. */
async function resolveCredentials(inputs, deps) {
    if (inputs.durationSeconds < 900 ||
        inputs.durationSeconds > 43_200 ||
        !Number.isInteger(inputs.durationSeconds)) {
        throw new Error(`role-duration-seconds must be a whole number from 900 to 43200, got ${inputs.durationSeconds}`);
    }
    const additional = inputs.additionalRoles.map((arn, index) => (0,role_arn/* parseRoleArn */.D)(arn, `additional-role-arns entry ${index + 1}`));
    const chainOptions = {
        sessionName: inputs.sessionName,
        stsRegion: inputs.stsRegion,
        externalId: inputs.externalId,
    };
    let method;
    let primary;
    let expectedAccountId;
    if (inputs.roleToAssume) {
        const role = (0,role_arn/* parseRoleArn */.D)(inputs.roleToAssume, 'role-to-assume');
        deps.info(`Assuming ${role.arn} with GitHub OIDC (audience ${inputs.audience}, session ${inputs.sessionName})`);
        const identity = await (0,oidc/* assumeRoleWithGitHubOidc */.nL)({
            role,
            audience: inputs.audience,
            sessionName: inputs.sessionName,
            durationSeconds: inputs.durationSeconds,
            stsRegion: inputs.stsRegion,
        }, deps);
        primary = async () => identity;
        method = 'github-oidc';
        expectedAccountId = role.accountId;
    }
    else if (inputs.roleFromAmbient) {
        const role = (0,role_arn/* parseRoleArn */.D)(inputs.roleFromAmbient, '--role-arn');
        primary = chainedRoleProvider(role, (0,dist_cjs/* fromNodeProviderChain */.br)(), chainOptions, deps);
        method = 'assume-role';
        expectedAccountId = role.accountId;
    }
    else {
        primary = (0,dist_cjs/* fromNodeProviderChain */.br)();
        method = 'default-chain';
    }
    const chained = (role) => ({
        credentials: chainedRoleProvider(role, primary, chainOptions, deps),
        expectedAccountId: role.accountId,
        primary: false,
    });
    if (!inputs.organization) {
        return {
            method,
            targets: [{ credentials: primary, expectedAccountId, primary: true }, ...additional.map(chained)],
        };
    }
    const organization = inputs.organization;
    const own = await callerIdentity(primary, inputs.stsRegion, deps);
    const listing = organization.accounts
        ? { accounts: organization.accounts.map((id) => ({ id, name: null })), skipped: [] }
        : await (0,credentials_organization/* listOrganizationAccounts */.Aq)(primary, organization, { ...deps, region: inputs.stsRegion });
    for (const skipped of listing.skipped)
        deps.info(`Organization account ${skipped.id}${skipped.name ? ` (${skipped.name})` : ''} is not scanned: ${skipped.reason}.`);
    deps.info(`Organization: ${listing.accounts.length} account(s) to scan, each through the role ${organization.memberRoleName}` +
        (listing.accounts.some((a) => a.id === own.account)
            ? ` (this account ${own.account} with the first credentials)`
            : ''));
    const targets = listing.accounts.map((account) => account.id === own.account
        ? { credentials: primary, expectedAccountId: own.account, primary: true }
        : chained((0,role_arn/* parseRoleArn */.D)((0,credentials_organization/* memberRoleArn */.gm)(own.partition, account.id, organization.memberRoleName), 'member-role-name')));
    const listed = new Set(listing.accounts.map((a) => a.id));
    return {
        method,
        targets: [...targets, ...additional.filter((r) => !listed.has(r.accountId)).map(chained)],
    };
}
/** The first credentials' account and partition (GetCallerIdentity needs no permission). */
async function callerIdentity(credentials, region, deps) {
    const sts = (0,sts_client/* stsClient */.Km)(region, deps, credentials);
    try {
        const answer = await (0,retry/* withRetry */.b)(() => sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})), {
            maxAttempts: 4,
            baseDelayMs: 200,
            maxDelayMs: 5_000,
            isRetryable: sts_errors/* isRetryableStsError */.v,
        });
        return { account: answer.Account ?? '', partition: answer.Arn?.split(':')[1] ?? 'aws' };
    }
    finally {
        sts.destroy();
    }
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ defaultRoleSessionName),
/* harmony export */   m: () => (/* binding */ validateRoleSessionName)
/* harmony export */ });
const ALLOWED = /^[\w+=,.@-]{2,64}$/;
/** STS session names allow 2-64 characters of [\w+=,.@-]. */
function validateRoleSessionName(name, source) {
    if (!ALLOWED.test(name)) {
        throw new Error(`${source}: '${name}' is not a valid role session name (2-64 characters of letters, digits and +=,.@_-)`);
    }
    return name;
}
/**
 * `aws-audit-<owner>-<repo>-<run id>`, reduced to the allowed characters: it shows up in
 * CloudTrail, so an account owner can trace every call back to the workflow run.
 */
function defaultRoleSessionName(env = process.env) {
    const repository = (env.GITHUB_REPOSITORY ?? 'local').replace('/', '-');
    const runId = env.GITHUB_RUN_ID ?? String(Date.now());
    const name = `aws-audit-${repository}-${runId}`.replace(/[^\w+=,.@-]/g, '-');
    if (name.length <= 64)
        return name;
    // Keep the run id: it is what makes the name traceable.
    const suffix = `-${runId}`.replace(/[^\w+=,.@-]/g, '-').slice(-30);
    return `${name.slice(0, 64 - suffix.length)}${suffix}`;
}


/***/ }),

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W5: () => (/* binding */ planGroups),
/* harmony export */   Yg: () => (/* binding */ MAX_JOBS_LIMIT),
/* harmony export */   Yu: () => (/* binding */ resourcesByAccount),
/* harmony export */   vS: () => (/* binding */ parsePlan),
/* harmony export */   yr: () => (/* binding */ planAccounts)
/* harmony export */ });
/* unused harmony exports PlanGroup, ScanPlan, checkGroupName */
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4508);
/* harmony import */ var _shared_ajv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9222);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8287);



/** GitHub runs at most 256 jobs per matrix. */
const MAX_JOBS_LIMIT = 256;
/**
 * What one account costs to scan besides its resources, in resources: every service is listed in
 * every region even where it holds nothing, so an empty account is not free.
 */
const ACCOUNT_FIXED_WEIGHT = 50;
/**
 * One matrix job: its group's name (the part artifact's suffix), its accounts (comma-separated, as
 * the `accounts` input takes them) and the resources they held in the previous merged report.
 */
const PlanGroup = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
    group: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^[1-9][0-9]{0,2}$' }),
    accounts: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ pattern: '^\\d{12}(,\\d{12})*$' }),
    resources: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Integer({ minimum: 0 }),
}, { additionalProperties: false });
/**
 * The plan is the matrix itself (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`): any
 * other top-level key would become a matrix dimension, so there is none.
 */
const ScanPlan = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({ include: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(PlanGroup, { minItems: 1, maxItems: MAX_JOBS_LIMIT }) }, { additionalProperties: false });
const validatePlan = (0,_shared_ajv_js__WEBPACK_IMPORTED_MODULE_0__/* .compileSchema */ .F)(ScanPlan);
/** Resources per account in a report (what its scan read), for balancing the next plan. */
function resourcesByAccount(report) {
    const counts = new Map();
    for (const account of report?.accounts ?? [])
        counts.set(account.id, account.coverage.reduce((sum, scope) => sum + scope.resourceCount, 0));
    return counts;
}
/**
 * Splits the accounts into at most `maxJobs` groups of about equal work: the heaviest account first,
 * each into the lightest group so far (longest-processing-time first, within 4/3 of the best split).
 * An account the previous report does not know weighs the median of those it does.
 */
function planGroups(accounts, resources, maxJobs) {
    const unique = [...new Set(accounts)].sort();
    if (unique.length === 0)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('there are no accounts to plan a scan of');
    const known = unique.map((id) => resources.get(id)).filter((n) => n !== undefined);
    const median = known.length > 0 ? ([...known].sort((a, b) => a - b)[Math.floor(known.length / 2)] ?? 0) : 0;
    const estimate = (id) => resources.get(id) ?? median;
    const weighted = unique
        .map((id) => ({ id, resources: estimate(id), weight: estimate(id) + ACCOUNT_FIXED_WEIGHT }))
        .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
    const groups = Array.from({ length: Math.min(maxJobs, unique.length) }, () => ({
        ids: [],
        weight: 0,
        resources: 0,
    }));
    for (const account of weighted) {
        const lightest = groups.reduce((best, group) => group.weight < best.weight || (group.weight === best.weight && group.ids.length < best.ids.length)
            ? group
            : best);
        lightest.ids.push(account.id);
        lightest.weight += account.weight;
        lightest.resources += account.resources;
    }
    return {
        include: groups.map((group, index) => ({
            group: String(index + 1),
            accounts: group.ids.sort().join(','),
            resources: Math.round(group.resources),
        })),
    };
}
/** A plan from its JSON (the `matrix` output or a plan file); every account in one group only. */
function parsePlan(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${source} is not JSON: ${error.message}`);
    }
    if (!validatePlan(parsed)) {
        const problem = validatePlan.errors?.[0];
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${source} is not an aws-audit plan (the plan step's matrix): ${problem?.instancePath || '(root)'} ${problem?.message ?? ''}`.trim());
    }
    const seen = new Map();
    for (const { group, accounts } of parsed.include) {
        for (const id of accounts.split(',')) {
            const other = seen.get(id);
            if (other !== undefined)
                throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${source}: account ${id} is in group ${other} and group ${group}`);
            seen.set(id, group);
        }
    }
    const groups = parsed.include.map((g) => g.group);
    const duplicate = groups.find((g, i) => groups.indexOf(g) !== i);
    if (duplicate)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${source}: group ${duplicate} is planned twice`);
    return parsed;
}
/** The accounts of each planned group. */
const planAccounts = (plan) => new Map(plan.include.map((g) => [g.group, g.accounts.split(',')]));
/** A group name as the `group` input takes it: what names the part artifact. */
function checkGroupName(value, label) {
    if (!/^[1-9][0-9]{0,2}$/.test(value))
        throw new UsageError(`${label}: '${value}' is not a group number of a plan (1 to ${MAX_JOBS_LIMIT})`);
    return value;
}


/***/ })

};
