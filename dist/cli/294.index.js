export const id = 294;
export const ids = [294];
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

/***/ 4294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inventory_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8703);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4504);
/* harmony import */ var _run_audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7806);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5285);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7911);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
/* harmony import */ var _action_run_info_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3604);
/* harmony import */ var _audit_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7497);









const options = {
    inventory: { type: 'string' },
    'output-dir': { type: 'string' },
    ..._audit_options_js__WEBPACK_IMPORTED_MODULE_7__/* .auditOptions */ .wA,
    help: { type: 'boolean', short: 'h' },
};
/** Audits a saved inventory: no AWS call at all. */
async function auditCommand(args, io) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: false });
    if (values.help) {
        io.out(_help_js__WEBPACK_IMPORTED_MODULE_5__/* .HELP */ ._);
        return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.ok;
    }
    if (!values.inventory) {
        io.err('aws-audit: audit needs --inventory FILE (an inventory.json written by aws-audit scan)');
        return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.usage;
    }
    const gates = (0,_audit_options_js__WEBPACK_IMPORTED_MODULE_7__/* .readGates */ .D6)((name) => values[name]);
    const outputDir = values['output-dir'] ?? _defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .z.outputDir;
    const config = await (0,_run_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareAuditConfig */ .l)(values.config, '--config', (message) => io.err(message));
    await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .checkOutputDir */ .Vg)(outputDir, (name) => `--${name}`);
    const inventory = await (0,_inventory_io_js__WEBPACK_IMPORTED_MODULE_1__/* .readInventory */ .z)(values.inventory);
    const baseline = await (0,_audit_options_js__WEBPACK_IMPORTED_MODULE_7__/* .readBaseline */ .mF)(values['previous-report'], io);
    const { report, reportPath } = await (0,_run_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .runAudit */ .b)(inventory, {
        config,
        outputDir,
        baseline,
        run: (0,_action_run_info_js__WEBPACK_IMPORTED_MODULE_8__/* .runInfoFromEnv */ .P)(),
    });
    return (0,_audit_options_js__WEBPACK_IMPORTED_MODULE_7__/* .finishAudit */ .ls)(report, reportPath, io, gates);
}


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


/***/ })

};
