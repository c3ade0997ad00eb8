export const id = 294;
export const ids = [294];
export const modules = {

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


/***/ })

};
