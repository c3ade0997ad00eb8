export const id = 397;
export const ids = [397];
export const modules = {

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ INVENTORY_SCHEMA_VERSION),
/* harmony export */   H8: () => (/* binding */ InventoryEnvelope),
/* harmony export */   Jn: () => (/* binding */ ScanStats),
/* harmony export */   g$: () => (/* binding */ AccountInfo),
/* harmony export */   sC: () => (/* binding */ ScanError)
/* harmony export */ });
/* unused harmony exports CoverageStatus, Coverage */
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4508);
/* harmony import */ var _schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4445);


/** Raised whenever an attribute is added, changed or removed: an inventory is read by this version only. */
const INVENTORY_SCHEMA_VERSION = 2;
const ScanError = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
    account: _schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .AccountId */ .NY,
    service: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    region: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    operation: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    code: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    message: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    /** The resource a per-item call was about (a bucket name, a function name, ...). */
    resourceId: (0,_schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String()),
    /**
     * For access errors: the IAM action denied, missing from the scan's role or refused by an
     * explicit Deny (the message says which).
     */
    missingPermission: (0,_schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String()),
}, { additionalProperties: false });
/**
 * Whether one service was read completely in one region, to tell "the resource is gone" from "we
 * could not look": rules judge only what was read, and a planned run-to-run diff must never resolve
 * a finding whose scope failed or was partial.
 */
const CoverageStatus = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Union([
    _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Literal('complete'),
    _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Literal('partial'),
    _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Literal('failed'),
]);
const Coverage = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
    service: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    resourceType: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    region: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    status: CoverageStatus,
    resourceCount: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Number(),
}, { additionalProperties: false });
const AccountInfo = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
    id: _schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .AccountId */ .NY,
    alias: (0,_schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String()),
    partition: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    /** The principal the scan ran as (an assumed-role ARN, user ARN, ...). */
    scannedAs: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(),
    regions: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String()),
    coverage: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(Coverage),
}, { additionalProperties: false });
const ScanStats = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
    apiCalls: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Number(),
    retries: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Number(),
    throttles: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Number(),
    errors: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Number(),
    /** The longest chain of calls that had to wait for one another (see scan/call-stats.ts). */
    longestCallChain: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Number(),
}, { additionalProperties: false });
/** The envelope; resources are validated one by one against their type's schema (see validate.ts). */
const InventoryEnvelope = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
    schemaVersion: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Literal(INVENTORY_SCHEMA_VERSION),
    generator: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({ name: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String(), version: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String() }, { additionalProperties: false }),
    scan: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({
        startedAt: _schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .IsoTimestamp */ .YG,
        finishedAt: _schema_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .IsoTimestamp */ .YG,
        durationMs: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Number(),
        services: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String()),
        stats: ScanStats,
    }, { additionalProperties: false }),
    accounts: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(AccountInfo),
    resources: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Object({ type: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String() })),
    errors: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(ScanError),
}, { additionalProperties: false });


/***/ }),

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FV: () => (/* binding */ escapeMarkdown),
  D9: () => (/* binding */ markdownCode),
  Hg: () => (/* binding */ mermaidText)
});

// UNUSED EXPORTS: breakAutolinks, escapeMarkdownCell

;// CONCATENATED MODULE: ./src/render/escape-html.ts

/**
 * A numeric character reference (`&#60;`). HTML decodes it to the character as text, and so does
 * CommonMark wherever it parses inline text; neither ever reads it as markup.
 */
function characterReference(char) {
    return `&#${char.codePointAt(0) ?? 0};`;
}
/**
 * For HTML outside GitHub Markdown (text and quoted attribute values). Inside a Markdown document,
 * even in an HTML block, use `escapeMarkdown`: GitHub still finds mentions and references there.
 */
function escapeHtml(value) {
    return sanitizeText(value).replace(/[&<>"']/g, characterReference);
}

// EXTERNAL MODULE: ./src/render/escape-text.ts
var escape_text = __webpack_require__(4597);
;// CONCATENATED MODULE: ./src/render/escape-markdown.ts


/*
 * GitHub Markdown has several contexts, and a backslash escape works in only some of them: in an
 * HTML block (a line that starts with `<details>`, up to the next blank line) GitHub passes text
 * through as HTML, so `\<img src=x>` would stay an image. A numeric character reference (`&#60;`)
 * is decoded to plain text everywhere Markdown or HTML reads text, and CommonMark never takes one
 * for markup (`&#42;a&#42;` is `*a*`, not emphasis; `&#124;` does not split a table cell). So one
 * escaper serves every context below, and a template cannot pick the wrong one:
 *
 * | context                                                        | escapeMarkdown |
 * | -------------------------------------------------------------- | -------------- |
 * | paragraph, heading, list item, link text, emphasis             | safe           |
 * | GFM table cell (also inline HTML on a table row)               | safe           |
 * | HTML block (`<details><summary>` at line start) and its text   | safe           |
 * | quoted HTML attribute value                                    | safe           |
 * | inside a code span or fenced block the template wrote          | inert, shows references literally: use `markdownCode` |
 * | Mermaid block                                                  | use `mermaidText` |
 * | link destination or any URL                                    | not supported: never put AWS values in URLs |
 *
 * What GitHub links after rendering (mentions, `#1`, `GH-1`, `owner/repo#1`, `repo@sha`, bare URLs,
 * `www.`, e-mail addresses) is found in the decoded text, where no escape reaches; a zero-width
 * space after the trigger breaks each pattern and stays invisible.
 */
/** Markup wherever it stands: code, emphasis, strikethrough, links and images, tables, headings, math, HTML, references, attribute quotes. */
const SPECIAL = /[\\`*~[\]|#$<>&"']/g;
/** `_` is emphasis only at a word's edge (CommonMark's flanking rules); `snake_case` inside a name is inert. */
const EDGE_UNDERSCORE = /_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu;
/** Structure only at the start of a line: list markers, setext underlines, ordered list numbers. */
const LEADING = /^(\s*)(?:([-+=])|(\d{1,9})([.)]))/;
/** Breaks what GitHub links in rendered text; shared with `mermaidText`. */
function breakAutolinks(text) {
    return text
        .replace(/@/g, '@\u200b')
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/\b(gh)-(?=\d)/gi, '$1-\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\b(www)\./gi, '$1\u200b.');
}
/**
 * Escapes one value for any GitHub Markdown context in the table above: one line (line breaks
 * become spaces), every markup character as a character reference, links and mentions broken.
 * The rendered text reads as the value did.
 */
function escapeMarkdown(value) {
    return breakAutolinks((0,escape_text/* sanitizeText */.j)(value))
        .replace(SPECIAL, characterReference)
        .replace(EDGE_UNDERSCORE, characterReference)
        .replace(LEADING, (_match, space, marker, digits, dot) => marker ? `${space}${characterReference(marker)}` : `${space}${digits}${characterReference(dot)}`);
}
/** A table cell is one of the contexts `escapeMarkdown` already covers; the name says where it is used. */
const escapeMarkdownCell = (/* unused pure expression or super */ null && (escapeMarkdown));
/**
 * Monospace text that nothing can break out of, in every context above. A backtick code span is
 * not used: inside an HTML block GitHub does not parse it (its text would be raw HTML), and in a
 * table a `|` inside it needs `\|`, which shows as a backslash anywhere else.
 */
function markdownCode(value) {
    return `<code>${escapeMarkdown(value)}</code>`;
}
/**
 * A label inside a Mermaid chart (`pie` slice, `xychart` axis), to be written in double quotes:
 * `"{{mermaidText name}}" : 3`. Mermaid reads no Markdown escapes, so only plain characters are kept:
 * letters, marks, digits, spaces and `.,:/+=?!()-`. Everything else (quotes, `%%` comments, `;`,
 * `#quot;` entities, `<br>`, backticks) becomes a space, and it stays inert if used outside a chart.
 */
function mermaidText(value) {
    return breakAutolinks((0,escape_text/* sanitizeText */.j)(value)
        .replace(/[^\p{L}\p{M}\p{N} .,:/+=?!()-]+/gu, ' ')
        .replace(/ {2,}/g, ' ')
        .trim());
}


/***/ }),

/***/ 4597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ sanitizeText),
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
/**
 * Resource names, tags and even AWS error messages are attacker-controlled text. Every escaper
 * starts here: one line of visible text, with whatever could hide, reorder or restyle it replaced.
 */
/**
 * ANSI/VT escape sequences: CSI (colours, cursor moves), OSC (titles, terminal hyperlinks) when
 * terminated (an unterminated one must not swallow the rest of the text), and two-byte ones.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\](?:[^\u0007\u001b]*(?:\u0007|\u001b\\))?|[@-_]?)/g;
/** Line breaks of every kind: a value must never start a line of its own in a table, list or log. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/** C0 and C1 controls except tab, after line breaks are gone. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * Invisible format characters (Unicode category Cf): bidi overrides and isolates that reorder what a
 * reader sees (U+202E), zero-width spaces and joiners that make two names look alike, tag characters.
 * ZWJ (U+200D) is kept because emoji sequences need it.
 */
const FORMAT = /(?!\u200d)\p{Cf}/gu;
/** A surrogate half without its other half: not text, and not valid UTF-8 once written. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * One line of text with nothing hidden: line breaks become spaces, and escape sequences, controls,
 * invisible format characters and broken surrogates become U+FFFD, so a reader sees that something
 * was there (a name that differs from its look-alike only by a hidden character stays different).
 */
function sanitizeText(value) {
    return value
        .replace(ESCAPE_SEQUENCE, '\uFFFD')
        .replace(LINE_BREAK, ' ')
        .replace(CONTROL, '\uFFFD')
        .replace(FORMAT, '\uFFFD')
        .replace(LONE_SURROGATE, '\uFFFD');
}
/**
 * For terminals and Action logs. Besides `sanitizeText`: the runner reads workflow commands from
 * stdout, `::name::` at the start of a line (leading whitespace ignored, `::add-mask::`,
 * `::stop-commands::`...) and the legacy `##[name]` anywhere in it; a zero-width space keeps both
 * from parsing. ARNs (`arn:aws:iam::1:role/x`) keep their `::`, which only counts at the start.
 */
function plainText(value) {
    return sanitizeText(value)
        .replace(/^(\s*):(?=:)/, '$1:\u200b')
        .replace(/##\[/g, '#\u200b#[');
}


/***/ }),

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ byStatus),
/* harmony export */   LA: () => (/* binding */ standardCompliance),
/* harmony export */   fc: () => (/* binding */ complianceOf)
/* harmony export */ });
/* harmony import */ var _rules_compliance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6163);

const STATUS_ORDER = {
    fail: 0,
    'not-judged': 1,
    'not-applicable': 2,
    pass: 3,
};
/** Types whose absence proves nothing: the rule judges the account or region itself, or every type. */
const ALWAYS_APPLICABLE = new Set(['aws:account', 'aws:region', '*']);
/** At most this many unread scopes are named in a reason; the rest are counted. */
const NAMED_SCOPES = 3;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const SCOPE_WORDS = {
    partial: 'read in part',
    failed: 'not read',
    'not-scanned': 'not scanned',
    excluded: 'outside the configured scope',
};
/** The accounts a report covers: those scanned, and any a finding names. */
function accountsOf(report) {
    return [...new Set([...report.accounts.map((a) => a.id), ...report.findings.map((f) => f.account)])].sort();
}
function countsOf(results) {
    const n = (status) => results.filter((r) => r.status === status).length;
    return {
        pass: n('pass'),
        fail: n('fail'),
        notApplicable: n('not-applicable'),
        notJudged: n('not-judged'),
        total: results.length,
    };
}
/** The view of one standard. */
function standardCompliance(report, catalog, standard) {
    const table = _rules_compliance_js__WEBPACK_IMPORTED_MODULE_0__/* .STANDARDS */ .bJ[standard];
    const citing = new Map();
    for (const rule of catalog) {
        for (const id of rule.references[standard])
            citing.set(id, [...(citing.get(id) ?? []), rule]);
    }
    const controls = Object.entries(table.controls).map(([id, control]) => {
        const rules = (citing.get(id) ?? []).slice().sort((a, b) => a.id.localeCompare(b.id));
        const name = (0,_rules_compliance_js__WEBPACK_IMPORTED_MODULE_0__/* .citationName */ .VD)(standard, id);
        return {
            id,
            title: control.title,
            ruleIds: rules.map((r) => r.id),
            deviations: rules.flatMap((r) => {
                const note = r.deviations[name];
                return note === undefined ? [] : [{ ruleId: r.id, note }];
            }),
        };
    });
    // A finding's rule id, or an earlier id of the rule: the catalog's current id.
    const currentId = new Map();
    for (const rule of catalog) {
        currentId.set(rule.id, rule.id);
        for (const alias of rule.aliases)
            if (!currentId.has(alias))
                currentId.set(alias, rule.id);
    }
    const judgements = new Map();
    for (const judgement of report.rules) {
        const id = currentId.get(judgement.id) ?? judgement.id;
        judgements.set(id, judgement);
    }
    // One pass over the findings: account -> control -> fingerprints (active) / suppressed count.
    const failing = new Map();
    const suppressed = new Map();
    for (const finding of report.findings) {
        const ruleId = currentId.get(finding.ruleId) ?? finding.ruleId;
        for (const id of finding.references[standard]) {
            if (!(citing.get(id) ?? []).some((r) => r.id === ruleId))
                continue;
            if (finding.suppressed) {
                const counts = suppressed.get(finding.account) ?? new Map();
                counts.set(id, (counts.get(id) ?? 0) + 1);
                suppressed.set(finding.account, counts);
            }
            else {
                const byControl = failing.get(finding.account) ?? new Map();
                const entry = byControl.get(id) ?? { fingerprints: [], rules: new Set() };
                entry.fingerprints.push(finding.fingerprint);
                entry.rules.add(ruleId);
                byControl.set(id, entry);
                failing.set(finding.account, byControl);
            }
        }
    }
    const accounts = accountsOf(report).map((account) => {
        const counted = new Map();
        for (const c of report.accounts.find((a) => a.id === account)?.coverage ?? [])
            counted.set(c.resourceType, (counted.get(c.resourceType) ?? 0) + c.resourceCount);
        const resourceCount = (type) => counted.get(type) ?? 0;
        const results = controls.map((control) => {
            const rules = citing.get(control.id) ?? [];
            if (rules.length === 0)
                return { id: control.id, status: 'not-judged', reason: 'no rule checks it', fingerprints: [] };
            const failed = failing.get(account)?.get(control.id);
            if (failed) {
                const { fingerprints, rules: by } = failed;
                return {
                    id: control.id,
                    status: 'fail',
                    reason: `${plural(fingerprints.length, 'finding')} of ${[...by].sort().join(', ')}`,
                    fingerprints,
                };
            }
            const problems = [];
            let judgedResources = false;
            for (const rule of rules) {
                const judgement = judgements.get(rule.id);
                if (!judgement) {
                    problems.push(`rule ${rule.id} disabled`);
                    continue;
                }
                if (judgement.error !== null) {
                    problems.push(`rule ${rule.id} failed`);
                    continue;
                }
                const scopes = judgement.scopes.filter((s) => s.account === account);
                if (scopes.length === 0) {
                    problems.push(`rule ${rule.id} judged no scope of the account`);
                    continue;
                }
                const unread = scopes.filter((s) => s.status !== 'complete');
                if (unread.length > 0) {
                    const named = unread
                        .slice(0, NAMED_SCOPES)
                        .map((s) => `${s.region} ${SCOPE_WORDS[s.status] ?? s.status}`);
                    const more = unread.length > NAMED_SCOPES ? ` and ${unread.length - NAMED_SCOPES} more` : '';
                    problems.push(`rule ${rule.id}: ${named.join(', ')}${more}`);
                    continue;
                }
                if (ALWAYS_APPLICABLE.has(rule.resourceType) || resourceCount(rule.resourceType) > 0)
                    judgedResources = true;
            }
            if (problems.length > 0)
                return { id: control.id, status: 'not-judged', reason: problems.join('; '), fingerprints: [] };
            if (!judgedResources) {
                const types = [...new Set(rules.map((r) => r.resourceType))].sort().join(', ');
                return {
                    id: control.id,
                    status: 'not-applicable',
                    reason: `no ${types} in the account`,
                    fingerprints: [],
                };
            }
            const quiet = suppressed.get(account)?.get(control.id) ?? 0;
            return {
                id: control.id,
                status: 'pass',
                reason: quiet > 0
                    ? `read completely; ${plural(quiet, 'suppressed finding')} not counted`
                    : 'read completely, no finding',
                fingerprints: [],
            };
        });
        return { account, counts: countsOf(results), controls: results };
    });
    return { standard, name: table.name, version: table.version, controls, accounts };
}
/** The view of every standard with a table (FSBP and CIS). */
function complianceOf(report, catalog) {
    const [fsbp, cis] = _rules_compliance_js__WEBPACK_IMPORTED_MODULE_0__/* .STANDARD_KEYS */ .Ll.map((key) => standardCompliance(report, catalog, key));
    if (!fsbp || !cis || fsbp.standard !== 'fsbp' || cis.standard !== 'cis')
        throw new Error('the standards are fsbp and cis');
    return { fsbp, cis };
}
/** Fails first, then not judged, not applicable, pass; the table's order within each. */
function byStatus(a, b) {
    return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
}


/***/ }),

/***/ 9557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gS: () => (/* binding */ ReportValidationError),
  tL: () => (/* binding */ readReport),
  u5: () => (/* binding */ writeReport)
});

// UNUSED EXPORTS: parseReport

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/shared/ajv.ts
var ajv = __webpack_require__(9222);
// EXTERNAL MODULE: ./src/shared/json-file.ts
var json_file = __webpack_require__(8906);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/report/share.ts
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A parsed report holds each rule's title, remediation and references once per finding (100,000
 * findings repeat a few hundred texts). The sharer swaps each for one copy per distinct value, as
 * findings are read, so a baseline or a merge's parts hold the findings, not their repeated text.
 * Nothing mutates a finding's parts in place (findings are rebuilt with spreads): sharing is safe.
 * It takes unvalidated JSON and leaves anything of an unexpected shape as it is.
 */
function findingSharer() {
    const objects = new Map();
    const strings = new Map();
    const shareObject = (value) => {
        if (!isObject(value))
            return value;
        const key = JSON.stringify(value);
        const known = objects.get(key);
        if (known !== undefined)
            return known;
        objects.set(key, value);
        return value;
    };
    const shareString = (value) => {
        if (typeof value !== 'string')
            return value;
        const known = strings.get(value);
        if (known !== undefined)
            return known;
        strings.set(value, value);
        return value;
    };
    return (finding) => {
        if (!isObject(finding))
            return;
        finding.title = shareString(finding.title);
        finding.remediation = shareObject(finding.remediation);
        finding.references = shareObject(finding.references);
        const history = finding.history;
        if (isObject(history)) {
            history.firstSeen = shareString(history.firstSeen);
            history.lastSeen = shareString(history.lastSeen);
        }
    };
}
/** The report's three lists of findings: those the sharer works on. */
const FINDING_LISTS = ['findings', 'unknownFindings', 'resolvedFindings'];
function shareRepeatedParts(report) {
    const share = findingSharer();
    for (const list of FINDING_LISTS)
        report[list].forEach(share);
    return report;
}

;// CONCATENATED MODULE: ./src/report/read-lines.ts



const ARRAY_OPENS = /^ {2}("(?:[^"\\]|\\.)*"): \[$/;
const ARRAY_CLOSES = /^ {2}\],?$/;
const FINDING_LIST_KEYS = new Set(FINDING_LISTS);
/**
 * Parses a JSON document written by writeJsonFile (the top two levels indented, each element of a
 * top-level array compact on its own line) a line at a time: the elements one by one, findings
 * shared as they come (see findingSharer), the small rest as one skeleton. A 150 MB report is then
 * never one 150 MB string, nor its unshared copy. Undefined when the file is not in that layout
 * (edited, pretty-printed, minified): the caller then parses it whole.
 */
async function parseJsonLines(path) {
    const input = (0,external_node_fs_.createReadStream)(path, 'utf8');
    const lines = (0,external_node_readline_.createInterface)({ input, crlfDelay: Infinity });
    const skeleton = [];
    const arrays = new Map();
    const share = findingSharer();
    let open;
    let first = true;
    try {
        for await (const line of lines) {
            if (first && line !== '{')
                return undefined;
            first = false;
            if (open) {
                if (ARRAY_CLOSES.test(line)) {
                    arrays.set(open.key, open.items);
                    skeleton.push(`${line.slice(0, 2)}[]${line.slice(3)}`);
                    open = undefined;
                    continue;
                }
                if (!line.startsWith('    ') || line[4] === ' ')
                    return undefined;
                const item = JSON.parse(line.endsWith(',') ? line.slice(4, -1) : line.slice(4));
                if (open.shares)
                    share(item);
                open.items.push(item);
                continue;
            }
            const opens = ARRAY_OPENS.exec(line);
            if (opens) {
                const key = JSON.parse(opens[1]);
                open = { key, items: [], shares: FINDING_LIST_KEYS.has(key) };
                skeleton.push(`  ${opens[1]}: `);
                continue;
            }
            skeleton.push(line);
        }
    }
    catch {
        // A line that is not JSON on its own: not this layout, or a corrupt file the whole parse names.
        return undefined;
    }
    finally {
        // Leaving early (another layout) must not leave the file open: readline does not close its input.
        lines.close();
        input.destroy();
    }
    if (open || first)
        return undefined;
    let document;
    try {
        document = JSON.parse(skeleton.join('\n'));
    }
    catch {
        return undefined;
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document))
        return undefined;
    for (const [key, items] of arrays)
        document[key] = items;
    return document;
}

// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/upgrade.ts


const upgrade_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Why a parsed document is not a report this version can read, or undefined when it may be one. */
function whyNotAReport(document, current) {
    if (!upgrade_isObject(document))
        return 'it is not a JSON object';
    const generator = upgrade_isObject(document.generator) ? document.generator.name : undefined;
    if (generator !== src_version/* TOOL_NAME */.l)
        return `it was not written by ${src_version/* TOOL_NAME */.l} (generator ${JSON.stringify(generator)})`;
    if (!Array.isArray(document.findings) || !upgrade_isObject(document.summary))
        return 'it is not a report (an inventory?)';
    const version = document.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
        return `its schemaVersion ${JSON.stringify(version)} is not a version number`;
    if (version > current)
        return `it is of schema version ${version}; this version (${current}) reads up to ${current}`;
    return undefined;
}
/**
 * Version 1 named the rules it ran, not what they judged: each is read as having judged no scope,
 * so nothing is ever resolved on its word.
 */
function fromVersion1(report) {
    const { rulesEvaluated, ...rest } = report;
    const ids = Array.isArray(rulesEvaluated) ? rulesEvaluated.filter((id) => typeof id === 'string') : [];
    return {
        ...rest,
        schemaVersion: 2,
        rules: ids.map((id) => ({ id, fingerprintId: id, error: null, scopes: [] })),
    };
}
/**
 * Version 2 findings had no history: each is taken as first and last seen when that report was
 * written. What version 3 adds around them starts empty.
 */
function fromVersion2(report) {
    const at = typeof report.generatedAt === 'string' ? report.generatedAt : new Date(0).toISOString();
    const findings = (Array.isArray(report.findings) ? report.findings : []).map((finding) => {
        const f = upgrade_isObject(finding) ? finding : {};
        return {
            ...f,
            history: {
                state: f.suppressed ? 'suppressed' : 'new',
                firstSeen: at,
                lastSeen: at,
                previousSeverity: null,
                unknownBecause: null,
                resolvedAt: null,
            },
        };
    });
    const rules = (Array.isArray(report.rules) ? report.rules : []).map((rule) => ({
        aliases: [],
        ...(upgrade_isObject(rule) ? rule : {}),
    }));
    const summary = upgrade_isObject(report.summary) ? report.summary : {};
    const upgraded = {
        ...report,
        schemaVersion: 3,
        run: {
            repository: null,
            workflow: null,
            runId: null,
            runAttempt: null,
            sha: null,
            ref: null,
            event: null,
            actor: null,
            serverUrl: null,
        },
        baseline: { ...report_report/* NO_BASELINE */.gN, note: 'not recorded (a report of schema version 2)' },
        rules,
        findings,
        unknownFindings: [],
        resolvedFindings: [],
        resolvedHistory: [],
        suppressions: [],
        summary: { ...summary, byState: (0,report_report/* summarize */.eh)(findings, [], []).byState },
        history: [],
        cleanupLog: [],
    };
    return (0,report_report/* withHistory */.$k)(upgraded, []);
}
/** Version 3's cleanup log was always empty (no cleanup stage yet): version 4 starts a cleanup section. */
function fromVersion3(report) {
    const { cleanupLog: _empty, ...rest } = report;
    return {
        ...rest,
        schemaVersion: 4,
        cleanup: { mode: 'off', candidates: [], approvals: [], log: [], notes: [] },
    };
}
/**
 * Version 4 had no compliance view: it is marked absent (null) rather than computed with this
 * version's rule catalog, which may cite other controls than the one that wrote the report.
 */
function fromVersion4(report) {
    return { ...report, schemaVersion: 5, compliance: null };
}
/** Brings a report of an earlier schema version up to the current one (validated afterwards). */
function upgradeReport(document) {
    let report = document;
    if (report.schemaVersion === 1)
        report = fromVersion1(report);
    if (report.schemaVersion === 2)
        report = fromVersion2(report);
    if (report.schemaVersion === 3)
        report = fromVersion3(report);
    if (report.schemaVersion === 4)
        report = fromVersion4(report);
    return report;
}

;// CONCATENATED MODULE: ./src/report/io.ts








const validate = (0,ajv/* compileSchema */.F)(report_report/* AuditReport */.g);
class ReportValidationError extends Error {
    name = 'ReportValidationError';
}
/**
 * Reads a report (for instance the previous run's); a corrupt one says where it is wrong, named as
 * `source`. One this tool wrote is read a line at a time (see parseJsonLines); any other layout is
 * parsed whole.
 */
async function readReport(path, source = path) {
    const streamed = await parseJsonLines(path);
    if (streamed !== undefined)
        return reportFromJson(streamed, source, false);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new ReportValidationError(`${source} is not a readable aws-audit report: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    return parseReport(text, source);
}
/** A report from its text, `source` naming where it came from; older versions are upgraded. */
function parseReport(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new ReportValidationError(`${source} is not a readable aws-audit report: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    return reportFromJson(parsed, source, true);
}
function reportFromJson(parsed, source, share) {
    const why = whyNotAReport(parsed, report_report/* REPORT_SCHEMA_VERSION */.WI);
    if (why)
        throw new ReportValidationError(`${source} cannot be read as an aws-audit report: ${why}`);
    const report = upgradeReport(parsed);
    if (!validate(report)) {
        const problems = (validate.errors ?? [])
            .slice(0, 10)
            .map((e) => `  - ${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`);
        throw new ReportValidationError([`${source} is not a valid aws-audit report:`, ...problems].join('\n'));
    }
    return share ? shareRepeatedParts(report) : report;
}
/** Streams the report to disk (see writeJsonFile): never the whole text in memory. */
async function writeReport(path, report) {
    await (0,json_file/* writeJsonFile */.A)(path, report);
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ withHistory),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   WI: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_4__.WI),
/* harmony export */   XZ: () => (/* binding */ freshHistory),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   g: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_4__.g),
/* harmony export */   gN: () => (/* binding */ NO_BASELINE),
/* harmony export */   vB: () => (/* binding */ newAtLeast),
/* harmony export */   xx: () => (/* binding */ activeAtLeast)
/* harmony export */ });
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);
/* harmony import */ var _prices_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1534);
/* harmony import */ var _rules_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1953);
/* harmony import */ var _compliance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8323);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1327);







const NO_BASELINE = {
    source: 'none',
    location: null,
    generatedAt: null,
    note: 'no previous report: a first run',
};
const emptyRun = {
    repository: null,
    workflow: null,
    runId: null,
    runAttempt: null,
    sha: null,
    ref: null,
    event: null,
    actor: null,
    serverUrl: null,
};
/** A finding as first seen at `at`: new (or suppressed), before any diff weighs it. */
function freshHistory(finding, at) {
    return {
        ...finding,
        history: {
            state: finding.suppressed ? 'suppressed' : 'new',
            firstSeen: at,
            lastSeen: at,
            previousSeverity: null,
            unknownBecause: null,
            resolvedAt: null,
        },
    };
}
/**
 * The report of this run as if it had no baseline: every finding new (or suppressed). The diff
 * stage (src/diff) then weighs it against the previous report.
 */
function buildReport(inventory, outcome, config, now = new Date(), run = emptyRun, candidates = []) {
    const at = now.toISOString();
    const findings = outcome.findings.map((finding) => freshHistory(finding, at));
    const report = {
        schemaVersion: _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_SCHEMA_VERSION */ .WI,
        generator: { name: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_VERSION */ .w },
        generatedAt: at,
        run,
        configSource: config.source,
        baseline: NO_BASELINE,
        scan: {
            startedAt: inventory.scan.startedAt,
            finishedAt: inventory.scan.finishedAt,
            durationMs: inventory.scan.durationMs,
            stats: inventory.scan.stats,
        },
        accounts: inventory.accounts,
        scanErrors: inventory.errors,
        rules: outcome.rules,
        findings,
        unknownFindings: [],
        resolvedFindings: [],
        resolvedHistory: [],
        suppressions: appliedSuppressions(outcome.findings),
        summary: summarize(findings, [], []),
        history: [],
        cleanup: { mode: 'off', candidates, approvals: [], log: [], notes: [] },
        compliance: (0,_compliance_js__WEBPACK_IMPORTED_MODULE_3__/* .complianceOf */ .fc)({ accounts: inventory.accounts, rules: outcome.rules, findings }, _rules_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .catalog */ .U.map((rule) => rule.metadata)),
        warnings: outcome.warnings,
    };
    return withHistory(report, []);
}
/** Counts for the summary; only active findings count toward severity, category and savings. */
function summarize(findings, unknown, resolved) {
    const active = findings.filter((f) => !f.suppressed);
    const count = (keys, key) => Object.fromEntries(keys.map((k) => [k, active.filter((f) => key(f) === k).length]));
    const all = [...findings, ...unknown, ...resolved];
    const byState = Object.fromEntries(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .DIFF_STATES */ .Lz.map((state) => [
        state,
        Object.fromEntries(_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((severity) => [
            severity,
            all.filter((f) => f.history.state === state && f.severity === severity).length,
        ])),
    ]));
    return {
        total: findings.length,
        active: active.length,
        suppressed: findings.length - active.length,
        bySeverity: count(_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, (f) => f.severity),
        byCategory: count(_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6, (f) => f.category),
        estimatedMonthlySavingsUsd: (0,_prices_table_js__WEBPACK_IMPORTED_MODULE_1__/* .cents */ .wH)(active.reduce((sum, f) => sum + (f.cost?.avoidable ? f.cost.monthlyUsd : 0), 0)),
        byState,
    };
}
/** The report with this run's totals appended to the previous runs' (the last 30 kept). */
function withHistory(report, previous) {
    const { summary } = report;
    const states = (state) => _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.reduce((n, s) => n + summary.byState[state][s], 0);
    const totals = {
        generatedAt: report.generatedAt,
        runId: report.run.runId,
        active: summary.active,
        bySeverity: summary.bySeverity,
        new: states('new') + states('reopened'),
        resolved: states('resolved'),
        unknown: states('unknown'),
    };
    return { ...report, history: [...previous, totals].slice(-30) };
}
function appliedSuppressions(findings) {
    const bySource = new Map();
    for (const finding of findings) {
        const s = finding.suppressed;
        if (!s)
            continue;
        const entry = bySource.get(s.source) ?? {
            source: s.source,
            ruleIds: [],
            reason: s.reason,
            expires: s.expires,
            findings: 0,
        };
        entry.findings += 1;
        if (!entry.ruleIds.includes(finding.ruleId))
            entry.ruleIds.push(finding.ruleId);
        bySource.set(s.source, entry);
    }
    return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}
/** Active findings at or above a severity (for `fail-on`). */
function activeAtLeast(report, severity) {
    return report.findings.filter((f) => !f.suppressed && (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) <= (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(severity));
}
/** New or reopened active findings at or above a severity (for `fail-on-new`). */
function newAtLeast(report, severity) {
    return activeAtLeast(report, severity).filter((f) => f.history.state === 'new' || f.history.state === 'reopened');
}


/***/ }),

/***/ 1327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lz: () => (/* binding */ DIFF_STATES),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   Zk: () => (/* binding */ COMPLIANCE_STATUSES),
/* harmony export */   g: () => (/* binding */ AuditReport)
/* harmony export */ });
/* unused harmony exports SCOPE_STATUSES, RuleScope, RuleJudgement, FindingHistory, ReportFinding, ResolvedRecord, RunInfo, BaselineInfo, RunTotals, AppliedSuppression, BoundState, CleanupCandidate, ApprovalRecord, CleanupEntry, CleanupSection, ComplianceControl, ControlResult, ComplianceCounts, AccountCompliance, StandardCompliance, ComplianceSection */
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4508);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);
/* harmony import */ var _inventory_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1959);
/* harmony import */ var _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4445);




/**
 * 5: a compliance section (per standard, per account, the status of each control), null in a
 * report upgraded from 4. 4: a cleanup section (candidates with the state an approval binds, the approvals ledger, the
 * log of what was done) replaces the cleanup log. 3: findings carry their history (state, first and last seen), with the findings carried over as
 * unknown, those resolved, the run, the baseline, totals of recent runs, suppressions applied and
 * a cleanup log. 2 added what each rule judged per scope; 1 had only `rulesEvaluated`. Older
 * versions are read and upgraded (upgrade.ts); a newer one is refused.
 */
const REPORT_SCHEMA_VERSION = 5;
const literals = (values) => _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union(values.map((v) => _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal(v)));
const Counts = (keys) => _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object(Object.fromEntries(keys.map((key) => [key, _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 })])), { additionalProperties: false });
const SCOPE_STATUSES = ['complete', 'partial', 'failed', 'not-scanned', 'excluded'];
/** How well a rule could judge one (account, region) scope; see rules/scopes.ts. */
const RuleScope = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({ account: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(), region: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(), status: literals(SCOPE_STATUSES) }, { additionalProperties: false });
/**
 * What one selected rule judged. A finding absent from this run is resolved only where its rule
 * judged its scope `complete`; anywhere else it is unknown.
 */
const RuleJudgement = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    id: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    /** Earlier ids of the rule: a finding recorded under one of them is this rule's. */
    aliases: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    fingerprintId: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    error: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    scopes: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(RuleScope),
}, { additionalProperties: false });
/**
 * Where a finding stands against the previous run: `new`, `persisting`, `reopened` (resolved in an
 * earlier run, back now), `suppressed`, `unknown` (its scope was not judged this run: carried over,
 * never resolved), `resolved` (gone, and its rule judged its scope completely).
 */
const DIFF_STATES = ['new', 'persisting', 'reopened', 'suppressed', 'unknown', 'resolved'];
const FindingHistory = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    state: literals(DIFF_STATES),
    firstSeen: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    /** The last run that reported it (for `unknown`, the run before the scope went unread). */
    lastSeen: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    /** Set when the severity changed since the previous run. */
    previousSeverity: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .Severity */ .AI),
    /** For `unknown`: why its scope was not judged (a scope status, or the rule did not run). */
    unknownBecause: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(literals([...SCOPE_STATUSES, 'rule-not-run', 'rule-failed'])),
    resolvedAt: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG),
}, { additionalProperties: false });
const ReportFinding = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Composite([_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .Finding */ .wI, _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({ history: FindingHistory })]);
/** A finding resolved earlier, kept for a while so that its return reads as `reopened`. */
const ResolvedRecord = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    fingerprint: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    ruleId: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    resourceArn: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    firstSeen: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    resolvedAt: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
}, { additionalProperties: false });
/** The run that wrote the report, from the Actions environment (nulls outside Actions). */
const RunInfo = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    repository: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    workflow: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    runId: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    runAttempt: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    sha: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    ref: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    event: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    actor: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    serverUrl: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
}, { additionalProperties: false });
const BaselineInfo = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    source: literals(['none', 'file', 'artifact', 's3']),
    /** The path, artifact (with its run) or S3 URI it was read from. */
    location: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    generatedAt: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG),
    /** Why no baseline was used (first run, corrupt, foreign, newer version...). */
    note: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
}, { additionalProperties: false });
const BySeverity = Counts(_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC);
/** Totals of one run, carried forward for trends. */
const RunTotals = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    generatedAt: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    runId: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    active: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
    bySeverity: BySeverity,
    new: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
    resolved: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
    unknown: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
}, { additionalProperties: false });
const AppliedSuppression = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    /** Where the suppression is written (file:line:col). */
    source: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    /** The rules whose findings it suppressed. */
    ruleIds: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    reason: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    expires: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    findings: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
}, { additionalProperties: false });
/** The attributes a cleanup action's preconditions read, as an approval binds them. */
const BoundState = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Record(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union([_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Number(), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Boolean(), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Null()]));
/** A finding whose rule proposes a cleanup action, with the state the scan read. */
const CleanupCandidate = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    /** The short id people approve (`/aws-audit approve <id>`): the fingerprint's first 8 characters. */
    id: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    fingerprint: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    action: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    account: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    region: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    resourceId: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    arn: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    state: BoundState,
    monthlyUsd: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Number()),
}, { additionalProperties: false });
/**
 * An approval as it was verified: who (with write access) approved which finding, bound to the
 * state of its resource in the report shown when they approved. Carried from run to run.
 */
const ApprovalRecord = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    id: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    fingerprint: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    action: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    account: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    region: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    resourceId: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    arn: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    state: BoundState,
    approvedBy: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    approvedAt: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    source: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union([_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('comment'), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('checkbox'), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('file')]),
    /** Where: the comment's URL, the file's path. */
    reference: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    expiresAt: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    revokedBy: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    revokedAt: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG),
    /** When the action was applied and verified done: the approval is used up. */
    doneAt: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG),
}, { additionalProperties: false });
/** One approved candidate and how it ended this run. */
const CleanupEntry = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    at: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    mode: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union([_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('dry-run'), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('apply')]),
    id: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    fingerprint: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    action: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    account: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    region: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    resourceId: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    resourceArn: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    outcome: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union(['done', 'pending', 'would-do', 'skipped', 'failed'].map((outcome) => _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal(outcome))),
    detail: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    /** The calls made (apply) or that would be made (dry-run), as `ec2:DeleteVolume VolumeId=vol-...`. */
    calls: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    approvedBy: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    monthlyUsd: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Number()),
}, { additionalProperties: false });
/** Candidates, approvals and what the cleanup stage did (off: approvals are still recorded). */
const CleanupSection = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    mode: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union([_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('off'), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('dry-run'), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('apply')]),
    candidates: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(CleanupCandidate),
    approvals: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(ApprovalRecord),
    log: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(CleanupEntry),
    /** Approvals not counted and why (no write access, a bot, an unknown id, an edited comment). */
    notes: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
}, { additionalProperties: false });
/**
 * Where a control stands for one account (src/report/compliance.ts): `fail` when an active finding
 * of a rule citing it cites it; `pass` only when every rule citing it ran, read every scope it reads
 * completely, judged resources and reported none; `not-applicable` when they ran completely and the
 * account had none of the resources they judge; `not-judged` otherwise (no rule checks it, a rule
 * citing it was disabled or failed, or a scope it reads was not read completely). Never a pass
 * for what was not judged.
 */
const COMPLIANCE_STATUSES = ['pass', 'fail', 'not-applicable', 'not-judged'];
/** A control of the standard's table, with the rules that cite it (the same for every account). */
const ComplianceControl = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    id: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    title: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    ruleIds: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    /** Where a citing rule judges differently from the control (its `deviations` note). */
    deviations: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({ ruleId: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(), note: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String() }, { additionalProperties: false })),
}, { additionalProperties: false });
/** One control for one account: the table's id, its status, why, and the findings behind a fail. */
const ControlResult = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    id: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    status: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union([
        _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('pass'),
        _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('fail'),
        _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('not-applicable'),
        _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('not-judged'),
    ]),
    reason: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    /** The active findings that fail it (fingerprints): empty unless `fail`. */
    fingerprints: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
}, { additionalProperties: false });
const ComplianceCounts = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    pass: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
    fail: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
    notApplicable: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
    notJudged: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
    total: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
}, { additionalProperties: false });
const AccountCompliance = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({ account: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(), counts: ComplianceCounts, controls: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(ControlResult) }, { additionalProperties: false });
/** One standard's view: its table once, then each account's results in the table's order. */
const StandardCompliance = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    standard: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Union([_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('fsbp'), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal('cis')]),
    name: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    version: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(),
    controls: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(ComplianceControl),
    accounts: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(AccountCompliance),
}, { additionalProperties: false });
const ComplianceSection = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({ fsbp: StandardCompliance, cis: StandardCompliance }, { additionalProperties: false });
const AuditReport = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
    schemaVersion: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Literal(REPORT_SCHEMA_VERSION),
    generator: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({ name: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String(), version: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String() }, { additionalProperties: false }),
    generatedAt: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG,
    run: RunInfo,
    configSource: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
    baseline: BaselineInfo,
    scan: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({ startedAt: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG, finishedAt: _inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .IsoTimestamp */ .YG, durationMs: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Number(), stats: _inventory_document_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanStats */ .Jn }, { additionalProperties: false }),
    /** With per-scope coverage: the diff never resolves a finding whose scope was not read. */
    accounts: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_inventory_document_js__WEBPACK_IMPORTED_MODULE_1__/* .AccountInfo */ .g$),
    scanErrors: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_inventory_document_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .sC),
    rules: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(RuleJudgement),
    /** What this run reported (new, persisting, reopened, suppressed). */
    findings: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(ReportFinding),
    /** Earlier findings whose scope this run did not judge: carried over, never resolved. */
    unknownFindings: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(ReportFinding),
    /** Earlier findings gone this run where their rule judged the scope completely. */
    resolvedFindings: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(ReportFinding),
    /** Resolutions of the last 90 days, so that a finding coming back reads as reopened. */
    resolvedHistory: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(ResolvedRecord),
    suppressions: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(AppliedSuppression),
    summary: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object({
        total: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
        active: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
        suppressed: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Integer({ minimum: 0 }),
        /** Active findings only. */
        bySeverity: BySeverity,
        byCategory: Counts(_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6),
        estimatedMonthlySavingsUsd: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Number(),
        /** Per diff state, per severity. */
        byState: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Object(Object.fromEntries(DIFF_STATES.map((state) => [state, BySeverity])), { additionalProperties: false }),
    }, { additionalProperties: false }),
    /** This run's totals and those of up to 29 runs before it, oldest first. */
    history: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(RunTotals, { maxItems: 30 }),
    cleanup: CleanupSection,
    /** Per standard, per account, where each control stands; null in a report upgraded from version 4. */
    compliance: (0,_inventory_schema_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .Nullable */ .UX)(ComplianceSection),
    warnings: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_3__/* .Type */ .ZU.String()),
}, { additionalProperties: false, $id: 'https://github.com/aws-audit-action/report.schema.json' });


/***/ }),

/***/ 6163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bJ: () => (/* binding */ STANDARDS),
  Ll: () => (/* binding */ STANDARD_KEYS),
  VD: () => (/* binding */ citationName)
});

// UNUSED EXPORTS: AWS_RESOURCE_TYPE, MORE_FSBP_RESOURCE_TYPES, citationProblems, controlTitle, fsbpResourceTypes

;// CONCATENATED MODULE: ./src/rules/data/standards/cis-v6.ts
// Generated from the CSV beside it by `tsx scripts/standards.ts`; do not edit by hand. Sources and caveats: README.md.
/**
 * CIS Amazon Web Services Foundations Benchmark v6.0.0 recommendations, with the Security Hub
 * control of each where AWS maps one (through its CIS v5.0.0 mapping). Sources: steampipe-mod-aws-compliance
 * and prowler compliance files, see README.md.
 */
const CIS_V6_SECTIONS = {
    '2.1': { title: 'Maintain current contact details', level: 1, automated: false, securityHub: [] },
    '2.2': {
        title: 'Ensure security contact information is registered',
        level: 1,
        automated: false,
        securityHub: ['Account.1'],
    },
    '2.3': {
        title: "Ensure no 'root' user account access key exists",
        level: 1,
        automated: true,
        securityHub: ['IAM.4'],
    },
    '2.4': {
        title: "Ensure MFA is enabled for the 'root' user account",
        level: 1,
        automated: true,
        securityHub: ['IAM.9'],
    },
    '2.5': {
        title: "Ensure hardware MFA is enabled for the 'root' user account",
        level: 2,
        automated: false,
        securityHub: ['IAM.6'],
    },
    '2.6': {
        title: "Eliminate use of the 'root' user for administrative and daily tasks",
        level: 1,
        automated: false,
        securityHub: [],
    },
    '2.7': {
        title: 'Ensure IAM password policy requires minimum length of 14 or greater',
        level: 1,
        automated: true,
        securityHub: ['IAM.15'],
    },
    '2.8': {
        title: 'Ensure IAM password policy prevents password reuse',
        level: 1,
        automated: true,
        securityHub: ['IAM.16'],
    },
    '2.9': {
        title: 'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password',
        level: 1,
        automated: true,
        securityHub: ['IAM.5'],
    },
    '2.10': {
        title: 'Do not create access keys during initial setup for IAM users with a console password',
        level: 1,
        automated: false,
        securityHub: [],
    },
    '2.11': {
        title: 'Ensure credentials unused for 45 days or more are disabled',
        level: 1,
        automated: true,
        securityHub: ['IAM.22'],
    },
    '2.12': {
        title: 'Ensure there is only one active access key for any single IAM user',
        level: 1,
        automated: true,
        securityHub: [],
    },
    '2.13': {
        title: 'Ensure access keys are rotated every 90 days or less',
        level: 1,
        automated: true,
        securityHub: ['IAM.3'],
    },
    '2.14': {
        title: 'Ensure IAM users receive permissions only through groups',
        level: 1,
        automated: true,
        securityHub: ['IAM.2'],
    },
    '2.15': {
        title: 'Ensure IAM policies that allow full "*:*" administrative privileges are not attached',
        level: 1,
        automated: true,
        securityHub: [],
    },
    '2.16': {
        title: 'Ensure a support role has been created to manage incidents with AWS Support',
        level: 1,
        automated: true,
        securityHub: ['IAM.18'],
    },
    '2.17': {
        title: 'Ensure IAM instance roles are used for AWS resource access from instances',
        level: 2,
        automated: true,
        securityHub: [],
    },
    '2.18': {
        title: 'Ensure that all expired SSL/TLS certificates stored in AWS IAM are removed',
        level: 1,
        automated: true,
        securityHub: ['IAM.26'],
    },
    '2.19': {
        title: 'Ensure that IAM External Access Analyzer is enabled for all regions',
        level: 1,
        automated: true,
        securityHub: ['IAM.28'],
    },
    '2.20': {
        title: 'Ensure IAM users are managed centrally via identity federation or AWS Organizations for multi-account environments',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '2.21': {
        title: 'Ensure access to AWSCloudShellFullAccess is restricted',
        level: 1,
        automated: false,
        securityHub: ['IAM.27'],
    },
    '3.1.1': {
        title: 'Ensure S3 Bucket Policy is set to deny HTTP requests',
        level: 2,
        automated: true,
        securityHub: ['S3.5'],
    },
    '3.1.2': {
        title: 'Ensure MFA Delete is enabled on S3 buckets',
        level: 2,
        automated: false,
        securityHub: ['S3.20'],
    },
    '3.1.3': {
        title: 'Ensure all data in Amazon S3 has been discovered, classified, and secured when necessary',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '3.1.4': {
        title: "Ensure that S3 is configured with 'Block Public Access' enabled",
        level: 1,
        automated: true,
        securityHub: ['S3.1', 'S3.8'],
    },
    '3.2.1': {
        title: 'Ensure that encryption-at-rest is enabled for RDS instances',
        level: 1,
        automated: true,
        securityHub: ['RDS.3'],
    },
    '3.2.2': {
        title: 'Ensure the Auto Minor Version Upgrade feature is enabled for RDS instances',
        level: 1,
        automated: true,
        securityHub: ['RDS.13'],
    },
    '3.2.3': {
        title: 'Ensure that RDS instances are not publicly accessible',
        level: 1,
        automated: true,
        securityHub: ['RDS.2'],
    },
    '3.2.4': {
        title: 'Ensure Multi-AZ deployments are used for enhanced availability in Amazon RDS',
        level: 1,
        automated: false,
        securityHub: ['RDS.5', 'RDS.15'],
    },
    '3.3.1': {
        title: 'Ensure that encryption is enabled for EFS file systems',
        level: 1,
        automated: true,
        securityHub: ['EFS.1', 'EFS.8'],
    },
    '4.1': {
        title: 'Ensure CloudTrail is enabled in all regions',
        level: 1,
        automated: false,
        securityHub: ['CloudTrail.1'],
    },
    '4.2': {
        title: 'Ensure CloudTrail log file validation is enabled',
        level: 2,
        automated: true,
        securityHub: ['CloudTrail.4'],
    },
    '4.3': {
        title: 'Ensure AWS Config is enabled in all regions',
        level: 2,
        automated: true,
        securityHub: ['Config.1'],
    },
    '4.4': {
        title: 'Ensure that server access logging is enabled on the CloudTrail S3 bucket',
        level: 1,
        automated: false,
        securityHub: ['CloudTrail.7'],
    },
    '4.5': {
        title: 'Ensure CloudTrail logs are encrypted at rest using KMS CMKs',
        level: 2,
        automated: true,
        securityHub: ['CloudTrail.2'],
    },
    '4.6': {
        title: 'Ensure rotation for customer-created symmetric CMKs is enabled',
        level: 2,
        automated: true,
        securityHub: ['KMS.4'],
    },
    '4.7': {
        title: 'Ensure VPC flow logging is enabled in all VPCs',
        level: 2,
        automated: true,
        securityHub: ['EC2.6'],
    },
    '4.8': {
        title: 'Ensure that object-level logging for write events is enabled for S3 buckets',
        level: 2,
        automated: true,
        securityHub: ['S3.22'],
    },
    '4.9': {
        title: 'Ensure that object-level logging for read events is enabled for S3 buckets',
        level: 2,
        automated: true,
        securityHub: ['S3.23'],
    },
    '5.1': {
        title: 'Ensure unauthorized API calls are monitored',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '5.2': {
        title: 'Ensure management console sign-in without MFA is monitored',
        level: 1,
        automated: false,
        securityHub: [],
    },
    '5.3': {
        title: "Ensure usage of the 'root' account is monitored",
        level: 1,
        automated: false,
        securityHub: [],
    },
    '5.4': { title: 'Ensure IAM policy changes are monitored', level: 1, automated: false, securityHub: [] },
    '5.5': {
        title: 'Ensure CloudTrail configuration changes are monitored',
        level: 1,
        automated: false,
        securityHub: [],
    },
    '5.6': {
        title: 'Ensure AWS Management Console authentication failures are monitored',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '5.7': {
        title: 'Ensure disabling or scheduled deletion of customer created CMKs is monitored',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '5.8': {
        title: 'Ensure S3 bucket policy changes are monitored',
        level: 1,
        automated: false,
        securityHub: [],
    },
    '5.9': {
        title: 'Ensure AWS Config configuration changes are monitored',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '5.10': {
        title: 'Ensure security group changes are monitored',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '5.11': {
        title: 'Ensure Network Access Control List (NACL) changes are monitored',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '5.12': {
        title: 'Ensure changes to network gateways are monitored',
        level: 1,
        automated: false,
        securityHub: [],
    },
    '5.13': { title: 'Ensure route table changes are monitored', level: 1, automated: false, securityHub: [] },
    '5.14': { title: 'Ensure VPC changes are monitored', level: 1, automated: false, securityHub: [] },
    '5.15': {
        title: 'Ensure AWS Organizations changes are monitored',
        level: 1,
        automated: false,
        securityHub: [],
    },
    '5.16': { title: 'Ensure AWS Security Hub is enabled', level: 2, automated: true, securityHub: [] },
    '6.1.1': {
        title: 'Ensure EBS volume encryption is enabled in all regions',
        level: 1,
        automated: true,
        securityHub: ['EC2.7'],
    },
    '6.1.2': {
        title: 'Ensure CIFS access is restricted to trusted networks to prevent unauthorized access',
        level: 1,
        automated: true,
        securityHub: [],
    },
    '6.2': {
        title: 'Ensure no Network ACLs allow ingress from 0.0.0.0/0 to remote server administration ports',
        level: 1,
        automated: true,
        securityHub: ['EC2.21'],
    },
    '6.3': {
        title: 'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports',
        level: 1,
        automated: true,
        securityHub: ['EC2.53'],
    },
    '6.4': {
        title: 'Ensure no security groups allow ingress from ::/0 to remote server administration ports',
        level: 1,
        automated: true,
        securityHub: ['EC2.54'],
    },
    '6.5': {
        title: 'Ensure the default security group of every VPC restricts all traffic',
        level: 2,
        automated: true,
        securityHub: ['EC2.2'],
    },
    '6.6': {
        title: 'Ensure routing tables for VPC peering are "least access"',
        level: 2,
        automated: false,
        securityHub: [],
    },
    '6.7': {
        title: 'Ensure that the EC2 Metadata Service only allows IMDSv2',
        level: 1,
        automated: true,
        securityHub: ['EC2.8'],
    },
};

;// CONCATENATED MODULE: ./src/rules/data/standards/fsbp.ts
// Generated from the CSV beside it by `tsx scripts/standards.ts`; do not edit by hand. Sources and caveats: README.md.
/**
 * AWS Foundational Security Best Practices v1.0.0 controls in Security Hub, as of 2026-09-03.
 * Source: https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html
 * (via crowecawcaw/aws-docs-history; resource types from the Security Hub API export), see README.md.
 */
const FSBP_CONTROLS = {
    'Account.1': {
        title: 'Security contact information should be provided for an AWS account',
        severity: 'medium',
        resourceType: 'AWS::::Account',
    },
    'ACM.1': {
        title: 'Imported and ACM-issued certificates should be renewed after a specified time period',
        severity: 'medium',
        resourceType: 'AWS::ACM::Certificate',
    },
    'ACM.2': {
        title: 'RSA certificates managed by ACM should use a key length of at least 2,048 bits',
        severity: 'high',
        resourceType: 'AWS::ACM::Certificate',
    },
    'APIGateway.1': {
        title: 'API Gateway REST and WebSocket API execution logging should be enabled',
        severity: 'medium',
        resourceType: 'AWS::ApiGateway::Stage',
    },
    'APIGateway.2': {
        title: 'API Gateway REST API stages should be configured to use SSL certificates for backend authentication',
        severity: 'medium',
        resourceType: 'AWS::ApiGateway::Stage',
    },
    'APIGateway.3': {
        title: 'API Gateway REST API stages should have AWS X-Ray tracing enabled',
        severity: 'low',
        resourceType: 'AWS::ApiGateway::Stage',
    },
    'APIGateway.4': {
        title: 'API Gateway should be associated with a WAF Web ACL',
        severity: 'medium',
        resourceType: 'AWS::ApiGateway::Stage',
    },
    'APIGateway.5': {
        title: 'API Gateway REST API cache data should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::ApiGateway::Stage',
    },
    'APIGateway.8': {
        title: 'API Gateway routes should specify an authorization type',
        severity: 'medium',
        resourceType: 'AWS::ApiGatewayV2::Route',
    },
    'APIGateway.9': {
        title: 'Access logging should be configured for API Gateway V2 Stages',
        severity: 'medium',
        resourceType: 'AWS::ApiGatewayV2::Stage',
    },
    'APIGateway.10': {
        title: 'API Gateway V2 integrations should use HTTPS for private connections',
        severity: 'medium',
        resourceType: 'AWS::ApiGatewayV2::Integration',
    },
    'APIGateway.11': {
        title: 'API Gateway domain names should use recommended security policies',
        severity: 'medium',
        resourceType: 'AWS::ApiGateway::DomainName',
    },
    'AppSync.2': {
        title: 'AWS AppSync should have field-level logging enabled',
        severity: 'medium',
        resourceType: 'AWS::AppSync::GraphQLApi',
    },
    'AppSync.5': {
        title: 'AWS AppSync GraphQL APIs should not be authenticated with API keys',
        severity: 'high',
        resourceType: 'AWS::AppSync::GraphQLApi',
    },
    'Athena.4': {
        title: 'Athena workgroups should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::Athena::WorkGroup',
    },
    'AutoScaling.1': {
        title: 'Auto Scaling groups associated with a load balancer should use ELB health checks',
        severity: 'low',
        resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    },
    'AutoScaling.2': {
        title: 'Amazon EC2 Auto Scaling group should cover multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    },
    'AutoScaling.3': {
        title: 'Auto Scaling group launch configurations should configure EC2 instances to require Instance Metadata Service Version 2 (IMDSv2)',
        severity: 'high',
        resourceType: 'AWS::AutoScaling::LaunchConfiguration',
    },
    'Autoscaling.5': {
        title: 'Amazon EC2 instances launched using Auto Scaling group launch configurations should not have Public IP addresses',
        severity: 'high',
        resourceType: 'AWS::AutoScaling::LaunchConfiguration',
    },
    'AutoScaling.6': {
        title: 'Auto Scaling groups should use multiple instance types in multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    },
    'AutoScaling.9': {
        title: 'EC2 Auto Scaling groups should use EC2 launch templates',
        severity: 'medium',
        resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    },
    'Backup.1': {
        title: 'AWS Backup recovery points should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::Backup::RecoveryPoint',
    },
    'BedrockAgentCore.1': {
        title: 'Bedrock AgentCore runtimes should be configured with VPC network mode',
        severity: 'high',
        resourceType: 'AWS::BedrockAgentCore::Runtime',
    },
    'BedrockAgentCore.2': {
        title: 'Bedrock AgentCore Gateways should require authorization for inbound requests',
        severity: 'high',
        resourceType: 'AWS::BedrockAgentCore::Gateway',
    },
    'BedrockAgentCore.5': {
        title: 'Bedrock AgentCore custom browsers should not use public network mode',
        severity: 'high',
        resourceType: 'AWS::BedrockAgentCore::BrowserCustom',
    },
    'BedrockAgentCore.6': {
        title: 'Bedrock AgentCore custom browsers should have session recording enabled',
        severity: 'medium',
        resourceType: 'AWS::BedrockAgentCore::BrowserCustom',
    },
    'CloudFormation.3': {
        title: 'CloudFormation stacks should have termination protection enabled',
        severity: 'medium',
        resourceType: 'AWS::CloudFormation::Stack',
    },
    'CloudFormation.4': {
        title: 'CloudFormation stacks should have associated service roles',
        severity: 'medium',
        resourceType: 'AWS::CloudFormation::Stack',
    },
    'CloudFront.1': {
        title: 'CloudFront distributions should have a default root object configured',
        severity: 'high',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.3': {
        title: 'CloudFront distributions should require encryption in transit',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.4': {
        title: 'CloudFront distributions should have origin failover configured',
        severity: 'low',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.5': {
        title: 'CloudFront distributions should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.6': {
        title: 'CloudFront distributions should have WAF enabled',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.7': {
        title: 'CloudFront distributions should use custom SSL/TLS certificates',
        severity: 'low',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.8': {
        title: 'CloudFront distributions should use SNI to serve HTTPS requests',
        severity: 'low',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.9': {
        title: 'CloudFront distributions should encrypt traffic to custom origins',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.10': {
        title: 'CloudFront distributions should not use deprecated SSL protocols between edge locations and custom origins',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.12': {
        title: 'CloudFront distributions should not point to non-existent S3 origins',
        severity: 'high',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.13': {
        title: 'CloudFront distributions should use origin access control',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.15': {
        title: 'CloudFront distributions should use the recommended TLS security policy',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.16': {
        title: 'CloudFront distributions should use origin access control for Lambda function URL origins',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudFront.17': {
        title: 'CloudFront distributions should use trusted key groups for signed URLs and cookies',
        severity: 'medium',
        resourceType: 'AWS::CloudFront::Distribution',
    },
    'CloudTrail.1': {
        title: 'CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events',
        severity: 'high',
        resourceType: 'AWS::::Account',
    },
    'CloudTrail.2': {
        title: 'CloudTrail should have encryption at-rest enabled',
        severity: 'medium',
        resourceType: 'AWS::CloudTrail::Trail',
    },
    'CloudTrail.4': {
        title: 'CloudTrail log file validation should be enabled',
        severity: 'low',
        resourceType: 'AWS::CloudTrail::Trail',
    },
    'CloudTrail.5': {
        title: 'CloudTrail trails should be integrated with Amazon CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::CloudTrail::Trail',
    },
    'CodeBuild.1': {
        title: 'CodeBuild Bitbucket source repository URLs should not contain sensitive credentials',
        severity: 'critical',
        resourceType: 'AWS::CodeBuild::Project',
    },
    'CodeBuild.2': {
        title: 'CodeBuild project environment variables should not contain clear text credentials',
        severity: 'critical',
        resourceType: 'AWS::CodeBuild::Project',
    },
    'CodeBuild.3': {
        title: 'CodeBuild S3 logs should be encrypted',
        severity: 'low',
        resourceType: 'AWS::CodeBuild::Project',
    },
    'CodeBuild.4': {
        title: 'CodeBuild project environments should have a logging configuration',
        severity: 'medium',
        resourceType: 'AWS::CodeBuild::Project',
    },
    'CodeBuild.7': {
        title: 'CodeBuild report group exports should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::CodeBuild::ReportGroup',
    },
    'Cognito.1': {
        title: 'Cognito user pools should have threat protection activated with full function enforcement mode for standard authentication',
        severity: 'medium',
        resourceType: 'AWS::Cognito::UserPool',
    },
    'Cognito.2': {
        title: 'Cognito identity pools should not allow unauthenticated identities',
        severity: 'medium',
        resourceType: 'AWS::Cognito::IdentityPool',
    },
    'Cognito.3': {
        title: 'Password policies for Cognito user pools should have strong configurations',
        severity: 'medium',
        resourceType: 'AWS::Cognito::UserPool',
    },
    'Cognito.4': {
        title: 'Cognito user pools should have threat protection activated with full function enforcement mode for custom authentication',
        severity: 'medium',
        resourceType: 'AWS::Cognito::UserPool',
    },
    'Cognito.5': {
        title: 'MFA should be enabled for Cognito user pools',
        severity: 'medium',
        resourceType: 'AWS::Cognito::UserPool',
    },
    'Cognito.6': {
        title: 'Cognito user pools should have deletion protection enabled',
        severity: 'medium',
        resourceType: 'AWS::Cognito::UserPool',
    },
    'Config.1': {
        title: 'AWS Config should be enabled and use the service-linked role for resource recording',
        severity: 'critical',
        resourceType: 'AWS::::Account',
    },
    'Connect.2': {
        title: 'Amazon Connect instances should have CloudWatch logging enabled',
        severity: 'medium',
        resourceType: 'AWS::Connect::Instance',
    },
    'DataFirehose.1': {
        title: 'Firehose delivery streams should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::KinesisFirehose::DeliveryStream',
    },
    'DataSync.1': {
        title: 'DataSync tasks should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::DataSync::Task',
    },
    'DMS.1': {
        title: 'Database Migration Service replication instances should not be public',
        severity: 'critical',
        resourceType: 'AWS::DMS::ReplicationInstance',
    },
    'DMS.6': {
        title: 'DMS replication instances should have automatic minor version upgrade enabled',
        severity: 'medium',
        resourceType: 'AWS::DMS::ReplicationInstance',
    },
    'DMS.7': {
        title: 'DMS replication tasks for the target database should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::DMS::ReplicationTask',
    },
    'DMS.8': {
        title: 'DMS replication tasks for the source database should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::DMS::ReplicationTask',
    },
    'DMS.9': { title: 'DMS endpoints should use SSL', severity: 'medium', resourceType: 'AWS::DMS::Endpoint' },
    'DMS.10': {
        title: 'DMS endpoints for Neptune databases should have IAM authorization enabled',
        severity: 'medium',
        resourceType: 'AWS::DMS::Endpoint',
    },
    'DMS.11': {
        title: 'DMS endpoints for MongoDB should have an authentication mechanism enabled',
        severity: 'medium',
        resourceType: 'AWS::DMS::Endpoint',
    },
    'DMS.12': {
        title: 'DMS endpoints for Redis OSS should have TLS enabled',
        severity: 'medium',
        resourceType: 'AWS::DMS::Endpoint',
    },
    'DMS.13': {
        title: 'DMS replication instances should be configured to use multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::DMS::ReplicationInstance',
    },
    'DocumentDB.1': {
        title: 'Amazon DocumentDB clusters should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'DocumentDB.2': {
        title: 'Amazon DocumentDB clusters should have an adequate backup retention period',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'DocumentDB.3': {
        title: 'Amazon DocumentDB manual cluster snapshots should not be public',
        severity: 'critical',
        resourceType: 'AWS::RDS::DBClusterSnapshot',
    },
    'DocumentDB.4': {
        title: 'Amazon DocumentDB clusters should publish audit logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'DocumentDB.5': {
        title: 'Amazon DocumentDB clusters should have deletion protection enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'DocumentDB.6': {
        title: 'Amazon DocumentDB clusters should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'DynamoDB.1': {
        title: 'DynamoDB tables should automatically scale capacity with demand',
        severity: 'medium',
        resourceType: 'AWS::DynamoDB::Table',
    },
    'DynamoDB.2': {
        title: 'DynamoDB tables should have point-in-time recovery enabled',
        severity: 'medium',
        resourceType: 'AWS::DynamoDB::Table',
    },
    'DynamoDB.3': {
        title: 'DynamoDB Accelerator (DAX) clusters should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::DAX::Cluster',
    },
    'DynamoDB.6': {
        title: 'DynamoDB tables should have deletion protection enabled',
        severity: 'medium',
        resourceType: 'AWS::DynamoDB::Table',
    },
    'DynamoDB.7': {
        title: 'DynamoDB Accelerator clusters should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::DynamoDB::Table',
    },
    'EC2.1': {
        title: 'Amazon EBS snapshots should not be configured to be publicly restorable',
        severity: 'critical',
        resourceType: 'AWS::::Account',
    },
    'EC2.2': {
        title: 'VPC default security groups should not allow inbound or outbound traffic',
        severity: 'high',
        resourceType: 'AWS::EC2::SecurityGroup',
    },
    'EC2.3': {
        title: 'Attached EBS volumes should be encrypted at-rest',
        severity: 'medium',
        resourceType: 'AWS::EC2::Volume',
    },
    'EC2.4': {
        title: 'Stopped EC2 instances should be removed after a specified time period',
        severity: 'medium',
        resourceType: 'AWS::EC2::Instance',
    },
    'EC2.6': {
        title: 'VPC flow logging should be enabled in all VPCs',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPC',
    },
    'EC2.7': {
        title: 'EBS default encryption should be enabled',
        severity: 'medium',
        resourceType: 'AWS::::Account',
    },
    'EC2.8': {
        title: 'EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)',
        severity: 'high',
        resourceType: 'AWS::EC2::Instance',
    },
    'EC2.9': {
        title: 'EC2 instances should not have a public IPv4 address',
        severity: 'high',
        resourceType: 'AWS::EC2::Instance',
    },
    'EC2.10': {
        title: 'Amazon EC2 should be configured to use VPC endpoints that are created for the Amazon EC2 service',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPC',
    },
    'EC2.15': {
        title: 'EC2 subnets should not automatically assign public IP addresses',
        severity: 'medium',
        resourceType: 'AWS::EC2::Subnet',
    },
    'EC2.16': {
        title: 'Unused Network Access Control Lists should be removed',
        severity: 'low',
        resourceType: 'AWS::EC2::NetworkAcl',
    },
    'EC2.17': {
        title: 'EC2 instances should not use multiple ENIs',
        severity: 'low',
        resourceType: 'AWS::EC2::Instance',
    },
    'EC2.18': {
        title: 'Security groups should only allow unrestricted incoming traffic for authorized ports',
        severity: 'high',
        resourceType: 'AWS::EC2::SecurityGroup',
    },
    'EC2.19': {
        title: 'Security groups should not allow unrestricted access to ports with high risk',
        severity: 'critical',
        resourceType: 'AWS::EC2::SecurityGroup',
    },
    'EC2.20': {
        title: 'Both VPN tunnels for an AWS Site-to-Site VPN connection should be up',
        severity: 'medium',
        resourceType: 'AWS::EC2::Volume',
    },
    'EC2.21': {
        title: 'Network ACLs should not allow ingress from 0.0.0.0/0 to port 22 or port 3389',
        severity: 'medium',
        resourceType: 'AWS::EC2::Volume',
    },
    'EC2.23': {
        title: 'EC2 Transit Gateways should not automatically accept VPC attachment requests',
        severity: 'high',
        resourceType: 'AWS::EC2::Volume',
    },
    'EC2.24': {
        title: 'EC2 paravirtual instance types should not be used',
        severity: 'medium',
        resourceType: 'AWS::EC2::Volume',
    },
    'EC2.25': {
        title: 'EC2 launch templates should not assign public IPs to network interfaces',
        severity: 'high',
        resourceType: 'AWS::EC2::Volume',
    },
    'EC2.51': {
        title: 'EC2 Client VPN endpoints should have client connection logging enabled',
        severity: 'low',
        resourceType: 'AWS::EC2::ClientVpnEndpoint',
    },
    'EC2.55': {
        title: 'VPCs should be configured with an interface endpoint for ECR API',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPC',
    },
    'EC2.56': {
        title: 'VPCs should be configured with an interface endpoint for Docker Registry',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPC',
    },
    'EC2.57': {
        title: 'VPCs should be configured with an interface endpoint for Systems Manager',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPC',
    },
    'EC2.58': {
        title: 'VPCs should be configured with an interface endpoint for Systems Manager Incident Manager Contacts',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPC',
    },
    'EC2.60': {
        title: 'VPCs should be configured with an interface endpoint for Systems Manager Incident Manager',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPC',
    },
    'EC2.170': {
        title: 'EC2 launch templates should use Instance Metadata Service Version 2 (IMDSv2)',
        severity: 'low',
        resourceType: 'AWS::EC2::LaunchTemplate',
    },
    'EC2.171': {
        title: 'EC2 VPN connections should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPNConnection',
    },
    'EC2.172': {
        title: 'EC2 VPC Block Public Access settings should block internet gateway traffic',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPCBlockPublicAccessOptions',
    },
    'EC2.173': {
        title: 'EC2 Spot Fleet requests with launch parameters should enable encryption for attached EBS volumes',
        severity: 'medium',
        resourceType: 'AWS::EC2::SpotFleet',
    },
    'EC2.180': {
        title: 'EC2 network interfaces should have source/destination checking enabled',
        severity: 'medium',
        resourceType: 'AWS::EC2::NetworkInterface',
    },
    'EC2.181': {
        title: 'EC2 launch templates should enable encryption for attached EBS volumes',
        severity: 'medium',
        resourceType: 'AWS::EC2::LaunchTemplate',
    },
    'EC2.182': {
        title: 'Block public access settings should be enabled for Amazon EBS snapshots',
        severity: 'high',
        resourceType: 'AWS::EC2::SnapshotBlockPublicAccess',
    },
    'EC2.183': {
        title: 'EC2 VPN connections should use IKEv2 protocol',
        severity: 'medium',
        resourceType: 'AWS::EC2::VPNConnection',
    },
    'ECR.1': {
        title: 'ECR private repositories should have image scanning configured',
        severity: 'high',
        resourceType: 'AWS::ECR::Repository',
    },
    'ECR.2': {
        title: 'ECR private repositories should have tag immutability configured',
        severity: 'medium',
        resourceType: 'AWS::ECR::Repository',
    },
    'ECR.3': {
        title: 'ECR repositories should have at least one lifecycle policy configured',
        severity: 'medium',
        resourceType: 'AWS::ECR::Repository',
    },
    'ECS.2': {
        title: 'ECS services should not have public IP addresses assigned to them automatically',
        severity: 'high',
        resourceType: 'AWS::ECS::Service',
    },
    'ECS.3': {
        title: "ECS task definitions should not share the host's process namespace",
        severity: 'high',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'ECS.4': {
        title: 'ECS containers should run as non-privileged',
        severity: 'high',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'ECS.5': {
        title: 'ECS task definitions should configure containers to be limited to read-only access to root filesystems',
        severity: 'high',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'ECS.8': {
        title: 'Secrets should not be passed as container environment variables',
        severity: 'high',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'ECS.9': {
        title: 'ECS task definitions should have a logging configuration',
        severity: 'high',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'ECS.10': {
        title: 'ECS Fargate services should run on the latest Fargate platform version',
        severity: 'medium',
        resourceType: 'AWS::ECS::Service',
    },
    'ECS.12': {
        title: 'ECS clusters should use Container Insights',
        severity: 'medium',
        resourceType: 'AWS::ECS::Cluster',
    },
    'ECS.16': {
        title: 'ECS task sets should not automatically assign public IP addresses',
        severity: 'high',
        resourceType: 'AWS::ECS::TaskSet',
    },
    'ECS.18': {
        title: 'ECS Task Definitions should use in-transit encryption for EFS volumes',
        severity: 'medium',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'ECS.19': {
        title: 'ECS capacity providers should have managed termination protection enabled',
        severity: 'medium',
        resourceType: 'AWS::ECS::CapacityProvider',
    },
    'ECS.20': {
        title: 'ECS Task Definitions should configure non-root users in Linux container definitions',
        severity: 'medium',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'ECS.21': {
        title: 'ECS Task Definitions should configure non-administrator users in Windows container definitions',
        severity: 'medium',
        resourceType: 'AWS::ECS::TaskDefinition',
    },
    'EFS.1': {
        title: 'Elastic File System should be configured to encrypt file data at-rest using AWS KMS',
        severity: 'medium',
        resourceType: 'AWS::EFS::FileSystem',
    },
    'EFS.2': {
        title: 'Amazon EFS volumes should be in backup plans',
        severity: 'medium',
        resourceType: 'AWS::EFS::FileSystem',
    },
    'EFS.3': {
        title: 'EFS access points should enforce a root directory',
        severity: 'medium',
        resourceType: 'AWS::EFS::AccessPoint',
    },
    'EFS.4': {
        title: 'EFS access points should enforce a user identity',
        severity: 'medium',
        resourceType: 'AWS::EFS::AccessPoint',
    },
    'EFS.7': {
        title: 'EFS file systems should have automatic backups enabled',
        severity: 'medium',
        resourceType: 'AWS::EFS::FileSystem',
    },
    'EFS.8': {
        title: 'EFS file systems should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::EFS::FileSystem',
    },
    'EKS.1': {
        title: 'EKS cluster endpoints should not be publicly accessible',
        severity: 'high',
        resourceType: 'AWS::EKS::Cluster',
    },
    'EKS.2': {
        title: 'EKS clusters should run on a supported Kubernetes version',
        severity: 'high',
        resourceType: 'AWS::EKS::Cluster',
    },
    'EKS.3': {
        title: 'EKS clusters should use encrypted Kubernetes secrets',
        severity: 'medium',
        resourceType: 'AWS::EKS::Cluster',
    },
    'EKS.8': {
        title: 'EKS clusters should have audit logging enabled',
        severity: 'medium',
        resourceType: 'AWS::EKS::Cluster',
    },
    'EKS.9': {
        title: 'EKS node groups should run on a supported Kubernetes version',
        severity: 'high',
        resourceType: 'AWS::EKS::Nodegroup',
    },
    'ElastiCache.1': {
        title: 'ElastiCache (Redis OSS) clusters should have automatic backups enabled',
        severity: 'high',
        resourceType: 'AWS::ElastiCache::CacheCluster',
    },
    'ElastiCache.2': {
        title: 'ElastiCache clusters should have automatic minor version upgrades enabled',
        severity: 'high',
        resourceType: 'AWS::ElastiCache::CacheCluster',
    },
    'ElastiCache.3': {
        title: 'ElastiCache replication groups should have automatic failover enabled',
        severity: 'medium',
        resourceType: 'AWS::ElastiCache::ReplicationGroup',
    },
    'ElastiCache.4': {
        title: 'ElastiCache replication groups should be encrypted-at-rest',
        severity: 'medium',
        resourceType: 'AWS::ElastiCache::ReplicationGroup',
    },
    'ElastiCache.5': {
        title: 'ElastiCache replication groups should be encrypted-in-transit',
        severity: 'medium',
        resourceType: 'AWS::ElastiCache::ReplicationGroup',
    },
    'ElastiCache.6': {
        title: 'ElastiCache (Redis OSS) replication groups of earlier versions should have Redis OSS AUTH enabled',
        severity: 'medium',
        resourceType: 'AWS::ElastiCache::ReplicationGroup',
    },
    'ElastiCache.7': {
        title: 'ElastiCache clusters should not use the default subnet group',
        severity: 'high',
        resourceType: 'AWS::ElastiCache::CacheCluster',
    },
    'ElasticBeanstalk.1': {
        title: 'Elastic Beanstalk environments should have enhanced health reporting enabled',
        severity: 'low',
        resourceType: 'AWS::ElasticBeanstalk::Environment',
    },
    'ElasticBeanstalk.2': {
        title: 'Elastic Beanstalk managed platform updates should be enabled',
        severity: 'high',
        resourceType: 'AWS::ElasticBeanstalk::Environment',
    },
    'ElasticBeanstalk.3': {
        title: 'Elastic Beanstalk should stream logs to CloudWatch',
        severity: 'high',
        resourceType: 'AWS::ElasticBeanstalk::Environment',
    },
    'ELB.1': {
        title: 'Application Load Balancer should be configured to redirect all HTTP requests to HTTPS',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    },
    'ELB.2': {
        title: 'Classic Load Balancers with SSL/HTTPS listeners should use a certificate provided by AWS Certificate Manager',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.3': {
        title: 'Classic Load Balancer listeners should be configured with HTTPS or TLS termination',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.4': {
        title: 'Application Load Balancer should be configured to drop http headers',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    },
    'ELB.5': {
        title: 'Application and Classic Load Balancers logging should be enabled',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.6': {
        title: 'Application, Gateway, and Network Load Balancers should have deletion protection enabled',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    },
    'ELB.7': {
        title: 'Classic Load Balancers should have connection draining enabled',
        severity: 'low',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.8': {
        title: 'Classic Load Balancers with SSL listeners should use a predefined security policy that has strong configuration',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.9': {
        title: 'Classic Load Balancers should have cross-zone load balancing enabled',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.10': {
        title: 'Classic Load Balancer should span multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.12': {
        title: 'Application Load Balancer should be configured with defensive or strictest desync mitigation mode',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    },
    'ELB.13': {
        title: 'Application, Network and Gateway Load Balancers should span multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    },
    'ELB.14': {
        title: 'Classic Load Balancer should be configured with defensive or strictest desync mitigation mode',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    },
    'ELB.17': {
        title: 'Application and Network Load Balancers with listeners should use recommended security policies',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
    },
    'ELB.18': {
        title: 'Application and Network Load Balancer listeners should use secure protocols to encrypt data in transit',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
    },
    'ELB.21': {
        title: 'Application and Network Load Balancer target groups should use encrypted health check protocols',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    },
    'ELB.22': {
        title: 'ELB target groups should use encrypted transport protocols',
        severity: 'medium',
        resourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    },
    'EMR.1': {
        title: 'Amazon EMR cluster primary nodes should not have public IP addresses',
        severity: 'high',
        resourceType: 'AWS::EMR::Cluster',
    },
    'EMR.2': {
        title: 'Amazon EMR block public access setting should be enabled',
        severity: 'critical',
        resourceType: 'AWS::::Account',
    },
    'EMR.3': {
        title: 'Amazon EMR security configurations should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::EMR::SecurityConfiguration',
    },
    'EMR.4': {
        title: 'Amazon EMR security configurations should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::EMR::SecurityConfiguration',
    },
    'ES.1': {
        title: 'Elasticsearch domains should have encryption at-rest enabled',
        severity: 'medium',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'ES.2': {
        title: 'Elasticsearch domains should not be publicly accessible',
        severity: 'critical',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'ES.3': {
        title: 'Elasticsearch domains should encrypt data sent between nodes',
        severity: 'medium',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'ES.4': {
        title: 'Elasticsearch domain error logging to CloudWatch Logs should be enabled',
        severity: 'medium',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'ES.5': {
        title: 'Elasticsearch domains should have audit logging enabled',
        severity: 'medium',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'ES.6': {
        title: 'Elasticsearch domains should have at least three data nodes',
        severity: 'medium',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'ES.7': {
        title: 'Elasticsearch domains should be configured with at least three dedicated master nodes',
        severity: 'medium',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'ES.8': {
        title: 'Connections to Elasticsearch domains should be encrypted using the latest TLS security policy',
        severity: 'medium',
        resourceType: 'AWS::Elasticsearch::Domain',
    },
    'EventBridge.3': {
        title: 'EventBridge custom event buses should have a resource-based policy attached',
        severity: 'low',
        resourceType: 'AWS::Events::EventBus',
    },
    'FSx.1': {
        title: 'FSx for OpenZFS file systems should be configured to copy tags to backups and volumes',
        severity: 'low',
        resourceType: 'AWS::FSx::FileSystem',
    },
    'FSx.2': {
        title: 'FSx for Lustre file systems should be configured to copy tags to backups',
        severity: 'low',
        resourceType: 'AWS::FSx::FileSystem',
    },
    'FSx.3': {
        title: 'FSx for OpenZFS file systems should be configured for Multi-AZ deployment',
        severity: 'medium',
        resourceType: 'AWS::FSx::FileSystem',
    },
    'FSx.4': {
        title: 'FSx for NetApp ONTAP file systems should be configured for Multi-AZ deployment',
        severity: 'medium',
        resourceType: 'AWS::FSx::FileSystem',
    },
    'FSx.5': {
        title: 'FSx for Windows File Server file systems should be configured for Multi-AZ deployment',
        severity: 'medium',
        resourceType: 'AWS::FSx::FileSystem',
    },
    'Glue.3': {
        title: 'AWS Glue machine learning transforms should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::Glue::MLTransform',
    },
    'Glue.4': {
        title: 'AWS Glue Spark jobs should run on supported versions of AWS Glue',
        severity: 'medium',
        resourceType: 'AWS::Glue::Job',
    },
    'GuardDuty.1': { title: 'GuardDuty should be enabled', severity: 'high', resourceType: 'AWS::::Account' },
    'GuardDuty.5': {
        title: 'GuardDuty EKS Audit Log Monitoring should be enabled',
        severity: 'high',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.6': {
        title: 'GuardDuty Lambda Protection should be enabled',
        severity: 'high',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.7': {
        title: 'GuardDuty EKS Runtime Monitoring should be enabled',
        severity: 'high',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.8': {
        title: 'GuardDuty Malware Protection for EC2 should be enabled',
        severity: 'high',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.9': {
        title: 'GuardDuty RDS Protection should be enabled',
        severity: 'high',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.10': {
        title: 'GuardDuty S3 Protection should be enabled',
        severity: 'high',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.11': {
        title: 'GuardDuty Runtime Monitoring should be enabled',
        severity: 'high',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.12': {
        title: 'GuardDuty ECS Runtime Monitoring should be enabled',
        severity: 'medium',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'GuardDuty.13': {
        title: 'GuardDuty EC2 Runtime Monitoring should be enabled',
        severity: 'medium',
        resourceType: 'AWS::GuardDuty::Detector',
    },
    'IAM.1': {
        title: 'IAM policies should not allow full "*" administrative privileges',
        severity: 'high',
        resourceType: 'AWS::IAM::Policy',
    },
    'IAM.2': {
        title: 'IAM users should not have IAM policies attached',
        severity: 'low',
        resourceType: 'AWS::IAM::User',
    },
    'IAM.3': {
        title: "IAM users' access keys should be rotated every 90 days or less",
        severity: 'medium',
        resourceType: 'AWS::IAM::User',
    },
    'IAM.4': {
        title: 'IAM root user access key should not exist',
        severity: 'critical',
        resourceType: 'AWS::::Account',
    },
    'IAM.5': {
        title: 'MFA should be enabled for all IAM users that have a console password',
        severity: 'medium',
        resourceType: 'AWS::IAM::User',
    },
    'IAM.6': {
        title: 'Hardware MFA should be enabled for the root user',
        severity: 'critical',
        resourceType: 'AWS::::Account',
    },
    'IAM.7': {
        title: 'Password policies for IAM users should have strong configurations',
        severity: 'medium',
        resourceType: 'AWS::::Account',
    },
    'IAM.8': {
        title: 'Unused IAM user credentials should be removed',
        severity: 'medium',
        resourceType: 'AWS::IAM::User',
    },
    'IAM.21': {
        title: 'IAM customer managed policies that you create should not allow wildcard actions for services',
        severity: 'low',
        resourceType: 'AWS::IAM::Policy',
    },
    'Inspector.1': {
        title: 'Amazon Inspector EC2 scanning should be enabled',
        severity: 'high',
        resourceType: 'AWS::::Account',
    },
    'Inspector.2': {
        title: 'Amazon Inspector ECR scanning should be enabled',
        severity: 'high',
        resourceType: 'AWS::::Account',
    },
    'Inspector.3': {
        title: 'Amazon Inspector Lambda code scanning should be enabled',
        severity: 'high',
        resourceType: 'AWS::::Account',
    },
    'Inspector.4': {
        title: 'Amazon Inspector Lambda standard scanning should be enabled',
        severity: 'high',
        resourceType: 'AWS::::Account',
    },
    'Kinesis.1': {
        title: 'Kinesis streams should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::Kinesis::Stream',
    },
    'Kinesis.3': {
        title: 'Kinesis streams should have an adequate data retention period',
        severity: 'medium',
        resourceType: 'AWS::Kinesis::Stream',
    },
    'KMS.1': {
        title: 'IAM customer managed policies should not allow decryption actions on all KMS keys',
        severity: 'medium',
        resourceType: 'AWS::IAM::Policy',
    },
    'KMS.2': {
        title: 'IAM principals should not have IAM inline policies that allow decryption actions on all KMS keys',
        severity: 'medium',
        resourceType: 'AWS::IAM::Group',
    },
    'KMS.3': {
        title: 'AWS KMS keys should not be deleted unintentionally',
        severity: 'critical',
        resourceType: 'AWS::KMS::Key',
    },
    'KMS.5': {
        title: 'KMS keys should not be publicly accessible',
        severity: 'critical',
        resourceType: 'AWS::KMS::Key',
    },
    'Lambda.1': {
        title: 'Lambda function policies should prohibit public access',
        severity: 'critical',
        resourceType: 'AWS::Lambda::Function',
    },
    'Lambda.2': {
        title: 'Lambda functions should use supported runtimes',
        severity: 'medium',
        resourceType: 'AWS::Lambda::Function',
    },
    'Lambda.5': {
        title: 'VPC Lambda functions should operate in multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::Lambda::Function',
    },
    'Macie.1': { title: 'Amazon Macie should be enabled', severity: 'medium', resourceType: 'AWS::::Account' },
    'Macie.2': {
        title: 'Macie automated sensitive data discovery should be enabled',
        severity: 'high',
        resourceType: 'AWS::::Account',
    },
    'MQ.2': {
        title: 'ActiveMQ brokers should stream audit logs to CloudWatch',
        severity: 'medium',
        resourceType: 'AWS::AmazonMQ::Broker',
    },
    'MSK.1': {
        title: 'MSK clusters should be encrypted in transit among broker nodes',
        severity: 'medium',
        resourceType: 'AWS::MSK::Cluster',
    },
    'MSK.3': {
        title: 'MSK Connect connectors should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::KafkaConnect::Connector',
    },
    'MSK.4': {
        title: 'MSK clusters should have public access disabled',
        severity: 'critical',
        resourceType: 'AWS::MSK::Cluster',
    },
    'MSK.5': {
        title: 'MSK connectors should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::KafkaConnect::Connector',
    },
    'MSK.6': {
        title: 'MSK clusters should disable unauthenticated access',
        severity: 'medium',
        resourceType: 'AWS::MSK::Cluster',
    },
    'Neptune.1': {
        title: 'Neptune DB clusters should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'Neptune.2': {
        title: 'Neptune DB clusters should publish audit logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'Neptune.3': {
        title: 'Neptune DB cluster snapshots should not be public',
        severity: 'critical',
        resourceType: 'AWS::RDS::DBClusterSnapshot',
    },
    'Neptune.4': {
        title: 'Neptune DB clusters should have deletion protection enabled',
        severity: 'low',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'Neptune.5': {
        title: 'Neptune DB clusters should have automated backups enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'Neptune.6': {
        title: 'Neptune DB cluster snapshots should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBClusterSnapshot',
    },
    'Neptune.7': {
        title: 'Neptune DB clusters should have IAM database authentication enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'Neptune.8': {
        title: 'Neptune DB clusters should be configured to copy tags to snapshots',
        severity: 'low',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'NetworkFirewall.2': {
        title: 'Network Firewall logging should be enabled',
        severity: 'medium',
        resourceType: 'AWS::NetworkFirewall::LoggingConfiguration',
    },
    'NetworkFirewall.3': {
        title: 'Network Firewall policies should have at least one rule group associated',
        severity: 'medium',
        resourceType: 'AWS::NetworkFirewall::FirewallPolicy',
    },
    'NetworkFirewall.4': {
        title: 'The default stateless action for Network Firewall policies should be drop or forward for full packets',
        severity: 'medium',
        resourceType: 'AWS::NetworkFirewall::FirewallPolicy',
    },
    'NetworkFirewall.5': {
        title: 'The default stateless action for Network Firewall policies should be drop or forward for fragmented packets',
        severity: 'medium',
        resourceType: 'AWS::NetworkFirewall::FirewallPolicy',
    },
    'NetworkFirewall.6': {
        title: 'Stateless network firewall rule group should not be empty',
        severity: 'medium',
        resourceType: 'AWS::NetworkFirewall::RuleGroup',
    },
    'NetworkFirewall.9': {
        title: 'Network Firewall firewalls should have deletion protection enabled',
        severity: 'medium',
        resourceType: 'AWS::NetworkFirewall::Firewall',
    },
    'NetworkFirewall.10': {
        title: 'Network Firewall firewalls should have subnet change protection enabled',
        severity: 'medium',
        resourceType: 'AWS::NetworkFirewall::Firewall',
    },
    'Opensearch.1': {
        title: 'OpenSearch domains should have encryption at rest enabled',
        severity: 'medium',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.2': {
        title: 'OpenSearch domains should not be publicly accessible',
        severity: 'critical',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.3': {
        title: 'OpenSearch domains should encrypt data sent between nodes',
        severity: 'medium',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.4': {
        title: 'OpenSearch domain error logging to CloudWatch Logs should be enabled',
        severity: 'medium',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.5': {
        title: 'OpenSearch domains should have audit logging enabled',
        severity: 'medium',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.6': {
        title: 'OpenSearch domains should have at least three data nodes',
        severity: 'medium',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.7': {
        title: 'OpenSearch domains should have fine-grained access control enabled',
        severity: 'high',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.8': {
        title: 'Connections to OpenSearch domains should be encrypted using the latest TLS security policy',
        severity: 'medium',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'Opensearch.10': {
        title: 'OpenSearch domains should have the latest software update installed',
        severity: 'medium',
        resourceType: 'AWS::OpenSearch::Domain',
    },
    'PCA.1': {
        title: 'AWS Private CA root certificate authority should be disabled',
        severity: 'low',
        resourceType: 'AWS::ACMPCA::CertificateAuthority',
    },
    'RDS.1': {
        title: 'RDS snapshot should be private',
        severity: 'critical',
        resourceType: 'AWS::RDS::DBClusterSnapshot',
    },
    'RDS.2': {
        title: 'RDS DB Instances should prohibit public access, as determined by the PubliclyAccessible configuration',
        severity: 'critical',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.3': {
        title: 'RDS DB instances should have encryption at-rest enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.4': {
        title: 'RDS cluster snapshots and database snapshots should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBClusterSnapshot',
    },
    'RDS.5': {
        title: 'RDS DB instances should be configured with multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.6': {
        title: 'Enhanced monitoring should be configured for RDS DB instances',
        severity: 'low',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.7': {
        title: 'RDS clusters should have deletion protection enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.8': {
        title: 'RDS DB instances should have deletion protection enabled',
        severity: 'low',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.9': {
        title: 'RDS DB instances should publish logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.10': {
        title: 'IAM authentication should be configured for RDS instances',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.11': {
        title: 'RDS instances should have automatic backups enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.12': {
        title: 'IAM authentication should be configured for RDS clusters',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.13': {
        title: 'RDS automatic minor version upgrades should be enabled',
        severity: 'high',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.14': {
        title: 'Amazon Aurora clusters should have backtracking enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.15': {
        title: 'RDS DB clusters should be configured for multiple Availability Zones',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.16': {
        title: 'Aurora DB clusters should be configured to copy tags to DB snapshots',
        severity: 'low',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.17': {
        title: 'RDS DB instances should be configured to copy tags to snapshots',
        severity: 'low',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.19': {
        title: 'Existing RDS event notification subscriptions should be configured for critical cluster events',
        severity: 'low',
        resourceType: 'AWS::RDS::EventSubscription',
    },
    'RDS.20': {
        title: 'Existing RDS event notification subscriptions should be configured for critical database instance events',
        severity: 'low',
        resourceType: 'AWS::RDS::EventSubscription',
    },
    'RDS.21': {
        title: 'An RDS event notifications subscription should be configured for critical database parameter group events',
        severity: 'low',
        resourceType: 'AWS::RDS::EventSubscription',
    },
    'RDS.22': {
        title: 'An RDS event notifications subscription should be configured for critical database security group events',
        severity: 'low',
        resourceType: 'AWS::RDS::EventSubscription',
    },
    'RDS.23': {
        title: 'RDS instances should not use a database engine default port',
        severity: 'low',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.24': {
        title: 'RDS Database Clusters should use a custom administrator username',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.25': {
        title: 'RDS database instances should use a custom administrator username',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.27': {
        title: 'RDS DB clusters should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.34': {
        title: 'Aurora MySQL DB clusters should publish audit logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.35': {
        title: 'RDS DB clusters should have automatic minor version upgrade enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.36': {
        title: 'RDS for PostgreSQL DB instances should publish logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.37': {
        title: 'Aurora PostgreSQL DB clusters should publish logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.38': {
        title: 'RDS for PostgreSQL DB instances should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.39': {
        title: 'RDS for MySQL DB instances should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.40': {
        title: 'RDS for SQL Server DB instances should publish logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.41': {
        title: 'RDS for SQL Server DB instances should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.42': {
        title: 'RDS for MariaDB DB instances should publish logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.43': {
        title: 'RDS DB proxies should require TLS encryption for connections',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBProxy',
    },
    'RDS.44': {
        title: 'RDS for MariaDB DB instances should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.45': {
        title: 'Aurora MySQL DB clusters should have audit logging enabled',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.46': {
        title: 'RDS DB instances should not be deployed in public subnets with routes to internet gateways',
        severity: 'high',
        resourceType: 'AWS::RDS::DBInstance',
    },
    'RDS.47': {
        title: 'RDS for PostgreSQL DB clusters should be configured to copy tags to DB snapshots',
        severity: 'low',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.48': {
        title: 'RDS for MySQL DB clusters should be configured to copy tags to DB snapshots',
        severity: 'low',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.50': {
        title: 'RDS DB clusters should have enough backup retention period set',
        severity: 'medium',
        resourceType: 'AWS::RDS::DBCluster',
    },
    'RDS.51': {
        title: 'RDS global clusters should run on a supported Aurora MySQL version',
        severity: 'high',
        resourceType: 'AWS::RDS::GlobalCluster',
    },
    'Redshift.1': {
        title: 'Amazon Redshift clusters should prohibit public access',
        severity: 'critical',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.2': {
        title: 'Connections to Amazon Redshift clusters should be encrypted in transit',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.3': {
        title: 'Amazon Redshift clusters should have automatic snapshots enabled',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.4': {
        title: 'Amazon Redshift clusters should have audit logging enabled',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.6': {
        title: 'Amazon Redshift should have automatic upgrades to major versions enabled',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.7': {
        title: 'Redshift clusters should use enhanced VPC routing',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.8': {
        title: 'Amazon Redshift clusters should not use the default Admin username',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.10': {
        title: 'Redshift clusters should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.15': {
        title: 'Redshift security groups should allow ingress on the cluster port only from restricted origins',
        severity: 'high',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'Redshift.18': {
        title: 'Redshift clusters should have Multi-AZ deployments enabled',
        severity: 'medium',
        resourceType: 'AWS::Redshift::Cluster',
    },
    'RedshiftServerless.1': {
        title: 'Amazon Redshift Serverless workgroups should use enhanced VPC routing',
        severity: 'high',
        resourceType: 'AWS::RedshiftServerless::Workgroup',
    },
    'RedshiftServerless.2': {
        title: 'Connections to Redshift Serverless workgroups should be required to use SSL',
        severity: 'medium',
        resourceType: 'AWS::RedshiftServerless::Workgroup',
    },
    'RedshiftServerless.3': {
        title: 'Redshift Serverless workgroups should prohibit public access',
        severity: 'high',
        resourceType: 'AWS::RedshiftServerless::Workgroup',
    },
    'RedshiftServerless.5': {
        title: 'Redshift Serverless namespaces should not use the default admin username',
        severity: 'medium',
        resourceType: 'AWS::RedshiftServerless::Namespace',
    },
    'RedshiftServerless.6': {
        title: 'Redshift Serverless namespaces should export logs to CloudWatch Logs',
        severity: 'medium',
        resourceType: 'AWS::RedshiftServerless::Namespace',
    },
    'Route53.2': {
        title: 'Route 53 public hosted zones should log DNS queries',
        severity: 'medium',
        resourceType: 'AWS::Route53::HostedZone',
    },
    'S3.1': {
        title: 'S3 general purpose buckets should have block public access settings enabled',
        severity: 'medium',
        resourceType: 'AWS::::Account',
    },
    'S3.2': {
        title: 'S3 general purpose buckets should block public read access',
        severity: 'critical',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.3': {
        title: 'S3 general purpose buckets should block public write access',
        severity: 'critical',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.5': {
        title: 'S3 general purpose buckets should require requests to use SSL',
        severity: 'medium',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.6': {
        title: 'S3 general purpose bucket policies should restrict access to other AWS accounts',
        severity: 'high',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.8': {
        title: 'S3 general purpose buckets should block public access',
        severity: 'high',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.9': {
        title: 'S3 general purpose buckets should have server access logging enabled',
        severity: 'medium',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.12': {
        title: 'ACLs should not be used to manage user access to S3 general purpose buckets',
        severity: 'medium',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.13': {
        title: 'S3 general purpose buckets should have Lifecycle configurations',
        severity: 'low',
        resourceType: 'AWS::S3::Bucket',
    },
    'S3.19': {
        title: 'S3 access points should have block public access settings enabled',
        severity: 'critical',
        resourceType: 'AWS::S3::AccessPoint',
    },
    'S3.24': {
        title: 'S3 Multi-Region Access Points should have block public access settings enabled',
        severity: 'high',
        resourceType: 'AWS::S3::MultiRegionAccessPoint',
    },
    'S3.25': {
        title: 'S3 directory buckets should have lifecycle configurations',
        severity: 'low',
        resourceType: 'AWS::S3Express::DirectoryBucket',
    },
    'SageMaker.1': {
        title: 'Amazon SageMaker notebook instances should not have direct internet access',
        severity: 'high',
        resourceType: 'AWS::SageMaker::NotebookInstance',
    },
    'SageMaker.2': {
        title: 'SageMaker notebook instances should be launched in a custom VPC',
        severity: 'high',
        resourceType: 'AWS::SageMaker::NotebookInstance',
    },
    'SageMaker.3': {
        title: 'Users should not have root access to SageMaker notebook instances',
        severity: 'high',
        resourceType: 'AWS::SageMaker::NotebookInstance',
    },
    'SageMaker.4': {
        title: 'SageMaker endpoint production variants should have an initial instance count greater than 1',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::EndpointConfig',
    },
    'SageMaker.5': {
        title: 'SageMaker models should have network isolation enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::Model',
    },
    'SageMaker.8': {
        title: 'SageMaker notebook instances should run on supported platforms',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::NotebookInstance',
    },
    'SageMaker.9': {
        title: 'SageMaker data quality job definitions should have inter-container traffic encryption enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::DataQualityJobDefinition',
    },
    'SageMaker.10': {
        title: 'SageMaker model explainability job definitions should have inter-container traffic encryption enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::ModelExplainabilityJobDefinition',
    },
    'SageMaker.11': {
        title: 'SageMaker data quality job definitions should have network isolation enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::DataQualityJobDefinition',
    },
    'SageMaker.12': {
        title: 'SageMaker model bias job definitions should have network isolation enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::ModelBiasJobDefinition',
    },
    'SageMaker.13': {
        title: 'SageMaker model quality job definitions should have inter-container traffic encryption enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::ModelQualityJobDefinition',
    },
    'SageMaker.14': {
        title: 'SageMaker monitoring schedules should have network isolation enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::MonitoringSchedule',
    },
    'SageMaker.15': {
        title: 'SageMaker model bias job definitions should have inter-container traffic encryption enabled',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::ModelBiasJobDefinition',
    },
    'SageMaker.16': {
        title: 'SageMaker models should use private registry in VPC for primary containers',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::Model',
    },
    'SageMaker.17': {
        title: 'SageMaker feature group offline stores should be encrypted with AWS KMS keys',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::FeatureGroup',
    },
    'SageMaker.19': {
        title: 'SageMaker models should use private registry in VPC for multi-container inference pipelines',
        severity: 'medium',
        resourceType: 'AWS::SageMaker::Model',
    },
    'SecretsManager.1': {
        title: 'Secrets Manager secrets should have automatic rotation enabled',
        severity: 'medium',
        resourceType: 'AWS::SecretsManager::Secret',
    },
    'SecretsManager.2': {
        title: 'Secrets Manager secrets configured with automatic rotation should rotate successfully',
        severity: 'medium',
        resourceType: 'AWS::SecretsManager::Secret',
    },
    'SecretsManager.3': {
        title: 'Remove unused Secrets Manager secrets',
        severity: 'medium',
        resourceType: 'AWS::SecretsManager::Secret',
    },
    'SecretsManager.4': {
        title: 'Secrets Manager secrets should be rotated within a specified number of days',
        severity: 'medium',
        resourceType: 'AWS::SecretsManager::Secret',
    },
    'ServiceCatalog.1': {
        title: 'Service Catalog portfolios should be shared within an AWS organization only',
        severity: 'medium',
        resourceType: 'AWS::ServiceCatalog::Portfolio',
    },
    'SES.3': {
        title: 'SES configuration sets should have TLS enabled for sending emails',
        severity: 'medium',
        resourceType: 'AWS::SES::ConfigurationSet',
    },
    'SNS.4': {
        title: 'SNS topic access policies should not allow public access',
        severity: 'critical',
        resourceType: 'AWS::SNS::Topic',
    },
    'SQS.1': {
        title: 'Amazon SQS queues should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::SQS::Queue',
    },
    'SQS.3': {
        title: 'SQS queue access policies should not allow public access',
        severity: 'critical',
        resourceType: 'AWS::SQS::Queue',
    },
    'SSM.1': {
        title: 'EC2 instances should be managed by AWS Systems Manager',
        severity: 'medium',
        resourceType: 'AWS::EC2::Instance',
    },
    'SSM.2': {
        title: 'EC2 instances managed by Systems Manager should have a patch compliance status of COMPLIANT after a patch installation',
        severity: 'high',
        resourceType: 'AWS::SSM::PatchCompliance',
    },
    'SSM.3': {
        title: 'EC2 instances managed by Systems Manager should have an association compliance status of COMPLIANT',
        severity: 'low',
        resourceType: 'AWS::SSM::AssociationCompliance',
    },
    'SSM.4': {
        title: 'SSM documents should not be public',
        severity: 'critical',
        resourceType: 'AWS::SSM::Document',
    },
    'SSM.6': {
        title: 'SSM Automation should have CloudWatch logging enabled',
        severity: 'medium',
        resourceType: 'AWS::::Account',
    },
    'SSM.7': {
        title: 'SSM documents should have the block public sharing setting enabled',
        severity: 'critical',
        resourceType: 'AWS::::Account',
    },
    'StepFunctions.1': {
        title: 'Step Functions state machines should have logging turned on',
        severity: 'medium',
        resourceType: 'AWS::StepFunctions::StateMachine',
    },
    'Transfer.2': {
        title: 'Transfer Family servers should not use FTP protocol for endpoint connection',
        severity: 'medium',
        resourceType: 'AWS::Transfer::Server',
    },
    'Transfer.3': {
        title: 'Transfer Family connectors should have logging enabled',
        severity: 'medium',
        resourceType: 'AWS::Transfer::Connector',
    },
    'WAF.1': {
        title: 'AWS WAF Classic Global Web ACL logging should be enabled',
        severity: 'medium',
        resourceType: 'AWS::WAF::WebACL',
    },
    'WAF.2': {
        title: 'AWS WAF Classic Regional rules should have at least one condition',
        severity: 'medium',
        resourceType: 'AWS::WAFRegional::Rule',
    },
    'WAF.3': {
        title: 'AWS WAF Classic Regional rule groups should have at least one rule',
        severity: 'medium',
        resourceType: 'AWS::WAFRegional::RuleGroup',
    },
    'WAF.4': {
        title: 'AWS WAF Classic Regional web ACLs should have at least one rule or rule group',
        severity: 'medium',
        resourceType: 'AWS::WAFRegional::WebACL',
    },
    'WAF.6': {
        title: 'AWS WAF Classic global rules should have at least one condition',
        severity: 'medium',
        resourceType: 'AWS::WAF::Rule',
    },
    'WAF.7': {
        title: 'AWS WAF Classic global rule groups should have at least one rule',
        severity: 'medium',
        resourceType: 'AWS::WAF::RuleGroup',
    },
    'WAF.8': {
        title: 'AWS WAF Classic global web ACLs should have at least one rule or rule group',
        severity: 'medium',
        resourceType: 'AWS::WAF::WebACL',
    },
    'WAF.10': {
        title: 'AWS WAF web ACLs should have at least one rule or rule group',
        severity: 'medium',
        resourceType: 'AWS::WAFv2::WebACL',
    },
    'WAF.12': {
        title: 'AWS WAF rules should have CloudWatch metrics enabled',
        severity: 'medium',
        resourceType: 'AWS::WAFv2::RuleGroup',
    },
    'WorkSpaces.1': {
        title: 'WorkSpaces user volumes should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::WorkSpaces::Workspace',
    },
    'WorkSpaces.2': {
        title: 'WorkSpaces root volumes should be encrypted at rest',
        severity: 'medium',
        resourceType: 'AWS::WorkSpaces::Workspace',
    },
};

;// CONCATENATED MODULE: ./src/rules/compliance.ts
/**
 * The standards our rules cite, with the table of each standard's controls (copied into
 * ./data/standards with their sources). A catalog test checks that every id a rule cites is in its
 * standard's table and, where the table names a resource type, that the control is about the
 * rule's. A rule cites a control only where it judges what the control judges, with the control's
 * threshold; where it deliberately judges differently its metadata says how (`deviations`).
 */


const STANDARDS = {
    fsbp: {
        prefix: 'FSBP',
        name: 'AWS Foundational Security Best Practices (Security Hub)',
        version: '1.0.0',
        source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html',
        asOf: '2026-09-03',
        controls: FSBP_CONTROLS,
    },
    cis: {
        prefix: 'CIS',
        name: 'CIS Amazon Web Services Foundations Benchmark',
        version: '6.0.0',
        source: 'https://www.cisecurity.org/benchmark/amazon_web_services',
        asOf: '2026-08-21',
        controls: CIS_V6_SECTIONS,
    },
};
const STANDARD_KEYS = Object.keys(STANDARDS);
/** `FSBP IAM.7`, `CIS 2.7`: how docs and deviation notes name a cited control. */
const citationName = (standard, id) => `${STANDARDS[standard].prefix} ${id}`;
/** The title of a cited control, or undefined when its standard has no such id. */
const controlTitle = (standard, id) => STANDARDS[standard].controls[id]?.title;
/**
 * The AWS resource type (as Security Hub and CloudFormation name it) of each inventory type; account-
 * and region-wide settings are judged on the account, as Security Hub reports them.
 */
const AWS_RESOURCE_TYPE = {
    'aws:account': 'AWS::::Account',
    'account:contacts': 'AWS::::Account',
    'aws:region': 'AWS::::Account',
    'iam:account': 'AWS::::Account',
    's3:account-settings': 'AWS::::Account',
    'ec2:region-settings': 'AWS::::Account',
    'ssm:region-settings': 'AWS::::Account',
    'acm:certificate': 'AWS::ACM::Certificate',
    'wafv2:web-acl': 'AWS::WAFv2::WebACL',
    'eks:cluster': 'AWS::EKS::Cluster',
    'wafv2:cloudfront-web-acl': 'AWS::WAFv2::WebACL',
    'apigateway:rest-api': 'AWS::ApiGateway::RestApi',
    'apigateway:http-api': 'AWS::ApiGatewayV2::Api',
    'apigateway:rest-stage': 'AWS::ApiGateway::Stage',
    'apigateway:v2-stage': 'AWS::ApiGatewayV2::Stage',
    'apigateway:v2-route': 'AWS::ApiGatewayV2::Route',
    'apigateway:domain-name': 'AWS::ApiGateway::DomainName',
    'apigateway:private-integration': 'AWS::ApiGatewayV2::Integration',
    'budgets:budget': 'AWS::Budgets::Budget',
    'cloudfront:distribution': 'AWS::CloudFront::Distribution',
    'cloudtrail:trail': 'AWS::CloudTrail::Trail',
    'cloudwatch:alarm': 'AWS::CloudWatch::Alarm',
    'cognito:identity-pool': 'AWS::Cognito::IdentityPool',
    'cognito:user-pool': 'AWS::Cognito::UserPool',
    'config:recorder': 'AWS::Config::ConfigurationRecorder',
    'dynamodb:table': 'AWS::DynamoDB::Table',
    'ecr:repository': 'AWS::ECR::Repository',
    'ecs:cluster': 'AWS::ECS::Cluster',
    'ecs:service': 'AWS::ECS::Service',
    'ecs:task-set': 'AWS::ECS::TaskSet',
    'ecs:task-definition': 'AWS::ECS::TaskDefinition',
    'elb:load-balancer': 'AWS::ElasticLoadBalancing::LoadBalancer',
    'elbv2:load-balancer': 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    'elbv2:listener': 'AWS::ElasticLoadBalancingV2::Listener',
    'elbv2:target-group': 'AWS::ElasticLoadBalancingV2::TargetGroup',
    'ec2:elastic-ip': 'AWS::EC2::EIP',
    'ec2:image': 'AWS::EC2::Image',
    'ec2:instance': 'AWS::EC2::Instance',
    'ec2:launch-template': 'AWS::EC2::LaunchTemplate',
    'ec2:nat-gateway': 'AWS::EC2::NatGateway',
    'ec2:network-acl': 'AWS::EC2::NetworkAcl',
    'ec2:network-interface': 'AWS::EC2::NetworkInterface',
    'ec2:security-group': 'AWS::EC2::SecurityGroup',
    'ec2:snapshot': 'AWS::EC2::Snapshot',
    'ec2:subnet': 'AWS::EC2::Subnet',
    'ec2:transit-gateway': 'AWS::EC2::TransitGateway',
    'ec2:volume': 'AWS::EC2::Volume',
    'ec2:vpc': 'AWS::EC2::VPC',
    'guardduty:detector': 'AWS::GuardDuty::Detector',
    'iam:group': 'AWS::IAM::Group',
    'iam:policy': 'AWS::IAM::Policy',
    'iam:role': 'AWS::IAM::Role',
    'iam:user': 'AWS::IAM::User',
    'lambda:function': 'AWS::Lambda::Function',
    'logs:log-group': 'AWS::Logs::LogGroup',
    'rds:db-cluster': 'AWS::RDS::DBCluster',
    'rds:db-cluster-snapshot': 'AWS::RDS::DBClusterSnapshot',
    'rds:db-instance': 'AWS::RDS::DBInstance',
    'rds:db-proxy': 'AWS::RDS::DBProxy',
    'rds:db-snapshot': 'AWS::RDS::DBSnapshot',
    'rds:event-subscription': 'AWS::RDS::EventSubscription',
    'route53:hosted-zone': 'AWS::Route53::HostedZone',
    's3:bucket': 'AWS::S3::Bucket',
    's3:access-point': 'AWS::S3::AccessPoint',
    's3:multi-region-access-point': 'AWS::S3::MultiRegionAccessPoint',
    'sns:topic': 'AWS::SNS::Topic',
    'sqs:queue': 'AWS::SQS::Queue',
    'secretsmanager:secret': 'AWS::SecretsManager::Secret',
    'ssm:document': 'AWS::SSM::Document',
    'ssm:managed-instance': 'AWS::SSM::ManagedInstanceInventory',
    'ssm:parameter': 'AWS::SSM::Parameter',
    'kms:key': 'AWS::KMS::Key',
};
/**
 * The FSBP table names only the first resource type AWS lists for a control; the others of controls
 * we cite, from the control's page in the Security Hub user guide.
 */
const MORE_FSBP_RESOURCE_TYPES = {
    // [RDS.1] RDS snapshot should be private: AWS::RDS::DBClusterSnapshot, AWS::RDS::DBSnapshot.
    'RDS.1': ['AWS::RDS::DBSnapshot'],
    // [RDS.4] RDS cluster snapshots and database snapshots should be encrypted at rest: both types.
    'RDS.4': ['AWS::RDS::DBSnapshot'],
    // [EC2.1] is reported on the account by Security Hub; we report each public snapshot (a deviation noted on the rule).
    'EC2.1': ['AWS::EC2::Snapshot'],
    // [RDS.19]-[RDS.22] are about event subscriptions; we report a region that lacks one on the
    // region (a missing subscription has no resource of its own; a deviation noted on the rule).
    'RDS.19': ['AWS::::Account'],
    'RDS.20': ['AWS::::Account'],
    'RDS.21': ['AWS::::Account'],
    'RDS.22': ['AWS::::Account'],
    // The table gives AWS::EC2::Volume for EC2.21, .23, .24 and .25, which their pages contradict
    // (ec2-controls.md @ d1382bd3267b): the types below are the pages' own.
    'EC2.21': ['AWS::EC2::NetworkAcl'],
    'EC2.23': ['AWS::EC2::TransitGateway'],
    'EC2.24': ['AWS::EC2::Instance'],
    'EC2.25': ['AWS::EC2::LaunchTemplate'],
    // Account settings per region (AWS::EC2::SnapshotBlockPublicAccess, AWS::EC2::VPCBlockPublicAccessOptions):
    // we judge them on the region settings, which stand for the account as for EC2.7.
    'EC2.182': ['AWS::::Account'],
    'EC2.172': ['AWS::::Account'],
    // [APIGateway.1] REST and WebSocket execution logging: AWS::ApiGateway::Stage, AWS::ApiGatewayV2::Stage.
    'APIGateway.1': ['AWS::ApiGatewayV2::Stage'],
    // [ELB.5] Application and Classic Load Balancers logging: AWS::ElasticLoadBalancing::LoadBalancer,
    // AWS::ElasticLoadBalancingV2::LoadBalancer.
    'ELB.5': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    // [KMS.2] inline policies of IAM principals: AWS::IAM::Group, AWS::IAM::Role, AWS::IAM::User
    // (the standards README names the three).
    'KMS.2': ['AWS::IAM::Role', 'AWS::IAM::User'],
};
/** The AWS resource types an FSBP control judges, or undefined when the table has no such control. */
function fsbpResourceTypes(id) {
    const control = STANDARDS.fsbp.controls[id];
    return control ? [control.resourceType, ...(MORE_FSBP_RESOURCE_TYPES[id] ?? [])] : undefined;
}
/**
 * Why a rule's citations are wrong, if they are: an id its standard does not have, an FSBP control
 * about another resource type than the rule's, a deviation note for a control it does not cite.
 */
function citationProblems(metadata) {
    const problems = [];
    const awsType = AWS_RESOURCE_TYPE[metadata.resourceType];
    const cited = new Set();
    for (const standard of STANDARD_KEYS) {
        for (const id of metadata.references[standard]) {
            const name = citationName(standard, id);
            cited.add(name);
            if (controlTitle(standard, id) === undefined) {
                problems.push(`${name} is not a control of ${STANDARDS[standard].name} v${STANDARDS[standard].version}`);
                continue;
            }
            const types = standard === 'fsbp' ? fsbpResourceTypes(id) : undefined;
            if (types && !(awsType !== undefined && types.includes(awsType)))
                problems.push(`${name} judges ${types.join(', ')}, not ${metadata.resourceType}`);
        }
    }
    for (const name of Object.keys(metadata.deviations))
        if (!cited.has(name))
            problems.push(`a deviation is noted for ${name}, which the rule does not cite`);
    return problems;
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


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeJsonFile)
/* harmony export */ });
/* unused harmony export jsonPieces */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/** Chunks are gathered up to this size before a write: few syscalls, little held at a time. */
const CHUNK_BYTES = 1 << 20;
/**
 * A document as JSON text, in pieces: the top two levels indented, each element of an array below
 * them (a finding, a resource) compact on its own line. The whole text is never held at once: a
 * 100,000-finding report would be a 100 MB string, and its UTF-8 copy as much again.
 */
function* jsonPieces(value, depth = 0, indent = '') {
    if (depth >= 2 || !isPlainContainer(value)) {
        yield JSON.stringify(value) ?? 'null';
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield '[';
        for (const [i, item] of value.entries()) {
            yield `${i === 0 ? '' : ','}\n${inner}`;
            yield* jsonPieces(item, depth + 1, inner);
        }
        yield `\n${indent}]`;
        return;
    }
    // As JSON.stringify does: properties holding undefined or a function are left out.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length === 0) {
        yield '{}';
        return;
    }
    yield '{';
    for (const [i, [key, item]] of entries.entries()) {
        yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
        yield* jsonPieces(item, depth + 1, inner);
    }
    yield `\n${indent}}`;
}
/** An array or object JSON.stringify would walk itself (a Date, with its toJSON, is not). */
function isPlainContainer(value) {
    return (value !== null &&
        typeof value === 'object' &&
        typeof value.toJSON !== 'function');
}
/**
 * Writes `value` as JSON through a temporary file and a rename, so a crash never leaves half a
 * document, streaming it piece by piece (see `jsonPieces`) and waiting whenever the disk is behind.
 */
async function writeJsonFile(path, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temporary, { encoding: 'utf8' });
    const failed = (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'error').then(([error]) => {
        throw error;
    });
    // Raced below at every wait; this only keeps an error that comes between waits from being unhandled.
    failed.catch(() => undefined);
    try {
        let pending = '';
        const flush = async () => {
            if (!out.write(pending))
                await Promise.race([(0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'drain'), failed]);
            pending = '';
        };
        for (const piece of jsonPieces(value)) {
            pending += piece;
            if (pending.length >= CHUNK_BYTES)
                await flush();
        }
        pending += '\n';
        await flush();
        out.end();
        await Promise.race([(0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'finish'), failed]);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, path);
    }
    catch (error) {
        out.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true });
        throw error;
    }
}


/***/ })

};
