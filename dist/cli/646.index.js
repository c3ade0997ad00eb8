export const id = 646;
export const ids = [646];
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

/***/ 646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/credentials/session-name.ts
var session_name = __webpack_require__(9496);
// EXTERNAL MODULE: ./src/scan/errors.ts
var scan_errors = __webpack_require__(174);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/denied.ts


/**
 * Access-denied calls grouped by (account, region, kind): a region closed by a service control
 * policy denies every call there, and one line saying so reads better than one line per call.
 */
function groupDenied(errors) {
    const groups = new Map();
    for (const error of errors) {
        const explicit = (0,scan_errors/* isExplicitDeny */.RL)(error.message);
        if (!error.missingPermission && !explicit)
            continue;
        const key = `${error.account}|${error.region}|${explicit}`;
        let group = groups.get(key);
        if (!group) {
            group = { account: error.account, region: error.region, explicit, sources: [], count: 0, actions: [] };
            groups.set(key, group);
        }
        group.count += 1;
        const action = error.missingPermission ?? `${error.service}:${error.operation}`;
        if (!group.actions.includes(action))
            group.actions.push(action);
        const source = explicit ? (0,scan_errors/* explicitDenySource */.SP)(error.message) : null;
        if (source && !group.sources.includes(source))
            group.sources.push(source);
    }
    return [...groups.values()]
        .map((g) => ({ ...g, actions: g.actions.sort(), sources: g.sources.sort() }))
        .sort((a, b) => a.account.localeCompare(b.account) ||
        a.region.localeCompare(b.region) ||
        Number(b.explicit) - Number(a.explicit));
}
/** One warning line per group, for the Action's annotations and the CLI's stderr. */
function deniedWarnings(errors, actionsShown = 8) {
    return groupDenied(errors).map((g) => {
        const calls = `${g.count} call${g.count === 1 ? '' : 's'}`;
        const listed = g.actions.slice(0, actionsShown).join(', ');
        const actions = `${listed}${g.actions.length > actionsShown ? `, and ${g.actions.length - actionsShown} more` : ''}`;
        const where = g.sources.length > 0 ? ` (in ${g.sources.join(' and ')})` : '';
        const text = g.explicit
            ? `${g.account} ${g.region}: ${calls} denied by an explicit Deny${where}, which no permission ` +
                `added to the role can override: ${actions}`
            : `${g.account} ${g.region}: ${calls} denied; the role needs ${actions}`;
        return (0,render_escape/* plainText */.wh)(text);
    });
}

// EXTERNAL MODULE: ./src/inventory/resources/index.ts + 28 modules
var resources = __webpack_require__(6870);
;// CONCATENATED MODULE: ./src/render/scan-summary.ts


function countsByService(inventory) {
    const counts = new Map();
    const entry = (service) => {
        let found = counts.get(service);
        if (!found) {
            found = { service, resources: 0, errors: 0 };
            counts.set(service, found);
        }
        return found;
    };
    for (const service of inventory.scan.services)
        entry(service);
    for (const resource of inventory.resources)
        entry((0,resources/* serviceOfType */.D3)(resource.type)).resources += 1;
    for (const error of inventory.errors)
        entry(error.service).errors += 1;
    return [...counts.values()].sort((a, b) => a.service.localeCompare(b.service));
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** Plain text for terminals and Action logs. */
function scanSummaryText(inventory) {
    const { stats } = inventory.scan;
    const accounts = inventory.accounts.map((a) => `${a.id}${a.alias ? ` (${a.alias})` : ''}: ${a.regions.length} regions`);
    const width = Math.max(...countsByService(inventory).map((c) => c.service.length), 7);
    const lines = [
        `Scanned ${inventory.accounts.length} account(s): ${accounts.join('; ')}`,
        `${'service'.padEnd(width)}  resources  errors`,
        ...countsByService(inventory).map((c) => `${c.service.padEnd(width)}  ${String(c.resources).padStart(9)}  ${String(c.errors).padStart(6)}`),
        `${inventory.resources.length} resources, ${stats.apiCalls} API calls, ${stats.retries} retries, ` +
            `${stats.throttles} throttled, ${stats.errors} errors in ${seconds(inventory.scan.durationMs)}`,
    ];
    // Denied calls are reported apart, grouped (render/denied.ts): as warnings, where they stand out.
    const late = timedOut(inventory);
    if (late.length > 0)
        lines.push(`Not answered in time (abandoned): ${late.join('; ')}`);
    return lines.join('\n');
}
/** Which limit ended a call, as the option that sets it. */
const TIME_LIMITS = {
    TimeoutError: 'call-timeout-seconds',
    RegionTimeBudgetExceeded: 'region-timeout-seconds',
    RunDeadlineExceeded: 'timeout-minutes',
};
/** Calls abandoned at a time limit, one entry per service, region and limit: `ec2 eu-west-3: 9 calls (region-timeout-seconds)`. */
function timedOut(inventory) {
    const counts = new Map();
    for (const error of inventory.errors) {
        const limit = TIME_LIMITS[error.code];
        if (!limit)
            continue;
        const key = `${error.service} ${error.region}: %d call(s) (${limit})`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => key.replace('%d', String(count))).sort();
}
/** Markdown (with HTML-escaped values) for the job summary. */
function scanSummaryMarkdown(inventory) {
    const { stats } = inventory.scan;
    const rows = countsByService(inventory).map((c) => `| ${c.service} | ${c.resources} | ${c.errors} |`);
    const accounts = inventory.accounts.map((a) => `- \`${a.id}\`${a.alias ? ` (${escapeMarkdown(a.alias)})` : ''}: ${a.regions.length} regions`);
    const errors = inventory.errors
        .slice(0, 50)
        .map((e) => `| ${e.account} | ${e.service} | ${e.region} | ${e.operation} | ${escapeMarkdown(e.code)} | ${escapeMarkdown(e.message)} |`);
    return [
        '## AWS inventory',
        '',
        ...accounts,
        '',
        '| Service | Resources | Errors |',
        '| --- | ---: | ---: |',
        ...rows,
        '',
        `${inventory.resources.length} resources, ${stats.apiCalls} API calls, ${stats.retries} retries, ` +
            `${stats.throttles} throttled, ${stats.errors} errors in ${seconds(inventory.scan.durationMs)}.`,
        ...(errors.length > 0
            ? [
                '',
                '<details><summary>Scan errors</summary>',
                '',
                '| Account | Service | Region | Operation | Code | Message |',
                '| --- | --- | --- | --- | --- | --- |',
                ...errors,
                ...(inventory.errors.length > 50
                    ? ['', `... and ${inventory.errors.length - 50} more in the inventory file.`]
                    : []),
                '',
                '</details>',
            ]
            : []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/preflight.ts
var preflight = __webpack_require__(4504);
// EXTERNAL MODULE: ./src/scan/region-codes.ts + 1 modules
var region_codes = __webpack_require__(7561);
// EXTERNAL MODULE: ./src/run-audit.ts + 7 modules
var run_audit = __webpack_require__(7806);
// EXTERNAL MODULE: ./src/aws/deadline.ts
var aws_deadline = __webpack_require__(7969);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/credentials/index.ts + 1 modules
var credentials = __webpack_require__(9672);
// EXTERNAL MODULE: ./src/inventory/io.ts + 1 modules
var io = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/render/inventory-view.ts
var inventory_view = __webpack_require__(3600);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/scan/clients.ts + 1 modules
var scan_clients = __webpack_require__(5233);
// EXTERNAL MODULE: ./src/aws/response-check.ts
var response_check = __webpack_require__(6603);
// EXTERNAL MODULE: ./src/inventory/document.ts
var inventory_document = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/inventory/order.ts
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Sorts object keys recursively so equal content always serializes to equal text. */
function canonicalize(value) {
    if (Array.isArray(value))
        return value.map((item) => canonicalize(item));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        const entries = Object.entries(value).sort(([a], [b]) => compare(a, b));
        return Object.fromEntries(entries.map(([key, item]) => [key, canonicalize(item)]));
    }
    return value;
}
function sortResources(resources) {
    return [...resources].sort((a, b) => compare(a.account, b.account) ||
        compare(a.type, b.type) ||
        compare(a.region, b.region) ||
        compare(a.id, b.id) ||
        compare(a.arn, b.arn));
}
function sortErrors(errors) {
    return [...errors].sort((a, b) => compare(a.account, b.account) ||
        compare(a.service, b.service) ||
        compare(a.region, b.region) ||
        compare(a.operation, b.operation) ||
        compare(a.code, b.code) ||
        compare(a.message, b.message));
}
function sortCoverage(coverage) {
    return [...coverage].sort((a, b) => compare(a.service, b.service) || compare(a.resourceType, b.resourceType) || compare(a.region, b.region));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
;// CONCATENATED MODULE: ./src/scan/call-stats.ts

const chainStorage = new external_node_async_hooks_.AsyncLocalStorage();
class CallStats {
    apiCalls = 0;
    attempts = 0;
    throttles = 0;
    longestCallChain = 0;
    callsByService = new Map();
    /** Attempts beyond the first of each call: SDK retries after throttling or transient errors. */
    get retries() {
        return Math.max(0, this.attempts - this.apiCalls);
    }
    /** Runs `task` as a parallel branch of the current chain. */
    inBranch(task) {
        const parent = chainStorage.getStore();
        const cell = { depth: parent?.depth ?? 0 };
        return chainStorage.run(cell, async () => {
            try {
                return await task();
            }
            finally {
                if (parent)
                    parent.depth = Math.max(parent.depth, cell.depth);
            }
        });
    }
    /** Wraps one logical API call (all its attempts). */
    async trackCall(service, call) {
        const cell = chainStorage.getStore();
        const startDepth = cell?.depth ?? 0;
        this.apiCalls += 1;
        this.callsByService.set(service, (this.callsByService.get(service) ?? 0) + 1);
        try {
            return await call();
        }
        finally {
            const reached = startDepth + 1;
            if (cell)
                cell.depth = Math.max(cell.depth, reached);
            this.longestCallChain = Math.max(this.longestCallChain, reached);
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: ./src/scan/pool.ts

/**
 * One bounded pool for every API call of a scan, with a tighter cap per service and region (where
 * AWS's rate limits apply) for services that declare one, so that one service with many per-item
 * calls cannot hammer its own limit. The service slot is taken first, so a call never holds a
 * global slot while it waits for its service.
 */
class CallPool {
    maxConcurrency;
    serviceCaps;
    global;
    perService = new Map();
    constructor(maxConcurrency, serviceCaps = {}) {
        this.maxConcurrency = maxConcurrency;
        this.serviceCaps = serviceCaps;
        if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
            throw new Error(`max-concurrency must be a positive integer, got ${maxConcurrency}`);
        }
        this.global = pLimit(maxConcurrency);
    }
    run(service, region, task) {
        const key = `${service}|${region}`;
        let limit = this.perService.get(key);
        if (!limit) {
            const cap = Math.min(this.serviceCaps[service] ?? this.maxConcurrency, this.maxConcurrency);
            limit = pLimit(Math.max(1, cap));
            this.perService.set(key, limit);
        }
        return limit(() => this.global(task));
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
;// CONCATENATED MODULE: ./src/scan/regions.ts

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** The region global services (IAM, Budgets, S3 ListBuckets) are called in, per partition. */
function homeRegion(partition) {
    switch (partition) {
        case 'aws-cn':
            return 'cn-north-1';
        case 'aws-us-gov':
            return 'us-gov-west-1';
        default:
            return 'us-east-1';
    }
}
/** The partition a region belongs to (China and GovCloud regions live in partitions of their own). */
function partitionOfRegion(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-iso'))
        return region.startsWith('us-isob') ? 'aws-iso-b' : 'aws-iso';
    return 'aws';
}
/** Regions enabled for the account: DescribeRegions with AllRegions, minus those not opted in. */
async function enabledRegions(clients, region) {
    const ec2 = clients.get(client_ec2_dist_cjs.EC2Client, 'ec2', region);
    const answer = await ec2.send(new client_ec2_dist_cjs.DescribeRegionsCommand({ AllRegions: true }));
    return (answer.Regions ?? [])
        .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
        .map((r) => r.RegionName)
        .sort();
}
function validateRegionNames(names, source) {
    const bad = names.filter((name) => !REGION_PATTERN.test(name));
    if (bad.length > 0) {
        throw new Error(`${source}: not AWS region codes: ${bad.join(', ')} (expected names like us-east-1 or eu-west-2)`);
    }
}
function selectRegions(enabled, selection, partition = 'aws') {
    // Explicit regions are taken as given; discovered ones must belong to the account's partition.
    const base = selection.include ?? (enabled ?? []).filter((region) => partitionOfRegion(region) === partition);
    const excluded = new Set(selection.exclude ?? []);
    return [...new Set(base)].filter((region) => !excluded.has(region)).sort();
}

;// CONCATENATED MODULE: ./src/scan/run-collector.ts



/** The types the step running in this async context produces (see CollectorContext.step). */
const currentStep = new external_node_async_hooks_.AsyncLocalStorage();
/** Runs one collector in one scope (a region, or `global`); never throws. */
async function runCollector(collector, options) {
    const outcome = {
        resources: [],
        errors: [],
        failedTypes: new Set(),
        partialTypes: new Set(),
    };
    const { account, scopeRegion, stats } = options;
    // Outside a declared step, an error may concern anything the collector produces.
    const stepTypes = () => currentStep.getStore() ?? collector.resourceTypes;
    const mark = (types, status) => {
        for (const type of types)
            (status === 'failed' ? outcome.failedTypes : outcome.partialTypes).add(type);
    };
    const record = (operation, error, resourceId) => {
        const details = (0,scan_errors/* errorDetails */.nf)(error);
        const action = collector.permissions[operation];
        outcome.errors.push({
            account,
            service: collector.service,
            region: scopeRegion,
            operation,
            code: details.code,
            message: (0,scan_errors/* deniedMessage */.$$)(details, action),
            resourceId: resourceId ?? null,
            missingPermission: details.accessDenied ? (action ?? null) : null,
        });
    };
    const context = {
        account,
        partition: options.partition,
        region: options.region,
        scopeRegion,
        regions: options.regions ?? [options.region],
        client: (Client, region = options.region) => options.clients.get(Client, collector.service, region),
        async list(operation, resourceTypes, pages, pick) {
            const items = [];
            try {
                if (typeof pages === 'function') {
                    items.push(...(pick(await pages()) ?? []));
                }
                else {
                    for await (const page of pages)
                        items.push(...(pick(page) ?? []));
                }
            }
            catch (error) {
                record(operation, error);
                for (const type of typeof resourceTypes === 'string' ? [resourceTypes] : resourceTypes) {
                    outcome.failedTypes.add(type);
                }
            }
            return items;
        },
        async read(operation, call, readOptions = {}) {
            try {
                return await call();
            }
            catch (error) {
                if ((0,scan_errors/* hasCode */.up)(error, readOptions.absentWhen ?? []))
                    return null;
                record(operation, error, readOptions.resourceId);
                // Whatever the collector does with the gap, the step's types were not read completely.
                mark(stepTypes(), 'partial');
                return undefined;
            }
        },
        async each(items, task) {
            const limit = pLimit(options.itemsInFlight ?? 64);
            await Promise.all(items.map((item) => 
            // The branch opens now, so an item that waits for its turn keeps the chain depth of its
            // listing: waiting for a slot is not a dependency on the items before it.
            stats.inBranch(() => limit(async () => {
                try {
                    await task(item);
                }
                catch (error) {
                    // The item was not recorded: the listing of the step's types is incomplete.
                    record('collect', error);
                    mark(stepTypes(), 'failed');
                }
            }))));
        },
        branch: (task) => stats.inBranch(task),
        step: (types, task) => currentStep.run(types, () => stats.inBranch(async () => {
            try {
                return await task();
            }
            catch (error) {
                record('collect', error);
                mark(types, 'failed');
                return undefined;
            }
        })),
        emit(resource) {
            outcome.resources.push(resource);
        },
        recordProblem(operation, code, message, resourceId) {
            outcome.errors.push({
                account,
                service: collector.service,
                region: scopeRegion,
                operation,
                code,
                message,
                resourceId: resourceId ?? null,
                missingPermission: null,
            });
        },
    };
    try {
        await collector.collect(context);
    }
    catch (error) {
        // A bug or an unexpected answer: everything this collector covers here is unverified.
        record('collect', error);
        mark(collector.resourceTypes, 'failed');
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/scan/orchestrator.ts













class ScanSetupError extends Error {
    name = 'ScanSetupError';
}
/** Scans every target account into one inventory. Only a failure to identify the first account throws. */
async function scanAccounts(targets, options) {
    const now = options.now ?? (() => new Date());
    const startedAt = now();
    const stats = new CallStats();
    const serviceCaps = Object.fromEntries(options.collectors.filter((c) => c.maxConcurrency).map((c) => [c.service, c.maxConcurrency]));
    const pool = new CallPool(options.maxConcurrency, serviceCaps);
    const resources = [];
    const errors = [];
    const accounts = [];
    const factories = [];
    try {
        const plans = await Promise.all(targets.map((target, index) => stats.inBranch(async () => {
            const clients = new scan_clients/* ClientFactory */.S2({
                credentials: target.credentials,
                pool,
                stats,
                maxAttempts: options.maxAttempts,
                callTimeoutMs: options.callTimeoutMs,
                deadlineFor: regionDeadlines(options.regionTimeoutMs, options.signal),
            });
            factories.push(clients);
            return planAccount(target, index, clients, options, errors);
        })));
        const tasks = plans
            .filter((plan) => plan !== undefined)
            .flatMap((plan) => {
            accounts.push(plan.info);
            return options.collectors.flatMap((collector) => (collector.scope === 'global' ? ['global'] : plan.info.regions).map((scopeRegion) => ({
                plan,
                collector,
                scopeRegion,
            })));
        });
        options.progress?.planned?.(tasks.length);
        let done = 0;
        await Promise.all(tasks.map(({ plan, collector, scopeRegion }) => stats.inBranch(async () => {
            const started = Date.now();
            const region = scopeRegion === 'global' ? homeRegion(plan.info.partition) : scopeRegion;
            const outcome = await runCollector(collector, {
                account: plan.info.id,
                partition: plan.info.partition,
                region,
                scopeRegion,
                regions: plan.info.regions,
                clients: plan.clients,
                stats,
                itemsInFlight: options.maxConcurrency,
            });
            resources.push(...outcome.resources);
            errors.push(...outcome.errors);
            plan.info.coverage.push(...coverageOf(collector, scopeRegion, outcome));
            done += 1;
            options.progress?.finished({
                account: plan.info.id,
                service: collector.service,
                region: scopeRegion,
                resources: outcome.resources.length,
                errors: outcome.errors.length,
                durationMs: Date.now() - started,
            }, done, tasks.length);
        })));
    }
    finally {
        for (const factory of factories)
            factory.destroy();
    }
    for (const account of accounts) {
        const iamAccount = resources.find((r) => r.type === 'iam:account' && r.account === account.id);
        if (iamAccount?.type === 'iam:account')
            account.alias = iamAccount.attributes.alias;
        account.coverage = sortCoverage(account.coverage);
    }
    const finishedAt = now();
    const inventory = {
        schemaVersion: inventory_document/* INVENTORY_SCHEMA_VERSION */.Gi,
        generator: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        scan: {
            startedAt: startedAt.toISOString(),
            finishedAt: finishedAt.toISOString(),
            durationMs: finishedAt.getTime() - startedAt.getTime(),
            services: [...new Set(options.collectors.map((c) => c.service))].sort(),
            stats: {
                apiCalls: stats.apiCalls,
                retries: stats.retries,
                throttles: stats.throttles,
                errors: errors.length,
                longestCallChain: stats.longestCallChain,
            },
        },
        accounts: [...accounts].sort((a, b) => a.id.localeCompare(b.id)),
        resources: sortResources(resources),
        errors: sortErrors(errors),
    };
    return canonicalize(inventory);
}
/** One abort signal per region, started when the region is first used, and aborted with the run's. */
function regionDeadlines(budgetMs, run) {
    const signals = new Map();
    return (region) => {
        let signal = signals.get(region);
        if (!signal) {
            const controller = new AbortController();
            // Every call in the region listens on this one signal.
            (0,external_node_events_.setMaxListeners)(0, controller.signal);
            const timer = setTimeout(() => controller.abort(new scan_errors/* RegionTimeBudgetExceeded */.Cq(region, budgetMs / 1000)), budgetMs);
            timer.unref();
            signal = (0,aws_deadline/* firstOf */.Ku)([controller.signal, run]);
            signals.set(region, signal);
        }
        return signal;
    };
}
const ACCOUNT_ID = /^\d{12}$/;
/** STS's answer, checked: a report must never be about an account id it did not really read. */
async function identify(target, clients, apiRegion) {
    const identity = await clients.get(dist_cjs/* STSClient */.iM, 'sts', apiRegion).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
    const account = identity.Account ?? '';
    const arn = identity.Arn ?? '';
    if (!ACCOUNT_ID.test(account) || !arn.startsWith('arn:')) {
        throw new response_check/* UnparseableResponse */.ad(`the answer has no 12-digit account id and caller ARN (account ${JSON.stringify(account.slice(0, 40))}); is AWS_ENDPOINT_URL pointing at AWS or an emulator?`);
    }
    if (target.expectedAccountId && target.expectedAccountId !== account) {
        throw new response_check/* UnparseableResponse */.ad(`the role of account ${target.expectedAccountId} was assumed, but STS names account ${account}`);
    }
    return { account, arn };
}
async function planAccount(target, index, clients, options, errors) {
    let identity;
    try {
        identity = await identify(target, clients, options.apiRegion);
    }
    catch (error) {
        const details = (0,scan_errors/* errorDetails */.nf)(error);
        if ((target.primary ?? index === 0) || !target.expectedAccountId) {
            throw new ScanSetupError(`Cannot identify the AWS account (sts:GetCallerIdentity): ${details.code}: ${details.message}`, { cause: error });
        }
        errors.push({
            account: target.expectedAccountId,
            service: 'sts',
            region: options.apiRegion,
            operation: 'GetCallerIdentity',
            code: details.code,
            message: `could not get into the account, it was not scanned: ${details.message}`,
            resourceId: null,
            missingPermission: null,
        });
        return undefined;
    }
    const { account: accountId, arn: callerArn } = identity;
    const partition = callerArn.split(':')[1] || 'aws';
    let enabled;
    try {
        enabled = await enabledRegions(clients, options.apiRegion);
    }
    catch (error) {
        // With explicit regions this call only checks them; without, the scan falls back to one region.
        if (!options.regions) {
            const details = (0,scan_errors/* errorDetails */.nf)(error);
            errors.push({
                account: accountId,
                service: 'ec2',
                region: options.apiRegion,
                operation: 'DescribeRegions',
                code: details.code,
                message: `cannot list the account's regions, scanning ${options.apiRegion} only: ${details.message}`,
                resourceId: null,
                missingPermission: details.accessDenied ? 'ec2:DescribeRegions' : null,
            });
            enabled = [options.apiRegion];
        }
    }
    let include = options.regions;
    const notEnabled = enabled && include ? include.filter((region) => !enabled.includes(region)) : [];
    if (notEnabled.length > 0 && enabled) {
        const message = `not enabled for account ${accountId}: ${notEnabled.join(', ')} (enabled: ${enabled.join(', ')})`;
        if (target.primary ?? index === 0)
            throw new ScanSetupError(`The regions to scan are ${message}`);
        errors.push({
            account: accountId,
            service: 'ec2',
            region: options.apiRegion,
            operation: 'DescribeRegions',
            code: 'RegionNotEnabled',
            message: `regions ${message}; they were not scanned in this account`,
            resourceId: null,
            missingPermission: null,
        });
        include = include?.filter((region) => !notEnabled.includes(region));
    }
    const regions = selectRegions(options.regions ? undefined : enabled, { include, exclude: options.excludeRegions }, partition);
    return {
        clients,
        info: { id: accountId, alias: null, partition, scannedAs: callerArn, regions, coverage: [] },
    };
}
function coverageOf(collector, region, outcome) {
    return collector.resourceTypes.map((type) => {
        const ofType = outcome.resources.filter((r) => r.type === type);
        const status = outcome.failedTypes.has(type)
            ? 'failed'
            : outcome.partialTypes.has(type) || ofType.some((r) => r.unknownAttributes.length > 0)
                ? 'partial'
                : 'complete';
        return { service: collector.service, resourceType: type, region, status, resourceCount: ofType.length };
    });
}

// EXTERNAL MODULE: ./src/scan/registry.ts + 43 modules
var registry = __webpack_require__(4131);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/run-scan.ts








/** The scan half of a run: credentials -> scan -> inventory file (run-audit.ts is the audit half). */
async function runScan(settings, deps) {
    (0,src_settings/* checkRegions */._K)(settings);
    const collectors = (0,registry/* selectCollectors */.vX)(settings.services, settings.excludeServices);
    const { targets, method } = await (0,credentials/* resolveCredentials */.z)(settings.credentials, {
        callTimeoutMs: settings.callTimeoutMs,
        ...deps,
    });
    deps.info(`Credentials: ${method}; scanning ${targets.length} account(s), services: ${[...new Set(collectors.map((c) => c.service))].join(', ')}`);
    const inventory = await scanAccounts(targets, {
        collectors,
        regions: settings.regions,
        excludeRegions: settings.excludeRegions,
        apiRegion: settings.credentials.stsRegion,
        maxConcurrency: settings.maxConcurrency,
        maxAttempts: settings.maxAttempts,
        callTimeoutMs: settings.callTimeoutMs,
        regionTimeoutMs: settings.regionTimeoutMs,
        signal: deps.signal,
        progress: deps.progress,
    });
    const inventoryPath = (0,external_node_path_.join)(settings.outputDir, 'inventory.json');
    await (0,io/* writeInventory */.q)(inventoryPath, inventory);
    return {
        inventory,
        inventoryPath,
        credentials: targets[0]?.credentials,
        allCredentials: targets.map((target) => target.credentials),
    };
}
/**
 * The inventory as people read it, beside inventory.json: Markdown tables and a CSV for
 * spreadsheets (what `aws-audit inventory` prints). Returns their paths.
 */
async function writeInventoryViews(outputDir, inventory) {
    const rows = inventoryRows(inventory);
    const markdown = join(outputDir, 'inventory.md');
    const csv = join(outputDir, 'inventory.csv');
    await writeFile(markdown, inventoryMarkdown(inventory, rows));
    await writeFile(csv, inventoryCsv(rows));
    return [markdown, csv];
}
/** Time the run may take past its deadline to write what it has, before it is stopped outright. */
const OVERRUN_GRACE_MS = 120_000;
/** What to tell the user when the run's deadline cut the scan short, or undefined when it did not. */
function runDeadlineMessage(inventory, deadline) {
    if (!deadline.signal.aborted)
        return undefined;
    const scopes = inventory.accounts.flatMap((a) => a.coverage);
    const unread = scopes.filter((c) => c.status !== 'complete').length;
    const timedOut = [
        ...new Set(inventory.errors.filter((e) => e.code === 'RunDeadlineExceeded').map((e) => `${e.service} ${e.region}`)),
    ].sort();
    const named = timedOut.length > 12 ? [...timedOut.slice(0, 12), `${timedOut.length - 12} more`] : timedOut;
    return (`The run reached its time limit of ${deadline.minutes} minute(s) (timeout-minutes) before the scan finished. ` +
        `The inventory and report hold what was read by then: ${unread} of ${scopes.length} resource type/region scopes ` +
        `were not read completely, and their findings are unknown, never resolved. Calls abandoned in: ` +
        `${named.join(', ') || 'none'}. Raise timeout-minutes or narrow regions/services.`);
}

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/usage-error.ts
var usage_error = __webpack_require__(8287);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/** A single live line on a terminal; nothing on a pipe, where the summary says it all. */
function terminalProgress(stream = process.stderr) {
    if (!stream.isTTY)
        return undefined;
    let resources = 0;
    let errors = 0;
    return {
        finished(task, done, total) {
            resources += task.resources;
            errors += task.errors;
            const line = `[${done}/${total}] ${task.service} ${task.region}: ${resources} resources, ${errors} errors`;
            stream.write(`\r\x1b[K${line.slice(0, (stream.columns || 100) - 1)}`);
            if (done === total)
                stream.write('\r\x1b[K');
        },
    };
}

// EXTERNAL MODULE: ./src/action/run-info.ts
var run_info = __webpack_require__(3604);
// EXTERNAL MODULE: ./src/cli/commands/audit-options.ts + 4 modules
var audit_options = __webpack_require__(7497);
;// CONCATENATED MODULE: ./src/cli/commands/scan.ts

















const scanOptions = {
    regions: { type: 'string' },
    'exclude-regions': { type: 'string' },
    services: { type: 'string' },
    'exclude-services': { type: 'string' },
    region: { type: 'string' },
    'role-arn': { type: 'string' },
    'additional-role-arns': { type: 'string' },
    accounts: { type: 'string' },
    'member-role-name': { type: 'string' },
    'organizational-units': { type: 'string' },
    'include-accounts': { type: 'string' },
    'exclude-accounts': { type: 'string' },
    'external-id': { type: 'string' },
    'max-concurrency': { type: 'string' },
    'max-attempts': { type: 'string' },
    'call-timeout-seconds': { type: 'string' },
    'region-timeout-seconds': { type: 'string' },
    'timeout-minutes': { type: 'string' },
    'output-dir': { type: 'string' },
    'session-name': { type: 'string' },
    ...audit_options/* auditOptions */.wA,
    help: { type: 'boolean', short: 'h' },
};
function scanSettings(get) {
    const sessionName = get('session-name');
    const stsRegion = get('region') ?? process.env.AWS_REGION ?? defaults/* DEFAULTS */.z.region;
    (0,region_codes/* checkRegionCodes */.hn)([stsRegion], get('region') !== undefined ? '--region' : 'AWS_REGION');
    return {
        credentials: {
            roleFromAmbient: get('role-arn'),
            audience: defaults/* DEFAULTS */.z.audience,
            sessionName: sessionName
                ? (0,usage_error/* asUsageError */.I)(() => (0,session_name/* validateRoleSessionName */.m)(sessionName, '--session-name'))
                : (0,session_name/* defaultRoleSessionName */.d)(),
            durationSeconds: defaults/* DEFAULTS */.z.durationSeconds,
            stsRegion,
            additionalRoles: (0,src_settings/* parseArnList */.D2)(get('additional-role-arns')),
            organization: (0,src_settings/* readOrganization */.wu)(get, (name) => `--${name}`),
            externalId: get('external-id'),
        },
        ...(0,src_settings/* readScanOptions */.k8)(get, (name) => `--${name}`),
    };
}
async function scanCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options: scanOptions, strict: true, allowPositionals: false });
    if (values.help) {
        io.out(help/* HELP */._);
        return cli_io/* EXIT */.d.ok;
    }
    const get = (name) => {
        const value = values[name];
        return typeof value === 'string' ? value : undefined;
    };
    const gates = (0,audit_options/* readGates */.D6)(get);
    const settings = scanSettings(get);
    const info = (message) => io.err(message);
    const config = await (0,preflight/* preflightScan */.hm)(settings, { config: get('config'), label: (name) => `--${name}`, info });
    const baseline = await (0,audit_options/* readBaseline */.mF)(get('previous-report'), io);
    const deadline = (0,aws_deadline/* startRunDeadline */.AN)(settings.timeoutMinutes, {
        graceMs: OVERRUN_GRACE_MS,
        onOverrun: () => {
            io.err(`aws-audit: the run did not end within --timeout-minutes (${settings.timeoutMinutes}); stopped`);
            process.exit(cli_io/* EXIT */.d.failed);
        },
    });
    try {
        const { inventory, inventoryPath } = await runScan(settings, {
            // The CLI never runs inside an Actions job with an OIDC token; --role-arn uses AssumeRole.
            getIdToken: () => Promise.reject(new Error('GitHub OIDC is only available inside GitHub Actions')),
            setSecret: () => undefined,
            info,
            progress: terminalProgress(),
            signal: deadline.signal,
        });
        const cutShort = runDeadlineMessage(inventory, deadline);
        io.out(scanSummaryText(inventory));
        for (const warning of deniedWarnings(inventory.errors))
            io.err(`warning: ${warning}`);
        io.out(`Inventory written to ${inventoryPath}`);
        const { report, reportPath } = await (0,run_audit/* runAudit */.b)(inventory, {
            config,
            outputDir: settings.outputDir,
            baseline,
            run: (0,run_info/* runInfoFromEnv */.P)(),
        });
        const code = (0,audit_options/* finishAudit */.ls)(report, reportPath, io, gates);
        if (cutShort) {
            io.err(`aws-audit: ${cutShort}`);
            return cli_io/* EXIT */.d.failed;
        }
        return code;
    }
    finally {
        deadline.dispose();
    }
}


/***/ }),

/***/ 9672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ resolveCredentials)
});

// UNUSED EXPORTS: CredentialsError

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var dist_cjs = __webpack_require__(9719);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/credentials/oidc.ts
var oidc = __webpack_require__(6365);
// EXTERNAL MODULE: ./src/credentials/retry.ts
var retry = __webpack_require__(9988);
// EXTERNAL MODULE: ./src/credentials/sts-client.ts
var sts_client = __webpack_require__(4076);
// EXTERNAL MODULE: ./src/credentials/sts-errors.ts
var sts_errors = __webpack_require__(6304);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/credentials/chain.ts






/** AWS caps sessions of chained roles at one hour. */
const CHAINED_SESSION_SECONDS = 3600;
const REFRESH_MARGIN_MS = 5 * 60_000;
/**
 * A provider for a role in another account, assumed from the first credentials. It assumes the
 * role on first use and again shortly before the session expires, so long scans keep working.
 */
function chainedRoleProvider(role, source, options, deps) {
    let current;
    const assume = async () => {
        const sts = (0,sts_client/* stsClient */.Km)(options.stsRegion, deps, source);
        try {
            const answer = await (0,retry/* withRetry */.b)(() => sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
                RoleArn: role.arn,
                RoleSessionName: options.sessionName,
                DurationSeconds: CHAINED_SESSION_SECONDS,
                ExternalId: options.externalId,
            })), { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000, isRetryable: sts_errors/* isRetryableStsError */.v });
            return (0,oidc/* maskedIdentity */.ut)(answer.Credentials, deps);
        }
        catch (error) {
            if (error instanceof oidc/* CredentialsError */.lE)
                throw error;
            const hint = (0,sts_errors/* stsErrorCode */.Q)(error) === 'AccessDenied'
                ? ` The role's trust policy must allow sts:AssumeRole by the scan's first role, and that role needs sts:AssumeRole on ${role.arn}.`
                : '';
            throw new oidc/* CredentialsError */.lE(`Could not assume ${role.arn}: ${(0,sts_errors/* stsErrorCode */.Q)(error)}: ${(0,errors/* errorMessage */.g)(error)}.${hint}`, {
                cause: error,
            });
        }
        finally {
            sts.destroy();
        }
    };
    return async () => {
        const cached = current ? await current.catch(() => undefined) : undefined;
        const fresh = cached?.expiration && cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS;
        if (!cached || (cached.expiration && !fresh)) {
            current = assume();
            return current;
        }
        return cached;
    };
}

// EXTERNAL MODULE: ./src/credentials/role-arn.ts
var role_arn = __webpack_require__(7998);
// EXTERNAL MODULE: ./src/credentials/organization.ts
var credentials_organization = __webpack_require__(3407);
;// CONCATENATED MODULE: ./src/credentials/index.ts










/** Turns the inputs into one scan target per account, validating every role ARN before calling STS. */
async function resolveCredentials(inputs, deps) {
    if (inputs.durationSeconds < 900 ||
        inputs.durationSeconds > 43_200 ||
        !Number.isInteger(inputs.durationSeconds)) {
        throw new Error(`role-duration-seconds must be a whole number from 900 to 43200, got ${inputs.durationSeconds}`);
    }
    const additional = inputs.additionalRoles.map((arn, index) => (0,role_arn/* parseRoleArn */.D)(arn, `additional-role-arns entry ${index + 1}`));
    const chainOptions = {
        sessionName: inputs.sessionName,
        stsRegion: inputs.stsRegion,
        externalId: inputs.externalId,
    };
    let method;
    let primary;
    let expectedAccountId;
    if (inputs.roleToAssume) {
        const role = (0,role_arn/* parseRoleArn */.D)(inputs.roleToAssume, 'role-to-assume');
        deps.info(`Assuming ${role.arn} with GitHub OIDC (audience ${inputs.audience}, session ${inputs.sessionName})`);
        const identity = await (0,oidc/* assumeRoleWithGitHubOidc */.nL)({
            role,
            audience: inputs.audience,
            sessionName: inputs.sessionName,
            durationSeconds: inputs.durationSeconds,
            stsRegion: inputs.stsRegion,
        }, deps);
        primary = async () => identity;
        method = 'github-oidc';
        expectedAccountId = role.accountId;
    }
    else if (inputs.roleFromAmbient) {
        const role = (0,role_arn/* parseRoleArn */.D)(inputs.roleFromAmbient, '--role-arn');
        primary = chainedRoleProvider(role, (0,dist_cjs/* fromNodeProviderChain */.br)(), chainOptions, deps);
        method = 'assume-role';
        expectedAccountId = role.accountId;
    }
    else {
        primary = (0,dist_cjs/* fromNodeProviderChain */.br)();
        method = 'default-chain';
    }
    const chained = (role) => ({
        credentials: chainedRoleProvider(role, primary, chainOptions, deps),
        expectedAccountId: role.accountId,
        primary: false,
    });
    if (!inputs.organization) {
        return {
            method,
            targets: [{ credentials: primary, expectedAccountId, primary: true }, ...additional.map(chained)],
        };
    }
    const organization = inputs.organization;
    const own = await callerIdentity(primary, inputs.stsRegion, deps);
    const listing = organization.accounts
        ? { accounts: organization.accounts.map((id) => ({ id, name: null })), skipped: [] }
        : await (0,credentials_organization/* listOrganizationAccounts */.Aq)(primary, organization, { ...deps, region: inputs.stsRegion });
    for (const skipped of listing.skipped)
        deps.info(`Organization account ${skipped.id}${skipped.name ? ` (${skipped.name})` : ''} is not scanned: ${skipped.reason}.`);
    deps.info(`Organization: ${listing.accounts.length} account(s) to scan, each through the role ${organization.memberRoleName}` +
        (listing.accounts.some((a) => a.id === own.account)
            ? ` (this account ${own.account} with the first credentials)`
            : ''));
    const targets = listing.accounts.map((account) => account.id === own.account
        ? { credentials: primary, expectedAccountId: own.account, primary: true }
        : chained((0,role_arn/* parseRoleArn */.D)((0,credentials_organization/* memberRoleArn */.gm)(own.partition, account.id, organization.memberRoleName), 'member-role-name')));
    const listed = new Set(listing.accounts.map((a) => a.id));
    return {
        method,
        targets: [...targets, ...additional.filter((r) => !listed.has(r.accountId)).map(chained)],
    };
}
/** The first credentials' account and partition (GetCallerIdentity needs no permission). */
async function callerIdentity(credentials, region, deps) {
    const sts = (0,sts_client/* stsClient */.Km)(region, deps, credentials);
    try {
        const answer = await (0,retry/* withRetry */.b)(() => sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})), {
            maxAttempts: 4,
            baseDelayMs: 200,
            maxDelayMs: 5_000,
            isRetryable: sts_errors/* isRetryableStsError */.v,
        });
        return { account: answer.Account ?? '', partition: answer.Arn?.split(':')[1] ?? 'aws' };
    }
    finally {
        sts.destroy();
    }
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ defaultRoleSessionName),
/* harmony export */   m: () => (/* binding */ validateRoleSessionName)
/* harmony export */ });
const ALLOWED = /^[\w+=,.@-]{2,64}$/;
/** STS session names allow 2-64 characters of [\w+=,.@-]. */
function validateRoleSessionName(name, source) {
    if (!ALLOWED.test(name)) {
        throw new Error(`${source}: '${name}' is not a valid role session name (2-64 characters of letters, digits and +=,.@_-)`);
    }
    return name;
}
/**
 * `aws-audit-<owner>-<repo>-<run id>`, reduced to the allowed characters: it shows up in
 * CloudTrail, so an account owner can trace every call back to the workflow run.
 */
function defaultRoleSessionName(env = process.env) {
    const repository = (env.GITHUB_REPOSITORY ?? 'local').replace('/', '-');
    const runId = env.GITHUB_RUN_ID ?? String(Date.now());
    const name = `aws-audit-${repository}-${runId}`.replace(/[^\w+=,.@-]/g, '-');
    if (name.length <= 64)
        return name;
    // Keep the run id: it is what makes the name traceable.
    const suffix = `-${runId}`.replace(/[^\w+=,.@-]/g, '-').slice(-30);
    return `${name.slice(0, 64 - suffix.length)}${suffix}`;
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


/***/ })

};
