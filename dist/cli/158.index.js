export const id = 158;
export const ids = [158];
export const modules = {

/***/ 7158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inventoryCommand: () => (/* binding */ inventoryCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/inventory/resources/index.ts + 28 modules
var resources = __webpack_require__(6870);
;// CONCATENATED MODULE: ./src/inventory/filter.ts



const FIELDS = ['service', 'type', 'region', 'account', 'state', 'name', 'id'];
const RESOURCE_TYPES = resources/* resourceSchemas */.j2.map(resources/* resourceTypeOf */.kb).sort();
const SERVICES = [...new Set(RESOURCE_TYPES.map(resources/* serviceOfType */.D3))].sort();
const field = (resource, name) => {
    switch (name) {
        case 'service':
            return (0,resources/* serviceOfType */.D3)(resource.type);
        case 'type':
            return resource.type;
        default:
            return resource[name];
    }
};
/** Rejects a value that can never match a known type or service: `type=ec2:volumes` is a typo, not "none". */
function checkKnown(term, values, known, what) {
    for (const value of values) {
        const match = (0,wildcard/* wildcardMatcher */.p)(value, { ignoreCase: true });
        if (!known.some(match)) {
            throw new usage_error/* UsageError */.e(`--filter ${term}: no ${what} matches '${value}'; the ${what}s are ${known.join(', ')}`);
        }
    }
}
function parseTerm(term) {
    const at = term.search(/!?=/);
    const key = (at < 0 ? term : term.slice(0, at)).trim();
    const negated = at >= 0 && term[at] === '!';
    const raw = at < 0 ? null : term.slice(at + (negated ? 2 : 1));
    if (key.startsWith('tag:') && key.length > 4) {
        const tag = key.slice(4);
        // `tag:env` and `tag:env=` both ask for the tag to be there with any value, empty or not.
        const values = raw === null || raw === '' ? null : raw.split('|');
        const matchers = values?.map((v) => (0,wildcard/* wildcardMatcher */.p)(v, { ignoreCase: true }));
        const holds = (resource) => {
            const value = resource.tags[tag];
            if (value === undefined)
                return false;
            return matchers === undefined || matchers.some((m) => m(value));
        };
        return negated ? (resource) => !holds(resource) : holds;
    }
    if (!FIELDS.includes(key)) {
        throw new usage_error/* UsageError */.e(`--filter ${term}: unknown key '${key}'; the keys are ${FIELDS.join(', ')} and tag:KEY`);
    }
    if (raw === null || raw === '')
        throw new usage_error/* UsageError */.e(`--filter ${term}: '${key}' needs a value (${key}=VALUE)`);
    const values = raw.split('|');
    if (key === 'type')
        checkKnown(term, values, RESOURCE_TYPES, 'type');
    if (key === 'service')
        checkKnown(term, values, SERVICES, 'service');
    const matchers = values.map((v) => (0,wildcard/* wildcardMatcher */.p)(v, { ignoreCase: true }));
    const name = key;
    const holds = (resource) => {
        const value = field(resource, name);
        return value !== null && matchers.some((m) => m(value));
    };
    return negated ? (resource) => !holds(resource) : holds;
}
/** All the filters' terms, parsed and checked; an empty list keeps every resource. */
function parseFilters(filters) {
    const terms = filters.flatMap((filter) => {
        const parts = filter.split(',').map((t) => t.trim());
        if (parts.some((t) => t === ''))
            throw new usage_error/* UsageError */.e(`--filter ${filter}: an empty term`);
        return parts.map(parseTerm);
    });
    return (resource) => terms.every((holds) => holds(resource));
}

// EXTERNAL MODULE: ./src/inventory/io.ts + 1 modules
var inventory_io = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/render/inventory-view.ts
var inventory_view = __webpack_require__(3600);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/inventory.ts







const FORMATS = ['markdown', 'csv', 'json'];
const options = {
    inventory: { type: 'string' },
    format: { type: 'string' },
    filter: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
};
function formatOption(value) {
    const format = value ?? 'markdown';
    if (!FORMATS.includes(format))
        throw new usage_error/* UsageError */.e(`--format ${format} is not a format; the formats are ${FORMATS.join(', ')}`);
    return format;
}
/**
 * A saved inventory as people read it: a table per resource type (name, region, state, size, age,
 * tags, monthly cost where a price is known), as Markdown, CSV or JSON rows, filtered. No AWS call;
 * every option and filter is checked before the file is read.
 */
async function inventoryCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
    if (values.help) {
        io.out(help/* HELP */._);
        return cli_io/* EXIT */.d.ok;
    }
    const format = formatOption(values.format);
    const keep = parseFilters(values.filter ?? []);
    if (!values.inventory)
        throw new usage_error/* UsageError */.e('inventory needs --inventory FILE (an inventory.json written by aws-audit scan)');
    const inventory = await (0,inventory_io/* readInventory */.z)(values.inventory);
    const rows = (0,inventory_view/* inventoryRows */.Yc)(inventory, keep);
    if (format === 'csv')
        io.out((0,inventory_view/* inventoryCsv */.nv)(rows).trimEnd());
    else if (format === 'json')
        io.out(JSON.stringify(rows, null, 2));
    else
        io.out((0,inventory_view/* inventoryMarkdown */.Qs)(inventory, rows).trimEnd());
    return cli_io/* EXIT */.d.ok;
}


/***/ }),

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

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ readInventory),
  q: () => (/* binding */ writeInventory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/shared/ajv.ts
var ajv = __webpack_require__(9222);
// EXTERNAL MODULE: ./src/inventory/document.ts
var inventory_document = __webpack_require__(1959);
// EXTERNAL MODULE: ./src/inventory/resources/index.ts + 28 modules
var resources = __webpack_require__(6870);
;// CONCATENATED MODULE: ./src/inventory/validate.ts




/** A file given to audit that is not a valid inventory: the user's mistake, so a UsageError. */
class InventoryValidationError extends usage_error/* UsageError */.e {
    source;
    problems;
    name = 'InventoryValidationError';
    constructor(source, problems) {
        const shown = problems.slice(0, 10).map((p) => `  - ${p}`);
        const more = problems.length > 10 ? [`  - ... and ${problems.length - 10} more`] : [];
        super([`${source} is not a valid aws-audit inventory:`, ...shown, ...more].join('\n'));
        this.source = source;
        this.problems = problems;
    }
}
const validateEnvelope = (0,ajv/* compileSchema */.F)(inventory_document/* InventoryEnvelope */.H8);
const validatorsByType = new Map(resources/* resourceSchemas */.j2.map((schema) => [(0,resources/* resourceTypeOf */.kb)(schema), (0,ajv/* compileSchema */.F)(schema)]));
function describe(errors, prefix) {
    return (errors ?? []).map((e) => {
        const where = `${prefix}${e.instancePath}` || '(document root)';
        const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
        return `${where}: ${e.message ?? e.keyword}${extra}`;
    });
}
/** Validates parsed JSON as an inventory; every problem names its JSON path. */
function validateInventory(value, source = 'inventory') {
    const version = value?.schemaVersion;
    if (typeof version === 'number' && version !== inventory_document/* INVENTORY_SCHEMA_VERSION */.Gi) {
        throw new InventoryValidationError(source, [
            `/schemaVersion: the inventory has schema version ${version}; this aws-audit reads version ${inventory_document/* INVENTORY_SCHEMA_VERSION */.Gi}. ${version < inventory_document/* INVENTORY_SCHEMA_VERSION */.Gi ? 'Scan again to audit it' : 'Use the aws-audit that wrote it, or a newer one'}.`,
        ]);
    }
    if (!validateEnvelope(value))
        throw new InventoryValidationError(source, describe(validateEnvelope.errors, ''));
    const problems = [];
    value.resources.forEach((resource, index) => {
        const validate = validatorsByType.get(resource.type);
        if (!validate) {
            problems.push(`/resources/${index}/type: unknown resource type '${resource.type}'`);
        }
        else if (!validate(resource)) {
            problems.push(...describe(validate.errors, `/resources/${index}`));
        }
    });
    if (problems.length > 0)
        throw new InventoryValidationError(source, problems);
    return value;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/json-file.ts
var json_file = __webpack_require__(8906);
;// CONCATENATED MODULE: ./src/inventory/io.ts







const WHAT_TO_PASS = 'audit reads the inventory.json that aws-audit scan writes';
/**
 * A document that is not an inventory at all (rather than a broken one): a report, or some other
 * JSON. Listing schema errors against it would bury the point, so the message names what it is.
 */
function notAnInventory(path, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
        return new usage_error/* UsageError */.e(`${path} is not an aws-audit inventory but JSON ${what}: ${WHAT_TO_PASS}.`);
    }
    const document = value;
    // Reports of every version hold findings and a summary (version 1 named its rules rulesEvaluated, 2 rules).
    if (Array.isArray(document.findings) && typeof document.summary === 'object' && document.summary !== null) {
        const beside = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), 'inventory.json');
        return new usage_error/* UsageError */.e(`${path} is an aws-audit report, not an inventory: ${WHAT_TO_PASS}` +
            `${(0,external_node_fs_.existsSync)(beside) ? `, here ${beside}` : ' (next to its report.json)'}.`);
    }
    if (!('schemaVersion' in document) && !('resources' in document)) {
        const keys = Object.keys(document);
        const shown = `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', ...' : ''}`;
        return new usage_error/* UsageError */.e(`${path} is not an aws-audit inventory (${keys.length > 0 ? `its keys are ${shown}` : 'it is an empty object'}; ` +
            `an inventory has schemaVersion, scan, accounts, resources): ${WHAT_TO_PASS}.`);
    }
    return null;
}
async function readInventory(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(`Cannot read inventory ${path}: ${(0,errors/* errorMessage */.g)(error)}`, { cause: error });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new InventoryValidationError(path, [`not JSON: ${(0,errors/* errorMessage */.g)(error)}`]);
    }
    const wrongDocument = notAnInventory(path, parsed);
    if (wrongDocument)
        throw wrongDocument;
    return validateInventory(parsed, path);
}
/** Streams through a temporary file and a rename, so a crash never leaves half an inventory. */
async function writeInventory(path, inventory) {
    await (0,json_file/* writeJsonFile */.A)(path, inventory);
}


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

/***/ 5654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ hourlyCost)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1534);

/** A month of an hourly charge (a NAT gateway, a public IPv4 address). */
function hourlyCost(item, region, what, avoidable) {
    const price = (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .priceOf */ .xx)(item, region);
    return {
        monthlyUsd: (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cents */ .wH)(price.usd * _table_js__WEBPACK_IMPORTED_MODULE_0__/* .HOURS_PER_MONTH */ .x4),
        basis: `${_table_js__WEBPACK_IMPORTED_MODULE_0__/* .HOURS_PER_MONTH */ .x4} hours x $${price.usd} per hour (${what})`,
        prices: [price],
        avoidable,
    };
}


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

/***/ 3246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ loadBalancerHours)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1534);

const SOURCE = 'Elastic Load Balancing pricing (aws.amazon.com/elasticloadbalancing/pricing), per load balancer-hour';
/**
 * The hourly charge of each kind of load balancer in N. Virginia, Ohio and Oregon (the same in
 * the three), USD; other regions fall back to it and say so. Capacity units (LCU, NLCU, GLCU) are
 * billed on top by usage: none accrue while nothing flows, so an idle one costs its hours.
 */
const HOURLY = {
    application: 0.0225,
    network: 0.0225,
    gateway: 0.0125,
    classic: 0.025,
};
/** A month of a load balancer's hours, or null for a kind the table lacks. */
function loadBalancerHours(kind, region, avoidable) {
    const usd = kind === null ? undefined : HOURLY[kind];
    if (usd === undefined || kind === null)
        return null;
    const price = (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)({ item: `elb.${kind}`, usd, unit: 'load balancer-hour', source: SOURCE }, region, _table_js__WEBPACK_IMPORTED_MODULE_0__/* .SAME_AS_US_EAST_1 */ .z8.has(region));
    return {
        monthlyUsd: (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cents */ .wH)(usd * _table_js__WEBPACK_IMPORTED_MODULE_0__/* .HOURS_PER_MONTH */ .x4),
        basis: `${_table_js__WEBPACK_IMPORTED_MODULE_0__/* .HOURS_PER_MONTH */ .x4} hours x $${usd} per hour (${kind} load balancer; capacity units are billed on top by usage)`,
        prices: [price],
        avoidable,
    };
}


/***/ }),

/***/ 3876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ dbInstancePrice)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1534);

const SOURCE = 'AWS RDS on-demand list prices, Single-AZ (aws.amazon.com/rds/mysql/pricing, /postgresql/pricing)';
/**
 * Hourly on-demand Single-AZ prices of common DB instance classes, USD, in N. Virginia, Ohio and
 * Oregon (the same there). MariaDB is priced as MySQL. Engines with a licence in the price (Oracle,
 * SQL Server, Db2) and classes missing here get no estimate rather than a guessed one.
 */
const PRICES = {
    mysql: {
        'db.t3.micro': 0.017,
        'db.t3.small': 0.034,
        'db.t3.medium': 0.068,
        'db.t3.large': 0.136,
        'db.t4g.micro': 0.016,
        'db.t4g.small': 0.032,
        'db.t4g.medium': 0.065,
        'db.t4g.large': 0.129,
        'db.m5.large': 0.171,
        'db.m5.xlarge': 0.342,
        'db.m6g.large': 0.152,
        'db.m6g.xlarge': 0.304,
        'db.m6i.large': 0.171,
        'db.r5.large': 0.24,
        'db.r6g.large': 0.215,
    },
    postgres: {
        'db.t3.micro': 0.018,
        'db.t3.small': 0.036,
        'db.t3.medium': 0.072,
        'db.t3.large': 0.145,
        'db.t4g.micro': 0.016,
        'db.t4g.small': 0.032,
        'db.t4g.medium': 0.065,
        'db.t4g.large': 0.129,
        'db.m5.large': 0.178,
        'db.m5.xlarge': 0.356,
        'db.m6g.large': 0.159,
        'db.m6g.xlarge': 0.318,
        'db.m6i.large': 0.178,
        'db.r5.large': 0.25,
        'db.r6g.large': 0.225,
    },
};
const FAMILIES = { mysql: 'mysql', mariadb: 'mysql', postgres: 'postgres' };
/**
 * The hourly Single-AZ price of a DB instance class for an engine, or null when the table lacks
 * it. Multi-AZ (one standby) bills the instance twice; the caller doubles it.
 */
function dbInstancePrice(engine, instanceClass, region) {
    const family = FAMILIES[engine];
    const usd = family ? PRICES[family][instanceClass] : undefined;
    if (family === undefined || usd === undefined)
        return null;
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)({
        item: `rds.instance.${family}.${instanceClass}`,
        usd,
        unit: 'hour (on-demand, Single-AZ)',
        source: SOURCE,
    }, region, _table_js__WEBPACK_IMPORTED_MODULE_0__/* .SAME_AS_US_EAST_1 */ .z8.has(region));
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ monthlyCost),
/* harmony export */   YR: () => (/* binding */ RDS_STORAGE_PRICE),
/* harmony export */   mj: () => (/* binding */ volumeCost)
/* harmony export */ });
/* harmony import */ var _estimate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5654);
/* harmony import */ var _instances_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(114);
/* harmony import */ var _load_balancers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3246);
/* harmony import */ var _rds_instances_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3876);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1534);





const VOLUME_PRICE = {
    gp2: 'ebs.gp2',
    gp3: 'ebs.gp3',
    io1: 'ebs.io1',
    io2: 'ebs.io2',
    st1: 'ebs.st1',
    sc1: 'ebs.sc1',
    standard: 'ebs.standard',
};
/** Monthly storage cost of a volume (plus provisioned IOPS for io1/io2); null for unknown types. */
function volumeCost(volume) {
    const item = VOLUME_PRICE[volume.attributes.volumeType];
    if (!item)
        return null;
    const storage = (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .priceOf */ .xx)(item, volume.region);
    const size = volume.attributes.sizeGiB;
    const provisioned = ['io1', 'io2'].includes(volume.attributes.volumeType)
        ? (volume.attributes.iops ?? 0)
        : 0;
    const iops = (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .priceOf */ .xx)('ebs.io1.iops', volume.region);
    const monthly = size * storage.usd + provisioned * iops.usd;
    return {
        monthlyUsd: (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .cents */ .wH)(monthly),
        basis: `${size} GiB x $${storage.usd} per GB-month (${volume.attributes.volumeType})` +
            (provisioned > 0 ? ` + ${provisioned} IOPS x $${iops.usd}` : ''),
        prices: provisioned > 0 ? [storage, iops] : [storage],
        avoidable: true,
    };
}
/** The price item of an RDS storage type (the stopped-instance rule prices storage with it too). */
const RDS_STORAGE_PRICE = {
    gp2: 'rds.storage.gp2',
    gp3: 'rds.storage.gp3',
    io1: 'rds.storage.io1',
    io2: 'rds.storage.io2',
    standard: 'rds.storage.standard',
};
/** A running instance's on-demand hours at the Linux rate (a licensed platform costs more). */
function instanceCost(instance) {
    if (instance.state === 'stopped') {
        return {
            monthlyUsd: 0,
            basis: 'stopped: no compute charge (its volumes bill as volumes)',
            prices: [],
            avoidable: false,
        };
    }
    if (instance.state !== 'running')
        return null;
    const price = (0,_instances_js__WEBPACK_IMPORTED_MODULE_1__/* .instancePrice */ .L)(instance.attributes.instanceType, instance.region);
    if (!price)
        return null;
    const platform = instance.attributes.platform;
    const licensed = platform !== null && platform !== 'Linux/UNIX';
    return {
        monthlyUsd: (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .cents */ .wH)(price.usd * _table_js__WEBPACK_IMPORTED_MODULE_4__/* .HOURS_PER_MONTH */ .x4),
        basis: `${_table_js__WEBPACK_IMPORTED_MODULE_4__/* .HOURS_PER_MONTH */ .x4} hours x $${price.usd} per hour (${instance.attributes.instanceType} on-demand` +
            `${licensed ? `, Linux rate: ${platform} costs more` : ''})`,
        prices: [price],
        avoidable: false,
    };
}
/** Instance hours while available (twice for Multi-AZ) plus allocated storage, where both are priced. */
function dbInstanceCost(db) {
    const { engine, instanceClass, multiAz, storageType, allocatedStorageGiB } = db.attributes;
    const copies = multiAz ? 2 : 1;
    const hourly = db.state === 'available' && instanceClass ? (0,_rds_instances_js__WEBPACK_IMPORTED_MODULE_3__/* .dbInstancePrice */ .J)(engine, instanceClass, db.region) : null;
    if (db.state === 'available' && !hourly)
        return null;
    if (db.state !== 'available' && db.state !== 'stopped')
        return null;
    const storageItem = RDS_STORAGE_PRICE[storageType ?? ''];
    // Aurora members have no allocated storage of their own: the cluster's volume is billed apart.
    const storage = storageItem && allocatedStorageGiB ? (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .priceOf */ .xx)(storageItem, db.region) : null;
    if (!hourly && !storage)
        return null;
    const parts = [];
    let usd = 0;
    if (hourly) {
        usd += hourly.usd * _table_js__WEBPACK_IMPORTED_MODULE_4__/* .HOURS_PER_MONTH */ .x4 * copies;
        parts.push(`${_table_js__WEBPACK_IMPORTED_MODULE_4__/* .HOURS_PER_MONTH */ .x4} hours x $${hourly.usd} per hour (${instanceClass})`);
    }
    if (storage && allocatedStorageGiB) {
        usd += allocatedStorageGiB * storage.usd * copies;
        parts.push(`${allocatedStorageGiB} GiB x $${storage.usd} per GB-month (${storageType})`);
    }
    return {
        monthlyUsd: (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .cents */ .wH)(usd),
        basis: `${parts.join(' + ')}${copies === 2 ? ', Multi-AZ: x 2' : ''}${hourly ? '' : ' (stopped: storage only)'}`,
        prices: [hourly, storage].filter((p) => p !== null),
        avoidable: false,
    };
}
const BYTES_PER_GB = 1e9;
/**
 * What a resource of the inventory costs a month at on-demand list prices (PRICES_AS_OF), for the
 * inventory view; null where the price table does not know it or the bill depends on usage the scan
 * does not read (requests, data transfer, snapshots' changed blocks). Never a guess.
 */
function monthlyCost(resource) {
    switch (resource.type) {
        case 'ec2:volume':
            return volumeCost(resource);
        case 'ec2:instance':
            return instanceCost(resource);
        case 'ec2:elastic-ip':
            // Every public IPv4 address is billed since February 2024, attached or not.
            return (0,_estimate_js__WEBPACK_IMPORTED_MODULE_0__/* .hourlyCost */ .l)('ec2.public-ipv4', resource.region, 'public IPv4 address', false);
        case 'ec2:nat-gateway':
            if (resource.state !== 'available')
                return null;
            return (0,_estimate_js__WEBPACK_IMPORTED_MODULE_0__/* .hourlyCost */ .l)('vpc.nat-gateway', resource.region, 'NAT gateway hours; data processed is billed on top', false);
        case 'rds:db-instance':
            return dbInstanceCost(resource);
        case 'elbv2:load-balancer':
            // Provisioning or failed ones are not billed; capacity units come on top by usage.
            if (resource.state !== 'active' && resource.state !== 'active_impaired')
                return null;
            return (0,_load_balancers_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBalancerHours */ .y)(resource.attributes.loadBalancerType, resource.region, false);
        case 'elb:load-balancer':
            return (0,_load_balancers_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBalancerHours */ .y)('classic', resource.region, false);
        case 'logs:log-group': {
            const price = (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .priceOf */ .xx)('logs.storage', resource.region);
            const gb = resource.attributes.storedBytes / BYTES_PER_GB;
            return {
                monthlyUsd: (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .cents */ .wH)(gb * price.usd),
                basis: `${gb.toFixed(2)} GB stored x $${price.usd} per GB-month`,
                prices: [price],
                avoidable: false,
            };
        }
        default:
            return null;
    }
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


/***/ }),

/***/ 3600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qs: () => (/* binding */ inventoryMarkdown),
/* harmony export */   Yc: () => (/* binding */ inventoryRows),
/* harmony export */   nv: () => (/* binding */ inventoryCsv)
/* harmony export */ });
/* unused harmony exports sizeOf, CSV_COLUMNS, inventorySummarySection */
/* harmony import */ var _inventory_resources_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6870);
/* harmony import */ var _prices_resource_cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _prices_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1534);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7789);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1509);





const GB = 1e9;
const bytes = (n) => (n >= GB ? `${(n / GB).toFixed(1)} GB` : `${(n / 1e6).toFixed(1)} MB`);
/** The size a person would name: the instance type, the volume's GiB, the table's items... */
function sizeOf(resource) {
    switch (resource.type) {
        case 'ec2:instance':
            return resource.attributes.instanceType;
        case 'ec2:volume':
            return `${resource.attributes.sizeGiB} GiB ${resource.attributes.volumeType}`;
        case 'ec2:snapshot':
            return `${resource.attributes.sizeGiB} GiB`;
        case 'rds:db-instance': {
            const { instanceClass, allocatedStorageGiB } = resource.attributes;
            const parts = [instanceClass, allocatedStorageGiB ? `${allocatedStorageGiB} GiB` : null];
            return parts.filter((p) => p !== null).join(', ') || null;
        }
        case 'rds:db-snapshot':
        case 'rds:db-cluster-snapshot':
            return resource.attributes.allocatedStorageGiB === null
                ? null
                : `${resource.attributes.allocatedStorageGiB} GiB`;
        case 'lambda:function':
            return resource.attributes.memoryMb === null ? null : `${resource.attributes.memoryMb} MB`;
        case 'logs:log-group':
            return bytes(resource.attributes.storedBytes);
        case 'dynamodb:table':
            return `${resource.attributes.itemCount} items, ${bytes(resource.attributes.sizeBytes)}`;
        case 's3:bucket': {
            if (resource.unknownAttributes.includes('contents'))
                return null;
            const { objects, complete } = resource.attributes.contents;
            return `${complete ? '' : 'over '}${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(objects, 'object')}`;
        }
        default:
            return null;
    }
}
const DAY_MS = 86_400_000;
function inventoryRows(inventory, keep = () => true) {
    const now = Date.parse(inventory.scan.finishedAt);
    const rows = inventory.resources.filter(keep).map((resource) => {
        const cost = (0,_prices_resource_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .monthlyCost */ .Ho)(resource);
        const created = resource.createdAt ? Date.parse(resource.createdAt) : NaN;
        return {
            account: resource.account,
            region: resource.region,
            service: (0,_inventory_resources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceOfType */ .D3)(resource.type),
            type: resource.type,
            id: resource.id,
            name: resource.name,
            state: resource.state,
            size: sizeOf(resource),
            createdAt: resource.createdAt,
            ageDays: Number.isNaN(created) ? null : Math.max(0, Math.floor((now - created) / DAY_MS)),
            tags: resource.tags,
            monthlyUsd: cost?.monthlyUsd ?? null,
            costBasis: cost?.basis ?? null,
            priceFallback: cost?.prices.some((p) => p.fallback) ?? false,
            arn: resource.arn,
        };
    });
    // Dearest first within a type, then by place and name: what a tracker's reader looks for first.
    return rows.sort((a, b) => a.type.localeCompare(b.type) ||
        (b.monthlyUsd ?? -1) - (a.monthlyUsd ?? -1) ||
        a.account.localeCompare(b.account) ||
        a.region.localeCompare(b.region) ||
        (a.name ?? a.id).localeCompare(b.name ?? b.id));
}
/** Where a type was not read completely: its table may lack resources there. */
function unreadScopes(inventory, type, accounts) {
    return inventory.accounts.flatMap((account) => account.coverage
        .filter((c) => c.resourceType === type && c.status !== 'complete')
        .map((c) => `${accounts > 1 ? `${account.id} ` : ''}${c.region} (${c.status})`));
}
const cell = (value) => (value === null || value === '' ? '' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(value));
const tagsText = (tags) => (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .truncate */ .xv)(Object.entries(tags)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(', '), 80);
/**
 * Markdown: a table per resource type, grouped by service, with totals where prices are known and
 * a line naming the scopes that were not read. Every AWS value is escaped (names and tags are
 * attacker-controlled).
 */
function inventoryMarkdown(inventory, rows, options = {}) {
    const accounts = inventory.accounts.length;
    const total = rows.reduce((sum, r) => sum + (r.monthlyUsd ?? 0), 0);
    const serviceHeading = options.nested ? '###' : '##';
    const lines = [
        ...(options.nested ? [] : ['# Inventory', '']),
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(rows.length, 'resource')} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(accounts, 'account')}, scanned ${inventory.scan.finishedAt}. ` +
            `Monthly costs are on-demand list prices as of ${_prices_table_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICES_AS_OF */ .Gw} (${_prices_table_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_SOURCE */ .s6}) where the table knows the resource; ` +
            `usage-based charges (requests, data transfer) are not included. Priced total: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(total)} a month.`,
    ];
    const types = [...new Set([...rows.map((r) => r.type)])];
    let service = '';
    for (const type of types) {
        const ofType = rows.filter((r) => r.type === type);
        if ((0,_inventory_resources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceOfType */ .D3)(type) !== service) {
            service = (0,_inventory_resources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceOfType */ .D3)(type);
            lines.push('', `${serviceHeading} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(service)}`);
        }
        const priced = ofType.filter((r) => r.monthlyUsd !== null);
        const cost = priced.length > 0 ? ` · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(priced.reduce((s, r) => s + (r.monthlyUsd ?? 0), 0))} a month` : '';
        lines.push('', `${serviceHeading}# ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(type)} (${ofType.length}${cost})`, '');
        const unread = unreadScopes(inventory, type, accounts);
        if (unread.length > 0)
            lines.push(`Not completely read, so this table may lack resources: ${unread.map(_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV).join(', ')}.`, '');
        const showAccount = accounts > 1;
        const showCost = priced.length > 0;
        const header = [
            ...(showAccount ? ['Account'] : []),
            'Region',
            'Name',
            'ID',
            'State',
            'Size',
            'Age (days)',
            'Tags',
            ...(showCost ? ['Monthly'] : []),
        ];
        lines.push(`| ${header.join(' | ')} |`, `| ${header.map((h) => (h === 'Monthly' || h === 'Age (days)' ? '---:' : '---')).join(' | ')} |`);
        const shown = options.maxRowsPerType === undefined ? ofType : ofType.slice(0, options.maxRowsPerType);
        for (const row of shown) {
            const cells = [
                ...(showAccount ? [row.account] : []),
                cell(row.region),
                cell(row.name),
                row.name === row.id ? '' : cell(row.id),
                cell(row.state),
                cell(row.size),
                row.ageDays === null ? '' : String(row.ageDays),
                cell(tagsText(row.tags)),
                ...(showCost
                    ? [
                        row.monthlyUsd === null
                            ? ''
                            : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(row.monthlyUsd)}${row.priceFallback ? ' \u2020' : ''}`,
                    ]
                    : []),
            ];
            lines.push(`| ${cells.join(' | ')} |`);
        }
        const more = ofType.length - shown.length;
        if (more > 0)
            lines.push('', `... and ${more} more${options.fullListAt ? ` (all in ${options.fullListAt})` : ''}.`);
    }
    if (rows.some((r) => r.priceFallback)) {
        lines.push('', "\u2020 The region's own price is not in the table: us-east-1's is shown.");
    }
    const unreadOnly = inventory.accounts
        .flatMap((a) => a.coverage)
        .filter((c) => c.status !== 'complete' && !types.includes(c.resourceType))
        .map((c) => c.resourceType);
    if (unreadOnly.length > 0) {
        lines.push('', `Types with nothing listed where a read failed (unknown, not empty): ${[...new Set(unreadOnly)].sort().map(_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV).join(', ')}.`);
    }
    return `${lines.join('\n')}\n`;
}
/** Spreadsheets run a cell that starts with these as a formula: a resource name must stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;
function csvCell(value) {
    if (value === null)
        return '';
    if (typeof value === 'number')
        return String(value);
    const text = FORMULA_START.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const CSV_COLUMNS = [
    'account',
    'region',
    'service',
    'type',
    'id',
    'name',
    'state',
    'size',
    'created_at',
    'age_days',
    'tags',
    'monthly_usd',
    'cost_basis',
    'price_fallback',
    'arn',
];
/** RFC 4180 CSV, one row per resource; tags as `key=value` pairs joined by `; `. */
function inventoryCsv(rows) {
    const lines = [CSV_COLUMNS.join(',')];
    for (const r of rows) {
        const tags = Object.entries(r.tags)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => `${k}=${v}`)
            .join('; ');
        const values = [
            r.account,
            r.region,
            r.service,
            r.type,
            r.id,
            r.name,
            r.state,
            r.size,
            r.createdAt,
            r.ageDays,
            tags,
            r.monthlyUsd,
            r.costBasis,
            String(r.priceFallback),
            r.arn,
        ];
        lines.push(values.map(csvCell).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}
/** Rows per type tried for the job summary, most first, until the section fits what is left of it. */
const SUMMARY_ROWS = (/* unused pure expression or super */ null && ([100, 25, 5, 0]));
/**
 * The inventory as a collapsed section of the job summary, within `budgetBytes`: as many rows per
 * type as fit, the whole list being in the artifact's inventory.csv and inventory.md.
 */
function inventorySummarySection(inventory, budgetBytes) {
    const rows = inventoryRows(inventory);
    const total = rows.reduce((sum, r) => sum + (r.monthlyUsd ?? 0), 0);
    const head = `<details><summary>Inventory: ${plural(rows.length, 'resource')}, ${formatUsd(total)} a month where priced</summary>\n\n`;
    for (const maxRowsPerType of SUMMARY_ROWS) {
        const body = inventoryMarkdown(inventory, rows, {
            nested: true,
            maxRowsPerType,
            fullListAt: 'inventory.csv of the report artifact',
        });
        const section = `${head}${body}\n</details>\n`;
        if (Buffer.byteLength(section, 'utf8') <= budgetBytes)
            return section;
    }
    return null;
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
