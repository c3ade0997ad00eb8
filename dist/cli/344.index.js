export const id = 344;
export const ids = [344];
export const modules = {

/***/ 7497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wA: () => (/* binding */ auditOptions),
  ls: () => (/* binding */ finishAudit),
  mF: () => (/* binding */ readBaseline),
  D6: () => (/* binding */ readGates)
});

// UNUSED EXPORTS: failOnVerdict, parseFailOn

// EXTERNAL MODULE: ./src/report/io.ts + 3 modules
var io = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/diff/baseline.ts


/**
 * The previous report from a file. A missing, corrupt, foreign or newer-version file is treated as
 * no baseline, with a warning naming what is wrong: the audit itself still stands.
 */
async function baselineFromFile(path) {
    try {
        const report = await (0,io/* readReport */.tL)(path);
        return {
            report,
            info: { source: 'file', location: path, generatedAt: report.generatedAt, note: null },
            warning: null,
        };
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.g)(error);
        return {
            report: undefined,
            info: { source: 'none', location: path, generatedAt: null, note: message },
            warning: `The previous report was not used, so every finding counts as new: ${message}`,
        };
    }
}

// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/report/fail-on.ts



/** `none` (or empty) never fails; otherwise a severity. `name` is the input or flag, for the message. */
function parseFailOn(value, name) {
    if (value === undefined || value === '' || value === 'none')
        return null;
    if (!finding/* SEVERITIES */.oC.includes(value)) {
        throw new usage_error/* UsageError */.e(`${name} must be one of none, ${finding/* SEVERITIES */.oC.join(', ')}; got '${value}'`);
    }
    return value;
}
/** Why the run should fail, or null. */
function failOnVerdict(report, failOn) {
    if (!failOn)
        return null;
    const over = (0,report_report/* activeAtLeast */.xx)(report, failOn);
    return over.length > 0 ? `${over.length} active finding(s) at or above ${failOn}` : null;
}
/** Why the run should fail on new findings (a PR check's question), or null. */
function failOnNewVerdict(report, failOnNew) {
    if (!failOnNew)
        return null;
    const fresh = (0,report_report/* newAtLeast */.vB)(report, failOnNew);
    return fresh.length > 0 ? `${fresh.length} new finding(s) at or above ${failOnNew}` : null;
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/group.ts

/**
 * Active findings grouped by rule (and severity, since a rule may lower it per finding), most
 * severe first: one line per problem reads better than one line per resource.
 */
function group_groupByRule(findings) {
    const groups = new Map();
    for (const finding of findings) {
        if (finding.suppressed)
            continue;
        const key = `${finding.ruleId}|${finding.severity}`;
        let group = groups.get(key);
        if (!group) {
            group = {
                ruleId: finding.ruleId,
                title: finding.title,
                severity: finding.severity,
                findings: [],
                monthlyUsd: 0,
            };
            groups.set(key, group);
        }
        group.findings.push(finding);
        group.monthlyUsd += finding.cost?.monthlyUsd ?? 0;
    }
    return [...groups.values()].sort((a, b) => (0,finding/* severityRank */.qs)(a.severity) - (0,finding/* severityRank */.qs)(b.severity) ||
        b.findings.length - a.findings.length ||
        a.ruleId.localeCompare(b.ruleId));
}

;// CONCATENATED MODULE: ./src/render/audit-summary.ts



const usd = (value) => `$${value.toFixed(2)}`;
function headline(report) {
    const { summary } = report;
    const counts = finding/* SEVERITIES */.oC.filter((s) => summary.bySeverity[s] > 0)
        .map((s) => `${summary.bySeverity[s]} ${s}`)
        .join(', ');
    return (`${summary.active} finding(s)${counts ? `: ${counts}` : ''}` +
        `${summary.suppressed ? `; ${summary.suppressed} suppressed` : ''}` +
        `${summary.estimatedMonthlySavingsUsd > 0 ? `; estimated savings ${usd(summary.estimatedMonthlySavingsUsd)} a month` : ''}`);
}
/** One finding's message for a one-finding group; otherwise the count and where. */
function groupText(group) {
    if (group.findings.length === 1)
        return (0,render_escape/* plainText */.wh)(group.findings[0]?.message ?? '');
    const places = group.findings.map((f) => f.resource.type === 'aws:region' ? f.region : (f.resource.name ?? f.resource.id));
    const shown = places.slice(0, 4).map(render_escape/* plainText */.wh).join(', ');
    return `${group.title}: ${group.findings.length} (${shown}${places.length > 4 ? ', ...' : ''})`;
}
/** Plain text for terminals and Action logs: the counts, then one line per rule. */
function auditSummaryText(report, limit = 30) {
    const groups = group_groupByRule(report.findings);
    return [
        headline(report),
        ...groups
            .slice(0, limit)
            .map((g) => `  ${g.severity.padEnd(8)} ${g.ruleId}  ${groupText(g)}${g.monthlyUsd > 0 ? `  [${usd(g.monthlyUsd)}/month]` : ''}`),
        ...(groups.length > limit ? [`  ... and ${groups.length - limit} more rule(s) in the report`] : []),
        ...report.warnings.map((w) => `warning: ${(0,render_escape/* plainText */.wh)(w)}`),
    ].join('\n');
}
/** Markdown for the job summary: one row per rule, each with its findings folded underneath. */
function auditSummaryMarkdown(report, findingsPerRule = 20) {
    const { summary } = report;
    const groups = groupByRule(report.findings);
    const details = (group) => {
        const items = group.findings
            .slice(0, findingsPerRule)
            .map((f) => `<li><code>${f.account}</code> ${f.region} <b>${escapeHtmlCell(f.resource.name ?? f.resource.id)}</b>: ${escapeHtmlCell(f.message)}${f.cost ? ` (${usd(f.cost.monthlyUsd)}/month)` : ''}</li>`);
        const more = group.findings.length > findingsPerRule
            ? [`<li>... and ${group.findings.length - findingsPerRule} more in the report</li>`]
            : [];
        return `<details><summary>${group.findings.length} finding(s)</summary><ul>${[...items, ...more].join('')}</ul></details>`;
    };
    return [
        '## AWS audit findings',
        '',
        `| ${SEVERITIES.join(' | ')} | suppressed | estimated savings / month |`,
        `| ${SEVERITIES.map(() => '---:').join(' | ')} | ---: | ---: |`,
        `| ${SEVERITIES.map((s) => summary.bySeverity[s]).join(' | ')} | ${summary.suppressed} | ${usd(summary.estimatedMonthlySavingsUsd)} |`,
        '',
        ...(groups.length > 0
            ? [
                '| Severity | Rule | Findings | $ / month |',
                '| --- | --- | --- | ---: |',
                ...groups.map((g) => `| ${g.severity} | \`${g.ruleId}\` ${escapeMarkdown(g.title)} | ${details(g)} | ${g.monthlyUsd > 0 ? usd(g.monthlyUsd) : ''} |`),
            ]
            : ['No active findings.']),
        ...(report.warnings.length > 0 ? ['', ...report.warnings.map((w) => `> ${escapeMarkdown(w)}`)] : []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/render/diff-summary.ts
var diff_summary = __webpack_require__(1936);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/audit-options.ts






const auditOptions = {
    config: { type: 'string' },
    'fail-on': { type: 'string' },
    'fail-on-new': { type: 'string' },
    'previous-report': { type: 'string' },
};
/** Both gates, checked before anything runs. */
function readGates(get) {
    return {
        failOn: parseFailOn(get('fail-on'), '--fail-on'),
        failOnNew: parseFailOn(get('fail-on-new'), '--fail-on-new'),
    };
}
/** The previous report named by --previous-report, or none; an unusable one is a warning. */
async function readBaseline(path, io) {
    if (!path)
        return undefined;
    const baseline = await baselineFromFile(path);
    if (baseline.warning)
        io.err(`warning: ${baseline.warning}`);
    return baseline;
}
/** Prints the audit and its diff, says where the report is, and gives the exit code of the gates. */
function finishAudit(report, reportPath, io, gates) {
    io.out(auditSummaryText(report));
    io.out((0,diff_summary/* diffSummaryText */.l)(report));
    io.out(`Report written to ${reportPath}`);
    const verdicts = [
        [failOnVerdict(report, gates.failOn), `--fail-on ${gates.failOn}`],
        [failOnNewVerdict(report, gates.failOnNew), `--fail-on-new ${gates.failOnNew}`],
    ].filter(([verdict]) => verdict !== null);
    for (const [verdict, gate] of verdicts)
        io.err(`aws-audit: ${verdict} (${gate})`);
    return verdicts.length > 0 ? cli_io/* EXIT */.d.findings : cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseRoleArn)
/* harmony export */ });
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/((?:[\w+=,.@-]+\/)*)([\w+=,.@-]{1,64})$/;
/** Checks a role ARN before any call to STS, so a typo fails fast with a useful message. */
function parseRoleArn(value, source) {
    const trimmed = value.trim();
    const match = ROLE_ARN.exec(trimmed);
    if (!match) {
        throw new Error(`${source}: '${trimmed}' is not an IAM role ARN. Expected arn:aws:iam::<12-digit account id>:role/<name>, ` +
            'for example arn:aws:iam::123456789012:role/aws-audit-readonly.');
    }
    return {
        arn: trimmed,
        partition: match[1],
        accountId: match[2],
        name: match[4],
    };
}


/***/ }),

/***/ 2592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ applyBaseline)
/* harmony export */ });
/* unused harmony export carriedApprovals */
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8850);

/** How long a resolution is remembered, so that the finding's return reads as reopened. */
const RESOLUTION_MEMORY_DAYS = 90;
const DAY_MS = 86_400_000;
/** The judgement of the rule that wrote a finding: by its id, or an earlier id of the rule. */
function judgementIndex(rules) {
    const byId = new Map();
    for (const rule of rules)
        for (const id of [rule.id, ...rule.aliases])
            byId.set(id, rule);
    return (ruleId) => byId.get(ruleId);
}
/** The scope status an absent finding is judged by, or why there is none. */
function statusFor(judgement, finding) {
    if (!judgement)
        return 'rule-not-run';
    if (judgement.error !== null)
        return 'rule-failed';
    const exact = judgement.scopes.find((s) => s.account === finding.account && s.region === finding.region);
    const scope = exact ?? judgement.scopes.find((s) => s.account === finding.account && s.region === 'global');
    return scope?.status ?? 'not-scanned';
}
/**
 * Weighs this run's report (as buildReport made it: every finding new) against the previous run's.
 * By fingerprint: a finding seen before persists (first seen carried over, a severity change
 * noted); one resolved in the last 90 days and back is reopened; the rest is new. A previous
 * finding absent now is resolved only where its rule judged its scope `complete` this run;
 * anywhere else it is unknown and carried over with its last-seen date, never resolved, never
 * dropped. Pure: the same two reports always give the same result.
 */
function applyBaseline(current, previous, baseline) {
    if (!previous)
        return { ...current, baseline };
    const at = current.generatedAt;
    const before = new Map();
    for (const finding of [...previous.findings, ...previous.unknownFindings])
        before.set(finding.fingerprint, finding);
    const resolvedBefore = new Map(previous.resolvedHistory.map((r) => [r.fingerprint, r]));
    const findings = current.findings.map((finding) => {
        const seen = before.get(finding.fingerprint);
        const resolved = resolvedBefore.get(finding.fingerprint);
        const state = finding.suppressed
            ? 'suppressed'
            : seen
                ? 'persisting'
                : resolved
                    ? 'reopened'
                    : 'new';
        return {
            ...finding,
            history: {
                state,
                firstSeen: seen?.history.firstSeen ?? at,
                lastSeen: at,
                previousSeverity: seen && seen.severity !== finding.severity ? seen.severity : null,
                unknownBecause: null,
                resolvedAt: null,
            },
        };
    });
    const now = new Set(findings.map((f) => f.fingerprint));
    const judgementOf = judgementIndex(current.rules);
    const unknownFindings = [];
    const resolvedFindings = [];
    for (const finding of before.values()) {
        if (now.has(finding.fingerprint))
            continue;
        const status = statusFor(judgementOf(finding.ruleId), finding);
        if (status === 'complete') {
            resolvedFindings.push({
                ...finding,
                history: { ...finding.history, state: 'resolved', unknownBecause: null, resolvedAt: at },
            });
        }
        else {
            unknownFindings.push({
                ...finding,
                history: { ...finding.history, state: 'unknown', unknownBecause: status },
            });
        }
    }
    const horizon = Date.parse(at) - RESOLUTION_MEMORY_DAYS * DAY_MS;
    const resolvedHistory = [
        ...previous.resolvedHistory.filter((r) => !now.has(r.fingerprint) && Date.parse(r.resolvedAt) >= horizon),
        ...resolvedFindings.map((f) => ({
            fingerprint: f.fingerprint,
            ruleId: f.ruleId,
            resourceArn: f.resource.arn,
            firstSeen: f.history.firstSeen,
            resolvedAt: at,
        })),
    ].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
    const byFingerprint = (a, b) => a.fingerprint.localeCompare(b.fingerprint);
    const report = {
        ...current,
        baseline,
        findings,
        unknownFindings: unknownFindings.sort(byFingerprint),
        resolvedFindings: resolvedFindings.sort(byFingerprint),
        resolvedHistory,
        summary: (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(findings, unknownFindings, resolvedFindings),
        cleanup: { ...current.cleanup, approvals: carriedApprovals(previous.cleanup.approvals, Date.parse(at)) },
    };
    return (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .withHistory */ .$k)(report, previous.history);
}
/** How long an expired, revoked or used approval stays in the ledger, so the dashboard can say so. */
const APPROVAL_MEMORY_MS = 30 * 86_400_000;
/** The approvals ledger, carried forward: what is still live, and what ended within 30 days. */
function carriedApprovals(approvals, now) {
    const ended = (a) => Math.min(Date.parse(a.expiresAt), Date.parse(a.revokedAt ?? a.expiresAt), Date.parse(a.doneAt ?? a.expiresAt));
    return approvals.filter((a) => ended(a) >= now - APPROVAL_MEMORY_MS);
}


/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ checkOutputDir),
/* harmony export */   hm: () => (/* binding */ preflightScan),
/* harmony export */   jw: () => (/* binding */ checkRoleArns)
/* harmony export */ });
/* unused harmony export checkAwsProfile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _smithy_core_config__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7291);
/* harmony import */ var _credentials_role_arn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7998);
/* harmony import */ var _run_audit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7806);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8287);






/** An output directory that is a file would fail the run after the whole scan; say so first. */
async function checkOutputDir(dir, label) {
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory()) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${label('output-dir')}: ${dir} exists and is not a directory`);
        }
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return; // created when the results are written
        if (code === 'ENOTDIR')
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${label('output-dir')}: ${dir} is inside a file, not a directory`);
        throw error;
    }
}
/**
 * AWS_PROFILE naming a profile that is in neither shared file: the SDK would fail only at the first
 * call, with a message that does not say which files it read. The files are those the SDK reads.
 */
async function checkAwsProfile(env = process.env) {
    const profile = env.AWS_PROFILE?.trim();
    if (!profile)
        return;
    const configPath = env.AWS_CONFIG_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_4__.getHomeDir)(), '.aws', 'config');
    const credentialsPath = env.AWS_SHARED_CREDENTIALS_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_4__.getHomeDir)(), '.aws', 'credentials');
    const { configFile, credentialsFile } = await (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_4__.loadSharedConfigFiles)({
        configFilepath: configPath,
        filepath: credentialsPath,
        ignoreCache: true,
    });
    if (Object.hasOwn(configFile, profile) || Object.hasOwn(credentialsFile, profile))
        return;
    throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`AWS_PROFILE is '${profile}', a profile in neither ${configPath} nor ${credentialsPath} ` +
        '(AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE choose other files); unset it or add the profile');
}
/** Role ARNs, checked before anything (credential resolution checks them again, later). */
function checkRoleArns(credentials, label) {
    (0,_usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .asUsageError */ .I)(() => {
        if (credentials.roleToAssume)
            (0,_credentials_role_arn_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRoleArn */ .D)(credentials.roleToAssume, label('role-to-assume'));
        if (credentials.roleFromAmbient)
            (0,_credentials_role_arn_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRoleArn */ .D)(credentials.roleFromAmbient, label('role-arn'));
        credentials.additionalRoles.forEach((arn, index) => (0,_credentials_role_arn_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRoleArn */ .D)(arn, `${label('additional-role-arns')} entry ${index + 1}`));
    });
}
/**
 * Everything that can be checked without AWS, before the first call: a mistake in the inputs or
 * the config file must cost no scan. Returns the audit configuration the audit will use.
 */
async function preflightScan(settings, options) {
    const { label } = options;
    checkRoleArns(settings.credentials, label);
    await checkAwsProfile();
    await checkOutputDir(settings.outputDir, label);
    return (0,_run_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareAuditConfig */ .l)(options.config, label('config'), options.info);
}


/***/ }),

/***/ 1936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ diffSummaryText)
/* harmony export */ });
/* unused harmony export highestNewSeverity */
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);


const count = (report, state) => _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.reduce((n, s) => n + report.summary.byState[state][s], 0);
/** The most severe new or reopened active finding's severity, or null. */
function highestNewSeverity(report) {
    const fresh = report.findings.filter((f) => f.history.state === 'new' || f.history.state === 'reopened');
    return fresh.map((f) => f.severity).sort((a, b) => severityRank(a) - severityRank(b))[0] ?? null;
}
const WHY_UNKNOWN = {
    partial: 'read only in part',
    failed: 'could not be read',
    'not-scanned': 'not scanned',
    excluded: 'outside the configured scope',
    'rule-not-run': 'rule not run',
    'rule-failed': 'rule failed',
};
const line = (f, note = '') => `  ${f.severity.padEnd(8)} ${f.ruleId}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.resource.name ?? f.resource.id)} (${f.account} ${f.region})${note}`;
/** Plain text: where the baseline came from, the counts per state, then the new, resolved and unknown findings. */
function diffSummaryText(report, limit = 20) {
    const { baseline } = report;
    if (baseline.source === 'none') {
        return `No previous report${baseline.note ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(baseline.note)})` : ''}: every finding counts as new.`;
    }
    const fresh = report.findings.filter((f) => f.history.state === 'new' || f.history.state === 'reopened');
    const section = (title, items, note = () => '') => items.length === 0
        ? []
        : [
            `${title}:`,
            ...items.slice(0, limit).map((f) => line(f, note(f))),
            ...(items.length > limit ? [`  ... and ${items.length - limit} more in the report`] : []),
        ];
    return [
        `Compared with the report of ${baseline.generatedAt ?? 'an unknown time'} (${baseline.source}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(baseline.location ?? '')}): ` +
            `${count(report, 'new')} new, ${count(report, 'reopened')} reopened, ${count(report, 'resolved')} resolved, ` +
            `${count(report, 'persisting')} persisting, ${count(report, 'unknown')} unknown (not judged this run), ` +
            `${count(report, 'suppressed')} suppressed.`,
        ...section('New', fresh, (f) => (f.history.state === 'reopened' ? ' [reopened]' : '')),
        ...section('Resolved', report.resolvedFindings),
        ...section('Unknown (their scope was not judged this run; not resolved)', report.unknownFindings, (f) => f.history.unknownBecause
            ? ` [${WHY_UNKNOWN[f.history.unknownBecause] ?? f.history.unknownBecause}]`
            : ''),
    ].join('\n');
}


/***/ }),

/***/ 8308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ jsonStringContent),
/* harmony export */   k: () => (/* binding */ escapeSlack)
/* harmony export */ });
/* harmony import */ var _escape_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4597);

/*
 * Slack mrkdwn has no escape character. `&`, `<` and `>` must be written `&amp;`, `&lt;`, `&gt;`
 * (Slack's rule), and that alone disarms every control sequence: `<!channel>`, `<!here>`,
 * `<!everyone>`, `<@U123>`, `<#C123>`, `<!subteam^S1>`, `<!date^...>` and `<url|text>` links.
 * Formatting characters have no escape at all, so they become look-alikes (the replacements
 * jsx-slack's <Escape> uses): `*` -> `∗`, `_` -> `ˍ`, `~` -> `∼`, `` ` `` -> `ˋ`. A leading `&gt;`
 * is still a quote to Slack, so a soft hyphen goes before it. What Slack links by itself when a
 * text object is not `verbatim` (`@here`, `@name`, `#channel`, bare URLs and domains) is broken
 * by a zero-width space after the trigger. Templates should still set `"verbatim": true`.
 */
const LOOKALIKE = {
    '*': '\u2217',
    _: '\u02cd',
    '~': '\u223c',
    '`': '\u02cb',
};
/** Escapes one value for Slack mrkdwn (section text, fields, context elements, the `text` fallback). */
function escapeSlack(value) {
    return (0,_escape_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .j)(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[*_~`]/g, (char) => LOOKALIKE[char] ?? char)
        .replace(/^(\s*)&gt;/, '$1\u00ad&gt;')
        .replace(/[@#](?=[\p{L}\p{N}_])/gu, '$&\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/([\p{L}\p{N}])\.(?=\p{L})/gu, '$1.\u200b');
}
/**
 * A JSON string's contents: a Slack template is JSON, and a value must not end the string it is
 * written in. Its first character is always a `\u` escape, which is valid only inside a string: a
 * value placed outside one (`"text": {{name}}`) makes the template's output invalid JSON, an error,
 * instead of JSON structure the value chose.
 */
function jsonStringContent(value) {
    const first = value.charCodeAt(0);
    if (Number.isNaN(first))
        return '';
    const escapedFirst = `\\u${first.toString(16).padStart(4, '0')}`;
    return escapedFirst + JSON.stringify(value.slice(1)).slice(1, -1);
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* reexport safe */ _escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__.FV),
/* harmony export */   wh: () => (/* reexport safe */ _escape_text_js__WEBPACK_IMPORTED_MODULE_2__.w)
/* harmony export */ });
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2353);
/* harmony import */ var _escape_slack_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8308);
/* harmony import */ var _escape_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4597);
/**
 * Resource names, tags, ids, policy text and AWS error messages are attacker-controlled: whoever can
 * tag a resource writes text we publish. One escaper per medium keeps it inert there:
 *
 * - GitHub Markdown, every context of a comment, issue or job summary: `escape-markdown.ts`
 * - HTML outside GitHub: `escape-html.ts`
 * - Slack mrkdwn, and JSON string contents for Slack templates: `escape-slack.ts`
 * - terminals and Action logs: `plainText` in `escape-text.ts`
 */




/** Text inside inline HTML in a table cell: `escapeMarkdown` covers it (kept for today's callers). */



/***/ }),

/***/ 7806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ prepareAuditConfig),
  b: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cleanup/actions/index.ts + 9 modules
var actions = __webpack_require__(6816);
;// CONCATENATED MODULE: ./src/cleanup/candidates.ts
/** The short id people approve: the fingerprint's first 8 characters. */
const candidateId = (fingerprint) => fingerprint.slice(0, 8);
/**
 * The findings whose rule proposes an action this version can take, with the state of their
 * resource as the scan read it: what an approval given on this report binds. Suppressed findings
 * are not candidates.
 */
function cleanupCandidates(findings, inventory, definitions) {
    const byArn = new Map(inventory.resources.map((resource) => [resource.arn, resource]));
    const candidates = [];
    for (const finding of findings) {
        const byId = definitions;
        const definition = finding.cleanupAction ? byId[finding.cleanupAction] : undefined;
        const resource = byArn.get(finding.resource.arn);
        if (!definition || !resource || finding.suppressed || resource.type !== definition.resourceType)
            continue;
        candidates.push({
            id: candidateId(finding.fingerprint),
            fingerprint: finding.fingerprint,
            action: definition.id,
            account: finding.account,
            region: finding.region,
            resourceId: resource.id,
            arn: resource.arn,
            state: definition.stateFromInventory(resource),
            monthlyUsd: finding.cost?.monthlyUsd ?? null,
        });
    }
    return candidates.sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/shared/ajv.ts
var ajv = __webpack_require__(9222);
// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
;// CONCATENATED MODULE: ./src/config/patterns.ts
/** `/^arn:.*$/i` -> RegExp; throws on an invalid pattern. */
function regexFromSlashes(text) {
    const match = /^\/(.*)\/([a-z]*)$/s.exec(text);
    if (!match)
        throw new Error(`'${text}' is not written as /pattern/flags`);
    return new RegExp(match[1], match[2]);
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/config/load.ts











const validate = (0,ajv/* compileSchema */.F)(schema/* AuditConfigFile */.kj);
/** Parses and validates the config text; every problem names the file, line and column. */
function parseAuditConfig(text, file) {
    const { document, value, at } = (0,yaml/* parseValidatedYaml */.p)(text, file, validate);
    const problems = [];
    const suppressions = (value.suppressions ?? []).map((suppression, index) => {
        const source = at(document.getIn(['suppressions', index], true)?.range?.[0]);
        if (suppression.resource?.startsWith('/')) {
            try {
                regexFromSlashes(suppression.resource);
            }
            catch (error) {
                problems.push(`${source}: suppressions.${index}.resource is not a valid regular expression: ${(0,shared_errors/* errorMessage */.g)(error)}`);
            }
        }
        return { ...suppression, source };
    });
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    const locations = {};
    const locate = (path, node) => {
        if (node?.range)
            locations[path.join('.')] = at(node.range[0]);
    };
    for (const list of [
        ['rules', 'disable'],
        ['rules', 'enable'],
        ['scope', 'services'],
    ]) {
        const items = document.getIn(list, true);
        if ((0,dist/* isSeq */.oP)(items))
            items.items.forEach((item, i) => locate([...list, i], item));
    }
    const severities = document.getIn(['rules', 'severity'], true);
    if ((0,dist/* isMap */.jh)(severities)) {
        for (const pair of severities.items) {
            if ((0,dist/* isScalar */.jn)(pair.key))
                locate(['rules', 'severity', String(pair.key.value)], pair.key);
        }
    }
    return {
        source: file,
        disable: value.rules?.disable ?? [],
        enable: value.rules?.enable ?? [],
        severity: value.rules?.severity ?? {},
        thresholds: { ...schema/* DEFAULT_THRESHOLDS */.JJ, ...value.thresholds },
        scope: { regions: value.scope?.regions ?? null, services: value.scope?.services ?? null },
        suppressions,
        locations,
    };
}
/**
 * Reads the config file named by the `config` input or `--config` flag (`label`), the same way in
 * both: the default path may be absent (the defaults apply, and `info` says so once); any other
 * path must exist, since a path someone wrote down and mistyped must not silently mean defaults.
 */
async function loadAuditConfig(option, label, info) {
    const path = option?.trim() || schema/* DEFAULT_CONFIG_PATH */.Bi;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' &&
            (0,external_node_path_.normalize)(path) === (0,external_node_path_.normalize)(schema/* DEFAULT_CONFIG_PATH */.Bi)) {
            info(`No ${schema/* DEFAULT_CONFIG_PATH */.Bi}: the audit uses the default rules and thresholds.`);
            return schema/* DEFAULT_CONFIG */.PV;
        }
        throw new usage_error/* UsageError */.e(`${label}: cannot read ${path}: ${(0,shared_errors/* errorMessage */.g)(error)}`);
    }
    return parseAuditConfig(text, path);
}

// EXTERNAL MODULE: ./src/report/io.ts + 3 modules
var io = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/diff/diff.ts
var diff = __webpack_require__(2592);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/rules/catalog/index.ts + 69 modules
var catalog = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/findings/finding.ts
var findings_finding = __webpack_require__(4879);
;// CONCATENATED MODULE: ./src/rules/context.ts
/**
 * The inventory indexed once per audit: resources by type, and coverage by scope. Rules never see
 * it whole: each gets a RuleContext over it (forRule) that serves only the types the rule reads.
 */
class AuditContext {
    inventory;
    config;
    now;
    byType = new Map();
    coverage = new Map();
    constructor(inventory, config, now) {
        this.inventory = inventory;
        this.config = config;
        this.now = now;
        for (const resource of inventory.resources) {
            const list = this.byType.get(resource.type) ?? [];
            list.push(resource);
            this.byType.set(resource.type, list);
        }
        for (const account of inventory.accounts) {
            for (const entry of account.coverage) {
                this.coverage.set(`${account.id}|${entry.resourceType}|${entry.region}`, entry.status);
            }
        }
    }
    partitionOf(account) {
        return this.inventory.accounts.find((a) => a.id === account)?.partition ?? 'aws';
    }
    /** An account as the target of an account-wide finding. */
    accountTarget(account) {
        const alias = this.inventory.accounts.find((a) => a.id === account)?.alias ?? null;
        return {
            arn: `arn:${this.partitionOf(account)}:iam::${account}:root`,
            id: account,
            name: alias,
            type: 'aws:account',
            account,
            region: 'global',
            tags: {},
        };
    }
    /** A region of an account as the target of a region-wide finding. */
    regionTarget(account, region) {
        return {
            arn: `arn:${this.partitionOf(account)}:ec2:${region}:${account}:region`,
            id: `${account}/${region}`,
            name: region,
            type: 'aws:region',
            account,
            region,
            tags: {},
        };
    }
    /** A view for one rule, sharing these indexes: building it costs one small set. */
    forRule(rule) {
        return new RuleContext(this, rule.metadata);
    }
}
/**
 * What a rule sees: the resources of the types it declares in `reads`, whether a scope was read
 * completely, the thresholds, and the time. Rules never call AWS. Reading an undeclared type
 * throws, so what a rule's findings rest on is exactly what its metadata says.
 */
class RuleContext {
    audit;
    rule;
    config;
    now;
    reads;
    constructor(audit, rule) {
        this.audit = audit;
        this.rule = rule;
        this.config = audit.config;
        this.now = audit.now;
        this.reads = new Set([...rule.reads, ...rule.consults]);
    }
    requireDeclared(type) {
        if (!this.reads.has(type)) {
            throw new Error(`Rule ${this.rule.id} read ${type}, which neither its metadata.reads nor its consults declare`);
        }
    }
    get thresholds() {
        return this.config.thresholds;
    }
    resources(type) {
        this.requireDeclared(type);
        return (this.audit.byType.get(type) ?? []);
    }
    /** True when the type was listed completely (or with unknown attributes only) in that scope. */
    listed(account, type, region) {
        this.requireDeclared(type);
        const status = this.audit.coverage.get(`${account}|${type}|${region}`);
        return status === 'complete' || status === 'partial';
    }
    /** Whether a rule may judge this attribute: a failed read is unknown, never "off". */
    known(resource, ...attributes) {
        return attributes.every((attribute) => !resource.unknownAttributes.includes(attribute));
    }
    accounts() {
        return this.audit.inventory.accounts.map((a) => a.id);
    }
    regionsOf(account) {
        return this.audit.inventory.accounts.find((a) => a.id === account)?.regions ?? [];
    }
    partitionOf(account) {
        return this.audit.partitionOf(account);
    }
    accountTarget(account) {
        return this.audit.accountTarget(account);
    }
    regionTarget(account, region) {
        return this.audit.regionTarget(account, region);
    }
    /** Whole days from an ISO time to now (null when unknown). */
    daysSince(iso) {
        if (!iso)
            return null;
        const time = Date.parse(iso);
        return Number.isNaN(time) ? null : Math.floor((this.now.getTime() - time) / 86_400_000);
    }
    /** Tagged as production by the configured tag keys and values (case-insensitive values). */
    isProduction(resource) {
        return Object.entries(this.thresholds.productionTags).some(([key, values]) => {
            const value = Object.entries(resource.tags).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
            return value !== undefined && values.some((v) => v.toLowerCase() === value.toLowerCase());
        });
    }
}

// EXTERNAL MODULE: ./src/rules/model.ts
var model = __webpack_require__(2818);
;// CONCATENATED MODULE: ./src/rules/scopes.ts
/** Worst first: the status of a scope is the worst of what the rule reads there. */
const SEVERITY = {
    failed: 4,
    'not-scanned': 3,
    excluded: 2,
    partial: 1,
    complete: 0,
};
const worse = (a, b) => (SEVERITY[a] >= SEVERITY[b] ? a : b);
/** Whether a rule may report findings in a scope of this status. */
const judged = (status) => status === 'complete' || status === 'partial';
/** The inventory's coverage, indexed for the engine: account -> type -> region -> status. */
class CoverageIndex {
    byAccount = new Map();
    regions = new Map();
    /** Types collected once per account (IAM, S3, Budgets...) rather than per region. */
    globalTypes = new Set();
    constructor(inventory) {
        for (const account of inventory.accounts) {
            this.regions.set(account.id, account.regions);
            const types = new Map();
            for (const entry of account.coverage) {
                const regions = types.get(entry.resourceType) ?? new Map();
                regions.set(entry.region, entry.status);
                types.set(entry.resourceType, regions);
                if (entry.region === 'global')
                    this.globalTypes.add(entry.resourceType);
            }
            this.byAccount.set(account.id, types);
        }
    }
    accounts() {
        return [...this.regions.keys()];
    }
    regionsOf(account) {
        return this.regions.get(account) ?? [];
    }
    isGlobal(type) {
        return this.globalTypes.has(type);
    }
    /**
     * How completely `type` was read for a scope. A global type is read once for the account, so
     * every scope gets that status; a regional type read for the account as a whole (`global`)
     * is as complete as its worst region.
     */
    statusOf(account, type, scope) {
        const regions = this.byAccount.get(account)?.get(type);
        if (!regions)
            return 'not-scanned';
        const global = regions.get('global');
        if (global)
            return global;
        if (scope !== 'global')
            return regions.get(scope) ?? 'not-scanned';
        const accountRegions = this.regionsOf(account);
        if (accountRegions.length === 0)
            return 'not-scanned';
        return accountRegions.map((r) => regions.get(r) ?? 'not-scanned').reduce(worse, 'complete');
    }
    /**
     * The status of a scope for a rule: the worst of what it `reads`; what it only `consults` (for
     * severity, cost, evidence, or as one of several signs) makes the scope `partial` at worst, as
     * the rule can still judge but an absent finding no longer proves anything.
     */
    scopeStatus(account, scope, reads, anyConsulted = false) {
        const required = reads.reads.map((type) => this.statusOf(account, type, scope)).reduce(worse, 'complete');
        const consulted = reads.consults.map((type) => this.statusOf(account, type, scope));
        if (anyConsulted && consulted.length > 0 && !consulted.some(judged))
            return consulted.reduce(worse);
        return consulted.some((status) => status !== 'complete') ? worse(required, 'partial') : required;
    }
    /**
     * The status a hit of a rule over every type (`*`) is judged by: that of its resource's own type
     * where it lives, unless the configuration excluded the scope.
     */
    hitStatus(target, scopeOf) {
        if (scopeOf(target.account, target.region) === 'excluded')
            return 'excluded';
        return this.statusOf(target.account, target.type, target.region);
    }
    /**
     * The scopes a rule's findings fall in, per account: `global` for account-wide checks and types
     * read once per account, each region for regional types and region-wide checks, both for rules
     * over resources of every type.
     */
    scopesFor(resourceType, reads) {
        // A rule over resources of every type judges each resource on its own type's listing alone
        // (see hitStatus): a scope is judged where any of its types was read, and complete where all were.
        const judgeable = resourceType === '*' ? { reads: [], consults: [...reads.reads, ...reads.consults] } : reads;
        const regional = resourceType === 'aws:region' ||
            resourceType === '*' ||
            (resourceType !== 'aws:account' && !this.isGlobal(resourceType) && this.isScanned(resourceType));
        const global = resourceType !== 'aws:region' && !(regional && resourceType !== '*');
        return this.accounts().flatMap((account) => [...(global ? ['global'] : []), ...(regional ? this.regionsOf(account) : [])].map((region) => ({
            account,
            region,
            status: this.scopeStatus(account, region, judgeable, resourceType === '*'),
        })));
    }
    isScanned(type) {
        return [...this.byAccount.values()].some((types) => types.has(type));
    }
}
/**
 * The status of the scope a finding at (account, region) falls in: its region's, or for rules
 * judged account-wide (IAM, S3 buckets wherever they live), the account's `global` scope. A scope
 * the rule has no record of was not judged.
 */
function scopeOfFinding(scopes, account, region) {
    return scopeLookup(scopes)(account, region);
}
/** scopeOfFinding for many findings of one rule: the scopes indexed once. */
function scopeLookup(scopes) {
    const byKey = new Map(scopes.map((s) => [`${s.account}|${s.region}`, s.status]));
    return (account, region) => byKey.get(`${account}|${region}`) ?? byKey.get(`${account}|global`) ?? 'not-scanned';
}

// EXTERNAL MODULE: ./src/inventory/resources/index.ts + 28 modules
var resources = __webpack_require__(6870);
// EXTERNAL MODULE: ./src/policy/index.ts + 9 modules
var policy = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/rules/select.ts




const compiled = new Map();
/** Compiled once: the same few configured patterns are tried on every rule and every finding. */
function once(key, compile) {
    let matcher = compiled.get(key);
    if (matcher === undefined) {
        matcher = compile();
        compiled.set(key, matcher);
    }
    return matcher;
}
/** `*` matches any run of characters (slashes included), `?` one character; the rest is literal. */
const globMatcher = (glob) => once(`glob ${glob}`, () => (0,policy/* wildcardMatcher */.pn)(glob));
function regexMatcher(pattern) {
    const regex = regexFromSlashes(pattern);
    return (value) => {
        regex.lastIndex = 0; // a /g or /y pattern would otherwise resume where it last matched
        return regex.test(value);
    };
}
/** A glob, or a regular expression written as `/.../flags`. */
function patternMatcher(pattern) {
    if (pattern.startsWith('/') && pattern.length > 1 && /\/[a-z]*$/.test(pattern))
        return once(`regex ${pattern}`, () => regexMatcher(pattern));
    return globMatcher(pattern);
}
const matchesPattern = (pattern, value) => patternMatcher(pattern)(value);
const namesOf = (rule) => [rule.metadata.id, ...rule.metadata.aliases];
function ruleMatches(pattern, rule) {
    const matches = globMatcher(pattern);
    return namesOf(rule).some((name) => matches(name));
}
/**
 * The service a finding is about: its resource's, or for an account- or region-wide finding (no
 * budget, GuardDuty off), the service the rule checks.
 */
function serviceOfFinding(ruleId, resourceType) {
    return resourceType === 'aws:account' || resourceType === 'aws:region'
        ? (ruleId.split('.')[0] ?? ruleId)
        : (0,resources/* serviceOfType */.D3)(resourceType);
}
/** The services the rules can be scoped to. */
function scopableServices(rules) {
    return new Set(rules
        .filter((r) => r.metadata.resourceType !== '*')
        .map((r) => serviceOfFinding(r.metadata.id, r.metadata.resourceType)));
}
/**
 * Which rules run. An exact id in `disable` always wins; an exact id in `enable` beats a glob in
 * `disable` (so `disable: [s3.*]` with `enable: [s3.bucket-public]` keeps that one); then globs;
 * then the rule's default. A name that matches no rule, or a scope service no rule covers, is an
 * error naming where it is written: a typo must not pass silently.
 */
function selectRules(rules, config) {
    const where = (path) => config.locations[path] ?? config.source ?? 'configuration';
    const problems = [
        ...config.disable.map((p, i) => [`${where(`rules.disable.${i}`)}: rules.disable`, p]),
        ...config.enable.map((p, i) => [`${where(`rules.enable.${i}`)}: rules.enable`, p]),
        ...Object.keys(config.severity).map((p) => [`${where(`rules.severity.${p}`)}: rules.severity`, p]),
        ...config.suppressions.map((s) => [`${s.source}: suppression`, s.rule]),
    ]
        .filter(([, pattern]) => !rules.some((rule) => ruleMatches(pattern, rule)))
        .map(([at, pattern]) => `${at} names no rule: '${pattern}' (list them with: aws-audit rules)`);
    const services = scopableServices(rules);
    (config.scope.services ?? []).forEach((service, i) => {
        if (!services.has(service)) {
            problems.push(`${where(`scope.services.${i}`)}: scope.services names no service the rules cover: '${service}' (one of: ${[...services].sort().join(', ')})`);
        }
    });
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    const exact = (list, rule) => namesOf(rule).some((name) => list.includes(name));
    const glob = (list, rule) => list.some((pattern) => ruleMatches(pattern, rule));
    return rules.filter((rule) => {
        if (exact(config.disable, rule))
            return false;
        if (exact(config.enable, rule))
            return true;
        if (glob(config.disable, rule))
            return false;
        if (glob(config.enable, rule))
            return true;
        return rule.metadata.defaultEnabled;
    });
}
/**
 * The configured severity of a rule: by its id or an alias first, else by the longest glob that
 * matches it (`s3.bucket-*` beats `s3.*`); undefined when none is set.
 */
function configuredSeverity(rule, config) {
    const byName = namesOf(rule)
        .map((name) => config.severity[name])
        .find((s) => s !== undefined);
    if (byName)
        return byName;
    const globs = Object.keys(config.severity)
        .filter((pattern) => (0,policy/* hasWildcard */.rl)(pattern) && ruleMatches(pattern, rule))
        .sort((a, b) => b.length - a.length || a.localeCompare(b));
    return globs[0] === undefined ? undefined : config.severity[globs[0]];
}

;// CONCATENATED MODULE: ./src/rules/engine.ts






/**
 * Names and ids are attacker-controlled text: quoted for a POSIX shell unless made only of
 * characters that cannot do anything there, so a copied command cannot run anything else.
 */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:@=+,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/** The CLI template with the hit's values, or null when the hit lacks one it names. */
function fill(template, hit) {
    if (!template)
        return null;
    const { target } = hit;
    const values = {
        ...hit.templateValues,
        id: target.id,
        name: target.name ?? target.id,
        region: target.region,
        account: target.account,
        arn: target.arn,
    };
    let complete = true;
    const filled = template.replace(/\{([A-Za-z]+)\}/g, (_match, key) => {
        const value = values[key];
        if (value === undefined)
            complete = false;
        return shellQuote(value ?? '');
    });
    return complete ? filled : null;
}
/** The last day a suppression applies is its `expires` date, all day (UTC). */
function expired(suppression, now) {
    return suppression.expires !== undefined && now.toISOString().slice(0, 10) > suppression.expires;
}
/** The first of the rule's suppressions that matches the finding. */
function suppressionFor(finding, suppressions) {
    return suppressions.find((s) => (s.resource === undefined || matchesPattern(s.resource, finding.resource.arn)) &&
        (s.account === undefined || s.account === finding.account) &&
        (s.region === undefined || matchesPattern(s.region, finding.region)) &&
        Object.entries(s.tags ?? {}).every(([key, value]) => finding.resource.tags[key] === value));
}
/**
 * Suppressions whose `resource` matches nothing that was scanned: a typo, or a resource long gone.
 * Either way it suppresses nothing, which its author would want to know. Account- and region-wide
 * findings have ARNs of their own, which count as scanned.
 */
function unmatchedSuppressions(suppressions, inventory, context, findings) {
    const arns = new Set([
        ...inventory.resources.map((r) => r.arn),
        ...findings.map((f) => f.resource.arn),
        ...inventory.accounts.flatMap((a) => [
            context.accountTarget(a.id).arn,
            ...a.regions.map((region) => context.regionTarget(a.id, region).arn),
        ]),
    ]);
    return suppressions
        .filter((s) => s.resource !== undefined)
        .filter((s) => {
        const matches = patternMatcher(s.resource ?? '');
        for (const arn of arns)
            if (matches(arn))
                return false;
        return true;
    })
        .map((s) => `The suppression at ${s.source} (rule ${s.rule}) matches no resource in the inventory: ` +
        `resource '${s.resource}'. Check the pattern, or remove the suppression.`);
}
function inScope(finding, config) {
    const { regions, services } = config.scope;
    if (regions && finding.region !== 'global' && !regions.includes(finding.region))
        return false;
    return !services || services.includes(serviceOfFinding(finding.ruleId, finding.resource.type));
}
function compareFindings(a, b) {
    return ((0,findings_finding/* severityRank */.qs)(a.severity) - (0,findings_finding/* severityRank */.qs)(b.severity) ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.account.localeCompare(b.account) ||
        a.region.localeCompare(b.region) ||
        a.resource.arn.localeCompare(b.resource.arn) ||
        (a.subKey ?? '').localeCompare(b.subKey ?? ''));
}
/** Runs the enabled rules over the inventory: pure, in memory. */
function runRules(inventory, config, catalog, now = new Date()) {
    const rules = selectRules(catalog, config);
    const context = new AuditContext(inventory, config, now);
    const coverage = new CoverageIndex(inventory);
    const judgements = [];
    const warnings = [];
    const active = config.suppressions.filter((s) => {
        if (!expired(s, now))
            return true;
        warnings.push(`The suppression at ${s.source} (rule ${s.rule}) expired on ${s.expires}; its findings are active again.`);
        return false;
    });
    const findings = [];
    for (const rule of rules) {
        const { metadata } = rule;
        const judgement = {
            id: metadata.id,
            aliases: metadata.aliases,
            fingerprintId: (0,model/* fingerprintIdOf */.N1)(metadata),
            error: null,
            scopes: coverage
                .scopesFor(metadata.resourceType, metadata)
                .map((scope) => (excludedByConfig(rule, scope, config) ? { ...scope, status: 'excluded' } : scope)),
        };
        judgements.push(judgement);
        let hits;
        try {
            hits = rule.evaluate(context.forRule(rule));
        }
        catch (error) {
            // A rule bug must not hide every other finding; it is reported instead.
            const message = (0,shared_errors/* errorMessage */.g)(error);
            warnings.push(`Rule ${metadata.id} failed and reported nothing: ${message}`);
            judgement.error = message;
            judgement.scopes = [];
            continue;
        }
        // Per rule, not per hit: a rule can have tens of thousands of hits.
        const configured = configuredSeverity(rule, config);
        const suppressions = active.filter((s) => ruleMatches(s.rule, rule));
        const { fingerprintId } = judgement;
        const scopeOf = scopeLookup(judgement.scopes);
        for (const hit of hits) {
            const { target } = hit;
            // Only what was read may be judged: a hit in a scope the rule could not judge is dropped.
            const status = metadata.resourceType === '*'
                ? coverage.hitStatus(target, scopeOf)
                : scopeOf(target.account, target.region);
            if (!judged(status))
                continue;
            const severity = configured ?? hit.severity ?? metadata.severity;
            const finding = {
                fingerprint: (0,findings_finding/* fingerprintOf */.ax)(fingerprintId, target.account, target.region, target.arn, hit.subKey ?? null),
                ruleId: metadata.id,
                title: metadata.title,
                severity,
                category: metadata.category,
                account: target.account,
                region: target.region,
                resource: { arn: target.arn, id: target.id, name: target.name, type: target.type, tags: target.tags },
                subKey: hit.subKey ?? null,
                message: hit.message,
                evidence: hit.evidence,
                remediation: {
                    text: metadata.remediation.text,
                    cli: hit.cliDoesNotApply ? null : fill(metadata.remediation.cli, hit),
                    console: metadata.remediation.console ?? null,
                },
                references: referencesOf(metadata, hit),
                cost: hit.cost ?? null,
                cleanupAction: hit.cleanupDoesNotApply ? null : (metadata.cleanupAction ?? null),
                suppressed: null,
            };
            if (!inScope(finding, config))
                continue;
            const suppression = suppressionFor(finding, suppressions);
            if (suppression) {
                finding.suppressed = {
                    reason: suppression.reason,
                    expires: suppression.expires ?? null,
                    source: suppression.source,
                };
            }
            findings.push(finding);
        }
    }
    warnings.push(...unmatchedSuppressions(active, inventory, context, findings));
    return {
        findings: findings.sort(compareFindings),
        rules: judgements.sort((a, b) => a.id.localeCompare(b.id)),
        warnings,
    };
}
/**
 * Scopes the configuration leaves out (`scope.regions`, `scope.services`) are not judged: their
 * earlier findings stay unknown rather than resolved. Rules over every type (`*`) have a service
 * per finding only, so `scope.services` filters their findings but not their scopes.
 */
function excludedByConfig(rule, scope, config) {
    const { regions, services } = config.scope;
    if (regions && scope.region !== 'global' && !regions.includes(scope.region))
        return true;
    const { id, resourceType } = rule.metadata;
    return Boolean(services && resourceType !== '*' && !services.includes(serviceOfFinding(id, resourceType)));
}
/**
 * The citations of one finding: the rule's, narrowed by its hit where only some of the rule's
 * findings fail a control (never widened: an id the rule does not cite is dropped).
 */
function referencesOf(metadata, hit) {
    const { fsbp, cis, docs } = metadata.references;
    const narrowed = (own, hits) => hits === undefined ? own : own.filter((id) => hits.includes(id));
    return { fsbp: narrowed(fsbp, hit.references?.fsbp), cis: narrowed(cis, hit.references?.cis), docs };
}

;// CONCATENATED MODULE: ./src/run-audit.ts










/**
 * The audit configuration, loaded and checked against the rule catalog (a misspelt rule name is an
 * error too): done before the scan, so a mistake there costs no AWS call.
 */
async function prepareAuditConfig(option, label, info) {
    const config = await loadAuditConfig(option, label, info);
    selectRules(catalog/* catalog */.U, config);
    return config;
}
/** inventory -> rules -> findings -> report file. */
async function runAudit(inventory, settings, now = new Date()) {
    const outcome = runRules(inventory, settings.config, catalog/* catalog */.U, now);
    const candidates = cleanupCandidates(outcome.findings, inventory, actions/* CLEANUP_ACTION_DEFINITIONS */.X);
    const fresh = (0,report_report/* buildReport */.FK)(inventory, outcome, settings.config, now, settings.run, candidates);
    const baseline = settings.baseline ?? { report: undefined, info: report_report/* NO_BASELINE */.gN, warning: null };
    const report = (0,diff/* applyBaseline */.Q)(fresh, baseline.report, baseline.info);
    const reportPath = (0,external_node_path_.join)(settings.outputDir, 'report.json');
    await (0,io/* writeReport */.u5)(reportPath, report);
    return { report, reportPath };
}


/***/ })

};
