export const id = 7;
export const ids = [7];
export const modules = {

/***/ 3604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ runInfoFromEnv)
/* harmony export */ });
/** The run, from the variables a GitHub Actions runner sets; nulls elsewhere (a laptop, another CI). */
function runInfoFromEnv(env = process.env) {
    const value = (name) => env[name]?.trim() || null;
    return {
        repository: value('GITHUB_REPOSITORY'),
        workflow: value('GITHUB_WORKFLOW_REF') ?? value('GITHUB_WORKFLOW'),
        runId: value('GITHUB_RUN_ID'),
        runAttempt: value('GITHUB_RUN_ATTEMPT'),
        sha: value('GITHUB_SHA'),
        ref: value('GITHUB_REF'),
        event: value('GITHUB_EVENT_NAME'),
        actor: value('GITHUB_ACTOR'),
        serverUrl: value('GITHUB_SERVER_URL'),
    };
}


/***/ }),

/***/ 4007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/preflight.ts
var preflight = __webpack_require__(4504);
// EXTERNAL MODULE: ./src/report/plan.ts
var report_plan = __webpack_require__(1307);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diff/diff.ts
var diff = __webpack_require__(2592);
// EXTERNAL MODULE: ./src/report/io.ts + 3 modules
var io = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/rules/catalog/index.ts + 69 modules
var catalog = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/report/compliance.ts
var compliance = __webpack_require__(8323);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/schema.ts
var schema = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/merge.ts







const sumStats = (all) => ({
    apiCalls: all.reduce((n, s) => n + s.apiCalls, 0),
    retries: all.reduce((n, s) => n + s.retries, 0),
    throttles: all.reduce((n, s) => n + s.throttles, 0),
    errors: all.reduce((n, s) => n + s.errors, 0),
    longestCallChain: Math.max(0, ...all.map((s) => s.longestCallChain)),
});
/** The judgements of every part, per rule: their scopes side by side, the first error kept. */
function mergeJudgements(parts) {
    const byId = new Map();
    for (const { report } of parts) {
        for (const rule of report.rules) {
            const seen = byId.get(rule.id);
            if (!seen)
                byId.set(rule.id, { ...rule, aliases: [...rule.aliases], scopes: [...rule.scopes] });
            else {
                seen.scopes.push(...rule.scopes);
                seen.aliases = [...new Set([...seen.aliases, ...rule.aliases])];
                seen.error ??= rule.error;
            }
        }
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
function mergeSuppressions(parts) {
    const bySource = new Map();
    for (const { report } of parts) {
        for (const applied of report.suppressions) {
            const seen = bySource.get(applied.source);
            if (!seen)
                bySource.set(applied.source, { ...applied, ruleIds: [...applied.ruleIds] });
            else {
                seen.findings += applied.findings;
                seen.ruleIds = [...new Set([...seen.ruleIds, ...applied.ruleIds])].sort();
            }
        }
    }
    return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}
/** Accounts each part read or tried to read (a role that could not be assumed is an error of its part). */
function accountsTried(report) {
    return new Set([...report.accounts.map((a) => a.id), ...report.scanErrors.map((e) => e.account)]);
}
/** Planned accounts in no part, by group, with the scan error that records each as not read. */
function missingAccounts(plan, tried) {
    const missing = [];
    const errors = [];
    for (const [group, accounts] of (0,report_plan/* planAccounts */.yr)(plan)) {
        const absent = accounts.filter((id) => !tried.has(id));
        if (absent.length === 0)
            continue;
        const wholeGroup = absent.length === accounts.length;
        missing.push({ group, accounts: absent, wholeGroup });
        for (const account of absent)
            errors.push({
                account,
                service: 'aws-audit',
                region: 'global',
                operation: 'MergeParts',
                code: 'PartMissing',
                message: wholeGroup
                    ? `group ${group} of the plan has no part (its scan job failed or uploaded nothing): the account was not read, its findings are unknown`
                    : `the part of group ${group} does not hold this account: it was not read, its findings are unknown`,
                resourceId: null,
                missingPermission: null,
            });
    }
    return { missing, errors };
}
/**
 * One report of the parts the scan jobs of a plan wrote: their accounts, errors, judgements and
 * findings side by side, each finding new again (the merged report is then weighed against the
 * previous merged one, like any run's). With the plan, every planned account in no part is
 * recorded as not read, so no rule judged it and the diff keeps its findings unknown. An account
 * in two parts is an error: its findings would count twice. Holds findings only, never inventories.
 */
function mergeParts(parts, options) {
    if (parts.length === 0)
        throw new usage_error/* UsageError */.e('there are no parts to merge');
    const at = (options.now ?? new Date()).toISOString();
    const owner = new Map();
    for (const { source, report } of parts)
        for (const { id } of report.accounts) {
            const other = owner.get(id);
            if (other !== undefined)
                throw new usage_error/* UsageError */.e(`account ${id} is in two parts: ${other} and ${source}`);
            owner.set(id, source);
        }
    const tried = new Set(parts.flatMap(({ report }) => [...accountsTried(report)]));
    const { missing, errors } = options.plan
        ? missingAccounts(options.plan, tried)
        : { missing: [], errors: [] };
    const planned = new Set(options.plan ? [...(0,report_plan/* planAccounts */.yr)(options.plan).values()].flat() : []);
    const unplanned = options.plan ? [...owner.keys()].filter((id) => !planned.has(id)).sort() : [];
    const findings = parts
        .flatMap(({ report }) => report.findings)
        .map((finding) => (0,report_report/* freshHistory */.XZ)(finding, at));
    const reports = parts.map((p) => p.report);
    const accounts = reports.flatMap((r) => r.accounts).sort((a, b) => a.id.localeCompare(b.id));
    const rules = mergeJudgements(parts);
    const starts = reports.map((r) => Date.parse(r.scan.startedAt));
    const ends = reports.map((r) => Date.parse(r.scan.finishedAt));
    const configs = [...new Set(reports.map((r) => r.configSource))];
    const warnings = [
        ...missing.map((m) => m.wholeGroup
            ? `Group ${m.group} of the plan has no part: its scan job failed or uploaded nothing. Its ${m.accounts.length} account(s) (${m.accounts.join(', ')}) were not read; their findings are unknown, never resolved.`
            : `The part of group ${m.group} does not hold account(s) ${m.accounts.join(', ')}: not read, their findings are unknown.`),
        ...(unplanned.length > 0
            ? [`Parts hold account(s) the plan does not list: ${unplanned.join(', ')}`]
            : []),
        ...(configs.length > 1
            ? [`The parts were audited with different configurations: ${configs.map(String).join(', ')}`]
            : []),
        ...new Set(reports.flatMap((r) => r.warnings)),
    ];
    const report = {
        schemaVersion: schema/* REPORT_SCHEMA_VERSION */.WI,
        generator: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        generatedAt: at,
        run: options.run,
        configSource: configs[0] ?? null,
        baseline: report_report/* NO_BASELINE */.gN,
        scan: {
            startedAt: new Date(Math.min(...starts)).toISOString(),
            finishedAt: new Date(Math.max(...ends)).toISOString(),
            durationMs: Math.max(...ends) - Math.min(...starts),
            stats: sumStats(reports.map((r) => r.scan.stats)),
        },
        accounts,
        scanErrors: [...reports.flatMap((r) => r.scanErrors), ...errors],
        rules,
        findings,
        unknownFindings: [],
        resolvedFindings: [],
        resolvedHistory: [],
        suppressions: mergeSuppressions(parts),
        summary: (0,report_report/* summarize */.eh)(findings, [], []),
        history: [],
        cleanup: {
            mode: 'off',
            candidates: reports.flatMap((r) => r.cleanup.candidates),
            approvals: [],
            log: [],
            notes: [],
        },
        compliance: (0,compliance/* complianceOf */.fc)({ accounts, rules, findings }, catalog/* catalog */.U.map((rule) => rule.metadata)),
        warnings,
    };
    return { report: (0,report_report/* withHistory */.$k)(report, []), missing };
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/run-merge.ts







/** A part given as its report file or as the directory holding report.json (an artifact's). */
async function reportPathOf(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    return info?.isDirectory() ? (0,external_node_path_.join)(path, 'report.json') : path;
}
/**
 * The parts' reports, one at a time. One that cannot be read is left out with a warning: its
 * accounts are then missing from the merge (unknown, never resolved), never a crash.
 */
async function readParts(paths, warning) {
    const parts = [];
    for (const path of paths) {
        const source = await reportPathOf(path);
        try {
            parts.push({ source, report: await (0,io/* readReport */.tL)(source) });
        }
        catch (error) {
            warning(`The part ${source} was left out: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    return parts;
}
/**
 * The merge step: parts -> one report -> weighed against the previous merged report -> report.json.
 * Publishing is the caller's, once, for the whole organization.
 */
async function runMerge(parts, options) {
    const merged = mergeParts(parts, { plan: options.plan, run: options.run, now: options.now });
    const baseline = options.baseline ?? { report: undefined, info: report_report/* NO_BASELINE */.gN, warning: null };
    const report = (0,diff/* applyBaseline */.Q)(merged.report, baseline.report, baseline.info);
    const reportPath = (0,external_node_path_.join)(options.outputDir, 'report.json');
    await (0,io/* writeReport */.u5)(reportPath, report);
    return { report, reportPath, missing: merged.missing };
}

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/action/run-info.ts
var run_info = __webpack_require__(3604);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/commands/audit-options.ts + 4 modules
var audit_options = __webpack_require__(7497);
;// CONCATENATED MODULE: ./src/cli/commands/merge.ts












const options = {
    plan: { type: 'string' },
    'previous-report': { type: 'string' },
    'output-dir': { type: 'string' },
    'fail-on': { type: 'string' },
    'fail-on-new': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/**
 * `aws-audit merge PART...`: the parts the scan jobs wrote (report.json files, or the directories
 * holding them) into one report, weighed against the previous merged report. With --plan, every
 * planned account in no part is recorded as not read: its findings stay unknown. No AWS call.
 */
async function mergeCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: true });
    if (values.help) {
        io.out(help/* HELP */._);
        return cli_io/* EXIT */.d.ok;
    }
    if (positionals.length === 0)
        throw new usage_error/* UsageError */.e('merge needs the parts: report.json files (or their directories) of the scan jobs');
    const gates = (0,audit_options/* readGates */.D6)((name) => values[name]);
    const outputDir = values['output-dir'] ?? defaults/* DEFAULTS */.z.outputDir;
    await (0,preflight/* checkOutputDir */.Vg)(outputDir, (name) => `--${name}`);
    const planFile = values.plan;
    const plan = planFile
        ? (0,report_plan/* parsePlan */.vS)(await (0,promises_.readFile)(planFile, 'utf8').catch((error) => {
            throw new usage_error/* UsageError */.e(`--plan ${planFile} cannot be read: ${(0,errors/* errorMessage */.g)(error)}`);
        }), `--plan ${planFile}`)
        : undefined;
    const baseline = await (0,audit_options/* readBaseline */.mF)(values['previous-report'], io);
    const warn = (message) => io.err(`warning: ${message}`);
    const parts = await readParts(positionals, warn);
    if (parts.length === 0)
        throw new Error('none of the parts could be read; nothing to merge');
    const { report, reportPath, missing } = await runMerge(parts, {
        plan,
        baseline,
        outputDir,
        run: (0,run_info/* runInfoFromEnv */.P)(),
    });
    io.err(`Merged ${parts.length} part(s): ${report.accounts.length} account(s) read`);
    for (const warning of report.warnings)
        warn(warning);
    const code = (0,audit_options/* finishAudit */.ls)(report, reportPath, io, gates);
    // A missing part is a failed run: the organization was not read whole.
    return missing.length > 0 && code === cli_io/* EXIT */.d.ok ? cli_io/* EXIT */.d.failed : code;
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
