export const id = 750;
export const ids = [750];
export const modules = {

/***/ 4341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ CallTimedOut),
/* harmony export */   k: () => (/* binding */ AttemptDeadlineHandler)
/* harmony export */ });
/** One attempt of one call got no complete answer in time; the SDK's retry treats it as transient. */
class CallTimedOut extends Error {
    name = 'TimeoutError';
    constructor(service, region, seconds) {
        super(`no complete answer from ${service} in ${region} within ${seconds}s (call-timeout-seconds)`);
    }
}
/** Called when the answer's body has been read, or the request failed: the attempt is over. */
function onBodyDone(body, done) {
    const stream = body;
    if (typeof stream?.once !== 'function' || stream.readableEnded) {
        done();
        return;
    }
    stream.once('close', done);
}
/**
 * Wraps the shared HTTP handler so that every attempt really ends: it is aborted (the socket
 * destroyed) when `attemptMs` pass before its whole answer, body included, has arrived, or when
 * `deadline` (the region's time budget, or the run's) aborts. The node handler alone only logs a
 * warning when its requestTimeout passes, and a trickling body is never timed by it.
 */
class AttemptDeadlineHandler {
    inner;
    deadline;
    attemptMs;
    label;
    metadata = { handlerProtocol: 'http/1.1' };
    constructor(inner, deadline, attemptMs, label) {
        this.inner = inner;
        this.deadline = deadline;
        this.attemptMs = attemptMs;
        this.label = label;
    }
    async handle(request, options = {}) {
        if (this.deadline.aborted)
            throw this.deadline.reason;
        const attempt = new AbortController();
        const timedOut = new CallTimedOut(this.label.service, this.label.region, this.attemptMs / 1000);
        const timer = setTimeout(() => attempt.abort(timedOut), this.attemptMs);
        const onDeadline = () => attempt.abort(this.deadline.reason);
        this.deadline.addEventListener('abort', onDeadline, { once: true });
        const caller = options.abortSignal;
        const onCaller = () => attempt.abort(caller?.reason);
        caller?.addEventListener?.('abort', onCaller, { once: true });
        const release = () => {
            clearTimeout(timer);
            this.deadline.removeEventListener('abort', onDeadline);
            caller?.removeEventListener?.('abort', onCaller);
        };
        try {
            const answer = await this.inner.handle(request, { ...options, abortSignal: attempt.signal });
            // The deserializer reads the body after this returns; the attempt's clock runs until it is read.
            onBodyDone(answer.response.body, release);
            return answer;
        }
        catch (error) {
            release();
            // The node handler reports an abort as a bare AbortError: say which limit ended the attempt.
            if (attempt.signal.aborted && attempt.signal.reason instanceof Error)
                throw attempt.signal.reason;
            throw error;
        }
    }
    updateHttpClientConfig(key, value) {
        this.inner.updateHttpClientConfig(key, value);
    }
    httpHandlerConfigs() {
        return this.inner.httpHandlerConfigs();
    }
    /** The shared handler and its sockets belong to the factory, which destroys them once. */
    destroy() { }
}


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ startRunDeadline),
/* harmony export */   Ku: () => (/* binding */ firstOf),
/* harmony export */   Mu: () => (/* binding */ raceAbort)
/* harmony export */ });
/* unused harmony export RunDeadlineExceeded */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);

/** The whole run's time limit (`timeout-minutes`) passed: calls still pending were abandoned. */
class RunDeadlineExceeded extends Error {
    minutes;
    name = 'RunDeadlineExceeded';
    constructor(minutes) {
        super(`the run reached its time limit of ${minutes} minute(s) (timeout-minutes); calls still pending were abandoned`);
        this.minutes = minutes;
    }
}
/**
 * Starts the run's clock. Every AWS call listens on the signal and is abandoned when it fires, so
 * the run goes on to write what it has; should anything still hold it after the grace period,
 * `onOverrun` ends it. The timers are unref'd: they never keep a finished run alive.
 */
function startRunDeadline(minutes, guard) {
    const controller = new AbortController();
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, controller.signal);
    const limitMs = minutes * 60_000;
    const timer = setTimeout(() => controller.abort(new RunDeadlineExceeded(minutes)), limitMs);
    timer.unref();
    const overrun = guard ? setTimeout(() => guard.onOverrun(), limitMs + guard.graceMs) : undefined;
    overrun?.unref();
    return {
        signal: controller.signal,
        minutes,
        dispose: () => {
            clearTimeout(timer);
            clearTimeout(overrun);
        },
    };
}
/** A signal that aborts with the first of `signals` to abort (and its reason). */
function firstOf(signals) {
    const controller = new AbortController();
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, controller.signal);
    for (const signal of signals) {
        if (!signal)
            continue;
        if (signal.aborted) {
            controller.abort(signal.reason);
            break;
        }
        signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    return controller.signal;
}
/**
 * Resolves or rejects with `pending`, or rejects with the signal's reason as soon as it aborts:
 * for waits the signal cannot cancel at the source (a token request by another library).
 */
function raceAbort(pending, signal) {
    if (!signal)
        return pending;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        pending.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}


/***/ }),

/***/ 6603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ checkResponse),
/* harmony export */   ad: () => (/* binding */ UnparseableResponse)
/* harmony export */ });
/* unused harmony export whyNotAnAnswer */
/** A 2xx answer that is not the service's answer (a login page, an empty body, another document). */
class UnparseableResponse extends Error {
    name = 'UnparseableResponse';
}
/** SDK clients of the query protocols: their answers are always `<{Operation}Response>` documents. */
const QUERY_PROTOCOL_CLIENTS = new Set(['EC2Client', 'IAMClient', 'RDSClient', 'STSClient']);
async function readAll(body) {
    if (body === undefined || body === null)
        return Buffer.alloc(0);
    if (body instanceof Uint8Array)
        return Buffer.from(body);
    if (typeof body === 'string')
        return Buffer.from(body);
    const chunks = [];
    for await (const chunk of body) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/** The first element's name of an XML document, after any declaration, comments and doctype. */
function rootElement(text) {
    const stripped = text.replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
    return /^\s*<!?([A-Za-z_][\w:.-]*)/.exec(stripped)?.[1];
}
/**
 * Why the answer cannot be the operation's, or undefined when it can be. The SDK's XML parser
 * turns an HTML page or an empty body into an empty answer ("no volumes", "no password policy"),
 * and its JSON parser reads an empty body as `{}`: both would become findings about nothing.
 */
function whyNotAnAnswer(clientName, operation, response, body) {
    // The body decides, not the content type: emulators label JSON answers text/html.
    const contentType = response.headers['content-type'] ?? response.headers['Content-Type'] ?? '';
    if (contentType.includes('cbor'))
        return undefined;
    const text = body.toString('utf8', 0, Math.min(body.length, 4096));
    if (text.trim() === '')
        return 'an empty body';
    const first = text.replace(/^\uFEFF/, '').trimStart()[0];
    if (first === '{' || first === '[')
        return undefined;
    if (first !== '<')
        return `a body that is neither XML nor JSON (${contentType || 'no content type'})`;
    const root = rootElement(text);
    if (!root || /^(html|doctype)$/i.test(root))
        return 'an HTML page';
    if (clientName && QUERY_PROTOCOL_CLIENTS.has(clientName) && root !== `${operation}Response`) {
        return `an XML document <${root}> where <${operation}Response> was expected`;
    }
    return undefined;
}
/** Whether a body is an HTML page (after any BOM, declaration, comments and doctype). */
function isHtmlPage(body) {
    const text = body.toString('utf8', 0, Math.min(body.length, 4096));
    if (text.replace(/^\uFEFF/, '').trimStart()[0] !== '<')
        return false;
    const root = rootElement(text);
    return !root || /^(html|doctype)$/i.test(root);
}
/**
 * Server errors that say "this request failed here" rather than "try again": 500 and 501. AWS
 * answers its own 500s in the protocol's error format (InternalError, InternalFailure), and those
 * stay retried; an HTML page with either status is some other server's failure to handle the
 * request (an emulator that lacks the operation answers so), which the SDK would otherwise retry
 * as transient, every attempt alike. Gateway errors (502-504) stay retried, whatever their body.
 */
const FAILED_HERE = new Set([500, 501]);
/**
 * Checks every successful answer before the SDK parses it, and every 500 or 501 answer for an
 * HTML page; placed inside the deserializer so it sees the raw response, and inside the retry
 * loop so the failed attempt is counted. What it throws is not retried by the SDK.
 */
const checkResponse = (next, context) => async (args) => {
    const result = await next(args);
    const response = result.response;
    const request = args.request;
    if (request?.method === 'HEAD')
        return result;
    const failedHere = FAILED_HERE.has(response.statusCode);
    if (!failedHere &&
        (response.statusCode < 200 || response.statusCode >= 300 || response.statusCode === 204))
        return result;
    const body = await readAll(response.body);
    // The deserializer reads a byte array as readily as a stream.
    response.body = body;
    const { clientName, commandName } = context;
    const operation = (commandName ?? 'Unknown').replace(/Command$/, '');
    if (failedHere) {
        if (!isHtmlPage(body))
            return result;
        throw new UnparseableResponse(`the answer to ${operation} was an HTML page with HTTP ${response.statusCode} (${body.length} bytes), not an AWS error response: the operation failed there, and was not retried`);
    }
    const why = whyNotAnAnswer(clientName, operation, response, body);
    if (why) {
        throw new UnparseableResponse(`the answer to ${operation} was ${why} (HTTP ${response.statusCode}, ${body.length} bytes), not an AWS response; nothing in it was used`);
    }
    return result;
};


/***/ }),

/***/ 6365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lE: () => (/* binding */ CredentialsError),
/* harmony export */   nL: () => (/* binding */ assumeRoleWithGitHubOidc),
/* harmony export */   ut: () => (/* binding */ maskedIdentity)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _aws_attempt_handler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4341);
/* harmony import */ var _aws_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7969);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);
/* harmony import */ var _sts_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4076);
/* harmony import */ var _sts_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6304);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8382);







class CredentialsError extends Error {
    name = 'CredentialsError';
}
const PERMISSIONS_BLOCK = ['permissions:', '  id-token: write', '  contents: read'].join('\n');
/** Claims of the GitHub token worth showing when AWS rejects it (never the token itself). */
function tokenClaims(token) {
    try {
        const payload = token.split('.')[1] ?? '';
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : claims.aud;
        return {
            sub: typeof claims.sub === 'string' ? claims.sub : undefined,
            aud: typeof aud === 'string' ? aud : undefined,
        };
    }
    catch {
        return {};
    }
}
/** Masks and converts STS credentials, or says what is missing from the answer. */
function maskedIdentity(credentials, deps) {
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
    if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
        throw new CredentialsError('STS answered without complete credentials (AccessKeyId, SecretAccessKey, SessionToken)');
    }
    // Before anything else can print them.
    deps.setSecret(AccessKeyId);
    deps.setSecret(SecretAccessKey);
    deps.setSecret(SessionToken);
    return {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretAccessKey,
        sessionToken: SessionToken,
        expiration: Expiration,
    };
}
/** GitHub OIDC token -> STS AssumeRoleWithWebIdentity, with retries only where they can help. */
async function assumeRoleWithGitHubOidc(request, deps) {
    const env = deps.env ?? process.env;
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new CredentialsError('role-to-assume is set but this job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
            `Give the job the id-token permission:\n\n${PERMISSIONS_BLOCK}\n\n` +
            'Pull requests from forks never get an OIDC token; run the audit on push, schedule or pull_request_target instead.');
    }
    const retry = {
        maxAttempts: 6,
        baseDelayMs: 200,
        maxDelayMs: 10_000,
        wait: deps.wait,
        onRetry: (attempt, delay, error) => deps.info(`Retrying after a transient error (attempt ${attempt}): ${(0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .stsErrorCode */ .Q)(error)}; waiting ${delay} ms`),
    };
    // The token request is another library's: it cannot be cancelled, only no longer waited for.
    const requestToken = () => {
        const timeoutMs = deps.callTimeoutMs ?? _sts_client_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_STS_CALL_TIMEOUT_MS */ .R3;
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(new _aws_attempt_handler_js__WEBPACK_IMPORTED_MODULE_0__/* .CallTimedOut */ .K('the GitHub OIDC token service', 'this job', timeoutMs / 1000)), timeoutMs);
        return (0,_aws_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .raceAbort */ .Mu)(deps.getIdToken(request.audience), (0,_aws_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .firstOf */ .Ku)([timeout.signal, deps.signal])).finally(() => clearTimeout(timer));
    };
    const token = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(requestToken, {
        ...retry,
        // @actions/core already retries HTTP failures; a 4xx from the token service will not heal.
        isRetryable: (error) => !(error instanceof Error && /Error Code : 4\d\d/.test(error.message)) && !deps.signal?.aborted,
    }).catch((error) => {
        throw new CredentialsError(`Could not get a GitHub OIDC token for audience '${request.audience}': ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)}`, {
            cause: error,
        });
    });
    deps.setSecret(token);
    // The SDK's own retries are off here: this loop decides what is worth retrying.
    const sts = (0,_sts_client_js__WEBPACK_IMPORTED_MODULE_3__/* .stsClient */ .Km)(request.stsRegion, deps);
    try {
        const answer = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(() => sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .AssumeRoleWithWebIdentityCommand */ .WH({
            RoleArn: request.role.arn,
            RoleSessionName: request.sessionName,
            DurationSeconds: request.durationSeconds,
            WebIdentityToken: token,
        })), { ...retry, isRetryable: _sts_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isRetryableStsError */ .v });
        return maskedIdentity(answer.Credentials, deps);
    }
    catch (error) {
        throw explainAssumeRoleFailure(error, request, tokenClaims(token));
    }
    finally {
        sts.destroy();
    }
}
function explainAssumeRoleFailure(error, request, claims) {
    if (error instanceof CredentialsError)
        return error;
    const code = (0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .stsErrorCode */ .Q)(error);
    const message = error instanceof Error ? error.message : String(error);
    const base = `Could not assume ${request.role.arn} with GitHub OIDC: ${code}: ${message}`;
    if (code === 'AccessDenied' ||
        code === 'AccessDeniedException' ||
        code === 'InvalidIdentityToken' ||
        code === 'IDPRejectedClaim') {
        return new CredentialsError(`${base}\nThe role's trust policy rejected this workflow's token. Check its conditions on ` +
            `token.actions.githubusercontent.com:sub (this token's sub is '${claims.sub ?? 'unknown'}') and ` +
            `token.actions.githubusercontent.com:aud (this token's aud is '${claims.aud ?? request.audience}'), and that the ` +
            `account has the OIDC identity provider token.actions.githubusercontent.com. Repositories created after ` +
            `July 2026 use the immutable sub form repo:owner@<id>/repo@<id>:...`, { cause: error });
    }
    if (code === 'ValidationError' && /DurationSeconds/i.test(message)) {
        return new CredentialsError(`${base}\nLower role-duration-seconds or raise the role's MaxSessionDuration.`, {
            cause: error,
        });
    }
    return new CredentialsError(base, { cause: error });
}


/***/ }),

/***/ 3407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ listOrganizationAccounts),
/* harmony export */   gm: () => (/* binding */ memberRoleArn),
/* harmony export */   ih: () => (/* binding */ checkOrganizationOptions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2503);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8287);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
/* harmony import */ var _sts_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4076);
/* harmony import */ var _sts_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6304);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6365);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8382);







const ACCOUNT_ID = /^\d{12}$/;
const OU_ID = /^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/;
/** IAM role names, optionally with a path: `aws-audit-readonly`, `audit/aws-audit-readonly`. */
const ROLE_NAME = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** Organizations nests OUs at most five levels below the root. */
const MAX_OU_DEPTH = 5;
/** Checks the options before any call: a typo costs no AWS call. */
function checkOrganizationOptions(options, label) {
    if (!ROLE_NAME.test(options.memberRoleName))
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label('member-role-name')}: '${options.memberRoleName}' is not an IAM role name`);
    for (const ou of options.organizationalUnits)
        if (!OU_ID.test(ou))
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label('organizational-units')}: '${ou}' is not an OU id (ou-...) or a root id (r-...)`);
    for (const [name, ids] of [
        ['include-accounts', options.includeAccounts],
        ['exclude-accounts', options.excludeAccounts],
        ['accounts', options.accounts ?? []],
    ])
        for (const id of ids)
            if (!ACCOUNT_ID.test(id))
                throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label(name)}: '${id}' is not a 12-digit account id`);
}
/** The role ARN to assume in a member account. */
const memberRoleArn = (partition, account, roleName) => `arn:${partition}:iam::${account}:role/${roleName}`;
/** Accounts of the OUs and every OU below them, each listed once. */
async function accountsUnder(client, parents) {
    const found = new Map();
    let level = [...parents];
    for (let depth = 0; level.length > 0 && depth <= MAX_OU_DEPTH; depth += 1) {
        const next = [];
        for (const parent of level) {
            for await (const page of (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_5__/* .paginateListAccountsForParent */ .Hcl)({ client }, { ParentId: parent }))
                for (const account of page.Accounts ?? [])
                    if (account.Id)
                        found.set(account.Id, account);
            for await (const page of (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_5__/* .paginateListOrganizationalUnitsForParent */ .Ogl)({ client }, { ParentId: parent }))
                for (const ou of page.OrganizationalUnits ?? [])
                    if (ou.Id)
                        next.push(ou.Id);
        }
        level = next;
    }
    return [...found.values()];
}
async function listAll(client) {
    const accounts = [];
    for await (const page of (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_5__/* .paginateListAccounts */ .A53)({ client }, {}))
        accounts.push(...(page.Accounts ?? []));
    return accounts;
}
/**
 * The organization's accounts to scan, listed with the given (management or delegated
 * administrator) credentials: active ones only, filtered; the others are returned as skipped with
 * the reason, so the run can say so. Each listing is retried a few times, each call bounded.
 */
async function listOrganizationAccounts(credentials, options, limits) {
    const client = (0,_sts_client_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedClient */ .bN)(_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_5__/* .OrganizationsClient */ .gnq, 'organizations', limits.region, limits, credentials);
    try {
        const listed = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .b)(() => options.organizationalUnits.length > 0
            ? accountsUnder(client, options.organizationalUnits)
            : listAll(client), { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 5_000, isRetryable: _sts_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableStsError */ .v }).catch((error) => {
            throw new _oidc_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(`Could not list the organization's accounts: ${(0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stsErrorCode */ .Q)(error)}: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}. The first credentials must be the management account's or a delegated administrator's, with organizations:ListAccounts${options.organizationalUnits.length > 0 ? ', organizations:ListAccountsForParent and organizations:ListOrganizationalUnitsForParent' : ''}.`, { cause: error });
        });
        const listing = { accounts: [], skipped: [] };
        const include = new Set(options.includeAccounts);
        const exclude = new Set(options.excludeAccounts);
        for (const account of listed.sort((a, b) => (a.Id ?? '').localeCompare(b.Id ?? ''))) {
            const entry = { id: account.Id ?? '', name: account.Name ?? null };
            const state = account.State ?? account.Status ?? 'unknown';
            if (state !== 'ACTIVE')
                listing.skipped.push({ ...entry, reason: `its state is ${state}` });
            else if (exclude.has(entry.id))
                listing.skipped.push({ ...entry, reason: 'exclude-accounts lists it' });
            else if (include.size > 0 && !include.has(entry.id))
                listing.skipped.push({ ...entry, reason: 'include-accounts does not list it' });
            else
                listing.accounts.push(entry);
        }
        return listing;
    }
    finally {
        client.destroy();
    }
}


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Full-jitter exponential backoff: sleep a random time up to base * 2^attempt (capped). */
async function withRetry(task, options) {
    const wait = options.wait ?? node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt += 1) {
        try {
            return await task();
        }
        catch (error) {
            if (attempt >= options.maxAttempts || !options.isRetryable(error))
                throw error;
            const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
            const delay = Math.round(random() * ceiling);
            options.onRetry?.(attempt, delay, error);
            await wait(delay);
        }
    }
}


/***/ }),

/***/ 4076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ stsClient),
/* harmony export */   R3: () => (/* binding */ DEFAULT_STS_CALL_TIMEOUT_MS),
/* harmony export */   bN: () => (/* binding */ boundedClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1695);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1279);
/* harmony import */ var _aws_attempt_handler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4341);
/* harmony import */ var _aws_response_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6603);




const DEFAULT_STS_CALL_TIMEOUT_MS = 30_000;
/**
 * A client of the credentials stage (STS, Organizations) whose every attempt ends (the SDK's default
 * handler waits forever for an answer), that refuses answers which are not the service's, and leaves
 * retrying to the caller's loop.
 */
function boundedClient(Client, service, region, limits, credentials) {
    const callTimeoutMs = limits.callTimeoutMs ?? DEFAULT_STS_CALL_TIMEOUT_MS;
    const inner = new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__.NodeHttpHandler({
        connectionTimeout: Math.min(5_000, callTimeoutMs),
        requestTimeout: callTimeoutMs + 1_000,
        throwOnRequestTimeout: true,
    });
    const client = new Client({
        region,
        credentials,
        maxAttempts: 1,
        requestHandler: new _aws_attempt_handler_js__WEBPACK_IMPORTED_MODULE_0__/* .AttemptDeadlineHandler */ .k(inner, limits.signal ?? new AbortController().signal, callTimeoutMs, { service, region }),
    });
    client.middlewareStack.add(_aws_response_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkResponse */ .Mz, {
        step: 'deserialize',
        priority: 'low',
        name: `${service}ResponseCheck`,
    });
    const destroy = client.destroy.bind(client);
    client.destroy = () => {
        destroy();
        inner.destroy();
    };
    return client;
}
/** An STS client with `boundedClient`'s deadlines and answer check. */
const stsClient = (region, limits, credentials) => boundedClient(_aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .STSClient */ .iM, 'sts', region, limits, credentials);


/***/ }),

/***/ 6304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ stsErrorCode),
/* harmony export */   v: () => (/* binding */ isRetryableStsError)
/* harmony export */ });
/* harmony import */ var _smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2058);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);


/** STS answers that retrying cannot fix. */
const PERMANENT = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'InvalidIdentityToken',
    'IDPRejectedClaim',
    'ValidationError',
    'MalformedPolicyDocument',
    'PackedPolicyTooLarge',
    'RegionDisabledException',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidClientTokenId',
    'SignatureDoesNotMatch',
]);
function stsErrorCode(error) {
    if (error instanceof Error) {
        const withCode = error;
        return withCode.Code ?? error.name;
    }
    return 'Error';
}
/** Throttling, 5xx, network trouble and IdP communication errors are worth another try. */
function isRetryableStsError(error) {
    const code = stsErrorCode(error);
    if (PERMANENT.has(code))
        return false;
    if (code === 'IDPCommunicationError')
        return true;
    const sdkError = error;
    if (sdkError &&
        typeof sdkError === 'object' &&
        '$metadata' in sdkError &&
        ((0,_smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_0__/* .isThrottlingError */ .Qb)(sdkError) ||
            (0,_smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_0__/* .isTransientError */ .bV)(sdkError) ||
            (0,_smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_0__/* .isServerError */ .GQ)(sdkError) ||
            (0,_smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_0__/* .isRetryableByTrait */ .S0)(sdkError))) {
        return true;
    }
    // No HTTP answer at all: a network failure (the SDK sometimes wraps it and drops the error's code).
    // Only an error's own message counts: a thrown string is not a network failure.
    const message = typeof error === 'object' && error !== null ? (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error) : '';
    return ['TimeoutError', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'].some((transient) => code === transient || message.includes(transient));
}


/***/ }),

/***/ 5233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S2: () => (/* binding */ ClientFactory),
  tf: () => (/* binding */ customEndpointConfigured)
});

// UNUSED EXPORTS: emulatorS3ControlEndpoint

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var client_s3_control_dist_cjs = __webpack_require__(2619);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/p-throttle/index.js
var p_throttle = __webpack_require__(5992);
// EXTERNAL MODULE: ./node_modules/@smithy/service-error-classification/dist-cjs/index.js
var service_error_classification_dist_cjs = __webpack_require__(2058);
// EXTERNAL MODULE: ./src/aws/attempt-handler.ts
var attempt_handler = __webpack_require__(4341);
// EXTERNAL MODULE: ./src/aws/deadline.ts
var aws_deadline = __webpack_require__(7969);
;// CONCATENATED MODULE: ./src/scan/rate-limits.ts
/**
 * AWS's published API rate limits, per account and region, in requests per second, by the
 * service id the SDK gives each client (its `config.serviceId`).
 * The scan paces its calls below these so it is rarely throttled; the SDK's adaptive retry
 * handles the rest (and every service without a published limit).
 */
const PUBLISHED_RATE_LIMITS = {
    // EC2 non-mutating actions: a bucket of 100 that refills at 20 per second.
    EC2: 20,
    // Lambda control plane: 15 per second (GetPolicy has its own 15; pacing them together is safe).
    Lambda: 15,
    // CloudWatch DescribeAlarms: 9 transactions per second.
    CloudWatch: 9,
    // CloudWatch Logs DescribeLogGroups: 10 transactions per second.
    'CloudWatch Logs': 10,
    // API Gateway management API (API Gateway developer guide, "API Gateway quotas for creating,
    // deploying and managing an API"): GetResources, nearly every call the scan makes, allows
    // 5 requests every 2 seconds per account; all operations together 10 per second.
    'API Gateway': 2,
};

// EXTERNAL MODULE: ./src/aws/response-check.ts
var response_check = __webpack_require__(6603);
;// CONCATENATED MODULE: ./src/scan/clients.ts











/** True when AWS_ENDPOINT_URL(_<SERVICE>) points the SDK at an emulator such as moto or LocalStack. */
function customEndpointConfigured(serviceEnvSuffix) {
    return Boolean(process.env.AWS_ENDPOINT_URL || process.env[`AWS_ENDPOINT_URL_${serviceEnvSuffix}`]);
}
/**
 * S3 Control's endpoint rules put the account id into the host name (`<account>.s3-control...`),
 * which an emulator on an IP address cannot answer; against an emulator, use its URL as given.
 */
function emulatorS3ControlEndpoint() {
    const configured = process.env.AWS_ENDPOINT_URL_S3_CONTROL ?? process.env.AWS_ENDPOINT_URL;
    if (!configured)
        return {};
    const url = new URL(configured);
    return { endpointProvider: () => ({ url }) };
}
/**
 * Builds SDK clients for one set of credentials, one per (client class, region), each wired to
 * the scan's pool, statistics and regional deadline. Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL support, so the same code runs against AWS, moto or LocalStack.
 */
class ClientFactory {
    options;
    /** One client per class and region. */
    clients = new Map();
    requestHandler;
    agents;
    constructor(options) {
        this.options = options;
        const maxSockets = Math.max(50, options.pool.maxConcurrency * 2);
        this.agents = {
            http: new external_node_http_.Agent({ keepAlive: true, maxSockets }),
            https: new external_node_https_.Agent({ keepAlive: true, maxSockets }),
        };
        this.requestHandler = new node_http_handler_dist_cjs.NodeHttpHandler({
            connectionTimeout: Math.min(5_000, options.callTimeoutMs),
            // Backstops: each attempt's own deadline (AttemptDeadlineHandler) normally ends it first.
            requestTimeout: options.callTimeoutMs + 1_000,
            throwOnRequestTimeout: true,
            socketTimeout: options.callTimeoutMs + 1_000,
            httpAgent: this.agents.http,
            httpsAgent: this.agents.https,
        });
    }
    get(Client, service, region) {
        const byRegion = this.clients.get(Client) ?? new Map();
        this.clients.set(Client, byRegion);
        const existing = byRegion.get(region);
        if (existing)
            return existing;
        const client = new Client({
            region,
            credentials: this.options.credentials,
            retryMode: 'adaptive',
            maxAttempts: this.options.maxAttempts,
            requestHandler: new attempt_handler/* AttemptDeadlineHandler */.k(this.requestHandler, this.options.deadlineFor(region), this.options.callTimeoutMs, { service, region }),
            ...(Client === dist_cjs.S3Client
                ? { followRegionRedirects: true, ...(customEndpointConfigured('S3') ? { forcePathStyle: true } : {}) }
                : {}),
            ...(Client === client_s3_control_dist_cjs/* S3ControlClient */.gGw ? emulatorS3ControlEndpoint() : {}),
        });
        const perSecond = PUBLISHED_RATE_LIMITS[client.config.serviceId ?? ''];
        client.middlewareStack.use(this.scanPlugin(service, region, perSecond));
        byRegion.set(region, client);
        return client;
    }
    scanPlugin(service, region, perSecond) {
        const { pool, stats, deadlineFor } = this.options;
        const deadline = deadlineFor(region);
        // Strict: no sliding second ever holds more calls than AWS's bucket refills.
        const direct = (run) => run();
        const send = perSecond
            ? (0,p_throttle/* default */.A)({ limit: perSecond, interval: 1000, strict: true, signal: deadline })(direct)
            : direct;
        // Tracking wraps the pool so a call's place in its chain is fixed when it is made, not when a slot frees.
        const poolAndDeadline = (next) => (args) => stats.trackCall(service, () => send(() => pool.run(service, region, () => {
            if (deadline.aborted)
                return Promise.reject(deadline.reason);
            return (0,aws_deadline/* raceAbort */.Mu)(next(args), deadline);
        })));
        const countAttempts = (next) => async (args) => {
            stats.attempts += 1;
            try {
                return await next(args);
            }
            catch (error) {
                if ((0,service_error_classification_dist_cjs/* isThrottlingError */.Qb)(error))
                    stats.throttles += 1;
                throw error;
            }
        };
        return {
            applyToStack(stack) {
                stack.add(poolAndDeadline, { step: 'initialize', priority: 'high', name: 'auditScanPool' });
                stack.add(countAttempts, { step: 'deserialize', priority: 'high', name: 'auditScanAttempts' });
                stack.add(response_check/* checkResponse */.Mz, { step: 'deserialize', priority: 'low', name: 'auditScanResponseCheck' });
            },
        };
    }
    destroy() {
        for (const byRegion of this.clients.values())
            for (const client of byRegion.values())
                client.destroy();
        this.clients.clear();
        this.agents.http.destroy();
        this.agents.https.destroy();
    }
}


/***/ }),

/***/ 174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ deniedMessage),
/* harmony export */   Cq: () => (/* binding */ RegionTimeBudgetExceeded),
/* harmony export */   RL: () => (/* binding */ isExplicitDeny),
/* harmony export */   SP: () => (/* binding */ explicitDenySource),
/* harmony export */   nf: () => (/* binding */ errorDetails),
/* harmony export */   up: () => (/* binding */ hasCode)
/* harmony export */ });
/** Error codes AWS uses for a missing permission, across its protocols. */
const ACCESS_DENIED_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'UnauthorizedAccess',
    'Forbidden',
    'AccessDeniedFault',
]);
/** Codes that mean the region or service is not usable for this account (not a scan failure of ours). */
const NOT_ENABLED_CODES = new Set(['OptInRequired', 'UnrecognizedClientException', 'InvalidClientTokenId']);
/** AWS says so: "... is not authorized to perform: X ... with an explicit deny in a service control policy". */
const EXPLICIT_DENY = /\bexplicit deny\b/i;
/** Whether a (recorded) error message is about an explicit Deny. */
function isExplicitDeny(message) {
    return EXPLICIT_DENY.test(message);
}
/** Where the Deny is, as AWS words it ("a service control policy"), or null when it does not say. */
function explicitDenySource(message) {
    return /\bexplicit deny in (an? [a-z -]*?(?:policy|boundary))\b/i.exec(message)?.[1] ?? null;
}
/** A recorded access error's message: AWS's, and what it means for the scan's role. */
function deniedMessage(details, action) {
    if (!details.accessDenied || !action)
        return details.message;
    if (!details.explicitDeny)
        return `${details.message} (the scan needs ${action})`;
    const source = explicitDenySource(details.message);
    return `${details.message} (denied by an explicit Deny${source ? ` in ${source}` : ''}, which no permission added to the role can override)`;
}
class RegionTimeBudgetExceeded extends Error {
    name = 'RegionTimeBudgetExceeded';
    constructor(region, seconds) {
        super(`the scan of ${region} exceeded its time budget of ${seconds}s; remaining calls there were abandoned`);
    }
}
function errorDetails(error) {
    if (error instanceof Error) {
        const withCode = error;
        const code = (typeof withCode.Code === 'string' && withCode.Code) ||
            (typeof withCode.code === 'string' && withCode.code) ||
            error.name ||
            'Error';
        const status = withCode.$metadata?.httpStatusCode;
        const accessDenied = ACCESS_DENIED_CODES.has(code) || (status === 403 && !NOT_ENABLED_CODES.has(code));
        // Read before oneLine shortens the message: EC2 appends a long encoded reason.
        const explicitDeny = accessDenied && isExplicitDeny(error.message);
        return { code, message: oneLine(error.message || code), accessDenied, explicitDeny };
    }
    return { code: 'Error', message: oneLine(String(error)), accessDenied: false, explicitDeny: false };
}
/** Keeps messages readable in logs and tables, and bounded. */
function oneLine(message) {
    const flat = message.replace(/\s+/g, ' ').trim();
    return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}
/** Whether an error is the expected "this thing is not configured" answer of an operation. */
function hasCode(error, codes) {
    return codes.length > 0 && codes.includes(errorDetails(error).code);
}


/***/ }),

/***/ 7561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hn: () => (/* binding */ checkRegionCodes)
});

// UNUSED EXPORTS: closestRegions, editDistance, regionCodeStatus

// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/scan/partitions.ts
// Generated by `npm run regions` from the installed @aws-sdk/core; do not edit by hand.
const PARTITIONS = [
    {
        id: 'aws',
        regionRegex: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
        regions: {
            'af-south-1': 'Africa (Cape Town)',
            'ap-east-1': 'Asia Pacific (Hong Kong)',
            'ap-east-2': 'Asia Pacific (Taipei)',
            'ap-northeast-1': 'Asia Pacific (Tokyo)',
            'ap-northeast-2': 'Asia Pacific (Seoul)',
            'ap-northeast-3': 'Asia Pacific (Osaka)',
            'ap-south-1': 'Asia Pacific (Mumbai)',
            'ap-south-2': 'Asia Pacific (Hyderabad)',
            'ap-southeast-1': 'Asia Pacific (Singapore)',
            'ap-southeast-2': 'Asia Pacific (Sydney)',
            'ap-southeast-3': 'Asia Pacific (Jakarta)',
            'ap-southeast-4': 'Asia Pacific (Melbourne)',
            'ap-southeast-5': 'Asia Pacific (Malaysia)',
            'ap-southeast-6': 'Asia Pacific (New Zealand)',
            'ap-southeast-7': 'Asia Pacific (Thailand)',
            'ca-central-1': 'Canada (Central)',
            'ca-west-1': 'Canada West (Calgary)',
            'eu-central-1': 'Europe (Frankfurt)',
            'eu-central-2': 'Europe (Zurich)',
            'eu-north-1': 'Europe (Stockholm)',
            'eu-south-1': 'Europe (Milan)',
            'eu-south-2': 'Europe (Spain)',
            'eu-west-1': 'Europe (Ireland)',
            'eu-west-2': 'Europe (London)',
            'eu-west-3': 'Europe (Paris)',
            'il-central-1': 'Israel (Tel Aviv)',
            'me-central-1': 'Middle East (UAE)',
            'me-south-1': 'Middle East (Bahrain)',
            'me-west-1': 'Middle East (Saudi Arabia)',
            'mx-central-1': 'Mexico (Central)',
            'sa-east-1': 'South America (Sao Paulo)',
            'sa-west-1': 'South America (Chile)',
            'us-east-1': 'US East (N. Virginia)',
            'us-east-2': 'US East (Ohio)',
            'us-west-1': 'US West (N. California)',
            'us-west-2': 'US West (Oregon)',
        },
    },
    {
        id: 'aws-cn',
        regionRegex: '^cn\\-\\w+\\-\\d+$',
        regions: {
            'cn-north-1': 'China (Beijing)',
            'cn-northwest-1': 'China (Ningxia)',
        },
    },
    {
        id: 'aws-eusc',
        regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$',
        regions: {
            'eusc-de-east-1': 'AWS European Sovereign Cloud (Germany)',
        },
    },
    {
        id: 'aws-iso',
        regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
        regions: {
            'us-iso-east-1': 'US ISO East',
            'us-iso-west-1': 'US ISO WEST',
        },
    },
    {
        id: 'aws-iso-b',
        regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
        regions: {
            'us-isob-east-1': 'US ISOB East (Ohio)',
            'us-isob-west-1': 'US ISOB West',
        },
    },
    {
        id: 'aws-iso-e',
        regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$',
        regions: {
            'eu-isoe-west-1': 'EU ISOE West',
        },
    },
    {
        id: 'aws-iso-f',
        regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
        regions: {
            'us-isof-east-1': 'US ISOF EAST',
            'us-isof-south-1': 'US ISOF SOUTH',
        },
    },
    {
        id: 'aws-us-gov',
        regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
        regions: {
            'us-gov-east-1': 'AWS GovCloud (US-East)',
            'us-gov-west-1': 'AWS GovCloud (US-West)',
        },
    },
];

;// CONCATENATED MODULE: ./src/scan/region-codes.ts


const KNOWN = new Set(PARTITIONS.flatMap((p) => Object.keys(p.regions)));
const PATTERNS = PARTITIONS.map((p) => new RegExp(p.regionRegex));
/** The compass word before the number (`east`, `southeast`, `central`), as the known regions use them. */
const directionOf = (region) => region.split('-').at(-2) ?? '';
const DIRECTIONS = new Set([...KNOWN].map(directionOf));
/**
 * `known`: in the SDK's region list. `new`: not listed, but shaped like the regions of a partition
 * (its pattern, and a direction word regions use), as a region launched after this SDK would be.
 * `unknown`: shaped like a region code but not one (`us-est-1`). `malformed`: not a region code.
 */
function regionCodeStatus(name) {
    if (KNOWN.has(name))
        return 'known';
    if (PATTERNS.some((pattern) => pattern.test(name)) && DIRECTIONS.has(directionOf(name)))
        return 'new';
    return /^[a-z]{2,}(-[a-z]+)+-\d+$/.test(name) ? 'unknown' : 'malformed';
}
/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The known regions closest to a mistyped one (at most three edits away), closest first. */
function closestRegions(name, limit = 3) {
    const lower = name.toLowerCase();
    const scored = [...KNOWN]
        .map((region) => ({ region, distance: editDistance(lower, region) }))
        .filter((s) => s.distance <= 3);
    const best = Math.min(...scored.map((s) => s.distance));
    return scored
        .filter((s) => s.distance === best)
        .map((s) => s.region)
        .sort()
        .slice(0, limit);
}
/** ` (did you mean a, b or c?)`, or nothing when no known region is close. */
function didYouMean(name) {
    const close = closestRegions(name);
    const last = close.pop();
    if (last === undefined)
        return '';
    return ` (did you mean ${close.length > 0 ? `${close.join(', ')} or ` : ''}${last}?)`;
}
/**
 * Checks region codes offline against the SDK's partition data; `source` names the flag or input.
 * Whether a real region is enabled for the account is only known after DescribeRegions.
 */
function checkRegionCodes(names, source) {
    const problems = names.flatMap((name) => {
        switch (regionCodeStatus(name)) {
            case 'malformed':
                return [`'${name}' is not a region code like us-east-1 or eu-west-2${didYouMean(name)}`];
            case 'unknown':
                return [`'${name}' is not an AWS region${didYouMean(name)}`];
            default:
                return [];
        }
    });
    if (problems.length > 0)
        throw new usage_error/* UsageError */.e(`${source}: ${problems.join('; ')}`);
}


/***/ }),

/***/ 4131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R8: () => (/* binding */ collectors),
  xb: () => (/* binding */ orchestratorPermissions),
  vX: () => (/* binding */ selectCollectors),
  _m: () => (/* binding */ serviceNames)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./src/scan/clients.ts + 1 modules
var clients = __webpack_require__(5233);
// EXTERNAL MODULE: ./src/scan/normalize.ts
var normalize = __webpack_require__(378);
;// CONCATENATED MODULE: ./src/scan/collectors/metric-data.ts


const DAY_MS = 86_400_000;
/** GetMetricData takes at most 500 queries per call. */
const QUERIES_PER_CALL = 500;
function queriesFor(spec, ids) {
    return ids.flatMap((id, g) => spec.metrics.map(({ name, stat }, m) => ({
        Id: `g${g}m${m}`,
        ReturnData: true,
        MetricStat: {
            Metric: {
                Namespace: spec.namespace,
                MetricName: name,
                Dimensions: [{ Name: spec.dimension, Value: id }],
            },
            Period: 86_400,
            Stat: stat,
        },
    })));
}
/**
 * The daily datapoints of each metric of each resource (one list per metric, in the spec's order),
 * read with one paginated GetMetricData (throws as the SDK does). A resource whose queries did not
 * all complete is left out of the map: what it did is unknown, never "nothing".
 */
async function readDailyMetrics(cloudwatch, spec, ids, { start, end }) {
    const values = new Map(ids.map((id) => [id, { series: spec.metrics.map(() => []), complete: true }]));
    const pages = (0,client_cloudwatch_dist_cjs/* paginateGetMetricData */.stM)({ client: cloudwatch }, {
        MetricDataQueries: queriesFor(spec, ids),
        StartTime: start,
        EndTime: end,
        ScanBy: 'TimestampAscending',
    });
    for await (const page of pages) {
        for (const result of page.MetricDataResults ?? []) {
            const match = /^g(\d+)m(\d+)$/.exec(result.Id ?? '');
            const entry = match ? values.get(ids[Number(match[1])] ?? '') : undefined;
            const series = match ? entry?.series[Number(match[2])] : undefined;
            if (entry === undefined || series === undefined)
                continue;
            // PartialData means more pages follow; InternalError or Forbidden leaves the resource unknown.
            if (result.StatusCode !== 'Complete' && result.StatusCode !== 'PartialData')
                entry.complete = false;
            for (const [i, value] of (result.Values ?? []).entries()) {
                const at = result.Timestamps?.[i];
                series.push({ day: at ? Math.floor(at.getTime() / DAY_MS) : null, value });
            }
        }
    }
    const read = new Map();
    for (const [id, entry] of values)
        if (entry.complete)
            read.set(id, entry.series);
    return read;
}
/** The `days` whole days before today (UTC midnights), so that daily periods are calendar days. */
function dailyWindow(now, days) {
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    return { start: new Date(today - days * DAY_MS), end: new Date(today) };
}
/** Splits the resources into batches whose queries fit one GetMetricData call. */
function metricBatches(ids, spec) {
    return (0,normalize/* batchesOf */.cS)(ids, Math.floor(QUERIES_PER_CALL / spec.metrics.length));
}
/** The distinct days with a datapoint, over every series. */
function daysWithData(series) {
    return new Set(series.flat().flatMap((p) => (p.day === null ? [] : [p.day]))).size;
}

;// CONCATENATED MODULE: ./src/scan/collectors/instance-activity.ts

/** As for NAT gateways: two weeks show weekly jobs, and Trusted Advisor's idle check looks at 14 days. */
const INSTANCE_ACTIVITY_WINDOW_DAYS = 14;
/** Basic monitoring: free, on by default, every 5 minutes; the same for every instance type. */
const INSTANCE_METRICS = {
    namespace: 'AWS/EC2',
    dimension: 'InstanceId',
    metrics: [
        { name: 'CPUUtilization', stat: 'Average' },
        { name: 'NetworkIn', stat: 'Sum' },
        { name: 'NetworkOut', stat: 'Sum' },
    ],
};
const finite = (points) => (points ?? []).filter((p) => Number.isFinite(p.value));
function summary(series) {
    const [cpu, ...network] = series;
    const cpuValues = finite(cpu).map((p) => p.value);
    const perDay = new Map();
    for (const p of network.flatMap(finite))
        perDay.set(p.day, (perDay.get(p.day) ?? 0) + p.value);
    const daily = [...perDay.values()];
    return {
        windowDays: INSTANCE_ACTIVITY_WINDOW_DAYS,
        daysWithData: daysWithData(series),
        maxDailyCpuPercent: cpuValues.length > 0 ? Math.max(...cpuValues) : null,
        maxDailyNetworkBytes: Math.round(Math.max(0, ...daily)),
        networkBytes: Math.round(daily.reduce((sum, bytes) => sum + bytes, 0)),
    };
}
/**
 * Each instance's daily CPU average and network bytes over the window, three queries per
 * instance in one GetMetricData call (throws as the SDK does). An instance whose queries did not
 * all complete is left out: its activity is unknown.
 */
async function readInstanceActivity(cloudwatch, instanceIds, window) {
    const read = await readDailyMetrics(cloudwatch, INSTANCE_METRICS, instanceIds, window);
    return new Map([...read].map(([id, series]) => [id, summary(series)]));
}
const activityWindow = (now) => dailyWindow(now, INSTANCE_ACTIVITY_WINDOW_DAYS);
/** 166 instances (three queries each) per call. */
const activityBatches = (instanceIds) => metricBatches(instanceIds, INSTANCE_METRICS);

;// CONCATENATED MODULE: ./src/scan/collectors/nat-traffic.ts

/** How far back a NAT gateway's traffic is read: long enough to see weekly jobs. */
const NAT_TRAFFIC_WINDOW_DAYS = 14;
/** The bytes a NAT gateway processes (and bills per GB) arrive from either side. */
const NAT_TRAFFIC = {
    namespace: 'AWS/NATGateway',
    dimension: 'NatGatewayId',
    metrics: [
        { name: 'BytesInFromSource', stat: 'Sum' },
        { name: 'BytesInFromDestination', stat: 'Sum' },
    ],
};
/**
 * Daily sums of the traffic metrics of each gateway, read with GetMetricData (throws as the SDK
 * does). A gateway whose queries did not all complete is left out of the map: its traffic is unknown.
 */
async function readNatTraffic(cloudwatch, gatewayIds, window) {
    const read = await readDailyMetrics(cloudwatch, NAT_TRAFFIC, gatewayIds, window);
    const traffic = new Map();
    for (const [gatewayId, series] of read) {
        const bytes = series.flat().reduce((sum, p) => (Number.isFinite(p.value) ? sum + p.value : sum), 0);
        traffic.set(gatewayId, {
            windowDays: NAT_TRAFFIC_WINDOW_DAYS,
            daysWithData: daysWithData(series),
            bytesProcessed: Math.round(bytes),
        });
    }
    return traffic;
}
/** The last whole days before today (UTC midnights), so that daily periods are calendar days. */
const trafficWindow = (now) => dailyWindow(now, NAT_TRAFFIC_WINDOW_DAYS);
/** Splits the gateways into GetMetricData-sized batches (250: two queries each). */
const trafficBatches = (gatewayIds) => metricBatches(gatewayIds, NAT_TRAFFIC);

;// CONCATENATED MODULE: ./src/scan/collectors/ec2-common.ts
/** What the EC2 collector calls, with the IAM action each needs (shared by its parts). */
const permissions = {
    DescribeInstances: 'ec2:DescribeInstances',
    DescribeVolumes: 'ec2:DescribeVolumes',
    DescribeSnapshots: 'ec2:DescribeSnapshots',
    DescribeSnapshotAttribute: 'ec2:DescribeSnapshotAttribute',
    DescribeAddresses: 'ec2:DescribeAddresses',
    DescribeImages: 'ec2:DescribeImages',
    DescribeNatGateways: 'ec2:DescribeNatGateways',
    DescribeSecurityGroups: 'ec2:DescribeSecurityGroups',
    DescribeNetworkInterfaces: 'ec2:DescribeNetworkInterfaces',
    DescribeFlowLogs: 'ec2:DescribeFlowLogs',
    DescribeVpcs: 'ec2:DescribeVpcs',
    DescribeSubnets: 'ec2:DescribeSubnets',
    DescribeRouteTables: 'ec2:DescribeRouteTables',
    DescribeNetworkAcls: 'ec2:DescribeNetworkAcls',
    DescribeTransitGateways: 'ec2:DescribeTransitGateways',
    DescribeLaunchTemplateVersions: 'ec2:DescribeLaunchTemplateVersions',
    GetEbsEncryptionByDefault: 'ec2:GetEbsEncryptionByDefault',
    GetSnapshotBlockPublicAccessState: 'ec2:GetSnapshotBlockPublicAccessState',
    DescribeVpcBlockPublicAccessOptions: 'ec2:DescribeVpcBlockPublicAccessOptions',
    // NAT gateways' traffic and running instances' CPU and network, so that idle can be told from busy.
    GetMetricData: 'cloudwatch:GetMetricData',
};
const PAGE = { pageSize: 1000 };
function arn(ctx, resource, account = ctx.account) {
    return `arn:${ctx.partition}:ec2:${ctx.region}:${account}:${resource}`;
}

;// CONCATENATED MODULE: ./src/scan/collectors/ec2-launch-templates.ts
/**
 * The EC2 collector's launch templates, as their default versions set them: one
 * DescribeLaunchTemplateVersions per region (Versions=$Default covers every template).
 */



async function collectLaunchTemplates(ctx, ec2) {
    const versions = await ctx.list('DescribeLaunchTemplateVersions', 'ec2:launch-template', 
    // $Default: the version a launch uses when it names none (what FSBP's launch template controls judge).
    // Without a template id, DescribeLaunchTemplateVersions takes at most 200 per page.
    (0,dist_cjs.paginateDescribeLaunchTemplateVersions)({ client: ec2, pageSize: 200 }, { Versions: ['$Default'] }), (page) => page.LaunchTemplateVersions);
    for (const version of versions) {
        if (!version.LaunchTemplateId)
            continue;
        const data = version.LaunchTemplateData ?? {};
        ctx.emit((0,normalize/* makeResource */.To)('ec2:launch-template', {
            arn: arn(ctx, `launch-template/${version.LaunchTemplateId}`),
            id: version.LaunchTemplateId,
            name: (0,normalize/* text */.Qq)(version.LaunchTemplateName),
            account: ctx.account,
            region: ctx.scopeRegion,
            // Its tags come from DescribeLaunchTemplates, a call the scan does not make (not in TAGGED_TYPES).
        }, {
            defaultVersion: version.VersionNumber ?? null,
            networkInterfaces: (data.NetworkInterfaces ?? []).map((eni) => ({
                deviceIndex: eni.DeviceIndex ?? null,
                associatePublicIpAddress: eni.AssociatePublicIpAddress ?? null,
                networkInterfaceId: (0,normalize/* text */.Qq)(eni.NetworkInterfaceId),
            })),
            imds: {
                httpTokens: (0,normalize/* text */.Qq)(data.MetadataOptions?.HttpTokens),
                httpEndpoint: (0,normalize/* text */.Qq)(data.MetadataOptions?.HttpEndpoint),
            },
            ebsVolumes: (data.BlockDeviceMappings ?? [])
                .filter((mapping) => mapping.Ebs)
                .map((mapping) => ({
                deviceName: (0,normalize/* text */.Qq)(mapping.DeviceName),
                encrypted: mapping.Ebs?.Encrypted ?? null,
                snapshotId: (0,normalize/* text */.Qq)(mapping.Ebs?.SnapshotId),
            })),
        }));
    }
}

;// CONCATENATED MODULE: ./src/scan/collectors/ec2-network.ts



/** A NAT gateway's network interfaces: security groups never filter its traffic. */
const natInterfaceIds = (gateway) => (0,normalize/* sortedStrings */.MA)((gateway.NatGatewayAddresses ?? []).map((a) => a.NetworkInterfaceId));
function normalizeIngress(permission) {
    return {
        protocol: permission.IpProtocol ?? '-1',
        fromPort: permission.FromPort ?? null,
        toPort: permission.ToPort ?? null,
        ipv4Ranges: (0,normalize/* sortedStrings */.MA)((permission.IpRanges ?? []).map((r) => r.CidrIp)),
        ipv6Ranges: (0,normalize/* sortedStrings */.MA)((permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6)),
        prefixListIds: (0,normalize/* sortedStrings */.MA)((permission.PrefixListIds ?? []).map((p) => p.PrefixListId)),
        referencedGroupIds: (0,normalize/* sortedStrings */.MA)((permission.UserIdGroupPairs ?? []).map((p) => p.GroupId)),
    };
}
/**
 * Listed once, as the network interfaces themselves and for the security group and VPC parts;
 * undefined when the listing failed (or stopped part way).
 */
async function listNetworkInterfaces(ctx, ec2) {
    let complete = false;
    async function* pages() {
        yield* (0,dist_cjs.paginateDescribeNetworkInterfaces)({ client: ec2, ...PAGE }, {});
        complete = true;
    }
    const interfaces = await ctx.step(['ec2:network-interface'], () => ctx.list('DescribeNetworkInterfaces', 'ec2:network-interface', pages(), (page) => page.NetworkInterfaces));
    return complete ? interfaces : undefined;
}
async function collectNetworkInterfaces(ctx, networkInterfaces) {
    for (const eni of (await networkInterfaces) ?? []) {
        if (!eni.NetworkInterfaceId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(eni.TagSet);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:network-interface', {
            arn: arn(ctx, `network-interface/${eni.NetworkInterfaceId}`, eni.OwnerId ?? ctx.account),
            id: eni.NetworkInterfaceId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(eni.Status),
        }, {
            interfaceType: (0,normalize/* text */.Qq)(eni.InterfaceType),
            // AWS leaves it out only where it does not apply; on by default.
            sourceDestCheck: eni.SourceDestCheck ?? true,
            requesterManaged: eni.RequesterManaged ?? false,
            vpcId: (0,normalize/* text */.Qq)(eni.VpcId),
            subnetId: (0,normalize/* text */.Qq)(eni.SubnetId),
            instanceId: (0,normalize/* text */.Qq)(eni.Attachment?.InstanceId),
            description: (0,normalize/* text */.Qq)(eni.Description),
        }));
    }
}
async function collectSecurityGroups(ctx, ec2, networkInterfaces, natGateways) {
    const [groups, interfaces, nats] = await Promise.all([
        ctx.branch(() => ctx.list('DescribeSecurityGroups', 'ec2:security-group', (0,dist_cjs.paginateDescribeSecurityGroups)({ client: ec2, ...PAGE }, {}), (page) => page.SecurityGroups)),
        networkInterfaces,
        natGateways,
    ]);
    // Security groups do not filter a NAT gateway's traffic: AWS lists no group on its interface,
    // but moto lists the default one, which would make that group look used.
    const natInterfaces = new Set(nats.flatMap(natInterfaceIds));
    const interfacesByGroup = new Map();
    for (const eni of interfaces ?? []) {
        if (natInterfaces.has(eni.NetworkInterfaceId ?? ''))
            continue;
        for (const group of eni.Groups ?? []) {
            if (!group.GroupId || !eni.NetworkInterfaceId)
                continue;
            const list = interfacesByGroup.get(group.GroupId) ?? [];
            list.push(eni.NetworkInterfaceId);
            interfacesByGroup.set(group.GroupId, list);
        }
    }
    for (const group of groups) {
        if (!group.GroupId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(group.Tags);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:security-group', {
            arn: arn(ctx, `security-group/${group.GroupId}`, group.OwnerId ?? ctx.account),
            id: group.GroupId,
            name: group.GroupName ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
        }, {
            groupName: group.GroupName ?? '',
            description: (0,normalize/* text */.Qq)(group.Description),
            vpcId: (0,normalize/* text */.Qq)(group.VpcId),
            isDefault: group.GroupName === 'default',
            ingress: (group.IpPermissions ?? []).map(normalizeIngress),
            egressRuleCount: (group.IpPermissionsEgress ?? []).length,
            networkInterfaceIds: (0,normalize/* sortedStrings */.MA)(interfacesByGroup.get(group.GroupId) ?? []),
        }, interfaces === undefined ? ['networkInterfaceIds'] : []));
    }
}
/** Flow logs that publish a VPC's traffic: active ones whose resource is the VPC itself. */
function flowLogsByVpc(flowLogs) {
    const byVpc = new Map();
    for (const log of flowLogs) {
        if (!log.ResourceId?.startsWith('vpc-') || !log.FlowLogId)
            continue;
        if (log.FlowLogStatus && log.FlowLogStatus !== 'ACTIVE')
            continue;
        const list = byVpc.get(log.ResourceId) ?? [];
        list.push({
            id: log.FlowLogId,
            trafficType: (0,normalize/* text */.Qq)(log.TrafficType),
            destinationType: (0,normalize/* text */.Qq)(log.LogDestinationType),
        });
        byVpc.set(log.ResourceId, list);
    }
    return byVpc;
}
const OPEN_DESTINATIONS = new Set(['0.0.0.0/0', '::/0']);
/** A table with an active default route (IPv4 or IPv6) to an internet gateway. */
const routesToInternetGateway = (table) => (table.Routes ?? []).some((route) => route.GatewayId?.startsWith('igw-') === true &&
    route.State !== 'blackhole' &&
    (OPEN_DESTINATIONS.has(route.DestinationCidrBlock ?? '') ||
        OPEN_DESTINATIONS.has(route.DestinationIpv6CidrBlock ?? '')));
/**
 * Whether each subnet's traffic to the internet goes through an internet gateway: the table
 * associated with the subnet, else its VPC's main table. Undefined for a subnet no table covers.
 */
function internetGatewayRoutes(tables) {
    const bySubnet = new Map();
    const mainByVpc = new Map();
    for (const table of tables) {
        const routes = routesToInternetGateway(table);
        for (const association of table.Associations ?? []) {
            if (association.SubnetId)
                bySubnet.set(association.SubnetId, routes);
            if (association.Main && table.VpcId)
                mainByVpc.set(table.VpcId, routes);
        }
    }
    return (subnetId, vpcId) => bySubnet.get(subnetId) ?? mainByVpc.get(vpcId);
}
async function collectNetworks(ctx, ec2, networkInterfaces) {
    const [vpcs, subnets, flowLogs, interfaces, routeTables] = await Promise.all([
        ctx.branch(() => ctx.list('DescribeVpcs', 'ec2:vpc', (0,dist_cjs.paginateDescribeVpcs)({ client: ec2, ...PAGE }, {}), (p) => p.Vpcs)),
        ctx.branch(() => ctx.list('DescribeSubnets', 'ec2:subnet', (0,dist_cjs.paginateDescribeSubnets)({ client: ec2, ...PAGE }, {}), (p) => p.Subnets)),
        // Flow logs are an attribute of VPCs only: their failure leaves subnets complete.
        ctx.step(['ec2:vpc'], () => ctx.read('DescribeFlowLogs', async () => {
            const all = [];
            for await (const page of (0,dist_cjs.paginateDescribeFlowLogs)({ client: ec2, ...PAGE }, {})) {
                all.push(...(page.FlowLogs ?? []));
            }
            return all;
        })),
        networkInterfaces,
        // Route tables are an attribute of subnets only: their failure leaves VPCs complete.
        ctx.step(['ec2:subnet'], () => ctx.read('DescribeRouteTables', async () => {
            const all = [];
            // DescribeRouteTables takes at most 100 per page.
            for await (const page of (0,dist_cjs.paginateDescribeRouteTables)({ client: ec2, pageSize: 100 }, {})) {
                all.push(...(page.RouteTables ?? []));
            }
            return all;
        })),
    ]);
    const igwRoute = routeTables ? internetGatewayRoutes(routeTables) : undefined;
    const logsByVpc = flowLogs ? flowLogsByVpc(flowLogs) : undefined;
    const interfaceCount = new Map();
    for (const eni of interfaces ?? []) {
        if (eni.VpcId)
            interfaceCount.set(eni.VpcId, (interfaceCount.get(eni.VpcId) ?? 0) + 1);
    }
    for (const vpc of vpcs) {
        if (!vpc.VpcId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(vpc.Tags);
        const unknown = [
            ...(logsByVpc === undefined ? ['flowLogs'] : []),
            ...(interfaces === undefined ? ['networkInterfaceCount'] : []),
        ];
        ctx.emit((0,normalize/* makeResource */.To)('ec2:vpc', {
            arn: arn(ctx, `vpc/${vpc.VpcId}`, vpc.OwnerId ?? ctx.account),
            id: vpc.VpcId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(vpc.State),
        }, {
            cidrBlock: (0,normalize/* text */.Qq)(vpc.CidrBlock),
            isDefault: vpc.IsDefault ?? false,
            ownerId: (0,normalize/* text */.Qq)(vpc.OwnerId),
            flowLogs: logsByVpc?.get(vpc.VpcId) ?? [],
            networkInterfaceCount: interfaceCount.get(vpc.VpcId) ?? 0,
        }, unknown));
    }
    for (const subnet of subnets) {
        if (!subnet.SubnetId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(subnet.Tags);
        const internetGatewayRoute = igwRoute?.(subnet.SubnetId, subnet.VpcId ?? '');
        ctx.emit((0,normalize/* makeResource */.To)('ec2:subnet', {
            arn: subnet.SubnetArn ?? arn(ctx, `subnet/${subnet.SubnetId}`),
            id: subnet.SubnetId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(subnet.State),
        }, {
            vpcId: (0,normalize/* text */.Qq)(subnet.VpcId),
            cidrBlock: (0,normalize/* text */.Qq)(subnet.CidrBlock),
            availabilityZone: (0,normalize/* text */.Qq)(subnet.AvailabilityZone),
            mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch ?? false,
            defaultForAz: subnet.DefaultForAz ?? false,
            internetGatewayRoute: internetGatewayRoute ?? null,
        }, internetGatewayRoute === undefined ? ['internetGatewayRoute'] : []));
    }
}
/** The catch-all entry (`*`) every network ACL ends with: it denies what no numbered entry matched. */
const CATCH_ALL_RULE = 32767;
function normalizeAclEntry(entry) {
    return {
        ruleNumber: entry.RuleNumber ?? CATCH_ALL_RULE,
        protocol: entry.Protocol ?? '-1',
        ruleAction: entry.RuleAction ?? 'deny',
        cidrBlock: (0,normalize/* text */.Qq)(entry.CidrBlock),
        ipv6CidrBlock: (0,normalize/* text */.Qq)(entry.Ipv6CidrBlock),
        fromPort: entry.PortRange?.From ?? null,
        toPort: entry.PortRange?.To ?? null,
    };
}
async function collectNetworkAcls(ctx, ec2) {
    const acls = await ctx.list('DescribeNetworkAcls', 'ec2:network-acl', (0,dist_cjs.paginateDescribeNetworkAcls)({ client: ec2, ...PAGE }, {}), (page) => page.NetworkAcls);
    for (const acl of acls) {
        if (!acl.NetworkAclId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(acl.Tags);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:network-acl', {
            arn: arn(ctx, `network-acl/${acl.NetworkAclId}`, acl.OwnerId ?? ctx.account),
            id: acl.NetworkAclId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
        }, {
            vpcId: (0,normalize/* text */.Qq)(acl.VpcId),
            isDefault: acl.IsDefault ?? false,
            subnetIds: (0,normalize/* sortedStrings */.MA)((acl.Associations ?? []).map((a) => a.SubnetId)),
            ingress: (acl.Entries ?? [])
                .filter((e) => e.Egress === false && e.RuleNumber !== CATCH_ALL_RULE)
                .map(normalizeAclEntry)
                .sort((a, b) => a.ruleNumber - b.ruleNumber),
        }));
    }
}
async function collectTransitGateways(ctx, ec2) {
    const gateways = await ctx.list('DescribeTransitGateways', 'ec2:transit-gateway', (0,dist_cjs.paginateDescribeTransitGateways)({ client: ec2, ...PAGE }, {}), (page) => page.TransitGateways);
    for (const gateway of gateways) {
        if (!gateway.TransitGatewayId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(gateway.Tags);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:transit-gateway', {
            arn: gateway.TransitGatewayArn ??
                arn(ctx, `transit-gateway/${gateway.TransitGatewayId}`, gateway.OwnerId ?? ctx.account),
            id: gateway.TransitGatewayId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(gateway.State),
            createdAt: (0,normalize/* isoDate */._$)(gateway.CreationTime),
        }, {
            ownerId: (0,normalize/* text */.Qq)(gateway.OwnerId),
            autoAcceptSharedAttachments: gateway.Options?.AutoAcceptSharedAttachments === 'enable',
        }));
    }
}

;// CONCATENATED MODULE: ./src/scan/collectors/ec2.ts









/** "User initiated (2024-05-01 10:00:00 GMT)" -> the time the instance entered its state. */
function parseStateTransitionTime(reason) {
    const match = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (?:GMT|UTC)\)/.exec(reason ?? '');
    return match ? (0,normalize/* isoDate */._$)(`${match[1]}T${match[2]}Z`) : null;
}
async function collectInstances(ctx, ec2) {
    const reservations = await ctx.list('DescribeInstances', 'ec2:instance', (0,dist_cjs.paginateDescribeInstances)({ client: ec2, ...PAGE }, {}), (page) => page.Reservations);
    const instances = reservations.flatMap((r) => r.Instances ?? []);
    const running = instances.filter((i) => i.InstanceId && i.State?.Name === 'running');
    const window = activityWindow(new Date());
    const activity = new Map();
    // As for NAT gateways: batched, and no CloudWatch client unless an instance is running.
    await ctx.each(activityBatches(running.map((i) => i.InstanceId ?? '')), async (batch) => {
        const read = await ctx.read('GetMetricData', () => readInstanceActivity(ctx.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn), batch, window));
        for (const id of batch)
            activity.set(id, read?.get(id));
    });
    for (const instance of instances) {
        if (!instance.InstanceId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(instance.Tags);
        const activityRead = activity.get(instance.InstanceId);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:instance', {
            arn: arn(ctx, `instance/${instance.InstanceId}`),
            id: instance.InstanceId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(instance.State?.Name),
            createdAt: (0,normalize/* isoDate */._$)(instance.LaunchTime),
        }, {
            instanceType: instance.InstanceType ?? 'unknown',
            launchTime: (0,normalize/* isoDate */._$)(instance.LaunchTime),
            stateTransitionTime: parseStateTransitionTime(instance.StateTransitionReason),
            stateTransitionReason: (0,normalize/* text */.Qq)(instance.StateTransitionReason),
            publicIp: (0,normalize/* text */.Qq)(instance.PublicIpAddress),
            privateIp: (0,normalize/* text */.Qq)(instance.PrivateIpAddress),
            imds: {
                httpTokens: (0,normalize/* text */.Qq)(instance.MetadataOptions?.HttpTokens),
                httpEndpoint: (0,normalize/* text */.Qq)(instance.MetadataOptions?.HttpEndpoint),
                hopLimit: instance.MetadataOptions?.HttpPutResponseHopLimit ?? null,
            },
            securityGroupIds: (0,normalize/* sortedStrings */.MA)((instance.SecurityGroups ?? []).map((g) => g.GroupId)),
            vpcId: (0,normalize/* text */.Qq)(instance.VpcId),
            subnetId: (0,normalize/* text */.Qq)(instance.SubnetId),
            volumeIds: (0,normalize/* sortedStrings */.MA)((instance.BlockDeviceMappings ?? []).map((m) => m.Ebs?.VolumeId)),
            iamInstanceProfileArn: (0,normalize/* text */.Qq)(instance.IamInstanceProfile?.Arn),
            platform: (0,normalize/* text */.Qq)(instance.PlatformDetails ?? instance.Platform),
            lifecycle: (0,normalize/* text */.Qq)(instance.InstanceLifecycle) ?? 'on-demand',
            rootDeviceType: (0,normalize/* text */.Qq)(instance.RootDeviceType),
            activity: activityRead ?? null,
            networkInterfaceCount: (instance.NetworkInterfaces ?? []).length,
            virtualizationType: (0,normalize/* text */.Qq)(instance.VirtualizationType),
            // Not read: DescribeInstanceAttribute(userData) is one call per instance, not made by default.
            userDataSecrets: null,
        }, activity.has(instance.InstanceId) && activityRead === undefined ? ['activity'] : []));
    }
}
async function collectVolumes(ctx, ec2) {
    const volumes = await ctx.list('DescribeVolumes', 'ec2:volume', (0,dist_cjs.paginateDescribeVolumes)({ client: ec2, ...PAGE }, {}), (page) => page.Volumes);
    for (const volume of volumes) {
        if (!volume.VolumeId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(volume.Tags);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:volume', {
            arn: arn(ctx, `volume/${volume.VolumeId}`),
            id: volume.VolumeId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(volume.State),
            createdAt: (0,normalize/* isoDate */._$)(volume.CreateTime),
        }, {
            sizeGiB: volume.Size ?? 0,
            volumeType: volume.VolumeType ?? 'unknown',
            iops: volume.Iops ?? null,
            throughput: volume.Throughput ?? null,
            encrypted: volume.Encrypted ?? false,
            kmsKeyId: (0,normalize/* text */.Qq)(volume.KmsKeyId),
            availabilityZone: (0,normalize/* text */.Qq)(volume.AvailabilityZone),
            snapshotId: (0,normalize/* text */.Qq)(volume.SnapshotId),
            attachments: (volume.Attachments ?? [])
                .filter((a) => a.InstanceId)
                .map((a) => ({ instanceId: a.InstanceId ?? '', device: (0,normalize/* text */.Qq)(a.Device), state: (0,normalize/* text */.Qq)(a.State) }))
                .sort((a, b) => a.instanceId.localeCompare(b.instanceId)),
        }));
    }
}
/**
 * Each listed candidate's createVolumePermission, read to confirm it holds the group `all`: AWS lists
 * only public snapshots there, but an emulator may list them all. Null where the read failed.
 */
async function confirmPublic(ctx, ec2, candidates) {
    const found = new Map();
    await ctx.each(candidates ?? [], async (SnapshotId) => {
        const answer = await ctx.read('DescribeSnapshotAttribute', () => ec2.send(new dist_cjs.DescribeSnapshotAttributeCommand({ SnapshotId, Attribute: 'createVolumePermission' })), { resourceId: SnapshotId });
        found.set(SnapshotId, answer ? (answer.CreateVolumePermissions ?? []).some((p) => p.Group === 'all') : null);
    });
    return found;
}
async function collectSnapshots(ctx, ec2) {
    const [snapshots, restorableByAll] = await Promise.all([
        ctx.branch(() => ctx.list('DescribeSnapshots', 'ec2:snapshot', (0,dist_cjs.paginateDescribeSnapshots)({ client: ec2, ...PAGE }, { OwnerIds: ['self'] }), (page) => page.Snapshots)),
        // Public snapshots in one listing per region instead of one attribute read per snapshot.
        ctx.branch(() => ctx.read('DescribeSnapshots', async () => {
            const ids = [];
            const pages = (0,dist_cjs.paginateDescribeSnapshots)({ client: ec2, ...PAGE }, { OwnerIds: ['self'], RestorableByUserIds: ['all'] });
            for await (const page of pages)
                for (const s of page.Snapshots ?? [])
                    if (s.SnapshotId)
                        ids.push(s.SnapshotId);
            return ids;
        })),
    ]);
    const publicIds = await confirmPublic(ctx, ec2, restorableByAll);
    // Unknown when the listing failed, or the candidate's own permission could not be read.
    const publicOf = (id) => restorableByAll ? (publicIds.has(id) ? (publicIds.get(id) ?? null) : false) : null;
    for (const snapshot of snapshots) {
        if (!snapshot.SnapshotId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(snapshot.Tags);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:snapshot', {
            // Snapshot ARNs carry no account id.
            arn: arn(ctx, `snapshot/${snapshot.SnapshotId}`, ''),
            id: snapshot.SnapshotId,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(snapshot.State),
            createdAt: (0,normalize/* isoDate */._$)(snapshot.StartTime),
        }, {
            sizeGiB: snapshot.VolumeSize ?? 0,
            volumeId: (0,normalize/* text */.Qq)(snapshot.VolumeId),
            encrypted: snapshot.Encrypted ?? false,
            description: (0,normalize/* text */.Qq)(snapshot.Description),
            startTime: (0,normalize/* isoDate */._$)(snapshot.StartTime),
            public: publicOf(snapshot.SnapshotId) ?? false,
        }, publicOf(snapshot.SnapshotId) === null ? ['public'] : []));
    }
}
async function collectImages(ctx, ec2) {
    const images = await ctx.list('DescribeImages', 'ec2:image', (0,dist_cjs.paginateDescribeImages)({ client: ec2, ...PAGE }, { Owners: ['self'] }), (page) => page.Images);
    for (const image of images) {
        if (!image.ImageId)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(image.Tags);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:image', {
            arn: `arn:${ctx.partition}:ec2:${ctx.region}::image/${image.ImageId}`,
            id: image.ImageId,
            name: (0,normalize/* text */.Qq)(image.Name) ?? tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(image.State),
            createdAt: (0,normalize/* isoDate */._$)(image.CreationDate),
        }, { public: image.Public ?? false, description: (0,normalize/* text */.Qq)(image.Description) }));
    }
}
async function collectAddresses(ctx, ec2) {
    const addresses = await ctx.list('DescribeAddresses', 'ec2:elastic-ip', () => ec2.send(new dist_cjs.DescribeAddressesCommand({})), (page) => page.Addresses);
    for (const address of addresses) {
        const id = (0,normalize/* text */.Qq)(address.AllocationId) ?? (0,normalize/* text */.Qq)(address.PublicIp);
        if (!id || !address.PublicIp)
            continue;
        const tags = (0,normalize/* tagMap */.lD)(address.Tags);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:elastic-ip', {
            arn: arn(ctx, `elastic-ip/${id}`),
            id,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(address.AssociationId) ? 'associated' : 'unassociated',
        }, {
            publicIp: address.PublicIp,
            allocationId: (0,normalize/* text */.Qq)(address.AllocationId),
            associationId: (0,normalize/* text */.Qq)(address.AssociationId),
            instanceId: (0,normalize/* text */.Qq)(address.InstanceId),
            networkInterfaceId: (0,normalize/* text */.Qq)(address.NetworkInterfaceId),
            domain: (0,normalize/* text */.Qq)(address.Domain),
        }));
    }
}
/** Listed once: the NAT gateway part and the security group part both need them. */
async function listNatGateways(ctx, ec2) {
    const gateways = await ctx.step(['ec2:nat-gateway'], () => ctx.list('DescribeNatGateways', 'ec2:nat-gateway', (0,dist_cjs.paginateDescribeNatGateways)({ client: ec2, pageSize: 1000 }, {}), (page) => page.NatGateways));
    return gateways ?? [];
}
async function collectNatGateways(ctx, listed) {
    const gateways = (await listed).filter((g) => g.NatGatewayId);
    const available = gateways.filter((g) => g.State === 'available').map((g) => g.NatGatewayId ?? '');
    const window = trafficWindow(new Date());
    const traffic = new Map();
    // The CloudWatch client is made only where a gateway needs it (batches are empty otherwise).
    await ctx.each(trafficBatches(available), async (batch) => {
        const read = await ctx.read('GetMetricData', () => readNatTraffic(ctx.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn), batch, window));
        for (const id of batch)
            traffic.set(id, read?.get(id));
    });
    for (const gateway of gateways) {
        const id = gateway.NatGatewayId ?? '';
        const tags = (0,normalize/* tagMap */.lD)(gateway.Tags);
        const trafficRead = traffic.get(id);
        ctx.emit((0,normalize/* makeResource */.To)('ec2:nat-gateway', {
            arn: arn(ctx, `natgateway/${id}`),
            id,
            name: tags.Name ?? null,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags,
            state: (0,normalize/* text */.Qq)(gateway.State),
            createdAt: (0,normalize/* isoDate */._$)(gateway.CreateTime),
        }, {
            vpcId: (0,normalize/* text */.Qq)(gateway.VpcId),
            subnetId: (0,normalize/* text */.Qq)(gateway.SubnetId),
            connectivityType: (0,normalize/* text */.Qq)(gateway.ConnectivityType),
            publicIps: (0,normalize/* sortedStrings */.MA)((gateway.NatGatewayAddresses ?? []).map((a) => a.PublicIp)),
            networkInterfaceIds: natInterfaceIds(gateway),
            traffic: trafficRead ?? null,
        }, traffic.has(id) && trafficRead === undefined ? ['traffic'] : []));
    }
}
/** AWS's answer where a region does not offer a setting: not read, and not an error of the scan. */
const SETTING_NOT_OFFERED = ['InvalidAction', 'UnsupportedOperation'];
async function readSetting(ctx, operation, call) {
    if ((0,clients/* customEndpointConfigured */.tf)('EC2'))
        return null;
    return ctx.read(operation, call, { absentWhen: SETTING_NOT_OFFERED });
}
async function collectRegionSettings(ctx, ec2) {
    const [[encryption], snapshots, vpcs] = await Promise.all([
        // One answer is the whole resource: without it there is nothing to record, so it is read as a listing.
        ctx.branch(() => ctx.list('GetEbsEncryptionByDefault', 'ec2:region-settings', () => ec2.send(new dist_cjs.GetEbsEncryptionByDefaultCommand({})), (answer) => [answer])),
        ctx.branch(() => readSetting(ctx, 'GetSnapshotBlockPublicAccessState', () => ec2.send(new dist_cjs.GetSnapshotBlockPublicAccessStateCommand({})))),
        ctx.branch(() => readSetting(ctx, 'DescribeVpcBlockPublicAccessOptions', () => ec2.send(new dist_cjs.DescribeVpcBlockPublicAccessOptionsCommand({})))),
    ]);
    if (!encryption)
        return;
    const snapshotBlock = (0,normalize/* text */.Qq)(snapshots?.State);
    const vpcBlock = (0,normalize/* text */.Qq)(vpcs?.VpcBlockPublicAccessOptions?.InternetGatewayBlockMode);
    const unknown = [
        ...(snapshotBlock === null ? ['snapshotBlockPublicAccess'] : []),
        ...(vpcBlock === null ? ['vpcBlockPublicAccess'] : []),
    ];
    ctx.emit((0,normalize/* makeResource */.To)('ec2:region-settings', {
        arn: arn(ctx, 'region-settings'),
        id: `${ctx.account}/${ctx.region}`,
        name: ctx.region,
        account: ctx.account,
        region: ctx.scopeRegion,
    }, {
        ebsEncryptionByDefault: encryption.EbsEncryptionByDefault ?? false,
        snapshotBlockPublicAccess: snapshotBlock,
        vpcBlockPublicAccess: vpcBlock,
    }, unknown));
}
const ec2Collector = {
    service: 'ec2',
    scope: 'regional',
    permissions: permissions,
    resourceTypes: [
        'ec2:instance',
        'ec2:volume',
        'ec2:snapshot',
        'ec2:image',
        'ec2:elastic-ip',
        'ec2:nat-gateway',
        'ec2:security-group',
        'ec2:vpc',
        'ec2:subnet',
        'ec2:network-interface',
        'ec2:network-acl',
        'ec2:transit-gateway',
        'ec2:launch-template',
        'ec2:region-settings',
    ],
    async collect(ctx) {
        const ec2 = ctx.client(dist_cjs.EC2Client);
        const natGateways = listNatGateways(ctx, ec2);
        const networkInterfaces = listNetworkInterfaces(ctx, ec2);
        await Promise.all([
            ctx.step(['ec2:instance'], () => collectInstances(ctx, ec2)),
            ctx.step(['ec2:volume'], () => collectVolumes(ctx, ec2)),
            ctx.step(['ec2:snapshot'], () => collectSnapshots(ctx, ec2)),
            ctx.step(['ec2:image'], () => collectImages(ctx, ec2)),
            ctx.step(['ec2:elastic-ip'], () => collectAddresses(ctx, ec2)),
            ctx.step(['ec2:nat-gateway'], () => collectNatGateways(ctx, natGateways)),
            ctx.step(['ec2:security-group'], () => collectSecurityGroups(ctx, ec2, networkInterfaces, natGateways)),
            ctx.step(['ec2:vpc', 'ec2:subnet'], () => collectNetworks(ctx, ec2, networkInterfaces)),
            ctx.step(['ec2:network-interface'], () => collectNetworkInterfaces(ctx, networkInterfaces)),
            ctx.step(['ec2:network-acl'], () => collectNetworkAcls(ctx, ec2)),
            ctx.step(['ec2:transit-gateway'], () => collectTransitGateways(ctx, ec2)),
            ctx.step(['ec2:launch-template'], () => collectLaunchTemplates(ctx, ec2)),
            ctx.step(['ec2:region-settings'], () => collectRegionSettings(ctx, ec2)),
        ]);
    },
};

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/scan/credential-report.ts

const ROOT_USER = '<root_account>';
/** Parses a CSV line of the credential report (fields are never quoted by AWS, but be safe). */
function splitCsvLine(line) {
    const fields = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
        const char = line[i];
        if (quoted) {
            if (char === '"' && line[i + 1] === '"') {
                current += '"';
                i += 1;
            }
            else if (char === '"')
                quoted = false;
            else
                current += char;
        }
        else if (char === '"')
            quoted = true;
        else if (char === ',') {
            fields.push(current);
            current = '';
        }
        else
            current += char;
    }
    fields.push(current);
    return fields;
}
/** 'N/A', 'no_information', 'not_supported' and empty mean "no date". */
function reportDate(value) {
    if (!value || !/^\d{4}-/.test(value))
        return null;
    return (0,normalize/* isoDate */._$)(value);
}
const yes = (value) => value === 'true';
const textOrNull = (value) => (value && value !== 'N/A' ? value : null);
/** Parses the report's CSV; throws with the line number when a row does not match the header. */
function parseCredentialReport(csv) {
    const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
    const header = splitCsvLine(lines[0] ?? '');
    if (!header.includes('user') || !header.includes('arn')) {
        throw new Error('the credential report has no header row with user and arn columns');
    }
    return lines.slice(1).map((line, index) => {
        const values = splitCsvLine(line);
        if (values.length !== header.length) {
            throw new Error(`credential report line ${index + 2} has ${values.length} fields, the header has ${header.length}`);
        }
        const field = (name) => values[header.indexOf(name)];
        return {
            user: field('user') ?? '',
            arn: field('arn') ?? '',
            passwordEnabled: yes(field('password_enabled')),
            passwordLastUsed: reportDate(field('password_last_used')),
            passwordLastChanged: reportDate(field('password_last_changed')),
            mfaActive: yes(field('mfa_active')),
            accessKeys: [1, 2].map((slot) => ({
                slot,
                active: yes(field(`access_key_${slot}_active`)),
                lastRotated: reportDate(field(`access_key_${slot}_last_rotated`)),
                lastUsed: reportDate(field(`access_key_${slot}_last_used_date`)),
                lastUsedService: textOrNull(field(`access_key_${slot}_last_used_service`)),
            })),
        };
    });
}

// EXTERNAL MODULE: ./src/policy/index.ts + 9 modules
var src_policy = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/scan/collectors/iam.ts






const iam_permissions = {
    GetAccountSummary: 'iam:GetAccountSummary',
    ListAccountAliases: 'iam:ListAccountAliases',
    GetAccountPasswordPolicy: 'iam:GetAccountPasswordPolicy',
    GenerateCredentialReport: 'iam:GenerateCredentialReport',
    GetCredentialReport: 'iam:GetCredentialReport',
    GetAccountAuthorizationDetails: 'iam:GetAccountAuthorizationDetails',
};
/** AWS builds the credential report in a few seconds: poll at 0.25, 0.5, 1, then every 2 s, for about 30 s. */
const REPORT_POLLS = 18;
const reportPollDelayMs = (poll) => Math.min(2_000, 250 * 2 ** poll);
function policyDocument(ctx, encoded, where) {
    if (!encoded)
        return null;
    try {
        return (0,src_policy/* parsePolicyDocument */.X)(encoded);
    }
    catch (error) {
        ctx.recordProblem('GetAccountAuthorizationDetails', 'UnreadablePolicy', (0,errors/* errorMessage */.g)(error), where);
        return null;
    }
}
const attachedArns = (list) => (0,normalize/* sortedStrings */.MA)((list ?? []).map((p) => p.PolicyArn));
function inlinePolicies(ctx, list, owner) {
    return (list ?? [])
        .filter((p) => p.PolicyName)
        .map((p) => ({ name: p.PolicyName, document: policyDocument(ctx, p.PolicyDocument, owner) }))
        .sort((a, b) => a.name.localeCompare(b.name));
}
async function credentialReport(ctx, iam) {
    for (let poll = 0; poll < REPORT_POLLS; poll += 1) {
        const generated = await ctx.read('GenerateCredentialReport', () => iam.send(new client_iam_dist_cjs/* GenerateCredentialReportCommand */.seh({})));
        if (!generated)
            return undefined;
        if (generated.State === 'COMPLETE')
            break;
        await (0,promises_.setTimeout)(reportPollDelayMs(poll));
    }
    const report = await ctx.read('GetCredentialReport', () => iam.send(new client_iam_dist_cjs/* GetCredentialReportCommand */.DBo({})));
    if (!report?.Content)
        return undefined;
    try {
        return parseCredentialReport(new TextDecoder().decode(report.Content));
    }
    catch (error) {
        ctx.recordProblem('GetCredentialReport', 'UnreadableCredentialReport', (0,errors/* errorMessage */.g)(error));
        return undefined;
    }
}
function readAccountSettings(ctx, iam) {
    return Promise.all([
        ctx.branch(() => ctx.read('GetAccountSummary', () => iam.send(new client_iam_dist_cjs/* GetAccountSummaryCommand */.zod({})))),
        ctx.branch(() => ctx.read('ListAccountAliases', () => iam.send(new client_iam_dist_cjs/* ListAccountAliasesCommand */.xcp({})))),
        ctx.branch(() => ctx.read('GetAccountPasswordPolicy', () => iam.send(new client_iam_dist_cjs/* GetAccountPasswordPolicyCommand */.sed({})), {
            absentWhen: ['NoSuchEntity', 'NoSuchEntityException'],
        })),
    ]);
}
function emitAccount(ctx, [summary, aliases, passwordPolicy], report) {
    const root = report?.find((row) => row.user === ROOT_USER);
    const policy = passwordPolicy?.PasswordPolicy;
    const unknown = [
        ...(summary === undefined ? ['summary'] : []),
        ...(aliases === undefined ? ['alias'] : []),
        ...(passwordPolicy === undefined ? ['passwordPolicy'] : []),
        ...(root === undefined ? ['root'] : []),
    ];
    ctx.emit((0,normalize/* makeResource */.To)('iam:account', {
        arn: `arn:${ctx.partition}:iam::${ctx.account}:root`,
        id: ctx.account,
        name: aliases?.AccountAliases?.[0] ?? null,
        account: ctx.account,
        region: 'global',
    }, {
        alias: aliases?.AccountAliases?.[0] ?? null,
        summary: Object.fromEntries(Object.entries(summary?.SummaryMap ?? {}).filter((entry) => typeof entry[1] === 'number')),
        passwordPolicy: policy
            ? {
                minimumLength: policy.MinimumPasswordLength ?? null,
                requireUppercase: policy.RequireUppercaseCharacters ?? false,
                requireLowercase: policy.RequireLowercaseCharacters ?? false,
                requireNumbers: policy.RequireNumbers ?? false,
                requireSymbols: policy.RequireSymbols ?? false,
                maxAgeDays: policy.MaxPasswordAge ?? null,
                reusePrevention: policy.PasswordReusePrevention ?? null,
                hardExpiry: policy.HardExpiry ?? false,
                allowUsersToChangePassword: policy.AllowUsersToChangePassword ?? false,
            }
            : null,
        root: root
            ? {
                mfaActive: root.mfaActive,
                accessKeysActive: root.accessKeys.filter((key) => key.active).length,
                passwordLastUsed: root.passwordLastUsed,
                accessKeyLastUsed: root.accessKeys
                    .map((key) => key.lastUsed)
                    .filter((d) => d !== null)
                    .sort()
                    .at(-1) ?? null,
            }
            : null,
    }, unknown));
}
function emitPrincipals(ctx, pages, report) {
    const reportByArn = new Map((report ?? []).map((row) => [row.arn, row]));
    const base = { account: ctx.account, region: 'global' };
    for (const user of pages.flatMap((p) => p.UserDetailList ?? [])) {
        if (!user.Arn || !user.UserName)
            continue;
        const row = reportByArn.get(user.Arn);
        ctx.emit((0,normalize/* makeResource */.To)('iam:user', {
            ...base,
            arn: user.Arn,
            id: user.UserName,
            name: user.UserName,
            tags: (0,normalize/* tagMap */.lD)(user.Tags),
            createdAt: (0,normalize/* isoDate */._$)(user.CreateDate),
        }, {
            path: user.Path ?? '/',
            userId: (0,normalize/* text */.Qq)(user.UserId),
            passwordEnabled: row?.passwordEnabled ?? false,
            passwordLastUsed: row?.passwordLastUsed ?? null,
            passwordLastChanged: row?.passwordLastChanged ?? null,
            mfaActive: row?.mfaActive ?? false,
            accessKeys: row?.accessKeys.filter((key) => key.active || key.lastRotated !== null) ?? [],
            groups: (0,normalize/* sortedStrings */.MA)(user.GroupList ?? []),
            attachedPolicyArns: attachedArns(user.AttachedManagedPolicies),
            inlinePolicies: inlinePolicies(ctx, user.UserPolicyList, user.UserName),
            permissionsBoundaryArn: (0,normalize/* text */.Qq)(user.PermissionsBoundary?.PermissionsBoundaryArn),
        }, 
        // A user created after the last report is not in it yet (AWS builds it at most every 4 hours).
        row ? [] : ['passwordEnabled', 'passwordLastUsed', 'passwordLastChanged', 'mfaActive', 'accessKeys']));
    }
    for (const role of pages.flatMap((p) => p.RoleDetailList ?? [])) {
        if (!role.Arn || !role.RoleName)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('iam:role', {
            ...base,
            arn: role.Arn,
            id: role.RoleName,
            name: role.RoleName,
            tags: (0,normalize/* tagMap */.lD)(role.Tags),
            createdAt: (0,normalize/* isoDate */._$)(role.CreateDate),
        }, {
            path: role.Path ?? '/',
            roleId: (0,normalize/* text */.Qq)(role.RoleId),
            assumeRolePolicy: policyDocument(ctx, role.AssumeRolePolicyDocument, role.RoleName),
            lastUsedAt: (0,normalize/* isoDate */._$)(role.RoleLastUsed?.LastUsedDate),
            lastUsedRegion: (0,normalize/* text */.Qq)(role.RoleLastUsed?.Region),
            attachedPolicyArns: attachedArns(role.AttachedManagedPolicies),
            inlinePolicies: inlinePolicies(ctx, role.RolePolicyList, role.RoleName),
            isServiceLinked: (role.Path ?? '').startsWith('/aws-service-role/'),
            permissionsBoundaryArn: (0,normalize/* text */.Qq)(role.PermissionsBoundary?.PermissionsBoundaryArn),
        }));
    }
    for (const group of pages.flatMap((p) => p.GroupDetailList ?? [])) {
        if (!group.Arn || !group.GroupName)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('iam:group', {
            ...base,
            arn: group.Arn,
            id: group.GroupName,
            name: group.GroupName,
            createdAt: (0,normalize/* isoDate */._$)(group.CreateDate),
        }, {
            path: group.Path ?? '/',
            attachedPolicyArns: attachedArns(group.AttachedManagedPolicies),
            inlinePolicies: inlinePolicies(ctx, group.GroupPolicyList, group.GroupName),
        }));
    }
    for (const policy of pages.flatMap((p) => p.Policies ?? [])) {
        if (!policy.Arn)
            continue;
        // moto leaves PolicyName out of this answer; the ARN ends with it.
        const policyName = policy.PolicyName ?? policy.Arn.split('/').at(-1) ?? policy.Arn;
        const defaultVersion = (policy.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion);
        ctx.emit((0,normalize/* makeResource */.To)('iam:policy', { ...base, arn: policy.Arn, id: policyName, name: policyName, createdAt: (0,normalize/* isoDate */._$)(policy.CreateDate) }, {
            path: policy.Path ?? '/',
            defaultVersionId: (0,normalize/* text */.Qq)(policy.DefaultVersionId),
            document: policyDocument(ctx, defaultVersion?.Document, policyName),
            attachmentCount: policy.AttachmentCount ?? 0,
            isAttachable: policy.IsAttachable ?? true,
        }));
    }
}
const iamCollector = {
    service: 'iam',
    scope: 'global',
    permissions: iam_permissions,
    resourceTypes: ['iam:account', 'iam:user', 'iam:role', 'iam:group', 'iam:policy'],
    // IAM's API rate is low and account-wide.
    maxConcurrency: 4,
    async collect(ctx) {
        const iam = ctx.client(client_iam_dist_cjs/* IAMClient */.h8v);
        const [settings, report, pages] = await Promise.all([
            readAccountSettings(ctx, iam),
            ctx.branch(() => credentialReport(ctx, iam)),
            ctx.branch(() => ctx.list('GetAccountAuthorizationDetails', ['iam:user', 'iam:role', 'iam:group', 'iam:policy'], (0,client_iam_dist_cjs/* paginateGetAccountAuthorizationDetails */.YS4)({ client: iam, pageSize: 1000 }, { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'] }), (page) => [page])),
        ]);
        emitAccount(ctx, settings, report);
        emitPrincipals(ctx, pages, report);
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var client_s3_control_dist_cjs = __webpack_require__(2619);
// EXTERNAL MODULE: ./src/scan/collectors/s3-facts.ts
var s3_facts = __webpack_require__(6412);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js
var client_resource_groups_tagging_api_dist_cjs = __webpack_require__(5059);
;// CONCATENATED MODULE: ./src/scan/collectors/tagging.ts


/**
 * Whether one region's tag listing saves calls: it costs one call per 100 tagged resources, in
 * place of one tag read per resource, so it pays from two resources on (with one it is the same
 * count, with none a call more).
 */
function listingPays(resources) {
    return resources > 1;
}
/**
 * The tags of every resource of one type in one region, by ARN, from GetResources (100 a page),
 * as a branch of its own. GetResources names every resource that is or once was tagged, so one a
 * complete listing leaves out has no tags. Undefined when any page fails (AccessDenied on
 * tag:GetResources included): the callers then read each resource's tags as before, so nothing is
 * lost and the failure is not recorded (it costs calls, not coverage).
 */
function tagsByArn(ctx, region, resourceType) {
    return ctx.branch(async () => {
        const tags = new Map();
        try {
            const pages = (0,client_resource_groups_tagging_api_dist_cjs/* paginateGetResources */.OE)({ client: ctx.client(client_resource_groups_tagging_api_dist_cjs/* ResourceGroupsTaggingAPIClient */.DE, region), pageSize: 100 }, { ResourceTypeFilters: [resourceType] });
            for await (const page of pages)
                for (const mapping of page.ResourceTagMappingList ?? [])
                    if (mapping.ResourceARN)
                        tags.set(mapping.ResourceARN, (0,normalize/* tagMap */.lD)(mapping.Tags));
        }
        catch {
            // A partial listing cannot tell an untagged resource from an unlisted one: use none of it.
            return undefined;
        }
        return tags;
    });
}
/**
 * One resource's tags: from the listing when it was read whole (matched by exact ARN; none when
 * it is not named), else from `readOne`, the resource's own tag read.
 */
async function tagsOf(listing, arn, readOne) {
    const listed = await listing;
    return listed ? { ...(listed.get(arn) ?? {}) } : readOne();
}
/** No listing: every resource reads its own tags. */
const NO_LISTING = Promise.resolve(undefined);

;// CONCATENATED MODULE: ./src/scan/collectors/s3.ts







const s3_permissions = {
    ListBuckets: 's3:ListAllMyBuckets',
    GetBucketLocation: 's3:GetBucketLocation',
    GetBucketEncryption: 's3:GetEncryptionConfiguration',
    GetBucketVersioning: 's3:GetBucketVersioning',
    GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
    GetBucketPolicy: 's3:GetBucketPolicy',
    GetBucketAcl: 's3:GetBucketAcl',
    GetBucketOwnershipControls: 's3:GetBucketOwnershipControls',
    GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
    GetBucketLogging: 's3:GetBucketLogging',
    // Tags come from GetResources listings in the buckets' regions (see bucketTagListings);
    // GetBucketTagging for the buckets those do not cover.
    GetResources: 'tag:GetResources',
    GetBucketTagging: 's3:GetBucketTagging',
    ListObjectVersions: 's3:ListBucketVersions',
    ListMultipartUploads: 's3:ListBucketMultipartUploads',
    GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
    GetAccountPublicAccessBlock: 's3:GetAccountPublicAccessBlock',
    ListMultiRegionAccessPoints: 's3:ListMultiRegionAccessPoints',
};
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const NO_PUBLIC_ACCESS_BLOCK = ['NoSuchPublicAccessBlockConfiguration'];
function publicAccessBlock(config) {
    return {
        blockPublicAcls: config?.BlockPublicAcls ?? false,
        ignorePublicAcls: config?.IgnorePublicAcls ?? false,
        blockPublicPolicy: config?.BlockPublicPolicy ?? false,
        restrictPublicBuckets: config?.RestrictPublicBuckets ?? false,
    };
}
async function bucketRegion(ctx, s3, bucket) {
    if (bucket.BucketRegion)
        return bucket.BucketRegion;
    const location = await ctx.read('GetBucketLocation', () => s3.send(new client_s3_dist_cjs.GetBucketLocationCommand({ Bucket: bucket.Name })), {
        resourceId: bucket.Name,
    });
    return location === undefined ? undefined : (0,s3_facts/* bucketRegionFromLocation */.a)(location?.LocationConstraint);
}
/**
 * The regions of buckets ListBuckets named without one (AWS names every bucket's BucketRegion; an
 * emulator such as moto may not), from ListBuckets filtered by BucketRegion in each region the scan
 * covers, asked at that region's endpoint as S3 requires. Only when that is fewer calls than one
 * GetBucketLocation per such bucket, which stays the answer for any bucket these listings miss (a
 * region outside the scan, a listing that failed: nothing is lost, so a failure is not recorded).
 * An endpoint that ignores the filter names a bucket in two regions: then none of it is used.
 */
async function regionsFromRegionalListings(ctx, buckets) {
    const found = new Map();
    const unplaced = buckets.filter((b) => !b.BucketRegion).length;
    if (unplaced <= ctx.regions.length)
        return found;
    const listings = await Promise.all(ctx.regions.map((region) => ctx.branch(async () => {
        const names = [];
        try {
            const pages = (0,client_s3_dist_cjs.paginateListBuckets)({ client: ctx.client(client_s3_dist_cjs.S3Client, region), pageSize: 1000 }, { BucketRegion: region });
            for await (const page of pages)
                for (const b of page.Buckets ?? [])
                    if (b.Name)
                        names.push(b.Name);
        }
        catch {
            // Its buckets are asked one by one (GetBucketLocation), as without these listings.
        }
        return { region, names };
    })));
    for (const { region, names } of listings) {
        for (const name of names) {
            if (found.has(name))
                return new Map();
            found.set(name, region);
        }
    }
    return found;
}
/**
 * Bucket tags from GetResources, one listing per region, asked at that region. AWS names a bucket
 * in its own region's listing only (moto names every bucket in every region's), so a bucket's tags
 * are taken from its own region's listing and no other. A scanned region is listed when it holds
 * at least two of the buckets whose region is known by now, as that saves calls (see listingPays);
 * every other bucket (in no listed region, or whose region's listing failed) asks GetBucketTagging.
 */
function bucketTagListings(ctx, buckets) {
    const counts = new Map();
    for (const { BucketRegion: region } of buckets)
        if (region && ctx.regions.includes(region))
            counts.set(region, (counts.get(region) ?? 0) + 1);
    return new Map([...counts]
        .filter(([, count]) => listingPays(count))
        .map(([region]) => [region, tagsByArn(ctx, region, 's3:bucket')]));
}
/** Whether a lifecycle rule applies to every object: no filter, or one with an empty prefix only. */
function coversWholeBucket(rule) {
    if (rule.Prefix !== undefined && rule.Prefix !== '')
        return false;
    const filter = rule.Filter;
    if (!filter)
        return true;
    const scoped = (filter.Prefix !== undefined && filter.Prefix !== '') ||
        filter.Tag !== undefined ||
        filter.And !== undefined ||
        filter.ObjectSizeGreaterThan !== undefined ||
        filter.ObjectSizeLessThan !== undefined;
    return !scoped;
}
/** The fewest days after which an enabled whole-bucket rule aborts incomplete uploads, or null. */
function abortDays(rules) {
    const days = rules
        .filter((rule) => rule.Status === 'Enabled' && coversWholeBucket(rule))
        .flatMap((rule) => {
        const after = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
        return after === undefined ? [] : [after];
    });
    return days.length > 0 ? Math.min(...days) : null;
}
/** The `contents` attribute from one page of each listing (nulls when either was not read). */
function bucketContents(versions, uploads) {
    if (!versions || !uploads)
        return { objects: 0, uploads: 0, complete: false, lastWrittenAt: null, bytes: 0 };
    const kept = [...(versions.Versions ?? []), ...(versions.DeleteMarkers ?? [])];
    const started = uploads.Uploads ?? [];
    return {
        objects: kept.length,
        uploads: started.length,
        complete: versions.IsTruncated !== true && uploads.IsTruncated !== true,
        lastWrittenAt: (0,normalize/* latestIso */.nO)([...kept.map((e) => e.LastModified), ...started.map((u) => u.Initiated)]),
        bytes: (versions.Versions ?? []).reduce((sum, version) => sum + (version.Size ?? 0), 0),
    };
}
async function collectBucket(ctx, home, tagListings, bucket) {
    const Bucket = bucket.Name;
    const arn = `arn:${ctx.partition}:s3:::${Bucket}`;
    const located = await bucketRegion(ctx, home, bucket);
    // With the region unknown, ask the home region: the client follows S3's region redirects.
    const region = located ?? ctx.region;
    const s3 = ctx.client(client_s3_dist_cjs.S3Client, region);
    const read = (operation, call, absentWhen = []) => ctx.branch(() => ctx.read(operation, call, { absentWhen, resourceId: Bucket }));
    const versioningRead = read('GetBucketVersioning', () => s3.send(new client_s3_dist_cjs.GetBucketVersioningCommand({ Bucket })));
    // Object Lock needs versioning on, and keeps it on: a bucket never versioned, or with versioning
    // suspended, has no Object Lock, and costs no call to say so.
    const lockRead = versioningRead.then((answer) => answer !== undefined && answer?.Status !== 'Enabled'
        ? null
        : read('GetObjectLockConfiguration', () => s3.send(new client_s3_dist_cjs.GetObjectLockConfigurationCommand({ Bucket })), [
            'ObjectLockConfigurationNotFoundError',
        ]));
    const [[encryption, versioning, block, policy, acl, ownership, lifecycle, logging, tags], [versions, uploads, lock],] = await Promise.all([
        Promise.all([
            read('GetBucketEncryption', () => s3.send(new client_s3_dist_cjs.GetBucketEncryptionCommand({ Bucket })), [
                'ServerSideEncryptionConfigurationNotFoundError',
            ]),
            versioningRead,
            read('GetPublicAccessBlock', () => s3.send(new client_s3_dist_cjs.GetPublicAccessBlockCommand({ Bucket })), NO_PUBLIC_ACCESS_BLOCK),
            read('GetBucketPolicy', () => s3.send(new client_s3_dist_cjs.GetBucketPolicyCommand({ Bucket })), ['NoSuchBucketPolicy']),
            read('GetBucketAcl', () => s3.send(new client_s3_dist_cjs.GetBucketAclCommand({ Bucket }))),
            read('GetBucketOwnershipControls', () => s3.send(new client_s3_dist_cjs.GetBucketOwnershipControlsCommand({ Bucket })), [
                'OwnershipControlsNotFoundError',
            ]),
            read('GetBucketLifecycleConfiguration', () => s3.send(new client_s3_dist_cjs.GetBucketLifecycleConfigurationCommand({ Bucket })), ['NoSuchLifecycleConfiguration']),
            read('GetBucketLogging', () => s3.send(new client_s3_dist_cjs.GetBucketLoggingCommand({ Bucket }))),
            // Only a bucket whose region is known can be looked up in that region's listing.
            ctx.branch(() => tagsOf((located === undefined ? undefined : tagListings.get(located)) ?? NO_LISTING, arn, async () => {
                const tagging = await ctx.read('GetBucketTagging', () => s3.send(new client_s3_dist_cjs.GetBucketTaggingCommand({ Bucket })), { absentWhen: ['NoSuchTagSet'], resourceId: Bucket });
                return tagging === undefined ? undefined : (0,normalize/* tagMap */.lD)(tagging?.TagSet);
            })),
        ]),
        // One page of each, the same one call as asking for a single entry: small buckets are counted
        // and dated exactly, larger ones are known to be larger and never judged unused.
        Promise.all([
            read('ListObjectVersions', () => s3.send(new client_s3_dist_cjs.ListObjectVersionsCommand({ Bucket, MaxKeys: s3_facts/* CONTENTS_PAGE */.N }))),
            read('ListMultipartUploads', () => s3.send(new client_s3_dist_cjs.ListMultipartUploadsCommand({ Bucket, MaxUploads: s3_facts/* CONTENTS_PAGE */.N }))),
            lockRead,
        ]),
    ]);
    const unknown = [];
    const known = (value, attribute) => {
        if (value === undefined)
            unknown.push(attribute);
        return value ?? null;
    };
    const encryptionRule = known(encryption, 'encryption')?.ServerSideEncryptionConfiguration?.Rules?.[0];
    const defaultEncryption = encryptionRule?.ApplyServerSideEncryptionByDefault;
    let policyAttribute = null;
    const policyText = known(policy, 'policy')?.Policy;
    if (policyText) {
        try {
            const document = (0,src_policy/* parsePolicyDocument */.X)(policyText);
            policyAttribute = {
                document,
                publicStatements: (0,src_policy/* publicStatements */.Qg)(document),
                deniesInsecureTransport: (0,src_policy/* deniesInsecureTransport */.s2)(document, 's3'),
            };
        }
        catch (error) {
            ctx.recordProblem('GetBucketPolicy', 'UnreadablePolicy', (0,errors/* errorMessage */.g)(error), Bucket);
            unknown.push('policy');
        }
    }
    const grants = known(acl, 'aclPublicGrants')?.Grants ?? [];
    const aclPublicGrants = grants.flatMap((grant) => {
        const uri = grant.Grantee?.URI;
        const grantee = uri === ALL_USERS ? 'AllUsers' : uri === AUTHENTICATED_USERS ? 'AuthenticatedUsers' : null;
        return grantee ? [{ grantee, permission: grant.Permission ?? 'UNKNOWN' }] : [];
    });
    const lifecycleRules = known(lifecycle, 'lifecycle')?.Rules ?? [];
    const versioningAnswer = known(versioning, 'versioning');
    const loggingTarget = (0,normalize/* text */.Qq)(known(logging, 'logging')?.LoggingEnabled?.TargetBucket);
    if (located === undefined)
        unknown.push('region');
    const listed = versions === undefined || uploads === undefined ? undefined : { versions, uploads };
    const listing = known(listed, 'contents');
    const objectLock = known(lock, 'objectLock');
    ctx.emit((0,normalize/* makeResource */.To)('s3:bucket', {
        arn,
        id: Bucket,
        name: Bucket,
        account: ctx.account,
        region,
        tags: known(tags, 'tags') ?? {},
        createdAt: (0,normalize/* isoDate */._$)(bucket.CreationDate),
    }, {
        encryption: defaultEncryption?.SSEAlgorithm
            ? {
                algorithm: defaultEncryption.SSEAlgorithm,
                kmsKeyId: (0,normalize/* text */.Qq)(defaultEncryption.KMSMasterKeyID),
                bucketKeyEnabled: encryptionRule?.BucketKeyEnabled ?? false,
            }
            : null,
        versioning: versioningAnswer?.Status === 'Enabled' || versioningAnswer?.Status === 'Suspended'
            ? versioningAnswer.Status
            : 'Disabled',
        mfaDelete: versioningAnswer?.MFADelete === 'Enabled',
        contents: bucketContents(listing?.versions ?? null, listing?.uploads ?? null),
        objectLock: objectLock?.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled',
        publicAccessBlock: block === undefined || block === null
            ? null
            : publicAccessBlock(block.PublicAccessBlockConfiguration),
        policy: policyAttribute,
        aclPublicGrants,
        objectOwnership: (0,normalize/* text */.Qq)(known(ownership, 'objectOwnership')?.OwnershipControls?.Rules?.[0]?.ObjectOwnership),
        lifecycle: {
            ruleCount: lifecycleRules.length,
            enabledRuleCount: lifecycleRules.filter((rule) => rule.Status === 'Enabled').length,
            abortIncompleteUploadsDays: abortDays(lifecycleRules),
        },
        logging: { enabled: loggingTarget !== null, targetBucket: loggingTarget },
    }, [...unknown, ...(block === undefined ? ['publicAccessBlock'] : [])]));
}
async function collectAccountSettings(ctx) {
    const control = ctx.client(client_s3_control_dist_cjs/* S3ControlClient */.gGw);
    const block = await ctx.read('GetAccountPublicAccessBlock', () => control.send(new client_s3_control_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ AccountId: ctx.account })), { absentWhen: NO_PUBLIC_ACCESS_BLOCK });
    ctx.emit((0,normalize/* makeResource */.To)('s3:account-settings', {
        arn: `arn:${ctx.partition}:s3::${ctx.account}:account-settings`,
        id: ctx.account,
        name: null,
        account: ctx.account,
        region: 'global',
    }, { publicAccessBlock: block ? publicAccessBlock(block.PublicAccessBlockConfiguration) : null }, block === undefined ? ['publicAccessBlock'] : []));
}
/** Multi-Region Access Points are managed in us-west-2 only, and exist in the aws partition only. */
const MRAP_REGION = 'us-west-2';
/** One ListMultiRegionAccessPoints (100 a page): each report carries its block public access settings. */
async function collectMultiRegionAccessPoints(ctx) {
    if (ctx.partition !== 'aws')
        return;
    const control = ctx.client(client_s3_control_dist_cjs/* S3ControlClient */.gGw, MRAP_REGION);
    const points = await ctx.list('ListMultiRegionAccessPoints', 's3:multi-region-access-point', (0,client_s3_control_dist_cjs/* paginateListMultiRegionAccessPoints */.cdr)({ client: control, pageSize: 100 }, { AccountId: ctx.account }), (page) => page.AccessPoints);
    for (const point of points) {
        if (!point.Name)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('s3:multi-region-access-point', {
            arn: `arn:${ctx.partition}:s3::${ctx.account}:accesspoint/${point.Alias ?? point.Name}`,
            id: point.Name,
            name: point.Name,
            account: ctx.account,
            region: 'global',
            createdAt: (0,normalize/* isoDate */._$)(point.CreatedAt),
        }, {
            alias: (0,normalize/* text */.Qq)(point.Alias),
            status: (0,normalize/* text */.Qq)(point.Status),
            publicAccessBlock: point.PublicAccessBlock ? publicAccessBlock(point.PublicAccessBlock) : null,
            buckets: (point.Regions ?? []).flatMap((r) => r.Bucket ? [{ bucket: r.Bucket, region: (0,normalize/* text */.Qq)(r.Region) }] : []),
        }));
    }
}
const s3Collector = {
    service: 's3',
    scope: 'global',
    permissions: s3_permissions,
    resourceTypes: ['s3:bucket', 's3:account-settings', 's3:multi-region-access-point'],
    // Ten to twelve calls per bucket (GetObjectLockConfiguration where versioning is on,
    // GetBucketTagging where its region's tags are not listed): keep room in the pool for the others.
    maxConcurrency: 12,
    async collect(ctx) {
        const home = ctx.client(client_s3_dist_cjs.S3Client);
        await Promise.all([
            ctx.step(['s3:bucket'], async () => {
                const buckets = await ctx.list('ListBuckets', 's3:bucket', (0,client_s3_dist_cjs.paginateListBuckets)({ client: home, pageSize: 1000 }, {}), (page) => page.Buckets);
                const named = buckets.filter((b) => Boolean(b.Name));
                const placed = await regionsFromRegionalListings(ctx, named);
                const located = named.map((bucket) => ({
                    ...bucket,
                    BucketRegion: bucket.BucketRegion ?? placed.get(bucket.Name),
                }));
                const tagListings = bucketTagListings(ctx, located);
                await ctx.each(located, (bucket) => collectBucket(ctx, home, tagListings, bucket));
            }),
            ctx.step(['s3:account-settings'], () => collectAccountSettings(ctx)),
            ctx.step(['s3:multi-region-access-point'], () => collectMultiRegionAccessPoints(ctx)),
        ]);
    },
};

;// CONCATENATED MODULE: ./src/scan/collectors/s3-access-points.ts



const s3_access_points_permissions = {
    ListAccessPoints: 's3:ListAccessPoints',
    GetAccessPoint: 's3:GetAccessPoint',
};
/** The region in an access point ARN (`arn:aws:s3:eu-west-2:111122223333:accesspoint/name`). */
const arnRegion = (arn) => arn?.split(':')[3];
/**
 * One access point: its block public access settings come only from GetAccessPoint (the listing
 * lacks them). A failed read leaves them unknown, never taken for "off".
 */
async function collectAccessPoint(ctx, control, point) {
    const Name = point.Name;
    if (!Name || !point.Bucket)
        return;
    const details = await ctx.read('GetAccessPoint', () => control.send(new client_s3_control_dist_cjs/* GetAccessPointCommand */.ejM({ AccountId: ctx.account, Name })), { resourceId: Name });
    const block = details?.PublicAccessBlockConfiguration;
    ctx.emit((0,normalize/* makeResource */.To)('s3:access-point', {
        arn: (0,normalize/* text */.Qq)(point.AccessPointArn) ??
            `arn:${ctx.partition}:s3:${ctx.region}:${ctx.account}:accesspoint/${Name}`,
        id: Name,
        name: Name,
        account: ctx.account,
        region: ctx.scopeRegion,
        createdAt: (0,normalize/* isoDate */._$)(details?.CreationDate),
    }, {
        bucket: point.Bucket,
        bucketAccountId: (0,normalize/* text */.Qq)(point.BucketAccountId),
        networkOrigin: point.NetworkOrigin ?? 'unknown',
        publicAccessBlock: block ? publicAccessBlock(block) : null,
    }, details === undefined ? ['publicAccessBlock'] : []));
}
/**
 * S3 access points are regional (S3 Control answers for its own region): one ListAccessPoints per
 * region (1,000 a page), and one GetAccessPoint per access point. Part of the `s3` service, but a
 * collector of its own since the bucket collector is global.
 */
const s3AccessPointsCollector = {
    service: 's3',
    scope: 'regional',
    permissions: s3_access_points_permissions,
    resourceTypes: ['s3:access-point'],
    async collect(ctx) {
        const control = ctx.client(client_s3_control_dist_cjs/* S3ControlClient */.gGw);
        const listed = await ctx.list('ListAccessPoints', 's3:access-point', (0,client_s3_control_dist_cjs/* paginateListAccessPoints */.xAs)({ client: control, pageSize: 1000 }, { AccountId: ctx.account }), (page) => page.AccessPointList);
        // AWS answers with its own region's access points only; one from another region (an emulator
        // answering for all) is that region's to record.
        const here = listed.filter((p) => (arnRegion(p.AccessPointArn) ?? ctx.region) === ctx.region);
        await ctx.each(here, (point) => collectAccessPoint(ctx, control, point));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
;// CONCATENATED MODULE: ./src/scan/secrets.ts
/**
 * Finds plaintext secrets in environment variables (Lambda functions, ...). Only variable names
 * and the kind of secret leave this module: values are never returned, logged or put in errors.
 */
/** Name-based detection needs a value at least this long... */
const MIN_SECRET_LENGTH = 12;
/** ...and at least this much Shannon entropy per character (random text: ~4 and more). */
const MIN_SECRET_ENTROPY = 3.5;
/** Value formats that are secrets whatever the variable is called, most specific first. */
const VALUE_PATTERNS = [
    { kind: 'private-key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/ },
    { kind: 'aws-access-key-id', pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/ },
    // Live secret and restricted keys; test-mode (sk_test_) and publishable (pk_live_) keys are not secrets.
    { kind: 'stripe-live-key', pattern: /(?<![A-Za-z0-9])(?:sk|rk)_live_[A-Za-z0-9]{10,}/ },
    {
        kind: 'github-token',
        pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})(?![A-Za-z0-9_])/,
    },
    { kind: 'slack-token', pattern: /(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}/ },
    {
        kind: 'slack-webhook',
        pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{20,}/,
    },
    { kind: 'anthropic-api-key', pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}/ },
    // Legacy `sk-` + 48 characters, and the project/service-account/admin forms.
    {
        kind: 'openai-api-key',
        pattern: /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-)?(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}/,
    },
    // Header and payload are base64url JSON objects (`{"` encodes as `eyJ`), then a signature.
    {
        kind: 'jwt',
        pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}/,
    },
];
/** scheme://user:password@host, with a password that is not a placeholder (`${DB_PASSWORD}`, `****`). */
function hasUrlCredentials(value) {
    for (const match of value.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@[^\s/@]/g)) {
        const password = match[1] ?? '';
        if (!/^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|%s|\*+|x+)$/i.test(password))
            return true;
    }
    return false;
}
/** Name parts that say "this holds a secret" (matched on the lowercased name with separators removed). */
const SECRET_NAME_PARTS = [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'privatekey',
    'credential',
    'accesskey',
    'signingkey',
    'encryptionkey',
];
/** Whole words of a name that say the same (too short to match inside other words: AUTHOR, PASSPORT). */
const SECRET_NAME_WORDS = new Set(['auth', 'oauth', 'pwd', 'pass', 'creds']);
/** A last word that says the variable names or points at a secret rather than holding one. */
const REFERENCE_NAME_WORDS = new Set([
    'arn',
    'name',
    'id',
    'path',
    'param',
    'parameter',
    'url',
    'uri',
    'endpoint',
    'region',
    'file',
    'ttl',
    'length',
    'enabled',
    'header',
    'type',
    'version',
]);
/** NAME_LIKE_THIS, nameLikeThis, name-like.this -> words. */
function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
}
/** The name says it holds a secret (`DB_PASSWORD`, `/prod/api/token`), and does not merely point at one (`..._ARN`). */
function nameSuggestsSecret(name) {
    const words = nameWords(name);
    const last = words[words.length - 1];
    if (last !== undefined && REFERENCE_NAME_WORDS.has(last))
        return false;
    const joined = words.join('');
    return (SECRET_NAME_PARTS.some((part) => joined.includes(part)) || words.some((w) => SECRET_NAME_WORDS.has(w)));
}
function nameSuggestsAwsSecretKey(name) {
    const joined = nameWords(name).join('');
    return joined.includes('secret') || (joined.includes('aws') && joined.includes('key'));
}
/** Shannon entropy in bits per character. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const char of value)
        counts.set(char, (counts.get(char) ?? 0) + 1);
    const length = [...value].length;
    let entropy = 0;
    for (const count of counts.values()) {
        const p = count / length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}
/** Ciphertext from KMS (Lambda's encryption helpers store it in the variable): not plaintext. */
function isKmsCiphertext(value) {
    return /^AQ[IE]CAH[A-Za-z0-9+/]+=*$/.test(value);
}
/** Values that point at a secret (or are plainly not one) rather than being one. */
function isReferenceOrPlain(value) {
    return (/^arn:aws[a-z-]*:/i.test(value) || // Secrets Manager, SSM, KMS ... ARNs
        value.startsWith('/') || // SSM parameter paths, file paths
        value.includes('{{resolve:') || // CloudFormation dynamic references
        /^\$\{[^}]*\}$/.test(value) || // unresolved ${...} placeholders
        /^alias\//.test(value) || // KMS aliases
        /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) || // URLs (the credentials case is matched before)
        /^(?:true|false|yes|no|on|off|null|none)$/i.test(value) ||
        /^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(value));
}
/**
 * A value that could be a secret itself: not empty, not KMS ciphertext, not a reference (ARN, path,
 * dynamic reference, placeholder, URL), a boolean or a number. With a secret-like name (see
 * nameSuggestsSecret), such a value is taken as a secret whatever its length or entropy.
 */
function mayBeSecretValue(rawValue) {
    const value = rawValue.trim();
    return value !== '' && !isKmsCiphertext(value) && !isReferenceOrPlain(value);
}
function isAwsSecretAccessKey(value) {
    return (/^[A-Za-z0-9/+]{40}$/.test(value) &&
        /[A-Z]/.test(value) &&
        /[a-z]/.test(value) &&
        shannonEntropy(value) >= 4);
}
function classify(name, rawValue) {
    const value = rawValue.trim();
    if (value === '' || isKmsCiphertext(value))
        return null;
    for (const { kind, pattern } of VALUE_PATTERNS)
        if (pattern.test(value))
            return kind;
    if (hasUrlCredentials(value))
        return 'url-credentials';
    if (isReferenceOrPlain(value))
        return null;
    if (nameSuggestsAwsSecretKey(name) && isAwsSecretAccessKey(value))
        return 'aws-secret-access-key';
    if (nameSuggestsSecret(name) &&
        [...value].length >= MIN_SECRET_LENGTH &&
        shannonEntropy(value) >= MIN_SECRET_ENTROPY) {
        return 'high-entropy-secret-name';
    }
    return null;
}
/**
 * The variables that hold a plaintext secret, with the most specific kind of each, sorted by name.
 * Name-based detection only flags values of at least MIN_SECRET_LENGTH characters and
 * MIN_SECRET_ENTROPY bits per character, so placeholders such as `changeme` are not reported (and
 * neither are short or dictionary passwords: the trade-off for not flagging every `PASSWORD=...`).
 */
function detectSecrets(variables) {
    const findings = [];
    for (const [variable, value] of Object.entries(variables)) {
        if (typeof value !== 'string')
            continue;
        const kind = classify(variable, value);
        if (kind)
            findings.push({ variable, kind });
    }
    return findings.sort((a, b) => (a.variable < b.variable ? -1 : a.variable > b.variable ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/scan/collectors/lambda.ts






const lambda_permissions = {
    ListFunctions: 'lambda:ListFunctions',
    GetFunctionUrlConfig: 'lambda:GetFunctionUrlConfig',
    GetPolicy: 'lambda:GetPolicy',
    // Tags come from one GetResources listing per region; ListTags where there is none (one function
    // in the region) or it failed.
    GetResources: 'tag:GetResources',
    ListTags: 'lambda:ListTags',
};
/** ListFunctions' maximum page size. */
const lambda_PAGE = { pageSize: 50 };
const NOT_FOUND = ['ResourceNotFoundException'];
/**
 * Lambda writes times as `2024-01-01T00:00:00.000+0000` (moto: nine fraction digits and `Z`);
 * neither is ECMAScript's date format, so this rewrites them to it before parsing.
 */
function parseLambdaTimestamp(value) {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value?.trim() ?? '');
    if (!match)
        return (0,normalize/* isoDate */._$)(value);
    const [, date, time, fraction = '', zone = 'Z'] = match;
    const millis = fraction.padEnd(3, '0').slice(0, 3);
    const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return (0,normalize/* isoDate */._$)(`${date}T${time}.${millis}${offset}`);
}
function functionUrl(config) {
    const cors = config.Cors;
    return {
        authType: config.AuthType ?? 'unknown',
        cors: cors
            ? {
                allowOrigins: (0,normalize/* sortedStrings */.MA)(cors.AllowOrigins ?? []),
                allowMethods: (0,normalize/* sortedStrings */.MA)(cors.AllowMethods ?? []),
                allowCredentials: cors.AllowCredentials ?? false,
            }
            : null,
    };
}
function vpc(fn) {
    const config = fn.VpcConfig;
    const vpcId = (0,normalize/* text */.Qq)(config?.VpcId);
    const subnetIds = (0,normalize/* sortedStrings */.MA)(config?.SubnetIds ?? []);
    // Functions outside a VPC come back with an empty VpcConfig (or none).
    if (!vpcId && subnetIds.length === 0)
        return null;
    return { vpcId, subnetIds, securityGroupIds: (0,normalize/* sortedStrings */.MA)(config?.SecurityGroupIds ?? []) };
}
async function collectFunction(ctx, lambda, fn, tagListing) {
    const name = fn.FunctionName;
    const arn = fn.FunctionArn;
    if (!name || !arn)
        return;
    const read = (operation, call, absentWhen = []) => ctx.branch(() => ctx.read(operation, call, { absentWhen, resourceId: name }));
    const [url, policy, tags] = await Promise.all([
        read('GetFunctionUrlConfig', () => lambda.send(new client_lambda_dist_cjs/* GetFunctionUrlConfigCommand */.Hcc({ FunctionName: name })), NOT_FOUND),
        read('GetPolicy', () => lambda.send(new client_lambda_dist_cjs/* GetPolicyCommand */.s4W({ FunctionName: name })), NOT_FOUND),
        // The listing names the function by its unqualified ARN, as ListFunctions does.
        ctx.branch(() => tagsOf(tagListing, arn, async () => {
            const answer = await ctx.read('ListTags', () => lambda.send(new client_lambda_dist_cjs/* ListTagsCommand */.bvr({ Resource: arn })), {
                resourceId: name,
            });
            return answer === undefined ? undefined : { ...(answer?.Tags ?? {}) };
        })),
    ]);
    const unknown = [];
    if (url === undefined)
        unknown.push('functionUrl');
    if (tags === undefined)
        unknown.push('tags');
    let resourcePolicy = null;
    if (policy === undefined) {
        unknown.push('resourcePolicy');
    }
    else if (policy?.Policy) {
        try {
            const document = (0,src_policy/* parsePolicyDocument */.X)(policy.Policy);
            resourcePolicy = { document, publicStatements: (0,src_policy/* publicStatements */.Qg)(document) };
        }
        catch (error) {
            ctx.recordProblem('GetPolicy', 'UnreadablePolicy', (0,errors/* errorMessage */.g)(error), name);
            unknown.push('resourcePolicy');
        }
    }
    // Values stay in this scope: only names and the kinds of secret found are recorded.
    const variables = fn.Environment?.Variables;
    if (!variables && fn.Environment?.Error) {
        // Lambda could not decrypt the variables (a KMS key the scan cannot use): names unknown.
        unknown.push('environmentVariableNames', 'secretsInEnvironment');
    }
    const environmentVariableNames = (0,normalize/* sortedStrings */.MA)(Object.keys(variables ?? {}));
    const secretsInEnvironment = detectSecrets(variables ?? {});
    ctx.emit((0,normalize/* makeResource */.To)('lambda:function', {
        arn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        // ListFunctions leaves State out on AWS (GetFunction has it): null there.
        state: (0,normalize/* text */.Qq)(fn.State),
        createdAt: null,
    }, {
        runtime: (0,normalize/* text */.Qq)(fn.Runtime),
        packageType: (0,normalize/* text */.Qq)(fn.PackageType),
        handler: (0,normalize/* text */.Qq)(fn.Handler),
        memoryMb: fn.MemorySize ?? null,
        timeoutSeconds: fn.Timeout ?? null,
        codeSizeBytes: fn.CodeSize ?? null,
        lastModified: parseLambdaTimestamp(fn.LastModified),
        roleArn: (0,normalize/* text */.Qq)(fn.Role),
        architectures: (0,normalize/* sortedStrings */.MA)(fn.Architectures ?? []),
        vpc: vpc(fn),
        layers: (fn.Layers ?? []).flatMap((layer) => (layer.Arn ? [layer.Arn] : [])),
        environmentVariableNames,
        secretsInEnvironment,
        functionUrl: url ? functionUrl(url) : null,
        resourcePolicy,
    }, unknown));
}
const lambdaCollector = {
    service: 'lambda',
    scope: 'regional',
    permissions: lambda_permissions,
    resourceTypes: ['lambda:function'],
    // Two calls per function (GetFunctionUrlConfig, GetPolicy), three when its tags are not listed
    // (ListTags), against per-API rate limits of about 15 requests per second.
    maxConcurrency: 12,
    async collect(ctx) {
        const lambda = ctx.client(client_lambda_dist_cjs/* LambdaClient */.Nox);
        const functions = await ctx.list('ListFunctions', 'lambda:function', (0,client_lambda_dist_cjs/* paginateListFunctions */.fVs)({ client: lambda, ...lambda_PAGE }, {}), (page) => page.Functions);
        // One GetResources listing for the region's tags, beside the per-function reads.
        const tagListing = listingPays(functions.length)
            ? tagsByArn(ctx, ctx.region, 'lambda:function')
            : NO_LISTING;
        await ctx.each(functions, (fn) => collectFunction(ctx, lambda, fn, tagListing));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-budgets/dist-cjs/index.js
var client_budgets_dist_cjs = __webpack_require__(3001);
// EXTERNAL MODULE: ./src/scan/errors.ts
var scan_errors = __webpack_require__(174);
;// CONCATENATED MODULE: ./src/scan/collectors/budgets.ts



const budgets_permissions = {
    DescribeBudgets: 'budgets:ViewBudget',
    DescribeNotificationsForBudget: 'budgets:ViewBudget',
};
/** Budgets answers NotFoundException, not an empty list, when there is nothing to list. */
const NOTHING_THERE = ['NotFoundException'];
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A Spend's amount is a decimal string; anything else is null (the caller records the problem). */
function parseAmount(amount) {
    const trimmed = amount?.trim() ?? '';
    if (!DECIMAL.test(trimmed))
        return null;
    const value = Number(trimmed);
    return Number.isFinite(value) ? value : null;
}
function spend(ctx, budgetName, field, value) {
    if (!value)
        return null;
    const amount = parseAmount(value.Amount);
    if (amount === null || !value.Unit) {
        ctx.recordProblem('DescribeBudgets', 'UnparseableAmount', `${field} of budget ${budgetName} is not an amount with a unit: ${JSON.stringify(value)}`, budgetName);
        return null;
    }
    return { amount, unit: value.Unit };
}
function normalizeNotification(n) {
    return {
        notificationType: n.NotificationType ?? 'unknown',
        comparisonOperator: n.ComparisonOperator ?? 'unknown',
        threshold: n.Threshold ?? 0,
        // AWS omits it for the default, PERCENTAGE.
        thresholdType: (0,normalize/* text */.Qq)(n.ThresholdType),
        state: (0,normalize/* text */.Qq)(n.NotificationState),
    };
}
function compareNotifications(a, b) {
    return (a.notificationType.localeCompare(b.notificationType) ||
        a.comparisonOperator.localeCompare(b.comparisonOperator) ||
        a.threshold - b.threshold ||
        (a.thresholdType ?? '').localeCompare(b.thresholdType ?? ''));
}
/** The listing's pages, ending quietly at the NotFoundException an account without budgets may get. */
async function* budgetPages(budgets, account) {
    try {
        yield* (0,client_budgets_dist_cjs/* paginateDescribeBudgets */.ZO6)({ client: budgets, pageSize: 100 }, { AccountId: account });
    }
    catch (error) {
        if (!(0,scan_errors/* hasCode */.up)(error, NOTHING_THERE))
            throw error;
    }
}
async function collectBudget(ctx, budgets, budget) {
    const name = budget.BudgetName;
    if (!name)
        return;
    const notifications = await ctx.read('DescribeNotificationsForBudget', async () => {
        const all = [];
        const pages = (0,client_budgets_dist_cjs/* paginateDescribeNotificationsForBudget */.ZnS)({ client: budgets, pageSize: 100 }, { AccountId: ctx.account, BudgetName: name });
        for await (const page of pages)
            all.push(...(page.Notifications ?? []));
        return all;
    }, { absentWhen: NOTHING_THERE, resourceId: name });
    ctx.emit((0,normalize/* makeResource */.To)('budgets:budget', {
        arn: `arn:${ctx.partition}:budgets::${ctx.account}:budget/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
    }, {
        budgetType: budget.BudgetType ?? 'unknown',
        timeUnit: (0,normalize/* text */.Qq)(budget.TimeUnit),
        limit: spend(ctx, name, 'BudgetLimit', budget.BudgetLimit),
        actualSpend: spend(ctx, name, 'ActualSpend', budget.CalculatedSpend?.ActualSpend),
        forecastedSpend: spend(ctx, name, 'ForecastedSpend', budget.CalculatedSpend?.ForecastedSpend),
        // null: NotFoundException, the budget has no notifications.
        notifications: (notifications ?? []).map(normalizeNotification).sort(compareNotifications),
    }, notifications === undefined ? ['notifications'] : []));
}
const budgetsCollector = {
    service: 'budgets',
    scope: 'global',
    permissions: budgets_permissions,
    resourceTypes: ['budgets:budget'],
    async collect(ctx) {
        const budgets = ctx.client(client_budgets_dist_cjs/* BudgetsClient */.C7y);
        const all = await ctx.list('DescribeBudgets', 'budgets:budget', budgetPages(budgets, ctx.account), (page) => page.Budgets);
        await ctx.each(all, (budget) => collectBudget(ctx, budgets, budget));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
;// CONCATENATED MODULE: ./src/scan/collectors/cloudwatch.ts



const cloudwatch_permissions = {
    DescribeAlarms: 'cloudwatch:DescribeAlarms',
    DescribeLogGroups: 'logs:DescribeLogGroups',
};
function dimensionMap(dimensions) {
    const result = {};
    for (const d of dimensions ?? [])
        if (d.Name !== undefined)
            result[d.Name] = d.Value ?? '';
    return result;
}
/** `arn:...:log-group:NAME:*` (the older `arn` field) -> the log group's own ARN. */
function logGroupArn(group) {
    return (0,normalize/* text */.Qq)(group.logGroupArn) ?? (0,normalize/* text */.Qq)(group.arn?.replace(/:\*$/, ''));
}
async function collectAlarms(ctx) {
    const cloudwatch = ctx.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn);
    const alarms = await ctx.list('DescribeAlarms', 'cloudwatch:alarm', (0,client_cloudwatch_dist_cjs/* paginateDescribeAlarms */.hNb)({ client: cloudwatch, pageSize: 100 }, { AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }), (page) => [
        ...(page.MetricAlarms ?? []).map((alarm) => ({ kind: 'metric', alarm })),
        ...(page.CompositeAlarms ?? []).map((alarm) => ({ kind: 'composite', alarm })),
    ]);
    for (const { kind, alarm } of alarms) {
        if (!alarm.AlarmName)
            continue;
        const metric = kind === 'metric' ? alarm : undefined;
        ctx.emit((0,normalize/* makeResource */.To)('cloudwatch:alarm', {
            arn: alarm.AlarmArn ??
                `arn:${ctx.partition}:cloudwatch:${ctx.region}:${ctx.account}:alarm:${alarm.AlarmName}`,
            id: alarm.AlarmName,
            name: alarm.AlarmName,
            account: ctx.account,
            region: ctx.scopeRegion,
            // Tags need one ListTagsForResource call per alarm; not collected.
            tags: {},
            state: (0,normalize/* text */.Qq)(alarm.StateValue),
        }, {
            alarmType: kind,
            // Metric-math alarms name their metrics in `Metrics`, not here.
            namespace: (0,normalize/* text */.Qq)(metric?.Namespace),
            metricName: (0,normalize/* text */.Qq)(metric?.MetricName),
            dimensions: dimensionMap(metric?.Dimensions),
            stateUpdatedAt: (0,normalize/* isoDate */._$)(alarm.StateUpdatedTimestamp),
            // AWS always sends it; true is its default.
            actionsEnabled: alarm.ActionsEnabled ?? true,
            alarmActions: (0,normalize/* sortedStrings */.MA)(alarm.AlarmActions ?? []),
            okActions: (0,normalize/* sortedStrings */.MA)(alarm.OKActions ?? []),
            insufficientDataActions: (0,normalize/* sortedStrings */.MA)(alarm.InsufficientDataActions ?? []),
        }));
    }
}
async function collectLogGroups(ctx) {
    const logs = ctx.client(client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr);
    const groups = await ctx.list('DescribeLogGroups', 'logs:log-group', (0,client_cloudwatch_logs_dist_cjs/* paginateDescribeLogGroups */.BSi)({ client: logs, pageSize: 50 }, {}), (page) => page.logGroups);
    for (const group of groups) {
        if (!group.logGroupName)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('logs:log-group', {
            arn: logGroupArn(group) ??
                `arn:${ctx.partition}:logs:${ctx.region}:${ctx.account}:log-group:${group.logGroupName}`,
            id: group.logGroupName,
            name: group.logGroupName,
            account: ctx.account,
            region: ctx.scopeRegion,
            // Tags need one ListTagsForResource call per log group; not collected.
            tags: {},
            createdAt: (0,normalize/* isoDate */._$)(group.creationTime),
        }, {
            // Absent: never expires.
            retentionDays: group.retentionInDays ?? null,
            storedBytes: group.storedBytes ?? 0,
            kmsKeyId: (0,normalize/* text */.Qq)(group.kmsKeyId),
            logGroupClass: (0,normalize/* text */.Qq)(group.logGroupClass),
        }));
    }
}
const cloudwatchCollector = {
    service: 'cloudwatch',
    scope: 'regional',
    permissions: cloudwatch_permissions,
    resourceTypes: ['cloudwatch:alarm', 'logs:log-group'],
    async collect(ctx) {
        await Promise.all([
            ctx.step(['cloudwatch:alarm'], () => collectAlarms(ctx)),
            ctx.step(['logs:log-group'], () => collectLogGroups(ctx)),
        ]);
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
;// CONCATENATED MODULE: ./src/scan/collectors/dynamodb.ts




const dynamodb_permissions = {
    ListTables: 'dynamodb:ListTables',
    DescribeTable: 'dynamodb:DescribeTable',
    DescribeContinuousBackups: 'dynamodb:DescribeContinuousBackups',
    DescribeTimeToLive: 'dynamodb:DescribeTimeToLive',
    // Tags come from one GetResources listing per region; ListTagsOfResource where there is none (one
    // table in the region) or it failed.
    GetResources: 'tag:GetResources',
    ListTagsOfResource: 'dynamodb:ListTagsOfResource',
    // Whether a table's KMS key is the AWS managed aws/dynamodb key or a customer managed one.
    DescribeKey: 'kms:DescribeKey',
};
/** The table was deleted between ListTables and the per-table reads. */
const TABLE_GONE = ['ResourceNotFoundException', 'TableNotFoundException'];
/** Attributes that come from DescribeTable, unknown when that call fails. */
const DESCRIBE_TABLE_ATTRIBUTES = [
    'billingMode',
    'itemCount',
    'sizeBytes',
    'sse',
    'deletionProtection',
    'stream',
    'provisionedThroughput',
];
function keyManagers(ctx) {
    const answers = new Map();
    return (keyArn) => {
        let answer = answers.get(keyArn);
        if (!answer) {
            answer = ctx
                // The client is made on first use: most regions have no table on a KMS key.
                .read('DescribeKey', () => ctx.client(client_kms_dist_cjs/* KMSClient */.pgq).send(new client_kms_dist_cjs/* DescribeKeyCommand */.spV({ KeyId: keyArn })), {
                resourceId: keyArn,
            })
                .then((described) => {
                const manager = described?.KeyMetadata?.KeyManager;
                return manager === 'AWS' || manager === 'CUSTOMER' ? manager : undefined;
            });
            answers.set(keyArn, answer);
        }
        return answer;
    };
}
function tableAttributes(table) {
    // No BillingModeSummary means the table has always been provisioned.
    const billingMode = table ? (table.BillingModeSummary?.BillingMode ?? 'PROVISIONED') : 'unknown';
    const throughput = table?.ProvisionedThroughput;
    const sse = table?.SSEDescription;
    return {
        billingMode,
        itemCount: table?.ItemCount ?? 0,
        sizeBytes: table?.TableSizeBytes ?? 0,
        // No SSEDescription: encrypted with an AWS-owned key.
        sse: sse
            ? { status: (0,normalize/* text */.Qq)(sse.Status), type: (0,normalize/* text */.Qq)(sse.SSEType), kmsKeyArn: (0,normalize/* text */.Qq)(sse.KMSMasterKeyArn) }
            : null,
        deletionProtection: table?.DeletionProtectionEnabled ?? false,
        stream: table?.StreamSpecification?.StreamEnabled
            ? { viewType: (0,normalize/* text */.Qq)(table.StreamSpecification.StreamViewType) }
            : null,
        provisionedThroughput: billingMode === 'PROVISIONED' && throughput
            ? { read: throughput.ReadCapacityUnits ?? 0, write: throughput.WriteCapacityUnits ?? 0 }
            : null,
    };
}
async function collectTable(ctx, dynamodb, managerOf, tagListing, name) {
    const tableArn = `arn:${ctx.partition}:dynamodb:${ctx.region}:${ctx.account}:table/${name}`;
    const options = { absentWhen: TABLE_GONE, resourceId: name };
    const [described, backups, ttl, tags] = await Promise.all([
        ctx.branch(() => ctx.read('DescribeTable', () => dynamodb.send(new client_dynamodb_dist_cjs/* DescribeTableCommand */.h8C({ TableName: name })), options)),
        ctx.branch(() => ctx.read('DescribeContinuousBackups', () => dynamodb.send(new client_dynamodb_dist_cjs/* DescribeContinuousBackupsCommand */.NXH({ TableName: name })), options)),
        ctx.branch(() => ctx.read('DescribeTimeToLive', () => dynamodb.send(new client_dynamodb_dist_cjs/* DescribeTimeToLiveCommand */.zyW({ TableName: name })), options)),
        ctx.branch(() => tagsOf(tagListing, tableArn, async () => {
            const all = await ctx.read('ListTagsOfResource', async () => {
                // No SDK paginator for this operation: follow NextToken by hand.
                const read = [];
                let NextToken;
                do {
                    const page = await dynamodb.send(new client_dynamodb_dist_cjs/* ListTagsOfResourceCommand */.IIA({ ResourceArn: tableArn, NextToken }));
                    read.push(...(page.Tags ?? []));
                    NextToken = page.NextToken;
                } while (NextToken);
                return read;
            }, options);
            return all === undefined || all === null ? all : (0,normalize/* tagMap */.lD)(all);
        })),
    ]);
    // null: the table is gone, so there is nothing to record.
    if (described === null || backups === null || ttl === null || tags === null)
        return;
    const table = described?.Table;
    const unknown = [];
    if (!table)
        unknown.push(...DESCRIBE_TABLE_ATTRIBUTES, 'kmsKeyManager');
    const onKms = table?.SSEDescription?.SSEType === 'KMS';
    const keyArn = onKms ? (0,normalize/* text */.Qq)(table.SSEDescription?.KMSMasterKeyArn) : null;
    // On KMS without a key ARN in the answer, who manages the key is unknown, not "nobody".
    const kmsKeyManager = keyArn ? await managerOf(keyArn) : onKms ? undefined : null;
    if (kmsKeyManager === undefined)
        unknown.push('kmsKeyManager');
    if (!backups)
        unknown.push('pointInTimeRecovery');
    if (!ttl)
        unknown.push('ttl');
    const ttlDescription = ttl?.TimeToLiveDescription;
    ctx.emit((0,normalize/* makeResource */.To)('dynamodb:table', {
        arn: table?.TableArn ?? tableArn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        state: (0,normalize/* text */.Qq)(table?.TableStatus),
        createdAt: (0,normalize/* isoDate */._$)(table?.CreationDateTime),
    }, {
        ...tableAttributes(table),
        kmsKeyManager: kmsKeyManager ?? null,
        pointInTimeRecovery: backups?.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus ===
            'ENABLED',
        ttl: ttlDescription?.TimeToLiveStatus
            ? { status: ttlDescription.TimeToLiveStatus, attributeName: (0,normalize/* text */.Qq)(ttlDescription.AttributeName) }
            : null,
    }, 
    // Tags that could not be read are recorded as {} and named here.
    tags === undefined ? [...unknown, 'tags'] : unknown));
}
const dynamodbCollector = {
    service: 'dynamodb',
    scope: 'regional',
    permissions: dynamodb_permissions,
    resourceTypes: ['dynamodb:table'],
    // Three calls per table (DescribeTable, DescribeContinuousBackups, DescribeTimeToLive), four when
    // its tags are not listed (ListTagsOfResource), and one DescribeKey per KMS key.
    async collect(ctx) {
        const dynamodb = ctx.client(client_dynamodb_dist_cjs/* DynamoDBClient */.MGV);
        const names = await ctx.list('ListTables', 'dynamodb:table', (0,client_dynamodb_dist_cjs/* paginateListTables */.hUE)({ client: dynamodb, pageSize: 100 }, {}), (page) => page.TableNames);
        const managerOf = keyManagers(ctx);
        // One GetResources listing for the region's tags, beside the per-table reads.
        const tagListing = listingPays(names.length) ? tagsByArn(ctx, ctx.region, 'dynamodb:table') : NO_LISTING;
        await ctx.each(names, (name) => collectTable(ctx, dynamodb, managerOf, tagListing, name));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
;// CONCATENATED MODULE: ./src/scan/collectors/rds-connections.ts

/** How far back an instance's connections are read: long enough to see weekly jobs. */
const CONNECTIONS_WINDOW_DAYS = 14;
const CONNECTION_METRICS = {
    namespace: 'AWS/RDS',
    dimension: 'DBInstanceIdentifier',
    // The daily peak: a connection that came and went within the day still counts.
    metrics: [{ name: 'DatabaseConnections', stat: 'Maximum' }],
};
/**
 * Each instance's daily peak of DatabaseConnections over the window, read with GetMetricData
 * (throws as the SDK does). An instance whose query did not complete is left out of the map: its
 * connections are unknown, never zero.
 */
async function readConnections(cloudwatch, instanceIds, window) {
    const read = await readDailyMetrics(cloudwatch, CONNECTION_METRICS, instanceIds, window);
    return new Map([...read].map(([id, series]) => {
        const values = series.flat().flatMap((p) => (Number.isFinite(p.value) ? [p.value] : []));
        const connections = {
            windowDays: CONNECTIONS_WINDOW_DAYS,
            daysWithData: daysWithData(series),
            maxConnections: values.length > 0 ? Math.max(0, ...values) : null,
        };
        return [id, connections];
    }));
}
/** The last whole days before today (UTC midnights), so that daily periods are calendar days. */
const connectionsWindow = (now) => dailyWindow(now, CONNECTIONS_WINDOW_DAYS);
/** 500 instances (one query each) per call. */
const connectionBatches = (instanceIds) => metricBatches(instanceIds, CONNECTION_METRICS);

;// CONCATENATED MODULE: ./src/scan/collectors/rds.ts




const rds_permissions = {
    DescribeDBInstances: 'rds:DescribeDBInstances',
    DescribeDBClusters: 'rds:DescribeDBClusters',
    DescribeDBSnapshots: 'rds:DescribeDBSnapshots',
    DescribeDBClusterSnapshots: 'rds:DescribeDBClusterSnapshots',
    DescribeDBSnapshotAttributes: 'rds:DescribeDBSnapshotAttributes',
    DescribeDBClusterSnapshotAttributes: 'rds:DescribeDBClusterSnapshotAttributes',
    // One listing per region: which RDS events are sent to SNS.
    DescribeEventSubscriptions: 'rds:DescribeEventSubscriptions',
    // One listing per region: whether each RDS Proxy requires TLS.
    DescribeDBProxies: 'rds:DescribeDBProxies',
    // Available instances' connections, so that an idle database can be told from a used one.
    GetMetricData: 'cloudwatch:GetMetricData',
};
const rds_PAGE = { pageSize: 100 };
/** The snapshot was deleted between the listing and the attribute read. */
const SNAPSHOT_GONE = ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'];
const CLUSTER_SNAPSHOT_GONE = ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshotNotFound'];
function rds_arn(ctx, resource) {
    return `arn:${ctx.partition}:rds:${ctx.region}:${ctx.account}:${resource}`;
}
/** The `restore` attribute: `all` makes a snapshot public, any other value is an account it is shared with. */
function snapshotSharing(attributes) {
    const values = (attributes ?? [])
        .filter((a) => a.AttributeName === 'restore')
        .flatMap((a) => a.AttributeValues ?? []);
    return {
        public: values.includes('all'),
        sharedWithAccountIds: (0,normalize/* sortedStrings */.MA)(values.filter((v) => v !== 'all')),
    };
}
/** Placeholder values for a failed attribute read; the resource lists them in unknownAttributes. */
const unknownSharing = () => ({ public: false, sharedWithAccountIds: [] });
/** Available instances' connections; an id mapped to undefined is one whose read failed. */
async function connectionsOf(ctx, instances) {
    const available = instances
        .filter((db) => db.DBInstanceStatus === 'available' && db.DBInstanceIdentifier)
        .map((db) => db.DBInstanceIdentifier ?? '');
    const window = connectionsWindow(new Date());
    const connections = new Map();
    // The CloudWatch client is made only where an instance needs it (batches are empty otherwise).
    await ctx.each(connectionBatches(available), async (batch) => {
        const read = await ctx.read('GetMetricData', () => readConnections(ctx.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn), batch, window));
        for (const id of batch)
            connections.set(id, read?.get(id));
    });
    return connections;
}
async function rds_collectInstances(ctx, rds) {
    const instances = await ctx.list('DescribeDBInstances', 'rds:db-instance', (0,client_rds_dist_cjs.paginateDescribeDBInstances)({ client: rds, ...rds_PAGE }, {}), (page) => page.DBInstances);
    const connections = await connectionsOf(ctx, instances);
    for (const db of instances) {
        if (!db.DBInstanceIdentifier)
            continue;
        const connectionsRead = connections.get(db.DBInstanceIdentifier);
        ctx.emit((0,normalize/* makeResource */.To)('rds:db-instance', {
            arn: db.DBInstanceArn ?? rds_arn(ctx, `db:${db.DBInstanceIdentifier}`),
            id: db.DBInstanceIdentifier,
            name: db.DBInstanceIdentifier,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: (0,normalize/* tagMap */.lD)(db.TagList),
            state: (0,normalize/* text */.Qq)(db.DBInstanceStatus),
            createdAt: (0,normalize/* isoDate */._$)(db.InstanceCreateTime),
        }, {
            engine: db.Engine ?? 'unknown',
            engineVersion: (0,normalize/* text */.Qq)(db.EngineVersion),
            instanceClass: (0,normalize/* text */.Qq)(db.DBInstanceClass),
            publiclyAccessible: db.PubliclyAccessible ?? false,
            storageEncrypted: db.StorageEncrypted ?? false,
            kmsKeyId: (0,normalize/* text */.Qq)(db.KmsKeyId),
            multiAz: db.MultiAZ ?? false,
            backupRetentionDays: db.BackupRetentionPeriod ?? 0,
            deletionProtection: db.DeletionProtection ?? false,
            autoMinorVersionUpgrade: db.AutoMinorVersionUpgrade ?? false,
            allocatedStorageGiB: db.AllocatedStorage ?? null,
            storageType: (0,normalize/* text */.Qq)(db.StorageType),
            clusterIdentifier: (0,normalize/* text */.Qq)(db.DBClusterIdentifier),
            readReplicaSource: (0,normalize/* text */.Qq)(db.ReadReplicaSourceDBInstanceIdentifier),
            readReplicaIds: (0,normalize/* sortedStrings */.MA)([
                ...(db.ReadReplicaDBInstanceIdentifiers ?? []),
                ...(db.ReadReplicaDBClusterIdentifiers ?? []),
            ]),
            connections: connectionsRead ?? null,
            iamAuthentication: db.IAMDatabaseAuthenticationEnabled ?? false,
            copyTagsToSnapshot: db.CopyTagsToSnapshot ?? false,
            port: db.Endpoint?.Port ?? (db.DbInstancePort ? db.DbInstancePort : null),
            masterUsername: (0,normalize/* text */.Qq)(db.MasterUsername),
            monitoringIntervalSeconds: db.MonitoringInterval ?? 0,
            logExports: (0,normalize/* sortedStrings */.MA)(db.EnabledCloudwatchLogsExports ?? []),
            subnetIds: (0,normalize/* sortedStrings */.MA)((db.DBSubnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier)),
        }, connections.has(db.DBInstanceIdentifier) && connectionsRead === undefined ? ['connections'] : []));
    }
}
async function collectClusters(ctx, rds) {
    const clusters = await ctx.list('DescribeDBClusters', 'rds:db-cluster', (0,client_rds_dist_cjs.paginateDescribeDBClusters)({ client: rds, ...rds_PAGE }, {}), (page) => page.DBClusters);
    for (const cluster of clusters) {
        if (!cluster.DBClusterIdentifier)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('rds:db-cluster', {
            arn: cluster.DBClusterArn ?? rds_arn(ctx, `cluster:${cluster.DBClusterIdentifier}`),
            id: cluster.DBClusterIdentifier,
            name: cluster.DBClusterIdentifier,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: (0,normalize/* tagMap */.lD)(cluster.TagList),
            state: (0,normalize/* text */.Qq)(cluster.Status),
            createdAt: (0,normalize/* isoDate */._$)(cluster.ClusterCreateTime),
        }, {
            engine: cluster.Engine ?? 'unknown',
            engineVersion: (0,normalize/* text */.Qq)(cluster.EngineVersion),
            storageEncrypted: cluster.StorageEncrypted ?? false,
            multiAz: cluster.MultiAZ ?? false,
            backupRetentionDays: cluster.BackupRetentionPeriod ?? 0,
            deletionProtection: cluster.DeletionProtection ?? false,
            // Only Multi-AZ DB clusters report it; Aurora sets it per instance.
            publiclyAccessible: cluster.PubliclyAccessible ?? null,
            memberInstanceIds: (0,normalize/* sortedStrings */.MA)((cluster.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier)),
            iamAuthentication: cluster.IAMDatabaseAuthenticationEnabled ?? false,
            copyTagsToSnapshot: cluster.CopyTagsToSnapshot ?? false,
            masterUsername: (0,normalize/* text */.Qq)(cluster.MasterUsername),
            engineMode: (0,normalize/* text */.Qq)(cluster.EngineMode),
            logExports: (0,normalize/* sortedStrings */.MA)(cluster.EnabledCloudwatchLogsExports ?? []),
            backtrackWindowSeconds: cluster.BacktrackWindow ?? 0,
            autoMinorVersionUpgrade: cluster.AutoMinorVersionUpgrade ?? null,
        }));
    }
}
async function rds_collectSnapshots(ctx, rds) {
    const snapshots = await ctx.list('DescribeDBSnapshots', 'rds:db-snapshot', (0,client_rds_dist_cjs.paginateDescribeDBSnapshots)({ client: rds, ...rds_PAGE }, { SnapshotType: 'manual' }), (page) => page.DBSnapshots);
    await ctx.each(snapshots, async (snapshot) => {
        const id = snapshot.DBSnapshotIdentifier;
        if (!id)
            return;
        const answer = await ctx.read('DescribeDBSnapshotAttributes', () => rds.send(new client_rds_dist_cjs.DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })), { absentWhen: SNAPSHOT_GONE, resourceId: id });
        if (answer === null)
            return;
        const sharing = answer
            ? snapshotSharing(answer.DBSnapshotAttributesResult?.DBSnapshotAttributes)
            : unknownSharing();
        ctx.emit((0,normalize/* makeResource */.To)('rds:db-snapshot', {
            arn: snapshot.DBSnapshotArn ?? rds_arn(ctx, `snapshot:${id}`),
            id,
            name: id,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: (0,normalize/* tagMap */.lD)(snapshot.TagList),
            state: (0,normalize/* text */.Qq)(snapshot.Status),
            createdAt: (0,normalize/* isoDate */._$)(snapshot.SnapshotCreateTime),
        }, {
            sourceIdentifier: (0,normalize/* text */.Qq)(snapshot.DBInstanceIdentifier),
            engine: (0,normalize/* text */.Qq)(snapshot.Engine),
            allocatedStorageGiB: snapshot.AllocatedStorage ?? null,
            encrypted: snapshot.Encrypted ?? false,
            snapshotType: (0,normalize/* text */.Qq)(snapshot.SnapshotType),
            ...sharing,
        }, answer ? [] : ['public', 'sharedWithAccountIds']));
    });
}
async function collectClusterSnapshots(ctx, rds) {
    const snapshots = await ctx.list('DescribeDBClusterSnapshots', 'rds:db-cluster-snapshot', (0,client_rds_dist_cjs.paginateDescribeDBClusterSnapshots)({ client: rds, ...rds_PAGE }, { SnapshotType: 'manual' }), (page) => page.DBClusterSnapshots);
    await ctx.each(snapshots, async (snapshot) => {
        const id = snapshot.DBClusterSnapshotIdentifier;
        if (!id)
            return;
        const answer = await ctx.read('DescribeDBClusterSnapshotAttributes', () => rds.send(new client_rds_dist_cjs.DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })), { absentWhen: CLUSTER_SNAPSHOT_GONE, resourceId: id });
        if (answer === null)
            return;
        const sharing = answer
            ? snapshotSharing(answer.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes)
            : unknownSharing();
        ctx.emit((0,normalize/* makeResource */.To)('rds:db-cluster-snapshot', {
            arn: snapshot.DBClusterSnapshotArn ?? rds_arn(ctx, `cluster-snapshot:${id}`),
            id,
            name: id,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: (0,normalize/* tagMap */.lD)(snapshot.TagList),
            state: (0,normalize/* text */.Qq)(snapshot.Status),
            createdAt: (0,normalize/* isoDate */._$)(snapshot.SnapshotCreateTime),
        }, {
            sourceIdentifier: (0,normalize/* text */.Qq)(snapshot.DBClusterIdentifier),
            engine: (0,normalize/* text */.Qq)(snapshot.Engine),
            allocatedStorageGiB: snapshot.AllocatedStorage ?? null,
            encrypted: snapshot.StorageEncrypted ?? false,
            snapshotType: (0,normalize/* text */.Qq)(snapshot.SnapshotType),
            ...sharing,
        }, answer ? [] : ['public', 'sharedWithAccountIds']));
    });
}
async function collectEventSubscriptions(ctx, rds) {
    const subscriptions = await ctx.list('DescribeEventSubscriptions', 'rds:event-subscription', (0,client_rds_dist_cjs.paginateDescribeEventSubscriptions)({ client: rds, ...rds_PAGE }, {}), (page) => page.EventSubscriptionsList);
    for (const sub of subscriptions) {
        const id = sub.CustSubscriptionId;
        if (!id)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('rds:event-subscription', {
            arn: sub.EventSubscriptionArn ?? rds_arn(ctx, `es:${id}`),
            id,
            name: id,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: {},
            state: (0,normalize/* text */.Qq)(sub.Status),
            createdAt: (0,normalize/* isoDate */._$)(sub.SubscriptionCreationTime),
        }, {
            sourceType: (0,normalize/* text */.Qq)(sub.SourceType),
            eventCategories: (0,normalize/* sortedStrings */.MA)(sub.EventCategoriesList ?? []),
            sourceIds: (0,normalize/* sortedStrings */.MA)(sub.SourceIdsList ?? []),
            enabled: sub.Enabled ?? false,
            snsTopicArn: (0,normalize/* text */.Qq)(sub.SnsTopicArn),
        }));
    }
}
async function collectProxies(ctx, rds) {
    const proxies = await ctx.list('DescribeDBProxies', 'rds:db-proxy', (0,client_rds_dist_cjs.paginateDescribeDBProxies)({ client: rds, ...rds_PAGE }, {}), (page) => page.DBProxies);
    for (const proxy of proxies) {
        const id = proxy.DBProxyName;
        if (!id)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('rds:db-proxy', {
            // A proxy's ARN ends in a generated id, not its name: only AWS's answer has it.
            arn: proxy.DBProxyArn ?? rds_arn(ctx, `db-proxy:${id}`),
            id,
            name: id,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: {},
            state: (0,normalize/* text */.Qq)(proxy.Status),
            createdAt: (0,normalize/* isoDate */._$)(proxy.CreatedDate),
        }, { engineFamily: (0,normalize/* text */.Qq)(proxy.EngineFamily), requireTls: proxy.RequireTLS ?? false }));
    }
}
const rdsCollector = {
    service: 'rds',
    scope: 'regional',
    permissions: rds_permissions,
    resourceTypes: [
        'rds:db-instance',
        'rds:db-cluster',
        'rds:db-snapshot',
        'rds:db-cluster-snapshot',
        'rds:event-subscription',
        'rds:db-proxy',
    ],
    async collect(ctx) {
        const rds = ctx.client(client_rds_dist_cjs.RDSClient);
        await Promise.all([
            ctx.step(['rds:db-instance'], () => rds_collectInstances(ctx, rds)),
            ctx.step(['rds:db-cluster'], () => collectClusters(ctx, rds)),
            ctx.step(['rds:db-snapshot'], () => rds_collectSnapshots(ctx, rds)),
            ctx.step(['rds:db-cluster-snapshot'], () => collectClusterSnapshots(ctx, rds)),
            ctx.step(['rds:event-subscription'], () => collectEventSubscriptions(ctx, rds)),
            ctx.step(['rds:db-proxy'], () => collectProxies(ctx, rds)),
        ]);
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var client_cloudtrail_dist_cjs = __webpack_require__(7392);
;// CONCATENATED MODULE: ./src/scan/collectors/cloudtrail.ts


const cloudtrail_permissions = {
    DescribeTrails: 'cloudtrail:DescribeTrails',
    ListTrails: 'cloudtrail:ListTrails',
    GetTrailStatus: 'cloudtrail:GetTrailStatus',
    GetEventSelectors: 'cloudtrail:GetEventSelectors',
};
/** Attributes only DescribeTrails answers (for a trail it could not describe, all unknown). */
const DETAIL_ATTRIBUTES = [
    'isOrganizationTrail',
    'includeGlobalServiceEvents',
    's3BucketName',
    'kmsKeyId',
    'logFileValidation',
    'cloudWatchLogsLogGroupArn',
];
/**
 * Which management events a trail's selectors record. Basic selectors record management events
 * unless IncludeManagementEvents is false, of the ReadWriteType given; advanced selectors record
 * those whose eventCategory is Management, filtered by a readOnly field when there is one. An
 * answer with no selector at all is AWS's default for a new trail (all management events; moto
 * answers so for every trail it has not been given selectors).
 */
function managementEventsOf(answer) {
    const basic = answer.EventSelectors ?? [];
    const advanced = answer.AdvancedEventSelectors ?? [];
    if (basic.length === 0 && advanced.length === 0)
        return 'all';
    let read = false;
    let write = false;
    for (const selector of basic) {
        if (selector.IncludeManagementEvents === false)
            continue;
        const type = selector.ReadWriteType ?? 'All';
        read ||= type !== 'WriteOnly';
        write ||= type !== 'ReadOnly';
    }
    for (const selector of advanced) {
        const fields = selector.FieldSelectors ?? [];
        const category = fields.find((f) => f.Field === 'eventCategory');
        if (!category?.Equals?.includes('Management'))
            continue;
        const readOnly = fields.find((f) => f.Field === 'readOnly');
        const excluded = readOnly?.NotEquals?.[0];
        const only = readOnly?.Equals?.[0] ?? (excluded === undefined ? undefined : excluded === 'true' ? 'false' : 'true');
        read ||= only !== 'false';
        write ||= only !== 'true';
    }
    return read && write ? 'all' : read ? 'read-only' : write ? 'write-only' : 'none';
}
function groupByRegion(entries) {
    const groups = new Map();
    for (const entry of entries)
        groups.set(entry.homeRegion, [...(groups.get(entry.homeRegion) ?? []), entry]);
    return [...groups.entries()];
}
/**
 * Trails belong to the account, but every region's DescribeTrails also answers with the trails
 * that merely apply there ("shadow" trails: multi-region trails of other regions, and organization
 * trails in member accounts). So the collector is global and reads, in the partition's home region:
 *
 * - DescribeTrails with shadow trails: every multi-region trail (each one covers the home region,
 *   which cannot be disabled), every organization trail that applies to the account, and the home
 *   region's own single-region trails, with their settings;
 * - ListTrails beside it: the name, ARN and home region of the account's trails. The trails it names
 *   that the first answer lacks are single-region trails of other regions, described in their home
 *   region (one DescribeTrails per such region). moto answers ListTrails like DescribeTrails (the
 *   home region's trails only), so the unit tests cover this path with AWS's answer.
 *
 * Each trail is recorded once, under its home region (deduplicated by ARN), and its status is read
 * with GetTrailStatus in its home region.
 */
const cloudtrailCollector = {
    service: 'cloudtrail',
    scope: 'global',
    permissions: cloudtrail_permissions,
    resourceTypes: ['cloudtrail:trail'],
    async collect(ctx) {
        const home = ctx.client(client_cloudtrail_dist_cjs/* CloudTrailClient */.Vsm);
        let homeDescribed = false;
        const [described, listed] = await Promise.all([
            ctx.branch(() => ctx.list('DescribeTrails', 'cloudtrail:trail', async () => {
                const answer = await home.send(new client_cloudtrail_dist_cjs/* DescribeTrailsCommand */.oSd({ includeShadowTrails: true }));
                homeDescribed = true;
                return answer;
            }, (answer) => answer.trailList)),
            ctx.branch(() => ctx.list('ListTrails', 'cloudtrail:trail', (0,client_cloudtrail_dist_cjs/* paginateListTrails */.zlR)({ client: home }, {}), (page) => page.Trails)),
        ]);
        const entries = new Map();
        for (const trail of described) {
            if (!trail.TrailARN || entries.has(trail.TrailARN))
                continue;
            entries.set(trail.TrailARN, {
                arn: trail.TrailARN,
                name: (0,normalize/* text */.Qq)(trail.Name),
                homeRegion: (0,normalize/* text */.Qq)(trail.HomeRegion) ?? ctx.region,
                details: trail,
            });
        }
        const elsewhere = [];
        for (const info of listed) {
            if (!info.TrailARN || entries.has(info.TrailARN))
                continue;
            const entry = {
                arn: info.TrailARN,
                name: (0,normalize/* text */.Qq)(info.Name),
                homeRegion: (0,normalize/* text */.Qq)(info.HomeRegion) ?? ctx.region,
            };
            entries.set(info.TrailARN, entry);
            elsewhere.push(entry);
        }
        const readsOf = new Map();
        await Promise.all([
            ctx.branch(() => ctx.each(groupByRegion(elsewhere), async ([region, group]) => {
                const client = ctx.client(client_cloudtrail_dist_cjs/* CloudTrailClient */.Vsm, region);
                const answer = await ctx.read('DescribeTrails', () => client.send(new client_cloudtrail_dist_cjs/* DescribeTrailsCommand */.oSd({
                    trailNameList: group.map((entry) => entry.arn),
                    includeShadowTrails: false,
                })), { resourceId: region });
                for (const trail of answer?.trailList ?? []) {
                    const entry = group.find((e) => e.arn === trail.TrailARN);
                    if (entry)
                        entry.details = trail;
                }
            })),
            // Each trail's status and event selectors, in its home region.
            ctx.branch(() => ctx.each([...entries.values()], async (entry) => {
                const client = ctx.client(client_cloudtrail_dist_cjs/* CloudTrailClient */.Vsm, entry.homeRegion);
                const options = { resourceId: entry.arn };
                const [status, selectors] = await Promise.all([
                    ctx.branch(() => ctx.read('GetTrailStatus', () => client.send(new client_cloudtrail_dist_cjs/* GetTrailStatusCommand */.aMm({ Name: entry.arn })), options)),
                    ctx.branch(() => ctx.read('GetEventSelectors', () => client.send(new client_cloudtrail_dist_cjs/* GetEventSelectorsCommand */.ave({ TrailName: entry.arn })), options)),
                ]);
                readsOf.set(entry.arn, { status, selectors });
            })),
        ]);
        for (const entry of entries.values()) {
            const trail = entry.details;
            const { status, selectors: selected } = readsOf.get(entry.arn) ?? {};
            const unknown = [];
            if (!trail)
                unknown.push(...DETAIL_ATTRIBUTES);
            // Every multi-region trail covers the home region: one its DescribeTrails did not return is
            // single-region. Without that answer, whether it is multi-region is unknown too.
            if (!trail && !homeDescribed)
                unknown.push('isMultiRegion');
            if (typeof status?.IsLogging !== 'boolean')
                unknown.push('isLogging');
            if (!selected)
                unknown.push('managementEvents');
            const attributes = {
                isMultiRegion: trail?.IsMultiRegionTrail ?? false,
                homeRegion: entry.homeRegion,
                isOrganizationTrail: trail?.IsOrganizationTrail ?? false,
                isLogging: typeof status?.IsLogging === 'boolean' ? status.IsLogging : null,
                includeGlobalServiceEvents: trail?.IncludeGlobalServiceEvents ?? false,
                s3BucketName: (0,normalize/* text */.Qq)(trail?.S3BucketName),
                kmsKeyId: (0,normalize/* text */.Qq)(trail?.KmsKeyId),
                logFileValidation: trail?.LogFileValidationEnabled ?? false,
                cloudWatchLogsLogGroupArn: (0,normalize/* text */.Qq)(trail?.CloudWatchLogsLogGroupArn),
                managementEvents: selected ? managementEventsOf(selected) : null,
            };
            ctx.emit((0,normalize/* makeResource */.To)('cloudtrail:trail', {
                arn: entry.arn,
                id: entry.arn,
                name: entry.name ?? (0,normalize/* text */.Qq)(trail?.Name),
                account: ctx.account,
                region: entry.homeRegion,
            }, attributes, unknown));
        }
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-cjs/index.js
var client_guardduty_dist_cjs = __webpack_require__(600);
;// CONCATENATED MODULE: ./src/scan/collectors/guardduty.ts


const guardduty_permissions = {
    ListDetectors: 'guardduty:ListDetectors',
    GetDetector: 'guardduty:GetDetector',
};
/** ListDetectors' maximum page size. */
const guardduty_PAGE = { pageSize: 50 };
/**
 * The detector's protection plans. `Features` is GuardDuty's current form; detectors answered
 * without it (older API versions, moto) have the deprecated `DataSources`, mapped to the same names.
 */
function detectorFeatures(detector) {
    const features = [];
    for (const feature of detector.Features ?? []) {
        if (!feature.Name)
            continue;
        features.push({ name: feature.Name, status: (0,normalize/* text */.Qq)(feature.Status) });
        for (const extra of feature.AdditionalConfiguration ?? []) {
            if (extra.Name)
                features.push({ name: `${feature.Name}/${extra.Name}`, status: (0,normalize/* text */.Qq)(extra.Status) });
        }
    }
    const sources = detector.DataSources;
    if (features.length === 0 && sources) {
        const add = (name, status) => {
            if (status)
                features.push({ name, status });
        };
        add('CLOUD_TRAIL', sources.CloudTrail?.Status);
        add('DNS_LOGS', sources.DNSLogs?.Status);
        add('FLOW_LOGS', sources.FlowLogs?.Status);
        add('S3_DATA_EVENTS', sources.S3Logs?.Status);
        add('EKS_AUDIT_LOGS', sources.Kubernetes?.AuditLogs?.Status);
        add('EBS_MALWARE_PROTECTION', sources.MalwareProtection?.ScanEc2InstanceWithFindings?.EbsVolumes?.Status);
    }
    const unique = new Map(features.map((f) => [f.name, f]));
    return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name));
}
async function collectDetector(ctx, guardduty, id) {
    const detector = await ctx.read('GetDetector', () => guardduty.send(new client_guardduty_dist_cjs/* GetDetectorCommand */.wKI({ DetectorId: id })), {
        resourceId: id,
    });
    ctx.emit((0,normalize/* makeResource */.To)('guardduty:detector', {
        arn: `arn:${ctx.partition}:guardduty:${ctx.region}:${ctx.account}:detector/${id}`,
        id,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: { ...(detector?.Tags ?? {}) },
        state: (0,normalize/* text */.Qq)(detector?.Status),
        createdAt: (0,normalize/* isoDate */._$)(detector?.CreatedAt),
    }, {
        status: (0,normalize/* text */.Qq)(detector?.Status),
        findingPublishingFrequency: (0,normalize/* text */.Qq)(detector?.FindingPublishingFrequency),
        features: detector ? detectorFeatures(detector) : [],
    }, 
    // A detector that exists but cannot be read: GuardDuty may be on or suspended.
    detector ? [] : ['status', 'findingPublishingFrequency', 'features', 'tags']));
}
/**
 * GuardDuty is regional, with at most one detector per account and region. A region whose
 * ListDetectors answered with none has GuardDuty off: the rules read that from complete coverage
 * with no detector, so nothing is emitted for it.
 */
const guarddutyCollector = {
    service: 'guardduty',
    scope: 'regional',
    permissions: guardduty_permissions,
    resourceTypes: ['guardduty:detector'],
    async collect(ctx) {
        const guardduty = ctx.client(client_guardduty_dist_cjs/* GuardDutyClient */.xIV);
        const ids = await ctx.list('ListDetectors', 'guardduty:detector', (0,client_guardduty_dist_cjs/* paginateListDetectors */.BfD)({ client: guardduty, ...guardduty_PAGE }, {}), (page) => page.DetectorIds);
        await ctx.each([...new Set(ids)], (id) => collectDetector(ctx, guardduty, id));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-api-gateway/dist-cjs/index.js
var client_api_gateway_dist_cjs = __webpack_require__(818);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-apigatewayv2/dist-cjs/index.js
var client_apigatewayv2_dist_cjs = __webpack_require__(4919);
;// CONCATENATED MODULE: ./src/scan/collectors/apigateway.ts



/** API Gateway authorizes its management API by HTTP verb on resource paths: reads are apigateway:GET. */
const apigateway_permissions = {
    GetRestApis: 'apigateway:GET',
    GetResources: 'apigateway:GET',
    GetIntegration: 'apigateway:GET',
    GetStages: 'apigateway:GET',
    GetApis: 'apigateway:GET',
    GetRoutes: 'apigateway:GET',
    GetDomainNames: 'apigateway:GET',
    GetIntegrations: 'apigateway:GET',
};
/** GetRestApis' and GetResources' maximum page size. */
const apigateway_PAGE = { pageSize: 500 };
const ORIGIN_HEADER = 'method.response.header.access-control-allow-origin';
const CREDENTIALS_HEADER = 'method.response.header.access-control-allow-credentials';
/** `'*'` -> `*`: static response parameter values are quoted; mapping expressions are not. */
function unquote(value) {
    const match = /^'(.*)'$/s.exec(value.trim());
    return match ? match[1] : value.trim();
}
/** The Access-Control-Allow-Origin values one method's integration responses set. */
function corsOriginsOf(path, httpMethod, integration) {
    const found = [];
    for (const response of Object.values(integration?.integrationResponses ?? {})) {
        const parameters = Object.fromEntries(Object.entries(response.responseParameters ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
        const origin = parameters[ORIGIN_HEADER];
        if (!origin)
            continue;
        const credentials = parameters[CREDENTIALS_HEADER];
        found.push({
            path,
            httpMethod,
            allowOrigin: unquote(origin),
            allowCredentials: credentials !== undefined && unquote(credentials).toLowerCase() === 'true',
        });
    }
    return found;
}
function sortCorsOrigins(origins) {
    const unique = new Map(origins.map((o) => [JSON.stringify([o.path, o.httpMethod, o.allowOrigin, o.allowCredentials]), o]));
    return [...unique.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, o]) => o);
}
/**
 * One REST API: its resources with their methods embedded (GetResources?embed=methods, one call per
 * 500 resources). The embedded methods carry their integration and its responses, where CORS
 * headers are set; for an OPTIONS method that comes without one, GetIntegration reads it, so
 * the calls stay bounded by the API's OPTIONS methods. (moto always embeds the integration, and
 * answers `{}` where AWS answers NotFoundException for a method without one; the unit tests cover AWS.)
 */
async function collectRestApi(ctx, client, api) {
    const id = api.id;
    if (!id)
        return;
    const resources = await ctx.read('GetResources', async () => {
        const all = [];
        for await (const page of (0,client_api_gateway_dist_cjs/* paginateGetResources */.vh0)({ client, ...apigateway_PAGE }, { restApiId: id, embed: ['methods'] })) {
            all.push(...(page.items ?? []));
        }
        return all;
    }, { resourceId: id });
    const unknown = [];
    const methods = (resources ?? []).flatMap((resource) => Object.entries(resource.resourceMethods ?? {}).map(([verb, method]) => ({
        resourceId: resource.id ?? '',
        path: resource.path ?? '/',
        httpMethod: method.httpMethod ?? verb,
        method,
    })));
    if (resources === undefined)
        unknown.push('resourceCount', 'methodCount', 'corsOrigins');
    const integrations = new Map();
    const preflights = methods.filter((m) => m.httpMethod === 'OPTIONS' && !m.method.methodIntegration && m.resourceId);
    await ctx.each(preflights, async (m) => {
        const integration = await ctx.read('GetIntegration', () => client.send(new client_api_gateway_dist_cjs/* GetIntegrationCommand */.s3J({ restApiId: id, resourceId: m.resourceId, httpMethod: 'OPTIONS' })), 
        // A method without an integration answers NotFoundException.
        { absentWhen: ['NotFoundException'], resourceId: `${id} OPTIONS ${m.path}` });
        if (integration === undefined)
            unknown.push('corsOrigins');
        else if (integration)
            integrations.set(m, integration);
    });
    ctx.emit((0,normalize/* makeResource */.To)('apigateway:rest-api', {
        arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/restapis/${id}`,
        id,
        name: (0,normalize/* text */.Qq)(api.name),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: { ...(api.tags ?? {}) },
        createdAt: (0,normalize/* isoDate */._$)(api.createdDate),
    }, {
        description: (0,normalize/* text */.Qq)(api.description),
        endpointTypes: (0,normalize/* sortedStrings */.MA)(api.endpointConfiguration?.types ?? []),
        apiKeySource: (0,normalize/* text */.Qq)(api.apiKeySource),
        disableExecuteApiEndpoint: api.disableExecuteApiEndpoint ?? false,
        resourceCount: resources?.length ?? 0,
        methodCount: methods.length,
        corsOrigins: sortCorsOrigins(methods.flatMap((m) => corsOriginsOf(m.path, m.httpMethod, integrations.get(m) ?? m.method.methodIntegration))),
    }, unknown));
}
/** `{ '*\/*': {...}, '/items/GET': {...} }` -> entries sorted by path. */
function methodSettingsOf(stage) {
    return Object.entries(stage.methodSettings ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([path, setting]) => ({
        path,
        loggingLevel: (0,normalize/* text */.Qq)(setting.loggingLevel),
        cachingEnabled: setting.cachingEnabled ?? false,
        cacheDataEncrypted: setting.cacheDataEncrypted ?? false,
    }));
}
/**
 * One REST API's stages: one GetStages (not paginated). A failure leaves the region's stage listing
 * incomplete (`failed`): no stage of an API that could not be read is taken for one without logging.
 */
async function collectRestStages(ctx, client, api) {
    const id = api.id;
    if (!id)
        return;
    const stages = await ctx.list('GetStages', 'apigateway:rest-stage', () => client.send(new client_api_gateway_dist_cjs/* GetStagesCommand */.pY7({ restApiId: id })), (answer) => answer.item);
    for (const stage of stages) {
        if (!stage.stageName)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('apigateway:rest-stage', {
            arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/restapis/${id}/stages/${stage.stageName}`,
            id: `${id}/${stage.stageName}`,
            name: stage.stageName,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: { ...(stage.tags ?? {}) },
            createdAt: (0,normalize/* isoDate */._$)(stage.createdDate),
        }, {
            apiId: id,
            apiName: (0,normalize/* text */.Qq)(api.name),
            methodSettings: methodSettingsOf(stage),
            clientCertificateId: (0,normalize/* text */.Qq)(stage.clientCertificateId),
            tracingEnabled: stage.tracingEnabled ?? false,
            webAclArn: (0,normalize/* text */.Qq)(stage.webAclArn),
            cacheClusterEnabled: stage.cacheClusterEnabled ?? false,
            accessLogDestination: (0,normalize/* text */.Qq)(stage.accessLogSettings?.destinationArn),
        }));
    }
}
async function collectRestApis(ctx) {
    const client = ctx.client(client_api_gateway_dist_cjs/* APIGatewayClient */.UR2);
    const apis = await ctx.list('GetRestApis', ['apigateway:rest-api', 'apigateway:rest-stage'], (0,client_api_gateway_dist_cjs/* paginateGetRestApis */.f6Q)({ client, ...apigateway_PAGE }, {}), (page) => page.items);
    await Promise.all([
        ctx.step(['apigateway:rest-api'], () => ctx.each(apis, (api) => collectRestApi(ctx, client, api))),
        ctx.step(['apigateway:rest-stage'], () => ctx.each(apis, (api) => collectRestStages(ctx, client, api))),
    ]);
}
/** v2 listings take MaxResults and NextToken (as strings), and the v2 client has no paginators. */
async function* v2Pages(call) {
    let token;
    do {
        const page = await call(token);
        yield page;
        token = page.NextToken;
    } while (token);
}
function emitHttpApi(ctx, api) {
    const cors = api.CorsConfiguration;
    ctx.emit((0,normalize/* makeResource */.To)('apigateway:http-api', {
        arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${api.ApiId}`,
        id: api.ApiId,
        name: (0,normalize/* text */.Qq)(api.Name),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: { ...(api.Tags ?? {}) },
        createdAt: (0,normalize/* isoDate */._$)(api.CreatedDate),
    }, {
        protocolType: api.ProtocolType ?? 'unknown',
        description: (0,normalize/* text */.Qq)(api.Description),
        apiEndpoint: (0,normalize/* text */.Qq)(api.ApiEndpoint),
        disableExecuteApiEndpoint: api.DisableExecuteApiEndpoint ?? false,
        corsConfiguration: cors
            ? {
                allowOrigins: (0,normalize/* sortedStrings */.MA)(cors.AllowOrigins ?? []),
                allowMethods: (0,normalize/* sortedStrings */.MA)(cors.AllowMethods ?? []),
                allowHeaders: (0,normalize/* sortedStrings */.MA)(cors.AllowHeaders ?? []),
                allowCredentials: cors.AllowCredentials ?? false,
            }
            : null,
    }));
}
/** One v2 API's stages (GetStages, paginated); a failure leaves the region's listing `failed`. */
async function collectV2Stages(ctx, client, api) {
    const ApiId = api.ApiId;
    const stages = await ctx.list('GetStages', 'apigateway:v2-stage', v2Pages((NextToken) => client.send(new client_apigatewayv2_dist_cjs/* GetStagesCommand */.pY7({ ApiId, MaxResults: '500', NextToken }))), (page) => page.Items);
    for (const stage of stages) {
        if (!stage.StageName)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('apigateway:v2-stage', {
            arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${ApiId}/stages/${stage.StageName}`,
            id: `${ApiId}/${stage.StageName}`,
            name: stage.StageName,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: { ...(stage.Tags ?? {}) },
            createdAt: (0,normalize/* isoDate */._$)(stage.CreatedDate),
        }, {
            apiId: ApiId,
            apiName: (0,normalize/* text */.Qq)(api.Name),
            protocolType: api.ProtocolType ?? 'unknown',
            defaultLoggingLevel: (0,normalize/* text */.Qq)(stage.DefaultRouteSettings?.LoggingLevel),
            routeLoggingLevels: Object.entries(stage.RouteSettings ?? {})
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([routeKey, settings]) => ({ routeKey, loggingLevel: (0,normalize/* text */.Qq)(settings.LoggingLevel) })),
            accessLogDestination: (0,normalize/* text */.Qq)(stage.AccessLogSettings?.DestinationArn),
            autoDeploy: stage.AutoDeploy ?? false,
        }));
    }
}
/** One v2 API's routes (GetRoutes, paginated); a failure leaves the region's listing `failed`. */
async function collectV2Routes(ctx, client, api) {
    const ApiId = api.ApiId;
    const routes = await ctx.list('GetRoutes', 'apigateway:v2-route', v2Pages((NextToken) => client.send(new client_apigatewayv2_dist_cjs/* GetRoutesCommand */.sIk({ ApiId, MaxResults: '500', NextToken }))), (page) => page.Items);
    for (const route of routes) {
        if (!route.RouteId || !route.RouteKey)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('apigateway:v2-route', {
            arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${ApiId}/routes/${route.RouteId}`,
            id: `${ApiId}/${route.RouteId}`,
            name: route.RouteKey,
            account: ctx.account,
            region: ctx.scopeRegion,
        }, {
            apiId: ApiId,
            apiName: (0,normalize/* text */.Qq)(api.Name),
            protocolType: api.ProtocolType ?? 'unknown',
            routeKey: route.RouteKey,
            authorizationType: route.AuthorizationType ?? 'NONE',
            apiKeyRequired: route.ApiKeyRequired ?? false,
        }));
    }
}
/**
 * One HTTP API's integrations (GetIntegrations, paginated), of which those over a VPC link are
 * recorded; a failure leaves the region's listing `failed`.
 */
async function collectPrivateIntegrations(ctx, client, api) {
    const ApiId = api.ApiId;
    const integrations = await ctx.list('GetIntegrations', 'apigateway:private-integration', v2Pages((NextToken) => client.send(new client_apigatewayv2_dist_cjs/* GetIntegrationsCommand */.nlW({ ApiId, MaxResults: '500', NextToken }))), (page) => page.Items);
    for (const integration of integrations) {
        if (!integration.IntegrationId || integration.ConnectionType !== 'VPC_LINK')
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('apigateway:private-integration', {
            arn: `arn:${ctx.partition}:apigateway:${ctx.region}::/apis/${ApiId}/integrations/${integration.IntegrationId}`,
            id: `${ApiId}/${integration.IntegrationId}`,
            name: (0,normalize/* text */.Qq)(integration.Description),
            account: ctx.account,
            region: ctx.scopeRegion,
        }, {
            apiId: ApiId,
            apiName: (0,normalize/* text */.Qq)(api.Name),
            integrationUri: (0,normalize/* text */.Qq)(integration.IntegrationUri),
            tlsConfigured: integration.TlsConfig !== undefined && integration.TlsConfig !== null,
            serverNameToVerify: (0,normalize/* text */.Qq)(integration.TlsConfig?.ServerNameToVerify),
        }));
    }
}
/**
 * HTTP and WebSocket APIs (v2): one GetApis answer per page holds everything recorded of an API;
 * its stages and routes cost one GetStages and one GetRoutes per API (more for over 500 of either).
 */
async function collectHttpApis(ctx) {
    const client = ctx.client(client_apigatewayv2_dist_cjs/* ApiGatewayV2Client */.qUf);
    const listed = await ctx.list('GetApis', ['apigateway:http-api', 'apigateway:v2-stage', 'apigateway:v2-route', 'apigateway:private-integration'], v2Pages((NextToken) => client.send(new client_apigatewayv2_dist_cjs/* GetApisCommand */.NN6({ MaxResults: '500', NextToken }))), (page) => page.Items);
    const apis = listed.filter((api) => Boolean(api.ApiId));
    for (const api of apis)
        emitHttpApi(ctx, api);
    await Promise.all([
        ctx.step(['apigateway:v2-stage'], () => ctx.each(apis, (api) => collectV2Stages(ctx, client, api))),
        ctx.step(['apigateway:v2-route'], () => ctx.each(apis, (api) => collectV2Routes(ctx, client, api))),
        // Private integrations with a TLS setting exist for HTTP APIs only: one call per HTTP API.
        ctx.step(['apigateway:private-integration'], () => ctx.each(apis.filter((api) => api.ProtocolType === 'HTTP'), (api) => collectPrivateIntegrations(ctx, client, api))),
    ]);
}
/** Custom domain names (REST and HTTP APIs share them): one GetDomainNames per region (500 a page). */
async function collectDomainNames(ctx) {
    const client = ctx.client(client_api_gateway_dist_cjs/* APIGatewayClient */.UR2);
    const domains = await ctx.list('GetDomainNames', 'apigateway:domain-name', (0,client_api_gateway_dist_cjs/* paginateGetDomainNames */.ag_)({ client, ...apigateway_PAGE }, {}), (page) => page.items);
    for (const domain of domains) {
        if (!domain.domainName)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('apigateway:domain-name', {
            arn: (0,normalize/* text */.Qq)(domain.domainNameArn) ??
                `arn:${ctx.partition}:apigateway:${ctx.region}::/domainnames/${domain.domainName}`,
            id: domain.domainName,
            name: domain.domainName,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: { ...(domain.tags ?? {}) },
        }, {
            securityPolicy: (0,normalize/* text */.Qq)(domain.securityPolicy),
            endpointTypes: (0,normalize/* sortedStrings */.MA)(domain.endpointConfiguration?.types ?? []),
            status: (0,normalize/* text */.Qq)(domain.domainNameStatus),
        }));
    }
}
/** REST APIs (v1) and HTTP/WebSocket APIs (v2), side by side, in every region. */
const apigatewayCollector = {
    service: 'apigateway',
    scope: 'regional',
    permissions: apigateway_permissions,
    resourceTypes: [
        'apigateway:rest-api',
        'apigateway:rest-stage',
        'apigateway:http-api',
        'apigateway:v2-stage',
        'apigateway:v2-route',
        'apigateway:domain-name',
        'apigateway:private-integration',
    ],
    async collect(ctx) {
        await Promise.all([
            ctx.step(['apigateway:rest-api', 'apigateway:rest-stage'], () => collectRestApis(ctx)),
            ctx.step([
                'apigateway:http-api',
                'apigateway:v2-stage',
                'apigateway:v2-route',
                'apigateway:private-integration',
            ], () => collectHttpApis(ctx)),
            ctx.step(['apigateway:domain-name'], () => collectDomainNames(ctx)),
        ]);
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-config-service/dist-cjs/index.js
var client_config_service_dist_cjs = __webpack_require__(7101);
;// CONCATENATED MODULE: ./src/scan/collectors/config.ts


const config_permissions = {
    DescribeConfigurationRecorders: 'config:DescribeConfigurationRecorders',
    DescribeConfigurationRecorderStatus: 'config:DescribeConfigurationRecorderStatus',
};
/** Without a recording group, or with the all-supported strategy, every supported type is recorded. */
function recordsAllSupported(recorder) {
    const group = recorder.recordingGroup;
    if (!group)
        return true;
    if (group.recordingStrategy?.useOnly)
        return group.recordingStrategy.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES';
    return group.allSupported ?? true;
}
/**
 * AWS Config is regional. Both calls answer every recorder of the region at once (no pagination):
 * the recorders' settings, then whether each is recording.
 */
const configCollector = {
    service: 'config',
    scope: 'regional',
    permissions: config_permissions,
    resourceTypes: ['config:recorder'],
    async collect(ctx) {
        const config = ctx.client(client_config_service_dist_cjs/* ConfigServiceClient */.D99);
        const [recorders, statuses] = await Promise.all([
            ctx.branch(() => ctx.list('DescribeConfigurationRecorders', 'config:recorder', () => config.send(new client_config_service_dist_cjs/* DescribeConfigurationRecordersCommand */.ECi({})), (answer) => answer.ConfigurationRecorders)),
            ctx.branch(() => ctx.read('DescribeConfigurationRecorderStatus', () => config.send(new client_config_service_dist_cjs/* DescribeConfigurationRecorderStatusCommand */.$Ku({})))),
        ]);
        for (const recorder of recorders) {
            if (!recorder.name)
                continue;
            const status = statuses?.ConfigurationRecordersStatus?.find((s) => s.name === recorder.name);
            const recording = typeof status?.recording === 'boolean' ? status.recording : null;
            ctx.emit((0,normalize/* makeResource */.To)('config:recorder', {
                arn: (0,normalize/* text */.Qq)(recorder.arn) ??
                    `arn:${ctx.partition}:config:${ctx.region}:${ctx.account}:configuration-recorder/${recorder.name}`,
                id: recorder.name,
                name: recorder.name,
                account: ctx.account,
                region: ctx.scopeRegion,
                state: recording === null ? null : recording ? 'recording' : 'stopped',
            }, {
                recording,
                lastStatus: (0,normalize/* text */.Qq)(status?.lastStatus),
                allSupported: recordsAllSupported(recorder),
                includeGlobalResourceTypes: recorder.recordingGroup?.includeGlobalResourceTypes ?? false,
                roleArn: (0,normalize/* text */.Qq)(recorder.roleARN),
                serviceLinked: Boolean(recorder.servicePrincipal),
            }, recording === null ? ['recording', 'lastStatus'] : []));
        }
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-cjs/index.js
var client_cloudfront_dist_cjs = __webpack_require__(3169);
// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(1553);
;// CONCATENATED MODULE: ./src/scan/existence.ts


/** The bucket name no account holds: HeadBucket's answer for it (the SDK names a bodiless 404 NotFound). */
const NO_SUCH_BUCKET = ['NotFound', 'NoSuchBucket'];
const statusOf = (error) => error?.$metadata?.httpStatusCode;
/**
 * Whether a bucket exists in any account: a 404 means no account holds the name (anyone can
 * create it), while 403 (another account's) and 301 (another region's) mean it exists. Anything
 * else is recorded and left unknown (null), never taken for either.
 */
async function bucketExists(ctx, operation, s3, bucket) {
    const answer = await ctx.read(operation, async () => {
        try {
            await s3.send(new client_s3_dist_cjs.HeadBucketCommand({ Bucket: bucket }));
            return true;
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 403 || status === 301)
                return true;
            throw error;
        }
    }, { absentWhen: NO_SUCH_BUCKET, resourceId: bucket });
    return answer === null ? false : (answer ?? null);
}
/**
 * The scanned account's own bucket names, read with ListBuckets (one call per 1,000 buckets), or
 * undefined when that failed: then every bucket is asked with HeadBucket, as without this listing,
 * so the failure loses nothing and is not recorded.
 */
async function accountBuckets(s3) {
    const names = new Set();
    try {
        for await (const page of (0,client_s3_dist_cjs.paginateListBuckets)({ client: s3, pageSize: 1000 }, {})) {
            for (const bucket of page.Buckets ?? [])
                if (bucket.Name)
                    names.add(bucket.Name);
        }
    }
    catch {
        return undefined;
    }
    return names;
}
/**
 * Whether each bucket exists: those of the scanned account's own ListBuckets do, without a call;
 * the others (another account's, or no one's) are asked one by one (see bucketExists). The listing
 * is worth its call only when more than one bucket is to be checked.
 */
async function bucketsExist(ctx, operation, s3, buckets) {
    const own = buckets.length > 1 ? await ctx.branch(() => accountBuckets(s3)) : undefined;
    const exists = new Map();
    await ctx.each(buckets, async (bucket) => {
        exists.set(bucket, own?.has(bucket) ? true : await bucketExists(ctx, operation, s3, bucket));
    });
    return exists;
}
/** Each lookup's time limit and attempts: the scan never waits on DNS for long. */
const DNS_TIMEOUT_MS = 2_000;
const DNS_TRIES = 2;
/**
 * Name servers for the existence checks, as `host:port` joined by commas; the system's otherwise.
 * Like AWS_ENDPOINT_URL for an emulator, it lets tests answer from a local server.
 */
const DNS_SERVERS_ENV = 'AWS_AUDIT_DNS_SERVERS';
const serverListOf = (servers) => servers ? servers.split(',').map((s) => s.trim()) : undefined;
/**
 * Runs one query with its own resolver (cancelling a late one must not cancel the others), two
 * tries of two seconds, then cancelled: the scan never waits on DNS for long.
 */
async function bounded(servers, what, query) {
    const resolver = new external_node_dns_promises_.Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES });
    if (servers)
        resolver.setServers(servers);
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            resolver.cancel();
            reject(Object.assign(new Error(`DNS lookup of ${what} did not end in time`), { code: 'ETIMEOUT' }));
        }, DNS_TIMEOUT_MS * DNS_TRIES + 1_000);
    });
    try {
        return await Promise.race([query(resolver), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
const codeOf = (error) => error.code;
/**
 * Whether a DNS name exists: true when it has an address (or exists without one), false on
 * NXDOMAIN, null when the lookup failed (timeout, refused, no server), which is recorded by the
 * caller. Bounded: two tries of two seconds, then cancelled.
 */
function dnsNameLookup(servers = process.env[DNS_SERVERS_ENV]) {
    const serverList = serverListOf(servers);
    return async (name) => {
        try {
            await bounded(serverList, name, (resolver) => resolver.resolve4(name));
            return true;
        }
        catch (error) {
            if (codeOf(error) === 'ENOTFOUND')
                return false;
            // The name exists without an A record (an AAAA-only name): it is held.
            if (codeOf(error) === 'ENODATA')
                return true;
            throw error;
        }
    };
}
/**
 * The names an IPv4 address reverses to (PTR), empty when it has none (NXDOMAIN or no PTR
 * record); a failed lookup throws, for the caller to record: never taken for "no name".
 * Bounded like dnsNameLookup.
 */
function reverseLookup(servers = process.env[DNS_SERVERS_ENV]) {
    const serverList = serverListOf(servers);
    return async (address) => {
        try {
            // resolvePtr, not reverse: reverse (gethostbyaddr) reports a server that refused as ENOTFOUND.
            const arpa = `${address.split('.').reverse().join('.')}.in-addr.arpa`;
            const names = await bounded(serverList, address, (resolver) => resolver.resolvePtr(arpa));
            return names.map((n) => n.replace(/\.$/, '').toLowerCase());
        }
        catch (error) {
            if (codeOf(error) === 'ENOTFOUND' || codeOf(error) === 'ENODATA')
                return [];
            throw error;
        }
    };
}
/**
 * The port the delegated name servers are asked on (53 otherwise). Only for tests: it lets a local
 * server, to which AWS_AUDIT_DNS_SERVERS resolves the name server's name, play the delegated server.
 */
const NAME_SERVER_PORT_ENV = 'AWS_AUDIT_DNS_NAME_SERVER_PORT';
/**
 * Whether a name server serves a zone: true when it answers the zone's SOA, false when it answers
 * REFUSED or SERVFAIL (what a Route 53 name server answers for a zone no hosted zone on it serves).
 * The name server's address is resolved with AWS_AUDIT_DNS_SERVERS (or the system's), once per
 * name server; every other outcome (no address, timeout, NXDOMAIN, no SOA) throws, for the caller
 * to record. Each query bounded like dnsNameLookup.
 */
function zoneServedBy(servers = process.env[DNS_SERVERS_ENV], port = process.env[NAME_SERVER_PORT_ENV] ?? '53') {
    const serverList = serverListOf(servers);
    const addresses = new Map();
    return async (nameServer, zone) => {
        let found = addresses.get(nameServer);
        if (!found) {
            found = bounded(serverList, nameServer, (resolver) => resolver.resolve4(nameServer));
            addresses.set(nameServer, found);
        }
        const [address] = await found;
        if (!address)
            throw Object.assign(new Error(`${nameServer} has no address`), { code: 'ENODATA' });
        try {
            await bounded([`${address}:${port}`], `${zone} at ${nameServer}`, (resolver) => resolver.resolveSoa(zone));
            return true;
        }
        catch (error) {
            if (codeOf(error) === 'EREFUSED' || codeOf(error) === 'ESERVFAIL')
                return false;
            throw error;
        }
    };
}

;// CONCATENATED MODULE: ./src/scan/collectors/dns-targets.ts
/**
 * What a DNS name or an origin's domain comes down to: an S3 bucket (REST or website endpoint), a
 * CloudFront distribution's `*.cloudfront.net` name, an Elastic Beanstalk environment's CNAME or a
 * load balancer's name. Names are lower case, without the final dot.
 */
/** `bucket.s3-website-us-east-1.amazonaws.com`, `bucket.s3-website.eu-west-1.amazonaws.com`. */
const S3_WEBSITE = /^(?:(.+)\.)?s3-website[.-][a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;
/**
 * `bucket.s3.amazonaws.com`, `bucket.s3.eu-west-1.amazonaws.com`, `bucket.s3-us-west-2.amazonaws.com`,
 * dual-stack. Only region names may follow `s3`: access point and Object Lambda names
 * (`name-account.s3-accesspoint.region...`) are not buckets, and no HeadBucket can judge them.
 */
const S3_REST = /^(.+)\.s3(?:[.-](?:dualstack|external-1|[a-z]{2}(?:-[a-z]+)+-\d))*\.amazonaws\.com(?:\.cn)?$/;
const CLOUDFRONT = /^[a-z0-9]+\.cloudfront\.net$/;
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
/** `prefix.us-east-1.elasticbeanstalk.com`, and the legacy `prefix.elasticbeanstalk.com` (no region). */
const ELASTIC_BEANSTALK = new RegExp(`^[a-z0-9-]+\\.(?:${REGION}\\.)?elasticbeanstalk\\.com(?:\\.cn)?$`);
/**
 * Classic and application load balancers (`name-123.us-east-1.elb.amazonaws.com`, `internal-...`,
 * the old `name-123.elb.amazonaws.com`), network and gateway ones (`name-0abc.elb.us-east-1.amazonaws.com`),
 * each possibly behind `dualstack.` (what alias records name).
 */
const LOAD_BALANCER = new RegExp(`^(?:dualstack\\.)?([a-z0-9-]+\\.(?:(?:${REGION}\\.)?elb|elb\\.${REGION})\\.amazonaws\\.com(?:\\.cn)?)$`);
function s3Target(name) {
    const website = S3_WEBSITE.exec(name);
    if (website)
        return { bucket: website[1] ?? null, website: true };
    const rest = S3_REST.exec(name);
    if (rest?.[1])
        return { bucket: rest[1], website: false };
    return null;
}
const isCloudFrontName = (name) => CLOUDFRONT.test(name);
const isElasticBeanstalkName = (name) => ELASTIC_BEANSTALK.test(name);
/** The load balancer's own name (without `dualstack.`), or null for other names. */
const loadBalancerName = (name) => LOAD_BALANCER.exec(name)?.[1] ?? null;
/** `Example.COM.` as Route 53 and CNAME values write it, to `example.com`. */
const dnsName = (name) => name.replace(/\.$/, '').toLowerCase();
/** Private (RFC 1918), shared (RFC 6598), loopback, link-local, "this network", multicast and reserved. */
const NOT_PUBLIC = [
    [0x00000000, 8],
    [0x0a000000, 8],
    [0x64400000, 10],
    [0x7f000000, 8],
    [0xa9fe0000, 16],
    [0xac100000, 12],
    [0xc0a80000, 16],
    [0xe0000000, 3],
];
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** A public IPv4 address: the only kind an A record can point at in AWS's EC2 space. */
function isPublicIpv4(value) {
    const parts = IPV4.exec(value)?.slice(1).map(Number);
    if (!parts || parts.some((p) => p > 255))
        return false;
    const number = parts.reduce((n, p) => n * 256 + p, 0);
    return !NOT_PUBLIC.some(([base, bits]) => Math.floor(number / 2 ** (32 - bits)) === base / 2 ** (32 - bits));
}
/**
 * Whether reverse names show the address in EC2's public space: `ec2-a-b-c-d.<region>.compute.amazonaws.com`
 * (`compute-1.amazonaws.com` in us-east-1, `.cn` in China), naming the same address.
 */
function isEc2ReverseName(address, names) {
    const label = `ec2-${address.replace(/\./g, '-')}.`;
    return names.some((n) => n.startsWith(label) &&
        /^(?:compute-1|[a-z]{2}(?:-[a-z]+)+-\d\.compute)\.amazonaws\.com(?:\.cn)?$/.test(n.slice(label.length)));
}
/** Route 53's name servers: `ns-123.awsdns-45.com` (`.net`, `.org`, `.co.uk`). */
const ROUTE53_NAME_SERVER = /^ns-\d+\.awsdns-\d+\.(?:com|net|org|co\.uk)$/;
const isRoute53NameServer = (name) => ROUTE53_NAME_SERVER.test(name);

;// CONCATENATED MODULE: ./src/scan/collectors/cloudfront.ts






const cloudfront_permissions = {
    ListDistributions: 'cloudfront:ListDistributions',
    GetDistributionConfig: 'cloudfront:GetDistributionConfig',
    // Standard logging v2 is a CloudWatch Logs delivery source naming the distribution (in us-east-1).
    DescribeDeliverySources: 'logs:DescribeDeliverySources',
    // Whether an S3 origin's bucket still exists (CloudFront.12): 404, or 403 for another account's.
    // The account's own buckets exist: only the others' are asked with HeadBucket.
    ListBuckets: 's3:ListAllMyBuckets',
    HeadBucket: 's3:ListBucket',
};
function origin(o) {
    const domainName = (o.DomainName ?? '').toLowerCase();
    const s3 = s3Target(domainName);
    const custom = o.CustomOriginConfig;
    return {
        id: o.Id ?? '',
        domainName,
        kind: s3?.website ? 's3-website' : s3 ? 's3' : 'custom',
        bucket: s3?.bucket ?? null,
        bucketExists: null,
        originAccessControlId: (0,normalize/* text */.Qq)(o.OriginAccessControlId),
        originAccessIdentity: (0,normalize/* text */.Qq)(o.S3OriginConfig?.OriginAccessIdentity),
        originProtocolPolicy: (0,normalize/* text */.Qq)(custom?.OriginProtocolPolicy),
        originSslProtocols: (0,normalize/* sortedStrings */.MA)(custom?.OriginSslProtocols?.Items ?? []),
    };
}
const policies = (d) => [
    { pathPattern: 'default', policy: d.DefaultCacheBehavior?.ViewerProtocolPolicy ?? 'unknown' },
    ...(d.CacheBehaviors?.Items ?? []).map((b) => ({
        pathPattern: b.PathPattern ?? '',
        policy: b.ViewerProtocolPolicy ?? 'unknown',
    })),
];
/** Distributions' ARNs that a standard logging v2 delivery source names; null when unread. */
async function loggingV2(ctx) {
    const logs = ctx.client(client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr);
    const sources = await ctx.read('DescribeDeliverySources', async () => {
        const all = [];
        for await (const page of (0,client_cloudwatch_logs_dist_cjs/* paginateDescribeDeliverySources */.Zy3)({ client: logs }, {}))
            all.push(...(page.deliverySources ?? []));
        return all;
    });
    if (!sources)
        return null;
    return new Set(sources.filter((s) => s.service === 'cloudfront').flatMap((s) => s.resourceArns ?? []));
}
/**
 * CloudFront is global (its API answers in us-east-1). One ListDistributions page per 100
 * distributions, one GetDistributionConfig each (the default root object and legacy logging are
 * not in the summary), one DescribeDeliverySources, and one HeadBucket per distinct S3 origin bucket outside the account's
 * own ListBuckets (asked once when there are two or more).
 */
const cloudfrontCollector = {
    service: 'cloudfront',
    scope: 'global',
    permissions: cloudfront_permissions,
    resourceTypes: ['cloudfront:distribution'],
    async collect(ctx) {
        const cloudfront = ctx.client(client_cloudfront_dist_cjs/* CloudFrontClient */.GHk);
        const [distributions, v2] = await Promise.all([
            ctx.branch(() => ctx.list('ListDistributions', 'cloudfront:distribution', (0,client_cloudfront_dist_cjs/* paginateListDistributions */.zQE)({ client: cloudfront, pageSize: 100 }, {}), (page) => page.DistributionList?.Items)),
            ctx.branch(() => loggingV2(ctx)),
        ]);
        const buckets = [
            ...new Set(distributions.flatMap((d) => (d.Origins?.Items ?? []).map((o) => s3Target((o.DomainName ?? '').toLowerCase())?.bucket))),
        ]
            .filter((b) => Boolean(b))
            .sort();
        let exists = new Map();
        const configs = new Map();
        await Promise.all([
            ctx.branch(async () => {
                exists = await bucketsExist(ctx, 'HeadBucket', ctx.client(client_s3_dist_cjs.S3Client), buckets);
            }),
            ctx.branch(() => ctx.each(distributions, async (d) => {
                if (!d.Id)
                    return;
                const id = d.Id;
                const answer = await ctx.read('GetDistributionConfig', () => cloudfront.send(new client_cloudfront_dist_cjs/* GetDistributionConfigCommand */.wNI({ Id: id })), { resourceId: id });
                configs.set(id, answer?.DistributionConfig);
            })),
        ]);
        for (const d of distributions) {
            if (!d.Id)
                continue;
            const config = configs.get(d.Id);
            const arn = d.ARN ?? `arn:${ctx.partition}:cloudfront::${ctx.account}:distribution/${d.Id}`;
            const certificate = d.ViewerCertificate;
            const unknown = [];
            if (!config)
                unknown.push('defaultRootObject', 'legacyLogging');
            if (!v2)
                unknown.push('loggingV2');
            const origins = (d.Origins?.Items ?? []).map((o) => {
                const read = origin(o);
                return read.bucket ? { ...read, bucketExists: exists.get(read.bucket) ?? null } : read;
            });
            ctx.emit((0,normalize/* makeResource */.To)('cloudfront:distribution', {
                arn,
                id: d.Id,
                name: d.Comment ? d.Comment : d.Id,
                account: ctx.account,
                region: ctx.scopeRegion,
                state: d.Enabled === false ? 'disabled' : (0,normalize/* text */.Qq)(d.Status),
                createdAt: null,
            }, {
                domainName: (d.DomainName ?? '').toLowerCase(),
                aliases: (0,normalize/* sortedStrings */.MA)((d.Aliases?.Items ?? []).map((a) => a.toLowerCase())),
                enabled: d.Enabled ?? false,
                viewerProtocolPolicies: policies(d),
                viewerCertificate: {
                    cloudFrontDefault: certificate?.CloudFrontDefaultCertificate ??
                        !(certificate?.ACMCertificateArn || certificate?.IAMCertificateId),
                    minimumProtocolVersion: (0,normalize/* text */.Qq)(certificate?.MinimumProtocolVersion),
                    sslSupportMethod: certificate?.CloudFrontDefaultCertificate
                        ? null
                        : (0,normalize/* text */.Qq)(certificate?.SSLSupportMethod),
                    certificateArn: (0,normalize/* text */.Qq)(certificate?.ACMCertificateArn ?? certificate?.IAMCertificateId),
                },
                origins,
                originGroupCount: (d.OriginGroups?.Items ?? []).filter((g) => (g.Members?.Items?.length ?? 0) >= 2).length,
                webAclId: (0,normalize/* text */.Qq)(d.WebACLId),
                defaultRootObject: (0,normalize/* text */.Qq)(config?.DefaultRootObject),
                legacyLogging: config?.Logging?.Enabled ?? false,
                loggingV2: v2?.has(arn) ?? false,
            }, unknown));
        }
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-route-53/dist-cjs/index.js
var client_route_53_dist_cjs = __webpack_require__(8621);
;// CONCATENATED MODULE: ./src/scan/collectors/route53.ts





const route53_permissions = {
    ListHostedZones: 'route53:ListHostedZones',
    ListResourceRecordSets: 'route53:ListResourceRecordSets',
    ListQueryLoggingConfigs: 'route53:ListQueryLoggingConfigs',
    // Whether a record's S3 bucket still exists: 404 (gone, anyone may claim it) or 403 (another account's).
    // The account's own buckets exist: only the others' are asked with HeadBucket.
    ListBuckets: 's3:ListAllMyBuckets',
    HeadBucket: 's3:ListBucket',
};
const POINTING_TYPES = new Set(['CNAME', 'A', 'AAAA', 'NS']);
/** A record that points somewhere, classified; null for records that do not (TXT, MX, the apex's NS...). */
function pointingRecord(record, zoneName) {
    const name = dnsName(record.Name ?? '');
    const type = record.Type ?? '';
    if (!POINTING_TYPES.has(type))
        return null;
    const alias = record.AliasTarget?.DNSName;
    const values = alias ? [dnsName(alias)] : (record.ResourceRecords ?? []).map((r) => dnsName(r.Value ?? ''));
    const base = { name, type, values, alias: Boolean(alias), target: null, targetExists: null, addresses: [] };
    if (type === 'NS') {
        if (name === zoneName)
            return null;
        // Only a delegation to Route 53's name servers is checked: the delegated name is its target.
        const route53Only = values.length > 0 && values.every(isRoute53NameServer);
        return { ...base, targetKind: 'delegation', target: route53Only ? name : null };
    }
    const first = values[0] ?? '';
    if (type !== 'CNAME' && !alias) {
        const addresses = type === 'A'
            ? values.filter(isPublicIpv4).map((address) => ({ address, ec2: null, reverseName: null }))
            : [];
        return { ...base, targetKind: 'ip', addresses };
    }
    const s3 = s3Target(first.replace(/^dualstack\./, ''));
    // An alias to a website endpoint serves the bucket named as the record (AWS requires the match).
    if (s3)
        return { ...base, targetKind: 's3', target: s3.bucket ?? name };
    if (isCloudFrontName(first))
        return { ...base, targetKind: 'cloudfront', target: first };
    if (isElasticBeanstalkName(first))
        return { ...base, targetKind: 'elastic-beanstalk', target: first };
    const loadBalancer = loadBalancerName(first);
    if (loadBalancer)
        return { ...base, targetKind: 'load-balancer', target: loadBalancer };
    return { ...base, targetKind: 'other' };
}
/** Every record set of a zone, page by page; a truncated page without its marker fails the read. */
async function recordSets(route53, zoneId) {
    const all = [];
    let start = {};
    for (;;) {
        const page = await route53.send(new client_route_53_dist_cjs/* ListResourceRecordSetsCommand */.IOz({ HostedZoneId: zoneId, MaxItems: 300, ...start }));
        all.push(...(page.ResourceRecordSets ?? []));
        if (!page.IsTruncated)
            return all;
        if (!page.NextRecordName)
            throw new Error(`ListResourceRecordSets of ${zoneId} was truncated without a next record`);
        start = {
            StartRecordName: page.NextRecordName,
            StartRecordType: page.NextRecordType,
            StartRecordIdentifier: page.NextRecordIdentifier,
        };
    }
}
const zoneId = (id) => (id ?? '').replace(/^\/hostedzone\//, '');
/** Target kinds whose existence a DNS lookup of the name tells (NXDOMAIN: gone). */
const LOOKED_UP = new Set([
    'cloudfront',
    'elastic-beanstalk',
    'load-balancer',
]);
/** Where a record's checked target is found in checkTargets' answer: by bucket, or by DNS name. */
const targetKey = (record) => record.target === null
    ? null
    : record.targetKind === 's3'
        ? `s3:${record.target}`
        : record.targetKind === 'delegation'
            ? `zone:${record.target}`
            : LOOKED_UP.has(record.targetKind)
                ? `dns:${record.target}`
                : null;
/** Runs a bounded DNS check; a failure is recorded against the name and leaves it unknown (null). */
async function recordedLookup(ctx, name, check) {
    try {
        return await check();
    }
    catch (error) {
        const code = error.code ?? 'DnsLookupFailed';
        ctx.recordProblem('ListResourceRecordSets', code, `DNS lookup of ${name} failed: ${String(error)}`, name);
        return null;
    }
}
/**
 * Checks what each record's S3 bucket, CloudFront, Elastic Beanstalk or load balancer name comes
 * down to, once per distinct bucket and once per distinct name; and, for the records of public
 * zones (`publicRecords`), reverses each distinct address once and asks one of Route 53's
 * delegated name servers for each distinct delegated name's SOA.
 */
async function checkTargets(ctx, records, publicRecords) {
    const found = new Map();
    const reversed = new Map();
    const addresses = [...new Set(publicRecords.flatMap((r) => r.addresses.map((a) => a.address)))].sort();
    const reverse = reverseLookup();
    // One name server per delegated name: the first by name, so the same server each scan.
    const delegations = new Map(publicRecords
        .filter((r) => r.targetKind === 'delegation' && r.target !== null)
        .map((r) => [r.target ?? '', [...r.values].sort()[0] ?? '']));
    const served = zoneServedBy();
    const distinct = (keep) => [...new Set(records.filter(keep).map((r) => r.target ?? ''))].filter(Boolean).sort();
    const buckets = distinct((r) => r.targetKind === 's3');
    const names = distinct((r) => LOOKED_UP.has(r.targetKind));
    const lookup = dnsNameLookup();
    await Promise.all([
        ctx.branch(async () => {
            const exists = await bucketsExist(ctx, 'HeadBucket', ctx.client(client_s3_dist_cjs.S3Client), buckets);
            for (const [bucket, known] of exists)
                found.set(`s3:${bucket}`, known);
        }),
        ctx.branch(() => ctx.each(names, async (name) => {
            found.set(`dns:${name}`, await recordedLookup(ctx, name, () => lookup(name)));
        })),
        ctx.branch(() => ctx.each(addresses, async (address) => {
            const names = await recordedLookup(ctx, address, () => reverse(address));
            const ec2Name = names?.find((n) => isEc2ReverseName(address, [n])) ?? null;
            reversed.set(address, {
                address,
                ec2: names === null ? null : ec2Name !== null,
                reverseName: ec2Name,
            });
        })),
        ctx.branch(() => ctx.each([...delegations.keys()].sort(), async (zone) => {
            const nameServer = delegations.get(zone) ?? '';
            found.set(`zone:${zone}`, await recordedLookup(ctx, zone, () => served(nameServer, zone)));
        })),
    ]);
    return { found, reversed };
}
/**
 * Route 53 is global. One ListHostedZones page per 100 zones, the record sets of each zone (300 a
 * page), one ListQueryLoggingConfigs, one HeadBucket per distinct S3 bucket a record points at
 * outside the account's own ListBuckets (asked once when there are two or more), one DNS lookup per distinct CloudFront, Elastic Beanstalk or load balancer name (the only way to
 * tell a deleted distribution's, environment's or load balancer's name from a live one), and one
 * reverse (PTR) lookup per distinct public IPv4 address of an A record in a public zone; for each
 * delegation to Route 53's name servers in a public zone, one SOA query to one of them (its
 * address looked up once per name server).
 */
const route53Collector = {
    service: 'route53',
    scope: 'global',
    permissions: route53_permissions,
    resourceTypes: ['route53:hosted-zone'],
    async collect(ctx) {
        const route53 = ctx.client(client_route_53_dist_cjs/* Route53Client */.LhC);
        const [zones, logged] = await Promise.all([
            ctx.branch(() => ctx.list('ListHostedZones', 'route53:hosted-zone', (0,client_route_53_dist_cjs/* paginateListHostedZones */.ngc)({ client: route53, pageSize: 100 }, {}), (page) => page.HostedZones)),
            ctx.branch(() => ctx.read('ListQueryLoggingConfigs', async () => {
                const ids = new Set();
                for await (const page of (0,client_route_53_dist_cjs/* paginateListQueryLoggingConfigs */.OmA)({ client: route53 }, {}))
                    for (const c of page.QueryLoggingConfigs ?? [])
                        if (c.HostedZoneId)
                            ids.add(c.HostedZoneId);
                return ids;
            })),
        ]);
        const records = new Map();
        await ctx.each(zones, async (zone) => {
            const id = zoneId(zone.Id);
            if (!id)
                return;
            const sets = await ctx.read('ListResourceRecordSets', () => recordSets(route53, id), {
                resourceId: id,
            });
            const zoneName = dnsName(zone.Name ?? '');
            records.set(id, sets?.map((r) => pointingRecord(r, zoneName)).filter((r) => r !== null));
        });
        // Private zones' addresses and delegations are never judged: no lookup for them.
        const publicZones = new Set(zones.filter((z) => !z.Config?.PrivateZone).map((z) => zoneId(z.Id)));
        const { found: targets, reversed } = await checkTargets(ctx, [...records.values()].flatMap((r) => r ?? []), [...records.entries()].filter(([id]) => publicZones.has(id)).flatMap(([, r]) => r ?? []));
        for (const zone of zones) {
            const id = zoneId(zone.Id);
            if (!id)
                continue;
            const read = records.get(id);
            const unknown = [];
            if (!read)
                unknown.push('records');
            if (!logged)
                unknown.push('queryLogging');
            ctx.emit((0,normalize/* makeResource */.To)('route53:hosted-zone', {
                arn: `arn:${ctx.partition}:route53:::hostedzone/${id}`,
                id,
                name: dnsName(zone.Name ?? id),
                account: ctx.account,
                region: ctx.scopeRegion,
                state: null,
                createdAt: null,
            }, {
                private: zone.Config?.PrivateZone ?? false,
                recordCount: zone.ResourceRecordSetCount ?? 0,
                records: (read ?? []).map((r) => {
                    const key = targetKey(r);
                    const addresses = r.addresses.map((a) => reversed.get(a.address) ?? a);
                    return { ...r, addresses, ...(key ? { targetExists: targets.get(key) ?? null } : {}) };
                }),
                queryLogging: logged?.has(id) ?? false,
            }, unknown));
        }
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-account/dist-cjs/index.js
var client_account_dist_cjs = __webpack_require__(2990);
;// CONCATENATED MODULE: ./src/scan/collectors/account.ts


const account_permissions = {
    GetAlternateContact: 'account:GetAlternateContact',
};
/**
 * AWS Account Management, once per account: one GetAlternateContact for the SECURITY contact.
 * ResourceNotFoundException means none is set; any other failure leaves it unknown.
 */
const accountCollector = {
    service: 'account',
    scope: 'global',
    permissions: account_permissions,
    resourceTypes: ['account:contacts'],
    async collect(ctx) {
        const client = ctx.client(client_account_dist_cjs/* AccountClient */.pt);
        const security = await ctx.read('GetAlternateContact', () => client.send(new client_account_dist_cjs/* GetAlternateContactCommand */.OL({ AlternateContactType: 'SECURITY' })), { absentWhen: ['ResourceNotFoundException'] });
        ctx.emit((0,normalize/* makeResource */.To)('account:contacts', {
            arn: `arn:${ctx.partition}:account::${ctx.account}:account`,
            id: ctx.account,
            name: null,
            account: ctx.account,
            region: 'global',
        }, { securityContact: Boolean(security?.AlternateContact) }, security === undefined ? ['securityContact'] : []));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(8797);
;// CONCATENATED MODULE: ./src/scan/collectors/resource-policy.ts


/**
 * A resource policy as an attribute: null when the resource has none, the parsed document with its
 * public statements otherwise, and undefined (to be recorded unknown) when the text is unreadable.
 */
function resourcePolicy(ctx, operation, policy, resourceId) {
    if (policy === undefined || policy.trim() === '')
        return null;
    try {
        const document = (0,src_policy/* parsePolicyDocument */.X)(policy);
        return { document, publicStatements: (0,src_policy/* publicStatements */.Qg)(document) };
    }
    catch (error) {
        ctx.recordProblem(operation, 'UnreadablePolicy', (0,errors/* errorMessage */.g)(error), resourceId);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scan/collectors/sns.ts



const sns_permissions = {
    ListTopics: 'sns:ListTopics',
    GetTopicAttributes: 'sns:GetTopicAttributes',
};
/** A topic deleted between the listing and the read. */
const sns_NOT_FOUND = ['NotFoundException', 'NotFound'];
/** `arn:aws:sns:eu-west-2:111122223333:name` -> `name`. */
const topicName = (arn) => arn.split(':').slice(5).join(':');
/**
 * One topic: ListTopics gives only its ARN, so its policy, encryption key and display name come
 * from one GetTopicAttributes. A failed read leaves them unknown, never "no policy" or "unencrypted".
 * Tags are not read (ListTagsForResource would be one more call per topic, and no rule judges a
 * topic's tags): `tags` stays empty, as for CloudFront and Route 53.
 */
async function collectTopic(ctx, sns, topic) {
    const arn = topic.TopicArn;
    if (!arn)
        return;
    const name = topicName(arn);
    const answer = await ctx.read('GetTopicAttributes', () => sns.send(new client_sns_dist_cjs/* GetTopicAttributesCommand */.YBt({ TopicArn: arn })), { absentWhen: sns_NOT_FOUND, resourceId: name });
    if (answer === null)
        return;
    const attributes = answer?.Attributes ?? {};
    const unknown = [];
    if (answer === undefined)
        unknown.push('displayName', 'kmsMasterKeyId', 'policy');
    const policy = answer === undefined ? null : resourcePolicy(ctx, 'GetTopicAttributes', attributes.Policy, name);
    if (policy === undefined)
        unknown.push('policy');
    ctx.emit((0,normalize/* makeResource */.To)('sns:topic', { arn, id: name, name, account: ctx.account, region: ctx.scopeRegion }, {
        displayName: (0,normalize/* text */.Qq)(attributes.DisplayName),
        fifo: name.endsWith('.fifo'),
        kmsMasterKeyId: (0,normalize/* text */.Qq)(attributes.KmsMasterKeyId),
        policy: policy ?? null,
    }, unknown));
}
/** One ListTopics per region (100 a page, no page size to set), and one GetTopicAttributes per topic. */
const snsCollector = {
    service: 'sns',
    scope: 'regional',
    permissions: sns_permissions,
    resourceTypes: ['sns:topic'],
    async collect(ctx) {
        const sns = ctx.client(client_sns_dist_cjs/* SNSClient */.kye);
        const topics = await ctx.list('ListTopics', 'sns:topic', (0,client_sns_dist_cjs/* paginateListTopics */.Mxz)({ client: sns }, {}), (page) => page.Topics);
        await ctx.each(topics, (topic) => collectTopic(ctx, sns, topic));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sqs/dist-cjs/index.js
var client_sqs_dist_cjs = __webpack_require__(8868);
;// CONCATENATED MODULE: ./src/scan/collectors/sqs.ts



const sqs_permissions = {
    ListQueues: 'sqs:ListQueues',
    GetQueueAttributes: 'sqs:GetQueueAttributes',
};
/** A queue deleted between the listing and the read (JSON and older query-protocol codes). */
const sqs_NOT_FOUND = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'];
/** Only what the rules and the envelope need. */
const ATTRIBUTES = [
    'QueueArn',
    'Policy',
    'KmsMasterKeyId',
    'SqsManagedSseEnabled',
    'CreatedTimestamp',
];
/** `https://sqs.eu-west-2.amazonaws.com/111122223333/name` -> owner account and name. */
function parseQueueUrl(url) {
    const parts = url.replace(/\/+$/, '').split('/');
    return { name: parts.at(-1) ?? url, account: parts.at(-2) };
}
/** CreatedTimestamp is epoch seconds as text (AWS: whole seconds; moto adds a fraction). */
const createdAt = (seconds) => seconds && /^\d+(\.\d+)?$/.test(seconds) ? (0,normalize/* isoDate */._$)(Math.floor(Number(seconds)) * 1000) : null;
/**
 * One queue: ListQueues gives only its URL, so its ARN, policy and encryption come from one
 * GetQueueAttributes. A failed read leaves them unknown, never "no policy" or "unencrypted".
 * Tags are not read (ListQueueTags would be one more call per queue, and no rule judges a
 * queue's tags): `tags` stays empty, as for CloudFront and Route 53.
 */
async function collectQueue(ctx, sqs, url) {
    const { name, account } = parseQueueUrl(url);
    const answer = await ctx.read('GetQueueAttributes', () => sqs.send(new client_sqs_dist_cjs/* GetQueueAttributesCommand */.Ko({ QueueUrl: url, AttributeNames: [...ATTRIBUTES] })), { absentWhen: sqs_NOT_FOUND, resourceId: name });
    if (answer === null)
        return;
    const attributes = answer?.Attributes ?? {};
    const unknown = [];
    if (answer === undefined)
        unknown.push('kmsMasterKeyId', 'sqsManagedSse', 'policy');
    // An answer without SqsManagedSseEnabled (older endpoints) says nothing about SSE-SQS.
    else if (attributes.SqsManagedSseEnabled === undefined)
        unknown.push('sqsManagedSse');
    const policy = answer === undefined ? null : resourcePolicy(ctx, 'GetQueueAttributes', attributes.Policy, name);
    if (policy === undefined)
        unknown.push('policy');
    const owner = account && /^\d{12}$/.test(account) ? account : ctx.account;
    ctx.emit((0,normalize/* makeResource */.To)('sqs:queue', {
        arn: (0,normalize/* text */.Qq)(attributes.QueueArn) ?? `arn:${ctx.partition}:sqs:${ctx.region}:${owner}:${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        createdAt: createdAt(attributes.CreatedTimestamp),
    }, {
        fifo: name.endsWith('.fifo'),
        kmsMasterKeyId: (0,normalize/* text */.Qq)(attributes.KmsMasterKeyId),
        sqsManagedSse: attributes.SqsManagedSseEnabled?.toLowerCase() === 'true',
        policy: policy ?? null,
    }, unknown));
}
/** One ListQueues per region (1,000 a page), and one GetQueueAttributes per queue. */
const sqsCollector = {
    service: 'sqs',
    scope: 'regional',
    permissions: sqs_permissions,
    resourceTypes: ['sqs:queue'],
    async collect(ctx) {
        const sqs = ctx.client(client_sqs_dist_cjs/* SQSClient */.hW);
        const urls = await ctx.list('ListQueues', 'sqs:queue', (0,client_sqs_dist_cjs/* paginateListQueues */.aW)({ client: sqs, pageSize: 1000 }, {}), (page) => page.QueueUrls);
        await ctx.each(urls, (url) => collectQueue(ctx, sqs, url));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(2994);
;// CONCATENATED MODULE: ./src/scan/collectors/secretsmanager.ts


const secretsmanager_permissions = {
    // The listing carries every rotation field and date: no per-secret call, and never the value.
    ListSecrets: 'secretsmanager:ListSecrets',
};
/** One secret of the listing as the inventory keeps it. */
function secretResource(entry, where) {
    const { partition, account, region } = where;
    const name = entry.Name ?? '';
    const rules = entry.RotationRules;
    const primary = (0,normalize/* text */.Qq)(entry.PrimaryRegion);
    return (0,normalize/* makeResource */.To)('secretsmanager:secret', {
        arn: entry.ARN ?? `arn:${partition}:secretsmanager:${region}:${account}:secret:${name}`,
        id: name,
        name,
        account,
        region,
        tags: (0,normalize/* tagMap */.lD)(entry.Tags),
        state: entry.DeletedDate ? 'pending-deletion' : 'active',
        createdAt: (0,normalize/* isoDate */._$)(entry.CreatedDate),
    }, {
        rotationEnabled: entry.RotationEnabled === true,
        rotationDays: rules?.AutomaticallyAfterDays ?? null,
        rotationSchedule: (0,normalize/* text */.Qq)(rules?.ScheduleExpression),
        lastRotatedAt: (0,normalize/* isoDate */._$)(entry.LastRotatedDate),
        nextRotationAt: (0,normalize/* isoDate */._$)(entry.NextRotationDate),
        lastAccessedAt: (0,normalize/* isoDate */._$)(entry.LastAccessedDate),
        lastChangedAt: (0,normalize/* isoDate */._$)(entry.LastChangedDate),
        deletedAt: (0,normalize/* isoDate */._$)(entry.DeletedDate),
        kmsKeyId: (0,normalize/* text */.Qq)(entry.KmsKeyId),
        owningService: (0,normalize/* text */.Qq)(entry.OwningService),
        primaryRegion: primary !== null && primary !== region ? primary : null,
    });
}
/**
 * Secrets Manager is regional: one ListSecrets per 100 secrets, secrets scheduled for deletion
 * included (they still hold a key reference until deleted). Nothing per secret.
 */
const secretsmanagerCollector = {
    service: 'secretsmanager',
    scope: 'regional',
    permissions: secretsmanager_permissions,
    resourceTypes: ['secretsmanager:secret'],
    async collect(ctx) {
        const client = ctx.client(client_secrets_manager_dist_cjs/* SecretsManagerClient */._H);
        const secrets = await ctx.list('ListSecrets', 'secretsmanager:secret', (0,client_secrets_manager_dist_cjs/* paginateListSecrets */.hM)({ client, pageSize: 100 }, { IncludePlannedDeletion: true }), (page) => page.SecretList);
        for (const entry of secrets) {
            if (entry.Name)
                ctx.emit(secretResource(entry, { partition: ctx.partition, account: ctx.account, region: ctx.scopeRegion }));
        }
    },
};

;// CONCATENATED MODULE: ./src/scan/collectors/kms.ts



const kms_permissions = {
    ListKeys: 'kms:ListKeys',
    ListAliases: 'kms:ListAliases',
    DescribeKey: 'kms:DescribeKey',
    GetKeyRotationStatus: 'kms:GetKeyRotationStatus',
    GetKeyPolicy: 'kms:GetKeyPolicy',
};
/** Automatic rotation exists for symmetric keys whose material KMS generated, while they are usable. */
const rotationApplies = (m) => m.KeySpec === 'SYMMETRIC_DEFAULT' &&
    m.Origin === 'AWS_KMS' &&
    m.KeyState !== 'PendingDeletion' &&
    m.KeyState !== 'PendingReplicaDeletion';
/** Reads the key policy (PolicyName `default`, the only one); undefined when it could not be read. */
async function keyPolicy(ctx, kms, keyId) {
    const answer = await ctx.read('GetKeyPolicy', () => kms.send(new client_kms_dist_cjs/* GetKeyPolicyCommand */.$r8({ KeyId: keyId, PolicyName: 'default' })), { resourceId: keyId });
    if (answer === undefined)
        return undefined;
    return resourcePolicy(ctx, 'GetKeyPolicy', answer?.Policy, keyId);
}
async function collectKey(ctx, kms, key, aliases) {
    const keyId = key.KeyId;
    if (!keyId)
        return;
    const described = await ctx.read('DescribeKey', () => kms.send(new client_kms_dist_cjs/* DescribeKeyCommand */.spV({ KeyId: keyId })), {
        resourceId: keyId,
    });
    const m = described?.KeyMetadata;
    const unknown = [];
    let rotationEnabled = null;
    let policy = null;
    if (!m) {
        unknown.push('keyManager', 'keySpec', 'keyUsage', 'keyState', 'origin', 'multiRegion', 'deletionDate');
        unknown.push('rotationEnabled', 'policy');
    }
    else if (m.KeyManager === 'CUSTOMER') {
        // AWS managed keys rotate yearly and keep AWS's policy: only customer keys are read further.
        const [rotation, read] = await Promise.all([
            rotationApplies(m)
                ? ctx.read('GetKeyRotationStatus', () => kms.send(new client_kms_dist_cjs/* GetKeyRotationStatusCommand */.t3p({ KeyId: keyId })), {
                    resourceId: keyId,
                })
                : Promise.resolve(null),
            keyPolicy(ctx, kms, keyId),
        ]);
        if (rotation === undefined)
            unknown.push('rotationEnabled');
        else if (rotation !== null)
            rotationEnabled = rotation.KeyRotationEnabled === true;
        if (read === undefined)
            unknown.push('policy');
        else
            policy = read;
    }
    ctx.emit((0,normalize/* makeResource */.To)('kms:key', {
        arn: (0,normalize/* text */.Qq)(key.KeyArn) ?? `arn:${ctx.partition}:kms:${ctx.region}:${ctx.account}:key/${keyId}`,
        id: keyId,
        name: aliases.get(keyId)?.[0] ?? null,
        account: ctx.account,
        region: ctx.scopeRegion,
        state: m?.KeyState ?? null,
        createdAt: (0,normalize/* isoDate */._$)(m?.CreationDate),
    }, {
        keyManager: m?.KeyManager ?? null,
        keySpec: m?.KeySpec ?? null,
        keyUsage: m?.KeyUsage ?? null,
        keyState: m?.KeyState ?? null,
        origin: m?.Origin ?? null,
        multiRegion: m?.MultiRegion === true,
        deletionDate: (0,normalize/* isoDate */._$)(m?.DeletionDate),
        aliases: aliases.get(keyId) ?? [],
        rotationEnabled,
        policy,
    }, unknown));
}
/**
 * KMS is regional: one ListKeys per 1,000 keys and one ListAliases per 100 aliases per region; one
 * DescribeKey per key; for customer managed keys, one GetKeyPolicy, and one GetKeyRotationStatus
 * where rotation applies (symmetric, KMS-generated material, not pending deletion). AWS managed
 * keys are listed and described only. Tags are not read (ListResourceTags would be one more call a key).
 */
const kmsCollector = {
    service: 'kms',
    scope: 'regional',
    permissions: kms_permissions,
    resourceTypes: ['kms:key'],
    async collect(ctx) {
        const kms = ctx.client(client_kms_dist_cjs/* KMSClient */.pgq);
        const [keys, aliasList] = await Promise.all([
            ctx.list('ListKeys', 'kms:key', (0,client_kms_dist_cjs/* paginateListKeys */.Yj)({ client: kms, pageSize: 1000 }, {}), (p) => p.Keys),
            ctx.list('ListAliases', 'kms:key', (0,client_kms_dist_cjs/* paginateListAliases */._O$)({ client: kms, pageSize: 100 }, {}), (p) => p.Aliases),
        ]);
        const aliases = new Map();
        for (const alias of aliasList) {
            if (!alias.TargetKeyId || !alias.AliasName)
                continue;
            aliases.set(alias.TargetKeyId, [...(aliases.get(alias.TargetKeyId) ?? []), alias.AliasName].sort());
        }
        await ctx.each(keys, (key) => collectKey(ctx, kms, key, aliases));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-acm/dist-cjs/index.js
var client_acm_dist_cjs = __webpack_require__(3490);
;// CONCATENATED MODULE: ./src/scan/collectors/acm.ts


const acm_permissions = {
    ListCertificates: 'acm:ListCertificates',
};
/**
 * Without `Includes.keyTypes`, ListCertificates answers with RSA_2048 certificates only: an imported
 * RSA_1024 or an EC certificate would never be seen. Every key type is asked for.
 */
const ALL_KEY_TYPES = Object.values(client_acm_dist_cjs/* KeyAlgorithm */.rxy);
function certificate(ctx, summary) {
    const arn = summary.CertificateArn;
    if (!arn)
        return undefined;
    return (0,normalize/* makeResource */.To)('acm:certificate', {
        arn,
        id: arn.split('/').pop() ?? arn,
        name: (0,normalize/* text */.Qq)(summary.DomainName),
        account: ctx.account,
        region: ctx.scopeRegion,
        state: (0,normalize/* text */.Qq)(summary.Status),
        createdAt: (0,normalize/* isoDate */._$)(summary.CreatedAt ?? summary.ImportedAt),
    }, {
        domainName: (0,normalize/* text */.Qq)(summary.DomainName),
        type: (0,normalize/* text */.Qq)(summary.Type),
        status: (0,normalize/* text */.Qq)(summary.Status),
        keyAlgorithm: (0,normalize/* text */.Qq)(summary.KeyAlgorithm),
        notAfter: (0,normalize/* isoDate */._$)(summary.NotAfter),
        inUse: summary.InUse ?? null,
        renewalEligibility: (0,normalize/* text */.Qq)(summary.RenewalEligibility),
    });
}
/**
 * AWS Certificate Manager, per region: one ListCertificates listing (1,000 a page). Its summaries
 * carry the status, key algorithm, expiry, use and renewal eligibility, so nothing is read per
 * certificate.
 */
const acmCollector = {
    service: 'acm',
    scope: 'regional',
    permissions: acm_permissions,
    resourceTypes: ['acm:certificate'],
    async collect(ctx) {
        const client = ctx.client(client_acm_dist_cjs/* ACMClient */.Bdm);
        const listed = await ctx.list('ListCertificates', 'acm:certificate', (0,client_acm_dist_cjs/* paginateListCertificates */.M$t)({ client, pageSize: 1000 }, { Includes: { keyTypes: ALL_KEY_TYPES } }), (page) => page.CertificateSummaryList);
        for (const summary of listed) {
            const resource = certificate(ctx, summary);
            if (resource)
                ctx.emit(resource);
        }
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/scan/collectors/ecr.ts



const ecr_permissions = {
    DescribeRepositories: 'ecr:DescribeRepositories',
    GetRegistryScanningConfiguration: 'ecr:GetRegistryScanningConfiguration',
    GetRepositoryPolicy: 'ecr:GetRepositoryPolicy',
    GetLifecyclePolicy: 'ecr:GetLifecyclePolicy',
};
/**
 * A registry scanning filter matches a repository name: one without `*` matches names containing
 * it, one with `*` matches the whole name with each `*` standing for any characters (ECR user guide,
 * "Filter wildcards").
 */
function filterMatches(filter, name) {
    if (!filter.includes('*'))
        return name.includes(filter);
    const pattern = filter
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${pattern}$`).test(name);
}
/**
 * The scanning that applies to a repository. With ENHANCED scanning, Amazon Inspector scans only
 * what a registry rule matches (continuous before scan on push) and the repository-level basic flag
 * plays no part. With BASIC scanning, a matching scan-on-push rule or the repository's own flag
 * scans on push.
 */
function scanningOf(registry, name, scanOnPush) {
    const registryScanType = registry.scanType ?? 'BASIC';
    const matched = new Set((registry.rules ?? [])
        .filter((rule) => (rule.repositoryFilters ?? []).some((f) => f.filter && filterMatches(f.filter, name)))
        .map((rule) => rule.scanFrequency));
    for (const frequency of ['CONTINUOUS_SCAN', 'SCAN_ON_PUSH']) {
        if (matched.has(frequency))
            return { registryScanType, frequency, source: 'registry' };
    }
    if (registryScanType !== 'ENHANCED' && scanOnPush) {
        return { registryScanType, frequency: 'SCAN_ON_PUSH', source: 'repository' };
    }
    return { registryScanType, frequency: 'MANUAL', source: 'none' };
}
/** One repository: its policy and lifecycle policy come from one call each (the listing lacks them). */
async function collectRepository(ctx, client, repo, registry) {
    const name = repo.repositoryName;
    if (!name || !repo.repositoryArn)
        return;
    const [policy, lifecycle] = await Promise.all([
        ctx.branch(() => ctx.read('GetRepositoryPolicy', () => client.send(new client_ecr_dist_cjs/* GetRepositoryPolicyCommand */.MeN({ repositoryName: name })), {
            absentWhen: ['RepositoryPolicyNotFoundException'],
            resourceId: name,
        })),
        ctx.branch(() => ctx.read('GetLifecyclePolicy', () => client.send(new client_ecr_dist_cjs/* GetLifecyclePolicyCommand */.O0C({ repositoryName: name })), {
            absentWhen: ['LifecyclePolicyNotFoundException'],
            resourceId: name,
        })),
    ]);
    const unknown = [];
    if (lifecycle === undefined)
        unknown.push('lifecyclePolicy');
    if (registry === undefined)
        unknown.push('scanning');
    // An unreadable policy text is recorded by resourcePolicy and left unknown, as a failed read is.
    const repositoryPolicy = policy === undefined ? undefined : resourcePolicy(ctx, 'GetRepositoryPolicy', policy?.policyText, name);
    if (repositoryPolicy === undefined)
        unknown.push('policy');
    const scanOnPush = repo.imageScanningConfiguration?.scanOnPush ?? false;
    ctx.emit((0,normalize/* makeResource */.To)('ecr:repository', {
        arn: repo.repositoryArn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        createdAt: (0,normalize/* isoDate */._$)(repo.createdAt),
    }, {
        uri: (0,normalize/* text */.Qq)(repo.repositoryUri),
        tagMutability: (0,normalize/* text */.Qq)(repo.imageTagMutability),
        scanOnPush,
        scanning: registry ? scanningOf(registry, name, scanOnPush) : null,
        encryptionType: (0,normalize/* text */.Qq)(repo.encryptionConfiguration?.encryptionType),
        kmsKey: (0,normalize/* text */.Qq)(repo.encryptionConfiguration?.kmsKey),
        policy: repositoryPolicy ?? null,
        lifecyclePolicy: Boolean(lifecycle?.lifecyclePolicyText),
    }, unknown));
}
/**
 * Amazon ECR private repositories, per region: one DescribeRepositories listing (1,000 a page), one
 * GetRegistryScanningConfiguration (registry rules can scan repositories whatever their own flag),
 * and per repository one GetRepositoryPolicy and one GetLifecyclePolicy (absent ones answer
 * *NotFoundException, taken as none; other failures leave the attribute unknown).
 */
const ecrCollector = {
    service: 'ecr',
    scope: 'regional',
    permissions: ecr_permissions,
    resourceTypes: ['ecr:repository'],
    async collect(ctx) {
        const client = ctx.client(client_ecr_dist_cjs/* ECRClient */.S70);
        const [repositories, registry] = await Promise.all([
            ctx.branch(() => ctx.list('DescribeRepositories', 'ecr:repository', (0,client_ecr_dist_cjs/* paginateDescribeRepositories */.LHh)({ client, pageSize: 1000 }, {}), (page) => page.repositories)),
            ctx.branch(() => ctx.read('GetRegistryScanningConfiguration', () => client.send(new client_ecr_dist_cjs/* GetRegistryScanningConfigurationCommand */.Mhg({})))),
        ]);
        // A failed read leaves scanning unknown; an answer without a configuration is AWS's default, BASIC.
        const scanning = registry === undefined ? undefined : (registry?.scanningConfiguration ?? { scanType: 'BASIC' });
        await ctx.each(repositories, (repo) => collectRepository(ctx, client, repo, scanning));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(212);
;// CONCATENATED MODULE: ./src/scan/collectors/ecs.ts



const ecs_permissions = {
    ListClusters: 'ecs:ListClusters',
    DescribeClusters: 'ecs:DescribeClusters',
    ListServices: 'ecs:ListServices',
    DescribeServices: 'ecs:DescribeServices',
    ListTaskDefinitionFamilies: 'ecs:ListTaskDefinitionFamilies',
    DescribeTaskDefinition: 'ecs:DescribeTaskDefinition',
};
/** DescribeClusters takes up to 100 clusters, DescribeServices up to 10 services. */
const CLUSTER_BATCH = 100;
const SERVICE_BATCH = 10;
function tags(list) {
    const out = {};
    for (const tag of list ?? [])
        if (tag.key !== undefined)
            out[tag.key] = tag.value ?? '';
    return out;
}
/** The last part of an ECS ARN (cluster/name, service/cluster/name). */
const lastPart = (arn) => arn.slice(arn.lastIndexOf('/') + 1);
function emitCluster(ctx, cluster) {
    const arn = cluster.clusterArn;
    if (!arn)
        return;
    const name = cluster.clusterName ?? lastPart(arn);
    ctx.emit((0,normalize/* makeResource */.To)('ecs:cluster', {
        arn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags(cluster.tags),
        state: (0,normalize/* text */.Qq)(cluster.status),
    }, {
        containerInsights: (0,normalize/* text */.Qq)(cluster.settings?.find((s) => s.name === 'containerInsights')?.value),
        activeServicesCount: cluster.activeServicesCount ?? 0,
        runningTasksCount: cluster.runningTasksCount ?? 0,
        pendingTasksCount: cluster.pendingTasksCount ?? 0,
        registeredContainerInstancesCount: cluster.registeredContainerInstancesCount ?? 0,
        capacityProviders: (0,normalize/* sortedStrings */.MA)(cluster.capacityProviders ?? []),
    }));
}
const publicIp = (network) => (0,normalize/* text */.Qq)(network?.awsvpcConfiguration?.assignPublicIp);
function emitTaskSets(ctx, clusterName, serviceArn, service, sets) {
    for (const set of sets) {
        if (!set.taskSetArn || !set.id)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('ecs:task-set', {
            arn: set.taskSetArn,
            id: `${service}/${set.id}`,
            name: set.id,
            account: ctx.account,
            region: ctx.scopeRegion,
            tags: tags(set.tags),
            state: (0,normalize/* text */.Qq)(set.status),
            createdAt: (0,normalize/* isoDate */._$)(set.createdAt),
        }, {
            serviceArn,
            service,
            clusterName,
            status: (0,normalize/* text */.Qq)(set.status),
            launchType: (0,normalize/* text */.Qq)(set.launchType),
            platformVersion: (0,normalize/* text */.Qq)(set.platformVersion),
            assignPublicIp: publicIp(set.networkConfiguration),
            taskDefinitionArn: (0,normalize/* text */.Qq)(set.taskDefinition),
        }));
    }
}
function emitService(ctx, clusterArn, service) {
    const arn = service.serviceArn;
    if (!arn)
        return;
    const clusterName = lastPart(clusterArn);
    const name = service.serviceName ?? lastPart(arn);
    emitTaskSets(ctx, clusterName, arn, `${clusterName}/${name}`, service.taskSets ?? []);
    const vpc = service.networkConfiguration?.awsvpcConfiguration;
    ctx.emit((0,normalize/* makeResource */.To)('ecs:service', {
        arn,
        // Service names are unique per cluster only.
        id: `${clusterName}/${name}`,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags(service.tags),
        state: (0,normalize/* text */.Qq)(service.status),
        createdAt: (0,normalize/* isoDate */._$)(service.createdAt),
    }, {
        clusterArn,
        clusterName,
        launchType: (0,normalize/* text */.Qq)(service.launchType),
        capacityProviders: (0,normalize/* sortedStrings */.MA)((service.capacityProviderStrategy ?? []).map((s) => s.capacityProvider)),
        platformVersion: (0,normalize/* text */.Qq)(service.platformVersion),
        platformFamily: (0,normalize/* text */.Qq)(service.platformFamily),
        assignPublicIp: publicIp(service.networkConfiguration),
        subnets: (0,normalize/* sortedStrings */.MA)(vpc?.subnets ?? []),
        securityGroups: (0,normalize/* sortedStrings */.MA)(vpc?.securityGroups ?? []),
        desiredCount: service.desiredCount ?? 0,
        runningCount: service.runningCount ?? 0,
        taskDefinitionArn: (0,normalize/* text */.Qq)(service.taskDefinition),
        schedulingStrategy: (0,normalize/* text */.Qq)(service.schedulingStrategy),
        deploymentController: (0,normalize/* text */.Qq)(service.deploymentController?.type),
    }));
}
/**
 * One cluster's services: ListServices (100 a page), then DescribeServices per 10. The listing
 * carries ARNs only, so a failed describe leaves the region's service listing `failed`.
 */
async function collectServices(ctx, client, clusterArn) {
    const arns = await ctx.list('ListServices', ['ecs:service', 'ecs:task-set'], (0,client_ecs_dist_cjs/* paginateListServices */.wjm)({ client, pageSize: 100 }, { cluster: clusterArn }), (page) => page.serviceArns);
    await ctx.each((0,normalize/* batchesOf */.cS)(arns, SERVICE_BATCH), async (batch) => {
        const services = await ctx.list('DescribeServices', ['ecs:service', 'ecs:task-set'], () => client.send(new client_ecs_dist_cjs/* DescribeServicesCommand */.H7c({ cluster: clusterArn, services: batch, include: ['TAGS'] })), (answer) => {
            // MISSING: deleted since the listing; anything else is recorded.
            for (const failure of answer.failures ?? []) {
                if (failure.reason !== 'MISSING') {
                    ctx.recordProblem('DescribeServices', failure.reason ?? 'Failure', failure.detail ?? '', failure.arn);
                }
            }
            return answer.services;
        });
        for (const service of services)
            emitService(ctx, clusterArn, service);
    });
}
/** Environment variable names, and the names of those whose value looks like a secret. */
function environmentOf(container) {
    // Values stay in this scope: only names and the kinds of secret found are recorded.
    const variables = {};
    for (const variable of container.environment ?? []) {
        if (variable.name !== undefined)
            variables[variable.name] = variable.value ?? '';
    }
    return {
        environmentVariableNames: (0,normalize/* sortedStrings */.MA)(Object.keys(variables)),
        secretsInEnvironment: detectSecrets(variables),
    };
}
function containerOf(container) {
    return {
        name: container.name ?? '',
        privileged: container.privileged ?? null,
        user: (0,normalize/* text */.Qq)(container.user),
        readonlyRootFilesystem: container.readonlyRootFilesystem ?? null,
        logDriver: (0,normalize/* text */.Qq)(container.logConfiguration?.logDriver),
        ...environmentOf(container),
        secretNames: (0,normalize/* sortedStrings */.MA)((container.secrets ?? []).map((s) => s.name)),
        environmentFiles: container.environmentFiles?.length ?? 0,
    };
}
function emitTaskDefinition(ctx, family, definition, tagList) {
    ctx.emit((0,normalize/* makeResource */.To)('ecs:task-definition', {
        arn: definition.taskDefinitionArn ??
            `arn:${ctx.partition}:ecs:${ctx.region}:${ctx.account}:task-definition/${family}`,
        id: family,
        name: family,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags(tagList),
        state: (0,normalize/* text */.Qq)(definition.status),
        createdAt: (0,normalize/* isoDate */._$)(definition.registeredAt),
    }, {
        family,
        revision: definition.revision ?? null,
        networkMode: (0,normalize/* text */.Qq)(definition.networkMode),
        pidMode: (0,normalize/* text */.Qq)(definition.pidMode),
        operatingSystemFamily: (0,normalize/* text */.Qq)(definition.runtimePlatform?.operatingSystemFamily),
        requiresCompatibilities: (0,normalize/* sortedStrings */.MA)(definition.requiresCompatibilities ?? []),
        taskRoleArn: (0,normalize/* text */.Qq)(definition.taskRoleArn),
        executionRoleArn: (0,normalize/* text */.Qq)(definition.executionRoleArn),
        containers: (definition.containerDefinitions ?? []).map(containerOf),
        efsVolumes: (definition.volumes ?? [])
            .filter((v) => v.efsVolumeConfiguration)
            .map((v) => ({
            name: v.name ?? '',
            transitEncryption: (0,normalize/* text */.Qq)(v.efsVolumeConfiguration?.transitEncryption),
        })),
    }));
}
/** A family whose definition could not be read: it exists, and nothing judged about it is known. */
function emitUnreadFamily(ctx, family) {
    ctx.emit((0,normalize/* makeResource */.To)('ecs:task-definition', {
        arn: `arn:${ctx.partition}:ecs:${ctx.region}:${ctx.account}:task-definition/${family}`,
        id: family,
        name: family,
        account: ctx.account,
        region: ctx.scopeRegion,
    }, {
        family,
        revision: null,
        networkMode: null,
        pidMode: null,
        operatingSystemFamily: null,
        requiresCompatibilities: [],
        taskRoleArn: null,
        executionRoleArn: null,
        containers: [],
        efsVolumes: [],
    }, [
        'revision',
        'networkMode',
        'pidMode',
        'operatingSystemFamily',
        'requiresCompatibilities',
        'taskRoleArn',
        'executionRoleArn',
        'containers',
        'efsVolumes',
    ]));
}
/**
 * The latest ACTIVE revision of each family: ListTaskDefinitionFamilies (ACTIVE, 100 a page), then
 * one DescribeTaskDefinition by family name, which AWS answers with that family's latest ACTIVE
 * revision (a familyPrefix listing would also match longer family names).
 */
async function collectTaskDefinitions(ctx, client) {
    const families = await ctx.list('ListTaskDefinitionFamilies', 'ecs:task-definition', (0,client_ecs_dist_cjs/* paginateListTaskDefinitionFamilies */.Wi5)({ client, pageSize: 100 }, { status: 'ACTIVE' }), (page) => page.families);
    await ctx.each(families, async (family) => {
        const answer = await ctx.read('DescribeTaskDefinition', () => client.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: family, include: ['TAGS'] })), { resourceId: family });
        if (answer === undefined)
            return emitUnreadFamily(ctx, family);
        const definition = answer?.taskDefinition;
        // AWS lists and describes only ACTIVE ones here; an inactive answer (moto's) is no live definition.
        if (!definition || (definition.status !== undefined && definition.status !== 'ACTIVE'))
            return;
        emitTaskDefinition(ctx, family, definition, answer?.tags);
    });
}
/**
 * Amazon ECS, per region. Clusters: ListClusters and DescribeClusters per 100 (with SETTINGS for
 * Container Insights, and TAGS). Services: per cluster ListServices, DescribeServices per 10 (with their task sets, for
 * CodeDeploy and external deployments).
 * Task definitions: ListTaskDefinitionFamilies and one DescribeTaskDefinition per family (its latest
 * ACTIVE revision, the one the FSBP controls judge). About 1 call per task definition family and
 * 0.1 to 0.2 per service; a region without ECS costs two calls.
 */
const ecsCollector = {
    service: 'ecs',
    scope: 'regional',
    permissions: ecs_permissions,
    resourceTypes: ['ecs:cluster', 'ecs:service', 'ecs:task-set', 'ecs:task-definition'],
    async collect(ctx) {
        const client = ctx.client(client_ecs_dist_cjs/* ECSClient */.Zgc);
        await Promise.all([
            ctx.step(['ecs:cluster', 'ecs:service', 'ecs:task-set'], async () => {
                const clusters = await ctx.list('ListClusters', ['ecs:cluster', 'ecs:service', 'ecs:task-set'], (0,client_ecs_dist_cjs/* paginateListClusters */.fm1)({ client, pageSize: 100 }, {}), (page) => page.clusterArns);
                await Promise.all([
                    ctx.step(['ecs:cluster'], () => ctx.each((0,normalize/* batchesOf */.cS)(clusters, CLUSTER_BATCH), async (batch) => {
                        const described = await ctx.list('DescribeClusters', 'ecs:cluster', () => client.send(new client_ecs_dist_cjs/* DescribeClustersCommand */._2_({ clusters: batch, include: ['SETTINGS', 'TAGS'] })), (answer) => answer.clusters);
                        for (const cluster of described)
                            emitCluster(ctx, cluster);
                    })),
                    ctx.step(['ecs:service', 'ecs:task-set'], () => ctx.each(clusters, (arn) => collectServices(ctx, client, arn))),
                ]);
            }),
            ctx.step(['ecs:task-definition'], () => collectTaskDefinitions(ctx, client)),
        ]);
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cognito-identity/dist-cjs/index.js
var client_cognito_identity_dist_cjs = __webpack_require__(6473);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cognito-identity-provider/dist-cjs/index.js
var client_cognito_identity_provider_dist_cjs = __webpack_require__(7705);
;// CONCATENATED MODULE: ./src/scan/collectors/cognito.ts



const cognito_permissions = {
    ListUserPools: 'cognito-idp:ListUserPools',
    DescribeUserPool: 'cognito-idp:DescribeUserPool',
    ListIdentityPools: 'cognito-identity:ListIdentityPools',
    DescribeIdentityPool: 'cognito-identity:DescribeIdentityPool',
};
/** What DescribeUserPool alone answers: unknown together when it fails. */
const DESCRIBED = [
    'mfaConfiguration',
    'passwordPolicy',
    'firstAuthFactors',
    'advancedSecurityMode',
    'customAuthSecurityMode',
    'deletionProtection',
    'tier',
    'estimatedUsers',
];
/**
 * The judged settings of a described pool. Absent values are AWS's defaults (moto leaves several
 * out): no add-ons is threat protection OFF, no deletion protection is INACTIVE, no sign-in policy
 * is password-only, and a password policy's missing flags are false.
 */
function userPoolSettings(pool) {
    const policy = pool.Policies?.PasswordPolicy;
    return {
        mfaConfiguration: (0,normalize/* text */.Qq)(pool.MfaConfiguration) ?? 'OFF',
        passwordPolicy: policy
            ? {
                minLength: policy.MinimumLength ?? null,
                requireUppercase: policy.RequireUppercase ?? false,
                requireLowercase: policy.RequireLowercase ?? false,
                requireNumbers: policy.RequireNumbers ?? false,
                requireSymbols: policy.RequireSymbols ?? false,
                temporaryPasswordValidityDays: policy.TemporaryPasswordValidityDays ?? 7,
                passwordHistorySize: policy.PasswordHistorySize ?? null,
            }
            : null,
        firstAuthFactors: (0,normalize/* sortedStrings */.MA)(pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD']),
        advancedSecurityMode: (0,normalize/* text */.Qq)(pool.UserPoolAddOns?.AdvancedSecurityMode) ?? 'OFF',
        customAuthSecurityMode: (0,normalize/* text */.Qq)(pool.UserPoolAddOns?.AdvancedSecurityAdditionalFlows?.CustomAuthMode),
        deletionProtection: (0,normalize/* text */.Qq)(pool.DeletionProtection) ?? 'INACTIVE',
        tier: (0,normalize/* text */.Qq)(pool.UserPoolTier),
        estimatedUsers: pool.EstimatedNumberOfUsers ?? null,
    };
}
async function collectUserPool(ctx, client, listed) {
    const id = listed.Id;
    if (!id)
        return;
    const answer = await ctx.read('DescribeUserPool', () => client.send(new client_cognito_identity_provider_dist_cjs/* DescribeUserPoolCommand */.eDk({ UserPoolId: id })), 
    // Deleted between the listing and the read: gone, not unknown.
    { absentWhen: ['ResourceNotFoundException'], resourceId: id });
    if (answer === null)
        return;
    const pool = answer?.UserPool;
    const settings = pool
        ? userPoolSettings(pool)
        : {
            mfaConfiguration: null,
            passwordPolicy: null,
            firstAuthFactors: null,
            advancedSecurityMode: null,
            customAuthSecurityMode: null,
            deletionProtection: null,
            tier: null,
            estimatedUsers: null,
        };
    ctx.emit((0,normalize/* makeResource */.To)('cognito:user-pool', {
        arn: pool?.Arn ?? `arn:${ctx.partition}:cognito-idp:${ctx.region}:${ctx.account}:userpool/${id}`,
        id,
        name: (0,normalize/* text */.Qq)(listed.Name),
        account: ctx.account,
        region: ctx.scopeRegion,
        state: (0,normalize/* text */.Qq)(pool?.Status ?? listed.Status),
        createdAt: (0,normalize/* isoDate */._$)(listed.CreationDate),
    }, {
        ...settings,
        customAuthTrigger: Boolean((pool?.LambdaConfig ?? listed.LambdaConfig)?.DefineAuthChallenge),
    }, pool ? [] : DESCRIBED));
}
async function collectUserPools(ctx) {
    const client = ctx.client(client_cognito_identity_provider_dist_cjs/* CognitoIdentityProviderClient */.kTg);
    const pools = await ctx.list('ListUserPools', 'cognito:user-pool', 
    // MaxResults is required; 60 is the most a page holds.
    (0,client_cognito_identity_provider_dist_cjs/* paginateListUserPools */.qzq)({ client, pageSize: 60 }, { MaxResults: 60 }), (page) => page.UserPools);
    await ctx.each(pools, (pool) => collectUserPool(ctx, client, pool));
}
async function collectIdentityPool(ctx, client, listed) {
    const id = listed.IdentityPoolId;
    if (!id)
        return;
    const pool = await ctx.read('DescribeIdentityPool', () => client.send(new client_cognito_identity_dist_cjs/* DescribeIdentityPoolCommand */.TX({ IdentityPoolId: id })), { absentWhen: ['ResourceNotFoundException'], resourceId: id });
    if (pool === null)
        return;
    ctx.emit((0,normalize/* makeResource */.To)('cognito:identity-pool', {
        arn: `arn:${ctx.partition}:cognito-identity:${ctx.region}:${ctx.account}:identitypool/${id}`,
        id,
        name: (0,normalize/* text */.Qq)(listed.IdentityPoolName),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: pool?.IdentityPoolTags ?? {},
    }, {
        allowUnauthenticated: pool?.AllowUnauthenticatedIdentities ?? null,
        // moto leaves the flag out; AWS's default is off.
        allowClassicFlow: pool ? (pool.AllowClassicFlow ?? false) : null,
        providers: (0,normalize/* sortedStrings */.MA)([
            ...(pool?.CognitoIdentityProviders ?? []).map((p) => p.ProviderName),
            ...Object.keys(pool?.SupportedLoginProviders ?? {}),
            ...(pool?.OpenIdConnectProviderARNs ?? []),
            ...(pool?.SamlProviderARNs ?? []),
        ]),
    }, pool ? [] : ['allowUnauthenticated', 'allowClassicFlow', 'providers']));
}
async function collectIdentityPools(ctx) {
    const client = ctx.client(client_cognito_identity_dist_cjs/* CognitoIdentityClient */.DT);
    const pools = await ctx.list('ListIdentityPools', 'cognito:identity-pool', (0,client_cognito_identity_dist_cjs/* paginateListIdentityPools */.Fm)({ client, pageSize: 60 }, { MaxResults: 60 }), (page) => page.IdentityPools);
    await ctx.each(pools, (pool) => collectIdentityPool(ctx, client, pool));
}
/**
 * Amazon Cognito, per region. User pools: ListUserPools (60 a page) and one DescribeUserPool each
 * (MFA, password and sign-in policies, threat protection and deletion protection are not in the
 * listing). Identity pools: ListIdentityPools (60 a page) and one DescribeIdentityPool each.
 */
const cognitoCollector = {
    service: 'cognito',
    scope: 'regional',
    permissions: cognito_permissions,
    resourceTypes: ['cognito:user-pool', 'cognito:identity-pool'],
    async collect(ctx) {
        await Promise.all([
            ctx.step(['cognito:user-pool'], () => collectUserPools(ctx)),
            ctx.step(['cognito:identity-pool'], () => collectIdentityPools(ctx)),
        ]);
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
;// CONCATENATED MODULE: ./src/scan/collectors/ssm.ts



const ssm_permissions = {
    DescribeParameters: 'ssm:DescribeParameters',
    GetParameters: 'ssm:GetParameters',
    ListDocuments: 'ssm:ListDocuments',
    DescribeDocumentPermission: 'ssm:DescribeDocumentPermission',
    DescribeInstanceInformation: 'ssm:DescribeInstanceInformation',
    GetServiceSetting: 'ssm:GetServiceSetting',
};
/** GetParameters takes at most 10 names a call. */
const VALUE_BATCH = 10;
/** The service setting behind "Block public sharing" for documents (FSBP SSM.7). */
const PUBLIC_SHARING_SETTING = '/ssm/documents/console/public-sharing-permission';
/** What the detector makes of one value: only kind names and a flag leave this function, never the value. */
function judgeValue(name, type, value) {
    // A StringList is comma-separated: each item is judged as well as the whole.
    const items = type === 'StringList' ? [value, ...value.split(',')] : [value];
    return {
        kinds: (0,normalize/* sortedStrings */.MA)(items.flatMap((item) => detectSecrets({ [name]: item }).map((f) => f.kind))),
        mayBeSecret: items.some(mayBeSecretValue),
    };
}
/**
 * Reads the values of String and StringList parameters 10 at a time (never SecureString, never
 * with decryption) and keeps what the detector found. A name missing from the answer was deleted
 * since the listing; a failed batch leaves its names out of the map (unknown).
 */
async function judgeValues(ctx, client, parameters) {
    const judged = new Map();
    const gone = new Set();
    const plain = parameters.filter((p) => p.Name && (p.Type === 'String' || p.Type === 'StringList'));
    await ctx.each((0,normalize/* batchesOf */.cS)(plain, VALUE_BATCH), async (batch) => {
        const names = batch.map((p) => p.Name ?? '');
        const answer = await ctx.read('GetParameters', () => client.send(new client_ssm_dist_cjs/* GetParametersCommand */.AFe({ Names: names })), {
            resourceId: names[0],
        });
        if (!answer)
            return;
        for (const parameter of answer.Parameters ?? []) {
            if (parameter.Name && parameter.Value !== undefined) {
                judged.set(parameter.Name, judgeValue(parameter.Name, parameter.Type ?? 'String', parameter.Value));
            }
        }
        for (const name of answer.InvalidParameters ?? [])
            gone.add(name);
    });
    return { judged, gone };
}
async function collectParameters(ctx, client) {
    const parameters = await ctx.list('DescribeParameters', 'ssm:parameter', (0,client_ssm_dist_cjs/* paginateDescribeParameters */.d8_)({ client, pageSize: 50 }, {}), (page) => page.Parameters);
    const { judged, gone } = await judgeValues(ctx, client, parameters);
    for (const parameter of parameters) {
        const name = parameter.Name;
        if (!name || gone.has(name))
            continue;
        const type = parameter.Type ?? 'String';
        const plain = type !== 'SecureString';
        const value = judged.get(name);
        const unknown = plain && !value ? ['valueSecretKinds'] : [];
        ctx.emit((0,normalize/* makeResource */.To)('ssm:parameter', {
            arn: (0,normalize/* text */.Qq)(parameter.ARN) ??
                `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:parameter${name.startsWith('/') ? '' : '/'}${name}`,
            id: name,
            name,
            account: ctx.account,
            region: ctx.scopeRegion,
        }, {
            parameterType: type,
            tier: (0,normalize/* text */.Qq)(parameter.Tier),
            dataType: (0,normalize/* text */.Qq)(parameter.DataType),
            lastModified: (0,normalize/* isoDate */._$)(parameter.LastModifiedDate),
            // Where the value was read, a reference or placeholder under a secret-like name is no secret.
            secretName: nameSuggestsSecret(name) && (value?.mayBeSecret ?? true),
            valueSecretKinds: plain ? (value?.kinds ?? null) : null,
        }, unknown));
    }
}
async function sharingOf(ctx, client, name) {
    const accounts = [];
    let token;
    do {
        const page = await ctx.read('DescribeDocumentPermission', () => client.send(new client_ssm_dist_cjs/* DescribeDocumentPermissionCommand */.vC6({
            Name: name,
            PermissionType: 'Share',
            MaxResults: 200,
            NextToken: token,
        })), { resourceId: name });
        if (!page)
            return undefined;
        accounts.push(...(page.AccountIds ?? []));
        token = (0,normalize/* text */.Qq)(page.NextToken) ?? undefined;
    } while (token);
    return accounts;
}
async function collectDocument(ctx, client, document) {
    const name = document.Name;
    if (!name)
        return;
    const accounts = await sharingOf(ctx, client, name);
    ctx.emit((0,normalize/* makeResource */.To)('ssm:document', {
        arn: `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:document/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: Object.fromEntries((document.Tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : []))),
        createdAt: (0,normalize/* isoDate */._$)(document.CreatedDate),
    }, {
        documentType: (0,normalize/* text */.Qq)(document.DocumentType),
        documentFormat: (0,normalize/* text */.Qq)(document.DocumentFormat),
        public: accounts ? accounts.some((a) => a.toLowerCase() === 'all') : null,
        sharedWith: (0,normalize/* sortedStrings */.MA)((accounts ?? []).filter((a) => a.toLowerCase() !== 'all')),
    }, accounts ? [] : ['public', 'sharedWith']));
}
async function collectDocuments(ctx, client) {
    const documents = await ctx.list('ListDocuments', 'ssm:document', 
    // Owned by the account only: AWS's and others' shared documents are not the account's to fix.
    (0,client_ssm_dist_cjs/* paginateListDocuments */.yH9)({ client, pageSize: 50 }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] }), (page) => page.DocumentIdentifiers);
    await ctx.each(documents, (document) => collectDocument(ctx, client, document));
}
async function collectManagedInstances(ctx, client) {
    const nodes = await ctx.list('DescribeInstanceInformation', 'ssm:managed-instance', (0,client_ssm_dist_cjs/* paginateDescribeInstanceInformation */.KKC)({ client, pageSize: 50 }, {}), (page) => page.InstanceInformationList);
    for (const node of nodes) {
        const id = node.InstanceId;
        if (!id)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('ssm:managed-instance', {
            arn: `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:managed-instance/${id}`,
            id,
            name: (0,normalize/* text */.Qq)(node.ComputerName) ?? (0,normalize/* text */.Qq)(node.Name),
            account: ctx.account,
            region: ctx.scopeRegion,
            state: (0,normalize/* text */.Qq)(node.PingStatus),
            createdAt: (0,normalize/* isoDate */._$)(node.RegistrationDate),
        }, {
            pingStatus: (0,normalize/* text */.Qq)(node.PingStatus),
            resourceType: (0,normalize/* text */.Qq)(node.ResourceType),
            platformType: (0,normalize/* text */.Qq)(node.PlatformType),
            agentVersion: (0,normalize/* text */.Qq)(node.AgentVersion),
            lastPingAt: (0,normalize/* isoDate */._$)(node.LastPingDateTime),
        }));
    }
}
async function ssm_collectRegionSettings(ctx, client) {
    const answer = await ctx.read('GetServiceSetting', () => client.send(new client_ssm_dist_cjs/* GetServiceSettingCommand */.vih({ SettingId: PUBLIC_SHARING_SETTING })));
    const value = (0,normalize/* text */.Qq)(answer?.ServiceSetting?.SettingValue);
    ctx.emit((0,normalize/* makeResource */.To)('ssm:region-settings', {
        arn: `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:servicesetting${PUBLIC_SHARING_SETTING}`,
        id: `${ctx.account}/${ctx.region}`,
        name: ctx.region,
        account: ctx.account,
        region: ctx.scopeRegion,
    }, 
    // Disable means sharing with the public is blocked; Enable (AWS's default) allows it.
    { documentPublicSharingBlocked: value === null ? null : value === 'Disable' }, value === null ? ['documentPublicSharingBlocked'] : []));
}
/**
 * AWS Systems Manager, per region. Parameters: DescribeParameters (50 a page), then the values of
 * String and StringList ones with GetParameters, 10 a call, judged by the secret detector in memory
 * and dropped (SecureString values are never read). Documents the account owns: ListDocuments
 * (50 a page) and one DescribeDocumentPermission each. Managed nodes: DescribeInstanceInformation
 * (50 a page). One GetServiceSetting for block public sharing.
 */
const ssmCollector = {
    service: 'ssm',
    scope: 'regional',
    permissions: ssm_permissions,
    resourceTypes: ['ssm:parameter', 'ssm:document', 'ssm:managed-instance', 'ssm:region-settings'],
    async collect(ctx) {
        const client = ctx.client(client_ssm_dist_cjs/* SSMClient */.jBj);
        await Promise.all([
            ctx.step(['ssm:parameter'], () => collectParameters(ctx, client)),
            ctx.step(['ssm:document'], () => collectDocuments(ctx, client)),
            ctx.step(['ssm:managed-instance'], () => collectManagedInstances(ctx, client)),
            ctx.step(['ssm:region-settings'], () => ssm_collectRegionSettings(ctx, client)),
        ]);
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eks/dist-cjs/index.js
var client_eks_dist_cjs = __webpack_require__(4524);
;// CONCATENATED MODULE: ./src/scan/collectors/eks.ts


const eks_permissions = {
    ListClusters: 'eks:ListClusters',
    DescribeCluster: 'eks:DescribeCluster',
};
const ALL = [
    'version',
    'platformVersion',
    'endpointPublicAccess',
    'publicAccessCidrs',
    'endpointPrivateAccess',
    'enabledLogTypes',
    'secretsEncrypted',
    'secretsKmsKeyArn',
    'supportType',
    'tags',
];
/** Log types whose setting is `enabled: true`; null when the answer has no logging setup. */
function enabledLogTypes(cluster) {
    const setups = cluster.logging?.clusterLogging;
    if (!setups)
        return null;
    return (0,normalize/* sortedStrings */.MA)(setups.filter((s) => s.enabled === true).flatMap((s) => s.types ?? []));
}
/** The KMS key that envelope-encrypts secrets, from the encryptionConfig naming `secrets`. */
const secretsKey = (cluster) => (cluster.encryptionConfig ?? []).find((c) => (c.resources ?? []).includes('secrets'))?.provider?.keyArn;
async function collectCluster(ctx, client, name) {
    const answer = await ctx.read('DescribeCluster', () => client.send(new client_eks_dist_cjs/* DescribeClusterCommand */.hV5({ name })), {
        resourceId: name,
    });
    const cluster = answer?.cluster;
    const vpc = cluster?.resourcesVpcConfig;
    const key = cluster ? secretsKey(cluster) : undefined;
    ctx.emit((0,normalize/* makeResource */.To)('eks:cluster', {
        arn: (0,normalize/* text */.Qq)(cluster?.arn) ?? `arn:${ctx.partition}:eks:${ctx.region}:${ctx.account}:cluster/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: cluster?.tags ?? {},
        state: (0,normalize/* text */.Qq)(cluster?.status),
        createdAt: (0,normalize/* isoDate */._$)(cluster?.createdAt),
    }, {
        version: (0,normalize/* text */.Qq)(cluster?.version),
        platformVersion: (0,normalize/* text */.Qq)(cluster?.platformVersion),
        endpointPublicAccess: vpc?.endpointPublicAccess ?? null,
        publicAccessCidrs: (0,normalize/* sortedStrings */.MA)(vpc?.publicAccessCidrs ?? []),
        endpointPrivateAccess: vpc?.endpointPrivateAccess ?? null,
        enabledLogTypes: cluster ? enabledLogTypes(cluster) : null,
        secretsEncrypted: cluster ? key !== undefined : null,
        secretsKmsKeyArn: (0,normalize/* text */.Qq)(key),
        supportType: (0,normalize/* text */.Qq)(cluster?.upgradePolicy?.supportType),
    }, cluster ? [] : ALL));
}
/**
 * Amazon EKS clusters, per region: ListClusters (names only, 100 a page) and one DescribeCluster
 * each, which carries the version, endpoint access, logging, encryption and upgrade policy. Node
 * groups, Fargate profiles and add-ons are not read.
 */
const eksCollector = {
    service: 'eks',
    scope: 'regional',
    permissions: eks_permissions,
    resourceTypes: ['eks:cluster'],
    async collect(ctx) {
        const client = ctx.client(client_eks_dist_cjs/* EKSClient */.JQJ);
        const names = await ctx.list('ListClusters', 'eks:cluster', (0,client_eks_dist_cjs/* paginateListClusters */.fm1)({ client, pageSize: 100 }, {}), (page) => page.clusters);
        await ctx.each(names, (name) => collectCluster(ctx, client, name));
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-wafv2/dist-cjs/index.js
var client_wafv2_dist_cjs = __webpack_require__(8213);
;// CONCATENATED MODULE: ./src/scan/collectors/wafv2.ts


const wafv2_permissions = {
    ListWebACLs: 'wafv2:ListWebACLs',
    GetWebACL: 'wafv2:GetWebACL',
    GetLoggingConfiguration: 'wafv2:GetLoggingConfiguration',
    ListResourcesForWebACL: 'wafv2:ListResourcesForWebACL',
};
/**
 * What a web ACL of each scope can protect, as ListResourcesForWebACL names it, the type most
 * ACLs protect first (load balancers: also what elbv2.alb-without-waf needs). CloudFront
 * distributions are not listed by WAF (they name their ACL themselves); Amplify apps take
 * CloudFront-scope ACLs.
 */
const PROTECTED_TYPES = {
    REGIONAL: [
        'APPLICATION_LOAD_BALANCER',
        'API_GATEWAY',
        'APPSYNC',
        'COGNITO_USER_POOL',
        'APP_RUNNER_SERVICE',
        'VERIFIED_ACCESS_INSTANCE',
        'AGENTCORE_GATEWAY',
    ],
    CLOUDFRONT: ['AMPLIFY'],
};
/** ListWebACLs pages (100 a page, the most WAF gives), followed by NextMarker. */
async function* webAclPages(client, scope) {
    let marker;
    do {
        const page = await client.send(new client_wafv2_dist_cjs/* ListWebACLsCommand */.vbB({ Scope: scope, Limit: 100, NextMarker: marker }));
        yield page;
        // An empty page with a marker would loop forever on a misbehaving endpoint.
        marker = page.WebACLs && page.WebACLs.length > 0 ? ((0,normalize/* text */.Qq)(page.NextMarker) ?? undefined) : undefined;
    } while (marker);
}
/** The rules' VisibilityConfig: names of those without CloudWatch metrics. */
const rulesWithoutMetrics = (acl) => (0,normalize/* sortedStrings */.MA)((acl.Rules ?? [])
    .filter((rule) => rule.VisibilityConfig?.CloudWatchMetricsEnabled !== true)
    .map((rule) => rule.Name));
/**
 * Every resource WAF lists for the ACL; undefined when any type could not be read. The scope's
 * first type is asked first, the others only once it answered: one unread type leaves the whole
 * list unknown, so asking the rest after a failure (a denial, an endpoint without the operation)
 * would be calls read for nothing.
 */
async function associations(ctx, client, arn, scope) {
    const read = (type) => ctx.branch(() => ctx.read('ListResourcesForWebACL', () => client.send(new client_wafv2_dist_cjs/* ListResourcesForWebACLCommand */.c3v({ WebACLArn: arn, ResourceType: type })), { resourceId: arn }));
    const [first, ...rest] = PROTECTED_TYPES[scope];
    const firstAnswer = first === undefined ? null : await read(first);
    if (firstAnswer === undefined)
        return undefined;
    const answers = [firstAnswer, ...(await Promise.all(rest.map(read)))];
    if (answers.some((answer) => answer === undefined))
        return undefined;
    return (0,normalize/* sortedStrings */.MA)(answers.flatMap((answer) => answer?.ResourceArns ?? []));
}
/** One web ACL: its definition, its logging configuration and what it protects, read in parallel. */
async function collectWebAcl(ctx, client, type, scope, summary) {
    const { ARN: arn, Id: id, Name: name } = summary;
    if (!arn || !id || !name)
        return;
    const [definition, logging, associated] = await Promise.all([
        ctx.branch(() => ctx.read('GetWebACL', () => client.send(new client_wafv2_dist_cjs/* GetWebACLCommand */.mRK({ Name: name, Id: id, Scope: scope })), {
            resourceId: arn,
        })),
        ctx.branch(() => ctx.read('GetLoggingConfiguration', () => client.send(new client_wafv2_dist_cjs/* GetLoggingConfigurationCommand */.$sl({ ResourceArn: arn })), 
        // WAF's answer for an ACL that has no logging configuration.
        { absentWhen: ['WAFNonexistentItemException'], resourceId: arn })),
        ctx.branch(() => associations(ctx, client, arn, scope)),
    ]);
    const acl = definition?.WebACL;
    const unknown = [];
    if (!acl)
        unknown.push('ruleCount', 'defaultAction', 'capacity', 'metricsEnabled', 'rulesWithoutMetrics');
    if (logging === undefined)
        unknown.push('loggingEnabled', 'logDestinations');
    if (associated === undefined)
        unknown.push('associatedResourceArns');
    const defaultAction = acl?.DefaultAction?.Block ? 'BLOCK' : acl?.DefaultAction?.Allow ? 'ALLOW' : null;
    ctx.emit((0,normalize/* makeResource */.To)(type, { arn, id, name, account: ctx.account, region: ctx.scopeRegion }, {
        scope,
        ruleCount: acl ? (acl.Rules ?? []).length : null,
        defaultAction,
        capacity: acl?.Capacity ?? null,
        loggingEnabled: logging === undefined ? null : Boolean(logging?.LoggingConfiguration),
        logDestinations: (0,normalize/* sortedStrings */.MA)(logging?.LoggingConfiguration?.LogDestinationConfigs ?? []),
        metricsEnabled: acl ? acl.VisibilityConfig?.CloudWatchMetricsEnabled === true : null,
        rulesWithoutMetrics: acl ? rulesWithoutMetrics(acl) : null,
        associatedResourceArns: associated ?? null,
    }, unknown));
}
async function collectScope(ctx, type, scope) {
    const client = ctx.client(client_wafv2_dist_cjs/* WAFV2Client */.m5V);
    const summaries = await ctx.list('ListWebACLs', type, webAclPages(client, scope), (page) => page.WebACLs);
    await ctx.each(summaries, (summary) => collectWebAcl(ctx, client, type, scope, summary));
}
const SHARED = { service: 'wafv2', permissions: wafv2_permissions };
/**
 * AWS WAFv2 regional web ACLs, per region: ListWebACLs (Scope REGIONAL), then per ACL one GetWebACL,
 * one GetLoggingConfiguration (WAFNonexistentItemException: no logging) and one
 * ListResourcesForWebACL per resource type a regional ACL can protect (7: load balancers first, the
 * other six only once that was read). WAF Classic is not read.
 */
const wafv2Collector = {
    ...SHARED,
    scope: 'regional',
    resourceTypes: ['wafv2:web-acl'],
    collect: (ctx) => collectScope(ctx, 'wafv2:web-acl', 'REGIONAL'),
};
/**
 * CloudFront-scope web ACLs, once per account: WAF serves them in us-east-1 only (the home region
 * global collectors call). The same calls as regional ACLs, with ListResourcesForWebACL for Amplify
 * apps only: distributions name their ACL in the CloudFront collector's webAclId.
 */
const wafv2CloudFrontCollector = {
    ...SHARED,
    scope: 'global',
    resourceTypes: ['wafv2:cloudfront-web-acl'],
    collect: (ctx) => collectScope(ctx, 'wafv2:cloudfront-web-acl', 'CLOUDFRONT'),
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing/dist-cjs/index.js
var client_elastic_load_balancing_dist_cjs = __webpack_require__(9165);
;// CONCATENATED MODULE: ./src/scan/collectors/lb-traffic.ts

/** As for NAT gateways and instances: two weeks show weekly jobs. */
const LB_TRAFFIC_WINDOW_DAYS = 14;
/**
 * The metric that says whether anything used a load balancer, by kind: requests for Application
 * and Classic (a Classic's RequestCount also counts TCP connections), new flows and bytes for
 * Network and Gateway. ELBv2 metrics are named by the ARN's tail (`app/name/id`), Classic ones by
 * name.
 */
const SPECS = {
    application: {
        namespace: 'AWS/ApplicationELB',
        dimension: 'LoadBalancer',
        metrics: [{ name: 'RequestCount', stat: 'Sum' }],
    },
    network: {
        namespace: 'AWS/NetworkELB',
        dimension: 'LoadBalancer',
        metrics: [
            { name: 'NewFlowCount', stat: 'Sum' },
            { name: 'ProcessedBytes', stat: 'Sum' },
        ],
    },
    gateway: {
        namespace: 'AWS/GatewayELB',
        dimension: 'LoadBalancer',
        metrics: [
            { name: 'NewFlowCount', stat: 'Sum' },
            { name: 'ProcessedBytes', stat: 'Sum' },
        ],
    },
    classic: {
        namespace: 'AWS/ELB',
        dimension: 'LoadBalancerName',
        metrics: [{ name: 'RequestCount', stat: 'Sum' }],
    },
};
const sum = (points) => (points ?? []).reduce((total, p) => (Number.isFinite(p.value) ? total + p.value : total), 0);
/**
 * Each load balancer's traffic over the window, keyed by its metric dimension value, read with
 * GetMetricData (throws as the SDK does). One whose queries did not all complete is left out: its
 * traffic is unknown.
 */
async function readLoadBalancerTraffic(cloudwatch, kind, ids, window) {
    const spec = SPECS[kind];
    const read = await readDailyMetrics(cloudwatch, spec, ids, window);
    return new Map([...read].map(([id, series]) => [
        id,
        {
            windowDays: LB_TRAFFIC_WINDOW_DAYS,
            daysWithData: daysWithData(series),
            metric: spec.metrics[0]?.name ?? '',
            count: Math.round(sum(series[0])),
            bytesProcessed: spec.metrics.length > 1 ? Math.round(sum(series[1])) : null,
        },
    ]));
}
const lbTrafficWindow = (now) => dailyWindow(now, LB_TRAFFIC_WINDOW_DAYS);
/** Splits the load balancers of one kind into GetMetricData-sized batches. */
const lbTrafficBatches = (kind, ids) => metricBatches(ids, SPECS[kind]);
/** The kinds whose metrics the scan reads (an unknown ELBv2 type has none). */
const isLoadBalancerKind = (value) => value === 'application' || value === 'network' || value === 'gateway' || value === 'classic';
/**
 * The LoadBalancer dimension of an ELBv2 load balancer's metrics: its ARN after `loadbalancer/`
 * (`app/name/id`, `net/...`, `gwy/...`); null for an ARN of another shape.
 */
function metricDimension(arn) {
    const match = /:loadbalancer\/((?:app|net|gwy)\/[^/]+\/[^/]+)$/.exec(arn);
    return match?.[1] ?? null;
}

;// CONCATENATED MODULE: ./src/scan/collectors/elb.ts




const elb_permissions = {
    DescribeLoadBalancers: 'elasticloadbalancing:DescribeLoadBalancers',
    DescribeLoadBalancerAttributes: 'elasticloadbalancing:DescribeLoadBalancerAttributes',
    DescribeLoadBalancerPolicies: 'elasticloadbalancing:DescribeLoadBalancerPolicies',
    DescribeTags: 'elasticloadbalancing:DescribeTags',
    GetMetricData: 'cloudwatch:GetMetricData',
};
/** A load balancer deleted between the listing and a read (SDK name and wire code). */
const elb_NOT_FOUND = ['AccessPointNotFoundException', 'LoadBalancerNotFound'];
/** DescribeTags takes at most 20 names. */
const TAG_BATCH = 20;
/** The front-end protocols that negotiate TLS, with an SSL negotiation policy and a certificate. */
const SECURE = new Set(['HTTPS', 'SSL']);
const upper = (value) => (value ? value.toUpperCase() : null);
/** Tags by load balancer name, 20 per call; a name whose batch failed is left out (unknown). */
async function readTags(ctx, client, names) {
    const tags = new Map();
    await ctx.each((0,normalize/* batchesOf */.cS)(names, TAG_BATCH), async (batch) => {
        const answer = await ctx.read('DescribeTags', () => client.send(new client_elastic_load_balancing_dist_cjs.DescribeTagsCommand({ LoadBalancerNames: batch })));
        if (!answer)
            return;
        for (const name of batch)
            tags.set(name, {});
        for (const d of answer.TagDescriptions ?? []) {
            if (d.LoadBalancerName)
                tags.set(d.LoadBalancerName, (0,normalize/* tagMap */.lD)(d.Tags));
        }
    });
    return tags;
}
/** Request counts by name, for every load balancer (Classic ones have no state to skip). */
async function readTraffic(ctx, names) {
    const window = lbTrafficWindow(new Date());
    const traffic = new Map();
    await ctx.each(lbTrafficBatches('classic', names), async (batch) => {
        const read = await ctx.read('GetMetricData', () => readLoadBalancerTraffic(ctx.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn), 'classic', batch, window));
        for (const name of batch)
            traffic.set(name, read?.get(name));
    });
    return traffic;
}
/** The SSL negotiation policies among a load balancer's policies, with the predefined one each copies. */
function sslPolicies(policies) {
    return policies
        .filter((p) => p.PolicyName && p.PolicyTypeName === 'SSLNegotiationPolicyType')
        .map((p) => ({
        policyName: p.PolicyName ?? '',
        referenceSecurityPolicy: (0,normalize/* text */.Qq)((p.PolicyAttributeDescriptions ?? []).find((a) => a.AttributeName === 'Reference-Security-Policy')
            ?.AttributeValue),
    }))
        .sort((a, b) => a.policyName.localeCompare(b.policyName));
}
/** The settings DescribeLoadBalancerAttributes answers; null where the answer lacks one. */
function settings(answer) {
    const additional = new Map((answer?.AdditionalAttributes ?? []).flatMap((a) => (a.Key ? [[a.Key, a.Value ?? '']] : [])));
    return {
        crossZoneLoadBalancing: answer?.CrossZoneLoadBalancing?.Enabled ?? null,
        connectionDraining: answer?.ConnectionDraining?.Enabled ?? null,
        accessLogsEnabled: answer?.AccessLog?.Enabled ?? null,
        desyncMitigationMode: (0,normalize/* text */.Qq)(additional.get('elb.http.desyncmitigationmode')),
    };
}
/**
 * One load balancer's attributes, and its policies when a listener is HTTPS or SSL (the only
 * reason to read them: the SSL negotiation policy). Null when it was deleted meanwhile.
 */
async function readDetails(ctx, client, lb) {
    const name = lb.LoadBalancerName ?? '';
    const secure = (lb.ListenerDescriptions ?? []).some((d) => SECURE.has(upper(d.Listener?.Protocol) ?? ''));
    const [attributes, policies] = await Promise.all([
        ctx.branch(() => ctx.read('DescribeLoadBalancerAttributes', () => client.send(new client_elastic_load_balancing_dist_cjs.DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name })), { absentWhen: elb_NOT_FOUND, resourceId: name })),
        secure
            ? ctx.branch(() => ctx.read('DescribeLoadBalancerPolicies', () => client.send(new client_elastic_load_balancing_dist_cjs.DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name })), { absentWhen: elb_NOT_FOUND, resourceId: name }))
            : Promise.resolve({ PolicyDescriptions: [] }),
    ]);
    if (attributes === null || policies === null)
        return null;
    return {
        attributes: attributes?.LoadBalancerAttributes ?? (attributes ? {} : undefined),
        policies: policies?.PolicyDescriptions ?? (policies ? [] : undefined),
    };
}
function emit(ctx, lb, details, tags, traffic) {
    const name = lb.LoadBalancerName ?? '';
    const unknown = [];
    if (details.attributes === undefined) {
        unknown.push('crossZoneLoadBalancing', 'connectionDraining', 'accessLogsEnabled', 'desyncMitigationMode');
    }
    if (details.policies === undefined)
        unknown.push('sslPolicies');
    if (traffic.read && traffic.value === undefined)
        unknown.push('traffic');
    if (tags === undefined)
        unknown.push('tags');
    const values = {
        scheme: (0,normalize/* text */.Qq)(lb.Scheme),
        dnsName: (0,normalize/* text */.Qq)(lb.DNSName),
        vpcId: (0,normalize/* text */.Qq)(lb.VPCId),
        availabilityZones: (0,normalize/* sortedStrings */.MA)(lb.AvailabilityZones ?? []),
        subnetIds: (0,normalize/* sortedStrings */.MA)(lb.Subnets ?? []),
        securityGroups: (0,normalize/* sortedStrings */.MA)(lb.SecurityGroups ?? []),
        instanceCount: (lb.Instances ?? []).length,
        listeners: (lb.ListenerDescriptions ?? []).flatMap((d) => {
            const l = d.Listener;
            if (!l?.Protocol || l.LoadBalancerPort === undefined)
                return [];
            return [
                {
                    protocol: l.Protocol.toUpperCase(),
                    port: l.LoadBalancerPort,
                    instanceProtocol: upper(l.InstanceProtocol),
                    instancePort: l.InstancePort ?? null,
                    sslCertificateId: (0,normalize/* text */.Qq)(l.SSLCertificateId),
                    policyNames: (0,normalize/* sortedStrings */.MA)(d.PolicyNames ?? []),
                },
            ];
        }),
        sslPolicies: sslPolicies(details.policies ?? []),
        ...settings(details.attributes),
        traffic: traffic.value ?? null,
    };
    ctx.emit((0,normalize/* makeResource */.To)('elb:load-balancer', {
        arn: `arn:${ctx.partition}:elasticloadbalancing:${ctx.scopeRegion}:${ctx.account}:loadbalancer/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        createdAt: (0,normalize/* isoDate */._$)(lb.CreatedTime),
    }, values, unknown));
}
/**
 * Classic Load Balancers, per region: one DescribeLoadBalancers listing (400 a page); per load
 * balancer one DescribeLoadBalancerAttributes, and one DescribeLoadBalancerPolicies only when it has
 * an HTTPS or SSL listener; DescribeTags per 20; GetMetricData (RequestCount) per 500. A failed
 * per-item read leaves its attributes unknown.
 */
const elbCollector = {
    service: 'elb',
    scope: 'regional',
    permissions: elb_permissions,
    resourceTypes: ['elb:load-balancer'],
    async collect(ctx) {
        const client = ctx.client(client_elastic_load_balancing_dist_cjs.ElasticLoadBalancingClient);
        const balancers = (await ctx.list('DescribeLoadBalancers', 'elb:load-balancer', (0,client_elastic_load_balancing_dist_cjs.paginateDescribeLoadBalancers)({ client, pageSize: 400 }, {}), (page) => page.LoadBalancerDescriptions)).filter((lb) => lb.LoadBalancerName);
        const names = balancers.map((lb) => lb.LoadBalancerName ?? '');
        const details = new Map();
        const [tags, traffic] = await Promise.all([
            ctx.branch(() => readTags(ctx, client, names)),
            ctx.branch(() => readTraffic(ctx, names)),
            ctx.branch(() => ctx.each(balancers, async (lb) => {
                details.set(lb.LoadBalancerName ?? '', await readDetails(ctx, client, lb));
            })),
        ]);
        for (const lb of balancers) {
            const name = lb.LoadBalancerName ?? '';
            const read = details.get(name);
            if (!read)
                continue;
            emit(ctx, lb, read, tags.get(name), { read: traffic.has(name), value: traffic.get(name) });
        }
    },
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
;// CONCATENATED MODULE: ./src/scan/collectors/elbv2.ts




const elbv2_permissions = {
    DescribeLoadBalancers: 'elasticloadbalancing:DescribeLoadBalancers',
    DescribeListeners: 'elasticloadbalancing:DescribeListeners',
    DescribeLoadBalancerAttributes: 'elasticloadbalancing:DescribeLoadBalancerAttributes',
    DescribeTags: 'elasticloadbalancing:DescribeTags',
    DescribeTargetGroups: 'elasticloadbalancing:DescribeTargetGroups',
    GetMetricData: 'cloudwatch:GetMetricData',
};
const TYPES = ['elbv2:load-balancer', 'elbv2:listener'];
const GROUP = 'elbv2:target-group';
/** A load balancer deleted between the listing and a read (SDK name and wire code). */
const elbv2_NOT_FOUND = ['LoadBalancerNotFoundException', 'LoadBalancerNotFound'];
/** DescribeTags takes at most 20 ARNs. */
const elbv2_TAG_BATCH = 20;
/** The listener protocols with a security policy. */
const elbv2_SECURE = new Set(['HTTPS', 'TLS']);
/** States in which a load balancer is billed and has metrics. */
const RUNNING = new Set(['active', 'active_impaired']);
/** A boolean attribute's value; null when the answer lacks it (never taken as false). */
const flag = (attributes, key) => {
    const value = attributes.get(key);
    return value === 'true' ? true : value === 'false' ? false : null;
};
const action = (a) => ({
    type: a.Type ?? 'unknown',
    redirectProtocol: (0,normalize/* text */.Qq)(a.RedirectConfig?.Protocol),
    targetGroupArns: (0,normalize/* sortedStrings */.MA)([
        a.TargetGroupArn,
        ...(a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupArn),
    ]),
});
/** Tags of every load balancer, 20 per call; an ARN whose batch failed is left out (unknown). */
async function elbv2_readTags(ctx, client, arns) {
    const tags = new Map();
    await ctx.each((0,normalize/* batchesOf */.cS)(arns, elbv2_TAG_BATCH), async (batch) => {
        const answer = await ctx.read('DescribeTags', () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTagsCommand */.yRM({ ResourceArns: batch })));
        if (!answer)
            return;
        for (const arn of batch)
            tags.set(arn, {});
        for (const d of answer.TagDescriptions ?? [])
            if (d.ResourceArn)
                tags.set(d.ResourceArn, (0,normalize/* tagMap */.lD)(d.Tags));
    });
    return tags;
}
/**
 * Traffic of the running load balancers over the window, by ARN: one GetMetricData per kind and
 * batch. A load balancer in the map without a value could not be read (unknown).
 */
async function elbv2_readTraffic(ctx, balancers) {
    const window = lbTrafficWindow(new Date());
    const traffic = new Map();
    const byKind = new Map();
    for (const lb of balancers) {
        const dimension = metricDimension(lb.LoadBalancerArn ?? '');
        if (!RUNNING.has(lb.State?.Code ?? '') || !isLoadBalancerKind(lb.Type) || dimension === null)
            continue;
        const kind = byKind.get(lb.Type) ?? new Map();
        kind.set(dimension, lb.LoadBalancerArn ?? '');
        byKind.set(lb.Type, kind);
    }
    const jobs = [...byKind].flatMap(([kind, arnOf]) => lbTrafficBatches(kind, [...arnOf.keys()]).map((batch) => ({ kind, arnOf, batch })));
    // The CloudWatch client is made only where a load balancer needs it.
    await ctx.each(jobs, async ({ kind, arnOf, batch }) => {
        const read = await ctx.read('GetMetricData', () => readLoadBalancerTraffic(ctx.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn), kind, batch, window));
        for (const dimension of batch)
            traffic.set(arnOf.get(dimension) ?? '', read?.get(dimension));
    });
    return traffic;
}
/**
 * One load balancer's listeners and attributes, one call each (DescribeListeners pages by 400).
 * Null when it was deleted meanwhile.
 */
async function elbv2_readDetails(ctx, client, arn) {
    const [listeners, attributes] = await Promise.all([
        ctx.branch(() => ctx.read('DescribeListeners', async () => {
            const all = [];
            const pages = (0,client_elastic_load_balancing_v2_dist_cjs/* paginateDescribeListeners */.GZx)({ client, pageSize: 400 }, { LoadBalancerArn: arn });
            for await (const page of pages)
                all.push(...(page.Listeners ?? []));
            return all;
        }, { absentWhen: elbv2_NOT_FOUND, resourceId: arn })),
        ctx.branch(() => ctx.read('DescribeLoadBalancerAttributes', () => client.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeLoadBalancerAttributesCommand */.M7G({ LoadBalancerArn: arn })), { absentWhen: elbv2_NOT_FOUND, resourceId: arn })),
    ]);
    if (listeners === null || attributes === null)
        return null;
    return {
        listeners,
        attributes: attributes &&
            new Map((attributes.Attributes ?? []).flatMap((a) => (a.Key ? [[a.Key, a.Value ?? '']] : []))),
    };
}
function emitListeners(ctx, lb, listeners) {
    for (const listener of listeners) {
        if (!listener.ListenerArn)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('elbv2:listener', {
            arn: listener.ListenerArn,
            id: listener.ListenerArn.split(':listener/').pop() ?? listener.ListenerArn,
            name: `${lb.LoadBalancerName ?? ''}:${listener.Port ?? ''}`,
            account: ctx.account,
            region: ctx.scopeRegion,
        }, {
            loadBalancerArn: lb.LoadBalancerArn ?? '',
            loadBalancerType: (0,normalize/* text */.Qq)(lb.Type),
            loadBalancerName: (0,normalize/* text */.Qq)(lb.LoadBalancerName),
            protocol: (0,normalize/* text */.Qq)(listener.Protocol),
            port: listener.Port ?? null,
            // Only HTTPS and TLS listeners negotiate TLS; moto also names a policy on HTTP and TCP ones.
            sslPolicy: elbv2_SECURE.has(listener.Protocol ?? '') ? (0,normalize/* text */.Qq)(listener.SslPolicy) : null,
            certificateArns: (0,normalize/* sortedStrings */.MA)((listener.Certificates ?? []).map((c) => c.CertificateArn)),
            defaultActions: [...(listener.DefaultActions ?? [])]
                .sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))
                .map(action),
        }));
    }
}
function emitLoadBalancer(ctx, lb, details, tags, traffic) {
    const arn = lb.LoadBalancerArn ?? '';
    const attributes = details.attributes ?? new Map();
    const unknown = [];
    if (details.listeners === undefined)
        unknown.push('listenerArns');
    if (details.attributes === undefined)
        unknown.push('deletionProtection', 'dropInvalidHeaderFields', 'desyncMitigationMode', 'accessLogsEnabled');
    if (traffic.read && traffic.value === undefined)
        unknown.push('traffic');
    if (tags === undefined)
        unknown.push('tags');
    const application = lb.Type === 'application';
    const values = {
        loadBalancerType: (0,normalize/* text */.Qq)(lb.Type),
        scheme: (0,normalize/* text */.Qq)(lb.Scheme),
        dnsName: (0,normalize/* text */.Qq)(lb.DNSName),
        vpcId: (0,normalize/* text */.Qq)(lb.VpcId),
        ipAddressType: (0,normalize/* text */.Qq)(lb.IpAddressType),
        availabilityZones: (0,normalize/* sortedStrings */.MA)((lb.AvailabilityZones ?? []).map((z) => z.ZoneName)),
        subnetIds: (0,normalize/* sortedStrings */.MA)((lb.AvailabilityZones ?? []).map((z) => z.SubnetId)),
        securityGroups: (0,normalize/* sortedStrings */.MA)(lb.SecurityGroups ?? []),
        listenerArns: (0,normalize/* sortedStrings */.MA)((details.listeners ?? []).map((l) => l.ListenerArn)),
        deletionProtection: flag(attributes, 'deletion_protection.enabled'),
        dropInvalidHeaderFields: application
            ? flag(attributes, 'routing.http.drop_invalid_header_fields.enabled')
            : null,
        desyncMitigationMode: application ? (0,normalize/* text */.Qq)(attributes.get('routing.http.desync_mitigation_mode')) : null,
        accessLogsEnabled: flag(attributes, 'access_logs.s3.enabled'),
        accessLogsBucket: (0,normalize/* text */.Qq)(attributes.get('access_logs.s3.bucket')),
        traffic: traffic.value ?? null,
    };
    ctx.emit((0,normalize/* makeResource */.To)('elbv2:load-balancer', {
        arn,
        id: arn.split(':loadbalancer/').pop() ?? arn,
        name: (0,normalize/* text */.Qq)(lb.LoadBalancerName),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        state: (0,normalize/* text */.Qq)(lb.State?.Code),
        createdAt: (0,normalize/* isoDate */._$)(lb.CreatedTime),
    }, values, unknown));
}
/** The load balancers with their listeners, attributes, tags and traffic. */
async function collectLoadBalancers(ctx, client) {
    const balancers = (await ctx.list('DescribeLoadBalancers', TYPES, (0,client_elastic_load_balancing_v2_dist_cjs/* paginateDescribeLoadBalancers */.obE)({ client, pageSize: 400 }, {}), (page) => page.LoadBalancers)).filter((lb) => lb.LoadBalancerArn);
    const details = new Map();
    const [tags, traffic] = await Promise.all([
        ctx.branch(() => elbv2_readTags(ctx, client, balancers.map((lb) => lb.LoadBalancerArn ?? ''))),
        ctx.branch(() => elbv2_readTraffic(ctx, balancers)),
        ctx.branch(() => ctx.each(balancers, async (lb) => {
            const arn = lb.LoadBalancerArn ?? '';
            details.set(arn, await elbv2_readDetails(ctx, client, arn));
        })),
    ]);
    for (const lb of balancers) {
        const arn = lb.LoadBalancerArn ?? '';
        const read = details.get(arn);
        if (!read)
            continue;
        emitLoadBalancer(ctx, lb, read, tags.get(arn), { read: traffic.has(arn), value: traffic.get(arn) });
        emitListeners(ctx, lb, read.listeners ?? []);
    }
}
/** Target groups: one listing per region, whose entries carry every field the rules need. */
async function collectTargetGroups(ctx, client) {
    const groups = await ctx.list('DescribeTargetGroups', GROUP, (0,client_elastic_load_balancing_v2_dist_cjs/* paginateDescribeTargetGroups */.u_3)({ client, pageSize: 400 }, {}), (page) => page.TargetGroups);
    for (const group of groups) {
        if (!group.TargetGroupArn)
            continue;
        ctx.emit((0,normalize/* makeResource */.To)('elbv2:target-group', {
            arn: group.TargetGroupArn,
            id: group.TargetGroupArn.split(':targetgroup/').pop() ?? group.TargetGroupArn,
            name: (0,normalize/* text */.Qq)(group.TargetGroupName),
            account: ctx.account,
            region: ctx.scopeRegion,
        }, {
            protocol: (0,normalize/* text */.Qq)(group.Protocol),
            port: group.Port ?? null,
            targetType: (0,normalize/* text */.Qq)(group.TargetType),
            healthCheckEnabled: group.HealthCheckEnabled ?? null,
            healthCheckProtocol: (0,normalize/* text */.Qq)(group.HealthCheckProtocol),
            vpcId: (0,normalize/* text */.Qq)(group.VpcId),
            loadBalancerArns: (0,normalize/* sortedStrings */.MA)(group.LoadBalancerArns ?? []),
        }, 
        // Their tags would cost a DescribeTags per 20 groups and no rule needs them.
        ['tags']));
    }
}
/**
 * Application, Network and Gateway Load Balancers, per region: one DescribeLoadBalancers listing
 * (400 a page); per load balancer one DescribeListeners and one DescribeLoadBalancerAttributes;
 * DescribeTags per 20 load balancers; and GetMetricData per kind (requests, or flows and bytes) for
 * the running ones; and one DescribeTargetGroups listing. A failed per-item read leaves its
 * attributes unknown.
 */
const elbv2Collector = {
    service: 'elbv2',
    scope: 'regional',
    permissions: elbv2_permissions,
    resourceTypes: [...TYPES, GROUP],
    async collect(ctx) {
        const client = ctx.client(client_elastic_load_balancing_v2_dist_cjs/* ElasticLoadBalancingV2Client */.MlD);
        // Steps: a failure in one part leaves the other's coverage intact.
        await Promise.all([
            ctx.step(TYPES, () => collectLoadBalancers(ctx, client)),
            ctx.step([GROUP], () => collectTargetGroups(ctx, client)),
        ]);
    },
};

;// CONCATENATED MODULE: ./src/scan/registry.ts





























/**
 * Every collector. Adding a service is its collector in collectors/, the schema of its resources in
 * src/inventory/resources/ (listed in that folder's index.ts), and one line here.
 */
const collectors = [
    ec2Collector,
    s3Collector,
    s3AccessPointsCollector,
    iamCollector,
    lambdaCollector,
    rdsCollector,
    dynamodbCollector,
    cloudwatchCollector,
    budgetsCollector,
    cloudtrailCollector,
    guarddutyCollector,
    apigatewayCollector,
    configCollector,
    cloudfrontCollector,
    route53Collector,
    accountCollector,
    snsCollector,
    sqsCollector,
    secretsmanagerCollector,
    kmsCollector,
    acmCollector,
    ecrCollector,
    ecsCollector,
    cognitoCollector,
    ssmCollector,
    wafv2Collector,
    wafv2CloudFrontCollector,
    eksCollector,
    elbv2Collector,
    elbCollector,
];
/** The orchestrator's own calls, outside any collector. */
const orchestratorPermissions = {
    DescribeRegions: 'ec2:DescribeRegions',
    GetCallerIdentity: 'sts:GetCallerIdentity',
};
/** The services users can select; a service may have several collectors (s3: global and regional). */
function serviceNames(all = collectors) {
    return [...new Set(all.map((c) => c.service))].sort();
}
/** Picks collectors by service name; unknown names are an error that lists the valid ones. */
function selectCollectors(include, exclude = [], all = collectors) {
    const known = new Set(all.map((c) => c.service));
    const unknown = [...(include ?? []), ...exclude].filter((name) => !known.has(name));
    if (unknown.length > 0) {
        throw new Error(`Unknown service(s): ${unknown.join(', ')}. Available: ${serviceNames(all).join(', ')}`);
    }
    const wanted = include && include.length > 0 ? new Set(include) : known;
    return all.filter((c) => wanted.has(c.service) && !exclude.includes(c.service));
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ parseArnList),
/* harmony export */   _K: () => (/* binding */ checkRegions),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   k8: () => (/* binding */ readScanOptions),
/* harmony export */   wu: () => (/* binding */ readOrganization)
/* harmony export */ });
/* unused harmony exports parseList, parseSelection, checkServices */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5285);
/* harmony import */ var _scan_region_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7561);
/* harmony import */ var _scan_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4131);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8287);
/* harmony import */ var _credentials_organization_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3407);





/** Comma- or newline-separated values; empty entries dropped. */
function parseList(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * Role ARNs, one per line or comma-separated. IAM allows commas inside role names, so a comma
 * separates two entries only when the next one starts with `arn:`.
 */
function parseArnList(value) {
    return (value ?? '')
        .split(/\n|,(?=\s*arn:)/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * `all` (or nothing) means no restriction. Separators without a name (`" , "`) select nothing,
 * which is never what was meant: an error naming the input, not a silent "all".
 */
function parseSelection(value, name) {
    const list = parseList(value);
    if (list.length === 0 && (value ?? '').trim() !== '') {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${name} lists no entries ('${(value ?? '').trim()}'); give names, or all`);
    }
    return list.length === 0 || (list.length === 1 && list[0]?.toLowerCase() === 'all') ? undefined : list;
}
function parseInteger(value, name, fallback, min, max) {
    const text = (value ?? '').trim();
    if (text === '')
        return fallback;
    if (!/^\d+$/.test(text))
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${name} must be a whole number, got '${text}'`);
    const parsed = Number(text);
    if (parsed < min || parsed > max)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${name} must be between ${min} and ${max}, got ${parsed}`);
    return parsed;
}
/**
 * Region codes checked offline against the SDK's region list, and a selection that leaves no
 * region; `label` names the input or flag. Whether a region is enabled is up to the account.
 */
function checkRegions(settings, label = (name) => name) {
    if (settings.regions)
        (0,_scan_region_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRegionCodes */ .hn)(settings.regions, label('regions'));
    (0,_scan_region_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRegionCodes */ .hn)(settings.excludeRegions, label('exclude-regions'));
    if (settings.regions && settings.regions.every((region) => settings.excludeRegions.includes(region))) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label('exclude-regions')} excludes every region ${label('regions')} lists (${settings.regions.join(', ')}): nothing to scan`);
    }
}
/** Unknown service names, or a selection that leaves none, are errors naming the inputs. */
function checkServices(settings, label = (name) => name) {
    const known = (0,_scan_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceNames */ ._m)();
    for (const [name, list] of [
        ['services', settings.services ?? []],
        ['exclude-services', settings.excludeServices],
    ]) {
        const unknown = list.filter((service) => !known.includes(service));
        if (unknown.length > 0) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label(name)}: unknown service(s): ${unknown.join(', ')}. Available: ${known.join(', ')}`);
        }
    }
    if ((0,_scan_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .selectCollectors */ .vX)(settings.services, settings.excludeServices).length === 0) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label('exclude-services')} excludes every service ${settings.services ? `${label('services')} lists` : 'there is'}` +
            ` (${settings.excludeServices.join(', ')}): nothing to scan`);
    }
}
/** The scan options the Action's inputs and the CLI's flags share (same names; `label` names the source). */
function readScanOptions(get, label) {
    const integer = (name, fallback, min, max) => parseInteger(get(name), label(name), fallback, min, max);
    const selection = {
        regions: parseSelection(get('regions'), label('regions')),
        excludeRegions: parseList(get('exclude-regions')),
        services: parseSelection(get('services'), label('services')),
        excludeServices: parseList(get('exclude-services')),
    };
    checkRegions(selection, label);
    checkServices(selection, label);
    return {
        ...selection,
        maxConcurrency: integer('max-concurrency', _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.maxConcurrency, 1, 256),
        maxAttempts: integer('max-attempts', _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.maxAttempts, 1, 20),
        callTimeoutMs: integer('call-timeout-seconds', _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.callTimeoutSeconds, 1, 600) * 1000,
        regionTimeoutMs: integer('region-timeout-seconds', _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.regionTimeoutSeconds, 10, 21_600) * 1000,
        timeoutMinutes: integer('timeout-minutes', _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.timeoutMinutes, 1, 350),
        outputDir: get('output-dir')?.trim() || _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.outputDir,
    };
}
const ORGANIZATION_OPTIONS = [
    'member-role-name',
    'organizational-units',
    'include-accounts',
    'exclude-accounts',
];
/**
 * `accounts: organization` (or a list of account ids, a plan's group) and its options (the Action's
 * inputs and the CLI's flags share the names), checked before any call; undefined when `accounts`
 * is not set.
 */
function readOrganization(get, label) {
    const accounts = get('accounts')?.trim();
    if (!accounts) {
        const stray = ORGANIZATION_OPTIONS.find((name) => get(name)?.trim());
        if (stray)
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label(stray)} is only used with ${label('accounts')}: organization`);
        return undefined;
    }
    const given = accounts === 'organization' ? undefined : parseList(accounts);
    if (given && !given.every((id) => /^\d{12}$/.test(id))) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label('accounts')}: '${accounts}' is neither 'organization' (the organization's accounts) nor a list of 12-digit account ids (a plan's group); leave it empty to scan the credentials' account (and additional-role-arns)`);
    }
    const memberRoleName = get('member-role-name')?.trim();
    if (!memberRoleName) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label('accounts')}: ${given ? 'a list of accounts' : 'organization'} needs ${label('member-role-name')}: the role to assume in each member account`);
    }
    const listing = ['organizational-units', 'include-accounts', 'exclude-accounts'].find((name) => get(name)?.trim());
    if (given && listing)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${label(listing)} filters ${label('accounts')}: organization, not a list of accounts`);
    const options = {
        memberRoleName,
        organizationalUnits: parseList(get('organizational-units')),
        includeAccounts: parseList(get('include-accounts')),
        excludeAccounts: parseList(get('exclude-accounts')),
        ...(given ? { accounts: given } : {}),
    };
    (0,_credentials_organization_js__WEBPACK_IMPORTED_MODULE_3__/* .checkOrganizationOptions */ .ih)(options, label);
    return options;
}


/***/ })

};
