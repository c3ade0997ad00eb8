export const id = 996;
export const ids = [996];
export const modules = {

/***/ 7996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  complianceCommand: () => (/* binding */ complianceCommand),
  standardOption: () => (/* binding */ standardOption),
  statusOption: () => (/* binding */ statusOption)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/report/compliance.ts
var compliance = __webpack_require__(8323);
// EXTERNAL MODULE: ./src/report/io.ts + 3 modules
var report_io = __webpack_require__(9557);
// EXTERNAL MODULE: ./src/report/schema.ts
var schema = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/render/escape-markdown.ts + 1 modules
var escape_markdown = __webpack_require__(2353);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/render/compliance.ts



/** How each status reads: "not judged" is its own word, never folded into a pass. */
const STATUS_WORDS = {
    pass: 'pass',
    fail: 'fail',
    'not-applicable': 'not applicable',
    'not-judged': 'not judged',
};
/** Findings named per failing control in the Markdown table; the JSON has all of them. */
const NAMED_FINDINGS = 10;
/** `12 pass, 3 fail, 4 not applicable, 349 not judged; 368 controls`. */
function countsLine(counts) {
    return (`${counts.pass} pass, ${counts.fail} fail, ${counts.notApplicable} not applicable, ` +
        `${counts.notJudged} not judged; ${counts.total} controls`);
}
/** The reason, with each citing rule's deviation from the control. */
function reasonWithDeviations(result, control) {
    const deviations = (control?.deviations ?? []).map((d) => `judged differently (${d.ruleId}): ${d.note}`);
    return [result.reason, ...deviations].filter((part) => part !== '').join('; ');
}
/**
 * One standard's view for output: controls joined with the table (title, rules, deviations), only
 * those of the given statuses (all when none), fails first, then not judged, not applicable, pass.
 */
function complianceRows(view, report, statuses = []) {
    const table = new Map(view.controls.map((c) => [c.id, c]));
    return view.accounts.map((account) => ({
        account: account.account,
        alias: report.accounts.find((a) => a.id === account.account)?.alias ?? null,
        counts: account.counts,
        controls: account.controls
            .filter((c) => statuses.length === 0 || statuses.includes(c.status))
            .slice()
            .sort(compliance/* byStatus */.GF)
            .map((c) => {
            const control = table.get(c.id);
            return {
                ...c,
                title: control?.title ?? '',
                ruleIds: control?.ruleIds ?? [],
                deviations: control?.deviations ?? [],
            };
        }),
    }));
}
const cell = (text, max) => (0,escape_markdown/* escapeMarkdown */.FV)(max === undefined ? text : (0,format/* truncate */.xv)(text, max));
/**
 * The view as Markdown: per account a counts line and a table of its controls. Every value is
 * escaped (account aliases, titles, reasons and fingerprints alike).
 */
function complianceMarkdown(view, report, options) {
    const statuses = options.statuses ?? [];
    const lines = [
        `## ${cell(`${options.prefix} compliance: ${view.name} v${view.version}`)}`,
        '',
        `From the report of ${cell(report.generatedAt)}. Not judged: no rule checks the control, a rule ` +
            'citing it was disabled or failed, or a scope it reads was not read completely. It is never ' +
            'counted as a pass.',
    ];
    if (options.note)
        lines.push('', `> ${cell(options.note)}`);
    if (statuses.length > 0)
        lines.push('', `Showing controls that are ${statuses.map((s) => STATUS_WORDS[s]).join(', ')}.`);
    const accounts = complianceRows(view, report, statuses);
    if (accounts.length === 0)
        lines.push('', 'The report covers no account.');
    for (const account of accounts) {
        const label = account.alias ? `${account.account} (${account.alias})` : account.account;
        lines.push('', `### Account ${cell(label)}`, '', countsLine(account.counts), '');
        if (account.controls.length === 0) {
            lines.push('No control of these statuses.');
            continue;
        }
        lines.push('| Control | Status | Title | Why | Rules | Findings |', '| --- | --- | --- | --- | --- | --- |');
        for (const row of account.controls) {
            const named = row.fingerprints.slice(0, NAMED_FINDINGS).map((f) => (0,escape_markdown/* markdownCode */.D9)(f.slice(0, 8)));
            const more = row.fingerprints.length - named.length;
            const findings = [...named, ...(more > 0 ? [`and ${more} more`] : [])].join(', ');
            lines.push(`| ${(0,escape_markdown/* markdownCode */.D9)(row.id)} | ${cell(STATUS_WORDS[row.status])} | ${cell(row.title, 120)} | ` +
                `${cell(reasonWithDeviations(row, row), 400)} | ${row.ruleIds.map((id) => (0,escape_markdown/* markdownCode */.D9)(id)).join(', ')} | ` +
                `${findings} |`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/rules/catalog/index.ts + 69 modules
var catalog = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/rules/compliance.ts + 2 modules
var rules_compliance = __webpack_require__(6163);
// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/compliance.ts











const FORMATS = ['markdown', 'json'];
/** Standards people ask for whose control tables this version does not have: refused, never faked. */
const NOT_IN_THIS_VERSION = {
    nist: 'NIST SP 800-53',
    pci: 'PCI DSS',
};
const options = {
    report: { type: 'string' },
    standard: { type: 'string' },
    format: { type: 'string' },
    status: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** The standard named, checked before anything is read. */
function standardOption(value) {
    const known = rules_compliance/* STANDARD_KEYS */.Ll.join(', ');
    if (value === undefined)
        throw new usage_error/* UsageError */.e(`compliance needs --standard (one of ${known})`);
    const key = value.toLowerCase();
    const missing = NOT_IN_THIS_VERSION[key];
    if (missing !== undefined) {
        throw new usage_error/* UsageError */.e(`--standard ${key}: the ${missing} control table is not in this version (${version/* TOOL_VERSION */.w}), so no ` +
            `rule is mapped to it and no view can be given; the standards are ${known}`);
    }
    if (!rules_compliance/* STANDARD_KEYS */.Ll.includes(key))
        throw new usage_error/* UsageError */.e(`--standard ${value} is not a standard of this version; the standards are ${known}`);
    return key;
}
/** `--status fail,not-judged`: the statuses to show (all when absent). */
function statusOption(value) {
    if (value === undefined)
        return [];
    const given = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    const unknown = given.filter((s) => !schema/* COMPLIANCE_STATUSES */.Zk.includes(s));
    if (given.length === 0 || unknown.length > 0) {
        throw new usage_error/* UsageError */.e(`--status ${value}: ${unknown.length > 0 ? `unknown ${unknown.join(', ')}; ` : ''}` +
            `the statuses are ${schema/* COMPLIANCE_STATUSES */.Zk.join(', ')}`);
    }
    return [...new Set(given)];
}
function formatOption(value) {
    const format = value ?? 'markdown';
    if (!FORMATS.includes(format))
        throw new usage_error/* UsageError */.e(`--format ${format} is not a format; the formats are ${FORMATS.join(', ')}`);
    return format;
}
/**
 * A saved report's compliance view of one standard: per account, each control pass, fail, not
 * applicable or not judged, with the findings behind each fail. No AWS call. A report of schema
 * version 4 or older has no view of its own: it is computed from its findings and rule scopes
 * with this version's rule catalog, and the output says so.
 */
async function complianceCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
    if (values.help) {
        io.out(help/* HELP */._);
        return cli_io/* EXIT */.d.ok;
    }
    const standard = standardOption(values.standard);
    const format = formatOption(values.format);
    const statuses = statusOption(values.status);
    if (!values.report)
        throw new usage_error/* UsageError */.e('compliance needs --report FILE (a report.json)');
    let report;
    try {
        report = await (0,report_io/* readReport */.tL)(values.report);
    }
    catch (error) {
        if (error instanceof report_io/* ReportValidationError */.gS)
            throw new usage_error/* UsageError */.e(error.message, { cause: error });
        throw error;
    }
    const metadata = catalog/* catalog */.U.map((rule) => rule.metadata);
    const carried = report.compliance?.[standard];
    const view = carried ?? (0,compliance/* standardCompliance */.LA)(report, metadata, standard);
    const note = carried
        ? undefined
        : `This report (written before schema version 5) carries no compliance view: computed now from ` +
            `its findings and rule scopes with the rule catalog of version ${version/* TOOL_VERSION */.w}.`;
    if (format === 'json') {
        io.out(JSON.stringify({
            standard: view.standard,
            name: view.name,
            version: view.version,
            generatedAt: report.generatedAt,
            computedFromFindings: carried === undefined,
            statuses: statuses.length > 0 ? statuses : [...schema/* COMPLIANCE_STATUSES */.Zk],
            accounts: complianceRows(view, report, statuses),
        }, null, 2));
        return cli_io/* EXIT */.d.ok;
    }
    io.out(complianceMarkdown(view, report, { prefix: rules_compliance/* STANDARDS */.bJ[standard].prefix, statuses, note }));
    return cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ truncateEscaped),
/* harmony export */   J8: () => (/* binding */ severityBadge),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Pp: () => (/* binding */ relativeDate),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);

/** Text formatting shared by the template helpers and plain-text output; none of it escapes. */
const BADGES = {
    critical: '\u{1F534}',
    high: '\u{1F7E0}',
    medium: '\u{1F7E1}',
    low: '\u{1F535}',
    info: '\u26AA',
};
/** `🔴 critical`: the word stays, so the badge reads without colour and in plain-text notifications. */
function severityBadge(severity) {
    if (!_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.includes(severity)) {
        throw new Error(`not a severity: ${JSON.stringify(severity)} (one of ${_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.join(', ')})`);
    }
    return `${BADGES[severity]} ${severity}`;
}
const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
/** `$1,234.50`; every price in the report is in US dollars. */
function formatUsd(amount) {
    if (!Number.isFinite(amount))
        throw new Error(`not an amount: ${amount}`);
    return USD.format(amount);
}
const COUNT = new Intl.NumberFormat('en-US');
const PLURAL_RULES = new Intl.PluralRules('en-US');
/** `1 finding`, `2 findings`, `1,234 findings`; `other` for irregular plurals (`policy`, `policies`). */
function plural(count, one, other = `${one}s`) {
    if (!Number.isFinite(count))
        throw new Error(`not a count: ${count}`);
    return `${COUNT.format(count)} ${PLURAL_RULES.select(count) === 'one' ? one : other}`;
}
const RELATIVE = new Intl.RelativeTimeFormat('en-US', { numeric: 'always' });
const UNITS = [
    ['year', 365 * 86_400],
    ['month', 30 * 86_400],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
    ['second', 1],
];
/**
 * `3 days ago`, `in 2 days`: the largest unit that fits, rounded toward zero. `now` is always given
 * (the report's time), never read from the clock, so a rendering is the same on every run.
 */
function relativeDate(date, now) {
    const at = toMillis(date);
    const seconds = (at - toMillis(now)) / 1000;
    if (Math.abs(seconds) < 1)
        return 'now';
    const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
    return RELATIVE.format(Math.trunc(seconds / size), unit);
}
function toMillis(value) {
    const millis = value instanceof Date ? value.getTime() : Date.parse(value);
    if (Number.isNaN(millis))
        throw new Error(`not a date: ${JSON.stringify(String(value))}`);
    return millis;
}
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });
/**
 * At most `max` UTF-16 units (what `length`, GitHub's and Slack's limits count), ellipsis included,
 * cut only between graphemes: never inside a surrogate pair, an emoji sequence or before a
 * combining mark.
 */
function truncate(text, max, ellipsis = '\u2026') {
    if (!Number.isInteger(max) || max < 0)
        throw new Error(`not a length: ${max}`);
    if (text.length <= max)
        return text;
    const room = max - ellipsis.length;
    if (room < 0)
        return '';
    let end = 0;
    for (const { segment, index } of GRAPHEMES.segment(text)) {
        if (index + segment.length > room)
            break;
        end = index + segment.length;
    }
    return text.slice(0, end) + ellipsis;
}
/**
 * `truncate` by the length of the text once escaped: Slack counts its limits (header 150, section
 * 3,000) on the mrkdwn it receives, where one `&` is the five characters `&amp;`. Returns the escaped
 * text; the longest cut whose escaped form fits, found by binary search over the raw length.
 */
function truncateEscaped(text, max, escape) {
    const whole = escape(text);
    if (whole.length <= max)
        return whole;
    let best = escape(truncate(text, 0));
    let low = 1;
    let high = text.length - 1;
    while (low <= high) {
        const middle = Math.floor((low + high) / 2);
        const cut = escape(truncate(text, middle));
        if (cut.length <= max) {
            best = cut;
            low = middle + 1;
        }
        else {
            high = middle - 1;
        }
    }
    return best;
}


/***/ })

};
