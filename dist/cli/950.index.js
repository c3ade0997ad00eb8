export const id = 950;
export const ids = [950];
export const modules = {

/***/ 7569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesCommand: () => (/* binding */ rulesCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_catalog_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1953);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);



async function rulesCommand(args, io) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args,
        options: { json: { type: 'boolean' } },
        strict: true,
        allowPositionals: false,
    });
    const rules = [..._rules_catalog_index_js__WEBPACK_IMPORTED_MODULE_1__/* .catalog */ .U].sort((a, b) => a.metadata.id.localeCompare(b.metadata.id));
    if (values.json) {
        io.out(JSON.stringify(rules.map((r) => r.metadata), null, 2));
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
    }
    const width = Math.max(...rules.map((r) => r.metadata.id.length));
    for (const { metadata } of rules) {
        const refs = [
            ...metadata.references.fsbp.map((c) => `FSBP ${c}`),
            ...metadata.references.cis.map((c) => `CIS ${c}`),
        ];
        io.out(`${metadata.id.padEnd(width)}  ${metadata.severity.padEnd(8)} ${metadata.category.padEnd(11)} ${metadata.title}` +
            `${refs.length ? `  [${refs.join(', ')}]` : ''}${metadata.defaultEnabled ? '' : '  (off by default)'}`);
    }
    io.out(`${rules.length} rules`);
    return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
}


/***/ })

};
