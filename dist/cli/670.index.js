export const id = 670;
export const ids = [670];
export const modules = {

/***/ 8670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffCommand: () => (/* binding */ diffCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diff_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2592);
/* harmony import */ var _report_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9557);
/* harmony import */ var _render_diff_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1936);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8287);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7911);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1604);







const options = {
    previous: { type: 'string' },
    current: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** Reads a report named on the command line; a file that is not one is the user's mistake. */
async function reportArgument(path) {
    try {
        return await (0,_report_io_js__WEBPACK_IMPORTED_MODULE_2__/* .readReport */ .tL)(path);
    }
    catch (error) {
        if (error instanceof _report_io_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportValidationError */ .gS)
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(error.message, { cause: error });
        throw error;
    }
}
/** The diff of two saved reports, as the scan would make it: no AWS call, nothing written. */
async function diffCommand(args, io) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: false });
    if (values.help) {
        io.out(_help_js__WEBPACK_IMPORTED_MODULE_4__/* .HELP */ ._);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    if (!values.previous || !values.current) {
        io.err('aws-audit: diff needs --previous FILE and --current FILE (two report.json files)');
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    const previous = await reportArgument(values.previous);
    const current = await reportArgument(values.current);
    const diffed = (0,_diff_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .applyBaseline */ .Q)(current, previous, {
        source: 'file',
        location: values.previous,
        generatedAt: previous.generatedAt,
        note: null,
    });
    if (values.json) {
        const pick = (state) => diffed.findings.filter((f) => f.history.state === state);
        io.out(JSON.stringify({
            baseline: diffed.baseline,
            byState: diffed.summary.byState,
            new: [...pick('new'), ...pick('reopened')],
            resolved: diffed.resolvedFindings,
            unknown: diffed.unknownFindings,
            persisting: pick('persisting').length,
            suppressed: pick('suppressed').length,
        }, null, 2));
    }
    else {
        io.out((0,_render_diff_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .diffSummaryText */ .l)(diffed));
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
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



/***/ })

};
