export const id = 953;
export const ids = [953];
export const modules = {

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

/***/ 1953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ catalog)
});

// UNUSED EXPORTS: rulesByFile

// NAMESPACE OBJECT: ./src/rules/catalog/account.ts
var account_namespaceObject = {};
__webpack_require__.r(account_namespaceObject);
__webpack_require__.d(account_namespaceObject, {
  noSecurityContact: () => (noSecurityContact)
});

// NAMESPACE OBJECT: ./src/rules/catalog/acm.ts
var acm_namespaceObject = {};
__webpack_require__.r(acm_namespaceObject);
__webpack_require__.d(acm_namespaceObject, {
  ACM_EXPIRY_DAYS: () => (ACM_EXPIRY_DAYS),
  certificateExpiring: () => (certificateExpiring),
  certificateRsaKeyShort: () => (certificateRsaKeyShort),
  certificateValidationFailed: () => (certificateValidationFailed)
});

// NAMESPACE OBJECT: ./src/rules/catalog/apigateway.ts
var apigateway_namespaceObject = {};
__webpack_require__.r(apigateway_namespaceObject);
__webpack_require__.d(apigateway_namespaceObject, {
  httpApiCorsAnyOrigin: () => (httpApiCorsAnyOrigin),
  restApiCorsAnyOrigin: () => (restApiCorsAnyOrigin)
});

// NAMESPACE OBJECT: ./src/rules/catalog/apigateway-stages.ts
var apigateway_stages_namespaceObject = {};
__webpack_require__.r(apigateway_stages_namespaceObject);
__webpack_require__.d(apigateway_stages_namespaceObject, {
  domainNameTlsPolicyNotRecommended: () => (domainNameTlsPolicyNotRecommended),
  privateIntegrationWithoutTls: () => (privateIntegrationWithoutTls),
  restStageCacheUnencrypted: () => (restStageCacheUnencrypted),
  restStageExecutionLoggingOff: () => (restStageExecutionLoggingOff),
  restStageNoClientCertificate: () => (restStageNoClientCertificate),
  restStageNoWaf: () => (restStageNoWaf),
  restStageXrayOff: () => (restStageXrayOff),
  routeNoAuthorization: () => (routeNoAuthorization),
  v2StageAccessLoggingOff: () => (v2StageAccessLoggingOff),
  websocketStageExecutionLoggingOff: () => (websocketStageExecutionLoggingOff)
});

// NAMESPACE OBJECT: ./src/rules/catalog/budgets.ts
var budgets_namespaceObject = {};
__webpack_require__.r(budgets_namespaceObject);
__webpack_require__.d(budgets_namespaceObject, {
  accountWithoutBudget: () => (accountWithoutBudget),
  actualSpendOverLimit: () => (actualSpendOverLimit),
  budgetWithoutNotifications: () => (budgetWithoutNotifications),
  forecastOverLimit: () => (forecastOverLimit)
});

// NAMESPACE OBJECT: ./src/rules/catalog/cloudfront.ts
var cloudfront_namespaceObject = {};
__webpack_require__.r(cloudfront_namespaceObject);
__webpack_require__.d(cloudfront_namespaceObject, {
  dedicatedIpSsl: () => (dedicatedIpSsl),
  lambdaUrlOriginWithoutOac: () => (lambdaUrlOriginWithoutOac),
  loggingOff: () => (loggingOff),
  noDefaultRootObject: () => (noDefaultRootObject),
  originPlainHttp: () => (originPlainHttp),
  originSslDeprecated: () => (originSslDeprecated),
  s3OriginBucketMissing: () => (s3OriginBucketMissing),
  s3OriginWithoutOac: () => (s3OriginWithoutOac),
  viewerHttpAllowed: () => (viewerHttpAllowed),
  viewerTlsOutdated: () => (viewerTlsOutdated),
  wafNotAssociated: () => (wafNotAssociated)
});

// NAMESPACE OBJECT: ./src/rules/catalog/cloudtrail.ts
var cloudtrail_namespaceObject = {};
__webpack_require__.r(cloudtrail_namespaceObject);
__webpack_require__.d(cloudtrail_namespaceObject, {
  bucketPublic: () => (bucketPublic),
  duplicateManagementEvents: () => (duplicateManagementEvents),
  noMultiRegionTrail: () => (noMultiRegionTrail),
  trailLogValidationOff: () => (trailLogValidationOff),
  trailNoCloudWatchLogs: () => (trailNoCloudWatchLogs),
  trailNotKmsEncrypted: () => (trailNotKmsEncrypted)
});

// NAMESPACE OBJECT: ./src/rules/catalog/cloudwatch.ts
var cloudwatch_namespaceObject = {};
__webpack_require__.r(cloudwatch_namespaceObject);
__webpack_require__.d(cloudwatch_namespaceObject, {
  alarmActionsDisabled: () => (alarmActionsDisabled),
  alarmWithoutActions: () => (alarmWithoutActions),
  logGroupWithoutRetention: () => (logGroupWithoutRetention),
  regionWithoutAlarms: () => (regionWithoutAlarms)
});

// NAMESPACE OBJECT: ./src/rules/catalog/cognito.ts
var cognito_namespaceObject = {};
__webpack_require__.r(cognito_namespaceObject);
__webpack_require__.d(cognito_namespaceObject, {
  COGNITO_PASSWORD_POLICY: () => (COGNITO_PASSWORD_POLICY),
  identityPoolUnauthenticated: () => (identityPoolUnauthenticated),
  passwordPolicyGaps: () => (passwordPolicyGaps),
  userPoolCustomAuthThreatProtectionOff: () => (userPoolCustomAuthThreatProtectionOff),
  userPoolDeletionProtectionOff: () => (userPoolDeletionProtectionOff),
  userPoolMfaOff: () => (userPoolMfaOff),
  userPoolPasswordPolicyWeak: () => (userPoolPasswordPolicyWeak),
  userPoolThreatProtectionOff: () => (userPoolThreatProtectionOff)
});

// NAMESPACE OBJECT: ./src/rules/catalog/config.ts
var config_namespaceObject = {};
__webpack_require__.r(config_namespaceObject);
__webpack_require__.d(config_namespaceObject, {
  REGION_CONTENT_TYPES: () => (REGION_CONTENT_TYPES),
  configRecorderNotRecording: () => (configRecorderNotRecording),
  configRecorderNotServiceLinkedRole: () => (configRecorderNotServiceLinkedRole)
});

// NAMESPACE OBJECT: ./src/rules/catalog/dynamodb.ts
var dynamodb_namespaceObject = {};
__webpack_require__.r(dynamodb_namespaceObject);
__webpack_require__.d(dynamodb_namespaceObject, {
  tableDeletionProtectionDisabled: () => (tableDeletionProtectionDisabled),
  tableNotCmkEncrypted: () => (tableNotCmkEncrypted),
  tablePitrDisabled: () => (tablePitrDisabled)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ecr.ts
var ecr_namespaceObject = {};
__webpack_require__.r(ecr_namespaceObject);
__webpack_require__.d(ecr_namespaceObject, {
  repositoryNoLifecyclePolicy: () => (repositoryNoLifecyclePolicy),
  repositoryPolicyPublic: () => (repositoryPolicyPublic),
  repositoryScanOnPushOff: () => (repositoryScanOnPushOff),
  repositoryTagsMutable: () => (repositoryTagsMutable)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ecs.ts
var ecs_namespaceObject = {};
__webpack_require__.r(ecs_namespaceObject);
__webpack_require__.d(ecs_namespaceObject, {
  ECS8_SECRET_KEYS: () => (ECS8_SECRET_KEYS),
  LATEST_FARGATE_LINUX: () => (LATEST_FARGATE_LINUX),
  LATEST_FARGATE_WINDOWS: () => (LATEST_FARGATE_WINDOWS),
  clusterContainerInsightsOff: () => (clusterContainerInsightsOff),
  serviceFargatePlatformOutdated: () => (serviceFargatePlatformOutdated),
  servicePublicIp: () => (servicePublicIp),
  taskDefinitionCredentialsInEnvironment: () => (taskDefinitionCredentialsInEnvironment),
  taskDefinitionEfsTransitUnencrypted: () => (taskDefinitionEfsTransitUnencrypted),
  taskDefinitionHostPid: () => (taskDefinitionHostPid),
  taskDefinitionNoLogConfiguration: () => (taskDefinitionNoLogConfiguration),
  taskDefinitionPrivileged: () => (taskDefinitionPrivileged),
  taskDefinitionRootUser: () => (taskDefinitionRootUser),
  taskDefinitionSecretInEnvironment: () => (taskDefinitionSecretInEnvironment),
  taskDefinitionWritableRootFilesystem: () => (taskDefinitionWritableRootFilesystem),
  taskSetPublicIp: () => (taskSetPublicIp)
});

// NAMESPACE OBJECT: ./src/rules/catalog/eks.ts
var catalog_eks_namespaceObject = {};
__webpack_require__.r(catalog_eks_namespaceObject);
__webpack_require__.d(catalog_eks_namespaceObject, {
  EKS_SUPPORT_WARNING_DAYS: () => (EKS_SUPPORT_WARNING_DAYS),
  auditLoggingOff: () => (auditLoggingOff),
  endpointPublic: () => (endpointPublic),
  secretsNotEncrypted: () => (secretsNotEncrypted),
  versionExtendedSupport: () => (versionExtendedSupport),
  versionPastStandardSupport: () => (versionPastStandardSupport)
});

// NAMESPACE OBJECT: ./src/rules/catalog/elb.ts
var elb_namespaceObject = {};
__webpack_require__.r(elb_namespaceObject);
__webpack_require__.d(elb_namespaceObject, {
  ELB8_POLICY: () => (ELB8_POLICY),
  accessLogsOff: () => (accessLogsOff),
  certificateNotAcm: () => (certificateNotAcm),
  connectionDrainingOff: () => (connectionDrainingOff),
  crossZoneOff: () => (crossZoneOff),
  desyncMitigationWeak: () => (desyncMitigationWeak),
  listenerNotEncrypted: () => (listenerNotEncrypted),
  loadBalancerIdle: () => (loadBalancerIdle),
  noInstances: () => (noInstances),
  singleAvailabilityZone: () => (singleAvailabilityZone),
  tlsPolicyOutdated: () => (tlsPolicyOutdated)
});

// NAMESPACE OBJECT: ./src/rules/catalog/elbv2.ts
var elbv2_namespaceObject = {};
__webpack_require__.r(elbv2_namespaceObject);
__webpack_require__.d(elbv2_namespaceObject, {
  ELB17_POLICIES: () => (ELB17_POLICIES),
  albAccessLogsOff: () => (albAccessLogsOff),
  albDesyncMitigationWeak: () => (albDesyncMitigationWeak),
  albHttpNotRedirected: () => (albHttpNotRedirected),
  albInvalidHeadersKept: () => (albInvalidHeadersKept),
  albWithoutWaf: () => (albWithoutWaf),
  deletionProtectionOff: () => (deletionProtectionOff),
  listenerNotEncrypted: () => (elbv2_listenerNotEncrypted),
  listenerTlsPolicyOutdated: () => (listenerTlsPolicyOutdated),
  loadBalancerIdle: () => (elbv2_loadBalancerIdle),
  singleAvailabilityZone: () => (elbv2_singleAvailabilityZone),
  targetGroupHealthCheckUnencrypted: () => (targetGroupHealthCheckUnencrypted),
  targetGroupUnencrypted: () => (targetGroupUnencrypted)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-compute.ts
var ec2_compute_namespaceObject = {};
__webpack_require__.r(ec2_compute_namespaceObject);
__webpack_require__.d(ec2_compute_namespaceObject, {
  PREVIOUS_GENERATION_FAMILIES: () => (PREVIOUS_GENERATION_FAMILIES),
  amiPublic: () => (amiPublic),
  ebsDefaultEncryptionOff: () => (ebsDefaultEncryptionOff),
  elasticIpUnassociated: () => (elasticIpUnassociated),
  imdsv1Allowed: () => (imdsv1Allowed),
  instancePreviousGeneration: () => (instancePreviousGeneration),
  instancePublicIp: () => (instancePublicIp),
  instanceStoppedLong: () => (instanceStoppedLong),
  snapshotOld: () => (snapshotOld),
  snapshotPublic: () => (snapshotPublic),
  volumeGp2: () => (volumeGp2),
  volumeUnattached: () => (volumeUnattached),
  volumeUnencrypted: () => (volumeUnencrypted)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-eni.ts
var ec2_eni_namespaceObject = {};
__webpack_require__.r(ec2_eni_namespaceObject);
__webpack_require__.d(ec2_eni_namespaceObject, {
  eniSourceDestCheckOff: () => (eniSourceDestCheckOff)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-instance.ts
var ec2_instance_namespaceObject = {};
__webpack_require__.r(ec2_instance_namespaceObject);
__webpack_require__.d(ec2_instance_namespaceObject, {
  instanceMultipleEnis: () => (instanceMultipleEnis),
  instanceParavirtual: () => (instanceParavirtual),
  instanceUserDataSecrets: () => (instanceUserDataSecrets)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-launch-template.ts
var ec2_launch_template_namespaceObject = {};
__webpack_require__.r(ec2_launch_template_namespaceObject);
__webpack_require__.d(ec2_launch_template_namespaceObject, {
  launchTemplateEbsUnencrypted: () => (launchTemplateEbsUnencrypted),
  launchTemplateImdsv1: () => (launchTemplateImdsv1),
  launchTemplatePublicIp: () => (launchTemplatePublicIp)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-nacl.ts
var ec2_nacl_namespaceObject = {};
__webpack_require__.r(ec2_nacl_namespaceObject);
__webpack_require__.d(ec2_nacl_namespaceObject, {
  naclAdminPortOpen: () => (naclAdminPortOpen),
  naclUnused: () => (naclUnused)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-nat.ts
var ec2_nat_namespaceObject = {};
__webpack_require__.r(ec2_nat_namespaceObject);
__webpack_require__.d(ec2_nat_namespaceObject, {
  isIdle: () => (isIdle),
  natGatewayCost: () => (natGatewayCost),
  natGatewayIdle: () => (natGatewayIdle)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-network.ts
var ec2_network_namespaceObject = {};
__webpack_require__.r(ec2_network_namespaceObject);
__webpack_require__.d(ec2_network_namespaceObject, {
  EC2_19_PORTS: () => (EC2_19_PORTS),
  HIGH_RISK_PORTS: () => (HIGH_RISK_PORTS),
  defaultSgHasRules: () => (defaultSgHasRules),
  sgAllPortsOpen: () => (sgAllPortsOpen),
  sgHighRiskPortOpen: () => (sgHighRiskPortOpen),
  sgRdpOpen: () => (sgRdpOpen),
  sgSshOpen: () => (sgSshOpen),
  sgUnauthorizedPortOpen: () => (sgUnauthorizedPortOpen),
  subnetAutoAssignsPublicIp: () => (subnetAutoAssignsPublicIp),
  transitGatewayAutoAccepts: () => (transitGatewayAutoAccepts),
  vpcFlowLogsDisabled: () => (vpcFlowLogsDisabled)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ec2-settings.ts
var ec2_settings_namespaceObject = {};
__webpack_require__.r(ec2_settings_namespaceObject);
__webpack_require__.d(ec2_settings_namespaceObject, {
  snapshotBlockPublicAccessOff: () => (snapshotBlockPublicAccessOff),
  vpcBlockPublicAccessOff: () => (vpcBlockPublicAccessOff)
});

// NAMESPACE OBJECT: ./src/rules/catalog/guardduty.ts
var guardduty_namespaceObject = {};
__webpack_require__.r(guardduty_namespaceObject);
__webpack_require__.d(guardduty_namespaceObject, {
  guarddutyNotEnabled: () => (guarddutyNotEnabled),
  protectionPlanOff: () => (protectionPlanOff)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-credentials.ts
var iam_credentials_namespaceObject = {};
__webpack_require__.r(iam_credentials_namespaceObject);
__webpack_require__.d(iam_credentials_namespaceObject, {
  accessKeyNotRotated: () => (accessKeyNotRotated),
  consoleUserWithoutMfa: () => (consoleUserWithoutMfa),
  credentialsUnused: () => (credentialsUnused)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-escalation.ts
var iam_escalation_namespaceObject = {};
__webpack_require__.r(iam_escalation_namespaceObject);
__webpack_require__.d(iam_escalation_namespaceObject, {
  rolePrivilegeEscalation: () => (rolePrivilegeEscalation),
  userPrivilegeEscalation: () => (userPrivilegeEscalation)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-kms.ts
var iam_kms_namespaceObject = {};
__webpack_require__.r(iam_kms_namespaceObject);
__webpack_require__.d(iam_kms_namespaceObject, {
  groupInlineKmsDecryptAllKeys: () => (groupInlineKmsDecryptAllKeys),
  policyKmsDecryptAllKeys: () => (policyKmsDecryptAllKeys),
  roleInlineKmsDecryptAllKeys: () => (roleInlineKmsDecryptAllKeys),
  userInlineKmsDecryptAllKeys: () => (userInlineKmsDecryptAllKeys)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-oidc.ts
var iam_oidc_namespaceObject = {};
__webpack_require__.r(iam_oidc_namespaceObject);
__webpack_require__.d(iam_oidc_namespaceObject, {
  roleOidcAudienceUnpinned: () => (roleOidcAudienceUnpinned),
  roleOidcSubjectUnpinned: () => (roleOidcSubjectUnpinned)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-password-policy.ts
var iam_password_policy_namespaceObject = {};
__webpack_require__.r(iam_password_policy_namespaceObject);
__webpack_require__.d(iam_password_policy_namespaceObject, {
  PASSWORD_MIN_LENGTH: () => (PASSWORD_MIN_LENGTH),
  PASSWORD_REUSE_PREVENTION: () => (PASSWORD_REUSE_PREVENTION),
  passwordPolicyMissing: () => (passwordPolicyMissing),
  passwordPolicyWeak: () => (passwordPolicyWeak)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-policies.ts
var iam_policies_namespaceObject = {};
__webpack_require__.r(iam_policies_namespaceObject);
__webpack_require__.d(iam_policies_namespaceObject, {
  policyFullAdmin: () => (policyFullAdmin),
  policyServiceWildcard: () => (policyServiceWildcard)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-principals.ts
var iam_principals_namespaceObject = {};
__webpack_require__.r(iam_principals_namespaceObject);
__webpack_require__.d(iam_principals_namespaceObject, {
  groupFullAdmin: () => (groupFullAdmin),
  groupInlineServiceWildcard: () => (groupInlineServiceWildcard),
  roleFullAdmin: () => (roleFullAdmin),
  roleInlineServiceWildcard: () => (roleInlineServiceWildcard),
  userFullAdmin: () => (userFullAdmin),
  userInlineServiceWildcard: () => (userInlineServiceWildcard),
  userPoliciesAttached: () => (userPoliciesAttached)
});

// NAMESPACE OBJECT: ./src/rules/catalog/iam-root.ts
var iam_root_namespaceObject = {};
__webpack_require__.r(iam_root_namespaceObject);
__webpack_require__.d(iam_root_namespaceObject, {
  rootAccessKeys: () => (rootAccessKeys),
  rootMfaDisabled: () => (rootMfaDisabled)
});

// NAMESPACE OBJECT: ./src/rules/catalog/kms.ts
var kms_namespaceObject = {};
__webpack_require__.r(kms_namespaceObject);
__webpack_require__.d(kms_namespaceObject, {
  keyDisabledBilled: () => (keyDisabledBilled),
  keyPendingDeletionInUse: () => (keyPendingDeletionInUse),
  keyPolicyPublic: () => (keyPolicyPublic),
  keyRotationOff: () => (keyRotationOff)
});

// NAMESPACE OBJECT: ./src/rules/catalog/lambda.ts
var lambda_namespaceObject = {};
__webpack_require__.r(lambda_namespaceObject);
__webpack_require__.d(lambda_namespaceObject, {
  functionPublicPolicy: () => (functionPublicPolicy),
  functionUrlCorsAnyOrigin: () => (functionUrlCorsAnyOrigin),
  functionUrlPublic: () => (functionUrlPublic),
  runtimeDeprecated: () => (runtimeDeprecated),
  runtimeDeprecationApproaching: () => (runtimeDeprecationApproaching),
  runtimeUnknown: () => (runtimeUnknown),
  secretInEnvironment: () => (secretInEnvironment),
  vpcFunctionSingleAz: () => (vpcFunctionSingleAz)
});

// NAMESPACE OBJECT: ./src/rules/catalog/lambda-layers.ts
var lambda_layers_namespaceObject = {};
__webpack_require__.r(lambda_layers_namespaceObject);
__webpack_require__.d(lambda_layers_namespaceObject, {
  layerFromOtherAccount: () => (layerFromOtherAccount)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds.ts
var rds_namespaceObject = {};
__webpack_require__.r(rds_namespaceObject);
__webpack_require__.d(rds_namespaceObject, {
  clusterDeletionProtectionOff: () => (clusterDeletionProtectionOff),
  clusterUnencrypted: () => (clusterUnencrypted),
  instanceBackupsDisabled: () => (instanceBackupsDisabled),
  instanceDeletionProtectionOff: () => (instanceDeletionProtectionOff),
  instanceMinorUpgradeOff: () => (instanceMinorUpgradeOff),
  instancePublic: () => (instancePublic),
  instanceUnencrypted: () => (instanceUnencrypted),
  productionClusterSingleAz: () => (productionClusterSingleAz),
  productionInstanceSingleAz: () => (productionInstanceSingleAz)
});

// NAMESPACE OBJECT: ./src/rules/catalog/route53.ts
var route53_namespaceObject = {};
__webpack_require__.r(route53_namespaceObject);
__webpack_require__.d(route53_namespaceObject, {
  publicZoneQueryLoggingOff: () => (publicZoneQueryLoggingOff),
  recordAddressNotHeld: () => (recordAddressNotHeld),
  recordDangling: () => (recordDangling),
  recordStale: () => (recordStale),
  recordTargetOutsideScan: () => (recordTargetOutsideScan)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-events.ts
var rds_events_namespaceObject = {};
__webpack_require__.r(rds_events_namespaceObject);
__webpack_require__.d(rds_events_namespaceObject, {
  eventSubscriptionsMissCriticalEvents: () => (eventSubscriptionsMissCriticalEvents)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-idle.ts
var rds_idle_namespaceObject = {};
__webpack_require__.r(rds_idle_namespaceObject);
__webpack_require__.d(rds_idle_namespaceObject, {
  instanceIdle: () => (instanceIdle),
  isIdle: () => (rds_idle_isIdle)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-logging.ts
var rds_logging_namespaceObject = {};
__webpack_require__.r(rds_logging_namespaceObject);
__webpack_require__.d(rds_logging_namespaceObject, {
  clusterLogsNotExported: () => (clusterLogsNotExported),
  instanceLogsNotExported: () => (instanceLogsNotExported)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-network.ts
var rds_network_namespaceObject = {};
__webpack_require__.r(rds_network_namespaceObject);
__webpack_require__.d(rds_network_namespaceObject, {
  instanceInPublicSubnet: () => (instanceInPublicSubnet)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-resilience.ts
var rds_resilience_namespaceObject = {};
__webpack_require__.r(rds_resilience_namespaceObject);
__webpack_require__.d(rds_resilience_namespaceObject, {
  clusterBacktrackOff: () => (clusterBacktrackOff),
  clusterBackupRetentionShort: () => (clusterBackupRetentionShort),
  clusterSingleAz: () => (clusterSingleAz),
  instanceSingleAz: () => (instanceSingleAz)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-settings.ts
var rds_settings_namespaceObject = {};
__webpack_require__.r(rds_settings_namespaceObject);
__webpack_require__.d(rds_settings_namespaceObject, {
  clusterCopyTagsOff: () => (clusterCopyTagsOff),
  clusterDefaultAdminUsername: () => (clusterDefaultAdminUsername),
  clusterIamAuthDisabled: () => (clusterIamAuthDisabled),
  clusterMinorUpgradeOff: () => (clusterMinorUpgradeOff),
  clusterSnapshotUnencrypted: () => (clusterSnapshotUnencrypted),
  instanceCopyTagsOff: () => (instanceCopyTagsOff),
  instanceDefaultAdminUsername: () => (instanceDefaultAdminUsername),
  instanceDefaultPort: () => (instanceDefaultPort),
  instanceEnhancedMonitoringOff: () => (instanceEnhancedMonitoringOff),
  instanceIamAuthDisabled: () => (instanceIamAuthDisabled),
  proxyTlsNotRequired: () => (proxyTlsNotRequired),
  snapshotUnencrypted: () => (snapshotUnencrypted)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-snapshots.ts
var rds_snapshots_namespaceObject = {};
__webpack_require__.r(rds_snapshots_namespaceObject);
__webpack_require__.d(rds_snapshots_namespaceObject, {
  clusterSnapshotPublic: () => (clusterSnapshotPublic),
  snapshotPublic: () => (rds_snapshots_snapshotPublic)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-stopped.ts
var rds_stopped_namespaceObject = {};
__webpack_require__.r(rds_stopped_namespaceObject);
__webpack_require__.d(rds_stopped_namespaceObject, {
  clusterStopped: () => (clusterStopped),
  instanceStopped: () => (instanceStopped)
});

// NAMESPACE OBJECT: ./src/rules/catalog/rds-versions.ts
var rds_versions_namespaceObject = {};
__webpack_require__.r(rds_versions_namespaceObject);
__webpack_require__.d(rds_versions_namespaceObject, {
  ENGINE_SUPPORT_WARNING_DAYS: () => (ENGINE_SUPPORT_WARNING_DAYS),
  clusterEngineDeprecated: () => (clusterEngineDeprecated),
  instanceEngineDeprecated: () => (instanceEngineDeprecated)
});

// NAMESPACE OBJECT: ./src/rules/catalog/s3.ts
var s3_namespaceObject = {};
__webpack_require__.r(s3_namespaceObject);
__webpack_require__.d(s3_namespaceObject, {
  accountPublicAccessBlockOff: () => (accountPublicAccessBlockOff),
  bucketAccessLoggingOff: () => (bucketAccessLoggingOff),
  bucketAclsEnabled: () => (bucketAclsEnabled),
  bucketEmpty: () => (bucketEmpty),
  bucketGrantsOtherAccounts: () => (bucketGrantsOtherAccounts),
  bucketNotKmsEncrypted: () => (bucketNotKmsEncrypted),
  bucketPublic: () => (s3_bucketPublic),
  bucketPublicAccessBlockOff: () => (bucketPublicAccessBlockOff),
  bucketTlsNotEnforced: () => (bucketTlsNotEnforced),
  bucketUnwritten: () => (bucketUnwritten),
  bucketVersioningDisabled: () => (bucketVersioningDisabled),
  incompleteUploadsNotAborted: () => (incompleteUploadsNotAborted),
  versionedBucketWithoutLifecycle: () => (versionedBucketWithoutLifecycle)
});

// NAMESPACE OBJECT: ./src/rules/catalog/s3-access-points.ts
var s3_access_points_namespaceObject = {};
__webpack_require__.r(s3_access_points_namespaceObject);
__webpack_require__.d(s3_access_points_namespaceObject, {
  accessPointPublicAccessBlockOff: () => (accessPointPublicAccessBlockOff),
  multiRegionAccessPointPublicAccessBlockOff: () => (multiRegionAccessPointPublicAccessBlockOff)
});

// NAMESPACE OBJECT: ./src/rules/catalog/s3-lifecycle.ts
var s3_lifecycle_namespaceObject = {};
__webpack_require__.r(s3_lifecycle_namespaceObject);
__webpack_require__.d(s3_lifecycle_namespaceObject, {
  bucketWithoutLifecycle: () => (bucketWithoutLifecycle)
});

// NAMESPACE OBJECT: ./src/rules/catalog/sns.ts
var sns_namespaceObject = {};
__webpack_require__.r(sns_namespaceObject);
__webpack_require__.d(sns_namespaceObject, {
  topicPolicyPublic: () => (topicPolicyPublic),
  topicUnencrypted: () => (topicUnencrypted)
});

// NAMESPACE OBJECT: ./src/rules/catalog/sqs.ts
var sqs_namespaceObject = {};
__webpack_require__.r(sqs_namespaceObject);
__webpack_require__.d(sqs_namespaceObject, {
  queuePolicyPublic: () => (queuePolicyPublic),
  queueUnencrypted: () => (queueUnencrypted)
});

// NAMESPACE OBJECT: ./src/rules/catalog/ssm.ts
var ssm_namespaceObject = {};
__webpack_require__.r(ssm_namespaceObject);
__webpack_require__.d(ssm_namespaceObject, {
  documentPublic: () => (documentPublic),
  instanceNotManaged: () => (instanceNotManaged),
  parameterSecretInPlaintext: () => (parameterSecretInPlaintext),
  publicSharingNotBlocked: () => (publicSharingNotBlocked)
});

// NAMESPACE OBJECT: ./src/rules/catalog/secretsmanager.ts
var secretsmanager_namespaceObject = {};
__webpack_require__.r(secretsmanager_namespaceObject);
__webpack_require__.d(secretsmanager_namespaceObject, {
  rotationFailing: () => (rotationFailing),
  rotationOff: () => (rotationOff),
  secretNotRotated: () => (secretNotRotated),
  secretUnused: () => (secretUnused)
});

// NAMESPACE OBJECT: ./src/rules/catalog/tags.ts
var tags_namespaceObject = {};
__webpack_require__.r(tags_namespaceObject);
__webpack_require__.d(tags_namespaceObject, {
  TAGGED_TYPES: () => (TAGGED_TYPES),
  requiredTagsMissing: () => (requiredTagsMissing)
});

// NAMESPACE OBJECT: ./src/rules/catalog/wafv2.ts
var catalog_wafv2_namespaceObject = {};
__webpack_require__.r(catalog_wafv2_namespaceObject);
__webpack_require__.d(catalog_wafv2_namespaceObject, {
  cloudFrontWebAclLoggingOff: () => (cloudFrontWebAclLoggingOff),
  cloudFrontWebAclMetricsOff: () => (cloudFrontWebAclMetricsOff),
  cloudFrontWebAclNoRules: () => (cloudFrontWebAclNoRules),
  cloudFrontWebAclUnused: () => (cloudFrontWebAclUnused),
  webAclLoggingOff: () => (webAclLoggingOff),
  webAclMetricsOff: () => (webAclMetricsOff),
  webAclNoRules: () => (webAclNoRules),
  webAclUnused: () => (webAclUnused)
});

// EXTERNAL MODULE: ./src/rules/model.ts
var model = __webpack_require__(2818);
;// CONCATENATED MODULE: ./src/rules/catalog/account.ts
/** AWS Account Management: the account's alternate contacts. */

const noSecurityContact = (0,model/* defineRule */.Km)({
    id: 'account.no-security-contact',
    title: 'AWS account has no alternate security contact',
    severity: 'medium',
    category: 'security',
    resourceType: 'aws:account',
    reads: ['account:contacts'],
    description: 'The account has no alternate SECURITY contact (GetAlternateContact answers that none is set). Accounts where the contact could not be read are not judged.',
    risk: "AWS's security notices (abuse reports, exposed credentials, compromised resources) go only to the root user's email address, which is often an unwatched mailbox or a person who has left.",
    remediation: {
        text: "Set the alternate security contact to a monitored team address and phone number (not one person's). In an AWS Organization, the management account can set it for every member.",
        cli: "aws account put-alternate-contact --alternate-contact-type SECURITY --name 'Security team' --title 'Security' --email-address SECURITY-TEAM-EMAIL --phone-number SECURITY-TEAM-PHONE",
        console: 'AWS console > account menu > Account > Alternate contacts > Edit > Security contact',
    },
    references: {
        fsbp: ['Account.1'],
        cis: ['2.2'],
        docs: [
            'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
        ],
    },
}, (ctx) => ctx
    .resources('account:contacts')
    .filter((contacts) => ctx.known(contacts, 'securityContact') && !contacts.attributes.securityContact)
    .map((contacts) => ({
    target: ctx.accountTarget(contacts.account),
    message: `Account ${contacts.account} has no alternate security contact: AWS security notices reach only the root user's email address.`,
    evidence: { securityContact: false },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/acm.ts

const DOCS = 'https://docs.aws.amazon.com/acm/latest/userguide';
/** FSBP ACM.1's `daysToExpiration`: Security Hub's default (AWS Config's own default is 14). */
const ACM_EXPIRY_DAYS = 30;
const MS_PER_DAY = 86_400_000;
const label = (c) => `${c.attributes.domainName ?? c.id} (${c.attributes.type ?? 'certificate'})`;
/** Whole days left before NotAfter (negative once expired); null when unknown. */
function daysLeft(ctx, cert) {
    if (!ctx.known(cert, 'notAfter') || cert.attributes.notAfter === null)
        return null;
    const time = Date.parse(cert.attributes.notAfter);
    return Number.isNaN(time) ? null : Math.floor((time - ctx.now.getTime()) / MS_PER_DAY);
}
const certificateExpiring = (0,model/* defineRule */.Km)({
    id: 'acm.certificate-expiring',
    title: `ACM certificate expires within ${ACM_EXPIRY_DAYS} days or has expired`,
    severity: 'high',
    category: 'security',
    resourceType: 'acm:certificate',
    reads: ['acm:certificate'],
    description: `An ACM certificate (imported or issued by ACM) whose NotAfter date is within ${ACM_EXPIRY_DAYS} days, or already past. High when it is in use (critical once expired), low when no AWS service uses it. ACM renews eligible issued certificates from 60 days before expiry, so one still this close did not renew; imported certificates are never renewed by ACM.`,
    risk: 'An expired certificate on a load balancer, CloudFront distribution or API breaks every TLS connection to it: an outage, and users trained to click through certificate warnings.',
    remediation: {
        text: 'Imported: get a new certificate from its issuer and reimport it into the same ARN. Issued by ACM: complete the pending domain validation (DNS record or email) so managed renewal succeeds, or request a new certificate and switch its users to it. Delete certificates nothing uses.',
        cli: 'aws acm describe-certificate --region {region} --certificate-arn {arn} --query Certificate.RenewalSummary',
        console: 'Certificate Manager console > List certificates > the certificate > Renewal status',
    },
    references: {
        fsbp: ['ACM.1'],
        docs: [`${DOCS}/check-certificate-renewal-status.html`, `${DOCS}/import-reimport.html`],
    },
}, (ctx) => ctx.resources('acm:certificate').flatMap((cert) => {
    const days = daysLeft(ctx, cert);
    if (days === null || days > ACM_EXPIRY_DAYS)
        return [];
    const inUse = ctx.known(cert, 'inUse') ? cert.attributes.inUse : null;
    const expired = days < 0;
    const severity = inUse === false ? 'low' : expired && inUse === true ? 'critical' : 'high';
    const when = expired
        ? `expired ${-days} day${days === -1 ? '' : 's'} ago`
        : `expires in ${days} day${days === 1 ? '' : 's'}`;
    const use = inUse === true
        ? 'and is in use'
        : inUse === false
            ? 'and nothing uses it'
            : 'and whether it is in use is unknown';
    return [
        {
            target: cert,
            message: `ACM certificate ${label(cert)} ${when} (${cert.attributes.notAfter ?? ''}) ${use}.`,
            severity,
            evidence: {
                notAfter: cert.attributes.notAfter,
                daysLeft: days,
                inUse,
                type: cert.attributes.type,
                status: cert.attributes.status,
                renewalEligibility: cert.attributes.renewalEligibility,
            },
        },
    ];
}));
/** Key bits of an RSA key algorithm (`RSA_1024` -> 1024); null for EC or unknown ones. */
const rsaBits = (algorithm) => {
    const match = /^RSA_(\d+)$/.exec(algorithm ?? '');
    return match ? Number(match[1]) : null;
};
const certificateRsaKeyShort = (0,model/* defineRule */.Km)({
    id: 'acm.certificate-rsa-key-short',
    title: 'ACM certificate uses an RSA key shorter than 2,048 bits',
    severity: 'high',
    category: 'security',
    resourceType: 'acm:certificate',
    reads: ['acm:certificate'],
    description: 'An RSA certificate in ACM (ACM issues none below 2,048 bits, so an imported one) has a key shorter than 2,048 bits.',
    risk: 'RSA keys under 2,048 bits are within reach of factoring by well-funded attackers and are refused by current browsers and NIST guidance: traffic can be decrypted or impersonated, and clients fail.',
    remediation: {
        text: 'A key length cannot be changed: issue or import a certificate with an RSA key of at least 2,048 bits (or an EC key), move its users to it, and delete this one.',
        cli: 'aws acm delete-certificate --region {region} --certificate-arn {arn}',
        console: 'Certificate Manager console > List certificates > the certificate > Delete',
    },
    references: { fsbp: ['ACM.2'], docs: [`${DOCS}/import-certificate-prerequisites.html`] },
}, (ctx) => ctx
    .resources('acm:certificate')
    .filter((c) => ctx.known(c, 'keyAlgorithm'))
    .flatMap((cert) => {
    const bits = rsaBits(cert.attributes.keyAlgorithm);
    if (bits === null || bits >= 2048)
        return [];
    return [
        {
            target: cert,
            message: `ACM certificate ${label(cert)} uses a ${bits}-bit RSA key (at least 2,048 bits needed).`,
            evidence: { keyAlgorithm: cert.attributes.keyAlgorithm, inUse: cert.attributes.inUse },
        },
    ];
}));
const FAILED_STATUSES = new Set(['FAILED', 'VALIDATION_TIMED_OUT']);
const certificateValidationFailed = (0,model/* defineRule */.Km)({
    id: 'acm.certificate-validation-failed',
    title: 'ACM certificate request failed or its validation timed out',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'acm:certificate',
    reads: ['acm:certificate'],
    description: 'A certificate requested from ACM has status FAILED or VALIDATION_TIMED_OUT (not validated within 72 hours): it was never issued and can never be used.',
    risk: 'Clutter that hides the certificates that matter, and often a sign that a domain the team thinks is covered is not (a missing DNS validation record, or a CAA record that forbids Amazon).',
    remediation: {
        text: 'Find why it failed (the failure reason in its details), fix the DNS validation record or CAA record, request a new certificate, and delete this one.',
        cli: 'aws acm delete-certificate --region {region} --certificate-arn {arn}',
        console: 'Certificate Manager console > List certificates > the certificate > Delete',
    },
    references: { docs: [`${DOCS}/troubleshooting-failed.html`] },
}, (ctx) => ctx
    .resources('acm:certificate')
    .filter((c) => ctx.known(c, 'status') && FAILED_STATUSES.has(c.attributes.status ?? ''))
    .map((cert) => ({
    target: cert,
    message: `ACM certificate ${label(cert)} has status ${cert.attributes.status}: it was never issued.`,
    evidence: { status: cert.attributes.status },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/apigateway.ts

const corsRisk = "Any website can call the API from its visitors' browsers and read the answers. For an API that trusts the caller's network or cookies, or returns data meant for one site, that exposes it to every page on the internet.";
const credentialsNote = " It also allows credentials: browsers refuse credentialed requests to a wildcard origin, so this is broken today and often 'fixed' by reflecting any Origin, which is worse.";
const restApiCorsAnyOrigin = (0,model/* defineRule */.Km)({
    id: 'apigateway.rest-api-cors-any-origin',
    title: 'API Gateway REST API allows CORS requests from any origin',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-api',
    reads: ['apigateway:rest-api'],
    description: "A method's integration response sets Access-Control-Allow-Origin to '*' (as the console's Enable CORS does), typically on the OPTIONS preflight. CORS headers set by a proxy integration's backend are not visible to the scan. Private APIs are reported as low.",
    risk: corsRisk,
    remediation: {
        text: "Set Access-Control-Allow-Origin to the origins that need the API (for several, return the caller's origin from the backend after checking it against a list), then redeploy the API.",
        console: 'API Gateway console > APIs > the API > Resources > the resource > Enable CORS (Access-Control-Allow-Origin), then Deploy API',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html'],
    },
}, (ctx) => ctx
    .resources('apigateway:rest-api')
    .filter((api) => ctx.known(api, 'corsOrigins'))
    .flatMap((api) => {
    const wildcard = api.attributes.corsOrigins.filter((o) => o.allowOrigin === '*');
    if (wildcard.length === 0)
        return [];
    const methods = wildcard.map((o) => `${o.httpMethod} ${o.path}`);
    const credentials = wildcard.some((o) => o.allowCredentials);
    const privateOnly = api.attributes.endpointTypes.length > 0 &&
        api.attributes.endpointTypes.every((t) => t === 'PRIVATE');
    return [
        {
            target: api,
            message: `REST API ${api.name ?? api.id} (${api.id}) answers CORS requests from any origin (Access-Control-Allow-Origin '*') on ${methods.join(', ')}.${credentials ? credentialsNote : ''}${privateOnly ? ' It is a private API, reachable only through VPC endpoints.' : ''}`,
            evidence: {
                methods,
                allowCredentials: credentials,
                endpointTypes: api.attributes.endpointTypes,
            },
            ...(privateOnly ? { severity: 'low' } : {}),
        },
    ];
}));
const httpApiCorsAnyOrigin = (0,model/* defineRule */.Km)({
    id: 'apigateway.http-api-cors-any-origin',
    title: 'API Gateway HTTP API allows CORS requests from any origin',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:http-api',
    reads: ['apigateway:http-api'],
    description: "The HTTP API's CORS configuration lists '*' among its allowed origins.",
    risk: corsRisk,
    remediation: {
        text: 'List the origins that need the API in the CORS configuration instead of *.',
        cli: 'aws apigatewayv2 update-api --region {region} --api-id {id} --cors-configuration AllowOrigins=https://app.example.com',
        console: 'API Gateway console > APIs > the API > CORS > Configure > Access-Control-Allow-Origin',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html'],
    },
}, (ctx) => ctx.resources('apigateway:http-api').flatMap((api) => {
    const cors = api.attributes.corsConfiguration;
    if (!cors?.allowOrigins.includes('*'))
        return [];
    return [
        {
            target: api,
            message: `HTTP API ${api.name ?? api.id} (${api.id}) allows CORS requests from any origin (AllowOrigins '*').${cors.allowCredentials ? credentialsNote : ''}`,
            evidence: {
                allowOrigins: cors.allowOrigins,
                allowMethods: cors.allowMethods,
                allowCredentials: cors.allowCredentials,
            },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/apigateway-stages.ts

/** The levels at which APIGateway.1 (api-gw-execution-logging-enabled) counts logging as on. */
const LOGGING_ON = new Set(['ERROR', 'INFO']);
const loggingOn = (level) => level !== null && LOGGING_ON.has(level);
const restLabel = (stage) => `Stage ${stage.name ?? stage.id} of REST API ${stage.attributes.apiName ?? stage.attributes.apiId} (${stage.attributes.apiId})`;
const v2Label = (stage) => `Stage ${stage.name ?? stage.id} of ${stage.attributes.protocolType === 'WEBSOCKET' ? 'WebSocket' : 'HTTP'} API ${stage.attributes.apiName ?? stage.attributes.apiId} (${stage.attributes.apiId})`;
const STAGE_WILDCARD = '*/*';
const executionLogsRisk = 'Without execution logs, errors in integrations and authorizers, throttling and the request ids needed to trace a call are not recorded: an incident on the API cannot be investigated afterwards.';
const restStageExecutionLoggingOff = (0,model/* defineRule */.Km)({
    id: 'apigateway.rest-stage-execution-logging-off',
    title: 'API Gateway REST stage does not log execution to CloudWatch',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description: "A REST API stage's execution logging level (its `*/*` method setting) is neither ERROR nor INFO, or a method override turns it off. Stages of an API whose stages could not be read are not judged.",
    risk: executionLogsRisk,
    remediation: {
        text: 'Set the stage logging level to ERROR (or INFO) for all methods, after giving API Gateway a CloudWatch Logs role in the account settings. Avoid full request and response data logging on APIs that carry secrets or personal data.',
        cli: "aws apigateway update-stage --region {region} --rest-api-id {apiId} --stage-name {name} --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=ERROR'",
        console: 'API Gateway console > APIs > the API > Stages > the stage > Logs and tracing > Edit > CloudWatch logs',
    },
    references: {
        fsbp: ['APIGateway.1'],
        docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    },
}, (ctx) => ctx.resources('apigateway:rest-stage').flatMap((stage) => {
    const settings = stage.attributes.methodSettings;
    const stageLevel = settings.find((s) => s.path === STAGE_WILDCARD)?.loggingLevel ?? null;
    const offMethods = settings
        .filter((s) => s.path !== STAGE_WILDCARD && s.loggingLevel !== null && !loggingOn(s.loggingLevel))
        .map((s) => s.path);
    if (loggingOn(stageLevel) && offMethods.length === 0)
        return [];
    const detail = !loggingOn(stageLevel)
        ? `its logging level is ${stageLevel ?? 'not set (OFF)'}`
        : `method overrides turn it off for ${offMethods.join(', ')}`;
    return [
        {
            target: stage,
            message: `${restLabel(stage)} does not log execution to CloudWatch Logs: ${detail}.`,
            evidence: { loggingLevel: stageLevel, methodsWithLoggingOff: offMethods },
            templateValues: { apiId: stage.attributes.apiId },
        },
    ];
}));
const websocketStageExecutionLoggingOff = (0,model/* defineRule */.Km)({
    id: 'apigateway.websocket-stage-execution-logging-off',
    title: 'API Gateway WebSocket stage does not log execution to CloudWatch',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:v2-stage',
    reads: ['apigateway:v2-stage'],
    description: "A WebSocket API stage's default route logging level is neither ERROR nor INFO, or a route override turns it off. HTTP APIs have no execution logs (only access logs, see apigateway.v2-stage-access-logging-off).",
    risk: executionLogsRisk,
    remediation: {
        text: 'Set the stage default route logging level to ERROR (or INFO), after giving API Gateway a CloudWatch Logs role in the account settings.',
        cli: 'aws apigatewayv2 update-stage --region {region} --api-id {apiId} --stage-name {name} --default-route-settings LoggingLevel=ERROR',
        console: 'API Gateway console > APIs > the API > Stages > the stage > Logging > Edit > CloudWatch logs',
    },
    references: {
        fsbp: ['APIGateway.1'],
        docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-logging.html'],
    },
}, (ctx) => ctx
    .resources('apigateway:v2-stage')
    .filter((stage) => stage.attributes.protocolType === 'WEBSOCKET')
    .flatMap((stage) => {
    const level = stage.attributes.defaultLoggingLevel;
    const offRoutes = stage.attributes.routeLoggingLevels
        .filter((r) => r.loggingLevel !== null && !loggingOn(r.loggingLevel))
        .map((r) => r.routeKey);
    if (loggingOn(level) && offRoutes.length === 0)
        return [];
    const detail = !loggingOn(level)
        ? `its default logging level is ${level ?? 'not set (OFF)'}`
        : `route overrides turn it off for ${offRoutes.join(', ')}`;
    return [
        {
            target: stage,
            message: `${v2Label(stage)} does not log execution to CloudWatch Logs: ${detail}.`,
            evidence: { defaultLoggingLevel: level, routesWithLoggingOff: offRoutes },
            templateValues: { apiId: stage.attributes.apiId },
        },
    ];
}));
const restStageNoClientCertificate = (0,model/* defineRule */.Km)({
    id: 'apigateway.rest-stage-no-client-certificate',
    title: 'API Gateway REST stage has no client certificate for backend authentication',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description: 'A REST API stage has no client certificate, so its HTTP backends cannot verify that a request comes from API Gateway. Lambda and AWS service integrations are authorized by IAM instead; the finding matters for HTTP integrations.',
    risk: 'A backend reachable from the internet cannot tell API Gateway from anyone else calling it directly, bypassing the API’s authorizers, throttling and WAF.',
    remediation: {
        text: "Generate a client certificate in API Gateway, set it on the stage, and make the HTTP backend accept only requests presenting it (mutual TLS or checking the certificate's signature).",
        console: 'API Gateway console > APIs > the API > Stages > the stage > Stage details > Edit > Client certificate',
    },
    references: {
        fsbp: ['APIGateway.2'],
        docs: [
            'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html',
        ],
    },
}, (ctx) => ctx
    .resources('apigateway:rest-stage')
    .filter((stage) => stage.attributes.clientCertificateId === null)
    .map((stage) => ({
    target: stage,
    message: `${restLabel(stage)} has no client certificate: HTTP backends cannot authenticate API Gateway.`,
    evidence: { clientCertificateId: null },
})));
const restStageXrayOff = (0,model/* defineRule */.Km)({
    id: 'apigateway.rest-stage-xray-off',
    title: 'API Gateway REST stage does not trace requests with X-Ray',
    severity: 'low',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description: 'A REST API stage has AWS X-Ray active tracing off.',
    risk: 'Slow or failing calls cannot be followed from API Gateway into the services behind it, which slows the diagnosis of outages and of abuse.',
    remediation: {
        text: 'Turn on X-Ray tracing on the stage (sampling keeps the cost bounded).',
        cli: 'aws apigateway update-stage --region {region} --rest-api-id {apiId} --stage-name {name} --patch-operations op=replace,path=/tracingEnabled,value=true',
        console: 'API Gateway console > APIs > the API > Stages > the stage > Logs and tracing > Edit > X-Ray tracing',
    },
    references: {
        fsbp: ['APIGateway.3'],
        docs: ['https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html'],
    },
}, (ctx) => ctx
    .resources('apigateway:rest-stage')
    .filter((stage) => !stage.attributes.tracingEnabled)
    .map((stage) => ({
    target: stage,
    message: `${restLabel(stage)} does not trace requests with AWS X-Ray.`,
    evidence: { tracingEnabled: false },
    templateValues: { apiId: stage.attributes.apiId },
})));
const restStageNoWaf = (0,model/* defineRule */.Km)({
    id: 'apigateway.rest-stage-no-waf',
    title: 'API Gateway REST stage is not protected by an AWS WAF web ACL',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description: 'A REST API stage has no AWS WAF web ACL associated (its webAclArn is empty).',
    risk: 'Requests reach the API and its backends unfiltered: injection attempts, known bad IPs and request floods are not blocked or rate-limited before they cost money or do harm.',
    remediation: {
        text: 'Associate a regional AWS WAF web ACL with the stage, starting with the AWS managed core rule set and a rate-based rule.',
        cli: 'aws wafv2 associate-web-acl --region {region} --web-acl-arn YOUR-WEB-ACL-ARN --resource-arn {arn}',
        console: 'AWS WAF console > Web ACLs > the web ACL > Associated AWS resources > Add > API Gateway REST API stage',
    },
    references: {
        fsbp: ['APIGateway.4'],
        docs: [
            'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
        ],
    },
}, (ctx) => ctx
    .resources('apigateway:rest-stage')
    .filter((stage) => stage.attributes.webAclArn === null)
    .map((stage) => ({
    target: stage,
    message: `${restLabel(stage)} is not associated with an AWS WAF web ACL.`,
    evidence: { webAclArn: null },
})));
const restStageCacheUnencrypted = (0,model/* defineRule */.Km)({
    id: 'apigateway.rest-stage-cache-unencrypted',
    title: 'API Gateway REST stage caches responses unencrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:rest-stage',
    reads: ['apigateway:rest-stage'],
    description: "A REST API stage's method settings turn caching on for the stage or for a method without encrypting the cached data. Methods that do not cache are not judged.",
    risk: 'Cached responses (which may carry personal data or tokens) are kept on disk in clear text.',
    remediation: {
        text: 'Turn on cache data encryption for every method that caches. Changing it flushes those methods’ cache entries.',
        cli: "aws apigateway update-stage --region {region} --rest-api-id {apiId} --stage-name {name} --patch-operations 'op=replace,path=/*/*/caching/dataEncrypted,value=true'",
        console: 'API Gateway console > APIs > the API > Stages > the stage > Stage details > Edit > Cache settings > Encrypt cache data',
    },
    references: {
        fsbp: ['APIGateway.5'],
        docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
    },
}, (ctx) => ctx.resources('apigateway:rest-stage').flatMap((stage) => {
    const unencrypted = stage.attributes.methodSettings
        .filter((s) => s.cachingEnabled && !s.cacheDataEncrypted)
        .map((s) => s.path);
    if (unencrypted.length === 0)
        return [];
    return [
        {
            target: stage,
            message: `${restLabel(stage)} caches responses without encryption (method settings ${unencrypted.join(', ')}).`,
            evidence: { unencryptedCaching: unencrypted },
            templateValues: { apiId: stage.attributes.apiId },
        },
    ];
}));
const v2StageAccessLoggingOff = (0,model/* defineRule */.Km)({
    id: 'apigateway.v2-stage-access-logging-off',
    title: 'API Gateway HTTP or WebSocket stage has no access logging',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:v2-stage',
    reads: ['apigateway:v2-stage'],
    description: 'An HTTP or WebSocket API stage has no access log settings (no log destination).',
    risk: 'Nobody can tell afterwards who called the API, from where, and with what result: security reviews, abuse investigations and forensics have nothing to work from.',
    remediation: {
        text: 'Send the stage’s access logs to a CloudWatch Logs group (or Firehose) with a format that records the caller, the route and the status.',
        cli: "aws apigatewayv2 update-stage --region {region} --api-id {apiId} --stage-name {name} --access-log-settings DestinationArn=YOUR-LOG-GROUP-ARN,Format='$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
        console: 'API Gateway console > APIs > the API > Monitor > Logging > the stage > Edit > Access logging',
    },
    references: {
        fsbp: ['APIGateway.9'],
        docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
    },
}, (ctx) => ctx
    .resources('apigateway:v2-stage')
    .filter((stage) => stage.attributes.accessLogDestination === null)
    .map((stage) => ({
    target: stage,
    message: `${v2Label(stage)} has no access logging.`,
    evidence: { accessLogSettings: null },
    templateValues: { apiId: stage.attributes.apiId },
})));
const routeNoAuthorization = (0,model/* defineRule */.Km)({
    id: 'apigateway.route-no-authorization',
    title: 'API Gateway HTTP or WebSocket route has no authorization',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:v2-route',
    reads: ['apigateway:v2-route'],
    description: "An HTTP API route, or a WebSocket API's $connect route, has authorization type NONE: API Gateway lets any caller through to the integration. HTTP OPTIONS routes (CORS preflight, which browsers send without credentials) and WebSocket routes other than $connect (which cannot have an authorizer) are not judged. Authentication done by the backend itself is invisible to the scan.",
    risk: 'Anyone on the internet can call the route; unless the backend checks identity itself, its data and actions are open to all.',
    remediation: {
        text: 'Attach a JWT, Lambda (CUSTOM) or IAM authorizer to the route, or document why it is public (a login or webhook route checks the caller itself).',
        cli: 'aws apigatewayv2 update-route --region {region} --api-id {apiId} --route-id {routeId} --authorization-type JWT --authorizer-id YOUR-AUTHORIZER-ID',
        console: 'API Gateway console > APIs > the API > Authorization > the route > Attach authorizer',
    },
    references: {
        fsbp: ['APIGateway.8'],
        docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html'],
    },
    deviations: {
        'FSBP APIGateway.8': 'Looser: HTTP OPTIONS routes (CORS preflight must answer without credentials) and WebSocket routes other than $connect (API Gateway allows an authorizer on $connect only) are not judged; AWS Config fails every route with authorization type NONE.',
    },
}, (ctx) => ctx
    .resources('apigateway:v2-route')
    .filter((route) => route.attributes.authorizationType === 'NONE')
    .filter((route) => route.attributes.protocolType === 'WEBSOCKET'
    ? route.attributes.routeKey === '$connect'
    : !route.attributes.routeKey.startsWith('OPTIONS '))
    .map((route) => {
    const api = route.attributes.apiName ?? route.attributes.apiId;
    const kind = route.attributes.protocolType === 'WEBSOCKET' ? 'WebSocket' : 'HTTP';
    return {
        target: route,
        message: `Route ${route.attributes.routeKey} of ${kind} API ${api} (${route.attributes.apiId}) has no authorization: any caller reaches its integration.`,
        evidence: {
            routeKey: route.attributes.routeKey,
            authorizationType: 'NONE',
            apiKeyRequired: route.attributes.apiKeyRequired,
        },
        templateValues: {
            apiId: route.attributes.apiId,
            routeId: route.id.slice(route.attributes.apiId.length + 1),
        },
    };
}));
/** APIGateway.11's allowedSecurityPolicies (not customizable in Security Hub). */
const RECOMMENDED_TLS_POLICIES = new Set([
    'SecurityPolicy_TLS13_1_3_2025_09',
    'SecurityPolicy_TLS13_1_3_FIPS_2025_09',
    'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
    'SecurityPolicy_TLS13_2025_EDGE',
    'SecurityPolicy_TLS12_PFS_2025_EDGE',
]);
const domainNameTlsPolicyNotRecommended = (0,model/* defineRule */.Km)({
    id: 'apigateway.domain-name-tls-policy-not-recommended',
    title: 'API Gateway custom domain name does not use a recommended TLS security policy',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:domain-name',
    reads: ['apigateway:domain-name'],
    description: 'A public (edge-optimized or regional) custom domain name uses a security policy outside the ones FSBP APIGateway.11 recommends (the 2025 TLS 1.3 and TLS 1.2 PFS policies). Medium for TLS_1_0, low for TLS_1_2. Private custom domain names, and domains whose policy is not in the answer, are not judged.',
    risk: 'Clients can connect with older TLS versions or cipher suites without forward secrecy; TLS 1.0 has known weaknesses and is refused by compliance regimes such as PCI DSS.',
    remediation: {
        text: 'Move the domain to a recommended security policy (for example SecurityPolicy_TLS13_1_3_2025_09 for regional, SecurityPolicy_TLS13_2025_EDGE for edge-optimized domains) after checking that its clients support TLS 1.2 or later.',
        cli: 'aws apigateway update-domain-name --region {region} --domain-name {id} --patch-operations op=replace,path=/securityPolicy,value=SecurityPolicy_TLS13_1_3_2025_09',
        console: 'API Gateway console > Custom domain names > the domain > Configurations > Edit > Security policy',
    },
    references: {
        fsbp: ['APIGateway.11'],
        docs: [
            'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies.html',
        ],
    },
}, (ctx) => ctx
    .resources('apigateway:domain-name')
    .filter((domain) => !domain.attributes.endpointTypes.includes('PRIVATE'))
    .flatMap((domain) => {
    const policy = domain.attributes.securityPolicy;
    if (policy === null || RECOMMENDED_TLS_POLICIES.has(policy))
        return [];
    return [
        {
            target: domain,
            message: `Custom domain name ${domain.id} uses security policy ${policy}, not one of the recommended TLS 1.3 or TLS 1.2 PFS policies.`,
            evidence: { securityPolicy: policy, endpointTypes: domain.attributes.endpointTypes },
            ...(policy === 'TLS_1_0' ? {} : { severity: 'low' }),
        },
    ];
}));
const privateIntegrationWithoutTls = (0,model/* defineRule */.Km)({
    id: 'apigateway.private-integration-without-tls',
    title: 'API Gateway HTTP API private integration does not use HTTPS',
    severity: 'medium',
    category: 'security',
    resourceType: 'apigateway:private-integration',
    reads: ['apigateway:private-integration'],
    description: 'An HTTP API integration over a VPC link has no TLS configuration, so API Gateway talks plain HTTP to the private load balancer or service behind it.',
    risk: 'Requests and answers, with whatever credentials and personal data they carry, cross the VPC unencrypted: anyone able to watch that network path, or to impersonate the backend, reads or alters them.',
    remediation: {
        text: 'Serve HTTPS on the private backend (an ALB or NLB TLS listener with a certificate), then give the integration a TLS configuration naming the host to verify, and point its URI at the TLS listener.',
        cli: 'aws apigatewayv2 update-integration --region {region} --api-id {apiId} --integration-id {integrationId} --tls-config ServerNameToVerify=BACKEND-HOST-NAME',
        console: 'API Gateway console > APIs > the API > Integrations > the integration > Edit > Advanced settings > Secure server name',
    },
    references: {
        fsbp: ['APIGateway.10'],
        docs: [
            'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
        ],
    },
}, (ctx) => ctx
    .resources('apigateway:private-integration')
    .filter((integration) => !integration.attributes.tlsConfigured)
    .map((integration) => {
    const { apiId, apiName, integrationUri } = integration.attributes;
    return {
        target: integration,
        message: `Private integration ${integration.id.slice(apiId.length + 1)} of HTTP API ${apiName ?? apiId} (${apiId}) has no TLS configuration: traffic to ${integrationUri ?? 'its backend'} is plain HTTP.`,
        evidence: { integrationUri, tlsConfig: null },
        templateValues: { apiId, integrationId: integration.id.slice(apiId.length + 1) },
    };
}));

;// CONCATENATED MODULE: ./src/rules/catalog/budgets.ts

const budgetsConsole = 'Billing and Cost Management console > Budgets';
const budgetDocs = 'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html';
/** Budgets whose limit is a spending ceiling. Utilization and coverage budgets alert when actuals fall
 * below their target, so "above the limit" is good news for them. */
const SPEND_BUDGET_TYPES = ['COST', 'USAGE'];
const amountText = (spend) => `${Number.isInteger(spend.amount) ? spend.amount : spend.amount.toFixed(2)} ${spend.unit}`;
/** A spend above its budget's limit, in the same unit; null when not comparable or not above. */
function overLimit(budget, spend) {
    const { limit, budgetType } = budget.attributes;
    if (!limit || !spend || !SPEND_BUDGET_TYPES.includes(budgetType.toUpperCase()))
        return null;
    // Different units (USD vs EUR, Hrs vs GB) cannot be compared: skip rather than guess.
    if (spend.unit !== limit.unit || spend.amount <= limit.amount)
        return null;
    return { spend, limit, percent: limit.amount > 0 ? Math.round((spend.amount / limit.amount) * 100) : null };
}
const periodText = (budget) => budget.attributes.timeUnit ? `this ${budget.attributes.timeUnit.toLowerCase()} period` : 'this period';
const accountWithoutBudget = (0,model/* defineRule */.Km)({
    id: 'budgets.account-has-no-budget',
    title: 'Account has no AWS Budget',
    severity: 'medium',
    category: 'cost',
    resourceType: 'aws:account',
    reads: ['budgets:budget'],
    description: 'AWS Budgets lists no budget for the account. Reported only when the budgets were listed successfully; a failed listing is never read as "none".',
    risk: 'A runaway workload, a leaked access key mining crypto, or a forgotten test cluster runs up the bill for weeks before the invoice arrives.',
    remediation: {
        text: "Create a monthly cost budget with notifications on forecasted and actual spend. An account whose spend is watched by a budget in the organization's management account can suppress this finding.",
        cli: `aws budgets create-budget --account-id {account} --budget '{"BudgetName":"monthly-cost","BudgetType":"COST","TimeUnit":"MONTHLY","BudgetLimit":{"Amount":"MONTHLY-LIMIT-USD","Unit":"USD"}}' --notifications-with-subscribers '[{"Notification":{"NotificationType":"FORECASTED","ComparisonOperator":"GREATER_THAN","Threshold":100,"ThresholdType":"PERCENTAGE"},"Subscribers":[{"SubscriptionType":"EMAIL","Address":"YOU@EXAMPLE.COM"}]}]'`,
        console: `${budgetsConsole} > Create budget`,
    },
    references: { docs: [budgetDocs] },
}, (ctx) => ctx
    .accounts()
    .filter((account) => ctx.listed(account, 'budgets:budget', 'global') &&
    !ctx.resources('budgets:budget').some((b) => b.account === account))
    .map((account) => ({
    target: ctx.accountTarget(account),
    message: `Account ${account} has no AWS Budget: nothing alerts anyone when its spending runs away.`,
    evidence: { budgets: 0 },
})));
const budgetWithoutNotifications = (0,model/* defineRule */.Km)({
    id: 'budgets.budget-without-notifications',
    title: 'AWS Budget has no notifications',
    severity: 'low',
    category: 'cost',
    resourceType: 'budgets:budget',
    reads: ['budgets:budget'],
    description: 'The budget has no notification, so crossing its limit alerts nobody.',
    risk: "The budget only tracks: an overrun shows up in the console, not in anyone's inbox, and is noticed late.",
    remediation: {
        text: 'Add notifications (e.g. forecasted spend above 100% and actual spend above 80% of the limit) with an email or SNS subscriber.',
        cli: 'aws budgets create-notification --account-id {account} --budget-name {name} --notification NotificationType=ACTUAL,ComparisonOperator=GREATER_THAN,Threshold=80,ThresholdType=PERCENTAGE --subscribers SubscriptionType=EMAIL,Address=YOU@EXAMPLE.COM',
        console: `${budgetsConsole} > the budget > Alerts > Edit`,
    },
    references: { docs: [budgetDocs] },
}, (ctx) => ctx
    .resources('budgets:budget')
    .filter((b) => ctx.known(b, 'notifications') && b.attributes.notifications.length === 0)
    .map((budget) => ({
    target: budget,
    message: `Budget ${budget.id} (${budget.attributes.budgetType}${budget.attributes.limit ? `, limit ${amountText(budget.attributes.limit)}` : ''}) has no notifications: crossing it alerts nobody.`,
    evidence: {
        budgetType: budget.attributes.budgetType,
        timeUnit: budget.attributes.timeUnit,
        limit: budget.attributes.limit,
        notifications: 0,
    },
})));
const actualSpendOverLimit = (0,model/* defineRule */.Km)({
    id: 'budgets.actual-spend-over-limit',
    title: 'Actual spend is above the AWS Budget limit',
    severity: 'high',
    category: 'cost',
    resourceType: 'budgets:budget',
    reads: ['budgets:budget'],
    description: "A cost or usage budget's actual spend for the current period is above its limit (compared only when both are in the same unit).",
    risk: 'The account is already spending more than was planned for this period, and keeps doing so until someone acts.',
    remediation: {
        text: 'Find what grew in Cost Explorer (group by service, then usage type), stop or right-size it, or raise the limit if the growth is expected.',
        console: 'Billing and Cost Management console > Cost Explorer',
    },
    references: { docs: [budgetDocs] },
}, (ctx) => ctx.resources('budgets:budget').flatMap((budget) => {
    const over = overLimit(budget, budget.attributes.actualSpend);
    if (!over)
        return [];
    return [
        {
            target: budget,
            message: `Budget ${budget.id}: actual spend ${periodText(budget)} is ${amountText(over.spend)}, above its limit of ${amountText(over.limit)}${over.percent === null ? '' : ` (${over.percent}%)`}.`,
            evidence: {
                budgetType: budget.attributes.budgetType,
                timeUnit: budget.attributes.timeUnit,
                limit: over.limit,
                actualSpend: over.spend,
                percentOfLimit: over.percent,
            },
        },
    ];
}));
/** Not reported when actual spend is already above the limit: that finding says more. */
const forecastOverLimit = (0,model/* defineRule */.Km)({
    id: 'budgets.forecast-over-limit',
    title: 'Forecasted spend is above the AWS Budget limit',
    severity: 'medium',
    category: 'cost',
    resourceType: 'budgets:budget',
    reads: ['budgets:budget'],
    description: "A cost or usage budget's forecasted spend for the current period is above its limit while actual spend is not yet (compared only when both are in the same unit).",
    risk: 'At the current rate the period ends over budget; acting now is cheaper than explaining the invoice.',
    remediation: {
        text: 'Check the trend in Cost Explorer, stop or right-size what drives it, or raise the limit if the growth is expected.',
        console: 'Billing and Cost Management console > Cost Explorer',
    },
    references: { docs: [budgetDocs] },
}, (ctx) => ctx.resources('budgets:budget').flatMap((budget) => {
    if (overLimit(budget, budget.attributes.actualSpend))
        return [];
    const over = overLimit(budget, budget.attributes.forecastedSpend);
    if (!over)
        return [];
    return [
        {
            target: budget,
            message: `Budget ${budget.id}: forecasted spend ${periodText(budget)} is ${amountText(over.spend)}, above its limit of ${amountText(over.limit)}${over.percent === null ? '' : ` (${over.percent}%)`}.`,
            evidence: {
                budgetType: budget.attributes.budgetType,
                timeUnit: budget.attributes.timeUnit,
                limit: over.limit,
                forecastedSpend: over.spend,
                actualSpend: budget.attributes.actualSpend,
                percentOfLimit: over.percent,
            },
        },
    ];
}));

// EXTERNAL MODULE: ./src/prices/table.ts
var table = __webpack_require__(1534);
;// CONCATENATED MODULE: ./src/rules/catalog/cloudfront.ts


const console_ = 'CloudFront console > Distributions > the distribution';
const cloudfront_DOCS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';
/** A disabled distribution serves nothing: only what it would bring back when re-enabled is judged. */
const serving = (ctx) => ctx.resources('cloudfront:distribution').filter((d) => d.attributes.enabled);
const cloudfront_label = (d) => `${d.id} (${d.attributes.aliases[0] ?? d.attributes.domainName})`;
/** A Lambda function URL: `<url-id>.lambda-url.<region>.on.aws`. */
const LAMBDA_URL = /\.lambda-url\.[a-z0-9-]+\.on\.aws$/;
const lambdaUrlOriginWithoutOac = (0,model/* defineRule */.Km)({
    id: 'cloudfront.lambda-url-origin-without-oac',
    title: 'CloudFront Lambda function URL origin without origin access control',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: 'An origin of a distribution (enabled or not) is a Lambda function URL (`*.lambda-url.<region>.on.aws`) and has no origin access control, so the function URL cannot require requests signed by this distribution.',
    risk: 'The function URL must then accept unsigned requests (AuthType NONE): anyone who learns it calls the function directly, around CloudFront, its WAF, caching and geo-restrictions, and every call is billed.',
    remediation: {
        text: "Create a Lambda origin access control, attach it to the origin, set the function URL's AuthType to AWS_IAM and allow cloudfront.amazonaws.com to invoke it with a condition on this distribution's ARN (AWS:SourceArn).",
        console: `${console_} > Origins > the origin > Edit > Origin access control`,
    },
    references: {
        fsbp: ['CloudFront.16'],
        docs: [`${cloudfront_DOCS}/private-content-restricting-access-to-lambda.html`],
    },
}, (ctx) => ctx
    .resources('cloudfront:distribution')
    .filter((d) => ctx.known(d, 'origins'))
    .flatMap((d) => d.attributes.origins
    .filter((o) => LAMBDA_URL.test(o.domainName) && o.originAccessControlId === null)
    .map((o) => ({
    target: d,
    subKey: o.id,
    message: `Distribution ${cloudfront_label(d)} reaches Lambda function URL ${o.domainName} without origin access control.`,
    evidence: { origin: o.id, domainName: o.domainName },
}))));
const viewerHttpAllowed = (0,model/* defineRule */.Km)({
    id: 'cloudfront.viewer-http-allowed',
    title: 'CloudFront distribution serves viewers over plain HTTP',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: "A cache behavior of an enabled distribution (the default one or a path's) has the viewer protocol policy allow-all: viewers can fetch its content over HTTP.",
    risk: 'Anyone on the network path (public Wi-Fi, a hostile ISP) can read and change what viewers receive: inject scripts into pages, steal session cookies sent without the Secure flag.',
    remediation: {
        text: 'Set the viewer protocol policy of every cache behavior to redirect-to-https (or https-only), then add HSTS with a response headers policy.',
        console: `${console_} > Behaviors > the behavior > Edit > Viewer protocol policy`,
    },
    references: { fsbp: ['CloudFront.3'], docs: [`${cloudfront_DOCS}/using-https-viewers-to-cloudfront.html`] },
}, (ctx) => serving(ctx).flatMap((d) => {
    const open = d.attributes.viewerProtocolPolicies.filter((p) => p.policy === 'allow-all');
    if (open.length === 0)
        return [];
    return [
        {
            target: d,
            message: `Distribution ${cloudfront_label(d)} serves plain HTTP on ${open.map((p) => (p.pathPattern === 'default' ? 'its default behavior' : p.pathPattern)).join(', ')} (viewer protocol policy allow-all).`,
            evidence: { behaviors: open.map((p) => p.pathPattern) },
        },
    ];
}));
/** Whether the scanned bucket grants anyone access (policy or ACL); null when it was not scanned or read. */
function bucketGrantsPublic(ctx, name) {
    const bucket = ctx.resources('s3:bucket').find((b) => b.id === name);
    if (!bucket || !ctx.known(bucket, 'policy', 'aclPublicGrants'))
        return null;
    return ((bucket.attributes.policy?.publicStatements.length ?? 0) > 0 ||
        bucket.attributes.aclPublicGrants.length > 0);
}
const s3OriginWithoutOac = (0,model/* defineRule */.Km)({
    id: 'cloudfront.s3-origin-without-oac',
    title: 'CloudFront S3 origin without origin access control',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    consults: ['s3:bucket'],
    description: 'An S3 (REST endpoint) origin of an enabled distribution has no origin access control, so the bucket cannot be limited to this distribution. High when the scan shows the bucket granting anyone access (it is reachable around CloudFront, its WAF and its logs); low when a legacy origin access identity is set instead (it works, but supports neither SSE-KMS nor the newer regions). S3 website endpoints cannot use origin access control and are not judged.',
    risk: 'Without origin access control the bucket must be readable by something other than this distribution: often by everyone, so anyone can fetch the files directly, bypassing CloudFront, its WAF, signed URLs and geo-restrictions.',
    remediation: {
        text: "Create an origin access control, attach it to the origin, give the bucket a policy allowing cloudfront.amazonaws.com with a condition on this distribution's ARN (AWS:SourceArn), then remove public access from the bucket and turn on Block Public Access.",
        console: `${console_} > Origins > the origin > Edit > Origin access > Origin access control settings`,
    },
    references: {
        fsbp: ['CloudFront.13'],
        docs: [`${cloudfront_DOCS}/private-content-restricting-access-to-s3.html`],
    },
}, (ctx) => serving(ctx).flatMap((d) => d.attributes.origins
    .filter((o) => o.kind === 's3' && o.originAccessControlId === null)
    .map((o) => {
    const open = o.bucket === null ? null : bucketGrantsPublic(ctx, o.bucket);
    const legacy = o.originAccessIdentity !== null;
    return {
        target: d,
        subKey: o.id,
        message: `Distribution ${cloudfront_label(d)} reaches bucket ${o.bucket ?? o.domainName} without origin access control` +
            (legacy ? ', through a legacy origin access identity.' : '.') +
            (open
                ? ' The bucket grants anyone access, so its files can be fetched around CloudFront.'
                : ''),
        evidence: {
            origin: o.id,
            bucket: o.bucket,
            originAccessIdentity: o.originAccessIdentity,
            bucketPublic: open,
        },
        ...(open ? { severity: 'high' } : legacy ? { severity: 'low' } : {}),
    };
})));
/** What the bucket's existence comes down to: scanned in an account (it exists), or HeadBucket's answer. */
function originBucketGone(ctx, origin) {
    if (origin.bucket === null)
        return false;
    if (ctx.resources('s3:bucket').some((b) => b.id === origin.bucket))
        return false;
    return origin.bucketExists === false;
}
const s3OriginBucketMissing = (0,model/* defineRule */.Km)({
    id: 'cloudfront.s3-origin-bucket-missing',
    title: 'CloudFront origin names an S3 bucket that does not exist',
    severity: 'high',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    consults: ['s3:bucket'],
    description: 'An origin (S3 REST or website endpoint) names a bucket that no AWS account holds: S3 answered HeadBucket with 404. A bucket in another account answers 403 and is not reported; an unanswered check is not judged. Disabled distributions are reported too: enabling one would serve from the missing bucket.',
    risk: "Anyone can create a bucket with that name in their own account and the distribution will serve their content under your domain: a takeover of the site, its cookies and its users' trust.",
    remediation: {
        text: 'Recreate the bucket in your account at once (to hold the name), then point the origin at the right bucket or delete the origin or the distribution.',
        cli: 'aws s3api create-bucket --bucket {bucket} --region us-east-1',
        console: `${console_} > Origins`,
    },
    references: { fsbp: ['CloudFront.12'], docs: [`${cloudfront_DOCS}/DownloadDistS3AndCustomOrigins.html`] },
}, (ctx) => ctx.resources('cloudfront:distribution').flatMap((d) => d.attributes.origins
    .filter((o) => originBucketGone(ctx, o))
    .map((o) => ({
    target: d,
    subKey: o.id,
    message: `Distribution ${cloudfront_label(d)} serves origin ${o.id} from bucket ${o.bucket}, which does not exist: anyone can create it and serve content under this distribution.`,
    evidence: { origin: o.id, bucket: o.bucket, domainName: o.domainName, headBucket: 404 },
    templateValues: { bucket: o.bucket ?? '' },
}))));
const noDefaultRootObject = (0,model/* defineRule */.Km)({
    id: 'cloudfront.no-default-root-object',
    title: 'CloudFront distribution with S3 origins has no default root object',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: 'An enabled distribution with an S3 origin has no default root object: a request for its root URL is passed to the origin as is.',
    risk: 'A request for / reaches the bucket itself: where the bucket allows listing, the answer is a list of every object in it.',
    remediation: {
        text: 'Set the default root object (index.html, for example).',
        console: `${console_} > General > Settings > Edit > Default root object`,
    },
    references: { fsbp: ['CloudFront.1'], docs: [`${cloudfront_DOCS}/DefaultRootObject.html`] },
}, (ctx) => serving(ctx)
    .filter((d) => ctx.known(d, 'defaultRootObject') &&
    d.attributes.defaultRootObject === null &&
    d.attributes.origins.some((o) => o.kind === 's3'))
    .map((d) => ({
    target: d,
    message: `Distribution ${cloudfront_label(d)} has S3 origins and no default root object.`,
    evidence: { origins: d.attributes.origins.filter((o) => o.kind === 's3').map((o) => o.id) },
})));
const wafNotAssociated = (0,model/* defineRule */.Km)({
    id: 'cloudfront.waf-not-associated',
    title: 'CloudFront distribution has no WAF web ACL',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: 'An enabled distribution is not associated with an AWS WAF web ACL.',
    risk: 'Requests reach the origin unfiltered: no rate limiting, no managed rules against common exploits, bots or known bad IP addresses.',
    remediation: {
        text: "Create a web ACL in us-east-1 (scope CLOUDFRONT) with the AWS managed core rule set and a rate-based rule, and associate it (CloudFront's flat-rate plans include one).",
        console: `${console_} > Security > Edit`,
    },
    references: { fsbp: ['CloudFront.6'], docs: [`${cloudfront_DOCS}/distribution-web-awswaf.html`] },
}, (ctx) => serving(ctx)
    .filter((d) => d.attributes.webAclId === null)
    .map((d) => ({
    target: d,
    message: `Distribution ${cloudfront_label(d)} has no WAF web ACL.`,
    evidence: { webAclId: null },
})));
const loggingOff = (0,model/* defineRule */.Km)({
    id: 'cloudfront.logging-off',
    title: 'CloudFront distribution does not log requests',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: 'An enabled distribution has neither standard logging (legacy) to S3 nor standard logging v2 (a CloudWatch Logs delivery source for it). Judged only where both were read.',
    risk: 'Without access logs, nobody can tell who fetched what: an attack, a scraping bot or a leak through the CDN leaves no trace.',
    remediation: {
        text: 'Turn on standard logging (v2 to CloudWatch Logs, S3 or Firehose; or legacy to an S3 bucket with ACLs enabled).',
        console: `${console_} > Logging > Add`,
    },
    references: { fsbp: ['CloudFront.5'], docs: [`${cloudfront_DOCS}/standard-logging.html`] },
    deviations: {
        'FSBP CloudFront.5': 'Looser: standard logging v2 (a CloudWatch Logs delivery source) counts as logging; Security Hub counts only legacy logging.',
    },
}, (ctx) => serving(ctx)
    .filter((d) => ctx.known(d, 'legacyLogging', 'loggingV2') &&
    !d.attributes.legacyLogging &&
    !d.attributes.loggingV2)
    .map((d) => ({
    target: d,
    message: `Distribution ${cloudfront_label(d)} logs no requests (neither standard logging nor v2).`,
    evidence: { legacyLogging: false, loggingV2: false },
})));
const allowsPlainViewers = (d) => d.attributes.viewerProtocolPolicies.some((p) => p.policy === 'allow-all');
const originPlainHttp = (0,model/* defineRule */.Km)({
    id: 'cloudfront.origin-plain-http',
    title: 'CloudFront reaches a custom origin over plain HTTP',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: "A custom origin's protocol policy is http-only, or match-viewer while a behavior allows HTTP viewers. S3 website endpoints support only HTTP and are reported as low.",
    risk: 'Requests and answers between CloudFront and the origin cross the internet unencrypted: readable and changeable on the way, credentials and cookies included.',
    remediation: {
        text: "Set the origin protocol policy to https-only (the origin needs a valid certificate for its name). For an S3 website origin, use the bucket's REST endpoint with origin access control instead.",
        console: `${console_} > Origins > the origin > Edit > Protocol`,
    },
    references: { fsbp: ['CloudFront.9'], docs: [`${cloudfront_DOCS}/using-https-cloudfront-to-custom-origin.html`] },
}, (ctx) => serving(ctx).flatMap((d) => d.attributes.origins
    .filter((o) => o.originProtocolPolicy === 'http-only' ||
    (o.originProtocolPolicy === 'match-viewer' && allowsPlainViewers(d)))
    .map((o) => ({
    target: d,
    subKey: o.id,
    message: `Distribution ${cloudfront_label(d)} reaches origin ${o.domainName} over HTTP (${o.originProtocolPolicy}).`,
    evidence: { origin: o.id, originProtocolPolicy: o.originProtocolPolicy },
    ...(o.kind === 's3-website' ? { severity: 'low' } : {}),
}))));
const DEPRECATED_ORIGIN_PROTOCOLS = ['SSLv3'];
const originSslDeprecated = (0,model/* defineRule */.Km)({
    id: 'cloudfront.origin-ssl-deprecated',
    title: 'CloudFront may reach a custom origin over SSLv3',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: "A custom origin's allowed SSL protocols include SSLv3.",
    risk: 'SSLv3 is broken (POODLE): an attacker on the path between CloudFront and the origin can downgrade the connection and decrypt it.',
    remediation: {
        text: 'Allow only TLSv1.2 to the origin.',
        console: `${console_} > Origins > the origin > Edit > Minimum origin SSL protocol`,
    },
    references: { fsbp: ['CloudFront.10'], docs: [`${cloudfront_DOCS}/using-https-cloudfront-to-custom-origin.html`] },
}, (ctx) => serving(ctx).flatMap((d) => d.attributes.origins
    .filter((o) => o.originSslProtocols.some((p) => DEPRECATED_ORIGIN_PROTOCOLS.includes(p)))
    .map((o) => ({
    target: d,
    subKey: o.id,
    message: `Distribution ${cloudfront_label(d)} allows ${o.originSslProtocols.join(', ')} to origin ${o.domainName}.`,
    evidence: { origin: o.id, originSslProtocols: o.originSslProtocols },
}))));
/** Viewer security policies that still accept TLS 1.0 or 1.1 (or SSLv3). */
const OUTDATED_VIEWER_POLICIES = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016'];
const viewerTlsOutdated = (0,model/* defineRule */.Km)({
    id: 'cloudfront.viewer-tls-outdated',
    title: 'CloudFront distribution accepts TLS 1.0 or 1.1 from viewers',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: 'An enabled distribution with its own certificate has a viewer security policy below TLSv1.2 (SSLv3, TLSv1, TLSv1_2016 or TLSv1.1_2016). Distributions on the default *.cloudfront.net certificate cannot choose and are not judged. FSBP CloudFront.15 is not cited: its list of recommended policies could not be confirmed.',
    risk: "TLS 1.0 and 1.1 have known weaknesses and are refused by PCI DSS; a downgrade exposes viewers' traffic.",
    remediation: {
        text: 'Choose the security policy TLSv1.2_2021 or newer.',
        console: `${console_} > General > Settings > Edit > Security policy`,
    },
    references: { docs: [`${cloudfront_DOCS}/secure-connections-supported-viewer-protocols-ciphers.html`] },
}, (ctx) => serving(ctx)
    .filter((d) => !d.attributes.viewerCertificate.cloudFrontDefault &&
    OUTDATED_VIEWER_POLICIES.includes(d.attributes.viewerCertificate.minimumProtocolVersion ?? ''))
    .map((d) => ({
    target: d,
    message: `Distribution ${cloudfront_label(d)} accepts ${d.attributes.viewerCertificate.minimumProtocolVersion} from viewers.`,
    evidence: { minimumProtocolVersion: d.attributes.viewerCertificate.minimumProtocolVersion },
})));
/** CloudFront's price for a dedicated-IP custom SSL certificate: per certificate and month, however many distributions use it. */
const DEDICATED_IP = (0,table/* quote */.hD)({
    item: 'cloudfront.dedicated-ip-ssl',
    usd: 600,
    unit: 'certificate-month',
    source: 'AWS CloudFront pricing (aws.amazon.com/cloudfront/pricing), Dedicated IP Custom SSL',
}, 'global', true);
const dedicatedIpSsl = (0,model/* defineRule */.Km)({
    id: 'cloudfront.dedicated-ip-ssl',
    title: 'CloudFront serves HTTPS from dedicated IP addresses ($600 a month)',
    severity: 'low',
    category: 'cost',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: "A distribution's custom certificate is served with the SSL support method vip (dedicated IP addresses at every edge location) instead of SNI, which every browser since about 2010 supports. The $600 a month is billed per certificate: it is counted on the first distribution (by id) using it.",
    risk: 'Dedicated IP custom SSL is billed $600 a month per certificate, for clients that no longer exist in practice.',
    remediation: {
        text: 'Switch the SSL support method to sni-only (clients without SNI are ancient browsers and bots).',
        console: `${console_} > General > Settings > Edit > Legacy clients support`,
    },
    references: { fsbp: ['CloudFront.8'], docs: ['https://aws.amazon.com/cloudfront/pricing/'] },
}, (ctx) => {
    const vip = ctx
        .resources('cloudfront:distribution')
        .filter((d) => d.attributes.viewerCertificate.sslSupportMethod === 'vip')
        .sort((a, b) => a.id.localeCompare(b.id));
    const billed = new Set();
    return vip.map((d) => {
        const certificate = `${d.account}|${d.attributes.viewerCertificate.certificateArn ?? d.id}`;
        const first = !billed.has(certificate);
        billed.add(certificate);
        return {
            target: d,
            message: `Distribution ${cloudfront_label(d)} uses dedicated IP custom SSL, billed $${DEDICATED_IP.usd} a month for its certificate${first ? '' : ' (counted on another distribution using the same certificate)'}.`,
            evidence: { sslSupportMethod: 'vip', certificateArn: d.attributes.viewerCertificate.certificateArn },
            ...(first
                ? {
                    cost: {
                        monthlyUsd: DEDICATED_IP.usd,
                        basis: `$${DEDICATED_IP.usd} per certificate-month for dedicated IP custom SSL`,
                        prices: [DEDICATED_IP],
                        avoidable: true,
                    },
                }
                : {}),
        };
    });
});

;// CONCATENATED MODULE: ./src/rules/catalog/s3-shared.ts
/** The four Block Public Access settings, with the names AWS shows for them. */
const SETTINGS = [
    ['blockPublicAcls', 'BlockPublicAcls'],
    ['ignorePublicAcls', 'IgnorePublicAcls'],
    ['blockPublicPolicy', 'BlockPublicPolicy'],
    ['restrictPublicBuckets', 'RestrictPublicBuckets'],
];
const settingName = (setting) => SETTINGS.find(([key]) => key === setting)?.[1] ?? setting;
function accountBlock(ctx, account) {
    const settings = ctx.resources('s3:account-settings').find((s) => s.account === account);
    if (!settings || !ctx.known(settings, 'publicAccessBlock'))
        return undefined;
    return settings.attributes.publicAccessBlock;
}
const bucketBlock = (ctx, bucket) => ctx.known(bucket, 'publicAccessBlock') ? bucket.attributes.publicAccessBlock : undefined;
/**
 * Whether a setting is in effect for a bucket. S3 applies the most restrictive combination of the
 * bucket's and the account's blocks, so a setting is on when either has it on, off only when both
 * were read and neither has it, and unknown otherwise.
 */
function effective(ctx, bucket, setting) {
    const own = bucketBlock(ctx, bucket);
    const account = accountBlock(ctx, bucket.account);
    if (own?.[setting])
        return 'bucket';
    if (account?.[setting])
        return 'account';
    return own === undefined || account === undefined ? 'unknown' : 'off';
}
/** Whether a neutralizer blocks the access today (a setting is on at the bucket or account level). */
const neutralized = (neutralizer) => neutralizer === 'bucket' || neutralizer === 'account';
/**
 * How a bucket is public: a policy statement open to anyone (RestrictPublicBuckets neutralizes it)
 * and ACL grants to AllUsers or AuthenticatedUsers (IgnorePublicAcls does). What was not read is
 * not judged. The rule reading it must declare `s3:bucket` and `s3:account-settings`.
 */
function publicExposures(ctx, bucket) {
    const exposures = [];
    const statements = ctx.known(bucket, 'policy') ? (bucket.attributes.policy?.publicStatements ?? []) : [];
    if (statements.length > 0) {
        exposures.push({
            path: 'policy',
            statements,
            neutralizer: effective(ctx, bucket, 'restrictPublicBuckets'),
        });
    }
    // BucketOwnerEnforced disables ACLs: whatever a grant says, S3 no longer evaluates it.
    const aclsDisabled = ctx.known(bucket, 'objectOwnership') && bucket.attributes.objectOwnership === 'BucketOwnerEnforced';
    const grants = ctx.known(bucket, 'aclPublicGrants') && !aclsDisabled ? bucket.attributes.aclPublicGrants : [];
    if (grants.length > 0) {
        exposures.push({ path: 'acl', grants, neutralizer: effective(ctx, bucket, 'ignorePublicAcls') });
    }
    return exposures;
}
const statementText = (s) => `${s.sid ? `statement ${s.sid}` : 'a statement without Sid'} (${s.actions.join(', ') || 'no actions'}${s.principal === 'NotPrincipal' ? ', via NotPrincipal' : ''})`;
const granteeText = (grantee) => grantee === 'AllUsers' ? 'AllUsers (anyone)' : 'AuthenticatedUsers (any AWS account)';

;// CONCATENATED MODULE: ./src/rules/catalog/cloudtrail.ts


/**
 * Could the trail be a logging multi-region trail that records read and write management events
 * (what CloudTrail.1 and CIS 4.1 ask)? True when it is one, or when any of that is unknown.
 */
function mayCoverAccount(ctx, trail) {
    const multiRegion = !ctx.known(trail, 'isMultiRegion') || trail.attributes.isMultiRegion;
    const logging = !ctx.known(trail, 'isLogging') || trail.attributes.isLogging !== false;
    const allEvents = !ctx.known(trail, 'managementEvents') || trail.attributes.managementEvents === 'all';
    return multiRegion && logging && allEvents;
}
const MANAGEMENT_EVENTS_TEXT = {
    'read-only': 'records read management events only',
    'write-only': 'records write management events only',
    none: 'records no management event',
};
/** Why the account's trails do not cover it, for the message. */
function shortfall(trails) {
    if (trails.length === 0)
        return 'it has no trail at all';
    const multiRegion = trails.filter((t) => t.attributes.isMultiRegion);
    if (multiRegion.length === 0) {
        return `its ${trails.length} trail(s) are single-region (${trails.map((t) => `${trailLabel(t)} in ${t.attributes.homeRegion}`).join(', ')})`;
    }
    return multiRegion
        .map((t) => t.attributes.isLogging === false
        ? `${trailLabel(t)} is not logging`
        : `${trailLabel(t)} ${MANAGEMENT_EVENTS_TEXT[t.attributes.managementEvents ?? ''] ?? 'does not record every management event'}`)
        .join('; ');
}
const noMultiRegionTrail = (0,model/* defineRule */.Km)({
    id: 'cloudtrail.no-multi-region-trail',
    title: 'No multi-region CloudTrail trail records all management events',
    severity: 'high',
    category: 'security',
    resourceType: 'aws:account',
    reads: ['cloudtrail:trail'],
    description: "The account has no CloudTrail trail that is multi-region, logging, and records both read and write management events (an organization trail counts). Judged only when the account's trails were listed; a trail whose status or event selectors could not be read is given the benefit of the doubt.",
    risk: 'Without such a trail, API activity is kept only 90 days in Event history and never delivered anywhere you control: an intrusion or a destructive change cannot be investigated, and regions nobody watches go unrecorded.',
    remediation: {
        text: 'Create a multi-region trail that logs to an S3 bucket you control (with log file validation on), or start logging on the existing one, and record all management events (read and write). In an AWS Organization, an organization trail from the management account covers every member.',
        // A new trail records all management events by default. Given only when the account has no
        // trail: fixing an existing one (start logging, change its selectors) needs no second trail.
        cli: 'aws cloudtrail create-trail --name account-trail --s3-bucket-name YOUR-TRAIL-BUCKET --is-multi-region-trail --enable-log-file-validation && aws cloudtrail start-logging --name account-trail',
        console: 'CloudTrail console > Trails > Create trail (multi-region is the default)',
    },
    references: {
        fsbp: ['CloudTrail.1'],
        cis: ['4.1'],
        docs: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
        ],
    },
}, (ctx) => ctx.accounts().flatMap((account) => {
    if (!ctx.listed(account, 'cloudtrail:trail', 'global'))
        return [];
    const trails = ctx.resources('cloudtrail:trail').filter((t) => t.account === account);
    // A covering trail, or one that may be (a failed read): nothing to report.
    if (trails.some((t) => mayCoverAccount(ctx, t)))
        return [];
    return [
        {
            target: ctx.accountTarget(account),
            message: `Account ${account} has no multi-region CloudTrail trail that is logging and records all management events: ${shortfall(trails)}.`,
            cliDoesNotApply: trails.length > 0,
            evidence: {
                trails: trails.map((t) => ({
                    name: t.name ?? t.id,
                    homeRegion: t.attributes.homeRegion,
                    isMultiRegion: t.attributes.isMultiRegion,
                    isLogging: t.attributes.isLogging,
                    managementEvents: t.attributes.managementEvents,
                    isOrganizationTrail: t.attributes.isOrganizationTrail,
                })),
            },
        },
    ];
}));
const COPIES = {
    all: ['read', 'write'],
    'read-only': ['read'],
    'write-only': ['write'],
    none: [],
};
/** The account's own trail (an organization trail seen from a member account is the management account's). */
const isOwnTrail = (trail) => trail.arn.split(':')[4] === trail.account;
const trailLabel = (t) => t.name ?? t.id;
/** A trail the account owns that is logging and whose reach and selectors were read. */
function recordingTrail(ctx, trail) {
    return (ctx.known(trail, 'isMultiRegion', 'isLogging', 'managementEvents') &&
        trail.attributes.isLogging === true &&
        isOwnTrail(trail));
}
/** The regions two trails both record: every region for two multi-region trails. */
function sharedRegions(a, b) {
    if (a.attributes.isMultiRegion && b.attributes.isMultiRegion)
        return 'every region';
    if (a.attributes.isMultiRegion)
        return b.attributes.homeRegion;
    if (b.attributes.isMultiRegion)
        return a.attributes.homeRegion;
    return a.attributes.homeRegion === b.attributes.homeRegion ? a.attributes.homeRegion : null;
}
/** Who keeps the free copy: organization trails, then multi-region trails, then by name. */
const freeCopyFirst = (a, b) => Number(b.attributes.isOrganizationTrail) - Number(a.attributes.isOrganizationTrail) ||
    Number(b.attributes.isMultiRegion) - Number(a.attributes.isMultiRegion) ||
    (a.name ?? a.id).localeCompare(b.name ?? b.id);
/**
 * Unique to this tool: the second copy of a management event is billed, and nothing in the console
 * says a second trail is one. Read and write events are copies of their own: a read-only trail and
 * a write-only trail never duplicate each other.
 */
const duplicateManagementEvents = (0,model/* defineRule */.Km)({
    id: 'cloudtrail.duplicate-management-events',
    title: 'CloudTrail trail records management events another trail already records (paid copy)',
    severity: 'medium',
    category: 'cost',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description: 'Two logging trails of the account record the same management events (read, write or both) in the same region: a multi-region trail and any other trail, or two single-region trails in one region. The first copy of management events is free; every further copy is billed at $2.00 per 100,000 events. The trail reported is the one after the free copy (an organization trail first, then multi-region trails, then by name). Trails of another account (an organization trail seen from a member account) and trails whose status or selectors were not read are not judged.',
    risk: 'A second trail doubles the CloudTrail bill for management events without adding any record the first does not have; in busy accounts that is tens to hundreds of dollars a month.',
    remediation: {
        text: 'If the second trail exists for a separate destination (another bucket or a CloudWatch Logs group), send it data events only, or exclude management events from its selectors, or deliver the first trail to both destinations instead. Otherwise delete it.',
        cli: 'aws cloudtrail get-event-selectors --trail-name {name} --region {region}',
        console: 'CloudTrail console > Trails > the trail > Management events > Edit',
    },
    references: {
        docs: [
            'https://aws.amazon.com/cloudtrail/pricing/',
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-costs.html',
        ],
    },
}, (ctx) => ctx.accounts().flatMap((account) => {
    const trails = ctx
        .resources('cloudtrail:trail')
        .filter((t) => t.account === account && recordingTrail(ctx, t))
        .sort(freeCopyFirst);
    return trails.flatMap((trail, index) => {
        const earlier = trails.slice(0, index).flatMap((first) => {
            const where = sharedRegions(first, trail);
            const kinds = COPIES[trail.attributes.managementEvents ?? 'none']?.filter((kind) => COPIES[first.attributes.managementEvents ?? 'none']?.includes(kind));
            return where && kinds && kinds.length > 0 ? [{ first, where, kinds }] : [];
        });
        const [overlap] = earlier;
        if (!overlap)
            return [];
        return [
            {
                target: trail,
                message: `Trail ${trailLabel(trail)} records ${overlap.kinds.join(' and ')} management events that trail ${trailLabel(overlap.first)} already records (${overlap.where}): AWS bills this copy at $2.00 per 100,000 events.`,
                evidence: {
                    duplicates: earlier.map((e) => ({
                        trail: trailLabel(e.first),
                        regions: e.where,
                        events: e.kinds,
                    })),
                    price: '$2.00 per 100,000 management events after the first copy',
                },
            },
        ];
    });
}));
const ownTrails = (ctx) => ctx.resources('cloudtrail:trail').filter(isOwnTrail);
const trailNotKmsEncrypted = (0,model/* defineRule */.Km)({
    id: 'cloudtrail.trail-not-kms-encrypted',
    title: 'CloudTrail trail is not encrypted with a KMS key',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description: 'A trail of the account delivers its log files without SSE-KMS (no KmsKeyId).',
    risk: 'Log files are readable by anyone who can read the bucket; with a KMS key, reading them also needs kms:Decrypt, which can be limited to the security team and is logged.',
    remediation: {
        text: 'Give the trail a customer managed KMS key whose policy lets CloudTrail encrypt and the security team decrypt.',
        cli: 'aws cloudtrail update-trail --region {region} --name {name} --kms-key-id alias/cloudtrail',
        console: 'CloudTrail console > Trails > the trail > General details > Edit > Log file SSE-KMS encryption',
    },
    references: {
        fsbp: ['CloudTrail.2'],
        cis: ['4.5'],
        docs: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
        ],
    },
}, (ctx) => ownTrails(ctx)
    .filter((t) => ctx.known(t, 'kmsKeyId') && t.attributes.kmsKeyId === null)
    .map((trail) => ({
    target: trail,
    message: `Trail ${trailLabel(trail)} delivers its log files without a KMS key.`,
    evidence: { kmsKeyId: null },
})));
const trailLogValidationOff = (0,model/* defineRule */.Km)({
    id: 'cloudtrail.trail-log-validation-off',
    title: 'CloudTrail trail does not validate its log files',
    severity: 'low',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description: 'A trail of the account has log file integrity validation off.',
    risk: 'Without digest files, a log file changed or deleted after delivery (by someone covering their tracks) cannot be told from the original.',
    remediation: {
        text: 'Turn on log file validation; CloudTrail then delivers a signed digest every hour.',
        cli: 'aws cloudtrail update-trail --region {region} --name {name} --enable-log-file-validation',
        console: 'CloudTrail console > Trails > the trail > General details > Edit > Log file validation',
    },
    references: {
        fsbp: ['CloudTrail.4'],
        cis: ['4.2'],
        docs: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
        ],
    },
}, (ctx) => ownTrails(ctx)
    .filter((t) => ctx.known(t, 'logFileValidation') && !t.attributes.logFileValidation)
    .map((trail) => ({
    target: trail,
    message: `Trail ${trailLabel(trail)} does not validate its log files.`,
    evidence: { logFileValidation: false },
})));
const trailNoCloudWatchLogs = (0,model/* defineRule */.Km)({
    id: 'cloudtrail.trail-no-cloudwatch-logs',
    title: 'CloudTrail trail does not deliver to CloudWatch Logs',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description: 'A trail of the account has no CloudWatch Logs log group.',
    risk: 'Without CloudWatch Logs, no metric filter or alarm can react to root sign-ins, policy changes or disabled trails as they happen; the events wait in S3 until someone looks.',
    remediation: {
        text: 'Send the trail to a CloudWatch Logs log group (with a role CloudTrail can assume) and add the metric filters and alarms you need.',
        cli: "aws cloudtrail update-trail --region {region} --name {name} --cloud-watch-logs-log-group-arn 'arn:aws:logs:{region}:{account}:log-group:cloudtrail:*' --cloud-watch-logs-role-arn arn:aws:iam::{account}:role/CloudTrail_CloudWatchLogs_Role",
        console: 'CloudTrail console > Trails > the trail > CloudWatch Logs > Edit',
    },
    references: {
        fsbp: ['CloudTrail.5'],
        docs: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
        ],
    },
    deviations: {
        'FSBP CloudTrail.5': 'Judges the configuration (a log group is set), not whether the last delivery to CloudWatch Logs was within a day.',
    },
}, (ctx) => ownTrails(ctx)
    .filter((t) => ctx.known(t, 'cloudWatchLogsLogGroupArn') && t.attributes.cloudWatchLogsLogGroupArn === null)
    .map((trail) => ({
    target: trail,
    message: `Trail ${trailLabel(trail)} does not deliver to CloudWatch Logs.`,
    evidence: { cloudWatchLogsLogGroupArn: null },
})));
const bucketPublic = (0,model/* defineRule */.Km)({
    id: 'cloudtrail.bucket-public',
    title: "CloudTrail trail's S3 bucket is open to anyone",
    severity: 'critical',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail', 's3:bucket', 's3:account-settings'],
    description: "The S3 bucket a trail of the account delivers to is public, judged exactly as s3.bucket-public judges it (a bucket policy statement open to any principal without a restricting condition, or an ACL grant to AllUsers or AuthenticatedUsers) and in effect: not neutralized by Block Public Access (RestrictPublicBuckets, IgnorePublicAcls) at the bucket or account level, or with the block unreadable. A bucket in another account (an organization or central logging account) is not in this account's inventory and is not judged. Prowler's cloudtrail_logs_s3_bucket_is_not_publicly_accessible.",
    risk: "A trail's log files record every API call in the account: who did what, from where, with which role and resource names. A public bucket hands that map to anyone, and a public write or delete grant lets anyone erase or forge the record an investigation would rest on.",
    remediation: {
        text: 'Remove the public statements from the bucket policy and the public ACL grants (or set BucketOwnerEnforced), keeping the statements CloudTrail needs (cloudtrail.amazonaws.com with aws:SourceArn), then turn on Block Public Access for the bucket.',
        cli: 'aws s3api put-public-access-block --bucket {bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
        console: 'S3 console > Buckets > the trail bucket > Permissions',
    },
    references: {
        docs: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
        ],
    },
}, (ctx) => ctx.resources('cloudtrail:trail').flatMap((trail) => {
    const name = ctx.known(trail, 's3BucketName') ? trail.attributes.s3BucketName : null;
    if (!name)
        return [];
    // Bucket names are global: the same name in this account's inventory is the trail's bucket.
    const bucket = ctx.resources('s3:bucket').find((b) => b.account === trail.account && b.id === name);
    if (!bucket)
        return [];
    // A neutralized grant is not reachable today; s3.bucket-public reports it, lowered.
    const open = publicExposures(ctx, bucket).filter((e) => !neutralized(e.neutralizer));
    if (open.length === 0)
        return [];
    const how = open.map((e) => e.path === 'policy'
        ? `its policy allows anyone (${e.statements.map(statementText).join('; ')})`
        : `its ACL grants ${e.grants.map((g) => `${g.permission} to ${granteeText(g.grantee)}`).join(' and ')}`);
    const unknown = open.some((e) => e.neutralizer === 'unknown')
        ? ' Whether Block Public Access blocks it is unknown: a public access block could not be read.'
        : '';
    return [
        {
            target: trail,
            message: `Trail ${trailLabel(trail)} delivers its logs to bucket ${name}, which is public: ${how.join('; and ')}.${unknown}`,
            evidence: {
                bucket: name,
                exposures: open.map((e) => e.path === 'policy'
                    ? { path: 'policy', publicStatements: e.statements, blockPublicAccess: e.neutralizer }
                    : { path: 'acl', aclPublicGrants: e.grants, blockPublicAccess: e.neutralizer }),
            },
            templateValues: { bucket: name },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/cloudwatch.ts


/**
 * Resource types that are workloads worth watching, with the states in which they no longer are
 * (gone, going, or stopped). Default VPCs, subnets, security groups and region settings exist in
 * every region and say nothing about a workload, so they are not counted.
 */
const WORKLOADS = {
    'ec2:instance': {
        label: 'EC2 instance(s)',
        inactive: ['terminated', 'shutting-down', 'stopped', 'stopping'],
    },
    'rds:db-instance': { label: 'RDS DB instance(s)', inactive: ['deleting', 'stopped', 'stopping'] },
    'lambda:function': { label: 'Lambda function(s)', inactive: [] },
    'dynamodb:table': { label: 'DynamoDB table(s)', inactive: ['deleting'] },
    'ec2:nat-gateway': { label: 'NAT gateway(s)', inactive: ['deleted', 'deleting', 'failed'] },
};
const WORKLOAD_TYPES = Object.keys(WORKLOADS);
const isActive = (resource) => !WORKLOADS[resource.type].inactive.includes(resource.state?.toLowerCase() ?? '');
const sizeText = (bytes) => bytes >= 1e9
    ? `${(bytes / 1e9).toFixed(2)} GB`
    : bytes >= 1e6
        ? `${(bytes / 1e6).toFixed(1)} MB`
        : `${bytes} bytes`;
const alarmsConsole = 'CloudWatch console > Alarms > All alarms > the alarm';
const alarmDocs = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html';
const regionWithoutAlarms = (0,model/* defineRule */.Km)({
    id: 'cloudwatch.region-without-alarms',
    title: 'Region runs workloads but has no CloudWatch alarm',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'aws:region',
    reads: ['cloudwatch:alarm'],
    consults: WORKLOAD_TYPES,
    description: 'The region has running EC2 instances, RDS DB instances, Lambda functions, DynamoDB tables or NAT gateways, and not a single CloudWatch alarm. Reported only when the alarms of the region were listed successfully.',
    risk: 'Nothing tells anyone when these workloads fail, throttle or run up costs: outages are found by users.',
    remediation: {
        text: 'Create alarms on the signals that matter for the workloads (EC2 status checks, RDS CPU and free storage, Lambda errors and throttles, DynamoDB throttled requests), each with an SNS action that reaches someone.',
        cli: 'aws cloudwatch put-metric-alarm --region {region} --alarm-name ALARM-NAME --namespace AWS/EC2 --metric-name StatusCheckFailed --dimensions Name=InstanceId,Value=INSTANCE-ID --statistic Maximum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions SNS-TOPIC-ARN',
        console: 'CloudWatch console > Alarms > Create alarm',
    },
    references: { docs: [alarmDocs] },
}, (ctx) => {
    const workloads = new Map();
    for (const type of WORKLOAD_TYPES) {
        for (const resource of ctx.resources(type)) {
            if (!isActive(resource))
                continue;
            const key = `${resource.account}|${resource.region}`;
            const counts = workloads.get(key) ?? new Map();
            counts.set(type, (counts.get(type) ?? 0) + 1);
            workloads.set(key, counts);
        }
    }
    const alarmed = new Set(ctx.resources('cloudwatch:alarm').map((a) => `${a.account}|${a.region}`));
    return [...workloads.entries()].flatMap(([key, counts]) => {
        const [account, region] = key.split('|');
        if (alarmed.has(key) || !ctx.listed(account, 'cloudwatch:alarm', region))
            return [];
        const parts = [...counts.entries()].map(([type, count]) => `${count} ${WORKLOADS[type].label}`);
        return [
            {
                target: ctx.regionTarget(account, region),
                message: `Region ${region} of account ${account} runs ${parts.join(', ')} and has no CloudWatch alarm.`,
                evidence: { alarms: 0, workloads: Object.fromEntries(counts) },
            },
        ];
    });
});
/**
 * Composite alarms usually carry the actions for the metric alarms they combine, and the scan does
 * not record which alarms a composite alarm's rule references. So where the region has composite
 * alarms, a metric alarm without actions may be such a child: the finding is lowered to low.
 */
const alarmWithoutActions = (0,model/* defineRule */.Km)({
    id: 'cloudwatch.alarm-without-actions',
    title: 'CloudWatch alarm has no action for the ALARM state',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'cloudwatch:alarm',
    reads: ['cloudwatch:alarm'],
    description: 'The alarm has no ALARM-state action (SNS notification, Auto Scaling, EC2 or Systems Manager action). Reported as low for metric alarms in a region with composite alarms, which often carry the actions of the alarms they combine.',
    risk: 'The alarm changes state and nobody hears about it: the failure it was built to catch goes unnoticed.',
    remediation: {
        text: 'Add an ALARM-state action, typically an SNS topic with a subscriber, or delete the alarm if it is no longer needed.',
        console: `${alarmsConsole} > Actions > Edit > Notification`,
    },
    references: { docs: [alarmDocs] },
}, (ctx) => {
    const alarms = ctx.resources('cloudwatch:alarm');
    const composites = new Map();
    for (const alarm of alarms) {
        if (alarm.attributes.alarmType !== 'composite')
            continue;
        const key = `${alarm.account}|${alarm.region}`;
        composites.set(key, (composites.get(key) ?? 0) + 1);
    }
    return alarms
        .filter((a) => ctx.known(a, 'alarmActions') && a.attributes.alarmActions.length === 0)
        .map((alarm) => {
        const siblings = alarm.attributes.alarmType === 'metric'
            ? (composites.get(`${alarm.account}|${alarm.region}`) ?? 0)
            : 0;
        const { okActions, insufficientDataActions } = alarm.attributes;
        const others = okActions.length + insufficientDataActions.length;
        return {
            target: alarm,
            message: `Alarm ${alarm.id} (${alarm.attributes.alarmType === 'composite' ? 'composite' : `${alarm.attributes.namespace ?? '?'} ${alarm.attributes.metricName ?? '?'}`}) has no action for the ALARM state${others > 0 ? ` (only OK or INSUFFICIENT_DATA actions)` : ''}.${siblings > 0 ? ` It may be combined by one of the region's ${siblings} composite alarm(s), which would carry the action.` : ''}`,
            evidence: {
                alarmType: alarm.attributes.alarmType,
                alarmActions: [],
                okActions: okActions.length,
                insufficientDataActions: insufficientDataActions.length,
                compositeAlarmsInRegion: siblings,
            },
            ...(siblings > 0 ? { severity: 'low' } : {}),
        };
    });
});
/** Only alarms with ALARM-state actions: an alarm without any is cloudwatch.alarm-without-actions' finding. */
const alarmActionsDisabled = (0,model/* defineRule */.Km)({
    id: 'cloudwatch.alarm-actions-disabled',
    title: 'CloudWatch alarm has its actions disabled',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'cloudwatch:alarm',
    reads: ['cloudwatch:alarm'],
    description: 'The alarm has ALARM-state actions configured but actions are disabled (ActionsEnabled false), so none of them runs.',
    risk: 'The alarm looks configured but notifies nobody and scales nothing: often a mute left behind after maintenance.',
    remediation: {
        text: 'Enable the alarm actions, or delete the alarm if it is no longer wanted.',
        cli: 'aws cloudwatch enable-alarm-actions --region {region} --alarm-names {name}',
        console: `${alarmsConsole} > Actions > Enable actions`,
    },
    references: { docs: [alarmDocs] },
}, (ctx) => ctx
    .resources('cloudwatch:alarm')
    .filter((a) => ctx.known(a, 'actionsEnabled', 'alarmActions') &&
    !a.attributes.actionsEnabled &&
    a.attributes.alarmActions.length > 0)
    .map((alarm) => ({
    target: alarm,
    message: `Alarm ${alarm.id} has actions disabled: its ${alarm.attributes.alarmActions.length} ALARM-state action(s) will not run.`,
    evidence: { actionsEnabled: false, alarmActions: alarm.attributes.alarmActions },
})));
/**
 * The cost is what the group's stored data costs per month today: the amount a retention period
 * bounds (it grows without one), not a saving, which depends on the period chosen. An empty group
 * has nothing to bound yet and is reported as info.
 */
const logGroupWithoutRetention = (0,model/* defineRule */.Km)({
    id: 'cloudwatch.log-group-without-retention',
    title: 'CloudWatch Logs log group keeps its logs forever',
    severity: 'low',
    category: 'cost',
    resourceType: 'logs:log-group',
    reads: ['logs:log-group'],
    description: 'The log group has no retention setting, so every event is kept, and billed, indefinitely. Reported as info while the group stores nothing.',
    risk: 'Storage grows every month with no bound; old logs may also hold data you are no longer allowed to keep.',
    remediation: {
        text: 'Set a retention period that matches how long the logs are needed (export to S3 first if they must be archived longer).',
        cli: 'aws logs put-retention-policy --region {region} --log-group-name {name} --retention-in-days 365',
        console: 'CloudWatch console > Log groups > the log group > Actions > Edit retention setting',
    },
    references: {
        docs: [
            'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
        ],
    },
}, (ctx) => ctx
    .resources('logs:log-group')
    .filter((g) => ctx.known(g, 'retentionDays') && g.attributes.retentionDays === null)
    .map((group) => {
    const bytes = ctx.known(group, 'storedBytes') ? group.attributes.storedBytes : null;
    const gb = bytes === null ? null : bytes / 1e9;
    const price = (0,table/* priceOf */.xx)('logs.storage', group.region);
    return {
        target: group,
        message: `Log group ${group.id} has no retention setting: its logs are kept forever${bytes === null ? '' : ` (${sizeText(bytes)} stored today)`}.`,
        evidence: { retentionDays: null, storedBytes: bytes ?? 'unknown' },
        ...(gb !== null && gb > 0
            ? {
                cost: {
                    monthlyUsd: (0,table/* cents */.wH)(gb * price.usd),
                    basis: `${gb.toFixed(2)} GB stored x $${price.usd} per GB-month: what storing these logs costs each month, growing without retention; a retention period bounds it`,
                    prices: [price],
                    // What a retention period removes depends on the period chosen: not counted as a saving.
                    avoidable: false,
                },
            }
            : {}),
        ...(bytes === 0 ? { severity: 'info' } : {}),
    };
}));

;// CONCATENATED MODULE: ./src/rules/catalog/cognito.ts

const cognito_DOCS = 'https://docs.aws.amazon.com/cognito/latest/developerguide';
/**
 * FSBP Cognito.3's parameters, at Security Hub's defaults (the AWS Config rule
 * cognito-user-pool-password-policy-check): at least 8 characters, all four character classes,
 * temporary passwords valid 7 days at most.
 */
const COGNITO_PASSWORD_POLICY = {
    minLength: 8,
    temporaryPasswordValidityDays: 7,
};
/** Where the password policy falls short of Cognito.3, one phrase each. */
function passwordPolicyGaps(policy) {
    if (policy === null)
        return [];
    const gaps = [];
    if (policy.minLength !== null && policy.minLength < COGNITO_PASSWORD_POLICY.minLength) {
        gaps.push(`minimum length ${policy.minLength} (under ${COGNITO_PASSWORD_POLICY.minLength})`);
    }
    for (const [flag, what] of [
        ['requireUppercase', 'uppercase letters'],
        ['requireLowercase', 'lowercase letters'],
        ['requireNumbers', 'numbers'],
        ['requireSymbols', 'symbols'],
    ]) {
        if (!policy[flag])
            gaps.push(`${what} not required`);
    }
    const days = policy.temporaryPasswordValidityDays;
    if (days !== null && days > COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays) {
        gaps.push(`temporary passwords valid ${days} days (over ${COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays})`);
    }
    return gaps;
}
const passwordOnly = (factors) => factors !== null && factors.length === 1 && factors[0] === 'PASSWORD';
const userPoolMfaOff = (0,model/* defineRule */.Km)({
    id: 'cognito.user-pool-mfa-off',
    title: 'Cognito user pool does not require MFA',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description: "A user pool whose users sign in with a password only (its sign-in policy allows no other first factor, AWS's default) does not set MFA to ON: medium when MFA is OFF, low when OPTIONAL (each user decides, and most never enrol). FSBP Cognito.5 passes ON only. Pools that also allow passwordless first factors (passkeys, email or SMS one-time codes) are outside the control and not judged.",
    risk: 'A password phished, guessed or reused from another breach is enough to take over the account, and whatever the app and identity pool grant it.',
    remediation: {
        text: 'Set MFA to required (ON) with an authenticator app (TOTP) and/or SMS or email factor; plan the enrolment of existing users first.',
        cli: 'aws cognito-idp set-user-pool-mfa-config --region {region} --user-pool-id {id} --mfa-configuration ON --software-token-mfa-configuration Enabled=true',
        console: 'Amazon Cognito console > User pools > the pool > Authentication > Sign-in > Multi-factor authentication > Edit',
    },
    references: { fsbp: ['Cognito.5'], docs: [`${cognito_DOCS}/user-pool-settings-mfa.html`] },
}, (ctx) => ctx
    .resources('cognito:user-pool')
    .filter((p) => ctx.known(p, 'mfaConfiguration') &&
    ctx.known(p, 'firstAuthFactors') &&
    passwordOnly(p.attributes.firstAuthFactors) &&
    p.attributes.mfaConfiguration !== 'ON')
    .map((pool) => ({
    target: pool,
    message: `Cognito user pool ${pool.id} signs users in with a password only and MFA is ${pool.attributes.mfaConfiguration}.`,
    severity: pool.attributes.mfaConfiguration === 'OPTIONAL' ? 'low' : 'medium',
    evidence: {
        mfaConfiguration: pool.attributes.mfaConfiguration,
        firstAuthFactors: pool.attributes.firstAuthFactors,
    },
})));
const userPoolPasswordPolicyWeak = (0,model/* defineRule */.Km)({
    id: 'cognito.user-pool-password-policy-weak',
    title: 'Cognito user pool password policy is weak',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description: `The user pool's password policy falls short of FSBP Cognito.3 at Security Hub's default parameters: a minimum length under ${COGNITO_PASSWORD_POLICY.minLength}, any of uppercase letters, lowercase letters, numbers or symbols not required, or temporary passwords valid more than ${COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays} days.`,
    risk: 'Short or simple passwords fall to guessing and credential stuffing; long-lived temporary passwords sit in inboxes, usable by whoever reads them first.',
    remediation: {
        text: `Require at least ${COGNITO_PASSWORD_POLICY.minLength} characters (longer is better), all four character classes, and temporary passwords valid ${COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays} days at most. The policy applies to passwords set from then on. update-user-pool resets the settings it is not given: pass the pool's other settings too.`,
        cli: "aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --policies 'PasswordPolicy={MinimumLength=12,RequireUppercase=true,RequireLowercase=true,RequireNumbers=true,RequireSymbols=true,TemporaryPasswordValidityDays=7}'",
        console: 'Amazon Cognito console > User pools > the pool > Authentication > Sign-in > Password policy > Edit',
    },
    references: { fsbp: ['Cognito.3'], docs: [`${cognito_DOCS}/managing-users-passwords.html`] },
}, (ctx) => ctx
    .resources('cognito:user-pool')
    .filter((p) => ctx.known(p, 'passwordPolicy'))
    .flatMap((pool) => {
    const gaps = passwordPolicyGaps(pool.attributes.passwordPolicy);
    return gaps.length === 0
        ? []
        : [
            {
                target: pool,
                message: `Cognito user pool ${pool.id} has a weak password policy: ${gaps.join(', ')}.`,
                evidence: { passwordPolicy: pool.attributes.passwordPolicy, gaps },
            },
        ];
}));
const userPoolThreatProtectionOff = (0,model/* defineRule */.Km)({
    id: 'cognito.user-pool-threat-protection-off',
    title: 'Cognito user pool threat protection does not enforce for standard sign-in',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description: "The user pool's threat protection (advanced security) for standard authentication is not ENFORCED (full function): OFF, or AUDIT, which only measures risk. FSBP Cognito.1 at Security Hub's default parameter (ENFORCED). Threat protection needs the Plus feature plan, billed per monthly active user.",
    risk: 'Sign-ins with leaked credentials, from unusual places or by bots are neither challenged nor blocked, and compromised passwords are not refused.',
    remediation: {
        text: 'Move the pool to the Plus feature plan and set threat protection for standard authentication to full function, with adaptive authentication and compromised-credential actions configured.',
        cli: 'aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --user-pool-add-ons AdvancedSecurityMode=ENFORCED',
        console: 'Amazon Cognito console > User pools > the pool > Security > Threat protection',
    },
    references: { fsbp: ['Cognito.1'], docs: [`${cognito_DOCS}/cognito-user-pool-settings-threat-protection.html`] },
}, (ctx) => ctx
    .resources('cognito:user-pool')
    .filter((p) => ctx.known(p, 'advancedSecurityMode') &&
    p.attributes.advancedSecurityMode !== null &&
    p.attributes.advancedSecurityMode !== 'ENFORCED')
    .map((pool) => ({
    target: pool,
    message: `Cognito user pool ${pool.id} has threat protection ${pool.attributes.advancedSecurityMode} for standard authentication, not full-function enforcement.`,
    evidence: { advancedSecurityMode: pool.attributes.advancedSecurityMode, tier: pool.attributes.tier },
})));
const userPoolCustomAuthThreatProtectionOff = (0,model/* defineRule */.Km)({
    id: 'cognito.user-pool-custom-auth-threat-protection-off',
    title: 'Cognito user pool threat protection does not enforce for custom sign-in',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description: 'Threat protection for custom authentication (Lambda-driven challenges) is not ENFORCED: unset or AUDIT. FSBP Cognito.4 at its default parameter (ENFORCED). Medium when the pool has a DefineAuthChallenge trigger (custom authentication is in use), low otherwise.',
    risk: 'Custom sign-in flows (passwordless links, one-time codes) get no risk-based challenge or block: a bot or an attacker with stolen factors signs in unchallenged.',
    remediation: {
        text: 'With the Plus feature plan, set threat protection for custom authentication to full function (CustomAuthMode ENFORCED).',
        cli: "aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --user-pool-add-ons 'AdvancedSecurityMode=ENFORCED,AdvancedSecurityAdditionalFlows={CustomAuthMode=ENFORCED}'",
        console: 'Amazon Cognito console > User pools > the pool > Security > Threat protection > Custom authentication',
    },
    references: { fsbp: ['Cognito.4'], docs: [`${cognito_DOCS}/cognito-user-pool-settings-threat-protection.html`] },
}, (ctx) => ctx
    .resources('cognito:user-pool')
    .filter((p) => ctx.known(p, 'customAuthSecurityMode') && p.attributes.customAuthSecurityMode !== 'ENFORCED')
    .map((pool) => ({
    target: pool,
    message: `Cognito user pool ${pool.id} has threat protection ${pool.attributes.customAuthSecurityMode ?? 'unset'} for custom authentication${pool.attributes.customAuthTrigger ? ', which it uses' : ''}.`,
    severity: pool.attributes.customAuthTrigger ? 'medium' : 'low',
    evidence: {
        customAuthSecurityMode: pool.attributes.customAuthSecurityMode,
        customAuthTrigger: pool.attributes.customAuthTrigger,
    },
})));
const userPoolDeletionProtectionOff = (0,model/* defineRule */.Km)({
    id: 'cognito.user-pool-deletion-protection-off',
    title: 'Cognito user pool can be deleted without first lifting protection',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description: 'The user pool has deletion protection INACTIVE (FSBP Cognito.6).',
    risk: 'One mistaken or malicious DeleteUserPool call destroys every user, password and MFA enrolment for good: there is no backup to restore.',
    remediation: {
        text: "Turn deletion protection on. update-user-pool resets the settings it is not given: pass the pool's other settings too, or use the console.",
        cli: 'aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --deletion-protection ACTIVE',
        console: 'Amazon Cognito console > User pools > the pool > Settings > Deletion protection',
    },
    references: { fsbp: ['Cognito.6'], docs: [`${cognito_DOCS}/user-pool-settings-deletion-protection.html`] },
}, (ctx) => ctx
    .resources('cognito:user-pool')
    .filter((p) => ctx.known(p, 'deletionProtection') && p.attributes.deletionProtection === 'INACTIVE')
    .map((pool) => ({
    target: pool,
    message: `Cognito user pool ${pool.id} has deletion protection off.`,
    evidence: { deletionProtection: pool.attributes.deletionProtection },
})));
const identityPoolUnauthenticated = (0,model/* defineRule */.Km)({
    id: 'cognito.identity-pool-unauthenticated',
    title: 'Cognito identity pool gives AWS credentials to anyone',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:identity-pool',
    reads: ['cognito:identity-pool'],
    description: "The identity pool allows unauthenticated (guest) identities (FSBP Cognito.2): anyone who knows its id gets credentials for its unauthenticated role. High when the basic (classic) flow is also allowed, since guests can then assume any role whose trust policy names the pool, not only the pool's own.",
    risk: 'Whatever the unauthenticated role allows (often more than intended: S3 writes, Lambda invokes, DynamoDB reads) is open to the internet, and billed to you.',
    remediation: {
        text: 'Turn guest access off unless the app needs it; if it does, keep the unauthenticated role to the least it needs and turn the basic flow off.',
        cli: 'aws cognito-identity update-identity-pool --region {region} --identity-pool-id {id} --identity-pool-name {name} --no-allow-unauthenticated-identities --no-allow-classic-flow',
        console: 'Amazon Cognito console > Identity pools > the pool > User access > Guest access',
    },
    references: { fsbp: ['Cognito.2'], docs: [`${cognito_DOCS}/identity-pools.html`] },
}, (ctx) => ctx
    .resources('cognito:identity-pool')
    .filter((p) => ctx.known(p, 'allowUnauthenticated') && p.attributes.allowUnauthenticated === true)
    .map((pool) => ({
    target: pool,
    message: pool.attributes.allowClassicFlow
        ? `Cognito identity pool ${pool.id} gives guests AWS credentials, and its basic flow lets them assume any role trusting it.`
        : `Cognito identity pool ${pool.id} gives guests the credentials of its unauthenticated role.`,
    severity: pool.attributes.allowClassicFlow ? 'high' : 'medium',
    evidence: {
        allowUnauthenticated: true,
        allowClassicFlow: pool.attributes.allowClassicFlow,
    },
})));

// EXTERNAL MODULE: ./src/inventory/resources/index.ts + 28 modules
var resources = __webpack_require__(6870);
;// CONCATENATED MODULE: ./src/rules/aws-defaults.ts
/** What AWS creates on its own in every region: the default VPC, its subnets and security group. */
function isRegionDefault(resource) {
    switch (resource.type) {
        case 'ec2:vpc':
        case 'ec2:security-group':
            return resource.attributes.isDefault;
        case 'ec2:subnet':
            return resource.attributes.defaultForAz;
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/rules/catalog/config.ts



/** Per-region settings records: they exist whatever the region holds. */
const SETTINGS_TYPES = new Set([
    'ec2:region-settings',
    'guardduty:detector',
    'config:recorder',
    'ssm:region-settings',
]);
/** Account-wide types, recorded under `global`: nothing of theirs is in a region. */
const GLOBAL_TYPES = new Set([
    'account:contacts',
    'iam:account',
    'iam:user',
    'iam:role',
    'iam:group',
    'iam:policy',
    'budgets:budget',
    's3:account-settings',
    'cloudfront:distribution',
    'route53:hosted-zone',
    'wafv2:cloudfront-web-acl',
    's3:multi-region-access-point',
]);
/** What can put a region in use: every type found in regions, beyond the settings records. */
const REGION_CONTENT_TYPES = resources/* resourceSchemas */.j2
    .map(resources/* resourceTypeOf */.kb)
    .filter((type) => !SETTINGS_TYPES.has(type) && !GLOBAL_TYPES.has(type));
/** How many resources the account has in the region, beyond what every region has. */
function resourcesIn(ctx) {
    const counts = new Map();
    for (const type of REGION_CONTENT_TYPES) {
        for (const resource of ctx.resources(type)) {
            if (isRegionDefault(resource))
                continue;
            const key = `${resource.account}|${resource.region}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}
const configRecorderNotRecording = (0,model/* defineRule */.Km)({
    id: 'config.recorder-not-recording',
    title: 'AWS Config is not recording in the region',
    severity: 'medium',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['config:recorder'],
    consults: REGION_CONTENT_TYPES,
    description: "The region has no AWS Config recorder of the account's own that is recording every supported resource type (recorders that other AWS services create for themselves do not count). Low in a region with no resource beyond its defaults (when every resource type was read there). Judged only where the recorders were listed. The service-linked role that FSBP Config.1 also requires is judged by config.recorder-not-service-linked-role.",
    risk: 'Without a configuration history, nobody can tell what a resource looked like before an incident or a change, and Security Hub controls that rely on Config cannot evaluate the region.',
    remediation: {
        text: 'Turn on AWS Config in the region, recording all supported resource types (global IAM types in one region only), with a delivery channel to an S3 bucket you control. In an AWS Organization, deploy it to every account and region with CloudFormation StackSets or Control Tower.',
        console: 'AWS Config console (in the region) > Get started > Record all resource types',
    },
    references: {
        fsbp: ['Config.1'],
        cis: ['4.3'],
        docs: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
    },
    deviations: {
        'FSBP Config.1': 'Stricter: a recorder counts only when it records every supported resource type, where Config.1 asks only for the types its enabled controls need. Config.1 also fails a recorder without the service-linked role: that part is config.recorder-not-service-linked-role.',
    },
}, (ctx) => {
    const inUse = resourcesIn(ctx);
    return ctx.accounts().flatMap((account) => ctx.regionsOf(account).flatMap((region) => {
        if (!ctx.listed(account, 'config:recorder', region))
            return [];
        const recorders = ctx
            .resources('config:recorder')
            .filter((r) => r.account === account && r.region === region && !r.attributes.serviceLinked);
        // A recorder whose status is unknown may be recording: no claim.
        const recordsAll = (r) => r.attributes.allSupported && (!ctx.known(r, 'recording') || r.attributes.recording !== false);
        if (recorders.some(recordsAll))
            return [];
        const count = inUse.get(`${account}|${region}`) ?? 0;
        // "Nothing beyond the defaults" is only known where every such type was read.
        const unread = REGION_CONTENT_TYPES.filter((type) => !ctx.listed(account, type, region) && !ctx.listed(account, type, 'global'));
        const detail = recorders.length === 0
            ? 'the region has no configuration recorder'
            : recorders
                .map((r) => r.attributes.recording === false
                ? `recorder ${r.id} is stopped`
                : `recorder ${r.id} records selected resource types only`)
                .join('; ');
        return [
            {
                target: ctx.regionTarget(account, region),
                message: `AWS Config is not recording every resource type in ${region}: ${detail}. The region holds ${count} resource(s) beyond its defaults` +
                    (unread.length > 0
                        ? ` of the types read; ${unread.length} resource type(s) were not read there.`
                        : '.'),
                evidence: {
                    recorders: recorders.map((r) => ({
                        name: r.id,
                        recording: r.attributes.recording,
                        allSupported: r.attributes.allSupported,
                    })),
                    resourcesInRegion: count,
                    ...(unread.length > 0 ? { resourceTypesNotRead: unread } : {}),
                },
                ...(count === 0 && unread.length === 0 ? { severity: 'low' } : {}),
            },
        ];
    }));
});
/** The role AWS Config creates for itself; Config.1 requires recorders to use it. */
const SERVICE_LINKED_ROLE = /:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/;
const configRecorderNotServiceLinkedRole = (0,model/* defineRule */.Km)({
    id: 'config.recorder-not-service-linked-role',
    title: 'AWS Config recorder does not use the service-linked role',
    severity: 'low',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['config:recorder'],
    description: "A recorder of the account's own records with a role other than AWS Config's service-linked role (AWSServiceRoleForConfig). Recorders that other AWS services create for themselves, and recorders whose role is not known, are not judged. Whether the region records at all is config.recorder-not-recording.",
    risk: 'A role the account manages can lose permissions AWS Config needs (a policy change, a permissions boundary, a deleted role): recording then silently misses resources, and the configuration history has gaps nobody notices.',
    remediation: {
        text: "Point the recorder at AWS Config's service-linked role (it is created on first use and kept up to date by AWS), then delete the custom role if nothing else uses it. The CLI call replaces the recorder's settings: keep its recording group.",
        cli: 'aws configservice put-configuration-recorder --region {region} --configuration-recorder name={recorder},roleARN=arn:aws:iam::{account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group allSupported=true',
        console: 'AWS Config console (in the region) > Settings > Edit > IAM role for AWS Config > Use an existing AWS Config service-linked role',
    },
    references: {
        fsbp: ['Config.1'],
        docs: ['https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html'],
    },
    deviations: {
        'FSBP Config.1': 'Judges only the service-linked role part of Config.1 (its includeConfigServiceLinkedRoleCheck parameter, true by default); whether the region records is config.recorder-not-recording.',
    },
}, (ctx) => ctx
    .resources('config:recorder')
    .filter((r) => !r.attributes.serviceLinked && r.attributes.roleArn !== null)
    .filter((r) => !SERVICE_LINKED_ROLE.test(r.attributes.roleArn ?? ''))
    .map((r) => ({
    target: ctx.regionTarget(r.account, r.region),
    subKey: r.id,
    message: `AWS Config recorder ${r.id} in ${r.region} records with role ${r.attributes.roleArn}, not AWS Config's service-linked role AWSServiceRoleForConfig.`,
    evidence: { recorder: r.id, roleArn: r.attributes.roleArn },
    templateValues: { recorder: r.id },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/dynamodb.ts

const tableConsole = 'DynamoDB console > Tables > the table';
const dynamodb_sizeText = (bytes) => bytes >= 1e9
    ? `${(bytes / 1e9).toFixed(1)} GB`
    : bytes >= 1e6
        ? `${(bytes / 1e6).toFixed(1)} MB`
        : `${bytes} bytes`;
const tablePitrDisabled = (0,model/* defineRule */.Km)({
    id: 'dynamodb.pitr-disabled',
    title: 'DynamoDB table does not have point-in-time recovery enabled',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'dynamodb:table',
    reads: ['dynamodb:table'],
    description: 'Point-in-time recovery (continuous backups) is off for the table.',
    risk: 'A bad deploy, a buggy batch job or a mistaken delete cannot be undone: without PITR the table can only be restored from on-demand backups, if any were taken.',
    remediation: {
        text: 'Enable point-in-time recovery; it keeps a restorable state for every second of the recovery period (up to 35 days).',
        cli: 'aws dynamodb update-continuous-backups --region {region} --table-name {name} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
        console: `${tableConsole} > Backups > Point-in-time recovery > Edit`,
    },
    references: {
        fsbp: ['DynamoDB.2'],
        docs: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html'],
    },
}, (ctx) => ctx
    .resources('dynamodb:table')
    .filter((t) => ctx.known(t, 'pointInTimeRecovery') && !t.attributes.pointInTimeRecovery)
    .map((table) => {
    const size = ctx.known(table, 'itemCount', 'sizeBytes')
        ? { itemCount: table.attributes.itemCount, sizeBytes: table.attributes.sizeBytes }
        : null;
    return {
        target: table,
        message: `DynamoDB table ${table.id} has point-in-time recovery off${size ? ` (${size.itemCount} items, ${dynamodb_sizeText(size.sizeBytes)}, as DynamoDB last reported)` : ''}.`,
        evidence: { pointInTimeRecovery: false, ...size },
    };
}));
/**
 * Lowered to low when PITR is on: deleting such a table leaves a system backup that is kept for 35
 * days, so the data survives a mistaken delete (the table's availability does not).
 */
const tableDeletionProtectionDisabled = (0,model/* defineRule */.Km)({
    id: 'dynamodb.deletion-protection-disabled',
    title: 'DynamoDB table does not have deletion protection enabled',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'dynamodb:table',
    reads: ['dynamodb:table'],
    description: 'Deletion protection is off, so one DeleteTable call removes the table. Reported as low when point-in-time recovery is on, as a deleted table then leaves a 35-day system backup.',
    risk: 'A mistaken console click, script or infrastructure-as-code change deletes the table and takes the application down with it.',
    remediation: {
        text: 'Enable deletion protection; turn it off deliberately when a table really is to be deleted.',
        cli: 'aws dynamodb update-table --region {region} --table-name {name} --deletion-protection-enabled',
        console: `${tableConsole} > Additional settings > Deletion protection > Turn on`,
    },
    references: {
        fsbp: ['DynamoDB.6'],
        docs: [
            'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
        ],
    },
}, (ctx) => ctx
    .resources('dynamodb:table')
    .filter((t) => ctx.known(t, 'deletionProtection') && !t.attributes.deletionProtection)
    .map((table) => {
    const pitr = ctx.known(table, 'pointInTimeRecovery') ? table.attributes.pointInTimeRecovery : null;
    return {
        target: table,
        message: `DynamoDB table ${table.id} has deletion protection off${pitr ? '; point-in-time recovery is on, so its data would survive a deletion in a 35-day system backup' : ''}.`,
        evidence: { deletionProtection: false, pointInTimeRecovery: pitr ?? 'unknown' },
        ...(pitr ? { severity: 'low' } : {}),
    };
}));
/**
 * Flags tables on the AWS-owned key (no SSE description) and tables whose KMS encryption is being
 * or has been turned off. A table on KMS is not flagged: DescribeTable gives a key ARN, and an ARN
 * does not say whether the key is customer managed or the AWS managed aws/dynamodb key (that takes
 * a KMS DescribeKey call the scan does not make), so the rule errs toward silence.
 *
 * Off by default: the AWS-owned key is a sound default, and a customer managed key is a compliance
 * requirement for some workloads, not a gap in all of them (S3's equivalent is opt-in too).
 */
const tableNotCmkEncrypted = (0,model/* defineRule */.Km)({
    id: 'dynamodb.table-not-cmk-encrypted',
    title: 'DynamoDB table is not encrypted with a customer managed KMS key',
    severity: 'low',
    category: 'security',
    resourceType: 'dynamodb:table',
    reads: ['dynamodb:table'],
    description: 'The table is encrypted with the AWS-owned key (the default) or the AWS managed aws/dynamodb key, not a customer managed KMS key. A table whose key could not be described is not judged. Off by default: enable it where a customer managed key is required.',
    risk: 'With an AWS-owned or AWS managed key you cannot restrict decryption with your own key policy, nor revoke access to the data by disabling the key; the AWS-owned key does not even show its use in CloudTrail.',
    remediation: {
        text: 'Switch the table to a customer managed KMS key; the change runs online.',
        cli: 'aws dynamodb update-table --region {region} --table-name {name} --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY-ARN',
        console: `${tableConsole} > Additional settings > Encryption > Manage encryption`,
    },
    references: {
        docs: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
    },
    defaultEnabled: false,
}, (ctx) => ctx.resources('dynamodb:table').flatMap((table) => {
    if (!ctx.known(table, 'sse', 'kmsKeyManager'))
        return [];
    const { sse, kmsKeyManager } = table.attributes;
    const status = sse?.status?.toUpperCase() ?? null;
    const onKms = sse !== null && sse.type?.toUpperCase() === 'KMS' && status !== 'DISABLED' && status !== 'DISABLING';
    if (onKms && kmsKeyManager === 'CUSTOMER')
        return [];
    const message = sse === null
        ? `DynamoDB table ${table.id} is encrypted with the AWS-owned key, not a customer managed KMS key.`
        : onKms && kmsKeyManager === 'AWS'
            ? `DynamoDB table ${table.id} is encrypted with the AWS managed key aws/dynamodb, not a customer managed KMS key.`
            : `DynamoDB table ${table.id} is not encrypted with a customer managed KMS key (SSE type ${sse.type ?? 'not reported'}, status ${sse.status ?? 'not reported'}).`;
    return [{ target: table, message, evidence: { sse, kmsKeyManager } }];
}));

// EXTERNAL MODULE: ./src/policy/index.ts + 9 modules
var src_policy = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/rules/catalog/ecr.ts


const ecr_DOCS = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const repositoryScanOnPushOff = (0,model/* defineRule */.Km)({
    id: 'ecr.repository-scan-on-push-off',
    title: 'ECR repository images are not scanned for vulnerabilities automatically',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description: "A private repository is scanned neither on push nor continuously: no registry scanning rule matches it (basic or enhanced) and, with basic scanning, its own scan-on-push flag is off. With enhanced scanning the repository's own flag does not count, since Amazon Inspector then scans only what the registry rules match.",
    risk: 'Images with known vulnerabilities (a vulnerable OpenSSL, a compromised base image) are pushed and deployed without anyone being told.',
    remediation: {
        text: 'Add a registry scanning rule (basic scan on push, or enhanced continuous scanning with Amazon Inspector) whose filter covers the repository, or with basic scanning turn on scan on push for it.',
        cli: 'aws ecr put-image-scanning-configuration --region {region} --repository-name {name} --image-scanning-configuration scanOnPush=true',
        console: 'Amazon ECR console > Private registry > Settings > Scanning > scan filters',
    },
    references: { fsbp: ['ECR.1'], docs: [`${ecr_DOCS}/image-scanning.html`] },
}, (ctx) => ctx
    .resources('ecr:repository')
    .filter((r) => ctx.known(r, 'scanning') && r.attributes.scanning?.frequency === 'MANUAL')
    .map((repo) => ({
    target: repo,
    message: `ECR repository ${repo.id} is scanned neither on push nor continuously (registry scan type ${repo.attributes.scanning?.registryScanType ?? 'BASIC'}).`,
    evidence: { scanning: repo.attributes.scanning, scanOnPush: repo.attributes.scanOnPush },
})));
const repositoryTagsMutable = (0,model/* defineRule */.Km)({
    id: 'ecr.repository-tags-mutable',
    title: 'ECR repository lets image tags be overwritten',
    severity: 'low',
    category: 'security',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description: "A private repository's tag mutability is not IMMUTABLE (MUTABLE, or one of the *_WITH_EXCLUSION settings, which leave some tags mutable): pushing an image with an existing tag moves the tag to the new image.",
    risk: 'Whoever can push can silently replace what `v1.4.2` (or `prod`) points at: deployments pull a different image than the one reviewed and scanned, and a rollback to a tag may not roll back.',
    remediation: {
        text: 'Set tag immutability to IMMUTABLE, and deploy by immutable tags or image digests.',
        cli: 'aws ecr put-image-tag-mutability --region {region} --repository-name {name} --image-tag-mutability IMMUTABLE',
        console: 'Amazon ECR console > Repositories > the repository > Edit > Tag immutability',
    },
    references: { fsbp: ['ECR.2'], docs: [`${ecr_DOCS}/image-tag-mutability.html`] },
}, (ctx) => ctx
    .resources('ecr:repository')
    .filter((r) => ctx.known(r, 'tagMutability') &&
    r.attributes.tagMutability !== null &&
    r.attributes.tagMutability !== 'IMMUTABLE')
    .map((repo) => ({
    target: repo,
    message: `ECR repository ${repo.id} has tag mutability ${repo.attributes.tagMutability}: existing tags can be moved to other images.`,
    evidence: { tagMutability: repo.attributes.tagMutability },
})));
const repositoryNoLifecyclePolicy = (0,model/* defineRule */.Km)({
    id: 'ecr.repository-no-lifecycle-policy',
    title: 'ECR repository has no lifecycle policy',
    severity: 'low',
    category: 'cost',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description: 'A repository has no lifecycle policy: every image ever pushed is kept (and billed) until someone deletes it.',
    risk: 'Storage grows with every build (ECR bills each GB-month stored), and old images with known vulnerabilities stay available to deploy.',
    remediation: {
        text: 'Add a lifecycle policy that expires untagged images after some days and keeps the last N tagged ones; preview it first.',
        cli: `aws ecr put-lifecycle-policy --region {region} --repository-name {name} --lifecycle-policy-text '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}'`,
        console: 'Amazon ECR console > Repositories > the repository > Lifecycle Policy > Create rule',
    },
    references: { fsbp: ['ECR.3'], docs: [`${ecr_DOCS}/LifecyclePolicies.html`] },
}, (ctx) => ctx
    .resources('ecr:repository')
    .filter((r) => ctx.known(r, 'lifecyclePolicy') && !r.attributes.lifecyclePolicy)
    .map((repo) => ({
    target: repo,
    message: `ECR repository ${repo.id} has no lifecycle policy: every image pushed is kept and billed.`,
    evidence: { lifecyclePolicy: false },
})));
/** Actions that change a repository's content or settings: anyone granted one can push or destroy. */
const WRITE_ACTIONS = [
    'ecr:PutImage',
    'ecr:InitiateLayerUpload',
    'ecr:UploadLayerPart',
    'ecr:CompleteLayerUpload',
    'ecr:BatchDeleteImage',
    'ecr:DeleteRepository',
    'ecr:SetRepositoryPolicy',
    'ecr:DeleteRepositoryPolicy',
    'ecr:PutLifecyclePolicy',
    'ecr:DeleteLifecyclePolicy',
    'ecr:PutImageTagMutability',
    'ecr:PutImageScanningConfiguration',
    'ecr:TagResource',
    'ecr:UntagResource',
];
const writes = (actions) => WRITE_ACTIONS.filter((action) => actions.some((pattern) => (0,src_policy/* actionMatches */.GE)(pattern, action)));
const repositoryPolicyPublic = (0,model/* defineRule */.Km)({
    id: 'ecr.repository-policy-public',
    title: 'ECR repository policy lets anyone pull or push',
    severity: 'high',
    category: 'security',
    resourceType: 'ecr:repository',
    reads: ['ecr:repository'],
    description: 'The repository policy has an Allow statement for Principal `*` (or NotPrincipal) with no condition restricting the caller (source account, organization, VPC, IP...). Critical when it grants an action that pushes, deletes or changes the repository; high when it only lets anyone with an AWS account pull its images.',
    risk: 'Pull: anyone can download the images, and with them the code, baked-in configuration and any secret left in a layer. Push: anyone can replace images your services deploy, running their code in your account.',
    remediation: {
        text: 'Restrict the statement to the accounts or organization that need it (Principal with account ARNs, or a condition on aws:PrincipalOrgID); use ECR Public for images meant for everyone.',
        cli: 'aws ecr get-repository-policy --region {region} --repository-name {name}',
        console: 'Amazon ECR console > Repositories > the repository > Permissions > Edit policy JSON',
    },
    references: { docs: [`${ecr_DOCS}/repository-policies.html`] },
}, (ctx) => ctx
    .resources('ecr:repository')
    .filter((r) => ctx.known(r, 'policy') && (r.attributes.policy?.publicStatements.length ?? 0) > 0)
    .map((repo) => {
    const statements = repo.attributes.policy?.publicStatements ?? [];
    const granted = writes(statements.flatMap((s) => s.actions));
    return {
        target: repo,
        message: granted.length > 0
            ? `The policy of ECR repository ${repo.id} lets anyone change it (${granted.join(', ')}).`
            : `The policy of ECR repository ${repo.id} lets anyone pull its images.`,
        severity: granted.length > 0 ? 'critical' : 'high',
        evidence: { publicStatements: statements, writeActions: granted },
    };
}));

;// CONCATENATED MODULE: ./src/rules/catalog/ecs.ts

const ecs_DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
const PARAMETERS = `${ecs_DOCS}/task_definition_parameters.html`;
/** Task definitions whose containers were read (the latest ACTIVE revision of each family). */
const readDefinitions = (ctx) => ctx.resources('ecs:task-definition').filter((td) => ctx.known(td, 'containers'));
/** One finding per task definition naming the containers that fail `failing`. */
function perDefinition(ctx, failing, message, evidence) {
    return readDefinitions(ctx).flatMap((td) => {
        const containers = td.attributes.containers.filter((c) => failing(c, td));
        if (containers.length === 0)
            return [];
        const names = containers.map((c) => c.name);
        return [{ target: td, message: message(td, names), evidence: evidence(td, containers) }];
    });
}
const revisionOf = (td) => td.attributes.revision === null ? td.id : `${td.id}:${td.attributes.revision}`;
const clusterContainerInsightsOff = (0,model/* defineRule */.Km)({
    id: 'ecs.cluster-container-insights-off',
    title: 'ECS cluster does not use Container Insights',
    severity: 'low',
    category: 'reliability',
    resourceType: 'ecs:cluster',
    reads: ['ecs:cluster'],
    description: "The cluster's containerInsights setting is disabled or absent (neither enabled nor enhanced): CloudWatch collects no per-task and per-container CPU, memory, network and restart metrics for it.",
    risk: 'A task that runs out of memory, restarts in a loop or saturates its CPU shows up only as a failed deployment or an outage; there is nothing to alarm on or to look back at. Container Insights is billed as CloudWatch custom metrics and log ingestion, so weigh it on idle clusters.',
    remediation: {
        text: 'Turn on Container Insights for the cluster (enhanced observability adds per-container detail); set the account default (containerInsights account setting) so new clusters have it.',
        cli: 'aws ecs update-cluster-settings --region {region} --cluster {name} --settings name=containerInsights,value=enabled',
        console: 'Amazon ECS console > Clusters > the cluster > Update cluster > Monitoring > Container Insights',
    },
    references: {
        fsbp: ['ECS.12'],
        docs: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html'],
    },
}, (ctx) => ctx
    .resources('ecs:cluster')
    .filter((c) => ctx.known(c, 'containerInsights') &&
    c.attributes.containerInsights !== 'enabled' &&
    c.attributes.containerInsights !== 'enhanced')
    .map((cluster) => ({
    target: cluster,
    message: `ECS cluster ${cluster.id} does not use Container Insights (setting ${cluster.attributes.containerInsights ?? 'absent'}).`,
    evidence: {
        containerInsights: cluster.attributes.containerInsights,
        activeServicesCount: cluster.attributes.activeServicesCount,
        runningTasksCount: cluster.attributes.runningTasksCount,
    },
})));
const servicePublicIp = (0,model/* defineRule */.Km)({
    id: 'ecs.service-public-ip',
    title: 'ECS service assigns public IP addresses to its tasks',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:service',
    reads: ['ecs:service'],
    description: "The service's awsvpc network configuration has assignPublicIp ENABLED: every task it starts gets a public IPv4 address on its network interface.",
    risk: 'Each task is reachable from the internet wherever its security groups allow it, one rule change away from exposing the container directly, bypassing any load balancer or WAF in front of the service. Public IPv4 addresses are also billed per hour.',
    remediation: {
        text: 'Run the tasks in private subnets with assignPublicIp DISABLED, reaching the internet through a NAT gateway or VPC endpoints (ECR, Logs, Secrets Manager), and publish the service through a load balancer.',
        console: 'Amazon ECS console > Clusters > the cluster > Services > the service > Update > Networking > Public IP',
    },
    references: { fsbp: ['ECS.2'], docs: [`${ecs_DOCS}/fargate-task-networking.html`] },
}, (ctx) => ctx
    .resources('ecs:service')
    .filter((s) => ctx.known(s, 'assignPublicIp') && s.attributes.assignPublicIp === 'ENABLED')
    .map((service) => ({
    target: service,
    message: `ECS service ${service.id} assigns a public IP address to each of its tasks.`,
    evidence: {
        assignPublicIp: service.attributes.assignPublicIp,
        subnets: service.attributes.subnets,
        securityGroups: service.attributes.securityGroups,
        desiredCount: service.attributes.desiredCount,
    },
})));
const taskSetPublicIp = (0,model/* defineRule */.Km)({
    id: 'ecs.task-set-public-ip',
    title: 'ECS task set assigns public IP addresses to its tasks',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-set',
    reads: ['ecs:task-set'],
    description: "A task set (of a service deployed by CodeDeploy blue/green or an external controller) has assignPublicIp ENABLED in its own network configuration: every task it starts gets a public IPv4 address. The service's own setting is ecs.service-public-ip.",
    risk: 'As for services: every task of the set is reachable from the internet wherever its security groups allow it, and during a blue/green deployment the replacement set can differ from the service it replaces.',
    remediation: {
        text: 'Create the task sets (or the CodeDeploy deployment group and AppSpec) with assignPublicIp DISABLED, in private subnets behind a load balancer.',
        console: 'Amazon ECS console > Clusters > the cluster > Services > the service > Deployments',
    },
    references: { fsbp: ['ECS.16'], docs: [`${ecs_DOCS}/deployment-type-external.html`] },
}, (ctx) => ctx
    .resources('ecs:task-set')
    .filter((set) => ctx.known(set, 'assignPublicIp') && set.attributes.assignPublicIp === 'ENABLED')
    .map((set) => ({
    target: set,
    message: `Task set ${set.name ?? set.id} of ECS service ${set.attributes.service} assigns a public IP address to each of its tasks.`,
    evidence: { status: set.attributes.status, assignPublicIp: set.attributes.assignPublicIp },
})));
/** FSBP ECS.10's parameters: latestLinuxVersion 1.4.0, latestWindowsVersion 1.0.0 (not customizable). */
const LATEST_FARGATE_LINUX = '1.4.0';
const LATEST_FARGATE_WINDOWS = '1.0.0';
const onFargate = (s) => s.attributes.launchType === 'FARGATE' ||
    (s.attributes.launchType === null &&
        s.attributes.capacityProviders.length > 0 &&
        s.attributes.capacityProviders.every((p) => p === 'FARGATE' || p === 'FARGATE_SPOT'));
const serviceFargatePlatformOutdated = (0,model/* defineRule */.Km)({
    id: 'ecs.service-fargate-platform-outdated',
    title: 'ECS Fargate service runs on an old Fargate platform version',
    severity: 'low',
    category: 'security',
    resourceType: 'ecs:service',
    reads: ['ecs:service'],
    description: `A service on Fargate (the FARGATE launch type, or a strategy of FARGATE and FARGATE_SPOT only) pins a platform version other than LATEST and older than FSBP ECS.10's latest: ${LATEST_FARGATE_LINUX} for Linux, ${LATEST_FARGATE_WINDOWS} for Windows.`,
    risk: 'Older platform versions lack kernel and runtime features and fixes (1.3.0 and before: no ephemeral storage encryption settings, no EFS, older kernel); AWS patches every version for security issues, but features and retirement notices follow the latest.',
    remediation: {
        text: 'Set the platform version to LATEST (or the latest version) and redeploy the service.',
        cli: 'aws ecs update-service --region {region} --cluster {cluster} --service {name} --platform-version LATEST --force-new-deployment',
        console: 'Amazon ECS console > Clusters > the cluster > Services > the service > Update > Platform version',
    },
    references: { fsbp: ['ECS.10'], docs: [`${ecs_DOCS}/platform-fargate.html`] },
    deviations: {
        'FSBP ECS.10': 'A service without a launch type whose capacity provider strategy is FARGATE and FARGATE_SPOT only is judged as a Fargate service too; a service that pins no version (LATEST) passes.',
    },
}, (ctx) => ctx
    .resources('ecs:service')
    .filter((s) => ctx.known(s, 'platformVersion') && onFargate(s))
    .flatMap((service) => {
    const version = service.attributes.platformVersion;
    if (version === null || version === 'LATEST')
        return [];
    const windows = /windows/i.test(service.attributes.platformFamily ?? '');
    const latest = windows ? LATEST_FARGATE_WINDOWS : LATEST_FARGATE_LINUX;
    if (version === latest)
        return [];
    return [
        {
            target: service,
            message: `ECS service ${service.id} runs on Fargate platform version ${version}, not the latest (${latest}).`,
            evidence: { platformVersion: version, platformFamily: service.attributes.platformFamily, latest },
            templateValues: { cluster: service.attributes.clusterName },
        },
    ];
}));
const taskDefinitionHostPid = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-host-pid',
    title: "ECS task definition shares the host's process namespace",
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: "The latest ACTIVE revision of the family sets pidMode host: its containers see, and with enough privilege signal or trace, every process on the container instance, other tasks' included.",
    risk: 'A compromised container can read other processes’ environment and memory and kill or manipulate them, including the ECS agent, turning one container into the whole instance.',
    remediation: {
        text: 'Register a new revision without pidMode (or pidMode task, to share between the task’s own containers) and move the services to it.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > PID mode',
    },
    references: { fsbp: ['ECS.3'], docs: [`${PARAMETERS}#task_definition_pidmode`] },
}, (ctx) => ctx
    .resources('ecs:task-definition')
    .filter((td) => ctx.known(td, 'pidMode') && td.attributes.pidMode === 'host')
    .map((td) => ({
    target: td,
    message: `ECS task definition ${revisionOf(td)} shares the host's process namespace (pidMode host).`,
    evidence: { revision: td.attributes.revision, pidMode: 'host' },
})));
const taskDefinitionPrivileged = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-privileged',
    title: 'ECS task definition runs privileged containers',
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: 'A container of the latest ACTIVE revision of the family sets privileged true: it runs with every Linux capability and access to the host’s devices (EC2 launch type; Fargate refuses it). One finding per task definition, naming its privileged containers.',
    risk: 'A privileged container is root on the container instance in all but name: a compromise (or a malicious image) can mount the host’s disks, load kernel modules and take over every task on the instance and its instance role.',
    remediation: {
        text: 'Register a new revision without privileged; grant only the Linux capabilities the container needs (linuxParameters.capabilities.add) and move the services to it.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > the container > Privileged',
    },
    references: { fsbp: ['ECS.4'], docs: [`${PARAMETERS}#container_definition_security`] },
}, (ctx) => perDefinition(ctx, (c) => c.privileged === true, (td, names) => `ECS task definition ${revisionOf(td)} runs privileged containers: ${names.join(', ')}.`, (td, containers) => ({
    revision: td.attributes.revision,
    privilegedContainers: containers.map((c) => c.name),
})));
const taskDefinitionWritableRootFilesystem = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-writable-root-filesystem',
    title: 'ECS task definition containers can write to their root filesystem',
    severity: 'low',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: 'A container of the latest ACTIVE revision of the family has readonlyRootFilesystem false or left out, as FSBP ECS.5 fails it. One finding per task definition, naming those containers. Windows containers do not support the parameter, so Windows task definitions always fail it, as they fail ECS.5: suppress them if that is noise.',
    risk: 'An attacker who gets code execution in the container can drop tools, modify binaries or configuration and persist for the life of the task; a read-only root filesystem confines writes to the volumes you mount.',
    remediation: {
        text: 'Set readonlyRootFilesystem true for each container and mount a volume (or a bind mount of ephemeral storage) for the paths it must write (/tmp, caches), then move the services to the new revision.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > the container > Read only root file system',
    },
    references: { fsbp: ['ECS.5'], docs: [`${PARAMETERS}#container_definition_security`] },
}, (ctx) => perDefinition(ctx, (c) => c.readonlyRootFilesystem !== true, (td, names) => `Containers of ECS task definition ${revisionOf(td)} can write to their root filesystem: ${names.join(', ')}.`, (td, containers) => ({
    revision: td.attributes.revision,
    writableContainers: containers.map((c) => c.name),
})));
const taskDefinitionNoLogConfiguration = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-no-log-configuration',
    title: 'ECS task definition has containers without a log configuration',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: 'A container of the latest ACTIVE revision of the family has no logConfiguration or no logDriver in it. One finding per task definition, naming those containers. A logging solution outside the task definition (a daemon on the instances) is not seen.',
    risk: 'What the container writes to stdout and stderr is lost (Fargate) or kept only on the instance by the Docker default: no trace of errors or of an intrusion once the task is gone.',
    remediation: {
        text: 'Give every container a logConfiguration (awslogs to CloudWatch Logs, or awsfirelens) and move the services to the new revision.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > the container > Log collection',
    },
    references: { fsbp: ['ECS.9'], docs: [`${ecs_DOCS}/using_awslogs.html`] },
}, (ctx) => perDefinition(ctx, (c) => c.logDriver === null, (td, names) => `Containers of ECS task definition ${revisionOf(td)} have no log configuration: ${names.join(', ')}.`, (td, containers) => ({
    revision: td.attributes.revision,
    containersWithoutLogs: containers.map((c) => c.name),
})));
/** FSBP ECS.8's secretKeys (not customizable): variables that must not be set in `environment`. */
const ECS8_SECRET_KEYS = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'ECS_ENGINE_AUTH_DATA',
];
const isEcs8Key = (name) => ECS8_SECRET_KEYS.includes(name);
const taskDefinitionCredentialsInEnvironment = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-credentials-in-environment',
    title: 'ECS task definition passes AWS or registry credentials as plain environment variables',
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: `A container of the latest ACTIVE revision of the family sets one of FSBP ECS.8's keys (${ECS8_SECRET_KEYS.join(', ')}) in its plain environment, whatever the value. One finding per variable; values are never read into the inventory. Variables from environment files in S3 are not seen.`,
    risk: 'Long-lived access keys (or registry credentials) in a task definition are readable by anyone with ecs:DescribeTaskDefinition, stay in every older revision, and show in the console and in infrastructure code; the task role makes them unnecessary.',
    remediation: {
        text: 'Rotate the keys first (assume they are exposed), give the task a task role instead of access keys, and put any other secret in Secrets Manager or SSM Parameter Store referenced from the container’s secrets; register a new revision and deregister the old ones.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > the container > Environment variables',
    },
    references: { fsbp: ['ECS.8'], docs: [`${ecs_DOCS}/specifying-sensitive-data.html`] },
}, (ctx) => readDefinitions(ctx).flatMap((td) => td.attributes.containers.flatMap((container) => container.environmentVariableNames.filter(isEcs8Key).map((variable) => ({
    target: td,
    subKey: `${container.name}/${variable}`,
    message: `Container ${container.name} of ECS task definition ${revisionOf(td)} sets ${variable} as a plain environment variable.`,
    evidence: { revision: td.attributes.revision, container: container.name, variable },
})))));
const taskDefinitionSecretInEnvironment = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-secret-in-environment',
    title: 'ECS task definition has a plaintext secret in a container environment variable',
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: "A container environment variable of the latest ACTIVE revision of the family holds what looks like a secret, detected as for Lambda environment variables: a known key format (AWS access key, Stripe live key, GitHub or Slack token, private key, JWT, credentials in a URL) or a long random value under a secret-like name. Variables named by FSBP ECS.8's keys are reported by ecs.task-definition-credentials-in-environment instead. One finding per variable; the value never leaves the scan.",
    risk: 'The secret is readable by anyone with ecs:DescribeTaskDefinition, stays in every older revision (deregistered ones included) and shows in the console and in infrastructure code.',
    remediation: {
        text: 'Rotate the secret first (assume it is exposed), store it in Secrets Manager or SSM Parameter Store (SecureString) and reference it from the container’s secrets (valueFrom); register a new revision and deregister the old ones.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > the container > Environment variables',
    },
    references: { docs: [`${ecs_DOCS}/specifying-sensitive-data.html`] },
}, (ctx) => readDefinitions(ctx).flatMap((td) => td.attributes.containers.flatMap((container) => container.secretsInEnvironment
    .filter((secret) => !isEcs8Key(secret.variable))
    .map((secret) => ({
    target: td,
    subKey: `${container.name}/${secret.variable}`,
    message: `Environment variable ${secret.variable} of container ${container.name} in ECS task definition ${revisionOf(td)} holds a plaintext secret (${secret.kind}).`,
    evidence: {
        revision: td.attributes.revision,
        container: container.name,
        variable: secret.variable,
        kind: secret.kind,
    },
})))));
const isWindows = (td) => /^WINDOWS/i.test(td.attributes.operatingSystemFamily ?? '');
/** `root`, `0`, `root:group`, `0:0`: the user part names root. */
const isRootUser = (user) => ['root', '0'].includes(user.split(':')[0]?.trim().toLowerCase() ?? '');
const isWindowsAdmin = (user) => /^(?:containeradministrator|administrator)$/i.test(user.trim());
const taskDefinitionRootUser = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-root-user',
    title: 'ECS task definition runs containers as root or administrator',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: "A container of the latest ACTIVE revision of the family sets no user, or root (root, 0, root:group) on Linux (FSBP ECS.20), or the default administrator (ContainerAdministrator) or none on Windows (FSBP ECS.21). A task definition without runtimePlatform is taken as Linux. High when the task also uses host network mode: a root container then shares the instance's network stack (the concern of the retired ECS.1). One finding per task definition, naming those containers.",
    risk: 'Root in the container turns any escape (a kernel or runtime flaw, a writable host mount) into root on the instance, and lets a compromised process change anything in its filesystem; with host networking it can also bind the instance’s ports and reach its metadata endpoint and loopback services.',
    remediation: {
        text: 'Set user to a non-root UID (Linux) or a non-administrator account (Windows, ContainerUser) for each container, building the image to run as that user, and move the services to the new revision.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > the container > User',
    },
    references: { fsbp: ['ECS.20', 'ECS.21'], docs: [`${PARAMETERS}#container_definition_security`] },
}, (ctx) => readDefinitions(ctx).flatMap((td) => {
    const windows = isWindows(td);
    const failing = td.attributes.containers.filter((c) => c.user === null ? true : windows ? isWindowsAdmin(c.user) : isRootUser(c.user));
    if (failing.length === 0)
        return [];
    const hostNetwork = td.attributes.networkMode === 'host';
    const who = windows ? 'as the default administrator' : 'as root';
    return [
        {
            target: td,
            message: `Containers of ECS task definition ${revisionOf(td)} run ${who}${hostNetwork ? ' with host networking' : ''}: ${failing.map((c) => c.name).join(', ')}.`,
            severity: hostNetwork ? 'high' : 'medium',
            evidence: {
                revision: td.attributes.revision,
                operatingSystemFamily: td.attributes.operatingSystemFamily,
                networkMode: td.attributes.networkMode,
                containers: failing.map((c) => ({ name: c.name, user: c.user })),
            },
            references: { fsbp: [windows ? 'ECS.21' : 'ECS.20'] },
        },
    ];
}));
const taskDefinitionEfsTransitUnencrypted = (0,model/* defineRule */.Km)({
    id: 'ecs.task-definition-efs-transit-unencrypted',
    title: 'ECS task definition mounts EFS volumes without encryption in transit',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: 'An EFS volume of the latest ACTIVE revision of the family has transitEncryption DISABLED or left out (disabled): NFS traffic between the task and the file system is not encrypted with TLS. One finding per task definition, naming those volumes.',
    risk: 'File contents cross the VPC in clear text, readable by anything that can capture the traffic, and file system policies that require aws:SecureTransport refuse the mount.',
    remediation: {
        text: 'Set transitEncryption ENABLED on each EFS volume configuration (with IAM authorization and an access point where useful) and move the services to the new revision.',
        console: 'Amazon ECS console > Task definitions > the family > Create new revision > Storage > the EFS volume > Transit encryption',
    },
    references: { fsbp: ['ECS.18'], docs: [`${ecs_DOCS}/efs-volumes.html`] },
}, (ctx) => ctx
    .resources('ecs:task-definition')
    .filter((td) => ctx.known(td, 'efsVolumes'))
    .flatMap((td) => {
    const volumes = td.attributes.efsVolumes.filter((v) => v.transitEncryption !== 'ENABLED');
    if (volumes.length === 0)
        return [];
    return [
        {
            target: td,
            message: `ECS task definition ${revisionOf(td)} mounts EFS volumes without encryption in transit: ${volumes.map((v) => v.name).join(', ')}.`,
            evidence: { revision: td.attributes.revision, volumes },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/prices/eks.ts

/**
 * Amazon EKS's control plane price per cluster-hour, as data: $0.10 while the cluster's Kubernetes
 * version is in standard support, $0.60 in extended support (since the April 2024 billing cycle).
 * AWS lists one price for the commercial regions. Update the values and the date together.
 */
const EKS_PRICES = {
    standardClusterHour: 0.1,
    extendedClusterHour: 0.6,
    source: 'https://aws.amazon.com/eks/pricing/',
    asOf: '2026-12-06',
};
const quote = (item, usd, region) => ({
    item,
    usd,
    unit: 'cluster-hour',
    region,
    fallback: false,
    source: `Amazon EKS pricing (${EKS_PRICES.source})`,
    asOf: EKS_PRICES.asOf,
});
/** The extended support surcharge over the standard price, a month (730 hours). */
function extendedSupportSurcharge(region, avoidable) {
    const { standardClusterHour, extendedClusterHour } = EKS_PRICES;
    const hourly = extendedClusterHour - standardClusterHour;
    return {
        monthlyUsd: (0,table/* cents */.wH)(hourly * table/* HOURS_PER_MONTH */.x4),
        basis: `${table/* HOURS_PER_MONTH */.x4} hours x ($${extendedClusterHour} extended - $${standardClusterHour} standard) per cluster-hour`,
        prices: [
            quote('eks.cluster.extended-support', extendedClusterHour, region),
            quote('eks.cluster.standard-support', standardClusterHour, region),
        ],
        avoidable,
    };
}

;// CONCATENATED MODULE: ./src/rules/data/eks-version-support.ts
/**
 * The EKS support window of each Kubernetes minor version, as data: standard support for 14 months
 * after its EKS release, then extended support (billed $0.60 instead of $0.10 per cluster-hour) for
 * 12 more; after that the version is unsupported and AWS upgrades the control plane itself. Update an
 * entry and `EKS_VERSION_SUPPORT_AS_OF` together when AWS publishes a version.
 *
 * The dates are those of AWS's Amazon EKS Kubernetes release calendar (`source`), as copied by
 * endoflife.date (amazon-eks) and AWS's own aws-samples EKS review skill (verified 2026-04-24),
 * which agree. 1.36 is left out: its dates were not confirmed on the as-of day (not judged).
 * Every version older than the oldest listed left extended support before it did.
 *
 * Data only: ../eks-version-support.ts judges what the dates mean on a given day.
 */
/** The day this table was last checked against its sources. */
const EKS_VERSION_SUPPORT_AS_OF = '2026-12-06';
const CALENDAR = 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar';
const entry = (endOfStandardSupport, endOfExtendedSupport) => ({
    endOfStandardSupport,
    endOfExtendedSupport,
    source: CALENDAR,
});
/** Kubernetes minor version (as DescribeCluster names it) -> its EKS support dates. */
const EKS_VERSION_SUPPORT = {
    '1.29': entry('2025-03-23', '2026-03-23'),
    '1.30': entry('2025-07-23', '2026-07-23'),
    '1.31': entry('2025-11-26', '2026-11-26'),
    '1.32': entry('2026-03-23', '2027-03-23'),
    '1.33': entry('2026-07-29', '2027-07-29'),
    '1.34': entry('2026-12-02', '2027-12-02'),
    '1.35': entry('2027-03-27', '2028-03-27'),
};

;// CONCATENATED MODULE: ./src/rules/data/lambda-runtimes.ts
/**
 * Lambda managed runtimes and the dates of their end of support, as data: AWS moves these dates
 * (it extended nodejs18.x, python3.9 and the update block of several retired runtimes in 2025), so
 * update an entry and `LAMBDA_RUNTIMES_AS_OF` together when the AWS table changes.
 *
 * Source: the AWS Lambda runtime table, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 * (supported and deprecated runtimes), cross-checked with the copies kept by endoflife.date
 * (products/aws-lambda.md: `eoas` = deprecation, `eol` = block function update) and
 * tflint-ruleset-aws (rules/aws_lambda_function_deprecated_runtime.go, deprecation dates).
 *
 * Dates are UTC calendar days (AWS starts each phase at midnight, Pacific time). `null` means AWS
 * announced no date, or the announced date was superseded and the new one is not verified here: a
 * rule then never claims that the phase has started.
 *
 * Data only: what the dates mean on a given day is judged in ../lambda-runtime-support.ts.
 */
/** The day this table was last checked against the sources above. */
const LAMBDA_RUNTIMES_AS_OF = '2026-11-25';
const dates = (deprecation, blockCreate, blockUpdate) => ({
    deprecation,
    blockCreate,
    blockUpdate,
});
/** The built-in table. A runtime that is not here is reported as unknown, never guessed. */
const LAMBDA_RUNTIMES = {
    // Node.js
    'nodejs24.x': dates('2028-04-30', null, '2028-07-01'),
    'nodejs22.x': dates('2027-04-30', '2027-06-01', '2027-07-01'),
    'nodejs20.x': dates('2026-04-30', '2026-08-31', '2026-09-30'),
    // The update block moved from 2025-11-01 to 2026-03-09.
    'nodejs18.x': dates('2025-09-01', null, '2026-03-09'),
    // Update blocks of these were extended past 2025-11-01; the new dates are not verified.
    'nodejs16.x': dates('2024-06-12', null, null),
    'nodejs14.x': dates('2023-12-04', null, null),
    'nodejs12.x': dates('2023-03-31', null, '2023-04-30'),
    'nodejs10.x': dates('2021-07-30', null, '2022-02-14'),
    // Python
    'python3.14': dates('2029-06-30', null, '2029-08-31'),
    'python3.13': dates('2029-06-30', null, '2029-08-31'),
    'python3.12': dates('2028-10-31', null, '2029-01-10'),
    'python3.11': dates('2026-06-30', null, '2026-08-31'),
    'python3.10': dates('2026-06-30', null, '2026-08-31'),
    // Deprecation moved from 2025-10-31 to 2025-12-15; the block dates moved with it, unverified.
    'python3.9': dates('2025-12-15', null, null),
    'python3.8': dates('2024-10-14', null, null),
    'python3.7': dates('2023-12-04', null, null),
    'python3.6': dates('2022-07-18', null, '2022-08-29'),
    'python2.7': dates('2021-07-15', null, '2022-05-30'),
    // Java
    java25: dates('2029-06-30', null, '2029-08-31'),
    java21: dates('2029-06-30', null, '2029-08-31'),
    java17: dates('2026-06-30', null, '2026-08-31'),
    java11: dates('2026-06-30', null, '2026-08-31'),
    'java8.al2': dates('2026-06-30', null, '2026-08-31'),
    java8: dates('2024-01-08', null, null),
    // .NET
    dotnet10: dates('2028-11-14', null, '2029-01-15'),
    dotnet8: dates('2026-11-10', null, '2027-01-11'),
    dotnet6: dates('2024-12-20', null, null),
    'dotnetcore3.1': dates('2023-04-03', null, '2023-05-03'),
    // Ruby
    'ruby3.4': dates('2028-03-31', null, '2028-05-31'),
    'ruby3.3': dates('2027-03-31', null, '2027-05-31'),
    'ruby3.2': dates('2026-03-31', null, '2026-05-31'),
    'ruby2.7': dates('2023-12-07', null, null),
    // OS-only runtimes
    'provided.al2023': dates('2029-06-30', null, '2029-08-31'),
    'provided.al2': dates('2026-06-30', null, '2026-08-31'),
    provided: dates('2024-01-08', null, null),
    'go1.x': dates('2024-01-08', null, null),
};

;// CONCATENATED MODULE: ./src/rules/lambda-runtime-support.ts
/**
 * Where a Lambda runtime is in its end of support, and what to move to, judged from a runtime table.
 * The table is a parameter, the built-in one (data/lambda-runtimes.ts) by default, so a table
 * extended from elsewhere is judged the same way.
 */

const DAY_MS = 86_400_000;
const startOf = (day) => Date.parse(`${day}T00:00:00Z`);
/** The runtime's dates; undefined when the table does not list it (never an inherited key). */
function runtimeDates(runtime, table = LAMBDA_RUNTIMES) {
    return Object.hasOwn(table, runtime) ? table[runtime] : undefined;
}
/** Whole days from now until the day starts (negative once it has started). */
function daysUntil(day, now) {
    return Math.ceil((startOf(day) - now.getTime()) / DAY_MS);
}
/**
 * Where a runtime is in its end of support on `now`: `approaching` within `warningDays` of the
 * deprecation, `deprecated` from the deprecation day, `update-blocked` from the update block.
 */
function runtimePhase(dates, now, warningDays) {
    const time = now.getTime();
    if (dates.blockUpdate !== null && time >= startOf(dates.blockUpdate))
        return 'update-blocked';
    if (time >= startOf(dates.deprecation))
        return 'deprecated';
    if (warningDays > 0 && daysUntil(dates.deprecation, now) <= warningDays)
        return 'approaching';
    return 'supported';
}
/** `nodejs18.x` -> `nodejs`, `python3.9` -> `python`, `java8.al2` -> `java`, `dotnetcore3.1` -> `dotnet`. */
const familyOf = (runtime) => {
    const family = /^[a-z]+/.exec(runtime)?.[0] ?? runtime;
    return family === 'dotnetcore' ? 'dotnet' : family;
};
/**
 * The runtime of the same family supported longest (the latest deprecation date among those still
 * supported on `now`), as the one to move to; null when the family has none (go1.x moves to provided.al2023).
 */
function successorOf(runtime, now, warningDays, table = LAMBDA_RUNTIMES) {
    const family = runtime === 'go1.x' ? 'provided' : familyOf(runtime);
    const candidates = Object.entries(table)
        .filter(([name, d]) => familyOf(name) === family && runtimePhase(d, now, warningDays) === 'supported')
        .sort(([a, x], [b, y]) => y.deprecation.localeCompare(x.deprecation) || b.localeCompare(a));
    return candidates[0]?.[0] ?? null;
}

;// CONCATENATED MODULE: ./src/rules/eks-version-support.ts
/**
 * Where an EKS cluster's Kubernetes version is in its support window, judged from the dated table
 * in data/eks-version-support.ts (passed in, so a test or a newer table is judged the same way).
 */


/** `1.29` -> [1, 29]; null when not a minor version. */
const parse = (version) => {
    const match = /^(\d+)\.(\d+)$/.exec(version);
    return match ? [Number(match[1]), Number(match[2])] : null;
};
const compare = (a, b) => a[0] - b[0] || a[1] - b[1];
/**
 * The phase of `version` on `now`: `standard-ending-soon` within `warningDays` of the end of
 * standard support; undefined when the version is neither listed nor older than every listed one.
 */
function kubernetesSupport(version, now, warningDays, table = EKS_VERSION_SUPPORT) {
    const dates = Object.hasOwn(table, version) ? table[version] : undefined;
    if (dates) {
        if (daysUntil(dates.endOfExtendedSupport, now) < 0)
            return { phase: 'unsupported', dates, olderThan: null };
        const days = daysUntil(dates.endOfStandardSupport, now);
        if (days < 0)
            return { phase: 'extended', dates, olderThan: null };
        return { phase: days <= warningDays ? 'standard-ending-soon' : 'standard', dates, olderThan: null };
    }
    const parsed = parse(version);
    const listed = Object.keys(table)
        .map((v) => [v, parse(v)])
        .filter((pair) => pair[1] !== null)
        .sort((a, b) => compare(a[1], b[1]));
    const oldest = listed[0];
    if (!parsed || !oldest || compare(parsed, oldest[1]) >= 0)
        return undefined;
    return { phase: 'unsupported', dates: null, olderThan: oldest[0] };
}

;// CONCATENATED MODULE: ./src/rules/catalog/eks.ts





const eks_DOCS = 'https://docs.aws.amazon.com/eks/latest/userguide';
const CONSOLE = 'Amazon EKS console > Clusters > the cluster';
/** Ends of standard support this close are reported (low) ahead of the surcharge or forced upgrade. */
const EKS_SUPPORT_WARNING_DAYS = 90;
const OPEN = new Set(['0.0.0.0/0', '::/0']);
const endpointPublic = (0,model/* defineRule */.Km)({
    id: 'eks.endpoint-public',
    title: 'EKS cluster API endpoint is publicly accessible',
    severity: 'high',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description: "The cluster's Kubernetes API server endpoint has public access on (endpointPublicAccess). FSBP EKS.1 fails any public endpoint, whatever its CIDR restriction. High when it accepts any address (0.0.0.0/0, AWS's default, or no list stated), medium when publicAccessCidrs restricts it.",
    risk: 'The API server is reachable from the internet: a leaked kubeconfig token or IAM credential, or a Kubernetes API vulnerability, is exploitable from anywhere, and the endpoint is open to scanning and brute force.',
    remediation: {
        text: 'Turn on private endpoint access and turn public access off, reaching the API from the VPC (VPN, bastion, CI runners inside it). Where public access must stay, restrict publicAccessCidrs to known addresses.',
        cli: 'aws eks update-cluster-config --region {region} --name {name} --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
        console: `${CONSOLE} > Networking > Manage endpoint access`,
    },
    references: { fsbp: ['EKS.1'], docs: [`${eks_DOCS}/cluster-endpoint.html`] },
}, (ctx) => ctx
    .resources('eks:cluster')
    .filter((c) => ctx.known(c, 'endpointPublicAccess') && c.attributes.endpointPublicAccess === true)
    .map((cluster) => {
    const cidrs = cluster.attributes.publicAccessCidrs;
    const open = cidrs.length === 0 || cidrs.some((cidr) => OPEN.has(cidr));
    return {
        target: cluster,
        message: open
            ? `EKS cluster ${cluster.id}'s API endpoint is public and accepts any address.`
            : `EKS cluster ${cluster.id}'s API endpoint is public, restricted to ${cidrs.join(', ')}.`,
        severity: open ? 'high' : 'medium',
        evidence: {
            endpointPublicAccess: true,
            publicAccessCidrs: cidrs,
            endpointPrivateAccess: cluster.attributes.endpointPrivateAccess,
        },
    };
}));
/** The cluster's support judgement; undefined when its version is unknown or not in the table. */
function support(ctx, cluster) {
    const version = cluster.attributes.version;
    if (!ctx.known(cluster, 'version') || version === null)
        return undefined;
    return kubernetesSupport(version, ctx.now, EKS_SUPPORT_WARNING_DAYS);
}
const versionEvidence = (cluster, judged) => ({
    version: cluster.attributes.version,
    platformVersion: cluster.attributes.platformVersion,
    phase: judged.phase,
    endOfStandardSupport: judged.dates?.endOfStandardSupport ?? null,
    endOfExtendedSupport: judged.dates?.endOfExtendedSupport ?? null,
    supportType: cluster.attributes.supportType,
    source: judged.dates?.source ?? null,
    supportTableAsOf: EKS_VERSION_SUPPORT_AS_OF,
});
const versionPastStandardSupport = (0,model/* defineRule */.Km)({
    id: 'eks.version-past-standard-support',
    title: 'EKS cluster runs a Kubernetes version past EKS standard support',
    severity: 'high',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description: "The cluster's Kubernetes version is past the end of EKS standard support: in extended support (12 more months, billed extra: eks.version-extended-support prices it) or past that too (unsupported). FSBP EKS.2 fails both. From a dated table of the EKS release calendar kept as data (src/rules/data/eks-version-support.ts); a version newer than every listed one is not judged.",
    risk: 'Extended support gets only critical control plane patches; past it there are none, and AWS upgrades the cluster to the oldest supported version on its own schedule: an unplanned upgrade that can break workloads relying on removed APIs.',
    remediation: {
        text: 'Upgrade the control plane one minor version at a time to a version in standard support (check deprecated APIs with EKS upgrade insights first), then the node groups and add-ons.',
        cli: 'aws eks update-cluster-version --region {region} --name {name} --kubernetes-version NEXT_MINOR_VERSION',
        console: `${CONSOLE} > Upgrade now`,
    },
    references: {
        fsbp: ['EKS.2'],
        docs: [`${eks_DOCS}/kubernetes-versions.html`, `${eks_DOCS}/update-cluster.html`],
    },
    deviations: {
        'FSBP EKS.2': "Judged from the EKS release calendar's dates on the day of the scan. Security Hub compares the version with a fixed oldestVersionSupported parameter (1.33 in its documentation of 2026-09), which can lag behind the calendar: a version that just left standard support can fail here before it fails in Security Hub.",
    },
}, (ctx) => ctx.resources('eks:cluster').flatMap((cluster) => {
    const judged = support(ctx, cluster);
    if (judged?.phase !== 'unsupported' && judged?.phase !== 'extended')
        return [];
    const version = cluster.attributes.version ?? '?';
    const when = judged.phase === 'extended'
        ? `in extended support since the end of standard support on ${judged.dates?.endOfStandardSupport ?? '?'}`
        : judged.dates
            ? `whose EKS extended support ended on ${judged.dates.endOfExtendedSupport}`
            : `older than ${judged.olderThan ?? '?'}, whose EKS support has ended`;
    return [
        {
            target: cluster,
            message: `EKS cluster ${cluster.id} runs Kubernetes ${version}, ${when}.`,
            evidence: versionEvidence(cluster, judged),
        },
    ];
}));
const versionExtendedSupport = (0,model/* defineRule */.Km)({
    id: 'eks.version-extended-support',
    title: 'EKS cluster pays the extended support surcharge (or is about to)',
    severity: 'medium',
    category: 'cost',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description: "The cluster's Kubernetes version is past the end of EKS standard support and in extended support, billed $0.60 instead of $0.10 per cluster-hour (about $365 more a month), unless its upgrade policy is STANDARD (AWS then upgrades it instead). Low within 90 days before the end of standard support. From a dated table kept as data (src/rules/data/eks-version-support.ts).",
    risk: 'Six times the control plane price for the same cluster, for a version that gets only critical patches and is upgraded by AWS at the end of extended support anyway.',
    remediation: {
        text: 'Upgrade the control plane to a version in standard support (one minor version at a time), then node groups and add-ons. To never pay the surcharge, set the upgrade policy to STANDARD: AWS then upgrades the cluster at the end of standard support.',
        cli: 'aws eks update-cluster-version --region {region} --name {name} --kubernetes-version NEXT_MINOR_VERSION',
        console: `${CONSOLE} > Upgrade now`,
    },
    references: {
        docs: [
            'https://aws.amazon.com/eks/pricing/',
            `${eks_DOCS}/kubernetes-versions.html`,
            `${eks_DOCS}/extended-support-control.html`,
        ],
    },
}, (ctx) => ctx.resources('eks:cluster').flatMap((cluster) => {
    const judged = support(ctx, cluster);
    if (!judged?.dates)
        return [];
    // AWS's default policy is EXTENDED; only STANDARD avoids the surcharge (by a forced upgrade).
    const standardPolicy = ctx.known(cluster, 'supportType') && cluster.attributes.supportType === 'STANDARD';
    const evidence = versionEvidence(cluster, judged);
    const { endOfStandardSupport } = judged.dates;
    const version = cluster.attributes.version ?? '?';
    if (judged.phase === 'standard-ending-soon') {
        const days = daysUntil(endOfStandardSupport, ctx.now);
        const then = standardPolicy
            ? 'then AWS upgrades it (upgrade policy STANDARD)'
            : 'then extended support costs about $365 more a month';
        return [
            {
                target: cluster,
                message: `EKS cluster ${cluster.id}: standard support for Kubernetes ${version} ends on ${endOfStandardSupport} (in ${days} days); ${then}.`,
                severity: 'low',
                evidence: { ...evidence, daysUntilEnd: days },
            },
        ];
    }
    if (judged.phase !== 'extended' || standardPolicy)
        return [];
    return [
        {
            target: cluster,
            message: `EKS cluster ${cluster.id} runs Kubernetes ${version}, in extended support since ${endOfStandardSupport}: billed $0.60 instead of $0.10 per cluster-hour.`,
            evidence,
            cost: extendedSupportSurcharge(cluster.region, true),
        },
    ];
}));
const secretsNotEncrypted = (0,model/* defineRule */.Km)({
    id: 'eks.secrets-not-encrypted',
    title: 'EKS cluster does not encrypt Kubernetes secrets with a KMS key',
    severity: 'medium',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description: "The cluster has no encryptionConfig for the resource 'secrets': Kubernetes secrets are not envelope-encrypted with a KMS key of the account's (FSBP EKS.3).",
    risk: 'Secrets in etcd are protected by AWS-managed encryption only: nobody can revoke access by disabling a key, and key use is not logged in CloudTrail.',
    remediation: {
        text: 'Associate a symmetric customer managed KMS key for secrets encryption (it cannot be removed afterwards), then rewrite existing secrets so they are encrypted with it.',
        cli: 'aws eks associate-encryption-config --region {region} --cluster-name {name} --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"KMS_KEY_ARN"}}]\'',
        console: `${CONSOLE} > Overview > Secrets encryption > Enable`,
    },
    references: { fsbp: ['EKS.3'], docs: [`${eks_DOCS}/enable-kms.html`] },
}, (ctx) => ctx
    .resources('eks:cluster')
    .filter((c) => ctx.known(c, 'secretsEncrypted') && c.attributes.secretsEncrypted === false)
    .map((cluster) => ({
    target: cluster,
    message: `EKS cluster ${cluster.id} does not envelope-encrypt Kubernetes secrets with a KMS key.`,
    evidence: { secretsEncrypted: false },
})));
const auditLoggingOff = (0,model/* defineRule */.Km)({
    id: 'eks.audit-logging-off',
    title: 'EKS cluster does not send Kubernetes audit logs to CloudWatch',
    severity: 'medium',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description: "The control plane log type 'audit' is not enabled: the Kubernetes API's audit log is not kept (FSBP EKS.8).",
    risk: 'Who did what through the Kubernetes API (read secrets, created privileged pods, changed RBAC) cannot be traced after an incident.',
    remediation: {
        text: 'Enable the audit log type (and authenticator, to tie requests to IAM principals) for the control plane; set a retention on the /aws/eks/<cluster>/cluster log group.',
        cli: 'aws eks update-cluster-config --region {region} --name {name} --logging \'{"clusterLogging":[{"types":["audit","authenticator"],"enabled":true}]}\'',
        console: `${CONSOLE} > Observability > Control plane logging > Manage`,
    },
    references: { fsbp: ['EKS.8'], docs: [`${eks_DOCS}/control-plane-logs.html`] },
}, (ctx) => ctx
    .resources('eks:cluster')
    .filter((c) => ctx.known(c, 'enabledLogTypes') && c.attributes.enabledLogTypes !== null)
    .filter((c) => !(c.attributes.enabledLogTypes ?? []).includes('audit'))
    .map((cluster) => ({
    target: cluster,
    message: `EKS cluster ${cluster.id} does not log Kubernetes audit events (enabled: ${(cluster.attributes.enabledLogTypes ?? []).join(', ') || 'none'}).`,
    evidence: { enabledLogTypes: cluster.attributes.enabledLogTypes },
})));

// EXTERNAL MODULE: ./src/prices/load-balancers.ts
var load_balancers = __webpack_require__(3246);
;// CONCATENATED MODULE: ./src/rules/catalog/elb-shared.ts
const ELB_DOCS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest';
/** FSBP ELB.10 and ELB.13's `minAvailabilityZones`: Security Hub's default. */
const MIN_AVAILABILITY_ZONES = 2;
/** FSBP ELB.12 and ELB.14's `desyncMode` (not customizable). */
const SAFE_DESYNC_MODES = ['defensive', 'strictest'];
/**
 * The lowest TLS version a predefined ELB security policy accepts, from its name (AWS's naming:
 * `ELBSecurityPolicy-TLS13-1-2-...` accepts TLS 1.2 and 1.3, `-TLS-1-1-...` 1.1 and up, `-FS-1-2-...`
 * 1.2; the dated ones without a version, such as ELBSecurityPolicy-2016-08, accept TLS 1.0). Null
 * for a name of another shape (a Classic's custom policy).
 */
function minimumTls(policy) {
    if (policy === null)
        return null;
    const versioned = /^ELBSecurityPolicy-(?:TLS13-|TLS-|FS-)(1-[0-3])(?:-|$)/.exec(policy);
    if (versioned?.[1])
        return versioned[1].replace('-', '.');
    if (/^ELBSecurityPolicy-(?:FS-)?\d{4}-\d{2}$/.test(policy))
        return '1.0';
    return null;
}
/** Accepts TLS 1.0 or 1.1, both deprecated (RFC 8996). */
const allowsOldTls = (policy) => ['1.0', '1.1'].includes(minimumTls(policy) ?? '');
/**
 * A running load balancer whose metrics show nothing over the whole window while it existed for
 * all of it. Unknown traffic, or a younger load balancer, is never called idle.
 */
function isIdleLoadBalancer(ctx, lb, trafficKnown, traffic) {
    if (!trafficKnown || traffic === null)
        return false;
    if (lb.state !== 'active' && lb.state !== 'active_impaired' && lb.state !== null)
        return false;
    const age = ctx.daysSince(lb.createdAt);
    return (traffic.count === 0 && (traffic.bytesProcessed ?? 0) === 0 && age !== null && age >= traffic.windowDays);
}
/** "no requests", "no new flows": what the metric says, for messages. */
const nothingCarried = (traffic) => traffic.metric === 'NewFlowCount' ? 'no new flow and no byte' : 'no request';

;// CONCATENATED MODULE: ./src/rules/catalog/elb.ts



const CLB_DOCS = `${ELB_DOCS}/classic`;
const attributesConsole = 'EC2 console > Load balancers > the Classic Load Balancer > Attributes > Edit';
const modifyCli = (attributes) => `aws elb modify-load-balancer-attributes --region {region} --load-balancer-name {name} --load-balancer-attributes '${attributes}'`;
/** HTTPS and SSL listeners terminate TLS at the load balancer. */
const elb_secure = (l) => l.protocol === 'HTTPS' || l.protocol === 'SSL';
const where = (lb) => ({ scheme: lb.attributes.scheme, dnsName: lb.attributes.dnsName });
const ports = (listeners) => listeners.map((l) => `${l.protocol} ${l.port}`).join(', ');
/** One hit per Classic Load Balancer that `fails`, judged only where `known` holds. */
function judge(ctx, known, fails, message, evidence) {
    return ctx
        .resources('elb:load-balancer')
        .filter((lb) => known(lb) && fails(lb))
        .map((lb) => ({ target: lb, message: message(lb), evidence: { ...where(lb), ...evidence(lb) } }));
}
const listenerNotEncrypted = (0,model/* defineRule */.Km)({
    id: 'elb.listener-not-encrypted',
    title: 'Classic Load Balancer listener is neither HTTPS nor SSL',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer with a listener whose front-end protocol is HTTP or TCP: clients reach it unencrypted.',
    risk: 'Requests, responses and any credentials in them cross the network in clear text between clients and the load balancer.',
    remediation: {
        text: 'Serve clients on HTTPS or SSL listeners with an ACM certificate and remove the plain ones; better, move to an Application or Network Load Balancer, which can redirect HTTP to HTTPS.',
        console: 'EC2 console > Load balancers > the Classic Load Balancer > Listeners > Edit',
    },
    references: { fsbp: ['ELB.3'], docs: [`${CLB_DOCS}/elb-listener-config.html`] },
}, (ctx) => judge(ctx, () => true, (lb) => lb.attributes.listeners.some((l) => !elb_secure(l)), (lb) => `Classic Load Balancer ${lb.id} has unencrypted listeners: ${ports(lb.attributes.listeners.filter((l) => !elb_secure(l)))}.`, (lb) => ({ listeners: lb.attributes.listeners.map((l) => ({ protocol: l.protocol, port: l.port })) })));
/** HTTPS/SSL listeners whose certificate is not an ACM one (an IAM server certificate). */
const notAcm = (lb) => lb.attributes.listeners.filter((l) => elb_secure(l) && l.sslCertificateId !== null && !/^arn:[^:]+:acm:/.test(l.sslCertificateId));
const certificateNotAcm = (0,model/* defineRule */.Km)({
    id: 'elb.certificate-not-acm',
    title: 'Classic Load Balancer HTTPS/SSL listener uses a certificate not from ACM',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer HTTPS or SSL listener whose certificate is an IAM server certificate, not one from AWS Certificate Manager.',
    risk: "IAM server certificates are uploaded by hand and never renewed by AWS: they expire unnoticed and break every connection; their private keys went through someone's hands.",
    remediation: {
        text: 'Request (or import) the certificate in ACM, where issued ones renew themselves, and set it on the listener.',
        cli: 'aws elb set-load-balancer-listener-ssl-certificate --region {region} --load-balancer-name {name} --load-balancer-port {port} --ssl-certificate-id ACM_CERTIFICATE_ARN',
        console: 'EC2 console > Load balancers > the Classic Load Balancer > Listeners > Edit > SSL certificate',
    },
    references: { fsbp: ['ELB.2'], docs: [`${CLB_DOCS}/elb-update-ssl-cert.html`] },
}, (ctx) => ctx.resources('elb:load-balancer').flatMap((lb) => {
    const listeners = notAcm(lb);
    const first = listeners[0];
    if (!first)
        return [];
    return [
        {
            target: lb,
            message: `Classic Load Balancer ${lb.id} serves ${ports(listeners)} with a certificate not from ACM (${first.sslCertificateId ?? ''}).`,
            evidence: {
                ...where(lb),
                listeners: listeners.map((l) => ({ port: l.port, certificate: l.sslCertificateId })),
            },
            templateValues: { port: String(first.port) },
        },
    ];
}));
const accessLogsOff = (0,model/* defineRule */.Km)({
    id: 'elb.access-logs-off',
    title: 'Classic Load Balancer access logs are off',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer whose access logs (AccessLog.Enabled) are off.',
    risk: 'After an attack or an outage there is no trace of who asked for what; the load balancer is often the only place that sees every request.',
    remediation: {
        text: 'Turn on access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it, with a lifecycle rule to expire old logs.',
        cli: modifyCli('{"AccessLog":{"Enabled":true,"S3BucketName":"BUCKET","EmitInterval":60}}'),
        console: attributesConsole,
    },
    references: { fsbp: ['ELB.5'], docs: [`${CLB_DOCS}/access-log-collection.html`] },
}, (ctx) => judge(ctx, (lb) => ctx.known(lb, 'accessLogsEnabled'), (lb) => lb.attributes.accessLogsEnabled === false, (lb) => `Classic Load Balancer ${lb.id} does not write access logs.`, (lb) => ({ accessLogsEnabled: lb.attributes.accessLogsEnabled })));
const connectionDrainingOff = (0,model/* defineRule */.Km)({
    id: 'elb.connection-draining-off',
    title: 'Classic Load Balancer connection draining is off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer whose connection draining (ConnectionDraining.Enabled) is off.',
    risk: 'Requests in flight to an instance being deregistered or found unhealthy are cut off: errors on every deploy and scale-in.',
    remediation: {
        text: 'Turn on connection draining with a timeout that covers the longest normal request (300 seconds by default).',
        cli: modifyCli('{"ConnectionDraining":{"Enabled":true,"Timeout":300}}'),
        console: attributesConsole,
    },
    references: { fsbp: ['ELB.7'], docs: [`${CLB_DOCS}/config-conn-drain.html`] },
}, (ctx) => judge(ctx, (lb) => ctx.known(lb, 'connectionDraining'), (lb) => lb.attributes.connectionDraining === false, (lb) => `Classic Load Balancer ${lb.id} has connection draining off.`, (lb) => ({ connectionDraining: lb.attributes.connectionDraining })));
/** FSBP ELB.8's `predefinedPolicyName` (not customizable). */
const ELB8_POLICY = 'ELBSecurityPolicy-TLS-1-2-2017-01';
/** Each HTTPS/SSL listener's SSL negotiation policy, where the policies were read and one is named. */
function listenerPolicies(lb) {
    return lb.attributes.listeners.filter(elb_secure).flatMap((l) => {
        const policy = lb.attributes.sslPolicies.find((p) => l.policyNames.includes(p.policyName));
        return policy ? [{ port: l.port, protocol: l.protocol, ...policy }] : [];
    });
}
const tlsPolicyOutdated = (0,model/* defineRule */.Km)({
    id: 'elb.tls-policy-outdated',
    title: `Classic Load Balancer HTTPS/SSL listener does not use ${ELB8_POLICY}`,
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: `A Classic Load Balancer HTTPS or SSL listener whose SSL negotiation policy is not the predefined ${ELB8_POLICY} (FSBP ELB.8's policy): another predefined one, or a custom cipher list. High when the predefined policy it copies accepts TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08, the default, does).`,
    risk: 'Old protocol versions and ciphers (TLS 1.0/1.1, CBC suites without forward secrecy) let a network attacker downgrade or decrypt sessions, and fail PCI DSS and most audits.',
    remediation: {
        // Two commands (create the policy, then set it on the listener): no single CLI line.
        text: `Create an SSLNegotiationPolicyType policy whose Reference-Security-Policy is ${ELB8_POLICY} (aws elb create-load-balancer-policy), set it on the listener (aws elb set-load-balancer-policies-of-listener), after checking that no client needs TLS below 1.2.`,
        console: 'EC2 console > Load balancers > the Classic Load Balancer > Listeners > Edit > Security policy',
    },
    references: { fsbp: ['ELB.8'], docs: [`${CLB_DOCS}/elb-security-policy-table.html`] },
}, (ctx) => ctx
    .resources('elb:load-balancer')
    .filter((lb) => ctx.known(lb, 'sslPolicies'))
    .flatMap((lb) => {
    const weak = listenerPolicies(lb).filter((p) => p.referenceSecurityPolicy !== ELB8_POLICY);
    const first = weak[0];
    if (!first)
        return [];
    const old = weak.some((p) => allowsOldTls(p.referenceSecurityPolicy));
    const reference = first.referenceSecurityPolicy;
    return [
        {
            target: lb,
            message: `Classic Load Balancer ${lb.id}: its ${first.protocol} listener on port ${first.port} uses ${reference ? `${reference}${allowsOldTls(reference) ? `, which accepts TLS ${minimumTls(reference) ?? ''}` : ''}` : `the custom policy ${first.policyName}`}, not ${ELB8_POLICY}${weak.length > 1 ? ` (and ${weak.length - 1} more listener${weak.length > 2 ? 's' : ''})` : ''}.`,
            severity: old ? 'high' : 'medium',
            evidence: {
                ...where(lb),
                listeners: weak.map((p) => ({
                    port: p.port,
                    policyName: p.policyName,
                    referenceSecurityPolicy: p.referenceSecurityPolicy,
                    minimumTls: minimumTls(p.referenceSecurityPolicy),
                })),
            },
        },
    ];
}));
const crossZoneOff = (0,model/* defineRule */.Km)({
    id: 'elb.cross-zone-off',
    title: 'Classic Load Balancer cross-zone load balancing is off',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer whose cross-zone load balancing (CrossZoneLoadBalancing.Enabled) is off: each node sends requests only to instances in its own zone.',
    risk: "With uneven instances per zone, some are overloaded while others idle; losing the instances of one zone drops that zone's share of requests.",
    remediation: {
        text: 'Turn on cross-zone load balancing (free for Classic Load Balancers).',
        cli: modifyCli('{"CrossZoneLoadBalancing":{"Enabled":true}}'),
        console: attributesConsole,
    },
    references: { fsbp: ['ELB.9'], docs: [`${CLB_DOCS}/enable-disable-crosszone-lb.html`] },
}, (ctx) => judge(ctx, (lb) => ctx.known(lb, 'crossZoneLoadBalancing'), (lb) => lb.attributes.crossZoneLoadBalancing === false, (lb) => `Classic Load Balancer ${lb.id} has cross-zone load balancing off.`, (lb) => ({ crossZoneLoadBalancing: lb.attributes.crossZoneLoadBalancing })));
const singleAvailabilityZone = (0,model/* defineRule */.Km)({
    id: 'elb.single-az',
    title: `Classic Load Balancer spans fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones`,
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: `A Classic Load Balancer enabled in fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones (FSBP ELB.10's minAvailabilityZones default).`,
    risk: 'When that zone fails, the load balancer and everything behind it are unreachable.',
    remediation: {
        text: 'Add a subnet (or zone) in a second Availability Zone, with instances registered there.',
        cli: 'aws elb attach-load-balancer-to-subnets --region {region} --load-balancer-name {name} --subnets SUBNET_ID',
        console: 'EC2 console > Load balancers > the Classic Load Balancer > Network mapping > Edit subnets',
    },
    references: { fsbp: ['ELB.10'], docs: [`${CLB_DOCS}/elb-manage-subnets.html`] },
}, (ctx) => judge(ctx, (lb) => lb.attributes.availabilityZones.length > 0, (lb) => lb.attributes.availabilityZones.length < MIN_AVAILABILITY_ZONES, (lb) => `Classic Load Balancer ${lb.id} is enabled in ${lb.attributes.availabilityZones.length} Availability Zone (${lb.attributes.availabilityZones.join(', ')}).`, (lb) => ({ availabilityZones: lb.attributes.availabilityZones })));
const desyncMitigationWeak = (0,model/* defineRule */.Km)({
    id: 'elb.desync-mitigation-weak',
    title: 'Classic Load Balancer desync mitigation is neither defensive nor strictest',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer whose elb.http.desyncmitigationmode is monitor: requests that could desynchronise it from its instances are passed on, only counted.',
    risk: "HTTP desync (request smuggling) lets an attacker prepend their request to another user's: cache poisoning, stolen sessions, bypassed access rules.",
    remediation: {
        text: 'Set desync mitigation mode to defensive (the default) or strictest.',
        cli: modifyCli('{"AdditionalAttributes":[{"Key":"elb.http.desyncmitigationmode","Value":"defensive"}]}'),
        console: attributesConsole,
    },
    references: { fsbp: ['ELB.14'], docs: [`${CLB_DOCS}/config-desync-mitigation-mode.html`] },
}, (ctx) => judge(ctx, (lb) => ctx.known(lb, 'desyncMitigationMode') && lb.attributes.desyncMitigationMode !== null, (lb) => !SAFE_DESYNC_MODES.includes(lb.attributes.desyncMitigationMode ?? ''), (lb) => `Classic Load Balancer ${lb.id} has desync mitigation mode ${lb.attributes.desyncMitigationMode ?? ''}.`, (lb) => ({ desyncMitigationMode: lb.attributes.desyncMitigationMode })));
const idle = (ctx, lb) => isIdleLoadBalancer(ctx, lb, ctx.known(lb, 'traffic'), lb.attributes.traffic);
const deleteCli = 'aws elb delete-load-balancer --region {region} --load-balancer-name {name}';
const deleteConsole = 'EC2 console > Load balancers > the Classic Load Balancer > Actions > Delete load balancer';
const loadBalancerIdle = (0,model/* defineRule */.Km)({
    id: 'elb.load-balancer-idle',
    title: 'Classic Load Balancer carried no traffic',
    severity: 'low',
    category: 'cost',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: "A Classic Load Balancer whose CloudWatch RequestCount (requests, or connections on TCP listeners) is zero over the scan's traffic window (14 days), while it existed for that long. Unknown traffic is never called idle.",
    risk: 'It is billed every hour for nothing; often a leftover of a deleted environment, still reachable by its DNS name.',
    remediation: {
        text: 'Check that no DNS record or client still points at its DNS name, then delete it.',
        cli: deleteCli,
        console: deleteConsole,
    },
    references: { docs: [`${CLB_DOCS}/elb-cloudwatch-metrics.html`] },
}, (ctx) => ctx
    .resources('elb:load-balancer')
    .filter((lb) => idle(ctx, lb))
    .flatMap((lb) => {
    const traffic = lb.attributes.traffic;
    const cost = (0,load_balancers/* loadBalancerHours */.y)('classic', lb.region, true);
    if (!traffic || !cost)
        return [];
    return [
        {
            target: lb,
            message: `Classic Load Balancer ${lb.id} carried ${nothingCarried(traffic)} in the last ${traffic.windowDays} days and costs $${cost.monthlyUsd.toFixed(2)} a month.`,
            evidence: {
                ...where(lb),
                createdAt: lb.createdAt,
                instanceCount: lb.attributes.instanceCount,
                traffic,
            },
            cost,
        },
    ];
}));
const noInstances = (0,model/* defineRule */.Km)({
    id: 'elb.no-instances',
    title: 'Classic Load Balancer has no registered instance',
    severity: 'low',
    category: 'cost',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer with no instance registered (from its DescribeLoadBalancers entry, no extra call): every request it gets fails. One already reported as idle is left to elb.load-balancer-idle.',
    risk: 'It is billed every hour while it can only answer errors; often a leftover whose instances were terminated.',
    remediation: {
        text: 'Register the instances it should serve, or delete it if nothing should.',
        cli: deleteCli,
        console: deleteConsole,
    },
    references: { docs: [`${CLB_DOCS}/elb-deregister-register-instances.html`] },
}, (ctx) => ctx
    .resources('elb:load-balancer')
    .filter((lb) => lb.attributes.instanceCount === 0 && !idle(ctx, lb))
    .flatMap((lb) => {
    const cost = (0,load_balancers/* loadBalancerHours */.y)('classic', lb.region, true);
    if (!cost)
        return [];
    return [
        {
            target: lb,
            message: `Classic Load Balancer ${lb.id} has no registered instance and costs $${cost.monthlyUsd.toFixed(2)} a month.`,
            evidence: {
                ...where(lb),
                instanceCount: 0,
                traffic: ctx.known(lb, 'traffic') ? lb.attributes.traffic : 'unknown',
            },
            cost,
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/elbv2.ts



const ALB_DOCS = `${ELB_DOCS}/application`;
const elbv2_modifyCli = (key, value) => `aws elbv2 modify-load-balancer-attributes --region {region} --load-balancer-arn {arn} --attributes Key=${key},Value=${value}`;
const elbv2_attributesConsole = 'EC2 console > Load balancers > the load balancer > Attributes > Edit';
const elbv2_label = (lb) => `${lb.attributes.loadBalancerType ?? 'ELBv2'} load balancer ${lb.name ?? lb.id}`;
const alb = (lb) => lb.attributes.loadBalancerType === 'application';
const elbv2_where = (lb) => ({
    type: lb.attributes.loadBalancerType,
    scheme: lb.attributes.scheme,
    dnsName: lb.attributes.dnsName,
});
/** What a listener's first default action does, in words. */
function doing(listener) {
    const first = listener.attributes.defaultActions[0];
    if (!first)
        return 'has no default action';
    if (first.type === 'redirect')
        return `redirects to ${first.redirectProtocol ?? 'the same protocol'}`;
    if (first.type === 'forward')
        return 'forwards to its targets';
    return `answers with ${first.type}`;
}
const redirectsToHttps = (listener) => listener.attributes.defaultActions.some((a) => a.type === 'redirect' && a.redirectProtocol === 'HTTPS');
const albHttpNotRedirected = (0,model/* defineRule */.Km)({
    id: 'elbv2.alb-http-not-redirected',
    title: 'Application Load Balancer serves HTTP instead of redirecting it to HTTPS',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer', 'elbv2:listener'],
    description: "An Application Load Balancer with an HTTP listener whose default action is not a redirect to HTTPS (it forwards to targets, or answers itself), as FSBP ELB.1's Config rule judges each HTTP listener.",
    risk: 'Requests and responses, session cookies and credentials in them cross the network in clear text, open to anyone on the path.',
    remediation: {
        text: "Change the HTTP listener's default action to a redirect to HTTPS on port 443 (status HTTP_301), with an HTTPS listener serving the application.",
        // Quoted: unquoted braces with commas are expanded by the shell.
        cli: "aws elbv2 modify-listener --region {region} --listener-arn {listenerArn} --default-actions 'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'",
        console: 'EC2 console > Load balancers > the load balancer > Listeners > HTTP listener > Edit',
    },
    references: {
        fsbp: ['ELB.1'],
        docs: [`${ALB_DOCS}/load-balancer-listeners.html`],
    },
    deviations: {
        'FSBP ELB.1': "Judged on each HTTP listener's default action; its other listener rules (DescribeRules, one call per listener) are not read, so a rule forwarding some paths over HTTP behind a redirecting default is not seen.",
    },
}, (ctx) => {
    const listeners = new Map();
    for (const l of ctx.resources('elbv2:listener')) {
        listeners.set(l.attributes.loadBalancerArn, [
            ...(listeners.get(l.attributes.loadBalancerArn) ?? []),
            l,
        ]);
    }
    return ctx
        .resources('elbv2:load-balancer')
        .filter((lb) => alb(lb) && ctx.known(lb, 'listenerArns'))
        .flatMap((lb) => {
        const plain = (listeners.get(lb.arn) ?? [])
            .filter((l) => l.attributes.protocol === 'HTTP' && !redirectsToHttps(l))
            .sort((a, b) => (a.attributes.port ?? 0) - (b.attributes.port ?? 0));
        const first = plain[0];
        if (!first)
            return [];
        return [
            {
                target: lb,
                message: `Application Load Balancer ${lb.name ?? lb.id}: its HTTP listener on port ${first.attributes.port ?? '?'} ${doing(first)} instead of redirecting to HTTPS${plain.length > 1 ? ` (and ${plain.length - 1} more HTTP listener${plain.length > 2 ? 's' : ''})` : ''}.`,
                evidence: {
                    ...elbv2_where(lb),
                    httpListeners: plain.map((l) => ({
                        port: l.attributes.port,
                        defaultActions: l.attributes.defaultActions.map((a) => a.type),
                    })),
                },
                templateValues: { listenerArn: first.arn },
            },
        ];
    });
});
/** An attribute rule on ELBv2 load balancers: which ones it applies to and when one fails. */
function attributeRule(ctx, applies, fails, message, evidence) {
    return ctx
        .resources('elbv2:load-balancer')
        .filter((lb) => applies(lb) && fails(lb))
        .map((lb) => ({ target: lb, message: message(lb), evidence: { ...elbv2_where(lb), ...evidence(lb) } }));
}
const albInvalidHeadersKept = (0,model/* defineRule */.Km)({
    id: 'elbv2.alb-invalid-headers-kept',
    title: 'Application Load Balancer does not drop invalid HTTP headers',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description: 'An Application Load Balancer whose routing.http.drop_invalid_header_fields.enabled is false (the default): header fields whose names are not valid HTTP are passed on to the targets.',
    risk: 'Malformed headers reach applications that may parse them differently from the load balancer: a way into HTTP desync (request smuggling) and header injection.',
    remediation: {
        text: 'Turn on dropping invalid header fields, after checking no client relies on such headers.',
        cli: elbv2_modifyCli('routing.http.drop_invalid_header_fields.enabled', 'true'),
        console: elbv2_attributesConsole,
    },
    references: {
        fsbp: ['ELB.4'],
        docs: [`${ALB_DOCS}/application-load-balancers.html#load-balancer-attributes`],
    },
}, (ctx) => attributeRule(ctx, (lb) => alb(lb) && ctx.known(lb, 'dropInvalidHeaderFields'), (lb) => lb.attributes.dropInvalidHeaderFields === false, (lb) => `Application Load Balancer ${lb.name ?? lb.id} passes invalid HTTP header fields on to its targets.`, (lb) => ({ dropInvalidHeaderFields: lb.attributes.dropInvalidHeaderFields })));
const albAccessLogsOff = (0,model/* defineRule */.Km)({
    id: 'elbv2.alb-access-logs-off',
    title: 'Application Load Balancer access logs are off',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description: 'An Application Load Balancer whose access_logs.s3.enabled is false: no record of the requests it received (client, path, status, TLS cipher).',
    risk: 'After an attack or an outage there is no trace of who asked for what; the load balancer is often the only place that sees every request.',
    remediation: {
        text: 'Turn on access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it (see the linked guide), with a lifecycle rule to expire old logs.',
        cli: 'aws elbv2 modify-load-balancer-attributes --region {region} --load-balancer-arn {arn} --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=BUCKET',
        console: elbv2_attributesConsole,
    },
    references: {
        fsbp: ['ELB.5'],
        docs: [`${ALB_DOCS}/enable-access-logging.html`],
    },
}, (ctx) => attributeRule(ctx, (lb) => alb(lb) && ctx.known(lb, 'accessLogsEnabled'), (lb) => lb.attributes.accessLogsEnabled === false, (lb) => `Application Load Balancer ${lb.name ?? lb.id} does not write access logs.`, (lb) => ({ accessLogsEnabled: lb.attributes.accessLogsEnabled })));
const deletionProtectionOff = (0,model/* defineRule */.Km)({
    id: 'elbv2.deletion-protection-off',
    title: 'Load balancer deletion protection is off',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description: 'An Application, Network or Gateway Load Balancer whose deletion_protection.enabled is false (the default).',
    risk: 'One mistaken delete (a console click, a stray script, an infrastructure-as-code change) takes the entry point down, and a new load balancer gets a new DNS name.',
    remediation: {
        text: 'Turn on deletion protection on load balancers that serve production traffic.',
        cli: elbv2_modifyCli('deletion_protection.enabled', 'true'),
        console: elbv2_attributesConsole,
    },
    references: {
        fsbp: ['ELB.6'],
        docs: [`${ALB_DOCS}/application-load-balancers.html#deletion-protection`],
    },
}, (ctx) => attributeRule(ctx, (lb) => ctx.known(lb, 'deletionProtection'), (lb) => lb.attributes.deletionProtection === false, (lb) => `${elbv2_label(lb)} has deletion protection off.`, (lb) => ({ deletionProtection: lb.attributes.deletionProtection })));
const albDesyncMitigationWeak = (0,model/* defineRule */.Km)({
    id: 'elbv2.alb-desync-mitigation-weak',
    title: 'Application Load Balancer desync mitigation is neither defensive nor strictest',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description: 'An Application Load Balancer whose routing.http.desync_mitigation_mode is monitor: requests that could desynchronise it from its targets are passed on, only counted.',
    risk: "HTTP desync (request smuggling) lets an attacker prepend their request to another user's: cache poisoning, stolen sessions, bypassed access rules.",
    remediation: {
        text: 'Set desync mitigation mode to defensive (the default) or strictest.',
        cli: elbv2_modifyCli('routing.http.desync_mitigation_mode', 'defensive'),
        console: elbv2_attributesConsole,
    },
    references: {
        fsbp: ['ELB.12'],
        docs: [`${ALB_DOCS}/application-load-balancers.html#desync-mitigation-mode`],
    },
}, (ctx) => attributeRule(ctx, (lb) => alb(lb) && ctx.known(lb, 'desyncMitigationMode') && lb.attributes.desyncMitigationMode !== null, (lb) => !SAFE_DESYNC_MODES.includes(lb.attributes.desyncMitigationMode ?? ''), (lb) => `Application Load Balancer ${lb.name ?? lb.id} has desync mitigation mode ${lb.attributes.desyncMitigationMode ?? ''}.`, (lb) => ({ desyncMitigationMode: lb.attributes.desyncMitigationMode })));
const elbv2_singleAvailabilityZone = (0,model/* defineRule */.Km)({
    id: 'elbv2.single-az',
    title: `Load balancer spans fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones`,
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description: `An Application, Network or Gateway Load Balancer enabled in fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones (FSBP ELB.13's minAvailabilityZones default). Application Load Balancers need two; a Network or Gateway one can be made in one.`,
    risk: 'When that zone fails, the load balancer and everything behind it are unreachable.',
    remediation: {
        text: 'Enable a subnet in a second Availability Zone, with targets registered there.',
        cli: 'aws elbv2 set-subnets --region {region} --load-balancer-arn {arn} --subnets SUBNET_A SUBNET_B',
        console: 'EC2 console > Load balancers > the load balancer > Network mapping > Edit subnets',
    },
    references: {
        fsbp: ['ELB.13'],
        docs: [`${ALB_DOCS}/load-balancer-subnets.html`],
    },
    deviations: {
        'FSBP ELB.13': "Judged on the Availability Zones the load balancer is enabled in (DescribeLoadBalancers); the control's text counts the zones of registered instances, which needs a target health read per target group.",
    },
}, (ctx) => attributeRule(ctx, (lb) => lb.attributes.availabilityZones.length > 0, (lb) => lb.attributes.availabilityZones.length < MIN_AVAILABILITY_ZONES, (lb) => `${elbv2_label(lb)} is enabled in ${lb.attributes.availabilityZones.length} Availability Zone (${lb.attributes.availabilityZones.join(', ')}).`, (lb) => ({ availabilityZones: lb.attributes.availabilityZones, subnetIds: lb.attributes.subnetIds })));
/** FSBP ELB.17's `sslPolicies` (not customizable), as the control lists them. */
const ELB17_POLICIES = [
    'ELBSecurityPolicy-TLS13-1-3-2021-06',
    'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
    'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
    'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
    'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
    'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
    'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
];
/** HTTPS on an Application, TLS on a Network Load Balancer: the listeners with a security policy. */
const tlsListener = (l) => (l.attributes.loadBalancerType === 'application' && l.attributes.protocol === 'HTTPS') ||
    (l.attributes.loadBalancerType === 'network' && l.attributes.protocol === 'TLS');
const listenerTlsPolicyOutdated = (0,model/* defineRule */.Km)({
    id: 'elbv2.listener-tls-policy-outdated',
    title: 'HTTPS or TLS listener does not use a recommended security policy',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:listener',
    reads: ['elbv2:listener'],
    description: `An HTTPS listener of an Application or a TLS listener of a Network Load Balancer whose security policy is not one FSBP ELB.17 lists (${ELB17_POLICIES.join(', ')}). High when the policy still accepts TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08, the old default, does).`,
    risk: 'Old protocol versions and ciphers (TLS 1.0/1.1, CBC suites without forward secrecy) let a network attacker downgrade or decrypt sessions, and fail PCI DSS and most audits.',
    remediation: {
        text: 'Switch the listener to ELBSecurityPolicy-TLS13-1-2-Res-2021-06 (TLS 1.2 and 1.3, strong ciphers), or a TLS 1.3-only policy where every client supports it.',
        cli: 'aws elbv2 modify-listener --region {region} --listener-arn {arn} --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
        console: 'EC2 console > Load balancers > the load balancer > Listeners > the listener > Edit > Security policy',
    },
    references: {
        fsbp: ['ELB.17'],
        docs: [`${ALB_DOCS}/describe-ssl-policies.html`, `${ELB_DOCS}/network/describe-ssl-policies.html`],
    },
}, (ctx) => ctx
    .resources('elbv2:listener')
    .filter((l) => tlsListener(l) && l.attributes.sslPolicy !== null)
    .filter((l) => !ELB17_POLICIES.includes(l.attributes.sslPolicy ?? ''))
    .map((l) => {
    const policy = l.attributes.sslPolicy;
    const old = allowsOldTls(policy);
    return {
        target: l,
        message: `${l.attributes.protocol ?? ''} listener ${l.name ?? l.id} uses ${policy ?? ''}${old ? `, which accepts TLS ${minimumTls(policy) ?? ''}` : ''}, not a recommended security policy.`,
        severity: old ? 'high' : 'medium',
        evidence: {
            loadBalancer: l.attributes.loadBalancerName,
            protocol: l.attributes.protocol,
            port: l.attributes.port,
            sslPolicy: policy,
            minimumTls: minimumTls(policy),
        },
    };
}));
const elbv2_listenerNotEncrypted = (0,model/* defineRule */.Km)({
    id: 'elbv2.listener-not-encrypted',
    title: 'Load balancer listener does not encrypt (neither HTTPS nor TLS)',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:listener',
    reads: ['elbv2:listener'],
    description: "A listener of an Application Load Balancer that is not HTTPS, or of a Network Load Balancer that is not TLS (TCP, UDP, TCP_UDP), as FSBP ELB.18 judges. Low for an HTTP listener that only redirects to HTTPS (the control still fails it); a Network Load Balancer's TCP listener may pass TLS through to targets that terminate it, which the scan cannot see.",
    risk: 'Traffic between clients and the load balancer crosses the network in clear text unless the application encrypts it itself.',
    remediation: {
        text: 'Serve the application on an HTTPS (Application) or TLS (Network) listener with an ACM certificate; keep an HTTP listener only to redirect to HTTPS.',
        console: 'EC2 console > Load balancers > the load balancer > Listeners > Add listener',
    },
    references: {
        fsbp: ['ELB.18'],
        docs: [`${ALB_DOCS}/create-https-listener.html`, `${ELB_DOCS}/network/create-tls-listener.html`],
    },
    deviations: {
        'FSBP ELB.18': "QUIC and TCP_QUIC listeners of a Network Load Balancer are not reported: QUIC carries TLS 1.3 by design, though the control's text accepts TLS listeners only.",
    },
}, (ctx) => ctx
    .resources('elbv2:listener')
    .filter((l) => l.attributes.protocol !== null)
    .filter((l) => (l.attributes.loadBalancerType === 'application' && l.attributes.protocol !== 'HTTPS') ||
    (l.attributes.loadBalancerType === 'network' &&
        !['TLS', 'QUIC', 'TCP_QUIC'].includes(l.attributes.protocol ?? '')))
    .map((l) => {
    const redirect = l.attributes.protocol === 'HTTP' && redirectsToHttps(l);
    return {
        target: l,
        message: `${l.attributes.protocol ?? ''} listener ${l.name ?? l.id} of ${l.attributes.loadBalancerType ?? ''} load balancer ${l.attributes.loadBalancerName ?? ''} ${redirect ? 'only redirects to HTTPS, but is not encrypted itself' : 'does not encrypt traffic'}.`,
        severity: redirect ? 'low' : 'medium',
        evidence: {
            loadBalancer: l.attributes.loadBalancerName,
            protocol: l.attributes.protocol,
            port: l.attributes.port,
            defaultActions: l.attributes.defaultActions.map((a) => a.type),
        },
    };
}));
const elbv2_loadBalancerIdle = (0,model/* defineRule */.Km)({
    id: 'elbv2.load-balancer-idle',
    title: 'Load balancer carried no traffic',
    severity: 'low',
    category: 'cost',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description: "An active Application, Network or Gateway Load Balancer whose CloudWatch metrics show no request (Application: RequestCount) or no new flow and no byte (Network, Gateway: NewFlowCount, ProcessedBytes) over the scan's traffic window (14 days), while it existed for that long. Unknown traffic is never called idle.",
    risk: 'It is billed every hour for nothing (capacity units accrue only with traffic); often a leftover of a deleted environment, still reachable by its DNS name.',
    remediation: {
        text: 'Check that no DNS record, client or service still points at its DNS name, then delete it (turn deletion protection off first). Its target groups stay and cost nothing.',
        cli: 'aws elbv2 delete-load-balancer --region {region} --load-balancer-arn {arn}',
        console: 'EC2 console > Load balancers > the load balancer > Actions > Delete load balancer',
    },
    references: { docs: [`${ALB_DOCS}/load-balancer-cloudwatch-metrics.html`] },
}, (ctx) => ctx
    .resources('elbv2:load-balancer')
    .filter((lb) => isIdleLoadBalancer(ctx, lb, ctx.known(lb, 'traffic'), lb.attributes.traffic))
    .flatMap((lb) => {
    const traffic = lb.attributes.traffic;
    if (!traffic)
        return [];
    const cost = (0,load_balancers/* loadBalancerHours */.y)(lb.attributes.loadBalancerType, lb.region, true);
    return [
        {
            target: lb,
            message: `${elbv2_label(lb)} carried ${nothingCarried(traffic)} in the last ${traffic.windowDays} days${cost ? ` and costs $${cost.monthlyUsd.toFixed(2)} a month` : ''}.`,
            evidence: { ...elbv2_where(lb), createdAt: lb.createdAt, traffic },
            ...(cost ? { cost } : {}),
        },
    ];
}));
const groupLabel = (g) => `Target group ${g.name ?? g.id}`;
/** Gateway Load Balancers' GENEVE groups and Lambda targets are outside both controls. */
const gatewayOrLambda = (g) => g.attributes.protocol === 'GENEVE' || g.attributes.targetType === 'lambda';
const groupEvidence = (g) => ({
    protocol: g.attributes.protocol,
    port: g.attributes.port,
    targetType: g.attributes.targetType,
    healthCheckProtocol: g.attributes.healthCheckProtocol,
    loadBalancerArns: g.attributes.loadBalancerArns,
});
/** Why both are low: encryption usually ends at the load balancer, inside the VPC, by design. */
const groupRisk = 'Requests (or health checks) cross the VPC in clear text between the load balancer and its targets: readable by anything that can capture traffic there. Ending TLS at the load balancer is a common, deliberate design, hence low.';
const targetGroupUnencrypted = (0,model/* defineRule */.Km)({
    id: 'elbv2.target-group-unencrypted',
    title: 'Target group sends traffic to its targets unencrypted',
    severity: 'low',
    category: 'security',
    resourceType: 'elbv2:target-group',
    reads: ['elbv2:target-group'],
    description: 'A target group whose protocol is not HTTPS, TLS or QUIC (HTTP, TCP, UDP, TCP_UDP), as FSBP ELB.22 judges; Lambda and ALB target types and GENEVE groups are out of its scope.',
    risk: groupRisk,
    remediation: {
        text: "Where the data needs encryption up to the targets, create an HTTPS or TLS target group (a group's protocol cannot be changed), serve TLS on the targets, and switch the listeners to it.",
        console: 'EC2 console > Target groups > Create target group',
    },
    references: { fsbp: ['ELB.22'], docs: [`${ALB_DOCS}/create-target-group.html`] },
}, (ctx) => ctx
    .resources('elbv2:target-group')
    .filter((g) => g.attributes.protocol !== null && !gatewayOrLambda(g) && g.attributes.targetType !== 'alb')
    .filter((g) => !['HTTPS', 'TLS', 'QUIC'].includes(g.attributes.protocol ?? ''))
    .map((g) => ({
    target: g,
    message: `${groupLabel(g)} sends ${g.attributes.protocol ?? ''} to its targets on port ${g.attributes.port ?? '?'}, unencrypted.`,
    evidence: groupEvidence(g),
})));
const targetGroupHealthCheckUnencrypted = (0,model/* defineRule */.Km)({
    id: 'elbv2.target-group-health-check-unencrypted',
    title: 'Target group health checks are not HTTPS',
    severity: 'low',
    category: 'security',
    resourceType: 'elbv2:target-group',
    reads: ['elbv2:target-group'],
    description: "A target group of an Application or Network Load Balancer whose health check protocol is not HTTPS (HTTP or TCP), as FSBP ELB.21 judges; Lambda targets and Gateway Load Balancers' GENEVE groups are out of its scope.",
    risk: groupRisk,
    remediation: {
        text: 'Serve the health check path over TLS on the targets and set the health check protocol to HTTPS.',
        cli: 'aws elbv2 modify-target-group --region {region} --target-group-arn {arn} --health-check-protocol HTTPS',
        console: 'EC2 console > Target groups > the group > Health checks > Edit',
    },
    references: { fsbp: ['ELB.21'], docs: [`${ALB_DOCS}/modify-health-check-settings.html`] },
}, (ctx) => ctx
    .resources('elbv2:target-group')
    .filter((g) => g.attributes.healthCheckProtocol !== null && !gatewayOrLambda(g))
    .filter((g) => g.attributes.healthCheckProtocol !== 'HTTPS')
    .map((g) => ({
    target: g,
    message: `${groupLabel(g)} health-checks its targets over ${g.attributes.healthCheckProtocol ?? ''}, not HTTPS.`,
    evidence: groupEvidence(g),
})));
/** ALB ARNs a web ACL protects, per account and region; null where any ACL's associations are unknown. */
function protectedArns(ctx) {
    const byScope = new Map();
    for (const acl of ctx.resources('wafv2:web-acl')) {
        const scope = `${acl.account}/${acl.region}`;
        const arns = ctx.known(acl, 'associatedResourceArns') ? acl.attributes.associatedResourceArns : null;
        const seen = byScope.get(scope);
        if (arns === null || seen === null)
            byScope.set(scope, null);
        else
            byScope.set(scope, new Set([...(seen ?? []), ...arns]));
    }
    return byScope;
}
const albWithoutWaf = (0,model/* defineRule */.Km)({
    id: 'elbv2.alb-without-waf',
    title: 'Internet-facing Application Load Balancer has no WAF web ACL',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer', 'wafv2:web-acl'],
    description: "An internet-facing Application Load Balancer that no regional WAFv2 web ACL of its account lists among the resources it protects (ListResourcesForWebACL). Judged only where every web ACL of the account's region had its associations read. AWS's ELB.16 checks the same, but it is not part of the FSBP standard table this tool cites, so no control is cited.",
    risk: 'Requests from the internet reach the application with no managed protection: common exploits (SQL injection, known bad inputs), bots and floods of requests are filtered only by the application itself.',
    remediation: {
        text: "Associate a web ACL with the load balancer, starting with AWS's managed rule groups (core rule set, known bad inputs, IP reputation) in count mode, then block once their matches are understood.",
        cli: 'aws wafv2 associate-web-acl --region {region} --web-acl-arn WEB_ACL_ARN --resource-arn {arn}',
        console: 'EC2 console > Load balancers > the load balancer > Integrations > AWS WAF',
    },
    references: {
        docs: [
            'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16',
        ],
    },
}, (ctx) => {
    const protectedBy = protectedArns(ctx);
    return ctx
        .resources('elbv2:load-balancer')
        .filter((lb) => alb(lb) && lb.attributes.scheme === 'internet-facing')
        .flatMap((lb) => {
        const arns = protectedBy.get(`${lb.account}/${lb.region}`);
        // No web ACL in the region protects nothing; one with unknown associations is not judged.
        if (arns === null || arns?.has(lb.arn))
            return [];
        return [
            {
                target: lb,
                message: `Internet-facing ${elbv2_label(lb)} has no WAF web ACL: requests from the internet reach its targets unfiltered.`,
                evidence: { ...elbv2_where(lb), webAclsInRegion: arns !== undefined },
            },
        ];
    });
});

// EXTERNAL MODULE: ./src/prices/estimate.ts
var estimate = __webpack_require__(5654);
// EXTERNAL MODULE: ./src/prices/resource-cost.ts
var resource_cost = __webpack_require__(9452);
;// CONCATENATED MODULE: ./src/rules/catalog/ec2-compute.ts




const LIVE_INSTANCE_STATES = new Set(['pending', 'running', 'stopping', 'stopped']);
/** FSBP EC2.4's allowedDays default: it fails an instance stopped for longer. */
const EC2_4_ALLOWED_DAYS = 30;
/**
 * Families AWS lists as previous generation: still running, but slower and dearer per unit of
 * work than their successors (t1, m1-m3, c1/c3/c4, r3, i2, g2 and the cluster types).
 */
const PREVIOUS_GENERATION_FAMILIES = [
    't1',
    'm1',
    'm2',
    'm3',
    'c1',
    'c3',
    'c4',
    'r3',
    'i2',
    'g2',
    'cc2',
    'cg1',
    'cr1',
    'hi1',
    'hs1',
];
function stoppedDays(ctx, instance) {
    return ctx.daysSince(instance.attributes.stateTransitionTime);
}
/** Stopped past the threshold (the stop time is known): ec2.instance-stopped-long reports it. */
function isStoppedLong(ctx, instance) {
    const days = instance.state === 'stopped' ? stoppedDays(ctx, instance) : null;
    return days !== null && days > ctx.thresholds.stoppedInstanceDays;
}
const volumeUnattached = (0,model/* defineRule */.Km)({
    id: 'ec2.volume-unattached',
    title: 'EBS volume is not attached to any instance',
    severity: 'medium',
    category: 'cost',
    resourceType: 'ec2:volume',
    reads: ['ec2:volume'],
    description: "A volume in the 'available' state: no instance uses it, and it is billed in full every month.",
    risk: 'Detached volumes are the most common leftover of terminated instances; they cost money and may hold data no one watches.',
    remediation: {
        text: 'Snapshot the volume if its data may be needed, then delete it.',
        cli: 'aws ec2 delete-volume --region {region} --volume-id {id}',
        console: 'EC2 console > Elastic Block Store > Volumes > the volume > Actions > Delete volume',
    },
    cleanupAction: 'ec2.delete-volume',
}, (ctx) => ctx
    .resources('ec2:volume')
    .filter((v) => v.state === 'available')
    .map((volume) => {
    const cost = (0,resource_cost/* volumeCost */.mj)(volume);
    const age = ctx.daysSince(volume.createdAt);
    return {
        target: volume,
        message: `Volume ${volume.id}${volume.name ? ` (${volume.name})` : ''} (${volume.attributes.sizeGiB} GiB ${volume.attributes.volumeType}) is attached to nothing` +
            `${age !== null ? `; created ${age} days ago` : ''}${cost ? `, costing about $${cost.monthlyUsd.toFixed(2)} a month` : ''}.`,
        evidence: {
            state: volume.state,
            sizeGiB: volume.attributes.sizeGiB,
            volumeType: volume.attributes.volumeType,
            createdAt: volume.createdAt,
        },
        ...(cost ? { cost } : {}),
    };
}));
const volumeGp2 = (0,model/* defineRule */.Km)({
    id: 'ec2.volume-gp2',
    title: 'EBS volume uses gp2 where gp3 is cheaper',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:volume',
    reads: ['ec2:volume'],
    consults: ['ec2:instance'],
    description: 'An attached gp2 volume. gp3 costs about 20% less per GB and gives 3,000 IOPS and 125 MB/s at any size; the change is online.',
    risk: 'Paying more for the same or less performance.',
    remediation: {
        text: 'Modify the volume to gp3 (online, no downtime). Above 1 TiB, match the gp2 IOPS with provisioned gp3 IOPS.',
        cli: 'aws ec2 modify-volume --region {region} --volume-id {id} --volume-type gp3',
        console: 'EC2 console > Volumes > the volume > Actions > Modify volume > Volume type gp3',
    },
}, 
// Unattached gp2 volumes are left to ec2.volume-unattached, and those of instances stopped long
// to ec2.instance-stopped-long, which counts their whole storage: no saving is counted twice.
(ctx) => {
    const stoppedLong = new Set(ctx
        .resources('ec2:instance')
        .filter((i) => isStoppedLong(ctx, i))
        .map((i) => `${i.account}|${i.id}`));
    return ctx
        .resources('ec2:volume')
        .filter((v) => v.attributes.volumeType === 'gp2' && v.state !== 'available' && v.state !== 'deleting')
        .filter((v) => !v.attributes.attachments.some((a) => stoppedLong.has(`${v.account}|${a.instanceId}`)))
        .map((volume) => {
        const gp2 = (0,table/* priceOf */.xx)('ebs.gp2', volume.region);
        const gp3 = (0,table/* priceOf */.xx)('ebs.gp3', volume.region);
        const size = volume.attributes.sizeGiB;
        const saving = (0,table/* cents */.wH)(size * (gp2.usd - gp3.usd));
        return {
            target: volume,
            message: `Volume ${volume.id} (${size} GiB) is gp2; as gp3 it would cost about $${saving.toFixed(2)} a month less.`,
            evidence: { volumeType: 'gp2', sizeGiB: size, iops: volume.attributes.iops },
            cost: {
                monthlyUsd: saving,
                basis: `${size} GiB x ($${gp2.usd} gp2 - $${gp3.usd} gp3) per GB-month`,
                prices: [gp2, gp3],
                avoidable: true,
            },
        };
    });
});
const volumeUnencrypted = (0,model/* defineRule */.Km)({
    id: 'ec2.volume-unencrypted',
    title: 'Attached EBS volume is not encrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:volume',
    reads: ['ec2:volume'],
    description: 'A volume attached to an instance stores its data, and its snapshots, unencrypted.',
    risk: 'Snapshots shared or copied by mistake expose the data; many compliance regimes require encryption at rest.',
    remediation: {
        text: 'Snapshot the volume, copy the snapshot with encryption, create an encrypted volume from it and swap it in; turn on EBS encryption by default so new volumes are encrypted.',
        console: 'EC2 console > Snapshots > Copy snapshot > Encrypt this snapshot',
    },
    references: { fsbp: ['EC2.3'] },
}, (ctx) => ctx
    .resources('ec2:volume')
    .filter((v) => !v.attributes.encrypted && v.attributes.attachments.length > 0)
    .map((volume) => ({
    target: volume,
    message: `Volume ${volume.id}, attached to ${volume.attributes.attachments.map((a) => a.instanceId).join(', ')}, is not encrypted.`,
    evidence: { encrypted: false, attachedTo: volume.attributes.attachments.map((a) => a.instanceId) },
})));
const ebsDefaultEncryptionOff = (0,model/* defineRule */.Km)({
    id: 'ec2.ebs-default-encryption-off',
    title: 'EBS encryption by default is off in a region',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:region-settings',
    reads: ['ec2:region-settings'],
    consults: ['ec2:volume'],
    description: 'New EBS volumes and snapshot copies in the region are not encrypted unless each request asks for it.',
    risk: 'One forgotten flag in a template creates an unencrypted volume.',
    remediation: {
        text: 'Turn on EBS encryption by default in every region you use (it affects new volumes only).',
        cli: 'aws ec2 enable-ebs-encryption-by-default --region {region}',
        console: 'EC2 console > Settings > EBS encryption > Manage > Always encrypt new EBS volumes',
    },
    references: { fsbp: ['EC2.7'], cis: ['6.1.1'] },
}, (ctx) => {
    // Regions with EBS volumes are the ones where the setting matters today; the rest are reported as low.
    const withVolumes = new Set(ctx.resources('ec2:volume').map((v) => `${v.account}|${v.region}`));
    return ctx
        .resources('ec2:region-settings')
        .filter((s) => !s.attributes.ebsEncryptionByDefault && ctx.known(s, 'ebsEncryptionByDefault'))
        .map((settings) => {
        const used = withVolumes.has(`${settings.account}|${settings.region}`);
        // "No volumes there" is only known where the volumes were listed; otherwise it stays medium.
        const volumesListed = ctx.listed(settings.account, 'ec2:volume', settings.region);
        const where = used
            ? ', which has EBS volumes'
            : volumesListed
                ? ' (no EBS volumes there yet)'
                : ' (its volumes could not be listed)';
        return {
            target: settings,
            message: `EBS encryption by default is off in ${settings.region}${where}.`,
            evidence: {
                ebsEncryptionByDefault: false,
                regionHasVolumes: used || (volumesListed ? false : null),
            },
            ...(used || !volumesListed ? {} : { severity: 'low' }),
        };
    });
});
const imdsv1Allowed = (0,model/* defineRule */.Km)({
    id: 'ec2.imdsv1-allowed',
    title: 'Instance allows IMDSv1 (instance metadata without session tokens)',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description: 'The instance metadata service answers requests without a session token (HttpTokens is optional).',
    risk: 'A server-side request forgery in any application on the instance can read its IAM role credentials (the Capital One breach pattern).',
    remediation: {
        text: 'Require IMDSv2 after checking that the software on the instance uses it (current AWS SDKs and CLIs do).',
        cli: 'aws ec2 modify-instance-metadata-options --region {region} --instance-id {id} --http-tokens required --http-endpoint enabled',
        console: 'EC2 console > Instances > the instance > Actions > Instance settings > Modify instance metadata options',
    },
    references: { fsbp: ['EC2.8'], cis: ['6.7'] },
    deviations: {
        'FSBP EC2.8': 'Instances with the metadata endpoint turned off are not reported: they serve no metadata at all. EC2.8 judges HttpTokens alone and fails them too.',
    },
}, (ctx) => ctx
    .resources('ec2:instance')
    .filter((i) => LIVE_INSTANCE_STATES.has(i.state ?? '') &&
    i.attributes.imds.httpEndpoint !== 'disabled' &&
    i.attributes.imds.httpTokens === 'optional')
    .map((instance) => ({
    target: instance,
    message: `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} accepts IMDSv1: HttpTokens is optional.`,
    evidence: {
        httpTokens: instance.attributes.imds.httpTokens,
        httpEndpoint: instance.attributes.imds.httpEndpoint,
        state: instance.state,
    },
})));
const instancePublicIp = (0,model/* defineRule */.Km)({
    id: 'ec2.instance-public-ip',
    title: 'Instance has a public IPv4 address',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description: 'A running instance is directly reachable at a public IPv4 address (also billed at $0.005 an hour since 2024).',
    risk: 'Every open port of every security group on the instance faces the internet; instances behind a load balancer or NAT do not need it.',
    remediation: {
        text: 'Put the instance in a private subnet behind a load balancer or NAT gateway, or use SSM for access; turn off auto-assigned public IPs on the subnet.',
        console: 'VPC console > Subnets > the subnet > Actions > Edit subnet settings > Auto-assign public IPv4 address',
    },
    references: { fsbp: ['EC2.9'] },
}, (ctx) => ctx
    .resources('ec2:instance')
    .filter((i) => i.state === 'running' && i.attributes.publicIp)
    .map((instance) => ({
    target: instance,
    message: `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} has the public IPv4 address ${instance.attributes.publicIp}.`,
    evidence: {
        publicIp: instance.attributes.publicIp,
        subnetId: instance.attributes.subnetId,
        securityGroupIds: instance.attributes.securityGroupIds,
    },
})));
const elasticIpUnassociated = (0,model/* defineRule */.Km)({
    id: 'ec2.eip-unassociated',
    title: 'Elastic IP address is not associated',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:elastic-ip',
    reads: ['ec2:elastic-ip'],
    description: 'An allocated Elastic IP that no instance or network interface uses; AWS bills every public IPv4 address by the hour.',
    risk: 'Money spent on nothing; forgotten addresses also keep DNS records pointing at addresses that may be reassigned.',
    remediation: {
        text: 'Release the address if nothing needs it (an address once released may not come back).',
        cli: 'aws ec2 release-address --region {region} --allocation-id {id}',
        console: 'EC2 console > Network & Security > Elastic IPs > the address > Actions > Release Elastic IP addresses',
    },
    cleanupAction: 'ec2.release-address',
}, (ctx) => ctx
    .resources('ec2:elastic-ip')
    .filter((eip) => !eip.attributes.associationId && !eip.attributes.instanceId && !eip.attributes.networkInterfaceId)
    .map((eip) => {
    const cost = (0,estimate/* hourlyCost */.l)('ec2.public-ipv4', eip.region, 'public IPv4 address', true);
    return {
        target: eip,
        message: `Elastic IP ${eip.attributes.publicIp} (${eip.id}) is not associated with anything and costs about $${cost.monthlyUsd.toFixed(2)} a month.`,
        evidence: { publicIp: eip.attributes.publicIp, allocationId: eip.attributes.allocationId },
        cost,
    };
}));
const instanceStoppedLong = (0,model/* defineRule */.Km)({
    id: 'ec2.instance-stopped-long',
    title: 'Instance has been stopped for a long time',
    severity: 'medium',
    category: 'cost',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    consults: ['ec2:volume'],
    description: 'An instance stopped for longer than thresholds.stoppedInstanceDays (default 30). Its EBS volumes (and any Elastic IP) are still billed.',
    risk: 'Forgotten instances keep paying for storage and drift out of patching; if nobody needs them, their data is a liability.',
    remediation: {
        text: 'Terminate the instance if it is no longer needed (snapshot or keep its volumes first if their data matters); otherwise record why it is kept and suppress the finding with an expiry.',
        console: 'EC2 console > Instances > the instance > Instance state > Terminate instance',
    },
    references: { fsbp: ['EC2.4'] },
    deviations: {
        'FSBP EC2.4': 'EC2.4 fails an instance stopped for more than 30 days (its allowedDays default); the rule uses thresholds.stoppedInstanceDays, and its findings cite EC2.4 only past 30 days.',
    },
}, (ctx) => {
    const volumes = new Map(ctx.resources('ec2:volume').map((v) => [`${v.account}|${v.id}`, v]));
    return ctx
        .resources('ec2:instance')
        .filter((i) => i.state === 'stopped')
        .flatMap((instance) => {
        // The stop time comes from StateTransitionReason; without it the age is unknown, so nothing is claimed.
        const days = stoppedDays(ctx, instance);
        if (days === null || days <= ctx.thresholds.stoppedInstanceDays)
            return [];
        const attached = instance.attributes.volumeIds
            .map((id) => volumes.get(`${instance.account}|${id}`))
            .filter((v) => v !== undefined);
        const costs = attached.map(resource_cost/* volumeCost */.mj).filter((c) => c !== null);
        const cost = costs.length > 0
            ? {
                monthlyUsd: (0,table/* cents */.wH)(costs.reduce((sum, c) => sum + c.monthlyUsd, 0)),
                basis: `storage of its ${costs.length} EBS volume(s): ${costs.map((c) => c.basis).join('; ')}`,
                prices: costs.flatMap((c) => c.prices),
                avoidable: true,
            }
            : undefined;
        return [
            {
                target: instance,
                message: `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} has been stopped for ${days} days` +
                    `${cost ? `; its volumes still cost about $${cost.monthlyUsd.toFixed(2)} a month` : ''}.`,
                evidence: {
                    state: 'stopped',
                    stoppedSince: instance.attributes.stateTransitionTime,
                    days,
                    volumeIds: instance.attributes.volumeIds,
                },
                ...(cost ? { cost } : {}),
                references: { fsbp: days > EC2_4_ALLOWED_DAYS ? ['EC2.4'] : [] },
            },
        ];
    });
});
const snapshotOld = (0,model/* defineRule */.Km)({
    id: 'ec2.snapshot-old',
    title: 'EBS snapshot is older than the retention threshold',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:snapshot',
    reads: ['ec2:snapshot'],
    description: 'A snapshot older than thresholds.snapshotAgeDays (default 90) that is still billed for its stored data.',
    risk: 'Snapshots outlive the volumes and the reasons they were taken for, and keep costing money.',
    remediation: {
        text: 'Delete snapshots no backup policy needs; manage the rest with Data Lifecycle Manager or AWS Backup retention.',
        cli: 'aws ec2 delete-snapshot --region {region} --snapshot-id {id}',
        console: 'EC2 console > Elastic Block Store > Snapshots > the snapshot > Actions > Delete snapshot',
    },
}, (ctx) => ctx.resources('ec2:snapshot').flatMap((snapshot) => {
    const age = ctx.daysSince(snapshot.attributes.startTime ?? snapshot.createdAt);
    if (age === null || age <= ctx.thresholds.snapshotAgeDays)
        return [];
    const price = (0,table/* priceOf */.xx)('ebs.snapshot', snapshot.region);
    const size = snapshot.attributes.sizeGiB;
    return [
        {
            target: snapshot,
            message: `Snapshot ${snapshot.id} of ${snapshot.attributes.volumeId ?? 'a deleted volume'} (${size} GiB) is ${age} days old.`,
            evidence: {
                startTime: snapshot.attributes.startTime,
                days: age,
                sizeGiB: size,
                description: snapshot.attributes.description,
            },
            cost: {
                monthlyUsd: (0,table/* cents */.wH)(size * price.usd),
                // Snapshots are incremental: the volume size is an upper bound of what is stored.
                basis: `at most ${size} GiB x $${price.usd} per GB-month (snapshots store changed blocks only)`,
                prices: [price],
                // An upper bound: deleting it frees only the blocks no other snapshot shares.
                avoidable: false,
            },
        },
    ];
}));
const instancePreviousGeneration = (0,model/* defineRule */.Km)({
    id: 'ec2.instance-previous-generation',
    title: 'Instance uses a previous-generation instance type',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description: `The instance type belongs to a family AWS lists as previous generation (${PREVIOUS_GENERATION_FAMILIES.join(', ')}).`,
    risk: 'Older families cost more per unit of work, lack current hardware security features and may lose capacity.',
    remediation: {
        text: 'Move to a current-generation family of the same kind (for example m3 to m7i or m7g, c4 to c7i) after testing.',
        console: 'EC2 console > Instances > stop the instance > Actions > Instance settings > Change instance type',
    },
}, (ctx) => ctx
    .resources('ec2:instance')
    .filter((i) => LIVE_INSTANCE_STATES.has(i.state ?? '') &&
    PREVIOUS_GENERATION_FAMILIES.includes(i.attributes.instanceType.split('.')[0] ?? ''))
    .map((instance) => ({
    target: instance,
    message: `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} runs on ${instance.attributes.instanceType}, a previous-generation type.`,
    evidence: { instanceType: instance.attributes.instanceType },
})));
const snapshotPublic = (0,model/* defineRule */.Km)({
    id: 'ec2.snapshot-public',
    title: 'EBS snapshot is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'ec2:snapshot',
    reads: ['ec2:snapshot'],
    description: "One of the account's EBS snapshots can be restored by every AWS account (its createVolumePermission holds the group all), as one DescribeSnapshots with RestorableByUserIds=all per region tells.",
    risk: 'Anyone can create a volume from it and read the whole disk: files, databases, keys and credentials left on it. Public snapshots are searched for continuously.',
    remediation: {
        text: 'Make the snapshot private at once, share it with named accounts if it must be shared, and treat what it held as exposed (rotate the secrets on it). Block public access for snapshots in every region to stop it happening again.',
        cli: 'aws ec2 modify-snapshot-attribute --region {region} --snapshot-id {id} --attribute createVolumePermission --operation-type remove --group-names all',
        console: 'EC2 console > Snapshots > the snapshot > Actions > Snapshot settings > Modify permissions > Private',
    },
    references: {
        fsbp: ['EC2.1'],
        docs: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html'],
    },
    deviations: {
        'FSBP EC2.1': 'Reported on each public snapshot, where Security Hub reports one finding on the account.',
    },
}, (ctx) => ctx
    .resources('ec2:snapshot')
    .filter((s) => ctx.known(s, 'public') && s.attributes.public)
    .map((snapshot) => ({
    target: snapshot,
    message: `EBS snapshot ${snapshot.id}${snapshot.attributes.volumeId ? ` of ${snapshot.attributes.volumeId}` : ''} (${snapshot.attributes.sizeGiB} GiB) is public: any AWS account can restore it.`,
    evidence: {
        public: true,
        volumeId: snapshot.attributes.volumeId,
        encrypted: snapshot.attributes.encrypted,
    },
})));
const amiPublic = (0,model/* defineRule */.Km)({
    id: 'ec2.ami-public',
    title: 'AMI is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'ec2:image',
    reads: ['ec2:image'],
    description: 'An AMI the account owns can be launched by every AWS account (its launch permissions hold the group all).',
    risk: 'Anyone can launch the image and read its disks: code, configuration and any credential baked into it. Public AMIs are searched for continuously.',
    remediation: {
        text: 'Make the AMI private at once, share it with named accounts if it must be shared, and treat what it held as exposed. Block public access for AMIs in every region to stop it happening again.',
        cli: "aws ec2 modify-image-attribute --region {region} --image-id {id} --launch-permission 'Remove=[{Group=all}]'",
        console: 'EC2 console > AMIs > the AMI > Actions > Edit AMI permissions > Private',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html'],
    },
}, (ctx) => ctx
    .resources('ec2:image')
    .filter((image) => image.attributes.public)
    .map((image) => ({
    target: image,
    message: `AMI ${image.id}${image.name ? ` (${image.name})` : ''} is public: any AWS account can launch it.`,
    evidence: { public: true },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/ec2-eni.ts

/** The interface types FSBP EC2.180 judges (the others are AWS services' own, such as NAT gateways'). */
const JUDGED_TYPES = new Set([
    'aws_codestar_connections_managed',
    'branch',
    'efa',
    'interface',
    'lambda',
    'quicksight',
]);
const eniSourceDestCheckOff = (0,model/* defineRule */.Km)({
    id: 'ec2.eni-source-dest-check-off',
    title: 'Network interface has source/destination checking off',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:network-interface',
    reads: ['ec2:network-interface'],
    description: `A network interface of a type FSBP EC2.180 judges (${[...JUDGED_TYPES].join(', ')}) has source/destination checking off, so it accepts and forwards traffic that is neither from nor to it.`,
    risk: 'An instance that routes for others can be used to reach networks around the route tables and ACLs meant to separate them, or to send spoofed traffic.',
    remediation: {
        text: 'Turn source/destination checking back on, unless the instance is a NAT instance or appliance that must route; a NAT gateway can replace a NAT instance.',
        cli: 'aws ec2 modify-network-interface-attribute --region {region} --network-interface-id {id} --source-dest-check',
        console: 'EC2 console > Network interfaces > the interface > Actions > Change source/dest. check',
    },
    references: {
        fsbp: ['EC2.180'],
        docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/modify-network-interface-attributes.html'],
    },
}, (ctx) => ctx
    .resources('ec2:network-interface')
    .filter((eni) => JUDGED_TYPES.has(eni.attributes.interfaceType ?? '') && !eni.attributes.sourceDestCheck)
    .map((eni) => ({
    target: eni,
    message: `Network interface ${eni.id}${eni.attributes.instanceId ? ` of ${eni.attributes.instanceId}` : ''} has source/destination checking off.`,
    evidence: {
        interfaceType: eni.attributes.interfaceType,
        instanceId: eni.attributes.instanceId,
        subnetId: eni.attributes.subnetId,
    },
})));

// EXTERNAL MODULE: ./src/rules/catalog/ec2-idle.ts
var ec2_idle = __webpack_require__(3392);
;// CONCATENATED MODULE: ./src/rules/catalog/ec2-instance.ts

/** States of an instance that still exists (a terminated one has no interfaces nor a future). */
const LIVE = new Set(['pending', 'running', 'stopping', 'stopped']);
const live = (instance) => LIVE.has(instance.state ?? '');
/**
 * The families AWS can run paravirtual AMIs on (C1, C3, HS1, M1, M2, M3, T1). AWS never reports PV on
 * any other type; moto does, for every instance launched without a registered AMI.
 */
const PV_FAMILIES = new Set(['c1', 'c3', 'hs1', 'm1', 'm2', 'm3', 't1']);
const ec2_instance_label = (instance) => `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''}`;
const instanceMultipleEnis = (0,model/* defineRule */.Km)({
    id: 'ec2.instance-multiple-enis',
    title: 'Instance uses more than one network interface',
    severity: 'low',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description: 'The instance has more than one network interface (ENI or EFA) attached, which can put it in several subnets at once. EKS nodes, which attach interfaces for their pods, are reported too, as FSBP EC2.17 does: suppress them where that is by design.',
    risk: 'A dual-homed instance can bridge networks that were meant to be kept apart, around the controls between them.',
    remediation: {
        text: 'Detach the interfaces the instance does not need, or document why it must span networks and suppress the finding.',
        console: 'EC2 console > Network interfaces > the interface > Actions > Detach',
    },
    references: { fsbp: ['EC2.17'] },
}, (ctx) => ctx
    .resources('ec2:instance')
    .filter((i) => live(i) && i.attributes.networkInterfaceCount > 1)
    .map((instance) => ({
    target: instance,
    message: `${ec2_instance_label(instance)} has ${instance.attributes.networkInterfaceCount} network interfaces.`,
    evidence: {
        networkInterfaceCount: instance.attributes.networkInterfaceCount,
        subnetId: instance.attributes.subnetId,
    },
})));
const instanceParavirtual = (0,model/* defineRule */.Km)({
    id: 'ec2.instance-paravirtual',
    title: 'Instance uses paravirtual (PV) virtualization',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description: "The instance's virtualization type is paravirtual. AWS runs PV only on the C1, C3, HS1, M1, M2, M3 and T1 families, so a PV answer for another type (an emulator's) is not reported.",
    risk: 'PV AMIs and the instance types that run them are no longer maintained: no current kernels, drivers or Nitro security features.',
    remediation: {
        text: 'Move the workload to an HVM AMI on a current instance type.',
        console: 'EC2 console > Launch instance, from an HVM AMI',
    },
    references: {
        fsbp: ['EC2.24'],
        docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html'],
    },
}, (ctx) => ctx
    .resources('ec2:instance')
    .filter((i) => live(i) && i.attributes.virtualizationType === 'paravirtual')
    .filter((i) => PV_FAMILIES.has(i.attributes.instanceType.split('.')[0] ?? ''))
    .map((instance) => ({
    target: instance,
    message: `${ec2_instance_label(instance)} is a paravirtual (PV) instance of type ${instance.attributes.instanceType}.`,
    evidence: { virtualizationType: 'paravirtual', instanceType: instance.attributes.instanceType },
})));
const instanceUserDataSecrets = (0,model/* defineRule */.Km)({
    id: 'ec2.instance-user-data-secrets',
    title: 'Instance user data holds a plaintext secret',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    // Its data takes one DescribeInstanceAttribute call per instance, which scans do not make by default.
    defaultEnabled: false,
    description: "The instance's user data (base64, or gzip-compressed as cloud-init accepts) holds what looks like a secret in plain text: a known key format (AWS access key, private key, Stripe, GitHub or Slack token, JWT, credentials in a URL) or a long random value assigned to a secret-like name, detected as for Lambda environment variables. One finding per assignment (or one for the whole text when a key stands outside any); values never leave the scan. Off by default: judged only where the user data was read, and this version's scan does not read it yet (one DescribeInstanceAttribute per instance, to come as an opt-in read), so today it judges only inventories that carry it.",
    risk: 'User data is readable by anyone with ec2:DescribeInstanceAttribute and by every process on the instance through the metadata service (IMDS) without authentication beyond reaching it; it survives in launch templates and AMIs made from the instance.',
    remediation: {
        text: 'Rotate the secret first (assume it is exposed), then have the instance fetch it at boot from Secrets Manager or SSM Parameter Store (SecureString) with its instance role, and remove it from the user data (stop the instance to edit user data).',
        console: 'EC2 console > Instances > the instance > Actions > Instance settings > Edit user data',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html'],
    },
}, (ctx) => ctx
    .resources('ec2:instance')
    .filter((instance) => ctx.known(instance, 'userDataSecrets'))
    .flatMap((instance) => (instance.attributes.userDataSecrets ?? []).map((secret) => ({
    target: instance,
    subKey: secret.variable,
    message: `${ec2_instance_label(instance)} has a plaintext secret in its user data: ${secret.variable} (${secret.kind}).`,
    evidence: { variable: secret.variable, kind: secret.kind },
}))));

;// CONCATENATED MODULE: ./src/rules/catalog/ec2-launch-template.ts

const ec2_launch_template_label = (template) => `Launch template ${template.id}${template.name ? ` (${template.name})` : ''}, default version ${template.attributes.defaultVersion ?? '?'},`;
const newVersionConsole = 'EC2 console > Launch templates > the template > Actions > Modify template (Create new version), then Actions > Set default version';
const launchTemplatePublicIp = (0,model/* defineRule */.Km)({
    id: 'ec2.launch-template-public-ip',
    title: 'Launch template assigns public IP addresses',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:launch-template',
    reads: ['ec2:launch-template'],
    description: "The launch template's default version sets AssociatePublicIpAddress on one of its network interfaces: every instance launched from it, by hand or by an Auto Scaling group, gets a public IPv4 address.",
    risk: 'Instances launched from it face the internet as far as their security groups allow, whatever subnet they land in; each public IPv4 address is also billed hourly.',
    remediation: {
        text: 'Create a version whose network interfaces do not associate a public address (put instances behind a load balancer or NAT gateway), make it the default, and roll the groups that use it.',
        console: newVersionConsole,
    },
    references: {
        fsbp: ['EC2.25'],
        docs: [
            'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html#change-network-interface',
        ],
    },
    deviations: {
        'FSBP EC2.25': 'An existing network interface the template names by id is not looked up, so one that already holds a public address is not reported.',
    },
}, (ctx) => ctx.resources('ec2:launch-template').flatMap((template) => {
    const publicOnes = template.attributes.networkInterfaces.filter((i) => i.associatePublicIpAddress === true);
    if (publicOnes.length === 0)
        return [];
    return [
        {
            target: template,
            message: `${ec2_launch_template_label(template)} assigns a public IPv4 address to network interface(s) at device index ${publicOnes.map((i) => i.deviceIndex ?? '?').join(', ')}.`,
            evidence: {
                defaultVersion: template.attributes.defaultVersion,
                deviceIndexes: publicOnes.map((i) => i.deviceIndex),
            },
        },
    ];
}));
const launchTemplateImdsv1 = (0,model/* defineRule */.Km)({
    id: 'ec2.launch-template-imdsv1-allowed',
    title: 'Launch template does not require IMDSv2',
    severity: 'low',
    category: 'security',
    resourceType: 'ec2:launch-template',
    reads: ['ec2:launch-template'],
    description: "The launch template's default version sets HttpTokens to optional, or leaves it unset (launches then fall back to the AMI's or the account's default), so instances launched from it may answer IMDSv1 requests. Versions that turn the metadata endpoint off are not reported.",
    risk: 'Every instance launched from the template can be made to hand out its IAM role credentials through a server-side request forgery (the Capital One breach pattern).',
    remediation: {
        text: 'Create a version with HttpTokens required (after checking that the software on the instances uses IMDSv2), make it the default, and roll the groups that use it.',
        console: newVersionConsole,
    },
    references: {
        fsbp: ['EC2.170'],
        docs: [
            'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html',
        ],
    },
    deviations: {
        'FSBP EC2.170': 'A version that leaves HttpTokens unset is reported too, as the AWS Config rule behind EC2.170 (ec2-launch-template-imdsv2-check) fails it; the control page names only optional. Versions with the metadata endpoint disabled are not reported: they serve no metadata at all.',
    },
}, (ctx) => ctx
    .resources('ec2:launch-template')
    .filter((t) => t.attributes.imds.httpEndpoint !== 'disabled' && t.attributes.imds.httpTokens !== 'required')
    .map((template) => {
    const { httpTokens } = template.attributes.imds;
    return {
        target: template,
        message: httpTokens === null
            ? `${ec2_launch_template_label(template)} does not set HttpTokens: instances launched from it require IMDSv2 only if the AMI or the account default does.`
            : `${ec2_launch_template_label(template)} sets HttpTokens to ${httpTokens}: instances launched from it accept IMDSv1.`,
        evidence: { defaultVersion: template.attributes.defaultVersion, httpTokens },
    };
}));
const launchTemplateEbsUnencrypted = (0,model/* defineRule */.Km)({
    id: 'ec2.launch-template-ebs-unencrypted',
    title: 'Launch template turns off encryption of its EBS volumes',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:launch-template',
    reads: ['ec2:launch-template'],
    consults: ['ec2:region-settings'],
    description: "The launch template's default version sets Encrypted to false for an EBS volume of its block device mappings. Volumes it leaves unset are not judged (EC2.181 reads only what the template sets). Low where EBS encryption by default is on in the region, which encrypts new volumes whatever the template says.",
    risk: 'Instances launched from it may get unencrypted disks, and their snapshots are unencrypted too.',
    remediation: {
        text: 'Create a version whose block device mappings set Encrypted to true (or leave it unset and turn on EBS encryption by default), make it the default, and roll the groups that use it.',
        console: newVersionConsole,
    },
    references: {
        fsbp: ['EC2.181'],
        docs: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    },
}, (ctx) => {
    const encryptedByDefault = new Set(ctx
        .resources('ec2:region-settings')
        .filter((s) => s.attributes.ebsEncryptionByDefault && ctx.known(s, 'ebsEncryptionByDefault'))
        .map((s) => `${s.account}|${s.region}`));
    return ctx.resources('ec2:launch-template').flatMap((template) => {
        const off = template.attributes.ebsVolumes.filter((v) => v.encrypted === false);
        if (off.length === 0)
            return [];
        const byDefault = encryptedByDefault.has(`${template.account}|${template.region}`);
        return [
            {
                target: template,
                message: `${ec2_launch_template_label(template)} sets Encrypted to false for ${off.map((v) => v.deviceName ?? 'a volume').join(', ')}.${byDefault ? ' EBS encryption by default is on in the region, so AWS encrypts these volumes anyway.' : ''}`,
                evidence: {
                    defaultVersion: template.attributes.defaultVersion,
                    devices: off.map((v) => v.deviceName),
                    ebsEncryptionByDefault: byDefault,
                },
                ...(byDefault ? { severity: 'low' } : {}),
            },
        ];
    });
});

;// CONCATENATED MODULE: ./src/rules/catalog/ec2-nacl.ts

/** FSBP EC2.21's (and CIS 6.2's) remote administration ports, over TCP. */
const ADMIN_PORTS = [
    { port: 22, label: 'SSH' },
    { port: 3389, label: 'RDP' },
];
const TCP_PROTOCOLS = new Set(['-1', '6']);
const matchesTcpPort = (entry, port) => TCP_PROTOCOLS.has(entry.protocol) &&
    (entry.protocol === '-1' || ((entry.fromPort ?? 0) <= port && port <= (entry.toPort ?? 65535)));
/**
 * The entry that decides whether everyone in `source` (0.0.0.0/0 or ::/0) reaches the TCP port: a
 * network ACL applies the lowest-numbered matching entry. Entries for narrower sources neither open
 * the port to everyone nor close it for everyone, so the first entry for the whole source decides.
 */
function decidingEntry(acl, source, port) {
    return acl.attributes.ingress
        .filter((e) => (source.includes(':') ? e.ipv6CidrBlock : e.cidrBlock) === source)
        .filter((e) => matchesTcpPort(e, port))
        .sort((a, b) => a.ruleNumber - b.ruleNumber)[0];
}
const subnetNote = (acl) => {
    const count = acl.attributes.subnetIds.length;
    return count === 0 ? ' No subnet uses it today.' : ` It is associated with ${count} subnet(s).`;
};
const naclAdminPortOpen = (0,model/* defineRule */.Km)({
    id: 'ec2.nacl-admin-port-open-to-internet',
    title: 'Network ACL allows SSH or RDP from the internet',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:network-acl',
    reads: ['ec2:network-acl'],
    description: 'A network ACL that is not a default one lets 0.0.0.0/0 or ::/0 reach TCP port 22 or 3389: the lowest-numbered inbound entry for that whole source and port allows it (an ALLOW that a lower-numbered DENY of the same source closes is not reported). Low where no subnet uses the ACL.',
    risk: 'The subnets behind the ACL rely on security groups alone to keep SSH and RDP, the usual ways into hosts, away from the internet.',
    remediation: {
        text: 'Add an inbound DENY for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 with a rule number below the ALLOW, or narrow the ALLOW to the networks that administer the hosts.',
        cli: 'aws ec2 create-network-acl-entry --region {region} --network-acl-id {id} --ingress --rule-number {denyRuleNumber} --protocol tcp --port-range From={port},To={port} --cidr-block 0.0.0.0/0 --rule-action deny',
        console: 'VPC console > Network ACLs > the ACL > Inbound rules > Edit inbound rules',
    },
    references: {
        fsbp: ['EC2.21'],
        cis: ['6.2'],
        docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
    },
    deviations: {
        'FSBP EC2.21': 'Inbound entries are evaluated as the ACL applies them, lowest rule number first: an ALLOW for 0.0.0.0/0 or ::/0 that a lower-numbered DENY of the same whole source already closes for the port is not reported (the control names the ALLOW entry alone).',
        'CIS 6.2': 'Default network ACLs are not reported (FSBP EC2.21 exempts them; CIS 6.2 does not), and the ports are TCP 22 and 3389. A finding cites CIS 6.2 only where 0.0.0.0/0 is allowed.',
    },
}, (ctx) => ctx
    .resources('ec2:network-acl')
    .filter((acl) => !acl.attributes.isDefault)
    .flatMap((acl) => ADMIN_PORTS.flatMap(({ port, label }) => {
    const open = ['0.0.0.0/0', '::/0'].flatMap((source) => {
        const entry = decidingEntry(acl, source, port);
        return entry?.ruleAction === 'allow' ? [{ source, entry }] : [];
    });
    if (open.length === 0)
        return [];
    const sources = open.map((o) => o.source);
    const rules = open.map((o) => o.entry.ruleNumber);
    // The command adds an IPv4 DENY just below the ALLOW, where that rule number is free.
    const ipv4Allow = open.find((o) => o.source === '0.0.0.0/0')?.entry.ruleNumber;
    const denyRule = ipv4Allow === undefined ? 0 : ipv4Allow - 1;
    const cliApplies = denyRule >= 1 && !acl.attributes.ingress.some((e) => e.ruleNumber === denyRule);
    return [
        {
            target: acl,
            subKey: String(port),
            message: `Network ACL ${acl.id}${acl.attributes.vpcId ? ` of ${acl.attributes.vpcId}` : ''} allows ${label} (TCP ${port}) from ${sources.join(' and ')} (rule ${rules.join(', ')}).${subnetNote(acl)}`,
            evidence: { port, sources, ruleNumbers: rules, subnetIds: acl.attributes.subnetIds },
            ...(acl.attributes.subnetIds.length === 0 ? { severity: 'low' } : {}),
            ...(cliApplies
                ? { templateValues: { port: String(port), denyRuleNumber: String(denyRule) } }
                : { cliDoesNotApply: true }),
            references: { cis: sources.includes('0.0.0.0/0') ? ['6.2'] : [] },
        },
    ];
})));
const naclUnused = (0,model/* defineRule */.Km)({
    id: 'ec2.nacl-unused',
    title: 'Network ACL is not associated with any subnet',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'ec2:network-acl',
    reads: ['ec2:network-acl'],
    description: "A network ACL that is not its VPC's default is associated with no subnet. Default ACLs, which cannot be deleted, are not reported.",
    risk: 'Unused ACLs clutter the network configuration, and one associated later by mistake brings whatever rules it holds.',
    remediation: {
        text: 'Delete the ACL if nothing needs it.',
        cli: 'aws ec2 delete-network-acl --region {region} --network-acl-id {id}',
        console: 'VPC console > Network ACLs > the ACL > Actions > Delete network ACLs',
    },
    references: { fsbp: ['EC2.16'] },
}, (ctx) => ctx
    .resources('ec2:network-acl')
    .filter((acl) => !acl.attributes.isDefault && acl.attributes.subnetIds.length === 0)
    .map((acl) => ({
    target: acl,
    message: `Network ACL ${acl.id}${acl.name ? ` (${acl.name})` : ''}${acl.attributes.vpcId ? ` of ${acl.attributes.vpcId}` : ''} is associated with no subnet.`,
    evidence: { vpcId: acl.attributes.vpcId, subnetIds: [] },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/ec2-nat.ts



const natDocs = 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-cloudwatch.html';
const ec2_nat_deleteCli = 'aws ec2 delete-nat-gateway --region {region} --nat-gateway-id {id}';
const ec2_nat_deleteConsole = 'VPC console > NAT gateways > the gateway > Actions > Delete NAT gateway';
const gb = (bytes) => bytes / 1e9;
const gbText = (bytes) => `${gb(bytes) < 10 ? gb(bytes).toFixed(2) : gb(bytes).toFixed(0)} GB`;
/**
 * Days the window tells about the gateway: the days it existed in the window, as its age says,
 * or the days with datapoints when those are more (a missing creation time); 1 to windowDays.
 */
function daysObserved(ctx, nat, traffic) {
    const age = ctx.daysSince(nat.createdAt) ?? 0;
    return Math.max(1, Math.min(traffic.windowDays, Math.max(traffic.daysWithData, age)));
}
/**
 * An available gateway whose metrics show no byte processed over the whole window: it existed
 * for all of it. Unknown traffic or a shorter history is never called idle.
 */
function isIdle(ctx, nat) {
    const traffic = nat.attributes.traffic;
    if (nat.state !== 'available' || !ctx.known(nat, 'traffic') || traffic === null)
        return false;
    return traffic.bytesProcessed === 0 && daysObserved(ctx, nat, traffic) >= traffic.windowDays;
}
const natGatewayIdle = (0,model/* defineRule */.Km)({
    id: 'ec2.nat-gateway-idle',
    title: 'NAT gateway processed no traffic',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:nat-gateway',
    reads: ['ec2:nat-gateway'],
    description: "An available NAT gateway whose CloudWatch metrics (BytesInFromSource, BytesInFromDestination) show no byte processed over the scan's traffic window (14 days), while it existed for that long.",
    risk: 'It is billed every hour for nothing; often a leftover of a deleted environment or a private subnet nobody routes through it any more.',
    remediation: {
        text: "Check that no route table sends traffic to it and nothing runs in its VPC's private subnets, then delete it. Its Elastic IP stays allocated, and billed, until released.",
        cli: ec2_nat_deleteCli,
        console: ec2_nat_deleteConsole,
    },
    references: { docs: [natDocs] },
    cleanupAction: 'ec2.delete-nat-gateway',
}, (ctx) => ctx
    .resources('ec2:nat-gateway')
    .filter((nat) => isIdle(ctx, nat))
    .map((nat) => {
    const cost = (0,estimate/* hourlyCost */.l)('vpc.nat-gateway', nat.region, 'NAT gateway hours', true);
    const windowDays = nat.attributes.traffic?.windowDays;
    return {
        target: nat,
        message: `NAT gateway ${nat.id} in ${nat.attributes.vpcId ?? 'its VPC'} processed no traffic in the last ${windowDays} days and costs $${cost.monthlyUsd.toFixed(2)} a month.`,
        evidence: {
            vpcId: nat.attributes.vpcId,
            subnetId: nat.attributes.subnetId,
            publicIps: nat.attributes.publicIps,
            createdAt: nat.createdAt,
            traffic: nat.attributes.traffic,
        },
        cost,
    };
}));
/** Hours, plus the data processed over the window projected to a month when it was read. */
function spend(ctx, nat) {
    const hours = (0,estimate/* hourlyCost */.l)('vpc.nat-gateway', nat.region, 'NAT gateway hours', false);
    const traffic = ctx.known(nat, 'traffic') ? nat.attributes.traffic : null;
    if (traffic === null || traffic.bytesProcessed === 0)
        return hours;
    const days = daysObserved(ctx, nat, traffic);
    const monthlyGb = (gb(traffic.bytesProcessed) / days) * (table/* HOURS_PER_MONTH */.x4 / 24);
    const data = (0,table/* priceOf */.xx)('vpc.nat-gateway.data', nat.region);
    return {
        monthlyUsd: (0,table/* cents */.wH)(hours.monthlyUsd + monthlyGb * data.usd),
        basis: `${hours.basis} + ${monthlyGb.toFixed(1)} GB a month (${gbText(traffic.bytesProcessed)} over ${days} days) x $${data.usd} per GB processed`,
        prices: [...hours.prices, data],
        avoidable: false,
    };
}
const natGatewayCost = (0,model/* defineRule */.Km)({
    id: 'ec2.nat-gateway-cost',
    title: 'NAT gateway costs a fixed hourly charge',
    severity: 'info',
    category: 'cost',
    resourceType: 'ec2:nat-gateway',
    reads: ['ec2:nat-gateway'],
    description: 'What each available NAT gateway in use costs: billed by the hour whether or not traffic flows, plus a charge per GB processed (from its CloudWatch metrics, where they could be read). An idle one is ec2.nat-gateway-idle instead.',
    risk: 'NAT gateways in development VPCs, and data that could reach AWS services through VPC endpoints, are a common, silent monthly cost.',
    remediation: {
        text: 'Share one NAT gateway per VPC outside production, and send S3 and DynamoDB traffic through gateway VPC endpoints (free) instead of the NAT gateway.',
        console: 'VPC console > NAT gateways > the gateway > Monitoring',
    },
    references: { docs: [natDocs] },
}, 
// Not counted in the estimated savings: a gateway in use cannot just be deleted.
(ctx) => ctx
    .resources('ec2:nat-gateway')
    .filter((nat) => nat.state === 'available' && !isIdle(ctx, nat))
    .map((nat) => {
    const cost = spend(ctx, nat);
    const traffic = ctx.known(nat, 'traffic') ? nat.attributes.traffic : null;
    const age = ctx.daysSince(nat.createdAt);
    const processed = traffic && traffic.bytesProcessed > 0
        ? `; it processed ${gbText(traffic.bytesProcessed)} in the last ${traffic.windowDays} days`
        : '';
    return {
        target: nat,
        message: `NAT gateway ${nat.id} in ${nat.attributes.vpcId ?? 'its VPC'} costs about $${cost.monthlyUsd.toFixed(2)} a month${processed}${age !== null ? ` (created ${age} days ago)` : ''}.`,
        evidence: {
            vpcId: nat.attributes.vpcId,
            subnetId: nat.attributes.subnetId,
            publicIps: nat.attributes.publicIps,
            createdAt: nat.createdAt,
            traffic: ctx.known(nat, 'traffic') ? traffic : 'unknown',
        },
        cost,
    };
}));

;// CONCATENATED MODULE: ./src/rules/catalog/ec2-network.ts

const OPEN_IPV4 = '0.0.0.0/0';
const OPEN_IPV6 = '::/0';
/** FSBP EC2.19's high-risk ports (its blockedPorts, not customizable). */
const EC2_19_PORTS = [
    20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080,
    8088, 8888, 9200, 9300,
];
/** The high-risk ports the high-risk rule reports: 22 and 3389 have rules of their own. */
const HIGH_RISK_PORTS = EC2_19_PORTS.filter((port) => port !== 22 && port !== 3389);
const CIFS_PORT = 445;
/** FSBP EC2.18's authorizedTcpPorts default: it fails a group open to the internet on any other port. */
const EC2_18_AUTHORIZED = [80, 443];
/**
 * CIS 6.3 judges ingress from 0.0.0.0/0 and CIS 6.4 from ::/0 to the remote administration ports
 * (22 and 3389): a finding cites the one its open sources fail.
 */
const cisAdminPortSections = (open) => [
    ...(open.sources.includes(OPEN_IPV4) ? ['6.3'] : []),
    ...(open.sources.includes(OPEN_IPV6) ? ['6.4'] : []),
];
/** Ingress rules open to the whole internet, with their port range made explicit. */
function openRules(group) {
    return group.attributes.ingress.flatMap((rule) => {
        const sources = [
            ...rule.ipv4Ranges.filter((c) => c === OPEN_IPV4),
            ...rule.ipv6Ranges.filter((c) => c === OPEN_IPV6),
        ];
        if (sources.length === 0)
            return [];
        const allProtocols = rule.protocol === '-1';
        const from = allProtocols ? 0 : (rule.fromPort ?? 0);
        const to = allProtocols ? 65535 : (rule.toPort ?? 65535);
        // ICMP rules carry type/code in the port fields, not ports.
        if (!allProtocols && !['tcp', 'udp', '6', '17'].includes(rule.protocol))
            return [];
        return [{ rule, sources, from, to, allPorts: allProtocols || (from <= 0 && to >= 65535) }];
    });
}
const isTcp = (open) => ['-1', 'tcp', '6'].includes(open.rule.protocol);
const portText = (open) => open.allPorts ? 'all ports' : open.from === open.to ? `port ${open.from}` : `ports ${open.from}-${open.to}`;
const protocolText = (open) => open.rule.protocol === '-1' ? 'all protocols' : open.rule.protocol.toUpperCase();
/** Unused groups expose nothing today: still a finding (a latent risk), one severity lower. */
function usage(ctx, group) {
    if (!ctx.known(group, 'networkInterfaceIds'))
        return { used: null, note: '' };
    const count = group.attributes.networkInterfaceIds.length;
    return count > 0
        ? { used: true, note: ` It is used by ${count} network interface(s).` }
        : { used: false, note: ' No network interface uses it today.' };
}
function hit(ctx, group, open, what, lowerWhenUnused, references) {
    const { used, note } = usage(ctx, group);
    return {
        target: group,
        subKey: `${open.rule.protocol}:${open.from}-${open.to}`,
        message: `${what} open to ${open.sources.join(' and ')} through ${group.id} (${group.attributes.groupName}): ${protocolText(open)} ${portText(open)}.${note}`,
        evidence: {
            groupId: group.id,
            groupName: group.attributes.groupName,
            protocol: open.rule.protocol,
            fromPort: open.from,
            toPort: open.to,
            sources: open.sources,
            networkInterfaces: used === null ? 'unknown' : group.attributes.networkInterfaceIds.length,
        },
        ...(used === false ? { severity: lowerWhenUnused } : {}),
        templateValues: { ipPermissions: ipPermissionsJson(open) },
        ...(references ? { references } : {}),
    };
}
/** The open rule as revoke-security-group-ingress takes it: only its internet-wide sources. */
function ipPermissionsJson(open) {
    const { rule } = open;
    const ipv4 = open.sources.filter((s) => s === OPEN_IPV4).map((CidrIp) => ({ CidrIp }));
    const ipv6 = open.sources.filter((s) => s === OPEN_IPV6).map((CidrIpv6) => ({ CidrIpv6 }));
    return JSON.stringify([
        {
            IpProtocol: rule.protocol,
            ...(rule.protocol === '-1' ? {} : { FromPort: rule.fromPort, ToPort: rule.toPort }),
            ...(ipv4.length > 0 ? { IpRanges: ipv4 } : {}),
            ...(ipv6.length > 0 ? { Ipv6Ranges: ipv6 } : {}),
        },
    ]);
}
/** Revokes exactly the rule's internet-wide sources; other sources of the rule stay. */
const revokeCli = 'aws ec2 revoke-security-group-ingress --region {region} --group-id {id} --ip-permissions {ipPermissions}';
const includes = (open, port) => open.from <= port && port <= open.to;
const sgRemediation = {
    console: 'VPC console > Security groups > the group > Inbound rules > Edit inbound rules',
};
const sgSshOpen = (0,model/* defineRule */.Km)({
    id: 'ec2.sg-ssh-open-to-internet',
    title: 'Security group allows SSH (port 22) from the internet',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: 'An inbound rule allows TCP port 22 from 0.0.0.0/0 or ::/0.',
    risk: 'SSH reachable from anywhere invites brute-force and exploitation of any SSH flaw on every instance using the group.',
    remediation: {
        text: 'Remove the rule; reach instances with SSM Session Manager, or allow SSH only from known address ranges.',
        cli: revokeCli,
        ...sgRemediation,
    },
    references: { fsbp: ['EC2.19'], cis: ['6.3', '6.4'] },
}, (ctx) => ctx.resources('ec2:security-group').flatMap((group) => openRules(group)
    // SSH is TCP only; a UDP 22 rule is left to the unauthorized-port rule.
    .filter((o) => !o.allPorts && includes(o, 22) && isTcp(o))
    .map((o) => hit(ctx, group, o, 'SSH is', 'medium', { cis: cisAdminPortSections(o) }))));
const sgRdpOpen = (0,model/* defineRule */.Km)({
    id: 'ec2.sg-rdp-open-to-internet',
    title: 'Security group allows RDP (port 3389) from the internet',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: 'An inbound rule allows port 3389 from 0.0.0.0/0 or ::/0, over TCP or UDP (RDP uses both since RDP 8.0).',
    risk: 'Remote Desktop open to anyone is a leading way into Windows hosts (brute force, BlueKeep-class flaws).',
    remediation: {
        text: 'Remove the rule; use SSM Session Manager or Fleet Manager, or allow RDP only from known address ranges.',
        cli: revokeCli,
        ...sgRemediation,
    },
    references: { fsbp: ['EC2.19'], cis: ['6.3', '6.4'] },
}, (ctx) => ctx.resources('ec2:security-group').flatMap((group) => openRules(group)
    .filter((o) => !o.allPorts && includes(o, 3389))
    .map((o) => hit(ctx, group, o, 'RDP is', 'medium', { cis: cisAdminPortSections(o) }))));
const sgAllPortsOpen = (0,model/* defineRule */.Km)({
    id: 'ec2.sg-all-ports-open-to-internet',
    title: 'Security group allows every port from the internet',
    severity: 'critical',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: 'An inbound rule allows all protocols, or TCP/UDP ports 0-65535, from 0.0.0.0/0 or ::/0.',
    risk: 'Every service listening on the instances is exposed to the internet, including admin and database ports.',
    remediation: {
        text: 'Add rules for the ports the workload serves, from the sources that need them, then revoke this one.',
        cli: revokeCli,
        ...sgRemediation,
    },
    references: { fsbp: ['EC2.18', 'EC2.19'], cis: ['6.1.2', '6.3', '6.4'] },
}, (ctx) => ctx.resources('ec2:security-group').flatMap((group) => openRules(group)
    .filter((o) => o.allPorts)
    .map((o) => hit(ctx, group, o, 'Every port is', 'medium', { cis: ['6.1.2', ...cisAdminPortSections(o)] }))));
const sgHighRiskPortOpen = (0,model/* defineRule */.Km)({
    id: 'ec2.sg-high-risk-port-open-to-internet',
    title: 'Security group allows a high-risk port from the internet',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: `An inbound rule opens one of FSBP EC2.19's high-risk ports (${HIGH_RISK_PORTS.join(', ')}; its 22 and 3389 have rules of their own) to 0.0.0.0/0 or ::/0.`,
    risk: 'Databases, file sharing, mail and admin consoles on these ports are attacked within minutes of exposure.',
    remediation: {
        text: 'Remove the rule, or allow the port only from the networks that need it.',
        cli: revokeCli,
        ...sgRemediation,
    },
    references: { fsbp: ['EC2.19'], cis: ['6.1.2'] },
}, (ctx) => ctx.resources('ec2:security-group').flatMap((group) => openRules(group)
    .filter((o) => !o.allPorts)
    .flatMap((o) => {
    const ports = HIGH_RISK_PORTS.filter((port) => includes(o, port));
    if (ports.length === 0)
        return [];
    // CIS 6.1.2 judges CIFS (445) open to the internet.
    const found = hit(ctx, group, o, `High-risk port(s) ${ports.join(', ')} are`, 'medium', {
        cis: ports.includes(CIFS_PORT) ? ['6.1.2'] : [],
    });
    return [{ ...found, evidence: { ...found.evidence, highRiskPorts: ports } }];
})));
const sgUnauthorizedPortOpen = (0,model/* defineRule */.Km)({
    id: 'ec2.sg-unauthorized-port-open-to-internet',
    title: 'Security group opens a port to the internet that is not on the allowed list',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: 'An inbound rule opens ports to 0.0.0.0/0 or ::/0 beyond the allowed public ports (thresholds.allowedPublicPorts, default 80 and 443). Ranges covered by the SSH, RDP, all-ports and high-risk rules are left to them.',
    risk: 'Services exposed to the internet by accident are found by scanners long before their owners notice.',
    remediation: {
        text: 'Remove the rule, narrow its sources, or add the port to allowedPublicPorts if it is meant to be public.',
        cli: revokeCli,
        ...sgRemediation,
    },
    references: { fsbp: ['EC2.18'] },
    deviations: {
        'FSBP EC2.18': 'The allowed ports are thresholds.allowedPublicPorts; EC2.18 authorizes 80 and 443 by default, so a finding cites it only when its ports go beyond those two. Ports EC2.19 names are left to the SSH, RDP and high-risk rules.',
    },
}, (ctx) => {
    const allowed = new Set(ctx.thresholds.allowedPublicPorts);
    return ctx.resources('ec2:security-group').flatMap((group) => openRules(group)
        .filter((o) => !o.allPorts && !EC2_19_PORTS.some((p) => includes(o, p)))
        // More ports than the allowed list holds cannot all be allowed; otherwise check each.
        .filter((o) => o.to - o.from + 1 > allowed.size ||
        Array.from({ length: o.to - o.from + 1 }, (_, i) => o.from + i).some((p) => !allowed.has(p)))
        .map((o) => {
        const beyondEc218 = o.to - o.from + 1 > EC2_18_AUTHORIZED.length ||
            !EC2_18_AUTHORIZED.includes(o.from) ||
            !EC2_18_AUTHORIZED.includes(o.to);
        return hit(ctx, group, o, 'A port outside the allowed list is', 'low', {
            fsbp: beyondEc218 ? ['EC2.18'] : [],
        });
    }));
});
const defaultSgHasRules = (0,model/* defineRule */.Km)({
    id: 'ec2.default-sg-allows-traffic',
    title: 'Default security group has inbound or outbound rules',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: "A VPC's default security group has rules. Resources launched without a group get it, and with it its rules.",
    risk: 'Anything launched without an explicit group silently joins a group that allows traffic, often between unrelated workloads.',
    remediation: {
        text: "Remove every inbound and outbound rule from the default group and give resources groups of their own. Used by nothing and holding only AWS's stock rules, it is reported as low.",
        console: 'VPC console > Security groups > default > Inbound rules / Outbound rules > Edit',
    },
    references: { fsbp: ['EC2.2'], cis: ['6.5'] },
}, (ctx) => ctx
    .resources('ec2:security-group')
    .filter((g) => g.attributes.isDefault && (g.attributes.ingress.length > 0 || g.attributes.egressRuleCount > 0))
    .map((group) => {
    const stockOnly = group.attributes.ingress.every((r) => r.ipv4Ranges.length === 0 &&
        r.ipv6Ranges.length === 0 &&
        r.prefixListIds.length === 0 &&
        r.referencedGroupIds.every((id) => id === group.id));
    const { used, note } = usage(ctx, group);
    return {
        target: group,
        message: `The default security group ${group.id} of ${group.attributes.vpcId ?? 'its VPC'} has ${group.attributes.ingress.length} inbound and ${group.attributes.egressRuleCount} outbound rule(s).${note}`,
        evidence: {
            groupId: group.id,
            vpcId: group.attributes.vpcId,
            inboundRules: group.attributes.ingress.length,
            outboundRules: group.attributes.egressRuleCount,
            stockRulesOnly: stockOnly,
        },
        ...(stockOnly && used === false ? { severity: 'low' } : {}),
    };
}));
/** Flow log traffic types that record rejected traffic, which FSBP EC2.6 asks for by default. */
const RECORDS_REJECTED = new Set(['REJECT', 'ALL']);
const vpcFlowLogsDisabled = (0,model/* defineRule */.Km)({
    id: 'ec2.vpc-flow-logs-disabled',
    title: 'VPC has no flow log recording rejected traffic',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:vpc',
    reads: ['ec2:vpc'],
    description: 'The VPC has no active flow log (on the VPC itself) whose traffic type is REJECT or ALL. A VPC without any network interface has nothing to record yet: it is reported as info. A VPC shared with the account by another one is judged in its owner account, where its flow logs are.',
    risk: 'Without flow logs, scans, exfiltration and blocked connection attempts leave no trace, and an incident cannot be reconstructed from the network side.',
    remediation: {
        text: 'Create a flow log for the VPC with traffic type ALL (or at least REJECT), to CloudWatch Logs or S3, with a retention that matches your incident-response needs.',
        cli: 'aws ec2 create-flow-logs --region {region} --resource-type VPC --resource-ids {id} --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::YOUR-FLOW-LOG-BUCKET',
        console: 'VPC console > Your VPCs > the VPC > Flow logs > Create flow log',
    },
    references: {
        fsbp: ['EC2.6'],
        cis: ['4.7'],
        docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
    },
}, (ctx) => ctx
    .resources('ec2:vpc')
    .filter((vpc) => ctx.known(vpc, 'flowLogs'))
    .filter((vpc) => vpc.attributes.ownerId === null || vpc.attributes.ownerId === vpc.account)
    .filter((vpc) => !vpc.attributes.flowLogs.some((log) => RECORDS_REJECTED.has(log.trafficType ?? '')))
    .map((vpc) => {
    const { flowLogs, networkInterfaceCount } = vpc.attributes;
    const usage = !ctx.known(vpc, 'networkInterfaceCount')
        ? ''
        : networkInterfaceCount === 0
            ? ' It has no network interface yet.'
            : ` It has ${networkInterfaceCount} network interface(s).`;
    const label = `${vpc.id}${vpc.name ? ` (${vpc.name})` : ''}${vpc.attributes.isDefault ? ', the default VPC,' : ''}`;
    return {
        target: vpc,
        message: flowLogs.length === 0
            ? `VPC ${label} has no flow log.${usage}`
            : `VPC ${label} has flow logs of accepted traffic only (${flowLogs.map((l) => l.id).join(', ')}): rejected connections are not recorded.${usage}`,
        evidence: {
            flowLogs,
            networkInterfaceCount: ctx.known(vpc, 'networkInterfaceCount')
                ? networkInterfaceCount
                : 'unknown',
            isDefault: vpc.attributes.isDefault,
        },
        ...(ctx.known(vpc, 'networkInterfaceCount') && networkInterfaceCount === 0
            ? { severity: 'info' }
            : {}),
    };
}));
const subnetAutoAssignsPublicIp = (0,model/* defineRule */.Km)({
    id: 'ec2.subnet-auto-public-ip',
    title: 'Subnet gives every new instance a public IPv4 address',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:subnet',
    reads: ['ec2:subnet'],
    description: 'A subnet that is not a default subnet has MapPublicIpOnLaunch on: every instance and interface launched in it gets a public IPv4 address unless its launch says otherwise.',
    risk: 'Anything launched there is reachable from the internet as far as its security groups allow, often without anyone having asked for it; each public IPv4 address is also billed hourly.',
    remediation: {
        text: 'Turn off auto-assignment and give public addresses (or Elastic IPs) only to the instances that must have them, or put those behind a load balancer.',
        cli: 'aws ec2 modify-subnet-attribute --region {region} --subnet-id {id} --no-map-public-ip-on-launch',
        console: 'VPC console > Subnets > the subnet > Actions > Edit subnet settings > Auto-assign public IPv4 address',
    },
    references: {
        fsbp: ['EC2.15'],
        docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html'],
    },
    deviations: {
        'FSBP EC2.15': 'Default subnets are not reported: AWS makes every default-VPC subnet assign public addresses, and reporting each of them in every region would bury the subnets someone configured so.',
    },
}, (ctx) => ctx
    .resources('ec2:subnet')
    .filter((s) => s.attributes.mapPublicIpOnLaunch && !s.attributes.defaultForAz)
    .map((subnet) => ({
    target: subnet,
    message: `Subnet ${subnet.name ?? subnet.id}${subnet.attributes.vpcId ? ` of ${subnet.attributes.vpcId}` : ''} gives every new instance a public IPv4 address.`,
    evidence: {
        mapPublicIpOnLaunch: true,
        vpcId: subnet.attributes.vpcId,
        cidrBlock: subnet.attributes.cidrBlock,
    },
})));
const transitGatewayAutoAccepts = (0,model/* defineRule */.Km)({
    id: 'ec2.tgw-auto-accepts-attachments',
    title: 'Transit gateway accepts shared attachments automatically',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:transit-gateway',
    reads: ['ec2:transit-gateway'],
    description: 'A transit gateway the account owns has AutoAcceptSharedAttachments on: attachment requests from the accounts it is shared with are accepted without review. Gateways shared with the account by another one are judged in their owner account.',
    risk: 'Any account the gateway is shared with can attach its VPCs and route into every network behind the gateway, unseen.',
    remediation: {
        text: 'Turn off automatic acceptance, and accept each attachment request after checking where it comes from.',
        cli: 'aws ec2 modify-transit-gateway --region {region} --transit-gateway-id {id} --options AutoAcceptSharedAttachments=disable',
        console: 'VPC console > Transit gateways > the gateway > Actions > Modify transit gateway > Auto accept shared attachments',
    },
    references: {
        fsbp: ['EC2.23'],
        docs: ['https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html'],
    },
}, (ctx) => ctx
    .resources('ec2:transit-gateway')
    .filter((g) => !['deleting', 'deleted'].includes(g.state ?? ''))
    .filter((g) => g.attributes.ownerId === null || g.attributes.ownerId === g.account)
    .filter((g) => g.attributes.autoAcceptSharedAttachments)
    .map((gateway) => ({
    target: gateway,
    message: `Transit gateway ${gateway.id}${gateway.name ? ` (${gateway.name})` : ''} accepts shared attachment requests automatically.`,
    evidence: { autoAcceptSharedAttachments: true },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/ec2-settings.ts

const snapshotBlockPublicAccessOff = (0,model/* defineRule */.Km)({
    id: 'ec2.snapshot-block-public-access-off',
    title: 'Block public access for EBS snapshots is not blocking all sharing',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:region-settings',
    reads: ['ec2:region-settings'],
    description: 'Block public access for EBS snapshots in the region is not in block-all-sharing mode: snapshots can be shared with every AWS account (unblocked), or those already public stay public (block-new-sharing, reported as medium).',
    risk: 'One modify-snapshot-attribute call, by mistake or by an intruder, hands a disk image to every AWS account.',
    remediation: {
        text: 'Block all public sharing of snapshots in every region (snapshots already public become private while it is on).',
        cli: 'aws ec2 enable-snapshot-block-public-access --region {region} --state block-all-sharing',
        console: 'EC2 console > EC2 Dashboard > Data protection and security > Block public access for EBS snapshots > Manage',
    },
    references: {
        fsbp: ['EC2.182'],
        docs: ['https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html'],
    },
}, (ctx) => ctx
    .resources('ec2:region-settings')
    .filter((s) => ctx.known(s, 'snapshotBlockPublicAccess'))
    .filter((s) => s.attributes.snapshotBlockPublicAccess !== 'block-all-sharing')
    .map((settings) => {
    const state = settings.attributes.snapshotBlockPublicAccess;
    return {
        target: settings,
        message: state === 'block-new-sharing'
            ? `Block public access for EBS snapshots in ${settings.region} blocks new sharing only: snapshots already public stay public.`
            : `Block public access for EBS snapshots is off in ${settings.region} (${state ?? 'unblocked'}).`,
        evidence: { snapshotBlockPublicAccess: state },
        ...(state === 'block-new-sharing' ? { severity: 'medium' } : {}),
    };
}));
const vpcBlockPublicAccessOff = (0,model/* defineRule */.Km)({
    id: 'ec2.vpc-block-public-access-off',
    title: 'VPC Block Public Access does not block internet gateway traffic',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:region-settings',
    reads: ['ec2:region-settings'],
    description: "VPC Block Public Access is off in the region: no account-level setting stops the region's VPCs from reaching or being reached from the internet through internet gateways.",
    risk: 'A route to an internet gateway plus a permissive security group is all it takes to expose a resource; nothing at account level catches the mistake.',
    remediation: {
        text: 'Turn on VPC Block Public Access (block-ingress, or block-bidirectional) and exclude the VPCs or subnets that must stay reachable.',
        cli: 'aws ec2 modify-vpc-block-public-access-options --region {region} --internet-gateway-block-mode block-ingress',
        console: 'VPC console > Settings > Block public access > Edit public access settings',
    },
    references: {
        fsbp: ['EC2.172'],
        docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html'],
    },
}, (ctx) => ctx
    .resources('ec2:region-settings')
    .filter((s) => ctx.known(s, 'vpcBlockPublicAccess') && s.attributes.vpcBlockPublicAccess === 'off')
    .map((settings) => ({
    target: settings,
    message: `VPC Block Public Access is off in ${settings.region}.`,
    evidence: { internetGatewayBlockMode: 'off' },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/guardduty.ts

const guarddutyNotEnabled = (0,model/* defineRule */.Km)({
    id: 'guardduty.not-enabled',
    title: 'GuardDuty is not enabled in the region',
    severity: 'high',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['guardduty:detector'],
    description: "The region has no GuardDuty detector, or its detector is suspended. Judged only in regions where the account's detectors were listed.",
    risk: 'Compromised credentials, crypto-mining, reconnaissance and data exfiltration in the region raise no alert; attackers favour regions nobody watches.',
    remediation: {
        text: 'Enable GuardDuty in every region in use (in an AWS Organization, from the delegated administrator with auto-enable for members). A suspended detector is resumed with aws guardduty update-detector --detector-id <id> --enable.',
        cli: 'aws guardduty create-detector --region {region} --enable',
        console: 'GuardDuty console (in the region) > Get started > Enable GuardDuty',
    },
    references: {
        fsbp: ['GuardDuty.1'],
        docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
    },
}, (ctx) => ctx.accounts().flatMap((account) => ctx.regionsOf(account).flatMap((region) => {
    if (!ctx.listed(account, 'guardduty:detector', region))
        return [];
    const detectors = ctx
        .resources('guardduty:detector')
        .filter((d) => d.account === account && d.region === region);
    // A detector whose status could not be read may well be enabled.
    if (detectors.some((d) => !ctx.known(d, 'status') || d.attributes.status === 'ENABLED'))
        return [];
    return [
        {
            target: ctx.regionTarget(account, region),
            message: detectors.length === 0
                ? `GuardDuty is not enabled in ${region}: the region has no detector.`
                : `GuardDuty is suspended in ${region}: detector ${detectors.map((d) => `${d.id} is ${d.attributes.status ?? 'unknown'}`).join(', ')}.`,
            evidence: {
                detectors: detectors.map((d) => ({ id: d.id, status: d.attributes.status })),
            },
        },
    ];
})));
/**
 * Protection plans, each advised only where the region (or, for S3, the account) has what it
 * protects: they are paid add-ons, and a plan for resources the account does not run is cost, not
 * protection. EKS Runtime Monitoring is not judged: GuardDuty.7 asks for its automated agent
 * management, an additional configuration the scan does not read.
 */
const PLANS = [
    {
        feature: 'S3_DATA_EVENTS',
        control: 'GuardDuty.10',
        plan: 'S3 Protection',
        protects: 's3:bucket',
        scope: 'account',
    },
    {
        feature: 'LAMBDA_NETWORK_LOGS',
        control: 'GuardDuty.6',
        plan: 'Lambda Protection',
        protects: 'lambda:function',
        scope: 'region',
    },
    {
        feature: 'RDS_LOGIN_EVENTS',
        control: 'GuardDuty.9',
        plan: 'RDS Protection',
        protects: 'rds:db-cluster',
        scope: 'region',
    },
    {
        feature: 'EBS_MALWARE_PROTECTION',
        control: 'GuardDuty.8',
        plan: 'Malware Protection for EC2',
        protects: 'ec2:instance',
        scope: 'region',
    },
    {
        feature: 'EKS_AUDIT_LOGS',
        control: 'GuardDuty.5',
        plan: 'EKS Audit Log Monitoring',
        protects: 'eks:cluster',
        scope: 'region',
    },
];
const PLAN_DEVIATION = 'Advised only where the account runs what the plan protects (S3 buckets in the account; Lambda functions, Aurora clusters, EC2 instances or EKS clusters in the region), as low-severity advice: the plans are paid add-ons. Security Hub fails every enabled detector without the plan.';
const protectionPlanOff = (0,model/* defineRule */.Km)({
    id: 'guardduty.protection-plan-off',
    title: 'GuardDuty protection plan is off where the account runs what it protects',
    severity: 'low',
    category: 'security',
    resourceType: 'guardduty:detector',
    reads: ['guardduty:detector'],
    consults: ['s3:bucket', 'lambda:function', 'rds:db-cluster', 'ec2:instance', 'eks:cluster'],
    description: "An enabled detector has S3 Protection, Lambda Protection, RDS Protection, Malware Protection for EC2 or EKS Audit Log Monitoring off (its feature's status is DISABLED) while the account has S3 buckets, or the region has Lambda functions, Aurora clusters, EC2 instances or EKS clusters. Advice: each plan is billed on top of GuardDuty. Plans the detector does not list, and EKS Runtime Monitoring, are not judged.",
    risk: 'GuardDuty without the plan does not see the activity it covers: S3 data-event anomalies, a Lambda function calling a mining pool, brute-forced Aurora logins, malware on an instance’s volumes, a Kubernetes API call from a known-malicious address.',
    remediation: {
        text: 'Weigh each plan’s price against what it protects (GuardDuty’s usage page estimates it), then turn on the ones worth it; in an AWS Organization, from the delegated administrator for every member.',
        cli: 'aws guardduty update-detector --region {region} --detector-id {id} --features Name={feature},Status=ENABLED',
        console: 'GuardDuty console (in the region) > Protection plans',
    },
    references: {
        fsbp: ['GuardDuty.5', 'GuardDuty.6', 'GuardDuty.8', 'GuardDuty.9', 'GuardDuty.10'],
        docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html'],
    },
    deviations: Object.fromEntries(['GuardDuty.5', 'GuardDuty.6', 'GuardDuty.8', 'GuardDuty.9', 'GuardDuty.10'].map((id) => [
        `FSBP ${id}`,
        PLAN_DEVIATION,
    ])),
}, (ctx) => ctx
    .resources('guardduty:detector')
    .filter((d) => ctx.known(d, 'status', 'features') && d.attributes.status === 'ENABLED')
    .flatMap((detector) => PLANS.flatMap((plan) => {
    const feature = detector.attributes.features.find((f) => f.name === plan.feature);
    if (feature?.status !== 'DISABLED')
        return [];
    const protectedCount = ctx
        .resources(plan.protects)
        .filter((r) => r.account === detector.account && (plan.scope === 'account' || r.region === detector.region)).length;
    if (protectedCount === 0)
        return [];
    const where = plan.scope === 'account' ? 'in the account' : `in ${detector.region}`;
    return [
        {
            target: detector,
            subKey: plan.feature,
            message: `GuardDuty ${plan.plan} is off in ${detector.region} while ${protectedCount} ${plan.protects} resource(s) run ${where}: a paid add-on worth weighing.`,
            evidence: { feature: plan.feature, status: 'DISABLED', protectedResources: protectedCount },
            references: { fsbp: [plan.control] },
            templateValues: { feature: plan.feature },
        },
    ];
})));

;// CONCATENATED MODULE: ./src/rules/catalog/iam-shared.ts

/** Roles that are administrators by design, managed by AWS services rather than by hand. */
const EXPECTED_ADMIN_ROLE_NAMES = new Set(['OrganizationAccountAccessRole', 'AWSControlTowerExecution']);
function isExpectedAdminRole(role) {
    return (role.attributes.isServiceLinked ||
        // IAM Identity Center creates AWSReservedSSO_* roles from permission sets, under this path.
        role.attributes.path.startsWith('/aws-reserved/') ||
        EXPECTED_ADMIN_ROLE_NAMES.has(role.id));
}
const accountLabel = (account) => account.attributes.alias ? `${account.id} (${account.attributes.alias})` : account.id;
const day = (iso) => (iso ? iso.slice(0, 10) : 'never');
const quoted = (items, max = 3) => items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
/** Whether a policy document allows every action on every resource (`*` on `*`). */
const grantsEverything = (document) => (0,src_policy/* statementsOf */.GX)(document).some(src_policy/* allowsEverything */.qd);
/** The wildcard grants of a policy document's Allow statements. */
const wildcardGrantsOf = (document) => (0,src_policy/* statementsOf */.GX)(document).flatMap((s) => (0,src_policy/* wildcardGrant */.VH)(s) ?? []);
function describeGrant(grant) {
    const what = grant.kind === 'not-action'
        ? `every action except ${quoted(grant.actions) || 'none'} (NotAction)`
        : grant.kind === 'all-actions'
            ? 'every action of every service (*)'
            : `every action of ${quoted(grant.actions)}`;
    const where = grant.resourcesExcluded
        ? `every resource except ${quoted(grant.resources)}`
        : quoted(grant.resources) || 'no resource';
    return `${what} on ${where}`;
}
const grantEvidence = (grants) => grants.map((g) => ({
    statement: g.statement,
    kind: g.kind,
    [g.kind === 'not-action' ? 'notActions' : 'actions']: g.actions,
    [g.resourcesExcluded ? 'notResources' : 'resources']: g.resources,
    broadResources: g.broad,
}));
/** medium for a whole service on broad resources, high for NotAction on broad ones, low otherwise. */
function wideSeverity(grants) {
    if (grants.some((g) => g.broad && g.kind !== 'service-wildcard'))
        return 'high';
    return grants.some((g) => g.broad) ? 'medium' : 'low';
}

;// CONCATENATED MODULE: ./src/rules/catalog/iam-credentials.ts
/** IAM: users' passwords and access keys (MFA, rotation, unused credentials). */


/** FSBP IAM.3 and CIS 2.13 fail an access key older than 90 days. */
const KEY_ROTATION_DAYS = 90;
/** CIS 2.11 fails a credential unused for 45 days or more; FSBP IAM.8 one unused for 90 days or more. */
const CIS_2_11_UNUSED_DAYS = 45;
const IAM_8_UNUSED_DAYS = 90;
/** The citations of a finding whose age is past a control's own limit (none before it). */
const past = (days, limit, references) => days > limit ? references : { fsbp: [], cis: [] };
/** The controls an unused credential fails, each at its own number of days. */
const unusedReferences = (days) => ({
    fsbp: days >= IAM_8_UNUSED_DAYS ? ['IAM.8'] : [],
    cis: days >= CIS_2_11_UNUSED_DAYS ? ['2.11'] : [],
});
const consoleUserWithoutMfa = (0,model/* defineRule */.Km)({
    id: 'iam.user-console-without-mfa',
    title: 'IAM user with a console password has no MFA',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description: 'An IAM user can sign in to the console with a password and has no MFA device.',
    risk: 'A guessed, phished or reused password alone opens the console with all of the user’s permissions.',
    remediation: {
        text: 'Have the user assign an MFA device (or assign one for them), and enforce it with a policy that denies actions when aws:MultiFactorAuthPresent is false. If the user does not need the console, delete the password.',
        cli: 'aws iam delete-login-profile --user-name {name}',
        console: 'IAM console > Users > the user > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    },
    references: {
        fsbp: ['IAM.5'],
        cis: ['2.9'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html'],
    },
}, (ctx) => ctx
    .resources('iam:user')
    .filter((u) => ctx.known(u, 'passwordEnabled', 'mfaActive') &&
    u.attributes.passwordEnabled &&
    !u.attributes.mfaActive)
    .map((user) => ({
    target: user,
    message: `IAM user ${user.id} can sign in to the console with a password and has no MFA device (password last used: ${day(user.attributes.passwordLastUsed)}).`,
    evidence: {
        passwordEnabled: true,
        mfaActive: false,
        passwordLastUsed: user.attributes.passwordLastUsed,
    },
})));
const accessKeyNotRotated = (0,model/* defineRule */.Km)({
    id: 'iam.access-key-not-rotated',
    title: 'Active access key older than the rotation limit',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description: 'An active access key of an IAM user was created (last rotated) more than thresholds.accessKeyMaxAgeDays ago (default 90). A finding cites FSBP IAM.3 and CIS 2.13 when the key is older than their 90 days.',
    risk: 'Old keys have had more time to be copied into scripts, CI systems and laptops; a leaked key stays valid until it is rotated.',
    remediation: {
        text: 'Create a second key, move every consumer to it, deactivate the old key, then delete it. Better: replace long-lived keys with IAM roles (OIDC for CI, instance profiles, IAM Identity Center for people).',
        cli: 'aws iam list-access-keys --user-name {name}',
        console: 'IAM console > Users > the user > Security credentials > Access keys',
    },
    references: {
        fsbp: ['IAM.3'],
        cis: ['2.13'],
        docs: [
            'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
        ],
    },
}, (ctx) => {
    const maxAge = ctx.thresholds.accessKeyMaxAgeDays;
    return ctx
        .resources('iam:user')
        .filter((u) => ctx.known(u, 'accessKeys'))
        .flatMap((user) => user.attributes.accessKeys.flatMap((key) => {
        const age = ctx.daysSince(key.lastRotated);
        if (!key.active || age === null || age <= maxAge)
            return [];
        return [
            {
                target: user,
                subKey: `key-${key.slot}`,
                message: `Access key ${key.slot} of IAM user ${user.id} is active and was created ${age} days ago (${day(key.lastRotated)}), past the ${maxAge}-day rotation limit; last used: ${day(key.lastUsed)}.`,
                evidence: {
                    slot: key.slot,
                    lastRotated: key.lastRotated,
                    ageDays: age,
                    maxAgeDays: maxAge,
                    lastUsed: key.lastUsed,
                },
                references: past(age, KEY_ROTATION_DAYS, { fsbp: ['IAM.3'], cis: ['2.13'] }),
            },
        ];
    }));
});
const credentialsUnused = (0,model/* defineRule */.Km)({
    id: 'iam.credentials-unused',
    title: 'IAM user credential unused for too long',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description: "A console password or an active access key has not been used for thresholds.unusedCredentialDays or more (default 45, as CIS 2.11), and is high from thresholds.unusedCredentialHighDays (default 90, as FSBP IAM.8). A password never used counts from when it was set, a key never used from when it was created, as in CIS 2.11's audit. A finding cites CIS 2.11 from 45 days unused and FSBP IAM.8 from 90.",
    risk: 'Credentials nobody uses are credentials nobody watches: forgotten passwords and keys of people who left are a quiet way in.',
    remediation: {
        text: 'Delete the password (aws iam delete-login-profile) or deactivate the key (aws iam update-access-key --status Inactive), and delete it once nothing breaks.',
        cli: 'aws iam list-access-keys --user-name {name}',
        console: 'IAM console > Users > the user > Security credentials',
    },
    references: {
        fsbp: ['IAM.8'],
        cis: ['2.11'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html'],
    },
}, (ctx) => {
    const limit = ctx.thresholds.unusedCredentialDays;
    // Past the high threshold a credential is high, even when the base threshold is set above it.
    const high = ctx.thresholds.unusedCredentialHighDays;
    const severity = (days) => (days >= high ? { severity: 'high' } : {});
    return ctx.resources('iam:user').flatMap((user) => {
        const hits = [];
        const a = user.attributes;
        if (ctx.known(user, 'passwordEnabled', 'passwordLastUsed', 'passwordLastChanged') &&
            a.passwordEnabled) {
            const since = a.passwordLastUsed ?? a.passwordLastChanged;
            const days = ctx.daysSince(since);
            if (days !== null && days >= limit) {
                hits.push({
                    target: user,
                    subKey: 'password',
                    message: a.passwordLastUsed
                        ? `The console password of IAM user ${user.id} was last used ${days} days ago (${day(a.passwordLastUsed)}); the limit is ${limit} days.`
                        : `The console password of IAM user ${user.id} was never used; it was set ${days} days ago (${day(a.passwordLastChanged)}); the limit is ${limit} days.`,
                    evidence: {
                        credential: 'password',
                        lastUsed: a.passwordLastUsed,
                        lastChanged: a.passwordLastChanged,
                        unusedDays: days,
                        limitDays: limit,
                    },
                    ...severity(days),
                    references: unusedReferences(days),
                });
            }
        }
        if (ctx.known(user, 'accessKeys')) {
            for (const key of a.accessKeys) {
                if (!key.active)
                    continue;
                const days = ctx.daysSince(key.lastUsed ?? key.lastRotated);
                if (days === null || days < limit)
                    continue;
                hits.push({
                    target: user,
                    subKey: `key-${key.slot}`,
                    message: key.lastUsed
                        ? `Active access key ${key.slot} of IAM user ${user.id} was last used ${days} days ago (${day(key.lastUsed)}${key.lastUsedService ? `, ${key.lastUsedService}` : ''}); the limit is ${limit} days.`
                        : `Active access key ${key.slot} of IAM user ${user.id} was never used; it was created ${days} days ago (${day(key.lastRotated)}); the limit is ${limit} days.`,
                    evidence: {
                        credential: 'access-key',
                        slot: key.slot,
                        lastUsed: key.lastUsed,
                        lastRotated: key.lastRotated,
                        unusedDays: days,
                        limitDays: limit,
                    },
                    ...severity(days),
                    references: unusedReferences(days),
                });
            }
        }
        return hits;
    });
});

;// CONCATENATED MODULE: ./src/rules/catalog/iam-escalation.ts



const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\//;
const ADMIN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;
/** AWS-managed policies whose documents are known here: IAMFullAccess allows iam:* on *. */
const KNOWN_AWS_MANAGED = {
    IAMFullAccess: { Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] },
};
/** AWS-managed policies that deny (AWSDenyAll, the quarantine AWS attaches to a leaked key's user). */
const DENYING_AWS_MANAGED = /^(AWSDenyAll|AWSCompromisedKeyQuarantine)/;
/**
 * The documents of the attached policies, or null when one that might deny could not be read
 * (a customer-managed policy not in the inventory or unread, an AWS-managed deny-all): not judged.
 * Other AWS-managed policies only allow; their documents are not read, so their grants are missed.
 */
function attachedDocuments(ctx, account, arns, holder) {
    const documents = [];
    for (const arn of arns) {
        const name = arn.split('/').at(-1) ?? arn;
        if (AWS_MANAGED.test(arn)) {
            if (DENYING_AWS_MANAGED.test(name))
                return null;
            const known = KNOWN_AWS_MANAGED[name];
            if (known)
                documents.push({ name: `${holder}AWS-managed ${name}`, document: known });
            continue;
        }
        const policy = ctx.resources('iam:policy').find((p) => p.account === account && p.arn === arn);
        if (!policy || !ctx.known(policy, 'document'))
            return null;
        documents.push({ name: `${holder}managed ${policy.id}`, document: policy.attributes.document });
    }
    return documents;
}
const inlineDocuments = (policies, holder) => policies.map((p) => ({ name: `${holder}inline ${p.name}`, document: p.document }));
/** The permissions boundary's document; undefined when there is none, null when it cannot be judged. */
function boundaryOf(ctx, account, arn) {
    if (arn === null)
        return undefined;
    const policy = ctx.resources('iam:policy').find((p) => p.account === account && p.arn === arn);
    if (!policy || !ctx.known(policy, 'document'))
        return null;
    return [{ name: `boundary ${policy.id}`, document: policy.attributes.document }];
}
/** Everything a user's policies and its groups' say, or null when some of it is unknown. */
function userDocuments(ctx, user) {
    if (!ctx.known(user, 'inlinePolicies', 'attachedPolicyArns', 'groups'))
        return null;
    const groups = [];
    for (const name of user.attributes.groups) {
        const group = ctx.resources('iam:group').find((g) => g.account === user.account && g.id === name);
        if (!group || !ctx.known(group, 'inlinePolicies', 'attachedPolicyArns'))
            return null;
        groups.push(group);
    }
    const own = attachedDocuments(ctx, user.account, user.attributes.attachedPolicyArns, '');
    if (!own)
        return null;
    const documents = [...inlineDocuments(user.attributes.inlinePolicies, ''), ...own];
    for (const group of groups) {
        const holder = `group ${group.id} `;
        const attached = attachedDocuments(ctx, group.account, group.attributes.attachedPolicyArns, holder);
        if (!attached)
            return null;
        documents.push(...inlineDocuments(group.attributes.inlinePolicies, holder), ...attached);
    }
    const arns = [
        ...user.attributes.attachedPolicyArns,
        ...groups.flatMap((g) => g.attributes.attachedPolicyArns),
    ];
    return { documents, admin: arns.some((arn) => ADMIN.test(arn)) || (0,src_policy/* anyAllowsEverything */.uj)(documents) };
}
function roleDocuments(ctx, role) {
    if (!ctx.known(role, 'inlinePolicies', 'attachedPolicyArns'))
        return null;
    const attached = attachedDocuments(ctx, role.account, role.attributes.attachedPolicyArns, '');
    if (!attached)
        return null;
    const documents = [...inlineDocuments(role.attributes.inlinePolicies, ''), ...attached];
    return {
        documents,
        admin: role.attributes.attachedPolicyArns.some((arn) => ADMIN.test(arn)) || (0,src_policy/* anyAllowsEverything */.uj)(documents),
    };
}
/** The hit for an identity with escalation paths, or none. */
function escalationHit(ctx, identity, kind, read) {
    // Full administrators are reported by the *-full-admin rules: nothing to escalate to.
    if (!read || read.admin)
        return [];
    const boundary = boundaryOf(ctx, identity.account, identity.attributes.permissionsBoundaryArn);
    if (boundary === null)
        return [];
    const found = (0,src_policy/* escalationPaths */.QR)(kind, read.documents, boundary ?? null);
    if (found.length === 0)
        return [];
    const servicesOnly = identity.type === 'iam:role' &&
        ctx.known(identity, 'assumeRolePolicy') &&
        (0,src_policy/* trustsOnlyServices */.MD)(identity.attributes.assumeRolePolicy);
    return [
        {
            target: identity,
            message: `IAM ${kind} ${identity.id} can raise its own permissions: ${quoted(found.map((f) => `${f.path.actions.join(' + ')} (${f.path.how})`), 3)}.${servicesOnly ? ' Only AWS services can assume it.' : ''}`,
            evidence: {
                paths: found.map((f) => ({
                    path: f.path.id,
                    actions: f.path.actions,
                    grantedBy: f.grants.map((g) => ({ action: g.action, policy: g.policy, statement: g.statement })),
                })),
                permissionsBoundary: identity.attributes.permissionsBoundaryArn,
                ...(identity.type === 'iam:role' ? { assumableOnlyByServices: servicesOnly } : {}),
            },
            ...(servicesOnly ? { severity: 'medium' } : {}),
        },
    ];
}
const description = (kind, extra) => `The ${kind}'s effective policies (its inline and attached policies${kind === 'user' ? ", and its groups'" : ''}, within its permissions boundary) allow a known privilege-escalation combination (Rhino Security Labs' list, as Prowler's iam_policy_allows_privilege_escalation and iam_inline_policy_allows_privilege_escalation check it), such as iam:CreatePolicyVersion, iam:Attach/Put*Policy, iam:CreateAccessKey on other users, iam:UpdateAssumeRolePolicy with sts:AssumeRole, or iam:PassRole with lambda:CreateFunction and lambda:InvokeFunction, ec2:RunInstances or cloudformation:CreateStack. To stay precise it counts only Allow statements without a Condition whose Resource is * or a bare wildcard of the right type (role/*, user/*), and lets any Deny of the action on such resources (with or without a condition) cancel it. Full administrators are left to the *-full-admin rules. Not judged when a customer-managed policy, group or boundary could not be read, or an AWS-managed deny-all policy is attached; AWS-managed policies other than AdministratorAccess and IAMFullAccess are not read, and SCPs are not seen.${extra}`;
const remediation = (kind) => ({
    text: `Remove the escalation actions from the ${kind}'s policies, or narrow them: iam:PassRole to the named roles it must pass (with iam:PassedToService), IAM write actions to named resources or behind an iam:PermissionsBoundary condition, and set a permissions boundary on the ${kind}.`,
    cli: `aws iam list-attached-${kind}-policies --${kind}-name {name}`,
    console: `IAM console > ${kind === 'user' ? 'Users' : 'Roles'} > the ${kind} > Permissions`,
});
const references = {
    docs: [
        'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    ],
};
const userPrivilegeEscalation = (0,model/* defineRule */.Km)({
    id: 'iam.user-privilege-escalation',
    title: 'IAM user can escalate its own privileges',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user', 'iam:group', 'iam:policy'],
    description: description('user', ''),
    risk: "Whoever holds the user's password or keys can make themselves an administrator (or act as one) in a few calls: the user's apparent limits are not real ones.",
    remediation: remediation('user'),
    references,
}, (ctx) => ctx
    .resources('iam:user')
    .filter((u) => ctx.known(u, 'permissionsBoundaryArn'))
    .flatMap((user) => escalationHit(ctx, user, 'user', userDocuments(ctx, user))));
const rolePrivilegeEscalation = (0,model/* defineRule */.Km)({
    id: 'iam.role-privilege-escalation',
    title: 'IAM role can escalate its own privileges',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role', 'iam:policy'],
    description: description('role', ' Roles skipped by iam.role-full-admin (service-linked, IAM Identity Center, OrganizationAccountAccessRole, AWSControlTowerExecution) are skipped; a role only AWS services can assume is reported as medium.'),
    risk: 'Any workload running with the role, or anyone who can assume it, can make itself an administrator (or act as one) in a few calls.',
    remediation: remediation('role'),
    references,
}, (ctx) => ctx
    .resources('iam:role')
    .filter((r) => !isExpectedAdminRole(r) && ctx.known(r, 'permissionsBoundaryArn'))
    .flatMap((role) => escalationHit(ctx, role, 'role', roleDocuments(ctx, role))));

;// CONCATENATED MODULE: ./src/rules/catalog/iam-kms.ts



const describe = (grants) => grants.map((g) => `${g.actions.join(' and ')} (statement ${g.statement})`).join('; ');
/** Medium, as the controls rate it; low where every granting statement has a Condition. */
const severityOf = (grants) => (grants.every((g) => g.conditioned) ? 'low' : 'medium');
const conditionNote = (grants) => grants.some((g) => g.conditioned)
    ? ' A Condition (such as kms:ViaService) may narrow it; the control does not take conditions into account.'
    : '';
const evidenceOf = (grants) => grants.map((g) => ({ statement: g.statement, actions: g.actions, conditioned: g.conditioned }));
const iam_kms_remediation = (console, cli) => ({
    text: 'Name the keys the holders decrypt with in Resource (their key ARNs), instead of * or every key of every account; where a service decrypts on the holder’s behalf, add the kms:ViaService condition as well.',
    cli,
    console,
});
/**
 * A document that allows every action on every resource decrypts with every key too; it is
 * reported once, as full administrator access (high), not again here.
 */
const decryptGrants = (document, partition) => grantsEverything(document) ? [] : (0,src_policy/* decryptOnAllKeys */.yr)(document, partition);
const DESCRIPTION_END = 'Documents that allow every action on every resource are left to the full-administrator rules, which report them as high. A Deny of the action on every key, without a condition, removes it. Conditions are not taken into account, as the control does not; the finding is low when every granting statement has one (kms:ViaService and the like often make it safe).';
/** Policy ARNs used as a permissions boundary, or null when the account's users or roles were not all read. */
function boundaryArns(ctx, account) {
    if (!ctx.listed(account, 'iam:user', 'global') || !ctx.listed(account, 'iam:role', 'global'))
        return null;
    return new Set([...ctx.resources('iam:user'), ...ctx.resources('iam:role')]
        .filter((p) => p.account === account && p.attributes.permissionsBoundaryArn)
        .map((p) => p.attributes.permissionsBoundaryArn ?? ''));
}
const policyKmsDecryptAllKeys = (0,model/* defineRule */.Km)({
    id: 'iam.policy-kms-decrypt-all-keys',
    title: 'Customer-managed policy allows decryption with every KMS key',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:policy',
    reads: ['iam:policy'],
    consults: ['iam:user', 'iam:role'],
    description: `The default version of a customer-managed policy, attached or not, allows kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*", or a key ARN pattern with every region and account). Policies used as a permissions boundary are left out, as the control leaves them out; when the account's users or roles were not all read, which policies are boundaries is unknown and no policy is judged. ${DESCRIPTION_END}`,
    risk: 'Whoever holds the policy can decrypt anything encrypted under any key whose key policy defers to IAM: every secret, snapshot, bucket and queue of the account, and other accounts’ data where their key policies trust this account.',
    remediation: iam_kms_remediation('IAM console > Policies > the policy > Permissions > Edit', 'aws iam get-policy-version --policy-arn {arn} --version-id $(aws iam get-policy --policy-arn {arn} --query Policy.DefaultVersionId --output text)'),
    references: {
        fsbp: ['KMS.1'],
        docs: ['https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html'],
    },
    deviations: {
        'FSBP KMS.1': 'AWS judges "every key" by automated reasoning over the policy; this rule takes a Resource as every key when it names keys of any account in any region, so a pattern limited to one account or one region (arn:aws:kms:*:111122223333:key/*) is not reported. A policy allowing every action on every resource fails KMS.1 too; it is reported once, by iam.policy-full-admin.',
    },
}, (ctx) => {
    const boundaries = new Map();
    return ctx
        .resources('iam:policy')
        .filter((p) => ctx.known(p, 'document'))
        .flatMap((policy) => {
        if (!boundaries.has(policy.account))
            boundaries.set(policy.account, boundaryArns(ctx, policy.account));
        const used = boundaries.get(policy.account);
        if (!used || used.has(policy.arn))
            return [];
        const grants = decryptGrants(policy.attributes.document, ctx.partitionOf(policy.account));
        if (grants.length === 0)
            return [];
        return [
            {
                target: policy,
                message: `Customer-managed policy ${policy.id} allows decryption with every KMS key: ${describe(grants)}. It is attached ${policy.attributes.attachmentCount} time(s).${conditionNote(grants)}`,
                evidence: { policyArn: policy.arn, grants: evidenceOf(grants) },
                severity: severityOf(grants),
            },
        ];
    });
});
const KIND = {
    'iam:user': { name: 'user', plural: 'users', console: 'Users' },
    'iam:group': { name: 'group', plural: 'groups', console: 'User groups' },
    'iam:role': { name: 'role', plural: 'roles', console: 'Roles' },
};
function inlineRule(type) {
    const kind = KIND[type];
    return (0,model/* defineRule */.Km)({
        id: `iam.${kind.name}-inline-kms-decrypt-all-keys`,
        title: `IAM ${kind.name}'s inline policy allows decryption with every KMS key`,
        severity: 'medium',
        category: 'security',
        resourceType: type,
        reads: [type],
        description: `An inline policy of an IAM ${kind.name} allows kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*", or a key ARN pattern with every region and account). One finding per inline policy. ${DESCRIPTION_END}`,
        risk: `The ${kind.name} can decrypt anything encrypted under any key whose key policy defers to IAM: every secret, snapshot, bucket and queue of the account.`,
        remediation: iam_kms_remediation(`IAM console > ${kind.console} > the ${kind.name} > Permissions > the inline policy > Edit`, `aws iam get-${kind.name}-policy --${kind.name}-name {name} --policy-name POLICY`),
        references: {
            fsbp: ['KMS.2'],
            docs: ['https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html'],
        },
        deviations: {
            'FSBP KMS.2': 'AWS judges "every key" by automated reasoning over the policy; this rule takes a Resource as every key when it names keys of any account in any region, so a pattern limited to one account or one region is not reported. An inline policy allowing every action on every resource fails KMS.2 too; it is reported once, by the full-administrator rule of the principal.',
        },
    }, (ctx) => ctx.resources(type)
        .filter((p) => ctx.known(p, 'inlinePolicies'))
        .flatMap((principal) => principal.attributes.inlinePolicies.flatMap((inline) => {
        const grants = decryptGrants(inline.document, ctx.partitionOf(principal.account));
        if (grants.length === 0)
            return [];
        return [
            {
                target: principal,
                subKey: inline.name,
                message: `IAM ${kind.name} ${principal.id} has inline policy ${inline.name} allowing decryption with every KMS key: ${describe(grants)}.${conditionNote(grants)}`,
                evidence: { policy: inline.name, grants: evidenceOf(grants) },
                severity: severityOf(grants),
            },
        ];
    })));
}
const userInlineKmsDecryptAllKeys = inlineRule('iam:user');
const groupInlineKmsDecryptAllKeys = inlineRule('iam:group');
const roleInlineKmsDecryptAllKeys = inlineRule('iam:role');

;// CONCATENATED MODULE: ./src/rules/catalog/iam-oidc.ts
/** IAM roles trusted by CI systems' OIDC tokens: who, outside the account, can become them. */


const NAMES = {
    github: { service: 'GitHub Actions', unit: 'repository', owner: 'owner' },
    gitlab: { service: 'GitLab CI', unit: 'project', owner: 'group' },
    'terraform-cloud': { service: 'HCP Terraform', unit: 'workspace', owner: 'organization' },
    bitbucket: { service: 'Bitbucket Pipelines', unit: 'repository', owner: 'workspace' },
};
/** What a pinned subject looks like for each provider, for the remediation. */
const EXAMPLE_SUBJECT = {
    github: 'repo:your-org/your-repo:environment:production',
    gitlab: 'project_path:your-group/your-project:ref_type:branch:ref:main',
    'terraform-cloud': 'organization:your-org:project:your-project:workspace:your-workspace:run_phase:apply',
    bitbucket: '{repository-uuid}:*',
};
const subjectsText = (trust) => trust.subjects.length === 0
    ? 'no condition on sub'
    : `sub limited to ${trust.subjects.map((s) => JSON.stringify(s)).join(', ')}`;
const trustEvidence = (trust) => ({
    statement: (0,src_policy/* labelOf */.Wy)(trust.statement),
    issuer: trust.issuer,
    provider: trust.provider,
    subjects: trust.subjects,
    audiences: trust.audiences,
});
const TRUST_DOCS = [
    'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
];
const roleOidcSubjectUnpinned = (0,model/* defineRule */.Km)({
    id: 'iam.role-oidc-subject-unpinned',
    title: "IAM role trusts a CI system's OIDC tokens without pinning who",
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    description: "A role's trust policy lets OIDC tokens of GitHub Actions (token.actions.githubusercontent.com), GitLab CI (gitlab.com), HCP Terraform (app.terraform.io) or Bitbucket Pipelines assume it (sts:AssumeRoleWithWebIdentity) with no StringEquals/StringLike condition on the token's sub, or with one whose owner part is a wildcard: critical, since any user of that service can assume it. A sub that pins the owner but leaves the repository (project, workspace) a wildcard is medium: any repository of that owner, including ones its members create. Subjects in a customised form this check cannot read are not judged.",
    risk: "Anyone who can run a workflow on the CI service (which is anyone with a free account) can mint a token the role accepts and act with the role's permissions in this account. The aud condition does not help: every token of the service carries the same audience.",
    remediation: {
        text: 'Add a StringEquals (or StringLike with no wildcard in the owner and repository) condition on the provider’s sub claim naming the exact repository and, better, the branch or GitHub environment that deploys, for example sub = repo:your-org/your-repo:environment:production, and keep the aud condition.',
        cli: 'aws iam get-role --role-name {name} --query Role.AssumeRolePolicyDocument',
        console: 'IAM console > Roles > the role > Trust relationships > Edit trust policy',
    },
    references: { docs: TRUST_DOCS },
}, (ctx) => ctx.resources('iam:role').flatMap((role) => (0,src_policy/* oidcTrusts */.dL)(role.attributes.assumeRolePolicy)
    .filter((trust) => trust.reach !== 'pinned')
    .map((trust) => {
    const { service, unit, owner } = NAMES[trust.provider];
    const who = trust.reach === 'any-owner'
        ? `any ${service} ${unit} of any ${owner} can assume it`
        : `any ${unit} of the named ${owner} can assume it, including new ones its members create`;
    return {
        target: role,
        subKey: `${(0,src_policy/* labelOf */.Wy)(trust.statement)}:${trust.issuer}`,
        message: `Role ${role.id} trusts ${service} OIDC tokens (${trust.issuer}) in statement ${(0,src_policy/* labelOf */.Wy)(trust.statement)} with ${subjectsText(trust)}: ${who}.`,
        evidence: {
            ...trustEvidence(trust),
            reach: trust.reach,
            example: EXAMPLE_SUBJECT[trust.provider],
        },
        ...(trust.reach === 'any-repository' ? { severity: 'medium' } : {}),
    };
})));
const roleOidcAudienceUnpinned = (0,model/* defineRule */.Km)({
    id: 'iam.role-oidc-audience-unpinned',
    title: "IAM role trusts a CI system's OIDC tokens without pinning the audience",
    severity: 'low',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    description: "A role's trust policy lets OIDC tokens of GitHub Actions, GitLab CI, HCP Terraform or Bitbucket Pipelines assume it with no StringEquals/StringLike condition on the token's aud (a wildcard value does not count). STS still checks the audience against the identity provider's client ID list, so this is defence in depth.",
    risk: 'Without an aud condition, a token minted for another audience that the identity provider also lists is accepted, and the trust policy no longer says on its own which tokens it takes.',
    remediation: {
        text: 'Add a StringEquals condition on the provider’s aud claim: sts.amazonaws.com for GitHub Actions (its default), aws.workload.identity for HCP Terraform, and the audience your GitLab or Bitbucket pipeline requests.',
        cli: 'aws iam get-role --role-name {name} --query Role.AssumeRolePolicyDocument',
        console: 'IAM console > Roles > the role > Trust relationships > Edit trust policy',
    },
    references: { docs: TRUST_DOCS },
}, (ctx) => ctx.resources('iam:role').flatMap((role) => (0,src_policy/* oidcTrusts */.dL)(role.attributes.assumeRolePolicy)
    .filter((trust) => trust.audiences.length === 0)
    .map((trust) => ({
    target: role,
    subKey: `${(0,src_policy/* labelOf */.Wy)(trust.statement)}:${trust.issuer}`,
    message: `Role ${role.id} trusts ${NAMES[trust.provider].service} OIDC tokens (${trust.issuer}) in statement ${(0,src_policy/* labelOf */.Wy)(trust.statement)} without a condition on aud.`,
    evidence: trustEvidence(trust),
}))));

;// CONCATENATED MODULE: ./src/rules/catalog/iam-password-policy.ts


/** What the password rules require: CIS 2.7 (length) and 2.8 (reuse). */
const PASSWORD_MIN_LENGTH = 14;
const PASSWORD_REUSE_PREVENTION = 24;
/** FSBP IAM.7's MinimumPasswordLength default (with all four character classes required). */
const IAM_7_MIN_LENGTH = 8;
const PASSWORD_CLI = 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --allow-users-to-change-password';
const PASSWORD_REFERENCES = {
    fsbp: ['IAM.7'],
    cis: ['2.7', '2.8'],
    docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
};
/**
 * Whether any IAM user of the account has a console password: false only when every user was read
 * and none has one (then password rules are low), null when unknown.
 */
function anyConsoleUser(ctx, account) {
    if (!ctx.listed(account, 'iam:user', 'global'))
        return null;
    const users = ctx.resources('iam:user').filter((u) => u.account === account);
    if (users.some((u) => ctx.known(u, 'passwordEnabled') && u.attributes.passwordEnabled))
        return true;
    return users.every((u) => ctx.known(u, 'passwordEnabled')) ? false : null;
}
const noConsoleUsersNote = ' No IAM user of the account has a console password today.';
const passwordPolicyMissing = (0,model/* defineRule */.Km)({
    id: 'iam.password-policy-missing',
    title: 'Account has no IAM password policy',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    consults: ['iam:user'],
    description: "The account has no custom IAM password policy, so AWS's default applies (8 characters, no character classes, reuse allowed). Reported as low when no IAM user of the account has a console password.",
    risk: 'IAM users can set short, simple and reused passwords, which fall to guessing and credential stuffing.',
    remediation: {
        text: `Set a password policy requiring at least ${PASSWORD_MIN_LENGTH} characters, all four character classes and preventing reuse of the last ${PASSWORD_REUSE_PREVENTION} passwords.`,
        cli: PASSWORD_CLI,
        console: 'IAM console > Account settings > Password policy > Edit',
    },
    references: PASSWORD_REFERENCES,
}, (ctx) => ctx
    .resources('iam:account')
    .filter((a) => ctx.known(a, 'passwordPolicy') && a.attributes.passwordPolicy === null)
    .map((account) => {
    const consoleUsers = anyConsoleUser(ctx, account.account);
    return {
        target: account,
        message: `Account ${accountLabel(account)} has no IAM password policy; AWS's default allows 8-character passwords without character classes and reuse of old passwords.${consoleUsers === false ? noConsoleUsersNote : ''}`,
        evidence: { passwordPolicy: null, consoleUsers: consoleUsers ?? 'unknown' },
        ...(consoleUsers === false ? { severity: 'low' } : {}),
    };
}));
const passwordPolicyWeak = (0,model/* defineRule */.Km)({
    id: 'iam.password-policy-weak',
    title: 'IAM password policy is weaker than recommended',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    consults: ['iam:user'],
    description: `The account's IAM password policy allows passwords shorter than ${PASSWORD_MIN_LENGTH} characters, remembers fewer than ${PASSWORD_REUSE_PREVENTION} previous passwords, or does not require uppercase letters, lowercase letters, numbers and symbols. One finding lists every weakness, and cites the controls they fail: CIS 2.7 for the length, CIS 2.8 for reuse, FSBP IAM.7 for a missing character class or fewer than ${IAM_7_MIN_LENGTH} characters (its defaults). Reported as low when no IAM user of the account has a console password.`,
    risk: 'Short or simple passwords fall to guessing; allowing reuse lets a leaked old password come back.',
    remediation: {
        text: 'Raise the policy to the recommended settings. The command replaces the whole policy: settings it leaves out return to their defaults.',
        cli: PASSWORD_CLI,
        console: 'IAM console > Account settings > Password policy > Edit',
    },
    references: PASSWORD_REFERENCES,
}, (ctx) => ctx.resources('iam:account').flatMap((account) => {
    const policy = account.attributes.passwordPolicy;
    if (!ctx.known(account, 'passwordPolicy') || policy === null)
        return [];
    const weaknesses = [];
    if ((policy.minimumLength ?? 0) < PASSWORD_MIN_LENGTH)
        weaknesses.push(`minimum length ${policy.minimumLength ?? 'unset'} (< ${PASSWORD_MIN_LENGTH})`);
    if ((policy.reusePrevention ?? 0) < PASSWORD_REUSE_PREVENTION)
        weaknesses.push(`reuse prevention ${policy.reusePrevention ?? 'off'} (< ${PASSWORD_REUSE_PREVENTION} passwords)`);
    const classes = [
        [policy.requireUppercase, 'uppercase letters'],
        [policy.requireLowercase, 'lowercase letters'],
        [policy.requireNumbers, 'numbers'],
        [policy.requireSymbols, 'symbols'],
    ];
    const missing = classes.filter(([required]) => !required).map(([, name]) => name);
    if (missing.length > 0)
        weaknesses.push(`does not require ${missing.join(', ')}`);
    if (weaknesses.length === 0)
        return [];
    const consoleUsers = anyConsoleUser(ctx, account.account);
    return [
        {
            target: account,
            message: `The IAM password policy of account ${accountLabel(account)} is weak: ${weaknesses.join('; ')}.${consoleUsers === false ? noConsoleUsersNote : ''}`,
            evidence: {
                weaknesses,
                minimumLength: policy.minimumLength,
                reusePrevention: policy.reusePrevention,
                requireUppercase: policy.requireUppercase,
                requireLowercase: policy.requireLowercase,
                requireNumbers: policy.requireNumbers,
                requireSymbols: policy.requireSymbols,
                consoleUsers: consoleUsers ?? 'unknown',
            },
            ...(consoleUsers === false ? { severity: 'low' } : {}),
            references: {
                fsbp: missing.length > 0 || (policy.minimumLength ?? 0) < IAM_7_MIN_LENGTH ? ['IAM.7'] : [],
                cis: [
                    ...((policy.minimumLength ?? 0) < PASSWORD_MIN_LENGTH ? ['2.7'] : []),
                    ...((policy.reusePrevention ?? 0) < PASSWORD_REUSE_PREVENTION ? ['2.8'] : []),
                ],
            },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/iam-policies.ts



const KIND_NAME = {
    'iam:user': 'user',
    'iam:role': 'role',
    'iam:group': 'group',
};
/** Users, groups and roles of the account that attach a managed policy. */
function attachedTo(ctx, policy) {
    const principals = [
        ...ctx.resources('iam:user'),
        ...ctx.resources('iam:group'),
        ...ctx.resources('iam:role'),
    ];
    return principals
        .filter((p) => p.account === policy.account && p.attributes.attachedPolicyArns.includes(policy.arn))
        .map((p) => `${KIND_NAME[p.type]} ${p.id}`)
        .sort();
}
const policyConsole = 'IAM console > Policies > the policy > Permissions / Entities attached';
const policyFullAdmin = (0,model/* defineRule */.Km)({
    id: 'iam.policy-full-admin',
    title: 'Customer-managed policy allows every action on every resource',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:policy',
    reads: ['iam:policy'],
    consults: ['iam:user', 'iam:group', 'iam:role'],
    description: 'The default version of a customer-managed policy has an Allow statement with Action "*" on Resource "*". Reported as medium while it is attached to nothing. Users, groups and roles that attach it are listed in the evidence; they get no separate finding for it.',
    risk: 'Whoever holds the policy can do anything in the account, including granting themselves more and erasing their tracks; one compromised principal is a full compromise.',
    remediation: {
        text: 'Replace the statement with the actions and resources the holders need (IAM Access Analyzer can generate a policy from CloudTrail activity), or detach the policy and keep administrator access for a few break-glass roles.',
        cli: 'aws iam list-entities-for-policy --policy-arn {arn}',
        console: policyConsole,
    },
    references: {
        fsbp: ['IAM.1'],
        cis: ['2.15'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
    deviations: {
        'FSBP IAM.1': 'IAM.1 leaves out policies used as permissions boundaries (excludePermissionBoundaryPolicy); the inventory does not record which policies are boundaries, so such a policy is reported here.',
    },
}, (ctx) => ctx
    .resources('iam:policy')
    .filter((p) => ctx.known(p, 'document'))
    .flatMap((policy) => {
    const admin = (0,src_policy/* statementsOf */.GX)(policy.attributes.document).filter(src_policy/* allowsEverything */.qd).map(src_policy/* labelOf */.Wy);
    if (admin.length === 0)
        return [];
    const holders = attachedTo(ctx, policy);
    const attached = policy.attributes.attachmentCount;
    const note = attached === 0
        ? ' It is attached to nothing today.'
        : ` It is attached ${attached} time(s)${holders.length > 0 ? `: ${quoted(holders, 5)}` : ''}.`;
    return [
        {
            target: policy,
            message: `Customer-managed policy ${policy.id} (version ${policy.attributes.defaultVersionId ?? 'unknown'}) allows every action on every resource (statement ${admin.join(', ')}).${note}`,
            evidence: {
                policyArn: policy.arn,
                defaultVersionId: policy.attributes.defaultVersionId,
                statements: admin,
                attachmentCount: attached,
                attachedTo: holders,
            },
            ...(attached === 0 ? { severity: 'medium' } : {}),
            // CIS 2.15 judges attached policies; IAM.1 every customer-managed one.
            references: { cis: attached > 0 ? ['2.15'] : [] },
        },
    ];
}));
const policyServiceWildcard = (0,model/* defineRule */.Km)({
    id: 'iam.policy-service-wildcard',
    title: 'Customer-managed policy allows every action of a service',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:policy',
    reads: ['iam:policy'],
    description: 'The default version of a customer-managed policy allows "service:*" (every action of a service, such as s3:* or dynamodb:*), Action "*" on specific resources, or NotAction. Medium when the resources are broad (*, table/*, arn:aws:s3:::*), high for NotAction on broad resources, low on named resources. Policies that already allow *:* are left to iam.policy-full-admin.',
    risk: 'A service wildcard grants today’s and tomorrow’s actions of the service, including destructive and permission-changing ones (s3:PutBucketPolicy, dynamodb:DeleteTable, iam:*), far beyond what the workload uses.',
    remediation: {
        text: 'List the actions the holders use (IAM Access Analyzer policy generation or last-accessed data) and allow those; prefix wildcards such as dynamodb:Get* are acceptable where needed.',
        cli: 'aws iam get-policy-version --policy-arn {arn} --version-id $(aws iam get-policy --policy-arn {arn} --query Policy.DefaultVersionId --output text)',
        console: policyConsole,
    },
    references: {
        fsbp: ['IAM.21'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html'],
    },
}, (ctx) => ctx
    .resources('iam:policy')
    .filter((p) => ctx.known(p, 'document'))
    .flatMap((policy) => {
    const { document } = policy.attributes;
    if (grantsEverything(document))
        return [];
    const grants = wildcardGrantsOf(document);
    if (grants.length === 0)
        return [];
    return [
        {
            target: policy,
            message: `Customer-managed policy ${policy.id} allows ${grants.map(describeGrant).join('; and ')}. It is attached ${policy.attributes.attachmentCount} time(s).`,
            evidence: {
                policyArn: policy.arn,
                grants: grantEvidence(grants),
                attachmentCount: policy.attributes.attachmentCount,
            },
            severity: wideSeverity(grants),
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/iam-principals.ts



const AWS_ADMIN_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;
/** Member count of a group, or null when the account's users were not all read. */
function memberCount(ctx, group) {
    if (!ctx.listed(group.account, 'iam:user', 'global'))
        return null;
    return ctx
        .resources('iam:user')
        .filter((u) => u.account === group.account && u.attributes.groups.includes(group.id)).length;
}
/**
 * Where a principal gets administrator access: inline *:* policies and AWS's AdministratorAccess,
 * with the controls each fails: CIS 2.15 judges attached managed policies, not inline ones.
 */
function adminSources(principal) {
    const inline = principal.attributes.inlinePolicies
        .filter((p) => grantsEverything(p.document))
        .map((p) => ({
        subKey: `inline:${p.name}`,
        text: `inline policy ${p.name} allows every action on every resource`,
        policy: p.name,
        references: { cis: [] },
    }));
    const managed = principal.attributes.attachedPolicyArns
        .filter((arn) => AWS_ADMIN_POLICY.test(arn))
        .map((arn) => ({
        subKey: arn,
        text: 'the AWS-managed AdministratorAccess policy is attached',
        policy: arn,
        references: { cis: ['2.15'] },
    }));
    return [...inline, ...managed];
}
const principalAdminRemediation = (kind) => ({
    text: `Grant the ${kind} only the permissions it needs: remove the inline policy (aws iam delete-${kind}-policy) or detach AdministratorAccess (aws iam detach-${kind}-policy), after putting a scoped policy in place.`,
    cli: `aws iam list-attached-${kind}-policies --${kind}-name {name}`,
    console: `IAM console > ${kind === 'user' ? 'Users' : kind === 'group' ? 'User groups' : 'Roles'} > the ${kind} > Permissions`,
});
const userFullAdmin = (0,model/* defineRule */.Km)({
    id: 'iam.user-full-admin',
    title: 'IAM user has full administrator access',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description: "An IAM user has an inline policy allowing every action on every resource, or AWS's AdministratorAccess attached. Customer-managed *:* policies are reported once, on the policy (iam.policy-full-admin).",
    risk: 'An IAM user’s long-lived password or keys with administrator rights are the most valuable credentials in the account: one leak is a full compromise.',
    remediation: principalAdminRemediation('user'),
    references: {
        cis: ['2.15'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
}, (ctx) => ctx
    .resources('iam:user')
    .filter((u) => ctx.known(u, 'inlinePolicies', 'attachedPolicyArns'))
    .flatMap((user) => adminSources(user).map((source) => ({
    target: user,
    subKey: source.subKey,
    message: `IAM user ${user.id} has full administrator access: ${source.text}.`,
    evidence: { policy: source.policy },
    references: source.references,
}))));
const groupFullAdmin = (0,model/* defineRule */.Km)({
    id: 'iam.group-full-admin',
    title: 'IAM group grants full administrator access',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:group',
    reads: ['iam:group'],
    consults: ['iam:user'],
    description: "An IAM group has an inline policy allowing every action on every resource, or AWS's AdministratorAccess attached, so every member is an administrator. Reported as medium while the group has no members. Customer-managed *:* policies are reported on the policy (iam.policy-full-admin).",
    risk: 'Every member’s password and keys become administrator credentials, and adding a user to the group silently makes them an administrator.',
    remediation: principalAdminRemediation('group'),
    references: {
        cis: ['2.15'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
}, (ctx) => ctx
    .resources('iam:group')
    .filter((g) => ctx.known(g, 'inlinePolicies', 'attachedPolicyArns'))
    .flatMap((group) => {
    const members = memberCount(ctx, group);
    const note = members === null
        ? ''
        : members === 0
            ? ' It has no members today.'
            : ` It has ${members} member(s).`;
    return adminSources(group).map((source) => ({
        target: group,
        subKey: source.subKey,
        message: `IAM group ${group.id} grants full administrator access: ${source.text}.${note}`,
        evidence: { policy: source.policy, members: members ?? 'unknown' },
        references: source.references,
        ...(members === 0 ? { severity: 'medium' } : {}),
    }));
}));
const roleFullAdmin = (0,model/* defineRule */.Km)({
    id: 'iam.role-full-admin',
    title: 'IAM role has full administrator access',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    description: "An IAM role has an inline policy allowing every action on every resource, or AWS's AdministratorAccess attached. Roles that are administrators by design are skipped: service-linked roles, IAM Identity Center roles (path /aws-reserved/), OrganizationAccountAccessRole and AWSControlTowerExecution. Roles only AWS services can assume (such as a CloudFormation execution role) are reported as medium.",
    risk: 'Whoever can assume the role, or any workload running with it, can do anything in the account; a compromised workload or a too-broad trust policy becomes a full compromise.',
    remediation: principalAdminRemediation('role'),
    references: {
        cis: ['2.15'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
    deviations: {
        'CIS 2.15': 'Roles that are administrators by design (service-linked, IAM Identity Center, OrganizationAccountAccessRole, AWSControlTowerExecution) are skipped; CIS 2.15 also fails AdministratorAccess attached to them.',
    },
}, (ctx) => ctx
    .resources('iam:role')
    .filter((r) => ctx.known(r, 'inlinePolicies', 'attachedPolicyArns') && !isExpectedAdminRole(r))
    .flatMap((role) => {
    const servicesOnly = ctx.known(role, 'assumeRolePolicy') && (0,src_policy/* trustsOnlyServices */.MD)(role.attributes.assumeRolePolicy);
    const note = servicesOnly ? ' Only AWS services can assume it.' : '';
    return adminSources(role).map((source) => ({
        target: role,
        subKey: source.subKey,
        message: `IAM role ${role.id} has full administrator access: ${source.text}.${note}`,
        evidence: { policy: source.policy, assumableOnlyByServices: servicesOnly },
        references: source.references,
        ...(servicesOnly ? { severity: 'medium' } : {}),
    }));
}));
/** Inline policies of a principal that grant whole services (or NotAction) on broad resources. */
function inlineWideHits(principal, kind) {
    return principal.attributes.inlinePolicies.flatMap((policy) => {
        if (grantsEverything(policy.document))
            return [];
        const grants = wildcardGrantsOf(policy.document).filter((g) => g.broad);
        if (grants.length === 0)
            return [];
        return [
            {
                target: principal,
                subKey: `inline:${policy.name}`,
                message: `Inline policy ${policy.name} of IAM ${kind} ${principal.id} allows ${grants.map(describeGrant).join('; and ')}.`,
                evidence: { policy: policy.name, grants: grantEvidence(grants) },
                severity: wideSeverity(grants),
                templateValues: { policyName: policy.name },
            },
        ];
    });
}
const inlineWildcardMetadata = (kind) => ({
    title: `IAM ${kind} inline policy allows every action of a service`,
    severity: 'medium',
    category: 'security',
    description: `An inline policy of an IAM ${kind} allows "service:*" (such as dynamodb:* or s3:*), Action "*", or NotAction on broad resources (*, table/*, arn:aws:s3:::*). High for NotAction. Grants on named resources are not reported for inline policies${kind === 'role' ? '; roles skipped by iam.role-full-admin are skipped here too' : ''}.`,
    risk: 'A service wildcard on every resource of the service grants destructive and permission-changing actions (deleting tables, rewriting bucket policies) on everything, far beyond what the workload uses.',
    remediation: {
        text: `Replace the wildcard with the actions the ${kind} uses (IAM last-accessed data and Access Analyzer policy generation show them), on the resources it needs.`,
        cli: `aws iam get-${kind}-policy --${kind}-name {name} --policy-name {policyName}`,
        console: `IAM console > ${kind === 'user' ? 'Users' : kind === 'group' ? 'User groups' : 'Roles'} > the ${kind} > Permissions > the inline policy > Edit`,
    },
    references: {
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html'],
    },
});
const userInlineServiceWildcard = (0,model/* defineRule */.Km)({
    id: 'iam.user-inline-service-wildcard',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    ...inlineWildcardMetadata('user'),
}, (ctx) => ctx
    .resources('iam:user')
    .filter((u) => ctx.known(u, 'inlinePolicies'))
    .flatMap((u) => inlineWideHits(u, 'user')));
const groupInlineServiceWildcard = (0,model/* defineRule */.Km)({
    id: 'iam.group-inline-service-wildcard',
    resourceType: 'iam:group',
    reads: ['iam:group'],
    ...inlineWildcardMetadata('group'),
}, (ctx) => ctx
    .resources('iam:group')
    .filter((g) => ctx.known(g, 'inlinePolicies'))
    .flatMap((g) => inlineWideHits(g, 'group')));
const roleInlineServiceWildcard = (0,model/* defineRule */.Km)({
    id: 'iam.role-inline-service-wildcard',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    ...inlineWildcardMetadata('role'),
}, (ctx) => ctx
    .resources('iam:role')
    .filter((r) => ctx.known(r, 'inlinePolicies') && !isExpectedAdminRole(r))
    .flatMap((r) => inlineWideHits(r, 'role')));
const userPoliciesAttached = (0,model/* defineRule */.Km)({
    id: 'iam.user-policies-attached',
    title: 'IAM user has policies attached directly',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description: 'An IAM user has managed policies attached or inline policies of its own, rather than receiving permissions only through groups (or roles).',
    risk: 'Permissions given user by user drift apart and outlive the job they were for: nobody can tell who may do what without reading every user, and leavers keep rights their group would have lost.',
    remediation: {
        text: 'Put the user in a group that carries the permissions (or move the workload to a role), then detach the managed policies and delete the inline ones.',
        cli: 'aws iam list-attached-user-policies --user-name {name}',
        console: 'IAM console > Users > the user > Permissions',
    },
    references: {
        fsbp: ['IAM.2'],
        cis: ['2.14'],
        docs: [
            'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions',
        ],
    },
}, (ctx) => ctx
    .resources('iam:user')
    .filter((u) => ctx.known(u, 'attachedPolicyArns', 'inlinePolicies'))
    .flatMap((user) => {
    const { attachedPolicyArns, inlinePolicies } = user.attributes;
    if (attachedPolicyArns.length + inlinePolicies.length === 0)
        return [];
    return [
        {
            target: user,
            message: `IAM user ${user.id} has ${attachedPolicyArns.length} managed and ${inlinePolicies.length} inline policies of its own.`,
            evidence: { attachedPolicyArns, inlinePolicies: inlinePolicies.map((p) => p.name) },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/iam-root.ts
/** IAM: the root user (MFA, access keys), from the credential report and the account summary. */


const rootMfaDisabled = (0,model/* defineRule */.Km)({
    id: 'iam.root-mfa-disabled',
    title: 'Root user has no MFA',
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    description: "The account's root user has a password but no MFA device, per the IAM credential report. Nothing is reported when the report lacks the root user, or when the account has no root password (centrally managed root access).",
    risk: 'The root user can do anything in the account, including closing it; a phished or reused root password is a full takeover.',
    remediation: {
        text: 'Sign in as the root user and assign an MFA device (a FIDO2 security key, or a virtual MFA device kept on a dedicated device). Then stop using the root user for daily work.',
        console: 'Sign in as the root user > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    },
    references: {
        fsbp: ['IAM.6'],
        cis: ['2.4', '2.5'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
    },
    deviations: {
        'FSBP IAM.6': 'IAM.6 asks for a hardware MFA device and also fails a root user whose only MFA is virtual; the rule reports a root user with no MFA at all.',
        'CIS 2.5': 'CIS 2.5 asks for a hardware MFA device and also fails a root user whose only MFA is virtual; the rule reports a root user with no MFA at all.',
    },
}, (ctx) => ctx.resources('iam:account').flatMap((account) => {
    const { root, summary } = account.attributes;
    if (!ctx.known(account, 'root') || root === null || root.mfaActive)
        return [];
    // Centralized root access removes the root password: nobody can sign in as root.
    if (ctx.known(account, 'summary') && summary.AccountPasswordPresent === 0)
        return [];
    return [
        {
            target: account,
            message: `The root user of account ${accountLabel(account)} has no MFA device (root password last used: ${day(root.passwordLastUsed)}).`,
            evidence: { mfaActive: false, passwordLastUsed: root.passwordLastUsed },
        },
    ];
}));
const rootAccessKeys = (0,model/* defineRule */.Km)({
    id: 'iam.root-access-keys',
    title: 'Root user has access keys',
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    description: 'The root user has access keys: active ones per the credential report, or any per the account summary (AccountAccessKeysPresent). Inactive keys only are reported as high.',
    risk: 'A root access key gives unrestricted API access to the whole account and cannot be limited by any policy; leaked in code or a laptop, it is a full compromise.',
    remediation: {
        text: 'Sign in as the root user and delete (not just deactivate) its access keys; use IAM roles for automation instead.',
        console: 'Sign in as the root user > account menu > Security credentials > Access keys > Actions > Delete',
    },
    references: {
        fsbp: ['IAM.4'],
        cis: ['2.3'],
        docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
    },
}, (ctx) => ctx.resources('iam:account').flatMap((account) => {
    const { root, summary } = account.attributes;
    const active = ctx.known(account, 'root') && root !== null ? root.accessKeysActive : null;
    const present = ctx.known(account, 'summary') && summary.AccountAccessKeysPresent !== undefined
        ? summary.AccountAccessKeysPresent
        : null;
    const evidence = {
        activeKeys: active ?? 'unknown',
        keysPresent: present ?? 'unknown',
        lastUsed: root?.accessKeyLastUsed ?? null,
    };
    if (active !== null && active > 0) {
        return [
            {
                target: account,
                message: `The root user of account ${accountLabel(account)} has ${active} active access key(s) (last used: ${day(root?.accessKeyLastUsed ?? null)}).`,
                evidence,
            },
        ];
    }
    if (present === null || present === 0)
        return [];
    return [
        active === 0
            ? {
                target: account,
                message: `The root user of account ${accountLabel(account)} has access keys; all are inactive, but they can be reactivated.`,
                evidence,
                severity: 'high',
            }
            : {
                target: account,
                message: `The root user of account ${accountLabel(account)} has access keys (the credential report was unavailable, so whether they are active is unknown).`,
                evidence,
            },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/kms.ts


const kms_DOCS = 'https://docs.aws.amazon.com/kms/latest/developerguide';
const kms_CONSOLE = 'KMS console > Customer managed keys > the key';
const kms_label = (k) => (k.name ? `${k.id} (${k.name})` : k.id);
const customerKeys = (ctx) => ctx.resources('kms:key').filter((k) => k.attributes.keyManager === 'CUSTOMER');
const keyRotationOff = (0,model/* defineRule */.Km)({
    id: 'kms.key-rotation-off',
    title: 'Customer managed KMS key has no automatic rotation',
    severity: 'medium',
    category: 'security',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    description: 'An enabled customer managed symmetric key (SYMMETRIC_DEFAULT) whose material KMS generated has automatic key rotation off. Asymmetric and HMAC keys, imported material and custom key stores (where automatic rotation does not exist), AWS managed keys (rotated by AWS) and disabled keys are not judged.',
    risk: 'Data encrypted over years under one key material is all exposed if that material is ever compromised; rotation limits what one material protects.',
    remediation: {
        text: 'Turn on automatic rotation (yearly by default, 90 to 2560 days). Old material is kept, so existing data still decrypts.',
        cli: 'aws kms enable-key-rotation --region {region} --key-id {id}',
        console: `${kms_CONSOLE} > Key rotation > Automatically rotate this KMS key`,
    },
    references: { cis: ['4.6'], docs: [`${kms_DOCS}/rotate-keys.html`] },
}, (ctx) => customerKeys(ctx)
    .filter((k) => ctx.known(k, 'rotationEnabled') &&
    k.attributes.rotationEnabled === false &&
    k.attributes.keyState === 'Enabled' &&
    k.attributes.keySpec === 'SYMMETRIC_DEFAULT')
    .map((k) => ({
    target: k,
    message: `Customer managed KMS key ${kms_label(k)} does not rotate its key material automatically.`,
    evidence: { rotationEnabled: false, keySpec: k.attributes.keySpec, origin: k.attributes.origin },
})));
const keyPolicyPublic = (0,model/* defineRule */.Km)({
    id: 'kms.key-policy-public',
    title: 'KMS key policy allows anyone',
    severity: 'critical',
    category: 'security',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    description: "A customer managed key's policy has an Allow statement for Principal `*` (or NotPrincipal) with no condition that narrows the caller to accounts, an organization, sources or networks (kms:CallerAccount counts as one). AWS managed keys' policies are AWS's and not read.",
    risk: 'Anyone with an AWS account may use the key as the statement allows: decrypt data encrypted under it, or change its policy.',
    remediation: {
        text: 'Replace `*` with the account or role ARNs that need the key, or add a condition such as kms:CallerAccount, aws:PrincipalOrgID or kms:ViaService.',
        cli: 'aws kms get-key-policy --region {region} --key-id {id} --policy-name default --output text',
        console: `${kms_CONSOLE} > Key policy > Edit`,
    },
    references: { fsbp: ['KMS.5'], docs: [`${kms_DOCS}/key-policies.html`] },
}, (ctx) => customerKeys(ctx)
    .filter((k) => ctx.known(k, 'policy') && (k.attributes.policy?.publicStatements.length ?? 0) > 0)
    .map((k) => {
    const statements = k.attributes.policy?.publicStatements ?? [];
    return {
        target: k,
        message: `The policy of KMS key ${kms_label(k)} allows anyone: ${statements.map((s) => `${s.sid ?? 'a statement without Sid'} (${s.actions.join(', ')})`).join('; ')}.`,
        evidence: { publicStatements: statements },
    };
}));
/** Where scanned resources name a KMS key (an id, key ARN, alias name or alias ARN). */
const REFERENCING = [
    'ec2:volume',
    's3:bucket',
    'rds:db-instance',
    'dynamodb:table',
    'logs:log-group',
    'cloudtrail:trail',
    'secretsmanager:secret',
];
/** The key references scanned resources hold, each resolved to a key or alias ARN. */
function keyReferences(ctx) {
    const refs = [
        ...ctx
            .resources('ec2:volume')
            .filter((r) => ctx.known(r, 'kmsKeyId'))
            .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
        ...ctx
            .resources('s3:bucket')
            .filter((r) => ctx.known(r, 'encryption'))
            .map((r) => ({ ref: r.attributes.encryption?.kmsKeyId ?? null, r })),
        ...ctx
            .resources('rds:db-instance')
            .filter((r) => ctx.known(r, 'kmsKeyId'))
            .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
        ...ctx
            .resources('dynamodb:table')
            .filter((r) => ctx.known(r, 'sse'))
            .map((r) => ({ ref: r.attributes.sse?.kmsKeyArn ?? null, r })),
        ...ctx
            .resources('logs:log-group')
            .filter((r) => ctx.known(r, 'kmsKeyId'))
            .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
        ...ctx
            .resources('cloudtrail:trail')
            .filter((r) => ctx.known(r, 'kmsKeyId'))
            .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
        ...ctx.resources('secretsmanager:secret').map((r) => ({ ref: r.attributes.kmsKeyId, r })),
    ];
    return refs.flatMap(({ ref, r }) => {
        if (!ref)
            return [];
        if (ref.startsWith('arn:'))
            return [{ ref, resource: { type: r.type, id: r.id } }];
        // A bare id or alias name is the referencing resource's own account and region.
        const partition = r.arn.split(':')[1] ?? 'aws';
        const region = r.region === 'global' ? '' : r.region;
        const base = `arn:${partition}:kms:${region}:${r.account}:`;
        return [
            {
                ref: ref.startsWith('alias/') ? base + ref : `${base}key/${ref}`,
                resource: { type: r.type, id: r.id },
            },
        ];
    });
}
/** A key's ARN and its aliases' ARNs. */
function keyNames(k) {
    const base = k.arn.replace(/key\/[^/]+$/, '');
    return new Set([k.arn, ...k.attributes.aliases.map((a) => base + a)]);
}
const keyPendingDeletionInUse = (0,model/* defineRule */.Km)({
    id: 'kms.key-pending-deletion-in-use',
    title: 'KMS key scheduled for deletion is still used by scanned resources',
    severity: 'critical',
    category: 'reliability',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    consults: REFERENCING,
    description: 'A customer managed key is pending deletion while scanned resources still name it (by id, ARN, alias name or alias ARN) as their encryption key: EBS volumes, S3 default encryption, RDS instances, DynamoDB tables, CloudWatch Logs log groups, CloudTrail trails and Secrets Manager secrets. A bucket whose default encryption names an alias resolves only where the alias is in the inventory; resources in accounts or regions not scanned are not seen.',
    risk: 'Once the waiting period ends the key is gone for good, and so is every piece of data encrypted under it: volumes, objects, databases and secrets can no longer be decrypted.',
    remediation: {
        text: 'Cancel the deletion (the key comes back disabled; enable it), then re-encrypt the data under another key before scheduling the deletion again.',
        cli: 'aws kms cancel-key-deletion --region {region} --key-id {id}',
        console: `${kms_CONSOLE} > Key actions > Cancel key deletion`,
    },
    references: { fsbp: ['KMS.3'], docs: [`${kms_DOCS}/deleting-keys-determining-usage.html`] },
    deviations: {
        'FSBP KMS.3': 'KMS.3 fails every key scheduled for deletion; this rule reports only those a scanned resource still names, since deleting a key nothing uses is the intended clean-up.',
    },
}, (ctx) => {
    const pending = customerKeys(ctx).filter((k) => k.attributes.keyState === 'PendingDeletion');
    if (pending.length === 0)
        return [];
    const refs = keyReferences(ctx);
    return pending.flatMap((k) => {
        const names = keyNames(k);
        const users = refs.filter((r) => names.has(r.ref)).map((r) => r.resource);
        if (users.length === 0)
            return [];
        return [
            {
                target: k,
                message: `KMS key ${kms_label(k)} will be deleted on ${k.attributes.deletionDate?.slice(0, 10) ?? 'an unknown date'}, yet ${users.length} scanned resource(s) still use it: ${users.map((u) => `${u.type} ${u.id}`).join(', ')}.`,
                evidence: { deletionDate: k.attributes.deletionDate, usedBy: users },
            },
        ];
    });
});
/** KMS's price for a customer managed key, prorated by the hour; rotations add to it. */
const keyPrice = (region) => (0,table/* quote */.hD)({
    item: 'kms.customer-key',
    usd: 1,
    unit: 'key-month',
    source: 'AWS KMS pricing (aws.amazon.com/kms/pricing), per customer managed key per month',
}, region, table/* SAME_AS_US_EAST_1 */.z8.has(region));
const keyDisabledBilled = (0,model/* defineRule */.Km)({
    id: 'kms.key-disabled-billed',
    title: 'Disabled KMS key still billed',
    severity: 'low',
    category: 'cost',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    description: 'A customer managed key is disabled: nothing can use it, yet KMS bills it $1 a month (more with rotated material: each of its first two rotations adds $1) until it is deleted.',
    risk: 'A monthly charge for a key nothing can use; a forgotten disabled key also hides whether data still depends on it.',
    remediation: {
        text: 'Check that no data is still encrypted under it (CloudTrail Decrypt events, the resources that name it), then schedule its deletion with the longest waiting period (30 days).',
        cli: 'aws kms schedule-key-deletion --region {region} --key-id {id} --pending-window-in-days 30',
        console: `${kms_CONSOLE} > Key actions > Schedule key deletion`,
    },
    references: { docs: ['https://aws.amazon.com/kms/pricing/', `${kms_DOCS}/enabling-keys.html`] },
}, (ctx) => customerKeys(ctx)
    .filter((k) => k.attributes.keyState === 'Disabled')
    .map((k) => {
    const price = keyPrice(k.region);
    return {
        target: k,
        message: `KMS key ${kms_label(k)} is disabled and still costs at least $${price.usd} a month.`,
        evidence: { keyState: 'Disabled' },
        cost: {
            monthlyUsd: price.usd,
            basis: `$${price.usd} per key-month (rotated material adds $1 a month for each of the first two rotations)`,
            prices: [price],
            avoidable: true,
        },
    };
}));

;// CONCATENATED MODULE: ./src/rules/catalog/lambda.ts




const RUNTIME_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
const runtimeRemediation = {
    text: 'Move the function to a supported runtime of the same language (test it first: major versions are not backward compatible), then deploy it through your usual pipeline.',
    cli: 'aws lambda update-function-configuration --region {region} --function-name {name} --runtime {runtime}',
    console: 'Lambda console > Functions > the function > Code > Runtime settings > Edit',
};
/** The built-in runtime table with the configuration's additions and corrections (thresholds.lambdaRuntimes). */
function runtimeTable(ctx) {
    const configured = Object.entries(ctx.thresholds.lambdaRuntimes);
    if (configured.length === 0)
        return LAMBDA_RUNTIMES;
    return {
        ...LAMBDA_RUNTIMES,
        ...Object.fromEntries(configured.map(([runtime, d]) => [
            runtime,
            {
                deprecation: d.deprecation,
                blockCreate: d.blockCreate ?? null,
                blockUpdate: d.blockUpdate ?? null,
            },
        ])),
    };
}
/** Functions with a managed runtime (container images have none), with their table entry. */
function withRuntime(ctx) {
    return ctx
        .resources('lambda:function')
        .filter((fn) => ctx.known(fn, 'runtime') && fn.attributes.runtime !== null)
        .map((fn) => {
        const runtime = fn.attributes.runtime;
        return { fn, runtime, dates: runtimeDates(runtime, runtimeTable(ctx)) };
    });
}
function runtimeEvidence(ctx, runtime, dates, phase) {
    return {
        runtime,
        phase,
        deprecation: dates.deprecation,
        blockCreate: dates.blockCreate,
        blockUpdate: dates.blockUpdate,
        // Where the dates come from: the configuration's entry, or the built-in table of that day.
        ...(Object.hasOwn(ctx.thresholds.lambdaRuntimes, runtime)
            ? { runtimeDatesFrom: 'configuration (thresholds.lambdaRuntimes)' }
            : { runtimeTableAsOf: LAMBDA_RUNTIMES_AS_OF }),
    };
}
/** The runtime the remediation command moves to, when the family has a supported one. */
function successorValues(ctx, runtime) {
    const successor = successorOf(runtime, ctx.now, ctx.thresholds.lambdaRuntimeWarningDays, runtimeTable(ctx));
    return successor ? { templateValues: { runtime: successor } } : {};
}
const runtimeDeprecated = (0,model/* defineRule */.Km)({
    id: 'lambda.runtime-deprecated',
    title: 'Lambda function uses a deprecated runtime',
    severity: 'medium',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: 'The function runs on a runtime past its AWS deprecation date, from a dated runtime table kept as data (src/rules/data/lambda-runtimes.ts). High once AWS blocks updates of functions on that runtime; medium from the deprecation until then (or while the update-block date is not known).',
    risk: 'A deprecated runtime gets no security patches and no support. Once updates are blocked, even an urgent fix to the function cannot be deployed without first migrating the runtime.',
    remediation: runtimeRemediation,
    references: { fsbp: ['Lambda.2'], docs: [RUNTIME_DOCS] },
}, (ctx) => withRuntime(ctx).flatMap(({ fn, runtime, dates }) => {
    if (!dates)
        return [];
    const phase = runtimePhase(dates, ctx.now, ctx.thresholds.lambdaRuntimeWarningDays);
    if (phase !== 'deprecated' && phase !== 'update-blocked')
        return [];
    const blocked = phase === 'update-blocked'
        ? ` Since ${dates.blockUpdate}, Lambda refuses updates to functions on it.`
        : dates.blockUpdate
            ? ` Lambda will refuse updates from ${dates.blockUpdate}.`
            : '';
    return [
        {
            target: fn,
            message: `Lambda function ${fn.id} uses ${runtime}, deprecated since ${dates.deprecation}: it no longer receives security patches.${blocked}`,
            evidence: runtimeEvidence(ctx, runtime, dates, phase),
            severity: phase === 'update-blocked' ? 'high' : 'medium',
            ...successorValues(ctx, runtime),
        },
    ];
}));
const runtimeDeprecationApproaching = (0,model/* defineRule */.Km)({
    id: 'lambda.runtime-deprecation-approaching',
    title: 'Lambda function runtime is deprecated soon',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: 'The function runs on a runtime that AWS deprecates within thresholds.lambdaRuntimeWarningDays (default 90; 0 turns the warning off). From the deprecation day on, lambda.runtime-deprecated reports it instead.',
    risk: 'After the deprecation date the runtime gets no security patches, and later updates to the function are blocked; migrating ahead avoids a rushed upgrade.',
    remediation: runtimeRemediation,
    references: { docs: [RUNTIME_DOCS] },
}, (ctx) => withRuntime(ctx).flatMap(({ fn, runtime, dates }) => {
    if (!dates)
        return [];
    const phase = runtimePhase(dates, ctx.now, ctx.thresholds.lambdaRuntimeWarningDays);
    if (phase !== 'approaching')
        return [];
    const days = daysUntil(dates.deprecation, ctx.now);
    return [
        {
            target: fn,
            message: `Lambda function ${fn.id} uses ${runtime}, which AWS deprecates on ${dates.deprecation} (in ${days} days)${dates.blockUpdate ? `; updates are blocked from ${dates.blockUpdate}` : ''}.`,
            evidence: { ...runtimeEvidence(ctx, runtime, dates, phase), daysUntilDeprecation: days },
            ...successorValues(ctx, runtime),
        },
    ];
}));
const runtimeUnknown = (0,model/* defineRule */.Km)({
    id: 'lambda.runtime-unknown',
    title: 'Lambda function runtime is not in the runtime table',
    severity: 'info',
    category: 'hygiene',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: 'The function uses a runtime identifier the runtime table does not list, so its support status is not judged: it may be newer than the table or long retired. Container-image functions (no runtime) are not reported.',
    risk: 'Deprecation of this runtime would go unreported until the runtime table is updated.',
    remediation: {
        text: "Check the runtime on AWS's runtime page; if it is missing from src/rules/data/lambda-runtimes.ts, add it with its dates.",
        console: 'Lambda console > Functions > the function > Code > Runtime settings',
    },
    references: { docs: [RUNTIME_DOCS] },
}, (ctx) => withRuntime(ctx)
    .filter(({ dates }) => dates === undefined)
    .map(({ fn, runtime }) => ({
    target: fn,
    message: `Lambda function ${fn.id} uses runtime ${runtime}, which the runtime table (checked ${LAMBDA_RUNTIMES_AS_OF}) does not list; its support dates are unknown.`,
    evidence: { runtime, runtimeTableAsOf: LAMBDA_RUNTIMES_AS_OF },
})));
const secretInEnvironment = (0,model/* defineRule */.Km)({
    id: 'lambda.secret-in-environment',
    title: 'Lambda function has a plaintext secret in an environment variable',
    severity: 'critical',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: 'An environment variable holds what looks like a secret in plain text: a known key format (AWS access key, Stripe live key, GitHub or Slack token, private key, JWT, credentials in a URL) or a long random value under a secret-like name. One finding per variable; the value never leaves the scan.',
    risk: 'Environment variables are readable by anyone with lambda:GetFunctionConfiguration and show in the console, in deployment tooling and in infrastructure code; the secret is as exposed as the widest of these.',
    remediation: {
        text: 'Rotate the secret first (assume it is exposed), then store it in Secrets Manager or SSM Parameter Store (SecureString) and read it at runtime (the Parameters and Secrets Lambda extension caches it); keep only its name or ARN in the variable.',
        console: 'Lambda console > Functions > the function > Configuration > Environment variables > Edit',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html'],
    },
}, (ctx) => ctx
    .resources('lambda:function')
    .filter((fn) => ctx.known(fn, 'secretsInEnvironment'))
    .flatMap((fn) => fn.attributes.secretsInEnvironment.map((secret) => ({
    target: fn,
    subKey: secret.variable,
    message: `Environment variable ${secret.variable} of Lambda function ${fn.id} holds a plaintext secret (${secret.kind}).`,
    evidence: { variable: secret.variable, kind: secret.kind },
}))));
/** Whether the resource policy lets anyone invoke the function URL (unknown when it was not read). */
function urlOpenToAnyone(ctx, fn) {
    if (!ctx.known(fn, 'resourcePolicy'))
        return null;
    return (fn.attributes.resourcePolicy?.publicStatements ?? []).some((s) => s.actions.some((a) => (0,src_policy/* actionMatches */.GE)(a, 'lambda:InvokeFunctionUrl')));
}
const functionUrlPublic = (0,model/* defineRule */.Km)({
    id: 'lambda.function-url-public',
    title: 'Lambda function URL requires no authentication',
    severity: 'high',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: 'The function has a function URL with AuthType NONE: Lambda does not authenticate callers. Reported as medium when the resource policy grants no public lambda:InvokeFunctionUrl, since the URL then refuses every call until someone adds that permission. The resource-policy statements that only serve the URL are part of this finding, not of lambda.function-public-policy.',
    risk: 'Anyone on the internet who finds the URL can run the function with its IAM role, as often as they like: data exposure through the role, abuse of its permissions, and a bill driven by strangers.',
    remediation: {
        text: 'Switch the URL to AWS_IAM and sign requests (SigV4), or put API Gateway or CloudFront (with origin access control) in front of it with proper authorization. If the URL must stay public, authenticate in the function and set reserved concurrency to cap abuse.',
        cli: 'aws lambda update-function-url-config --region {region} --function-name {name} --auth-type AWS_IAM',
        console: 'Lambda console > Functions > the function > Configuration > Function URL > Edit > Auth type',
    },
    references: { docs: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'] },
}, (ctx) => ctx
    .resources('lambda:function')
    .filter((fn) => ctx.known(fn, 'functionUrl') && fn.attributes.functionUrl?.authType === 'NONE')
    .map((fn) => {
    const open = urlOpenToAnyone(ctx, fn);
    const note = open === false
        ? ' The resource policy grants no public lambda:InvokeFunctionUrl today, so the URL refuses calls until one is added.'
        : open === null
            ? ' The resource policy could not be read.'
            : ' The resource policy lets anyone invoke it.';
    return {
        target: fn,
        message: `Lambda function ${fn.id} has a function URL with AuthType NONE: anyone can call it without credentials.${note}`,
        evidence: {
            authType: 'NONE',
            publicInvokePermission: open ?? 'unknown',
            corsAllowOrigins: fn.attributes.functionUrl?.cors?.allowOrigins ?? [],
        },
        ...(open === false ? { severity: 'medium' } : {}),
    };
}));
const functionUrlCorsAnyOrigin = (0,model/* defineRule */.Km)({
    id: 'lambda.function-url-cors-any-origin',
    title: 'Lambda function URL allows any CORS origin',
    severity: 'medium',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: "The function URL's CORS configuration allows every origin ('*' in AllowOrigins).",
    risk: "Any website can call the function from its visitors' browsers and read the responses, which enables cross-site data theft and abuse of the function from third-party pages.",
    remediation: {
        text: 'List the origins of your own front ends in AllowOrigins instead of *.',
        cli: 'aws lambda update-function-url-config --region {region} --function-name {name} --cors AllowOrigins=https://app.example.com',
        console: 'Lambda console > Functions > the function > Configuration > Function URL > Edit > Configure cross-origin resource sharing (CORS)',
    },
    references: { docs: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors'] },
}, (ctx) => ctx
    .resources('lambda:function')
    .filter((fn) => ctx.known(fn, 'functionUrl') && fn.attributes.functionUrl?.cors?.allowOrigins.includes('*'))
    .map((fn) => {
    const url = fn.attributes.functionUrl;
    return {
        target: fn,
        message: `The function URL of Lambda function ${fn.id} (AuthType ${url?.authType}) allows CORS requests from any origin (*)${url?.cors?.allowMethods.length ? ` for ${url.cors.allowMethods.join(', ')}` : ''}.`,
        evidence: {
            authType: url?.authType,
            allowOrigins: url?.cors?.allowOrigins,
            allowMethods: url?.cors?.allowMethods,
            allowCredentials: url?.cors?.allowCredentials,
        },
    };
}));
/** Whether the statement with this Sid is conditioned on the key having the value (any capitals). */
function conditionedOn(document, sid, key, value) {
    const statement = (0,src_policy/* statementWithSid */.ok)(document, sid);
    return statement !== undefined && (0,src_policy/* conditionValues */._C)(statement, key).some((v) => v.toLowerCase() === value);
}
/**
 * A public statement that only concerns the function URL: it allows only lambda:InvokeFunctionUrl,
 * or lambda:InvokeFunction on the condition lambda:InvokedViaFunctionUrl = true (required for new
 * URLs since October 2025). When the URL's AuthType is NONE, lambda.function-url-public reports it.
 */
function servesOnlyTheUrl(document, sid, actions) {
    if (actions.length === 0)
        return false;
    if (actions.every((a) => a.toLowerCase() === 'lambda:invokefunctionurl'))
        return true;
    if (!actions.every((a) => ['lambda:invokefunctionurl', 'lambda:invokefunction'].includes(a.toLowerCase())))
        return false;
    return conditionedOn(document, sid, 'lambda:InvokedViaFunctionUrl', 'true');
}
/**
 * A statement allowing only lambda:InvokeFunctionUrl on the condition lambda:FunctionUrlAuthType =
 * NONE (what `add-permission --function-url-auth-type NONE` writes) applies to a URL without
 * authentication only: lambda.function-url-public reports that URL, and without one it grants nothing.
 */
function onlyForUrlsWithoutAuth(document, sid, actions) {
    if (actions.length === 0 || !actions.every((a) => a.toLowerCase() === 'lambda:invokefunctionurl'))
        return false;
    return conditionedOn(document, sid, 'lambda:FunctionUrlAuthType', 'none');
}
const functionPublicPolicy = (0,model/* defineRule */.Km)({
    id: 'lambda.function-public-policy',
    title: 'Lambda function resource policy allows public access',
    severity: 'critical',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: "The function's resource policy has an Allow statement for any principal (* or NotPrincipal) that no condition limits to specific accounts, sources, organizations or networks. Statements that only let anyone call a function URL with AuthType NONE are reported by lambda.function-url-public instead, and an InvokeFunctionUrl statement conditioned on lambda:FunctionUrlAuthType NONE grants nothing while the function has no such URL.",
    risk: 'Anyone with an AWS account can invoke the function (or do whatever else the statement allows) with its role’s permissions, from anywhere.',
    remediation: {
        text: 'Remove the statement, or restrict it with a Principal of specific accounts or services and a condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
        cli: 'aws lambda remove-permission --region {region} --function-name {name} --statement-id {statementId}',
        console: 'Lambda console > Functions > the function > Configuration > Permissions > Resource-based policy statements',
    },
    references: {
        fsbp: ['Lambda.1'],
        docs: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
    },
}, (ctx) => ctx
    .resources('lambda:function')
    .filter((fn) => ctx.known(fn, 'resourcePolicy') && fn.attributes.resourcePolicy !== null)
    .flatMap((fn) => {
    const policy = fn.attributes.resourcePolicy;
    if (!policy)
        return [];
    const urlIsPublic = ctx.known(fn, 'functionUrl') && fn.attributes.functionUrl?.authType === 'NONE';
    const statements = policy.publicStatements.filter((s) => !onlyForUrlsWithoutAuth(policy.document, s.sid, s.actions) &&
        !(urlIsPublic && servesOnlyTheUrl(policy.document, s.sid, s.actions)));
    if (statements.length === 0)
        return [];
    const describe = (s) => `${s.sid ?? 'a statement without Sid'} (${s.actions.join(', ') || 'no action'} for ${s.principal === '*' ? 'any principal' : 'everyone but NotPrincipal'})`;
    return [
        {
            target: fn,
            message: `The resource policy of Lambda function ${fn.id} allows public access: ${statements.map(describe).join('; ')}.`,
            evidence: { publicStatements: statements },
            // remove-permission removes one statement: a command is given when one statement, with a Sid, is public.
            ...(statements.length === 1 && statements[0]?.sid
                ? { templateValues: { statementId: statements[0].sid } }
                : {}),
        },
    ];
}));
const vpcFunctionSingleAz = (0,model/* defineRule */.Km)({
    id: 'lambda.vpc-function-single-az',
    title: 'VPC Lambda function runs in a single Availability Zone',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'lambda:function',
    reads: ['lambda:function', 'ec2:subnet'],
    description: 'A function attached to a VPC has subnets in fewer than two Availability Zones. Functions whose subnets are not all in the inventory (another account’s, or not read) are not judged.',
    risk: 'When that zone has trouble, the function cannot run at all: Lambda places VPC functions only in the zones of their subnets.',
    remediation: {
        text: 'Add a subnet in a second Availability Zone (with the same routes) to the function’s VPC configuration.',
        cli: 'aws lambda get-function-configuration --region {region} --function-name {name} --query VpcConfig',
        console: 'Lambda console > the function > Configuration > VPC > Edit',
    },
    references: {
        fsbp: ['Lambda.5'],
        docs: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html'],
    },
}, (ctx) => ctx.resources('lambda:function').flatMap((fn) => {
    const subnetIds = fn.attributes.vpc?.subnetIds ?? [];
    if (subnetIds.length === 0)
        return [];
    const subnets = ctx
        .resources('ec2:subnet')
        .filter((s) => s.account === fn.account && s.region === fn.region && subnetIds.includes(s.id));
    const zones = new Set(subnets.map((s) => s.attributes.availabilityZone));
    if (subnets.length !== subnetIds.length || zones.has(null) || zones.size >= 2)
        return [];
    return [
        {
            target: fn,
            message: `Lambda function ${fn.id} runs in one Availability Zone (${[...zones].join(', ')}): its ${subnetIds.length} subnet(s) are all there.`,
            evidence: { subnetIds, availabilityZones: [...zones] },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/lambda-layers.ts
/** Lambda: layers published by accounts outside the audit. */

/**
 * Accounts AWS publishes layers from, each checked against AWS's own documentation: a layer of
 * theirs is AWS code, not a third party's. Region-specific publishers are listed as documented.
 */
const AWS_LAYER_ACCOUNTS = {
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Lambda-Insights-extension-versions.html
    '580247275435': 'CloudWatch Lambda Insights',
    '012438385374': 'CloudWatch Lambda Insights (af-south-1)',
    '519774774795': 'CloudWatch Lambda Insights (ap-east-1)',
    '891564319516': 'CloudWatch Lambda Insights (ap-south-2)',
    '439286490199': 'CloudWatch Lambda Insights (ap-southeast-3)',
    '194566237122': 'CloudWatch Lambda Insights (ap-northeast-3)',
    // https://docs.aws.amazon.com/powertools/python/latest/ and .../powertools/typescript/latest/
    '017000801446': 'Powertools for AWS Lambda (Python)',
    '094274105915': 'Powertools for AWS Lambda (TypeScript)',
};
/** A layer version ARN's parts: arn:PARTITION:lambda:REGION:ACCOUNT:layer:NAME:VERSION. */
function layerOf(arn) {
    const parts = arn.split(':');
    if (parts[0] !== 'arn' || parts[2] !== 'lambda' || parts[5] !== 'layer' || parts.length < 7)
        return null;
    return { account: parts[4] ?? '', name: parts[6] ?? '', version: parts[7] ?? '' };
}
const layerFromOtherAccount = (0,model/* defineRule */.Km)({
    id: 'lambda.layer-from-other-account',
    title: 'Lambda function uses a layer published by an account outside the audit',
    severity: 'medium',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description: "A function uses a layer version whose ARN names an account that is neither the function's own, nor another account of this audit, nor an account AWS publishes layers from (CloudWatch Lambda Insights, Powertools for AWS Lambda, as AWS documents them). Vendor layers (monitoring agents and the like) are reported too, with their account id: trust is the owner's decision, and a trusted vendor's findings can be suppressed. Prowler's awslambda_function_using_cross_account_layers.",
    risk: "A layer's code runs inside the function with its role's permissions and sees every event and environment variable. Its publisher can delete or stop sharing the version (the next deployment fails), and whoever controls that account controls code in yours the next time a version is pinned.",
    remediation: {
        text: 'Confirm the publisher is one you trust. Otherwise copy the layer into this account (or bundle its code with the function) and pin that version; review new versions before moving to them.',
        cli: 'aws lambda get-function-configuration --region {region} --function-name {name} --query Layers',
        console: 'Lambda console > Functions > the function > Code > Layers',
    },
    references: {
        docs: [
            'https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html',
            'https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html',
        ],
    },
}, (ctx) => {
    const audited = new Set(ctx.accounts());
    return ctx
        .resources('lambda:function')
        .filter((fn) => ctx.known(fn, 'layers'))
        .flatMap((fn) => {
        const foreign = fn.attributes.layers.flatMap((arn) => {
            const layer = layerOf(arn);
            if (!layer || layer.account === fn.account || audited.has(layer.account))
                return [];
            if (AWS_LAYER_ACCOUNTS[layer.account] !== undefined)
                return [];
            return [{ arn, ...layer }];
        });
        if (foreign.length === 0)
            return [];
        return [
            {
                target: fn,
                message: `Function ${fn.id} uses ${foreign.length === 1 ? 'a layer' : `${foreign.length} layers`} published by another account: ${foreign.map((l) => `${l.name}:${l.version} from account ${l.account}`).join(', ')}.`,
                evidence: {
                    layers: foreign.map((l) => ({
                        arn: l.arn,
                        account: l.account,
                        name: l.name,
                        version: l.version,
                    })),
                    accounts: [...new Set(foreign.map((l) => l.account))].sort(),
                },
            },
        ];
    });
});

// EXTERNAL MODULE: ./src/rules/catalog/rds-shared.ts
var rds_shared = __webpack_require__(9792);
;// CONCATENATED MODULE: ./src/rules/catalog/rds.ts


const instancePublic = (0,model/* defineRule */.Km)({
    id: 'rds.instance-publicly-accessible',
    title: 'RDS instance is publicly accessible',
    severity: 'critical',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'The instance has PubliclyAccessible set: its endpoint resolves to a public IP address, so any network path its security groups and subnet routes allow reaches it from the internet.',
    risk: 'A database reachable from the internet is one security-group change away from brute force and exploitation, and is usually found by scanners within hours.',
    remediation: {
        text: 'Turn public accessibility off and reach the database from inside the VPC (application subnets, a bastion or SSM port forwarding, VPN).',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --no-publicly-accessible --apply-immediately',
        console: `${rds_shared/* instanceConsole */.RH} > Connectivity > Additional configuration > Not publicly accessible`,
    },
    references: {
        fsbp: ['RDS.2'],
        cis: ['3.2.3'],
        docs: [
            'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
        ],
    },
}, (ctx) => ctx
    .resources('rds:db-instance')
    .filter((db) => ctx.known(db, 'publiclyAccessible') && db.attributes.publiclyAccessible)
    .map((db) => ({
    target: db,
    message: `${(0,rds_shared/* describeInstance */.xJ)(db)} is publicly accessible: its endpoint has a public IP address.${db.attributes.storageEncrypted ? '' : ' Its storage is not encrypted either.'}`,
    evidence: {
        publiclyAccessible: true,
        engine: db.attributes.engine,
        clusterIdentifier: db.attributes.clusterIdentifier,
    },
})));
const instanceUnencrypted = (0,model/* defineRule */.Km)({
    id: 'rds.instance-storage-unencrypted',
    title: 'RDS instance storage is not encrypted',
    severity: 'high',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'A standalone RDS instance does not encrypt its storage (and so its automated backups, snapshots and read replicas). Cluster members are judged on their cluster (rds.cluster-storage-unencrypted).',
    risk: 'Data at rest, backups and snapshots are readable by anyone who gets the underlying storage or a copied snapshot; many compliance regimes require encryption.',
    remediation: {
        text: 'Encryption cannot be turned on in place: snapshot the instance, copy the snapshot with a KMS key (--kms-key-id), restore from the encrypted copy, and switch the application over.',
        cli: 'aws rds create-db-snapshot --region {region} --db-instance-identifier {id} --db-snapshot-identifier {id}-before-encryption',
        console: 'RDS console > Snapshots > the snapshot > Actions > Copy snapshot > Enable encryption',
    },
    references: {
        fsbp: ['RDS.3'],
        cis: ['3.2.1'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
    },
    deviations: {
        'FSBP RDS.3': 'Aurora cluster members are reported once, on their cluster (rds.cluster-storage-unencrypted, FSBP RDS.27); RDS.3 can also fail each unencrypted member instance.',
    },
}, (ctx) => (0,rds_shared/* standalone */.gI)(ctx)
    .filter((db) => ctx.known(db, 'storageEncrypted') && !db.attributes.storageEncrypted)
    .map((db) => ({
    target: db,
    message: `${(0,rds_shared/* describeInstance */.xJ)(db)} does not encrypt its storage${db.attributes.allocatedStorageGiB ? ` (${db.attributes.allocatedStorageGiB} GiB)` : ''}, nor its backups and snapshots.`,
    evidence: { storageEncrypted: false, allocatedStorageGiB: db.attributes.allocatedStorageGiB },
})));
const clusterUnencrypted = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-storage-unencrypted',
    title: 'RDS cluster storage is not encrypted',
    severity: 'high',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora or Multi-AZ DB cluster does not encrypt its storage, and so neither its members nor its snapshots.',
    risk: 'Data at rest, backups and snapshots are readable by anyone who gets the underlying storage or a copied snapshot.',
    remediation: {
        text: 'Encryption cannot be turned on in place: snapshot the cluster, restore it from the snapshot with a KMS key (--kms-key-id), and switch the application over.',
        cli: 'aws rds create-db-cluster-snapshot --region {region} --db-cluster-identifier {id} --db-cluster-snapshot-identifier {id}-before-encryption',
        console: 'RDS console > Snapshots > the cluster snapshot > Actions > Restore snapshot > Encryption',
    },
    references: {
        fsbp: ['RDS.27'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => ctx.known(c, 'storageEncrypted') && !c.attributes.storageEncrypted)
    .map((cluster) => ({
    target: cluster,
    message: `${(0,rds_shared/* describeCluster */.K$)(cluster)} does not encrypt its storage; its ${cluster.attributes.memberInstanceIds.length} member instance(s) and snapshots are unencrypted too.`,
    evidence: { storageEncrypted: false, memberInstanceIds: cluster.attributes.memberInstanceIds },
})));
/** FSBP RDS.11's backupRetentionMinimum default: it fails an instance keeping backups fewer days. */
const RDS_11_MIN_RETENTION_DAYS = 7;
const instanceBackupsDisabled = (0,model/* defineRule */.Km)({
    id: 'rds.instance-backups-disabled',
    title: 'RDS instance keeps automated backups for fewer than 7 days, or none',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: `A standalone RDS instance has a backup retention period under ${RDS_11_MIN_RETENTION_DAYS} days, as FSBP RDS.11 judges it. Retention 0 (automated backups and point-in-time recovery off) is medium; 1 to ${RDS_11_MIN_RETENTION_DAYS - 1} days is low. Read replicas are not judged, as in RDS.11: their source's backups cover them. (Clusters always keep at least one day.)`,
    risk: 'A bad migration, a deleted table or a corrupted volume cannot be undone once it is older than the retention period; with none, the only copies are whatever manual snapshots happen to exist.',
    remediation: {
        text: 'Set a backup retention period of 7 days or more (up to 35) and a backup window outside peak hours.',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --backup-retention-period 7 --apply-immediately',
        console: `${rds_shared/* instanceConsole */.RH} > Backup > Backup retention period`,
    },
    references: {
        fsbp: ['RDS.11'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
    },
}, (ctx) => (0,rds_shared/* standalone */.gI)(ctx)
    .filter((db) => !(ctx.known(db, 'readReplicaSource') && db.attributes.readReplicaSource !== null))
    .filter((db) => ctx.known(db, 'backupRetentionDays') &&
    db.attributes.backupRetentionDays < RDS_11_MIN_RETENTION_DAYS)
    .map((db) => {
    const days = db.attributes.backupRetentionDays;
    return {
        target: db,
        message: days === 0
            ? `${(0,rds_shared/* describeInstance */.xJ)(db)} has automated backups turned off (retention 0 days): no point-in-time recovery.${(0,rds_shared/* tagged */.VK)(ctx, db)}`
            : `${(0,rds_shared/* describeInstance */.xJ)(db)} keeps automated backups for ${days} day(s), fewer than ${RDS_11_MIN_RETENTION_DAYS}: older mistakes cannot be undone.${(0,rds_shared/* tagged */.VK)(ctx, db)}`,
        evidence: { backupRetentionDays: days, production: ctx.isProduction(db) },
        ...(days > 0 ? { severity: 'low' } : {}),
    };
}));
const deletionProtectionNote = (ctx, resource) => ctx.isProduction(resource) ? { severity: 'medium' } : {};
const instanceDeletionProtectionOff = (0,model/* defineRule */.Km)({
    id: 'rds.instance-deletion-protection-disabled',
    title: 'RDS instance has deletion protection turned off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'A standalone RDS instance can be deleted without first turning deletion protection off. Medium for production-tagged instances (thresholds.productionTags). Cluster members are judged on their cluster.',
    risk: 'One mistaken console click, script or infrastructure-as-code change deletes the database (and, without a final snapshot, its automated backups).',
    remediation: {
        text: 'Turn deletion protection on; infrastructure code then has to turn it off explicitly before a delete.',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --deletion-protection --apply-immediately',
        console: `${rds_shared/* instanceConsole */.RH} > Deletion protection`,
    },
    references: {
        fsbp: ['RDS.8'],
        docs: [
            'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection',
        ],
    },
}, (ctx) => (0,rds_shared/* standalone */.gI)(ctx)
    .filter((db) => ctx.known(db, 'deletionProtection') && !db.attributes.deletionProtection)
    .map((db) => ({
    target: db,
    message: `${(0,rds_shared/* describeInstance */.xJ)(db)} has deletion protection turned off.${(0,rds_shared/* tagged */.VK)(ctx, db)}`,
    evidence: { deletionProtection: false, production: ctx.isProduction(db) },
    ...deletionProtectionNote(ctx, db),
})));
const clusterDeletionProtectionOff = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-deletion-protection-disabled',
    title: 'RDS cluster has deletion protection turned off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora or Multi-AZ DB cluster can be deleted without first turning deletion protection off. Medium for production-tagged clusters (thresholds.productionTags).',
    risk: 'One mistaken console click, script or infrastructure-as-code change deletes the cluster and all its instances.',
    remediation: {
        text: 'Turn deletion protection on for the cluster.',
        cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --deletion-protection --apply-immediately',
        console: `${rds_shared/* clusterConsole */.gO} > Deletion protection`,
    },
    references: {
        fsbp: ['RDS.7'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => ctx.known(c, 'deletionProtection') && !c.attributes.deletionProtection)
    .map((cluster) => ({
    target: cluster,
    message: `${(0,rds_shared/* describeCluster */.K$)(cluster)} has deletion protection turned off.${(0,rds_shared/* tagged */.VK)(ctx, cluster)}`,
    evidence: { deletionProtection: false, production: ctx.isProduction(cluster) },
    ...deletionProtectionNote(ctx, cluster),
})));
const productionInstanceSingleAz = (0,model/* defineRule */.Km)({
    id: 'rds.production-instance-single-az',
    title: 'Production RDS instance runs in a single Availability Zone',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'A standalone RDS instance tagged as production (thresholds.productionTags) is not Multi-AZ. Only production-tagged instances are judged here, unless thresholds.multiAzRequiredFor is `all`; rds.instance-single-az reports the others (low), so that together they judge every instance as FSBP RDS.5 does.',
    risk: rds_shared/* INSTANCE_MULTI_AZ */.A_.risk,
    remediation: {
        text: 'Convert the instance to Multi-AZ (a standby in another zone; it roughly doubles the instance cost). The conversion runs online, with some I/O latency while the standby is created.',
        cli: rds_shared/* INSTANCE_MULTI_AZ */.A_.cli,
        console: rds_shared/* INSTANCE_MULTI_AZ */.A_.console,
    },
    references: {
        fsbp: ['RDS.5'],
        docs: rds_shared/* INSTANCE_MULTI_AZ */.A_.docs,
    },
    deviations: { 'FSBP RDS.5': rds_shared/* SINGLE_AZ_MEMBERS */.BI },
}, (ctx) => (0,rds_shared/* standalone */.gI)(ctx)
    .filter((db) => (0,rds_shared/* mustBeMultiAz */.j9)(ctx, db) && ctx.known(db, 'multiAz') && !db.attributes.multiAz)
    .map((db) => ({
    target: db,
    message: `${(0,rds_shared/* describeInstance */.xJ)(db)}${ctx.isProduction(db) ? ' is tagged as production but' : ''} runs in a single Availability Zone (not Multi-AZ).`,
    evidence: {
        multiAz: false,
        production: ctx.isProduction(db),
        instanceClass: db.attributes.instanceClass,
    },
})));
const productionClusterSingleAz = (0,model/* defineRule */.Km)({
    id: 'rds.production-cluster-single-az',
    title: 'Production RDS cluster has no instances in a second Availability Zone',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora or Multi-AZ DB cluster tagged as production (thresholds.productionTags) is not Multi-AZ: it has no reader in another Availability Zone to fail over to. Only production-tagged clusters are judged here, unless thresholds.multiAzRequiredFor is `all`; rds.cluster-single-az reports the others (low), so that together they judge every cluster as FSBP RDS.15 does.',
    risk: rds_shared/* CLUSTER_MULTI_AZ */.lX.risk,
    remediation: {
        text: 'Add a reader instance in another Availability Zone.',
        cli: rds_shared/* CLUSTER_MULTI_AZ */.lX.cli,
        console: rds_shared/* CLUSTER_MULTI_AZ */.lX.console,
    },
    references: {
        fsbp: ['RDS.15'],
        docs: rds_shared/* CLUSTER_MULTI_AZ */.lX.docs,
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => (0,rds_shared/* mustBeMultiAz */.j9)(ctx, c) && ctx.known(c, 'multiAz') && !c.attributes.multiAz)
    .map((cluster) => ({
    target: cluster,
    message: `${(0,rds_shared/* describeCluster */.K$)(cluster)}${ctx.isProduction(cluster) ? ' is tagged as production but' : ''} has no instance in a second Availability Zone (${cluster.attributes.memberInstanceIds.length} member(s)).`,
    evidence: {
        multiAz: false,
        production: ctx.isProduction(cluster),
        memberInstanceIds: cluster.attributes.memberInstanceIds,
    },
})));
const instanceMinorUpgradeOff = (0,model/* defineRule */.Km)({
    id: 'rds.instance-auto-minor-upgrade-disabled',
    title: 'RDS instance does not apply minor engine upgrades automatically',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'The instance has AutoMinorVersionUpgrade off, so engine patch releases (which carry security fixes) are only applied by hand. Every instance is judged, cluster members included: the setting is per instance.',
    risk: 'Known engine vulnerabilities stay unpatched until someone remembers to upgrade.',
    remediation: {
        text: 'Turn automatic minor version upgrades on; they are applied in the maintenance window.',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --auto-minor-version-upgrade --apply-immediately',
        console: `${rds_shared/* instanceConsole */.RH} > Maintenance > Auto minor version upgrade`,
    },
    references: {
        fsbp: ['RDS.13'],
        cis: ['3.2.2'],
        docs: [
            'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
        ],
    },
}, (ctx) => ctx
    .resources('rds:db-instance')
    .filter((db) => ctx.known(db, 'autoMinorVersionUpgrade') && !db.attributes.autoMinorVersionUpgrade)
    .map((db) => ({
    target: db,
    message: `${(0,rds_shared/* describeInstance */.xJ)(db)} does not apply minor engine upgrades automatically.`,
    evidence: { autoMinorVersionUpgrade: false, engineVersion: db.attributes.engineVersion },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/route53.ts

const route53_DOCS = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide';
/** Buckets, CloudFront names and hosted zones the scanned accounts hold. */
function held(ctx) {
    return {
        buckets: new Set(ctx.resources('s3:bucket').map((b) => b.id)),
        cloudfront: new Set(ctx.resources('cloudfront:distribution').map((d) => d.attributes.domainName)),
        zones: new Set(ctx.resources('route53:hosted-zone').map((z) => z.name)),
    };
}
/** Buckets, distributions and zones are inventoried; Elastic Beanstalk names are judged by DNS alone. */
const heldHere = (holdings, record) => record.target !== null &&
    ((record.targetKind === 's3' && holdings.buckets.has(record.target)) ||
        (record.targetKind === 'cloudfront' && holdings.cloudfront.has(record.target)) ||
        (record.targetKind === 'delegation' && holdings.zones.has(record.target)));
const KIND_TEXT = {
    s3: 'S3 bucket',
    cloudfront: 'CloudFront name',
    'elastic-beanstalk': 'Elastic Beanstalk name',
    'load-balancer': 'load balancer name',
    delegation: 'the zone',
};
const what = (record) => `${KIND_TEXT[record.targetKind] ?? 'name'} ${record.target}`;
const recordText = (record) => `${record.name} ${record.alias ? `${record.type} alias` : record.type}`;
/** Records whose target was checked: the zone's records were read, and the target is of these kinds. */
const checkable = (ctx, zone, kinds) => ctx.known(zone, 'records')
    ? zone.attributes.records.filter((r) => r.target !== null && kinds.includes(r.targetKind))
    : [];
/**
 * Anyone can claim these names again: a bucket, a distribution's alternate name, an environment's
 * CNAME prefix, a zone on the delegated Route 53 name servers (by creating zones until one lands there).
 */
const CLAIMABLE = ['s3', 'cloudfront', 'elastic-beanstalk', 'delegation'];
const danglingText = (r, zone) => r.targetKind === 'delegation'
    ? `${recordText(r)} in zone ${zone.name ?? zone.id} delegates ${r.name} to Route 53 name servers (${r.values.join(', ')}) that serve no hosted zone for it (they refused): anyone can create hosted zones until one lands on these servers and answer for ${r.name}.`
    : `${recordText(r)} in zone ${zone.name ?? zone.id} points at ${what(r)}, which does not exist: anyone can claim it and serve content under ${r.name}.`;
const recordDangling = (0,model/* defineRule */.Km)({
    id: 'route53.record-dangling',
    title: 'DNS record points at a bucket, CloudFront or Elastic Beanstalk name or zone that does not exist',
    severity: 'critical',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone'],
    consults: ['s3:bucket', 'cloudfront:distribution'],
    description: 'A CNAME or alias record points at an S3 bucket (website or REST endpoint) that no AWS account holds (S3 answered 404), or at a *.cloudfront.net or Elastic Beanstalk name (prefix.region.elasticbeanstalk.com, or the legacy prefix.elasticbeanstalk.com) that does not exist any more (NXDOMAIN, one bounded lookup per distinct name), or an NS record below the apex delegates a name to Route 53 name servers (ns-*.awsdns-*) that serve no hosted zone for it (one of them, asked for the SOA of the name, answered REFUSED or SERVFAIL). A target held by a scanned account is never reported; one whose check failed is not judged. Records to deleted load balancers are route53.record-stale (their names cannot be claimed); API Gateway and other providers are not judged (route53.record-target-outside-scan lists the S3, CloudFront and delegated targets held outside the scanned accounts, and delegations to the name servers of other providers).',
    risk: 'Subdomain takeover: anyone can create the bucket (or a distribution with this alternate name, or an Elastic Beanstalk environment with this CNAME prefix, or hosted zones until one lands on the delegated name servers) and serve their own content under your domain: phishing on a trusted name, stolen cookies scoped to the parent domain, and content that passes your CSP.',
    remediation: {
        text: 'Delete the record now (or, for a bucket or an Elastic Beanstalk CNAME prefix, create it in your own account first to hold the name); then remove whatever still links to the name.',
        cli: 'aws route53 list-resource-record-sets --hosted-zone-id {id} --start-record-name {record} --max-items 5',
        console: 'Route 53 console > Hosted zones > the zone > the record > Delete',
    },
    references: { docs: [`${route53_DOCS}/resource-record-sets-deleting.html`] },
}, (ctx) => {
    const holdings = held(ctx);
    return ctx.resources('route53:hosted-zone').flatMap((zone) => checkable(ctx, zone, CLAIMABLE)
        .filter((r) => r.targetExists === false && !heldHere(holdings, r))
        .map((r) => ({
        target: zone,
        subKey: `${r.name} ${r.type}`,
        message: danglingText(r, zone),
        evidence: {
            record: r.name,
            type: r.type,
            alias: r.alias,
            values: r.values,
            target: r.target,
            targetKind: r.targetKind,
        },
        // A distribution's or environment's name takes an account and a setup to claim; a bucket, one call.
        ...(r.targetKind === 's3' ? {} : { severity: 'high' }),
        templateValues: { record: r.name },
    })));
});
const recordStale = (0,model/* defineRule */.Km)({
    id: 'route53.record-stale',
    title: 'DNS record points at a load balancer that no longer exists',
    severity: 'low',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone'],
    description: 'A CNAME or alias record points at a load balancer name (*.elb.amazonaws.com, *.elb.<region>.amazonaws.com, with or without dualstack.: classic, application, network or gateway) that does not resolve any more (NXDOMAIN, one bounded lookup per distinct name): the load balancer was deleted. Its name carries a part AWS draws at random, so nobody can claim it again: this is hygiene, not a takeover. A name whose lookup failed is not judged.',
    risk: 'The name answers nothing: clients of it fail, and a stale record hides which names are really in use (and which still need a certificate or a WAF).',
    remediation: {
        text: 'Delete the record, or point it at the load balancer that replaced the deleted one.',
        cli: 'aws route53 list-resource-record-sets --hosted-zone-id {id} --start-record-name {record} --max-items 5',
        console: 'Route 53 console > Hosted zones > the zone > the record > Delete',
    },
    references: { docs: [`${route53_DOCS}/resource-record-sets-deleting.html`] },
}, (ctx) => ctx.resources('route53:hosted-zone').flatMap((zone) => checkable(ctx, zone, ['load-balancer'])
    .filter((r) => r.targetExists === false)
    .map((r) => ({
    target: zone,
    subKey: `${r.name} ${r.type}`,
    message: `${recordText(r)} in zone ${zone.name ?? zone.id} points at ${what(r)}, which does not exist any more: a stale record (the name has a random part AWS assigns, so nobody can claim it).`,
    evidence: { record: r.name, type: r.type, alias: r.alias, values: r.values, target: r.target },
    templateValues: { record: r.name },
}))));
const ADDRESS_HOLDERS = ['ec2:elastic-ip', 'ec2:instance', 'ec2:nat-gateway'];
/**
 * The public IPv4 addresses the scanned accounts hold (Elastic IPs, instances' public addresses,
 * NAT gateways'), or null when some region of some account was not listed completely, or an
 * instance's public address is unknown: then "not held here" cannot be told.
 */
function heldAddresses(ctx) {
    const complete = ctx
        .accounts()
        .every((a) => ctx.regionsOf(a).every((region) => ADDRESS_HOLDERS.every((t) => ctx.listed(a, t, region))));
    const instances = ctx.resources('ec2:instance');
    if (!complete || !instances.every((i) => ctx.known(i, 'publicIp')))
        return null;
    return new Set([
        ...ctx.resources('ec2:elastic-ip').map((e) => e.attributes.publicIp),
        ...instances.flatMap((i) => (i.attributes.publicIp ? [i.attributes.publicIp] : [])),
        ...ctx.resources('ec2:nat-gateway').flatMap((n) => n.attributes.publicIps),
    ]);
}
const recordAddressNotHeld = (0,model/* defineRule */.Km)({
    id: 'route53.record-address-not-held',
    title: 'DNS A record points at an EC2 public address no scanned account holds',
    severity: 'medium',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone', ...ADDRESS_HOLDERS],
    description: "An A record (not an alias) in a public zone names a public IPv4 address that reverses (PTR, one bounded lookup per distinct address) to an EC2 public name (ec2-a-b-c-d.<region>.compute.amazonaws.com), and no scanned account holds it as an Elastic IP, an instance's public address or a NAT gateway's. Judged only where Elastic IPs, instances and NAT gateways were listed in every region of every scanned account. The address may be held by an account that was not scanned, or by a load balancer or another service's interface, which are not compared yet. Private zones and private addresses are never judged; an address whose reverse lookup failed is not judged either.",
    risk: "A released address goes back to AWS's pool and is handed to whoever allocates next: attackers allocate addresses in bulk until one has a record still pointing at it, then serve their content (and get certificates) under your name.",
    remediation: {
        text: 'If the address is not yours any more, delete the record; if it is held by another account of yours, scan that account too. Point records at Elastic IPs you hold, or alias them to a load balancer or distribution.',
        cli: 'aws route53 list-resource-record-sets --hosted-zone-id {id} --start-record-name {record} --max-items 5',
        console: 'Route 53 console > Hosted zones > the zone > the record',
    },
    references: { docs: [`${route53_DOCS}/resource-record-sets-deleting.html`] },
}, (ctx) => {
    const held = heldAddresses(ctx);
    if (!held)
        return [];
    return ctx.resources('route53:hosted-zone').flatMap((zone) => {
        if (zone.attributes.private || !ctx.known(zone, 'records'))
            return [];
        return zone.attributes.records.flatMap((r) => {
            const unheld = r.alias ? [] : r.addresses.filter((a) => a.ec2 === true && !held.has(a.address));
            if (unheld.length === 0)
                return [];
            const list = unheld.map((a) => a.address).join(', ');
            return [
                {
                    target: zone,
                    subKey: `${r.name} ${r.type}`,
                    message: `${recordText(r)} in zone ${zone.name ?? zone.id} points at ${list}, in AWS's EC2 address space (by its reverse name), which no scanned account holds as an Elastic IP, instance or NAT gateway address: it may be held by an account that was not scanned; if it was released, whoever is given it next serves under ${r.name}.`,
                    evidence: { record: r.name, type: r.type, values: r.values, addresses: unheld },
                    templateValues: { record: r.name },
                },
            ];
        });
    });
});
/** A delegation below the apex to name servers that are not all Route 53's: nothing here can judge it. */
const delegatedElsewhere = (r) => r.targetKind === 'delegation' && r.target === null;
const recordTargetOutsideScan = (0,model/* defineRule */.Km)({
    id: 'route53.record-target-outside-scan',
    title: 'DNS record points at a target outside the scanned accounts, which cannot be judged',
    severity: 'info',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone', 's3:bucket', 'cloudfront:distribution'],
    description: "A CNAME or alias record points at an S3 bucket or a *.cloudfront.net name that exists, or an NS record delegates a name to Route 53 name servers that serve a zone for it, but in no scanned account (judged only where every scanned account's buckets, distributions and hosted zones were listed); or an NS record in a public zone delegates a name to name servers outside Route 53, which this scan cannot ask. It cannot be judged from here. If the account holding it is yours, scan it too; if it is not, the name may already have been taken over.",
    risk: 'A record to a resource of an account you do not control serves whatever that account puts there.',
    remediation: {
        text: 'Check who holds the target: add the account to the scan (additional-role-arns), or delete the record if the target is not yours.',
        console: 'Route 53 console > Hosted zones > the zone > the record',
    },
    references: { docs: [`${route53_DOCS}/routing-to-s3-bucket.html`] },
}, (ctx) => {
    const holdings = held(ctx);
    // "Not held here" is known only where every scanned account's holdings of that kind were listed.
    const listedEverywhere = (type) => ctx.accounts().every((a) => ctx.listed(a, type, 'global'));
    const kinds = [
        ...(listedEverywhere('s3:bucket') && listedEverywhere('cloudfront:distribution')
            ? ['s3', 'cloudfront']
            : []),
        ...(listedEverywhere('route53:hosted-zone') ? ['delegation'] : []),
    ];
    return ctx.resources('route53:hosted-zone').flatMap((zone) => {
        const zoneName = zone.name ?? zone.id;
        const elsewhere = ctx.known(zone, 'records') && !zone.attributes.private
            ? zone.attributes.records.filter(delegatedElsewhere).map((r) => ({
                target: zone,
                subKey: `${r.name} ${r.type}`,
                message: `${recordText(r)} in zone ${zoneName} delegates ${r.name} to name servers outside Route 53 (${r.values.join(', ')}): whether they serve it cannot be judged here.`,
                evidence: { record: r.name, type: r.type, values: r.values, targetKind: r.targetKind },
            }))
            : [];
        // A private zone's delegations are never asked (nor judged).
        const outside = checkable(ctx, zone, kinds)
            .filter((r) => !(zone.attributes.private && r.targetKind === 'delegation'))
            .filter((r) => r.targetExists === true && !heldHere(holdings, r))
            .map((r) => ({
            target: zone,
            subKey: `${r.name} ${r.type}`,
            message: r.targetKind === 'delegation'
                ? `${recordText(r)} in zone ${zoneName} delegates ${r.name} to Route 53 name servers that serve a zone for it, held by no scanned account: it cannot be judged here.`
                : `${recordText(r)} in zone ${zoneName} points at ${what(r)}, which exists but in no scanned account: it cannot be judged here.`,
            evidence: { record: r.name, type: r.type, target: r.target, targetKind: r.targetKind },
        }));
        return [...outside, ...elsewhere];
    });
});
const publicZoneQueryLoggingOff = (0,model/* defineRule */.Km)({
    id: 'route53.public-zone-query-logging-off',
    title: 'Public hosted zone does not log DNS queries',
    severity: 'low',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone'],
    description: 'A public hosted zone has no query logging configuration.',
    risk: 'Without query logs, nobody can see who resolves which names: reconnaissance of subdomains and DNS-based exfiltration go unnoticed.',
    remediation: {
        text: 'Create a query logging configuration to a CloudWatch Logs log group in us-east-1 (with a retention, to bound its cost).',
        cli: 'aws route53 create-query-logging-config --hosted-zone-id {id} --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:{account}:log-group:/aws/route53/{name}',
        console: 'Route 53 console > Hosted zones > the zone > Query logging > Configure query logging',
    },
    references: { fsbp: ['Route53.2'], docs: [`${route53_DOCS}/query-logs.html`] },
}, (ctx) => ctx
    .resources('route53:hosted-zone')
    .filter((z) => !z.attributes.private && ctx.known(z, 'queryLogging') && !z.attributes.queryLogging)
    .map((z) => ({
    target: z,
    message: `Public hosted zone ${z.name ?? z.id} does not log DNS queries.`,
    evidence: { queryLogging: false },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/rds-events.ts

/** Each control's source type and the event categories it requires. */
const CRITICAL_EVENTS = [
    { control: 'RDS.19', sourceType: 'db-cluster', categories: ['maintenance', 'failure'] },
    {
        control: 'RDS.20',
        sourceType: 'db-instance',
        categories: ['maintenance', 'configuration change', 'failure'],
    },
    { control: 'RDS.21', sourceType: 'db-parameter-group', categories: ['configuration change'] },
    { control: 'RDS.22', sourceType: 'db-security-group', categories: ['configuration change', 'failure'] },
];
/**
 * An enabled subscription of the source type (or of every type) sending every required category
 * (an empty list is every category). One limited to some sources still counts, as the controls
 * name only the source type and categories.
 */
const covers = (sub, sourceType, categories) => sub.attributes.enabled &&
    (sub.attributes.sourceType === null || sub.attributes.sourceType === sourceType) &&
    (sub.attributes.eventCategories.length === 0 ||
        categories.every((c) => sub.attributes.eventCategories.includes(c)));
const REGION_DEVIATION = 'Judged per region, on the region: a finding where the region has subscriptions but none covers the source type and categories. The control passes where there is none at all, as this rule does.';
const eventSubscriptionsMissCriticalEvents = (0,model/* defineRule */.Km)({
    id: 'rds.event-subscriptions-miss-critical-events',
    title: 'RDS event subscriptions leave critical events unsent',
    severity: 'low',
    category: 'reliability',
    resourceType: 'aws:region',
    reads: ['rds:event-subscription'],
    description: 'The region has RDS event subscriptions, but no enabled one sends the critical events of a source type: DB cluster maintenance and failure (FSBP RDS.19), DB instance maintenance, configuration change and failure (RDS.20), DB parameter group configuration change (RDS.21), DB security group configuration change and failure (RDS.22). Each finding cites the controls whose source type is uncovered. A region with no subscription at all passes, as in the controls.',
    risk: 'Failovers, failures, forced maintenance and configuration changes happen without anyone being told, so they are noticed late, from their effects.',
    remediation: {
        text: 'Create (or widen) an enabled subscription to an SNS topic for each uncovered source type, with all sources and at least the listed event categories (or all categories).',
        cli: 'aws rds create-event-subscription --region {region} --subscription-name critical-db-cluster-events --sns-topic-arn TOPIC-ARN --source-type db-cluster --event-categories maintenance failure',
        console: 'RDS console (in the region) > Event subscriptions > Create event subscription',
    },
    references: {
        fsbp: ['RDS.19', 'RDS.20', 'RDS.21', 'RDS.22'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html'],
    },
    deviations: {
        'FSBP RDS.19': REGION_DEVIATION,
        'FSBP RDS.20': REGION_DEVIATION,
        'FSBP RDS.21': REGION_DEVIATION,
        'FSBP RDS.22': REGION_DEVIATION,
    },
}, (ctx) => ctx.accounts().flatMap((account) => ctx.regionsOf(account).flatMap((region) => {
    if (!ctx.listed(account, 'rds:event-subscription', region))
        return [];
    const subs = ctx
        .resources('rds:event-subscription')
        .filter((s) => s.account === account && s.region === region);
    if (subs.length === 0)
        return [];
    const uncovered = CRITICAL_EVENTS.filter((e) => !subs.some((s) => covers(s, e.sourceType, e.categories)));
    if (uncovered.length === 0)
        return [];
    return [
        {
            target: ctx.regionTarget(account, region),
            message: `RDS event subscriptions in ${region} send no ${uncovered.map((e) => `${e.sourceType} (${e.categories.join(', ')})`).join('; ')} events.`,
            evidence: {
                uncovered: uncovered.map((e) => ({ sourceType: e.sourceType, eventCategories: e.categories })),
                subscriptions: subs.map((s) => ({
                    name: s.id,
                    enabled: s.attributes.enabled,
                    sourceType: s.attributes.sourceType,
                    eventCategories: s.attributes.eventCategories,
                })),
            },
            references: { fsbp: uncovered.map((e) => e.control) },
        },
    ];
})));

// EXTERNAL MODULE: ./src/prices/rds-instances.ts
var rds_instances = __webpack_require__(3876);
;// CONCATENATED MODULE: ./src/rules/catalog/rds-idle.ts




/** AWS starts a stopped instance again after 7 days: one stop saves at most this many hours. */
const HOURS_PER_STOP = 168;
const restartCaveat = 'AWS starts a stopped instance again automatically after 7 days, so one stop saves at most 168 instance-hours unless it is stopped again; storage and backups keep billing while it is stopped.';
/**
 * An available instance whose daily peak of DatabaseConnections was 0 on every day of the window,
 * with a datapoint for each day. Unknown connections or a shorter history are never called idle.
 */
function rds_idle_isIdle(ctx, db) {
    const connections = db.attributes.connections;
    if (db.state !== 'available' || !ctx.known(db, 'connections') || connections === null)
        return false;
    return connections.maxConnections === 0 && connections.daysWithData >= connections.windowDays;
}
/** A month of the instance's hours (twice for Multi-AZ), or null when its class is not priced. */
function instanceCost(db) {
    const { engine, instanceClass, multiAz } = db.attributes;
    const price = instanceClass ? (0,rds_instances/* dbInstancePrice */.J)(engine, instanceClass, db.region) : null;
    if (!price)
        return null;
    const copies = multiAz ? 2 : 1;
    return {
        monthlyUsd: (0,table/* cents */.wH)(price.usd * table/* HOURS_PER_MONTH */.x4 * copies),
        basis: `${table/* HOURS_PER_MONTH */.x4} hours x $${price.usd} per hour (${instanceClass}${copies === 2 ? ', Multi-AZ: x 2' : ''}); a stop saves at most ${HOURS_PER_STOP} hours before AWS starts it again, and storage and backups keep billing`,
        prices: [price],
        avoidable: true,
    };
}
const instanceIdle = (0,model/* defineRule */.Km)({
    id: 'rds.instance-idle',
    title: 'RDS instance had no connections',
    severity: 'low',
    category: 'cost',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: "An available RDS instance whose CloudWatch DatabaseConnections metric peaked at 0 on every day of the scan's window (14 days), with data for each day. Aurora members, read replicas, primaries with replicas and SQL Server Multi-AZ are reported too, but AWS does not stop them one by one, so their findings propose no cleanup.",
    risk: `It is billed every hour for a database nobody connects to; often a leftover of a finished project or a test environment. ${restartCaveat}`,
    remediation: {
        text: `Check that nothing connects to it less often than the window (monthly jobs, disaster recovery), then snapshot and delete it, or stop it. ${restartCaveat}`,
        cli: 'aws rds stop-db-instance --region {region} --db-instance-identifier {id}',
        console: 'RDS console > Databases > the instance > Actions > Stop temporarily',
    },
    references: {
        docs: [
            'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html',
            'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html',
        ],
    },
    cleanupAction: 'rds.stop-instance',
}, (ctx) => ctx
    .resources('rds:db-instance')
    .filter((db) => rds_idle_isIdle(ctx, db))
    .map((db) => {
    const cost = instanceCost(db);
    const refused = (0,rds_shared/* whyNotStoppable */.wk)((0,rds_shared/* stopFacts */.MX)(db));
    const days = db.attributes.connections?.windowDays;
    const costText = cost ? ` and costs about $${cost.monthlyUsd.toFixed(2)} a month` : '';
    const action = refused
        ? ` It cannot be stopped on its own: ${refused}.`
        : ' Stopping it saves at most 7 days of instance hours: AWS starts it again after 7 days.';
    return {
        target: db,
        message: `${(0,rds_shared/* describeInstance */.xJ)(db)} had no connections in the last ${days} days${costText}.${action}`,
        evidence: {
            instanceClass: db.attributes.instanceClass,
            multiAz: db.attributes.multiAz,
            clusterIdentifier: db.attributes.clusterIdentifier,
            readReplicaSource: db.attributes.readReplicaSource,
            readReplicaIds: db.attributes.readReplicaIds,
            connections: db.attributes.connections,
            stoppable: refused === null,
        },
        ...(cost ? { cost } : {}),
        ...(refused ? { cliDoesNotApply: true, cleanupDoesNotApply: true } : {}),
    };
}));

;// CONCATENATED MODULE: ./src/rules/catalog/rds-logging.ts
/** RDS: database logs published to CloudWatch Logs (FSBP RDS.9, RDS.34, RDS.36, RDS.37, RDS.40, RDS.42). */


/**
 * The log types each control requires of an instance's engine (EnabledCloudwatchLogsExports
 * values): RDS.9's list per engine, and the engine's own control with its default logTypes.
 */
function instanceLogControls(engine) {
    if (engine === 'postgres')
        return [
            { control: 'RDS.9', logTypes: ['postgresql', 'upgrade'] },
            { control: 'RDS.36', logTypes: ['postgresql'] },
        ];
    if (engine === 'mysql')
        return [{ control: 'RDS.9', logTypes: ['audit', 'error', 'general', 'slowquery'] }];
    if (engine === 'mariadb')
        return [
            { control: 'RDS.9', logTypes: ['audit', 'error', 'general', 'slowquery'] },
            { control: 'RDS.42', logTypes: ['audit', 'error'] },
        ];
    if (engine.startsWith('oracle-'))
        return [{ control: 'RDS.9', logTypes: ['alert', 'audit', 'trace', 'listener'] }];
    if (engine.startsWith('sqlserver-'))
        return [
            { control: 'RDS.9', logTypes: ['error', 'agent'] },
            { control: 'RDS.40', logTypes: ['agent', 'error'] },
        ];
    // Db2, RDS Custom (no log exports) and others: no control lists their logs.
    return [];
}
const missing = (exported, required) => required.filter((type) => !exported.includes(type));
const instanceLogsNotExported = (0,model/* defineRule */.Km)({
    id: 'rds.instance-logs-not-exported',
    title: 'RDS instance does not publish its logs to CloudWatch Logs',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: "A standalone instance does not publish every log type FSBP RDS.9 lists for its engine (PostgreSQL: postgresql, upgrade; MySQL and MariaDB: audit, error, general, slowquery; Oracle: alert, audit, trace, listener; SQL Server: error, agent). Each finding also cites the engine's own control where that fails too: RDS.36 (PostgreSQL without postgresql), RDS.40 (SQL Server without agent or error), RDS.42 (MariaDB without audit or error). Medium where nothing is published or an engine's own control fails; low where only some of RDS.9's further types are missing. Db2 and RDS Custom are not judged.",
    risk: 'Without the database logs in CloudWatch Logs, failed logins, privilege changes and errors are kept only on the instance for a short time, cannot be alarmed on, and are gone when the instance is.',
    remediation: {
        text: 'Publish the missing log types (the evidence lists them). MySQL and MariaDB need the MARIADB_AUDIT_PLUGIN option for the audit log, and the general and slow query logs turned on in the parameter group; CloudWatch Logs ingestion is billed.',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --cloudwatch-logs-export-configuration EnableLogTypes={logTypes}',
        console: 'RDS console > Databases > the instance > Modify > Log exports',
    },
    references: {
        fsbp: ['RDS.9', 'RDS.36', 'RDS.40', 'RDS.42'],
        docs: [
            'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
        ],
    },
    deviations: {
        'FSBP RDS.9': 'Instances in a cluster are not judged: an Aurora or Multi-AZ DB cluster publishes its logs as a whole (Aurora: rds.cluster-logs-not-exported).',
    },
}, (ctx) => (0,rds_shared/* standalone */.gI)(ctx).flatMap((db) => {
    if (!ctx.known(db, 'logExports'))
        return [];
    const exported = db.attributes.logExports;
    const failing = instanceLogControls(db.attributes.engine).filter((c) => missing(exported, c.logTypes).length > 0);
    // RDS.9's list holds every engine control's: nothing fails unless RDS.9 does.
    const rds9 = failing.find((c) => c.control === 'RDS.9');
    if (!rds9)
        return [];
    const absent = missing(exported, rds9.logTypes);
    const serious = exported.length === 0 || failing.length > 1;
    return [
        {
            target: db,
            message: `${(0,rds_shared/* describeInstance */.xJ)(db)} does not publish ${absent.join(', ')} logs to CloudWatch Logs${exported.length > 0 ? ` (it publishes ${exported.join(', ')})` : ''}.`,
            evidence: { logExports: exported, missingLogTypes: absent },
            references: { fsbp: failing.map((c) => c.control) },
            templateValues: { logTypes: absent.join(',') },
            ...(serious ? {} : { severity: 'low' }),
        },
    ];
}));
const clusterLogsNotExported = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-logs-not-exported',
    title: 'Aurora cluster does not publish its logs to CloudWatch Logs',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora MySQL cluster does not publish its audit log (FSBP RDS.34; Aurora Serverless v1 clusters are not judged, as in the control), or an Aurora PostgreSQL cluster its postgresql log (FSBP RDS.37), to CloudWatch Logs.',
    risk: 'Without the database logs in CloudWatch Logs, logins, schema changes and data access cannot be audited or alarmed on, and are gone when the cluster is.',
    remediation: {
        text: 'Publish the log type (the evidence names it). Aurora MySQL writes an audit log only with server_audit_logging on in its cluster parameter group; CloudWatch Logs ingestion is billed.',
        cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --cloudwatch-logs-export-configuration EnableLogTypes={logTypes}',
        console: 'RDS console > Databases > the cluster > Modify > Log exports',
    },
    references: {
        fsbp: ['RDS.34', 'RDS.37'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html'],
    },
}, (ctx) => ctx.resources('rds:db-cluster').flatMap((cluster) => {
    const { engine, engineMode, logExports } = cluster.attributes;
    const control = (0,rds_shared/* isAuroraMysql */.FE)(engine) && engineMode !== 'serverless'
        ? { control: 'RDS.34', logType: 'audit' }
        : engine === 'aurora-postgresql'
            ? { control: 'RDS.37', logType: 'postgresql' }
            : null;
    if (!control || !ctx.known(cluster, 'logExports') || logExports.includes(control.logType))
        return [];
    return [
        {
            target: cluster,
            message: `${(0,rds_shared/* describeCluster */.K$)(cluster)} does not publish its ${control.logType} log to CloudWatch Logs.`,
            evidence: { logExports, missingLogTypes: [control.logType] },
            references: { fsbp: [control.control] },
            templateValues: { logTypes: control.logType },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/rds-network.ts


const instanceInPublicSubnet = (0,model/* defineRule */.Km)({
    id: 'rds.instance-in-public-subnet',
    title: 'RDS instance can be placed in a subnet that routes to an internet gateway',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance', 'ec2:subnet'],
    description: "A subnet of the instance's DB subnet group has a route to an internet gateway (0.0.0.0/0 or ::/0, in its own route table or the VPC's main one). High when the instance is also publicly accessible. Judged only where every subnet of the group was read with its routes; a subnet in another account or region, or one whose routes could not be read, leaves the instance unjudged.",
    risk: 'A database in a public subnet is one setting (publicly accessible) or one security group rule away from the internet; private subnets keep that mistake unreachable.',
    remediation: {
        text: 'Move the instance to a DB subnet group of private subnets only (no route to an internet gateway); instances reach AWS services through VPC endpoints or a NAT gateway.',
        console: `${rds_shared/* instanceConsole */.RH} > Connectivity > DB subnet group`,
    },
    references: {
        fsbp: ['RDS.46'],
        docs: [
            'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
        ],
    },
}, (ctx) => {
    const subnets = new Map(ctx.resources('ec2:subnet').map((s) => [`${s.account}|${s.region}|${s.id}`, s]));
    return ctx.resources('rds:db-instance').flatMap((db) => {
        if (db.attributes.subnetIds.length === 0)
            return [];
        const group = db.attributes.subnetIds.map((id) => subnets.get(`${db.account}|${db.region}|${id}`));
        // Every subnet read with its routes, or no claim: a missing one may be the public one.
        if (group.some((s) => s === undefined || !ctx.known(s, 'internetGatewayRoute')))
            return [];
        const open = group.filter((s) => s?.attributes.internetGatewayRoute === true).map((s) => s?.id ?? '');
        if (open.length === 0)
            return [];
        const exposed = ctx.known(db, 'publiclyAccessible') && db.attributes.publiclyAccessible;
        return [
            {
                target: db,
                message: `${(0,rds_shared/* describeInstance */.xJ)(db)} has subnets routing to an internet gateway in its DB subnet group: ${open.join(', ')}.${exposed ? ' It is publicly accessible too.' : ''}`,
                evidence: { publicSubnets: open, subnetIds: db.attributes.subnetIds, publiclyAccessible: exposed },
                ...(exposed ? { severity: 'high' } : {}),
            },
        ];
    });
});

;// CONCATENATED MODULE: ./src/rules/catalog/rds-resilience.ts
/** RDS: FSBP resilience of every database (Multi-AZ, cluster backups, Aurora MySQL backtracking). */


const instanceSingleAz = (0,model/* defineRule */.Km)({
    id: 'rds.instance-single-az',
    title: 'RDS instance runs in a single Availability Zone',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'A standalone RDS instance (read replicas included, as in FSBP RDS.5) is not Multi-AZ. Instances that rds.production-instance-single-az reports (production-tagged, or all with thresholds.multiAzRequiredFor `all`) are left to it, so each single-AZ instance is reported once.',
    risk: rds_shared/* INSTANCE_MULTI_AZ */.A_.risk,
    remediation: {
        text: 'Convert the instance to Multi-AZ where the downtime matters (a standby in another zone roughly doubles the instance cost), or accept the risk for development databases and suppress the finding.',
        cli: rds_shared/* INSTANCE_MULTI_AZ */.A_.cli,
        console: rds_shared/* INSTANCE_MULTI_AZ */.A_.console,
    },
    references: {
        fsbp: ['RDS.5'],
        docs: rds_shared/* INSTANCE_MULTI_AZ */.A_.docs,
    },
    deviations: { 'FSBP RDS.5': rds_shared/* SINGLE_AZ_MEMBERS */.BI },
}, (ctx) => (0,rds_shared/* standalone */.gI)(ctx)
    .filter((db) => !(0,rds_shared/* mustBeMultiAz */.j9)(ctx, db) && ctx.known(db, 'multiAz') && !db.attributes.multiAz)
    .map((db) => ({
    target: db,
    message: `${(0,rds_shared/* describeInstance */.xJ)(db)} runs in a single Availability Zone (not Multi-AZ)${db.attributes.readReplicaSource ? `; it is a read replica of ${db.attributes.readReplicaSource}` : ''}.`,
    evidence: {
        multiAz: false,
        readReplicaSource: db.attributes.readReplicaSource,
        instanceClass: db.attributes.instanceClass,
    },
})));
const clusterSingleAz = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-single-az',
    title: 'RDS cluster has no instances in a second Availability Zone',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora or Multi-AZ DB cluster is not Multi-AZ (FSBP RDS.15): it has no instance in another Availability Zone to fail over to. Clusters that rds.production-cluster-single-az reports (production-tagged, or all with thresholds.multiAzRequiredFor `all`) are left to it.',
    risk: rds_shared/* CLUSTER_MULTI_AZ */.lX.risk,
    remediation: {
        text: 'Add a reader instance in another Availability Zone where the downtime matters, or accept the risk for development clusters and suppress the finding.',
        cli: rds_shared/* CLUSTER_MULTI_AZ */.lX.cli,
        console: rds_shared/* CLUSTER_MULTI_AZ */.lX.console,
    },
    references: {
        fsbp: ['RDS.15'],
        docs: rds_shared/* CLUSTER_MULTI_AZ */.lX.docs,
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => !(0,rds_shared/* mustBeMultiAz */.j9)(ctx, c) && ctx.known(c, 'multiAz') && !c.attributes.multiAz)
    .map((cluster) => ({
    target: cluster,
    message: `${(0,rds_shared/* describeCluster */.K$)(cluster)} has no instance in a second Availability Zone (${cluster.attributes.memberInstanceIds.length} member(s)).`,
    evidence: { multiAz: false, memberInstanceIds: cluster.attributes.memberInstanceIds },
})));
/** FSBP RDS.50's minimumBackupRetentionPeriod default. */
const RDS_50_MIN_RETENTION_DAYS = 7;
const clusterBackupRetentionShort = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-backup-retention-short',
    title: 'RDS cluster keeps automated backups for fewer than 7 days',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: `An Aurora or Multi-AZ DB cluster has a backup retention period under ${RDS_50_MIN_RETENTION_DAYS} days, FSBP RDS.50's default minimum. (A cluster always keeps at least one day, so point-in-time recovery is on.)`,
    risk: 'A bad migration, a deleted table or corrupted data cannot be undone once it is older than the retention period.',
    remediation: {
        text: `Set a backup retention period of ${RDS_50_MIN_RETENTION_DAYS} days or more (up to 35).`,
        cli: `aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --backup-retention-period ${RDS_50_MIN_RETENTION_DAYS} --apply-immediately`,
        console: `${rds_shared/* clusterConsole */.gO} > Backup > Backup retention period`,
    },
    references: {
        fsbp: ['RDS.50'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => ctx.known(c, 'backupRetentionDays') && c.attributes.backupRetentionDays < RDS_50_MIN_RETENTION_DAYS)
    .map((cluster) => ({
    target: cluster,
    message: `${(0,rds_shared/* describeCluster */.K$)(cluster)} keeps automated backups for ${cluster.attributes.backupRetentionDays} day(s), fewer than ${RDS_50_MIN_RETENTION_DAYS}.`,
    evidence: { backupRetentionDays: cluster.attributes.backupRetentionDays },
})));
const clusterBacktrackOff = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-backtrack-off',
    title: 'Aurora MySQL cluster has backtracking off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora MySQL cluster has no backtrack window (FSBP RDS.14). Aurora Serverless v1 clusters, which cannot backtrack, are not judged. Low: point-in-time restore still recovers the data, only more slowly, into a new cluster.',
    risk: 'Undoing a bad write or a dropped table takes a point-in-time restore into a new cluster (tens of minutes or more, and a cut-over) instead of rewinding the cluster in place in minutes.',
    remediation: {
        text: 'Backtracking can only be turned on when a cluster is created: clone or restore the cluster with a backtrack window (for example 24 hours, billed per change record kept), then switch over.',
        console: 'RDS console > Databases > the cluster > Actions > Create clone > Backtrack > Enable backtrack',
    },
    references: {
        fsbp: ['RDS.14'],
        docs: [
            'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
        ],
    },
    deviations: {
        'FSBP RDS.14': 'Aurora Serverless v1 clusters are not judged: they cannot backtrack.',
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => (0,rds_shared/* isAuroraMysql */.FE)(c.attributes.engine) &&
    c.attributes.engineMode !== 'serverless' &&
    ctx.known(c, 'backtrackWindowSeconds') &&
    c.attributes.backtrackWindowSeconds === 0)
    .map((cluster) => ({
    target: cluster,
    message: `${(0,rds_shared/* describeCluster */.K$)(cluster)} has backtracking off: a mistake can only be undone by a point-in-time restore into a new cluster.`,
    evidence: { backtrackWindowSeconds: 0, engineMode: cluster.attributes.engineMode },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/rds-settings.ts

/**
 * Standalone instances: an Aurora or Multi-AZ cluster's members take these settings from the
 * cluster, where FSBP judges them with controls of their own (RDS.12, RDS.16, RDS.24).
 */
const standalone = (ctx) => ctx.resources('rds:db-instance').filter((db) => db.attributes.clusterIdentifier === null);
/** Texts the instance and cluster rules of one setting share. */
const IAM_AUTH_RISK = 'Only database passwords guard it: they are long-lived, shared, rarely rotated and invisible to IAM and CloudTrail, where IAM authentication gives short-lived tokens tied to IAM identities.';
const IAM_AUTH_REMEDIATION = 'Turn on IAM database authentication, then create database users mapped to IAM roles and move applications to tokens. Turning it on does not disable passwords.';
const UNTAGGED_SNAPSHOT_RISK = 'Snapshots without the owner, environment and data-classification tags escape tag-based access control, cost allocation and cleanup, and nobody can tell what data they hold.';
const COPY_TAGS_REMEDIATION = 'Turn on copying tags to snapshots; existing snapshots keep their tags as they are.';
const DEFAULT_ADMIN_RISK = 'Password-guessing attacks start with the default administrator names: a known user name leaves only the password to find.';
const rds_settings_label = (db) => `${db.id} (${db.attributes.engine})`;
/** Engines IAM database authentication exists for, as RDS.10 evaluates them. */
const IAM_AUTH_ENGINES = new Set(['mysql', 'postgres', 'mariadb']);
const instanceIamAuthDisabled = (0,model/* defineRule */.Km)({
    id: 'rds.instance-iam-auth-disabled',
    title: 'RDS instance does not use IAM database authentication',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'A MySQL, PostgreSQL or MariaDB instance outside a cluster has IAM database authentication off. Cluster members are judged on their cluster (RDS.12, not checked yet).',
    risk: IAM_AUTH_RISK,
    remediation: {
        text: IAM_AUTH_REMEDIATION,
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --enable-iam-database-authentication --apply-immediately',
        console: 'RDS console > Databases > the instance > Modify > Database authentication',
    },
    references: {
        fsbp: ['RDS.10'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html'],
    },
}, (ctx) => standalone(ctx)
    .filter((db) => IAM_AUTH_ENGINES.has(db.attributes.engine) && !db.attributes.iamAuthentication)
    .map((db) => ({
    target: db,
    message: `RDS instance ${rds_settings_label(db)} does not use IAM database authentication: only passwords guard it.`,
    evidence: { engine: db.attributes.engine, iamAuthentication: false },
})));
const instanceCopyTagsOff = (0,model/* defineRule */.Km)({
    id: 'rds.instance-copy-tags-off',
    title: 'RDS instance does not copy its tags to snapshots',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'An instance outside a cluster has CopyTagsToSnapshot off, so its snapshots carry none of its tags. Cluster members are judged on their cluster (RDS.16, not checked yet).',
    risk: UNTAGGED_SNAPSHOT_RISK,
    remediation: {
        text: COPY_TAGS_REMEDIATION,
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --copy-tags-to-snapshot --apply-immediately',
        console: 'RDS console > Databases > the instance > Modify > Copy tags to snapshots',
    },
    references: {
        fsbp: ['RDS.17'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html'],
    },
}, (ctx) => standalone(ctx)
    .filter((db) => !db.attributes.copyTagsToSnapshot)
    .map((db) => ({
    target: db,
    message: `RDS instance ${rds_settings_label(db)} does not copy its tags to its snapshots.`,
    evidence: { copyTagsToSnapshot: false },
})));
/** Each engine's default port; engines not listed are not judged. */
function defaultPort(engine) {
    if (['mysql', 'mariadb', 'aurora-mysql', 'aurora'].includes(engine))
        return 3306;
    if (['postgres', 'aurora-postgresql'].includes(engine))
        return 5432;
    if (engine.startsWith('oracle'))
        return 1521;
    if (engine.startsWith('sqlserver'))
        return 1433;
    return null;
}
const instanceDefaultPort = (0,model/* defineRule */.Km)({
    id: 'rds.instance-default-port',
    title: "RDS instance listens on its engine's default port",
    severity: 'low',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: "An instance outside a cluster listens on its engine's default port (MySQL and MariaDB 3306, PostgreSQL 5432, Oracle 1521, SQL Server 1433). Cluster members (their port is the cluster's), instances of other engines, or whose port is not known yet (no endpoint), are not judged.",
    risk: 'Scanners and automated attacks try the default ports first; a custom port is a small extra step, not a control on its own.',
    remediation: {
        text: 'Move the instance to another port, and update its security groups and every client. The change restarts connections.',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --db-port-number 15432 --apply-immediately',
        console: 'RDS console > Databases > the instance > Modify > Database port',
    },
    references: {
        fsbp: ['RDS.23'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html'],
    },
}, (ctx) => standalone(ctx).flatMap((db) => {
    const port = defaultPort(db.attributes.engine);
    if (port === null || db.attributes.port !== port)
        return [];
    return [
        {
            target: db,
            message: `RDS instance ${rds_settings_label(db)} listens on ${port}, its engine's default port.`,
            evidence: { port, engine: db.attributes.engine },
        },
    ];
}));
/** The administrator names engines and consoles propose, which RDS.25 fails. */
const DEFAULT_ADMIN_NAMES = new Set(['admin', 'postgres']);
const instanceDefaultAdminUsername = (0,model/* defineRule */.Km)({
    id: 'rds.instance-default-admin-username',
    title: 'RDS instance keeps the default administrator name',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'An instance outside a cluster has the master user name admin or postgres, the defaults offered at creation. Cluster members are judged on their cluster (RDS.24, not checked yet).',
    risk: DEFAULT_ADMIN_RISK,
    remediation: {
        text: 'The master user name cannot be changed in place: restore a snapshot to a new instance with a custom master user name, or create a custom administrator and stop using the default one.',
        cli: "aws rds describe-db-instances --region {region} --db-instance-identifier {id} --query 'DBInstances[0].MasterUsername'",
        console: 'RDS console > Databases > the instance > Configuration > Master username',
    },
    references: {
        fsbp: ['RDS.25'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html'],
    },
}, (ctx) => standalone(ctx)
    .filter((db) => DEFAULT_ADMIN_NAMES.has(db.attributes.masterUsername ?? ''))
    .map((db) => ({
    target: db,
    message: `RDS instance ${rds_settings_label(db)} keeps the default administrator name ${db.attributes.masterUsername ?? ''}.`,
    evidence: { masterUsername: db.attributes.masterUsername },
})));
const instanceEnhancedMonitoringOff = (0,model/* defineRule */.Km)({
    id: 'rds.instance-enhanced-monitoring-off',
    title: 'RDS instance has Enhanced Monitoring off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'An instance has an Enhanced Monitoring interval of 0 (off).',
    risk: 'Without operating-system metrics (memory, processes, I/O per process), slowdowns and outages take longer to explain than CloudWatch’s hypervisor metrics allow.',
    remediation: {
        text: 'Turn on Enhanced Monitoring with an interval of 60 seconds or less and a monitoring role (the command assumes one named rds-monitoring-role, with the AWS managed policy AmazonRDSEnhancedMonitoringRole). It is billed as CloudWatch Logs ingestion.',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::{account}:role/rds-monitoring-role --apply-immediately',
        console: 'RDS console > Databases > the instance > Modify > Monitoring > Enable Enhanced Monitoring',
    },
    references: {
        fsbp: ['RDS.6'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-instance')
    .filter((db) => db.attributes.monitoringIntervalSeconds === 0)
    .map((db) => ({
    target: db,
    message: `RDS instance ${rds_settings_label(db)} has Enhanced Monitoring off.`,
    evidence: { monitoringIntervalSeconds: 0 },
})));
const SNAPSHOT_RISK = 'Whoever can read the snapshot, or an account it is shared with, gets the data in the clear; and an unencrypted snapshot restores to an unencrypted instance.';
const SNAPSHOT_DEVIATION = 'Manual snapshots only: the scan does not read automated snapshots, which follow their source (rds.instance-storage-unencrypted reports it).';
const snapshotUnencrypted = (0,model/* defineRule */.Km)({
    id: 'rds.snapshot-unencrypted',
    title: 'RDS snapshot is not encrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-snapshot',
    reads: ['rds:db-snapshot'],
    description: 'A manual DB snapshot is not encrypted at rest.',
    risk: SNAPSHOT_RISK,
    remediation: {
        text: 'Copy the snapshot with a KMS key (the copy is encrypted), then delete the unencrypted one.',
        cli: 'aws rds copy-db-snapshot --region {region} --source-db-snapshot-identifier {id} --target-db-snapshot-identifier {id}-encrypted --kms-key-id alias/aws/rds',
        console: 'RDS console > Snapshots > the snapshot > Actions > Copy snapshot > Enable encryption',
    },
    references: {
        fsbp: ['RDS.4'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
    },
    deviations: { 'FSBP RDS.4': SNAPSHOT_DEVIATION },
}, (ctx) => ctx
    .resources('rds:db-snapshot')
    .filter((s) => !s.attributes.encrypted)
    .map((snapshot) => ({
    target: snapshot,
    message: `RDS snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is not encrypted.`,
    evidence: { encrypted: false, sourceIdentifier: snapshot.attributes.sourceIdentifier },
})));
const clusterSnapshotUnencrypted = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-snapshot-unencrypted',
    title: 'RDS cluster snapshot is not encrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster-snapshot',
    reads: ['rds:db-cluster-snapshot'],
    description: 'A manual DB cluster snapshot is not encrypted at rest.',
    risk: SNAPSHOT_RISK,
    remediation: {
        text: 'Copy the snapshot with a KMS key (the copy is encrypted), then delete the unencrypted one.',
        cli: 'aws rds copy-db-cluster-snapshot --region {region} --source-db-cluster-snapshot-identifier {id} --target-db-cluster-snapshot-identifier {id}-encrypted --kms-key-id alias/aws/rds',
        console: 'RDS console > Snapshots > Manual > the snapshot > Actions > Copy snapshot > Enable encryption',
    },
    references: {
        fsbp: ['RDS.4'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html'],
    },
    deviations: { 'FSBP RDS.4': SNAPSHOT_DEVIATION },
}, (ctx) => ctx
    .resources('rds:db-cluster-snapshot')
    .filter((s) => !s.attributes.encrypted)
    .map((snapshot) => ({
    target: snapshot,
    message: `RDS cluster snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is not encrypted.`,
    evidence: { encrypted: false, sourceIdentifier: snapshot.attributes.sourceIdentifier },
})));
const clusterLabel = (c) => `${c.id} (${c.attributes.engine})`;
const isAurora = (c) => c.attributes.engine.startsWith('aurora');
/** Engines of clusters IAM database authentication exists for: Aurora and Multi-AZ MySQL and PostgreSQL. */
const CLUSTER_IAM_AUTH_ENGINES = new Set([
    'aurora',
    'aurora-mysql',
    'aurora-postgresql',
    'mysql',
    'postgres',
]);
const clusterIamAuthDisabled = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-iam-auth-disabled',
    title: 'RDS cluster does not use IAM database authentication',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora or Multi-AZ MySQL or PostgreSQL cluster has IAM database authentication off.',
    risk: IAM_AUTH_RISK,
    remediation: {
        text: IAM_AUTH_REMEDIATION,
        cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --enable-iam-database-authentication --apply-immediately',
        console: 'RDS console > Databases > the cluster > Modify > Database authentication',
    },
    references: {
        fsbp: ['RDS.12'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => CLUSTER_IAM_AUTH_ENGINES.has(c.attributes.engine) && !c.attributes.iamAuthentication)
    .map((cluster) => ({
    target: cluster,
    message: `RDS cluster ${clusterLabel(cluster)} does not use IAM database authentication: only passwords guard it.`,
    evidence: { engine: cluster.attributes.engine, iamAuthentication: false },
})));
/** The copy-tags control of each cluster engine: Aurora RDS.16, Multi-AZ DB clusters RDS.47 and RDS.48. */
function copyTagsControl(engine) {
    if (engine.startsWith('aurora'))
        return 'RDS.16';
    if (engine === 'postgres')
        return 'RDS.47';
    if (engine === 'mysql')
        return 'RDS.48';
    return null;
}
const clusterCopyTagsOff = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-copy-tags-off',
    title: 'RDS cluster does not copy its tags to snapshots',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: "An Aurora cluster (FSBP RDS.16), or a Multi-AZ DB cluster of RDS for PostgreSQL (RDS.47) or MySQL (RDS.48), has CopyTagsToSnapshot off, so its snapshots carry none of its tags. Each finding cites its engine's control.",
    risk: UNTAGGED_SNAPSHOT_RISK,
    remediation: {
        text: COPY_TAGS_REMEDIATION,
        cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --copy-tags-to-snapshot --apply-immediately',
        console: 'RDS console > Databases > the cluster > Modify > Copy tags to snapshots',
    },
    references: {
        fsbp: ['RDS.16', 'RDS.47', 'RDS.48'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html'],
    },
}, (ctx) => ctx.resources('rds:db-cluster').flatMap((cluster) => {
    const control = copyTagsControl(cluster.attributes.engine);
    if (control === null ||
        !ctx.known(cluster, 'copyTagsToSnapshot') ||
        cluster.attributes.copyTagsToSnapshot)
        return [];
    return [
        {
            target: cluster,
            message: `RDS cluster ${clusterLabel(cluster)} does not copy its tags to its snapshots.`,
            evidence: { copyTagsToSnapshot: false },
            references: { fsbp: [control] },
        },
    ];
}));
const clusterMinorUpgradeOff = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-auto-minor-upgrade-disabled',
    title: 'Multi-AZ DB cluster does not apply minor engine upgrades automatically',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'A Multi-AZ DB cluster (RDS for MySQL or PostgreSQL) has AutoMinorVersionUpgrade off (FSBP RDS.35). Aurora clusters are not judged, as in the control: their instances carry the setting (rds.instance-auto-minor-upgrade-disabled).',
    risk: 'Known engine vulnerabilities stay unpatched until someone remembers to upgrade.',
    remediation: {
        text: 'Turn automatic minor version upgrades on; they are applied in the maintenance window.',
        cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --auto-minor-version-upgrade --apply-immediately',
        console: 'RDS console > Databases > the cluster > Modify > Maintenance > Auto minor version upgrade',
    },
    references: {
        fsbp: ['RDS.35'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/modify-multi-az-db-cluster.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => !isAurora(c) &&
    ctx.known(c, 'autoMinorVersionUpgrade') &&
    c.attributes.autoMinorVersionUpgrade === false)
    .map((cluster) => ({
    target: cluster,
    message: `RDS cluster ${clusterLabel(cluster)} does not apply minor engine upgrades automatically.`,
    evidence: { autoMinorVersionUpgrade: false, engineVersion: cluster.attributes.engineVersion },
})));
const clusterDefaultAdminUsername = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-default-admin-username',
    title: 'RDS cluster keeps the default administrator name',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'A cluster has the master user name admin or postgres, the defaults offered at creation.',
    risk: DEFAULT_ADMIN_RISK,
    remediation: {
        text: 'The master user name cannot be changed in place: restore a snapshot to a new cluster with a custom master user name, or create a custom administrator and stop using the default one.',
        cli: "aws rds describe-db-clusters --region {region} --db-cluster-identifier {id} --query 'DBClusters[0].MasterUsername'",
        console: 'RDS console > Databases > the cluster > Configuration > Master username',
    },
    references: {
        fsbp: ['RDS.24'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => DEFAULT_ADMIN_NAMES.has(c.attributes.masterUsername ?? ''))
    .map((cluster) => ({
    target: cluster,
    message: `RDS cluster ${clusterLabel(cluster)} keeps the default administrator name ${cluster.attributes.masterUsername ?? ''}.`,
    evidence: { masterUsername: cluster.attributes.masterUsername },
})));
const proxyTlsNotRequired = (0,model/* defineRule */.Km)({
    id: 'rds.proxy-tls-not-required',
    title: 'RDS Proxy does not require TLS',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-proxy',
    reads: ['rds:db-proxy'],
    description: 'An RDS Proxy accepts client connections without TLS (RequireTLS off; FSBP RDS.43).',
    risk: 'Database credentials and query results can cross the network in the clear between applications and the proxy, readable by anyone who can observe that traffic.',
    remediation: {
        text: 'Require TLS on the proxy, after checking that every client connects with TLS (those that do not are refused).',
        cli: 'aws rds modify-db-proxy --region {region} --db-proxy-name {name} --require-tls',
        console: 'RDS console > Proxies > the proxy > Modify > Connectivity > Require Transport Layer Security',
    },
    references: {
        fsbp: ['RDS.43'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-modifying-proxy.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-proxy')
    .filter((p) => ctx.known(p, 'requireTls') && !p.attributes.requireTls)
    .map((proxy) => ({
    target: proxy,
    message: `RDS Proxy ${proxy.id}${proxy.attributes.engineFamily ? ` (${proxy.attributes.engineFamily})` : ''} does not require TLS from its clients.`,
    evidence: { requireTls: false, engineFamily: proxy.attributes.engineFamily },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/rds-snapshots.ts

/** Manual RDS snapshots shared with everyone. */
const snapshotRisk = 'Any AWS account can copy the snapshot and restore the whole database from it: every row, user table and password hash.';
const rds_snapshots_snapshotPublic = (0,model/* defineRule */.Km)({
    id: 'rds.snapshot-public',
    title: 'RDS snapshot is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'rds:db-snapshot',
    reads: ['rds:db-snapshot'],
    description: 'A manual DB snapshot\'s restore attribute includes "all": every AWS account can restore it. (Encrypted snapshots cannot be made public.)',
    risk: snapshotRisk,
    remediation: {
        text: 'Remove "all" from the restore attribute; share with specific accounts instead if needed. Treat the data as exposed: check CloudTrail for RestoreDBInstanceFromDBSnapshot and CopyDBSnapshot by other accounts.',
        cli: 'aws rds modify-db-snapshot-attribute --region {region} --db-snapshot-identifier {id} --attribute-name restore --values-to-remove all',
        console: 'RDS console > Snapshots > the snapshot > Actions > Share snapshot > Private',
    },
    references: {
        fsbp: ['RDS.1'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-snapshot')
    .filter((s) => ctx.known(s, 'public') && s.attributes.public)
    .map((snapshot) => ({
    target: snapshot,
    message: `RDS snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is public: any AWS account can restore it.`,
    evidence: {
        public: true,
        sourceIdentifier: snapshot.attributes.sourceIdentifier,
        encrypted: snapshot.attributes.encrypted,
    },
})));
const clusterSnapshotPublic = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-snapshot-public',
    title: 'RDS cluster snapshot is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'rds:db-cluster-snapshot',
    reads: ['rds:db-cluster-snapshot'],
    description: 'A manual DB cluster snapshot\'s restore attribute includes "all": every AWS account can restore it.',
    risk: snapshotRisk,
    remediation: {
        text: 'Remove "all" from the restore attribute; share with specific accounts instead if needed. Treat the data as exposed.',
        cli: 'aws rds modify-db-cluster-snapshot-attribute --region {region} --db-cluster-snapshot-identifier {id} --attribute-name restore --values-to-remove all',
        console: 'RDS console > Snapshots > DB cluster snapshots > the snapshot > Actions > Share snapshot > Private',
    },
    references: {
        fsbp: ['RDS.1'],
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-share-snapshot.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster-snapshot')
    .filter((s) => ctx.known(s, 'public') && s.attributes.public)
    .map((snapshot) => ({
    target: snapshot,
    message: `RDS cluster snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is public: any AWS account can restore it.`,
    evidence: {
        public: true,
        sourceIdentifier: snapshot.attributes.sourceIdentifier,
        encrypted: snapshot.attributes.encrypted,
    },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/rds-stopped.ts




/** RDS instances and clusters left stopped, with what their storage still costs. */
const stoppedRisk = 'A stopped database still bills its storage and backups, and AWS starts it again automatically after 7 days, when instance hours are billed again; it is often a forgotten database.';
const instanceStopped = (0,model/* defineRule */.Km)({
    id: 'rds.instance-stopped',
    title: 'RDS instance is stopped',
    severity: 'low',
    category: 'cost',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'A standalone RDS instance is stopped. AWS starts a stopped instance again automatically after 7 days, so stopping is no way to park a database. Cluster members follow their cluster (rds.cluster-stopped). The inventory does not record when the instance was stopped, so thresholds.stoppedInstanceDays does not apply.',
    risk: stoppedRisk,
    remediation: {
        text: 'If the database is no longer needed, delete it with a final snapshot (a snapshot costs less than stored instance storage); if it is needed occasionally, automate stop/start or consider Aurora Serverless.',
        cli: 'aws rds delete-db-instance --region {region} --db-instance-identifier {id} --final-db-snapshot-identifier {id}-final',
        console: 'RDS console > Databases > the instance > Actions > Delete',
    },
    references: { docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html'] },
}, (ctx) => (0,rds_shared/* standalone */.gI)(ctx)
    .filter((db) => db.state === 'stopped')
    .map((db) => {
    const cost = storageCost(db);
    return {
        target: db,
        message: `${(0,rds_shared/* describeInstance */.xJ)(db)} is stopped; its storage${db.attributes.allocatedStorageGiB ? ` (${db.attributes.allocatedStorageGiB} GiB)` : ''} is still billed${cost ? `, about $${cost.monthlyUsd.toFixed(2)} a month` : ''}, and AWS starts it again automatically after 7 days.`,
        evidence: {
            state: 'stopped',
            allocatedStorageGiB: db.attributes.allocatedStorageGiB,
            storageType: db.attributes.storageType,
            multiAz: db.attributes.multiAz,
        },
        ...(cost ? { cost } : {}),
    };
}));
/** What an instance's allocated storage costs a month (twice for Multi-AZ); null when unknown. */
function storageCost(db) {
    const item = resource_cost/* RDS_STORAGE_PRICE */.YR[db.attributes.storageType ?? ''];
    const size = db.attributes.allocatedStorageGiB;
    if (!item || !size)
        return null;
    const price = (0,table/* priceOf */.xx)(item, db.region);
    const copies = db.attributes.multiAz ? 2 : 1;
    return {
        monthlyUsd: (0,table/* cents */.wH)(size * price.usd * copies),
        basis: `${size} GiB x $${price.usd} per GB-month (${db.attributes.storageType}${copies === 2 ? ', Multi-AZ: x 2' : ''}); a final snapshot kept instead is billed as backup storage`,
        prices: [price],
        avoidable: true,
    };
}
const clusterStopped = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-stopped',
    title: 'RDS cluster is stopped',
    severity: 'low',
    category: 'cost',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora cluster is stopped. AWS starts a stopped cluster again automatically after 7 days, so stopping is no way to park a database.',
    risk: stoppedRisk,
    remediation: {
        text: 'If the cluster is no longer needed, delete it with a final snapshot; if it is needed occasionally, automate stop/start or consider Aurora Serverless v2.',
        cli: 'aws rds delete-db-cluster --region {region} --db-cluster-identifier {id} --final-db-snapshot-identifier {id}-final',
        console: 'RDS console > Databases > the cluster > Actions > Delete',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-cluster-stop-start.html'],
    },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .filter((c) => c.state === 'stopped')
    .map((cluster) => ({
    target: cluster,
    message: `${(0,rds_shared/* describeCluster */.K$)(cluster)} is stopped; its storage is still billed, and AWS starts it again automatically after 7 days.`,
    evidence: { state: 'stopped', memberInstanceIds: cluster.attributes.memberInstanceIds },
})));

;// CONCATENATED MODULE: ./src/rules/data/rds-engine-support.ts
/**
 * The end of RDS (and Aurora) standard support per engine and major version, as data: from the day
 * after it, a database still on that major version is enrolled in paid RDS Extended Support (or,
 * where Extended Support was disabled at creation, upgraded by AWS). Update an entry and
 * `RDS_ENGINE_SUPPORT_AS_OF` together when AWS publishes or moves a date.
 *
 * Only dates read in AWS's own pages are listed (each entry names its page); a major version absent
 * here is not judged. Not listed for want of a confirmed page on the as-of day: RDS / Aurora
 * PostgreSQL 13 and later, Aurora MySQL version 3, MariaDB (no Extended Support), the commercial
 * engines (no Extended Support).
 *
 * Data only: ../rds-engine-support.ts judges what the dates mean on a given day.
 */
/** The day this table was last checked against its sources. */
const RDS_ENGINE_SUPPORT_AS_OF = '2026-12-06';
const RDS_EXTENDED_SUPPORT = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html';
const AURORA_EXTENDED_SUPPORT = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html';
const PG11_BLOG = 'https://aws.amazon.com/blogs/database/postgresql-11-upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql';
const PG12_BLOG = 'https://aws.amazon.com/blogs/database/upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql-12';
// The RDS User Guide's release calendar of MySQL major versions (end of standard support of 8.0:
// July 31, 2026), as the AWS Database Blog's 8.0-to-8.4 upgrade post of May 2026 repeats it.
const MYSQL80_BLOG = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html#MySQL.Concepts.VersionMgmt.ReleaseCalendar';
/** Engine (as DescribeDBInstances/DescribeDBClusters name it) -> major version -> dates. */
const RDS_ENGINE_SUPPORT = {
    mysql: {
        '5.7': { endOfStandardSupport: '2024-02-29', source: RDS_EXTENDED_SUPPORT },
        '8.0': { endOfStandardSupport: '2026-07-31', source: MYSQL80_BLOG },
    },
    postgres: {
        '11': { endOfStandardSupport: '2024-02-29', source: PG11_BLOG },
        '12': { endOfStandardSupport: '2025-02-28', source: PG12_BLOG },
    },
    // Aurora MySQL version 2 (MySQL 5.7 compatible: engine versions 5.7.mysql_aurora.2.x).
    'aurora-mysql': {
        '5.7': { endOfStandardSupport: '2024-10-31', source: AURORA_EXTENDED_SUPPORT },
    },
    'aurora-postgresql': {
        '11': { endOfStandardSupport: '2024-02-29', source: PG11_BLOG },
        '12': { endOfStandardSupport: '2025-02-28', source: PG12_BLOG },
    },
};

;// CONCATENATED MODULE: ./src/rules/rds-engine-support.ts
/**
 * Where a database's engine major version is in its RDS standard support, judged from the dated
 * table in data/rds-engine-support.ts (passed in, so a test or a newer table is judged the same way).
 */


/**
 * The major version of an engine version string: `8.0.35` -> `8.0`, `5.7.mysql_aurora.2.11.2` ->
 * `5.7`, `11.22-rds.20241121` -> `11`, `9.6.24` -> `9.6`; null when it is not one of these shapes.
 */
function majorVersionOf(engine, version) {
    const mysqlLike = engine === 'mysql' || engine === 'aurora-mysql';
    if (mysqlLike)
        return /^(\d+\.\d+)(\.|$)/.exec(version)?.[1] ?? null;
    if (engine === 'postgres' || engine === 'aurora-postgresql') {
        const major = /^(\d+)(?:\.(\d+))?/.exec(version);
        if (!major?.[1])
            return null;
        // Before 10, PostgreSQL's major version had two parts (9.6).
        return Number(major[1]) < 10 && major[2] !== undefined ? `${major[1]}.${major[2]}` : major[1];
    }
    return null;
}
/** The engine major version's dates; undefined when the table does not list it. */
function engineSupport(engine, version, table = RDS_ENGINE_SUPPORT) {
    const major = majorVersionOf(engine, version);
    if (major === null || !Object.hasOwn(table, engine))
        return undefined;
    const versions = table[engine] ?? {};
    const dates = Object.hasOwn(versions, major) ? versions[major] : undefined;
    return dates ? { ...dates, majorVersion: major } : undefined;
}
/** Extended Support from the day after the end of standard support; `ending-soon` within `warningDays`. */
function supportPhase(dates, now, warningDays) {
    const days = daysUntil(dates.endOfStandardSupport, now);
    if (days < 0)
        return 'extended-support';
    return days <= warningDays ? 'ending-soon' : 'supported';
}

;// CONCATENATED MODULE: ./src/rules/catalog/rds-versions.ts





/** Ends of standard support this close are reported (low) ahead of the surcharge. */
const ENGINE_SUPPORT_WARNING_DAYS = 90;
const rds_versions_DOCS = [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html',
];
const DESCRIPTION = 'major engine version is past the end of RDS (or Aurora) standard support, from a dated table kept as data (src/rules/data/rds-engine-support.ts, only AWS-published dates; a version it does not list is not judged). High from the day after the end: RDS Extended Support is then billed per vCPU-hour (or, where Extended Support was disabled at creation, AWS upgrades the major version itself). Low within 90 days before the end.';
const RISK = 'Extended Support is a per-vCPU-hour surcharge on top of the instance price (it rises after the first two years), and it only patches critical and high CVEs; at its end, or at once when it was disabled, AWS upgrades the major version in a maintenance window, with downtime and no application testing.';
/** The finding for one database, or none when its version is unknown, unlisted or still supported. */
function rds_versions_judge(ctx, target, described, engine, version) {
    if (version === null || !ctx.known(target, 'engineVersion'))
        return [];
    const dates = engineSupport(engine, version);
    if (!dates)
        return [];
    const phase = supportPhase(dates, ctx.now, ENGINE_SUPPORT_WARNING_DAYS);
    if (phase === 'supported')
        return [];
    const days = daysUntil(dates.endOfStandardSupport, ctx.now);
    const evidence = {
        engine,
        engineVersion: version,
        majorVersion: dates.majorVersion,
        endOfStandardSupport: dates.endOfStandardSupport,
        phase,
        source: dates.source,
        supportTableAsOf: RDS_ENGINE_SUPPORT_AS_OF,
    };
    if (phase === 'ending-soon') {
        return [
            {
                target,
                message: `${described}: standard support for ${engine} ${dates.majorVersion} ends on ${dates.endOfStandardSupport} (in ${days} days); after it RDS Extended Support charges apply per vCPU-hour.`,
                evidence: { ...evidence, daysUntilEnd: days },
                severity: 'low',
            },
        ];
    }
    return [
        {
            target,
            message: `${described}: standard support for ${engine} ${dates.majorVersion} ended on ${dates.endOfStandardSupport}; it runs on paid RDS Extended Support (or, if that was disabled at creation, AWS upgrades its major version).`,
            evidence,
        },
    ];
}
const instanceEngineDeprecated = (0,model/* defineRule */.Km)({
    id: 'rds.engine-version-deprecated',
    title: 'RDS instance engine version is past RDS standard support (Extended Support charges)',
    severity: 'high',
    category: 'cost',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: `A standalone RDS instance's ${DESCRIPTION} Cluster members are judged on their cluster (rds.cluster-engine-version-deprecated).`,
    risk: RISK,
    remediation: {
        text: 'Upgrade to a major version still in standard support, ideally through a Blue/Green deployment after testing the application against it.',
        cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --engine-version TARGET_VERSION --allow-major-version-upgrade',
        console: `${rds_shared/* instanceConsole */.RH} > DB engine version`,
    },
    references: { docs: rds_versions_DOCS },
}, (ctx) => ctx
    .resources('rds:db-instance')
    .filter((db) => db.attributes.clusterIdentifier === null)
    .flatMap((db) => rds_versions_judge(ctx, db, (0,rds_shared/* describeInstance */.xJ)(db), db.attributes.engine, db.attributes.engineVersion)));
const clusterEngineDeprecated = (0,model/* defineRule */.Km)({
    id: 'rds.cluster-engine-version-deprecated',
    title: 'RDS cluster engine version is past RDS standard support (Extended Support charges)',
    severity: 'high',
    category: 'cost',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: `An Aurora or Multi-AZ DB cluster's ${DESCRIPTION} Extended Support is billed per vCPU of each member instance.`,
    risk: RISK,
    remediation: {
        text: 'Upgrade the cluster to a major version still in standard support, ideally through a Blue/Green deployment after testing the application against it.',
        cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --engine-version TARGET_VERSION --allow-major-version-upgrade',
        console: `${rds_shared/* clusterConsole */.gO} > DB engine version`,
    },
    references: { docs: rds_versions_DOCS },
}, (ctx) => ctx
    .resources('rds:db-cluster')
    .flatMap((c) => rds_versions_judge(ctx, c, `${(0,rds_shared/* describeCluster */.K$)(c)} version ${c.attributes.engineVersion ?? '?'}`, c.attributes.engine, c.attributes.engineVersion)));

;// CONCATENATED MODULE: ./src/rules/catalog/s3.ts



/** Settings a block leaves off (all four when there is no block). */
const offIn = (block) => SETTINGS.map(([key]) => key).filter((key) => !block?.[key]);
const ALL_ON_CONFIGURATION = 'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true';
const describeBlock = (block) => {
    if (block === null)
        return 'has no public access block configured';
    const off = offIn(block);
    return off.length === 0 ? 'has all four settings on' : `leaves ${off.map(settingName).join(', ')} off`;
};
const bucketConsole = 'S3 console > Buckets > the bucket > Permissions';
const blockDocs = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html';
const accountPublicAccessBlockOff = (0,model/* defineRule */.Km)({
    id: 's3.account-public-access-block-off',
    title: 'Account-level S3 Block Public Access is not fully on',
    severity: 'high',
    category: 'security',
    resourceType: 's3:account-settings',
    reads: ['s3:account-settings'],
    description: 'The account-level S3 Block Public Access configuration is missing, or leaves one of BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets off.',
    risk: 'Without the account-wide block, one bucket policy or ACL edit is enough to expose data to the internet, in every existing and future bucket.',
    remediation: {
        text: 'Turn on all four settings for the account. Buckets that must serve public content should do so through CloudFront with origin access control, not public bucket access.',
        cli: `aws s3control put-public-access-block --account-id {account} --public-access-block-configuration ${ALL_ON_CONFIGURATION}`,
        console: 'S3 console > Block Public Access settings for this account > Edit',
    },
    references: { fsbp: ['S3.1'], cis: ['3.1.4'], docs: [blockDocs] },
}, (ctx) => ctx
    .resources('s3:account-settings')
    .filter((s) => ctx.known(s, 'publicAccessBlock') && offIn(s.attributes.publicAccessBlock).length > 0)
    .map((settings) => {
    const block = settings.attributes.publicAccessBlock;
    const off = offIn(block).map(settingName);
    return {
        target: settings,
        message: block === null
            ? `Account ${settings.account} has no account-level S3 Block Public Access configuration.`
            : `Account ${settings.account}'s account-level S3 Block Public Access leaves ${off.join(', ')} off.`,
        evidence: { publicAccessBlock: block, settingsOff: off },
    };
}));
const bucketPublicAccessBlockOff = (0,model/* defineRule */.Km)({
    id: 's3.bucket-public-access-block-off',
    title: 'S3 bucket is not covered by all four Block Public Access settings',
    severity: 'medium',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket', 's3:account-settings'],
    description: "A Block Public Access setting is off both in the bucket's own configuration and at the account level. A bucket whose settings are covered by the account-level block is protected and not reported.",
    risk: 'Nothing stops a policy or ACL change from making the bucket, and the data in it, readable or writable by anyone.',
    remediation: {
        text: "Turn on all four settings on the bucket, or better, on the account (the account's own finding). Move intended public access to CloudFront with origin access control first.",
        cli: `aws s3api put-public-access-block --bucket {name} --public-access-block-configuration ${ALL_ON_CONFIGURATION}`,
        console: `${bucketConsole} > Block public access (bucket settings) > Edit`,
    },
    references: { fsbp: ['S3.8'], cis: ['3.1.4'], docs: [blockDocs] },
    deviations: {
        'FSBP S3.8': "S3.8 judges the bucket's own settings only; the rule reports a setting only when the account-level block leaves it off too (S3 applies the stricter of the two), so a bucket covered by the account's block fails S3.8 but is not reported.",
    },
}, (ctx) => ctx.resources('s3:bucket').flatMap((bucket) => {
    const off = SETTINGS.map(([key]) => key).filter((key) => effective(ctx, bucket, key) === 'off');
    if (off.length === 0)
        return [];
    // 'off' needs both blocks read, so both are known here.
    const own = bucketBlock(ctx, bucket) ?? null;
    const account = accountBlock(ctx, bucket.account) ?? null;
    return [
        {
            target: bucket,
            message: `Bucket ${bucket.id} has ${off.map(settingName).join(', ')} off at both the bucket and the account level (the bucket ${describeBlock(own)}; the account ${describeBlock(account)}).`,
            evidence: {
                settingsOff: off.map(settingName),
                bucketPublicAccessBlock: own,
                accountPublicAccessBlock: account,
            },
        },
    ];
}));
/** Why an exposure is or is not blocked today, for the message. */
function neutralizerNote(neutralizer, setting) {
    switch (neutralizer) {
        case 'bucket':
        case 'account':
            return ` ${settingName(setting)}, on at the ${neutralizer} level, blocks this access today: it takes effect again if that setting is turned off.`;
        case 'unknown':
            return ` Whether ${settingName(setting)} blocks it is unknown: a public access block could not be read.`;
        case 'off':
            return '';
    }
}
/** Actions that read a bucket's data (FSBP S3.2) and that write or delete it, or its access (S3.3). */
const READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'];
const s3_WRITE_ACTIONS = [
    's3:PutObject',
    's3:DeleteObject',
    's3:DeleteObjectVersion',
    's3:PutObjectAcl',
    's3:PutBucketAcl',
    's3:PutBucketPolicy',
    's3:DeleteBucketPolicy',
];
const ACL_READ = ['READ', 'FULL_CONTROL'];
const ACL_WRITE = ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'];
/**
 * The FSBP controls a public grant fails: S3.2 for public read, S3.3 for public write. Neither when
 * Block Public Access neutralizes it: both controls then pass the bucket.
 */
function publicAccessControls(neutralizer, reads, writes) {
    if (neutralized(neutralizer))
        return [];
    return [...(reads ? ['S3.2'] : []), ...(writes ? ['S3.3'] : [])];
}
const grantsAny = (patterns, actions) => patterns.some((pattern) => actions.some((action) => (0,src_policy/* actionMatches */.GE)(pattern, action)));
/**
 * Public through the policy or the ACL: one finding per path (subKey `policy` / `acl`), never two for
 * the same grant. An effective block that neutralizes the path (RestrictPublicBuckets for a policy,
 * IgnorePublicAcls for an ACL) keeps the finding, lowered to low: the bucket is not reachable today,
 * but its configuration still says "public" and is one setting change away from exposure. When the block
 * cannot be read, the finding keeps its critical severity: the grant itself is known, and hiding a
 * public bucket behind a failed read would be the worse mistake.
 */
const s3_bucketPublic = (0,model/* defineRule */.Km)({
    id: 's3.bucket-public',
    title: 'S3 bucket grants access to anyone through its policy or ACL',
    severity: 'critical',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket', 's3:account-settings'],
    description: 'The bucket policy has an Allow statement open to any principal with no condition restricting the caller (account, organization, VPC, source IP), or the bucket ACL grants a permission to AllUsers or AuthenticatedUsers. Reported as low when an effective Block Public Access setting (RestrictPublicBuckets for policies, IgnorePublicAcls for ACLs) neutralizes it. A finding cites S3.2 when its grant reads data and S3.3 when it writes data or access; a neutralized one cites neither (Security Hub passes the bucket).',
    risk: 'Anyone on the internet can read (or write, or list) the data the grant covers: the most common cause of cloud data leaks.',
    remediation: {
        text: 'Remove the public statements from the bucket policy and the public grants from the ACL (or disable ACLs with BucketOwnerEnforced). Serve intended public content through CloudFront with origin access control, then turn on Block Public Access.',
        cli: `aws s3api put-public-access-block --bucket {name} --public-access-block-configuration ${ALL_ON_CONFIGURATION}`,
        console: `${bucketConsole} > Bucket policy / Access control list (ACL)`,
    },
    references: {
        fsbp: ['S3.2', 'S3.3'],
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-overview.html'],
    },
}, (ctx) => ctx.resources('s3:bucket').flatMap((bucket) => publicExposures(ctx, bucket).map((exposure) => {
    const { neutralizer } = exposure;
    const lowered = neutralized(neutralizer) ? { severity: 'low' } : {};
    if (exposure.path === 'policy') {
        const { statements } = exposure;
        return {
            target: bucket,
            subKey: 'policy',
            message: `Bucket ${bucket.id}'s policy allows anyone: ${statements.map(statementText).join('; ')}.${neutralizerNote(neutralizer, 'restrictPublicBuckets')}`,
            evidence: { publicStatements: statements, restrictPublicBuckets: neutralizer },
            ...lowered,
            references: {
                fsbp: publicAccessControls(neutralizer, statements.some((st) => grantsAny(st.actions, READ_ACTIONS)), statements.some((st) => grantsAny(st.actions, s3_WRITE_ACTIONS))),
            },
        };
    }
    const { grants } = exposure;
    return {
        target: bucket,
        subKey: 'acl',
        message: `Bucket ${bucket.id}'s ACL grants ${grants.map((g) => `${g.permission} to ${granteeText(g.grantee)}`).join(' and ')}.${neutralizerNote(neutralizer, 'ignorePublicAcls')}`,
        evidence: { aclPublicGrants: grants, ignorePublicAcls: neutralizer },
        ...lowered,
        references: {
            fsbp: publicAccessControls(neutralizer, grants.some((g) => ACL_READ.includes(g.permission)), grants.some((g) => ACL_WRITE.includes(g.permission))),
        },
    };
})));
const KMS_ALGORITHMS = ['aws:kms', 'aws:kms:dsse'];
/**
 * Enabled by default but silent unless `thresholds.requireS3Kms` is true: the threshold is the one
 * switch a user sets, and SSE-S3 (applied to every bucket since 2023) is a sound default otherwise.
 */
const bucketNotKmsEncrypted = (0,model/* defineRule */.Km)({
    id: 's3.bucket-not-kms-encrypted',
    title: 'S3 bucket does not use SSE-KMS default encryption',
    severity: 'medium',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: "The bucket's default encryption is not SSE-KMS (aws:kms or aws:kms:dsse). Reports only when thresholds.requireS3Kms is true; S3 encrypts every new object with SSE-S3 by default.",
    risk: 'With SSE-S3 anyone allowed to read the objects can decrypt them; SSE-KMS adds a key policy as a second gate and logs every decryption in CloudTrail.',
    remediation: {
        text: 'Set SSE-KMS as the default encryption, with a customer managed key and S3 Bucket Keys to keep KMS request costs down. Existing objects keep their encryption until rewritten.',
        cli: `aws s3api put-bucket-encryption --bucket {name} --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY-ARN"},"BucketKeyEnabled":true}]}'`,
        console: 'S3 console > Buckets > the bucket > Properties > Default encryption > Edit',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'],
    },
}, (ctx) => {
    if (!ctx.thresholds.requireS3Kms)
        return [];
    return ctx
        .resources('s3:bucket')
        .filter((b) => ctx.known(b, 'encryption') && !KMS_ALGORITHMS.includes(b.attributes.encryption?.algorithm ?? ''))
        .map((bucket) => {
        const { encryption } = bucket.attributes;
        return {
            target: bucket,
            message: encryption === null
                ? `Bucket ${bucket.id} has no default encryption configuration (new objects get SSE-S3), and SSE-KMS is required (thresholds.requireS3Kms).`
                : `Bucket ${bucket.id}'s default encryption is ${encryption.algorithm === 'AES256' ? 'SSE-S3 (AES256)' : encryption.algorithm}, not SSE-KMS, which is required (thresholds.requireS3Kms).`,
            evidence: { encryption },
        };
    });
});
const bucketVersioningDisabled = (0,model/* defineRule */.Km)({
    id: 's3.bucket-versioning-disabled',
    title: 'S3 bucket does not have versioning enabled',
    severity: 'low',
    category: 'reliability',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: "The bucket's versioning is Disabled (never enabled) or Suspended.",
    risk: 'An overwrite or delete, by mistake, a bug or ransomware, destroys the only copy of an object.',
    remediation: {
        text: 'Enable versioning, with a lifecycle rule that expires noncurrent versions so old copies do not pile up.',
        cli: 'aws s3api put-bucket-versioning --bucket {name} --versioning-configuration Status=Enabled',
        console: 'S3 console > Buckets > the bucket > Properties > Bucket Versioning > Edit',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
    },
}, (ctx) => ctx
    .resources('s3:bucket')
    .filter((b) => ctx.known(b, 'versioning') && b.attributes.versioning !== 'Enabled')
    .map((bucket) => ({
    target: bucket,
    message: `Bucket ${bucket.id} has versioning ${bucket.attributes.versioning === 'Suspended' ? 'suspended' : 'disabled'}: an overwritten or deleted object cannot be recovered.`,
    evidence: { versioning: bucket.attributes.versioning },
})));
const bucketTlsNotEnforced = (0,model/* defineRule */.Km)({
    id: 's3.bucket-tls-not-enforced',
    title: 'S3 bucket policy does not deny requests without TLS',
    severity: 'medium',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: 'The bucket has no policy, or its policy has no Deny for all principals and all S3 actions when aws:SecureTransport is false.',
    risk: 'Clients may read and write the data over plain HTTP, where it can be observed or altered in transit.',
    remediation: {
        text: 'Add a statement to the bucket policy: Effect Deny, Principal *, Action s3:*, Resource the bucket and bucket/*, Condition Bool aws:SecureTransport false. Merge it into the existing policy: put-bucket-policy replaces the whole document.',
        console: `${bucketConsole} > Bucket policy > Edit`,
    },
    references: {
        fsbp: ['S3.5'],
        cis: ['3.1.1'],
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit'],
    },
}, (ctx) => ctx
    .resources('s3:bucket')
    .filter((b) => ctx.known(b, 'policy') && !b.attributes.policy?.deniesInsecureTransport)
    .map((bucket) => ({
    target: bucket,
    message: bucket.attributes.policy === null
        ? `Bucket ${bucket.id} has no bucket policy, so requests over plain HTTP are allowed.`
        : `Bucket ${bucket.id}'s policy has no Deny on aws:SecureTransport = false for s3:*, so requests over plain HTTP are allowed.`,
    evidence: {
        hasPolicy: bucket.attributes.policy !== null,
        deniesInsecureTransport: false,
    },
})));
const bucketAclsEnabled = (0,model/* defineRule */.Km)({
    id: 's3.bucket-acls-enabled',
    title: 'S3 bucket has ACLs enabled (object ownership is not BucketOwnerEnforced)',
    severity: 'low',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: "The bucket's object ownership is not BucketOwnerEnforced (or no ownership controls are set, which means ObjectWriter), so ACLs on the bucket and its objects still grant access.",
    risk: 'ACLs are a second, hard-to-audit way to grant access: an object ACL can make a single object public, or leave another account owning objects in your bucket. (Public ACL grants that exist today are reported by s3.bucket-public.)',
    remediation: {
        text: 'Set object ownership to BucketOwnerEnforced after moving any access granted by ACLs into the bucket policy. Buckets receiving CloudFront standard logs (legacy) still need ACLs.',
        cli: "aws s3api put-bucket-ownership-controls --bucket {name} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
        console: `${bucketConsole} > Object Ownership > Edit`,
    },
    references: {
        fsbp: ['S3.12'],
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html'],
    },
}, (ctx) => ctx
    .resources('s3:bucket')
    .filter((b) => ctx.known(b, 'objectOwnership') && b.attributes.objectOwnership !== 'BucketOwnerEnforced')
    .map((bucket) => ({
    target: bucket,
    message: bucket.attributes.objectOwnership === null
        ? `Bucket ${bucket.id} has no object ownership controls, so ACLs are enabled (ObjectWriter).`
        : `Bucket ${bucket.id} has ACLs enabled: object ownership is ${bucket.attributes.objectOwnership}, not BucketOwnerEnforced.`,
    evidence: { objectOwnership: bucket.attributes.objectOwnership },
})));
/**
 * Any enabled lifecycle rule counts: the inventory keeps rule counts, not their actions, so a rule
 * that expires current objects only is taken as the owner having thought about lifecycle.
 */
const versionedBucketWithoutLifecycle = (0,model/* defineRule */.Km)({
    id: 's3.versioned-bucket-without-lifecycle',
    title: 'Versioned S3 bucket has no enabled lifecycle rule',
    severity: 'low',
    category: 'cost',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: 'Versioning is enabled and no lifecycle rule is enabled, so noncurrent versions and expired delete markers are never removed.',
    risk: 'Every overwrite and delete keeps the old version, billed as storage forever: such buckets grow silently to many times their visible size.',
    remediation: {
        text: 'Add a lifecycle rule that expires noncurrent versions after the recovery window you need (e.g. 30-90 days) and removes expired delete markers. The CLI call replaces the whole lifecycle configuration, including disabled rules.',
        cli: `aws s3api put-bucket-lifecycle-configuration --bucket {name} --lifecycle-configuration '{"Rules":[{"ID":"expire-noncurrent-versions","Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":90},"Expiration":{"ExpiredObjectDeleteMarker":true}}]}'`,
        console: 'S3 console > Buckets > the bucket > Management > Lifecycle rules > Create lifecycle rule',
    },
    references: {
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html'],
    },
}, (ctx) => ctx
    .resources('s3:bucket')
    .filter((b) => ctx.known(b, 'versioning', 'lifecycle') &&
    b.attributes.versioning === 'Enabled' &&
    b.attributes.lifecycle.enabledRuleCount === 0)
    .map((bucket) => ({
    target: bucket,
    message: `Bucket ${bucket.id} is versioned but has no enabled lifecycle rule${bucket.attributes.lifecycle.ruleCount > 0 ? ` (${bucket.attributes.lifecycle.ruleCount} disabled)` : ''}: noncurrent versions are kept, and billed, forever.`,
    evidence: { versioning: 'Enabled', lifecycle: bucket.attributes.lifecycle },
})));
/** What stops the cleanup action on a bucket: AWS guard rails it never works around. */
function deleteGuards(ctx, bucket) {
    const guards = [];
    if (!ctx.known(bucket, 'objectLock'))
        guards.push('Object Lock unknown');
    else if (bucket.attributes.objectLock)
        guards.push('Object Lock');
    if (!ctx.known(bucket, 'versioning'))
        guards.push('MFA delete unknown');
    else if (bucket.attributes.mfaDelete)
        guards.push('MFA delete');
    return guards;
}
/** Entries the scan lists per bucket (one page): buckets with more are never judged unused. */
const LISTED = 1000;
/** The bucket's listing, when it was read and fits in one page: exact counts and newest write. */
function listedContents(ctx, bucket) {
    const contents = bucket.attributes.contents;
    return ctx.known(bucket, 'contents') && contents.complete ? contents : null;
}
const isEmpty = (contents) => contents.objects + contents.uploads === 0;
const DELETE_REMEDIATION = {
    cli: 'aws s3api delete-bucket --region {region} --bucket {name}',
    console: 'S3 console > Buckets > the bucket > Empty, then Delete',
};
const bucketEmpty = (0,model/* defineRule */.Km)({
    id: 's3.bucket-empty',
    title: 'S3 bucket is empty and was created a while ago',
    severity: 'low',
    category: 'hygiene',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: 'The bucket holds no object version, no delete marker and no incomplete multipart upload, and was created at least thresholds.emptyBucketDays (default 30) days ago, so a bucket just made for a deploy is not reported. A bucket whose listing could not be read is never taken for empty.',
    risk: 'An empty bucket costs nothing, but it is one more policy, ACL and notification setup to review, and whatever still writes to it goes unnoticed. Deleting it frees its name for anyone: another AWS account can create a bucket with the same name and receive requests meant for this one.',
    remediation: {
        text: 'If code, configuration, DNS or another account may still refer to the name, keep the bucket: AWS recommends emptying a bucket and keeping it rather than deleting it, because a deleted name can be claimed by another account. Otherwise delete it. Approved cleanup can delete it when cleanup-actions names s3.delete-bucket (never for Object Lock or MFA delete buckets).',
        ...DELETE_REMEDIATION,
    },
    references: {
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/delete-bucket.html'],
    },
    cleanupAction: 's3.delete-bucket',
}, (ctx) => ctx.resources('s3:bucket').flatMap((bucket) => {
    const contents = listedContents(ctx, bucket);
    if (!contents || !isEmpty(contents))
        return [];
    const age = ctx.daysSince(bucket.createdAt);
    if (age === null || age < ctx.thresholds.emptyBucketDays)
        return [];
    const guards = deleteGuards(ctx, bucket);
    const kept = guards.length > 0 ? ` It is not a cleanup candidate (${guards.join(', ')}).` : '';
    return [
        {
            target: bucket,
            message: `Bucket ${bucket.id} holds no object, version, delete marker or incomplete upload, and was created ${age} days ago.${kept}`,
            evidence: {
                createdAt: bucket.createdAt,
                ageDays: age,
                objectLock: bucket.attributes.objectLock,
                mfaDelete: bucket.attributes.mfaDelete,
            },
            cleanupDoesNotApply: guards.length > 0,
        },
    ];
}));
/** Someone set up who reads the bucket: a policy (CloudFront, another account, a role) or public ACL grants. */
const hasReaders = (bucket) => bucket.attributes.policy !== null || bucket.attributes.aclPublicGrants.length > 0;
/**
 * Abandoned by its writes: reads cannot be seen without server access logs or CloudTrail data
 * events, so buckets whose policy or ACL names readers are left out, and the finding says so.
 */
const bucketUnwritten = (0,model/* defineRule */.Km)({
    id: 's3.bucket-unwritten',
    title: 'S3 bucket has not been written for a long time',
    severity: 'low',
    category: 'cost',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: `The bucket holds at most ${LISTED.toLocaleString('en-US')} object versions, delete markers and incomplete uploads (one listing page, so all were read), the newest written at least thresholds.unwrittenBucketDays (default 365) days ago, and has no bucket policy and no public ACL grant (a policy names readers such as CloudFront or another account). Buckets with more entries, or whose listing or policy could not be read, are not judged.`,
    risk: 'Data nobody writes any more is often data nobody needs: it is billed every month, may hold what should have been deleted, and keeps a name and permissions to review. Reads are not visible to the scan: an application or person may still read it.',
    remediation: {
        text: 'Check who reads it (S3 server access logs, CloudTrail data events, or the bucket’s CloudWatch request metrics) and whether the data must be kept. Move what must be kept to cheaper storage with a lifecycle rule, or delete the bucket. Approved cleanup can empty and delete it when cleanup-actions names s3.delete-bucket (never for Object Lock or MFA delete buckets); deleting frees the name for any AWS account.',
        ...DELETE_REMEDIATION,
    },
    references: {
        docs: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/delete-bucket.html',
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
        ],
    },
    cleanupAction: 's3.delete-bucket',
}, (ctx) => ctx.resources('s3:bucket').flatMap((bucket) => {
    const contents = listedContents(ctx, bucket);
    if (!contents || isEmpty(contents) || !ctx.known(bucket, 'policy'))
        return [];
    if (!ctx.known(bucket, 'aclPublicGrants') || hasReaders(bucket))
        return [];
    const idle = ctx.daysSince(contents.lastWrittenAt);
    if (idle === null || idle < ctx.thresholds.unwrittenBucketDays)
        return [];
    const guards = deleteGuards(ctx, bucket);
    const kept = guards.length > 0 ? ` It is not a cleanup candidate (${guards.join(', ')}).` : '';
    return [
        {
            target: bucket,
            message: `Bucket ${bucket.id} holds ${contents.objects} object versions and delete markers and ${contents.uploads} incomplete uploads (${contents.bytes} bytes), the newest written ${idle} days ago. Reads are not visible to the scan: check who reads it before deleting.${kept}`,
            evidence: {
                objects: contents.objects,
                uploads: contents.uploads,
                bytes: contents.bytes,
                lastWrittenAt: contents.lastWrittenAt,
                daysSinceWrite: idle,
                objectLock: bucket.attributes.objectLock,
                mfaDelete: bucket.attributes.mfaDelete,
            },
            cleanupDoesNotApply: guards.length > 0,
        },
    ];
}));
/**
 * Reported where incomplete uploads exist now, not on every bucket without the rule: a preventive
 * rule everywhere is good practice, but a finding per bucket would bury the ones being billed.
 */
const incompleteUploadsNotAborted = (0,model/* defineRule */.Km)({
    id: 's3.bucket-incomplete-uploads-not-aborted',
    title: 'S3 bucket keeps incomplete multipart uploads and no lifecycle rule aborts them',
    severity: 'low',
    category: 'cost',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: 'The scan lists incomplete multipart uploads in the bucket (one page, up to 1,000) and no enabled lifecycle rule covering the whole bucket (no prefix, tag or size filter) has AbortIncompleteMultipartUpload. Buckets with no incomplete upload now are not reported, nor buckets whose uploads or lifecycle could not be read.',
    risk: 'The parts of an upload that was never completed or aborted are stored and billed at the storage class price, and appear in no object listing, the console’s object count or most inventory tools: they grow unnoticed for as long as the bucket exists.',
    remediation: {
        text: 'Add a lifecycle rule for the whole bucket with AbortIncompleteMultipartUpload (7 days is common); it aborts the existing uploads too. The CLI call replaces the whole lifecycle configuration: merge it with the rules the bucket has.',
        cli: `aws s3api put-bucket-lifecycle-configuration --bucket {name} --lifecycle-configuration '{"Rules":[{"ID":"abort-incomplete-uploads","Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}}]}'`,
        console: 'S3 console > Buckets > the bucket > Management > Lifecycle rules > Create lifecycle rule',
    },
    references: {
        docs: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html',
        ],
    },
}, (ctx) => ctx
    .resources('s3:bucket')
    .filter((b) => ctx.known(b, 'contents', 'lifecycle') &&
    b.attributes.contents.uploads > 0 &&
    b.attributes.lifecycle.abortIncompleteUploadsDays === null)
    .map((bucket) => {
    const { uploads, complete } = bucket.attributes.contents;
    const count = complete ? `${uploads}` : `at least ${uploads}`;
    return {
        target: bucket,
        message: `Bucket ${bucket.id} holds ${count} incomplete multipart uploads, whose parts are billed and not listed, and no lifecycle rule for the whole bucket aborts them.`,
        evidence: { incompleteUploads: uploads, counted: complete, lifecycle: bucket.attributes.lifecycle },
    };
}));
const bucketAccessLoggingOff = (0,model/* defineRule */.Km)({
    id: 's3.bucket-access-logging-off',
    title: 'S3 bucket has server access logging off',
    severity: 'low',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: 'The bucket has no server access logging. Buckets that receive other buckets’ access logs are not reported (logging a log bucket into itself loops).',
    risk: 'Without access logs (or CloudTrail data events) nobody can tell who read or changed which objects, or when, after a leak or a wrong deletion.',
    remediation: {
        text: 'Turn on server access logging to a separate log bucket, or record CloudTrail data events for the bucket.',
        cli: `aws s3api put-bucket-logging --bucket {name} --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"your-log-bucket","TargetPrefix":"{name}/"}}'`,
        console: 'S3 console > Buckets > the bucket > Properties > Server access logging > Edit',
    },
    references: {
        fsbp: ['S3.9'],
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
    },
    deviations: {
        'FSBP S3.9': 'Severity low rather than medium, and buckets that receive other buckets’ access logs are not reported.',
    },
}, (ctx) => {
    const logTargets = new Set(ctx
        .resources('s3:bucket')
        .flatMap((b) => (b.attributes.logging.targetBucket ? [b.attributes.logging.targetBucket] : [])));
    return ctx
        .resources('s3:bucket')
        .filter((b) => ctx.known(b, 'logging') && !b.attributes.logging.enabled && !logTargets.has(b.id))
        .map((bucket) => ({
        target: bucket,
        message: `Bucket ${bucket.id} has server access logging off.`,
        evidence: { logging: bucket.attributes.logging },
    }));
});
/** The actions FSBP S3.6 denies to other accounts: changing who may access the bucket or its keys. */
const S3_6_ACTIONS = [
    's3:DeleteBucketPolicy',
    's3:PutBucketAcl',
    's3:PutBucketPolicy',
    's3:PutEncryptionConfiguration',
    's3:PutObjectAcl',
];
/** The 12-digit account an AWS principal names (`123456789012`, `arn:aws:iam::123456789012:...`), or null. */
const principalAccount = (principal) => /^\d{12}$/.test(principal) ? principal : (/^arn:aws[a-z-]*:iam::(\d{12}):/.exec(principal)?.[1] ?? null);
const bucketGrantsOtherAccounts = (0,model/* defineRule */.Km)({
    id: 's3.bucket-policy-grants-other-accounts',
    title: 'S3 bucket policy lets another account change its access',
    severity: 'high',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: 'An Allow statement of the bucket policy names a principal of another AWS account and grants s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration or s3:PutObjectAcl (directly or through a wildcard). Statements open to everyone are s3.bucket-public’s.',
    risk: 'The other account can rewrite the bucket’s policy or ACLs, or its encryption: take the data, lock the owner out, or make it public.',
    remediation: {
        text: 'Remove those actions from the statements naming other accounts; grant them read or write to the data only, and keep access management to the owning account.',
        cli: 'aws s3api get-bucket-policy --bucket {name} --query Policy --output text',
        console: `${bucketConsole} > Bucket policy > Edit`,
    },
    references: {
        fsbp: ['S3.6'],
        docs: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
        ],
    },
}, (ctx) => ctx.resources('s3:bucket').flatMap((bucket) => {
    if (!ctx.known(bucket, 'policy') || !bucket.attributes.policy)
        return [];
    return (0,src_policy/* statementsOf */.GX)(bucket.attributes.policy.document).flatMap((statement) => {
        if (statement.effect !== 'Allow' || statement.principal === null || statement.principal === '*')
            return [];
        const others = [
            ...new Set((statement.principal.AWS ?? [])
                .map(principalAccount)
                .filter((account) => account !== null && account !== bucket.account)),
        ].sort();
        const actions = S3_6_ACTIONS.filter((action) => (0,src_policy/* allowsAction */.NA)(statement, action));
        if (others.length === 0 || actions.length === 0)
            return [];
        return [
            {
                target: bucket,
                subKey: (0,src_policy/* labelOf */.Wy)(statement),
                message: `Bucket ${bucket.id}'s policy (statement ${(0,src_policy/* labelOf */.Wy)(statement)}) lets account(s) ${others.join(', ')} ${actions.join(', ')}.`,
                evidence: { statement: (0,src_policy/* labelOf */.Wy)(statement), accounts: others, actions },
            },
        ];
    });
}));

;// CONCATENATED MODULE: ./src/rules/catalog/s3-access-points.ts

const s3_access_points_SETTINGS = [
    'blockPublicAcls',
    'ignorePublicAcls',
    'blockPublicPolicy',
    'restrictPublicBuckets',
];
/** The settings of the four that are off (all four when there is no configuration). */
const offSettings = (block) => s3_access_points_SETTINGS.filter((setting) => !block?.[setting]);
const risk = "A policy on the access point (or a bucket ACL reached through it) can make the bucket's data public: only the account's and the bucket's own block settings then stand in the way.";
const accessPointPublicAccessBlockOff = (0,model/* defineRule */.Km)({
    id: 's3.access-point-public-access-block-off',
    title: 'S3 access point does not block all public access',
    severity: 'critical',
    category: 'security',
    resourceType: 's3:access-point',
    reads: ['s3:access-point'],
    description: 'An S3 access point has one or more of its four block public access settings off. Access points whose settings could not be read are not judged.',
    risk,
    remediation: {
        text: "An access point's block public access settings cannot be changed after creation: create a replacement with all four on (the default), move clients to it, then delete this one.",
        console: 'S3 console > Access points > the access point > Permissions > Block public access',
    },
    references: {
        fsbp: ['S3.19'],
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html'],
    },
}, (ctx) => ctx
    .resources('s3:access-point')
    .filter((point) => ctx.known(point, 'publicAccessBlock'))
    .flatMap((point) => {
    const off = offSettings(point.attributes.publicAccessBlock);
    if (off.length === 0)
        return [];
    return [
        {
            target: point,
            message: `S3 access point ${point.id} (bucket ${point.attributes.bucket}) does not block public access: ${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} off.`,
            evidence: { settingsOff: off, networkOrigin: point.attributes.networkOrigin },
        },
    ];
}));
const multiRegionAccessPointPublicAccessBlockOff = (0,model/* defineRule */.Km)({
    id: 's3.multi-region-access-point-public-access-block-off',
    title: 'S3 Multi-Region Access Point does not block all public access',
    severity: 'high',
    category: 'security',
    resourceType: 's3:multi-region-access-point',
    reads: ['s3:multi-region-access-point'],
    description: 'An S3 Multi-Region Access Point has one or more of its four block public access settings off.',
    risk,
    remediation: {
        text: "A Multi-Region Access Point's block public access settings cannot be changed after creation: create a replacement with all four on (the default), move clients to it, then delete this one.",
        console: 'S3 console > Multi-Region Access Points > the access point > Permissions > Block public access',
    },
    references: {
        fsbp: ['S3.24'],
        docs: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html',
        ],
    },
}, (ctx) => ctx.resources('s3:multi-region-access-point').flatMap((point) => {
    const off = offSettings(point.attributes.publicAccessBlock);
    if (off.length === 0)
        return [];
    return [
        {
            target: point,
            message: `S3 Multi-Region Access Point ${point.id} does not block public access: ${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} off.`,
            evidence: { settingsOff: off, buckets: point.attributes.buckets.map((b) => b.bucket) },
        },
    ];
}));

;// CONCATENATED MODULE: ./src/rules/catalog/s3-lifecycle.ts
/** S3: FSBP lifecycle configuration of general purpose buckets (S3.13). */

const bucketWithoutLifecycle = (0,model/* defineRule */.Km)({
    id: 's3.bucket-without-lifecycle',
    title: 'S3 bucket has no enabled lifecycle rule',
    severity: 'low',
    category: 'hygiene',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: 'The bucket has no lifecycle configuration, or none of its rules is enabled, so nothing in it is ever transitioned, expired or cleaned up. Buckets whose lifecycle could not be read are not judged. (For versioned buckets, s3.versioned-bucket-without-lifecycle also reports the cost of kept versions.)',
    risk: 'Objects, noncurrent versions and incomplete uploads accumulate for as long as the bucket exists: storage costs only grow, and data is kept past any retention period it should have.',
    remediation: {
        text: 'Add a lifecycle configuration that matches what the bucket holds: expire temporary or log data, transition cold data to cheaper storage classes, abort incomplete multipart uploads. The CLI call replaces the whole lifecycle configuration, including disabled rules.',
        cli: `aws s3api put-bucket-lifecycle-configuration --bucket {name} --lifecycle-configuration '{"Rules":[{"ID":"abort-incomplete-uploads","Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}}]}'`,
        console: 'S3 console > Buckets > the bucket > Management > Lifecycle rules > Create lifecycle rule',
    },
    references: {
        fsbp: ['S3.13'],
        docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html'],
    },
}, (ctx) => ctx
    .resources('s3:bucket')
    .filter((b) => ctx.known(b, 'lifecycle') && b.attributes.lifecycle.enabledRuleCount === 0)
    .map((bucket) => {
    const disabled = bucket.attributes.lifecycle.ruleCount;
    return {
        target: bucket,
        message: `Bucket ${bucket.id} has no enabled lifecycle rule${disabled > 0 ? ` (${disabled} disabled)` : ''}: nothing in it is ever expired or moved to cheaper storage.`,
        evidence: { lifecycle: bucket.attributes.lifecycle },
    };
}));

;// CONCATENATED MODULE: ./src/rules/public-policy.ts
/**
 * How the topic and queue rules word the statements of a resource policy open to anyone
 * (src/policy/public.ts decides which are): `Sid (actions for any principal)`.
 */
const describePublicStatement = (s) => `${s.sid ?? 'a statement without Sid'} (${s.actions.join(', ') || 'no action'} for ${s.principal === '*' ? 'any principal' : 'everyone but NotPrincipal'})`;
/**
 * Where these rules differ from Security Hub's public-policy controls (SNS.4, SQS.3), which reason
 * over the whole policy and pass only conditions with fixed values.
 */
const PUBLIC_POLICY_DEVIATION = 'Looser in one way: a caller-narrowing condition (aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:SourceVpc(e), aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceIp other than 0.0.0.0/0) with a value that is not a bare wildcard counts as narrowing here, even when the value holds a partial wildcard or a policy variable, which Security Hub fails. Conditions on other keys (such as sns:Endpoint or sns:Protocol) never narrow here.';

;// CONCATENATED MODULE: ./src/rules/catalog/sns.ts


const sns_DOCS = 'https://docs.aws.amazon.com/sns/latest/dg';
const sns_CONSOLE = 'SNS console > Topics > the topic';
const topicPolicyPublic = (0,model/* defineRule */.Km)({
    id: 'sns.topic-policy-public',
    title: 'SNS topic access policy allows public access',
    severity: 'critical',
    category: 'security',
    resourceType: 'sns:topic',
    reads: ['sns:topic'],
    description: 'The topic\'s access policy has an Allow statement for any principal (`*`, `{"AWS": "*"}` or NotPrincipal) that no condition limits to specific accounts, sources, organizations or networks. The default policy SNS writes (conditioned on AWS:SourceOwner) is not public. Topics whose policy could not be read are not judged.',
    risk: 'Anyone with an AWS account can do what the statement allows: publish messages that every subscriber receives (spam, phishing, injected events, SMS costs), subscribe an endpoint of their own and read every message, or change the topic.',
    remediation: {
        text: 'Replace the `*` principal with the accounts or services that need the topic, or add a condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
        cli: 'aws sns get-topic-attributes --region {region} --topic-arn {arn} --query Attributes.Policy --output text',
        console: `${sns_CONSOLE} > Edit > Access policy`,
    },
    references: { fsbp: ['SNS.4'], docs: [`${sns_DOCS}/sns-access-policy-use-cases.html`] },
    deviations: { 'FSBP SNS.4': PUBLIC_POLICY_DEVIATION },
}, (ctx) => ctx.resources('sns:topic').flatMap((topic) => {
    const statements = ctx.known(topic, 'policy') ? (topic.attributes.policy?.publicStatements ?? []) : [];
    if (statements.length === 0)
        return [];
    return [
        {
            target: topic,
            message: `The access policy of SNS topic ${topic.id} allows public access: ${statements.map(describePublicStatement).join('; ')}.`,
            evidence: { publicStatements: statements },
        },
    ];
}));
const topicUnencrypted = (0,model/* defineRule */.Km)({
    id: 'sns.topic-unencrypted',
    title: 'SNS topic is not encrypted with a KMS key',
    severity: 'low',
    category: 'security',
    resourceType: 'sns:topic',
    reads: ['sns:topic'],
    description: 'The topic has no server-side encryption key (KmsMasterKeyId): SNS keeps its messages with its own disk encryption only. Security Hub’s SNS.1 checks the same, but it is not a control of the Foundational Security Best Practices standard (not in its table), so it is not cited.',
    risk: 'Access to the messages held for delivery rests on the topic policy alone: no KMS key policy stands in between, and no CloudTrail record shows the key being used.',
    remediation: {
        text: 'Turn on server-side encryption with a KMS key (alias/aws/sns, or a customer managed key whose policy lets the publishing services use it).',
        cli: 'aws sns set-topic-attributes --region {region} --topic-arn {arn} --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
        console: `${sns_CONSOLE} > Edit > Encryption`,
    },
    references: { docs: [`${sns_DOCS}/sns-server-side-encryption.html`] },
}, (ctx) => ctx
    .resources('sns:topic')
    .filter((t) => ctx.known(t, 'kmsMasterKeyId') && t.attributes.kmsMasterKeyId === null)
    .map((t) => ({
    target: t,
    message: `SNS topic ${t.id} is not encrypted with a KMS key.`,
    evidence: { kmsMasterKeyId: null },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/sqs.ts


const sqs_DOCS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide';
const sqs_CONSOLE = 'SQS console > Queues > the queue';
const queuePolicyPublic = (0,model/* defineRule */.Km)({
    id: 'sqs.queue-policy-public',
    title: 'SQS queue access policy allows public access',
    severity: 'critical',
    category: 'security',
    resourceType: 'sqs:queue',
    reads: ['sqs:queue'],
    description: 'The queue\'s access policy has an Allow statement for any principal (`*`, `{"AWS": "*"}` or NotPrincipal) that no condition limits to specific accounts, sources, organizations or networks. Queues whose policy could not be read are not judged.',
    risk: 'Anyone with an AWS account can do what the statement allows: receive and delete messages (data theft, lost work), send forged messages to the consumers, or change the queue.',
    remediation: {
        text: 'Replace the `*` principal with the accounts or services that need the queue, or add a condition such as aws:SourceArn (the SNS topic or bucket that sends), aws:SourceAccount or aws:PrincipalOrgID.',
        cli: 'aws sqs get-queue-attributes --region {region} --queue-url $(aws sqs get-queue-url --region {region} --queue-name {name} --query QueueUrl --output text) --attribute-names Policy',
        console: `${sqs_CONSOLE} > Access policy > Edit`,
    },
    references: {
        fsbp: ['SQS.3'],
        docs: [`${sqs_DOCS}/sqs-creating-custom-policies.html`],
    },
    deviations: { 'FSBP SQS.3': PUBLIC_POLICY_DEVIATION },
}, (ctx) => ctx.resources('sqs:queue').flatMap((queue) => {
    const statements = ctx.known(queue, 'policy') ? (queue.attributes.policy?.publicStatements ?? []) : [];
    if (statements.length === 0)
        return [];
    return [
        {
            target: queue,
            message: `The access policy of SQS queue ${queue.id} allows public access: ${statements.map(describePublicStatement).join('; ')}.`,
            evidence: { publicStatements: statements },
        },
    ];
}));
const queueUnencrypted = (0,model/* defineRule */.Km)({
    id: 'sqs.queue-unencrypted',
    title: 'SQS queue is not encrypted at rest',
    severity: 'medium',
    category: 'security',
    resourceType: 'sqs:queue',
    reads: ['sqs:queue'],
    description: 'The queue uses neither SSE-SQS (keys SQS manages) nor SSE-KMS (a KMS key): either passes. Judged only where both were read.',
    risk: 'Messages at rest are not encrypted by server-side encryption: their contents are protected by the queue policy alone.',
    remediation: {
        text: 'Turn on SSE-SQS (no key to manage, no cost), or SSE-KMS with a key whose policy lets the producers use it.',
        cli: 'aws sqs set-queue-attributes --region {region} --queue-url $(aws sqs get-queue-url --region {region} --queue-name {name} --query QueueUrl --output text) --attributes SqsManagedSseEnabled=true',
        console: `${sqs_CONSOLE} > Edit > Encryption`,
    },
    references: { fsbp: ['SQS.1'], docs: [`${sqs_DOCS}/sqs-server-side-encryption.html`] },
}, (ctx) => ctx
    .resources('sqs:queue')
    .filter((q) => ctx.known(q, 'kmsMasterKeyId', 'sqsManagedSse') &&
    q.attributes.kmsMasterKeyId === null &&
    !q.attributes.sqsManagedSse)
    .map((q) => ({
    target: q,
    message: `SQS queue ${q.id} is not encrypted at rest (neither SSE-SQS nor SSE-KMS).`,
    evidence: { kmsMasterKeyId: null, sqsManagedSse: false },
})));

;// CONCATENATED MODULE: ./src/rules/catalog/ssm.ts

const ssm_DOCS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide';
const parameterSecretInPlaintext = (0,model/* defineRule */.Km)({
    id: 'ssm.parameter-secret-in-plaintext',
    title: 'SSM parameter holds a secret as plain String',
    severity: 'high',
    category: 'security',
    resourceType: 'ssm:parameter',
    reads: ['ssm:parameter'],
    description: 'A String or StringList parameter holds what looks like a secret: its value matches a known key format (AWS access key, private key, Stripe, GitHub or Slack token, JWT, credentials in a URL) or is a long random value, as detected for Lambda environment variables, or its name says it holds one (`/prod/db/password`) and its value is not a reference, placeholder, number or boolean. Values are read (never SecureString ones, never decrypted), judged in memory and dropped: only the kinds found are kept. Medium when only the name points at a secret and the value could not be read.',
    risk: 'Anyone with ssm:GetParameter* (broadly granted to developers, CI and instance roles, and logged in plain text by tools that print parameters) reads the secret; no KMS key policy stands in the way, and CloudTrail does not tell a read of a secret from any other.',
    remediation: {
        text: "Rotate the secret (anyone with ssm:GetParameter* could read it), store the new one as a SecureString parameter (with a KMS key whose policy limits who decrypts) or in Secrets Manager, point readers at it, then delete the String parameter: overwriting it would keep the old value in the parameter's history.",
        console: 'AWS Systems Manager console > Parameter Store > the parameter > Delete, then Create parameter with type SecureString',
    },
    references: { docs: [`${ssm_DOCS}/systems-manager-parameter-store.html`] },
}, (ctx) => ctx.resources('ssm:parameter').flatMap((parameter) => {
    const { parameterType, secretName, valueSecretKinds } = parameter.attributes;
    if (parameterType === 'SecureString')
        return [];
    const kinds = ctx.known(parameter, 'valueSecretKinds') ? (valueSecretKinds ?? []) : [];
    const valueRead = ctx.known(parameter, 'valueSecretKinds') && valueSecretKinds !== null;
    if (kinds.length === 0 && !secretName)
        return [];
    return [
        {
            target: parameter,
            message: kinds.length > 0
                ? `SSM parameter ${parameter.id} (${parameterType}) holds a secret in plain text: ${kinds.join(', ')}.`
                : `SSM parameter ${parameter.id} (${parameterType}) is named like a secret and stored in plain text.`,
            severity: kinds.length > 0 || valueRead ? 'high' : 'medium',
            evidence: { parameterType, secretKinds: kinds, secretName, valueRead },
        },
    ];
}));
const documentPublic = (0,model/* defineRule */.Km)({
    id: 'ssm.document-public',
    title: 'SSM document is shared with everyone',
    severity: 'critical',
    category: 'security',
    resourceType: 'ssm:document',
    reads: ['ssm:document'],
    description: 'A Systems Manager document the account owns is shared publicly: its Share permission lists `all` (FSBP SSM.4). Any AWS account can read and run it.',
    risk: 'Documents carry scripts, parameters, internal host names, bucket names and sometimes credentials; public ones are indexed and read by anyone with an AWS account.',
    remediation: {
        text: 'Stop sharing the document publicly; share it with named accounts or your organization if others need it, and turn on block public sharing in every region.',
        cli: 'aws ssm modify-document-permission --region {region} --name {name} --permission-type Share --account-ids-to-remove all',
        console: 'AWS Systems Manager console > Documents > Owned by me > the document > Permissions',
    },
    references: { fsbp: ['SSM.4'], docs: [`${ssm_DOCS}/documents-ssm-sharing.html`] },
}, (ctx) => ctx
    .resources('ssm:document')
    .filter((d) => ctx.known(d, 'public') && d.attributes.public === true)
    .map((document) => ({
    target: document,
    message: `SSM document ${document.id} is shared with every AWS account.`,
    evidence: { public: true, documentType: document.attributes.documentType },
})));
const publicSharingNotBlocked = (0,model/* defineRule */.Km)({
    id: 'ssm.public-sharing-not-blocked',
    title: 'SSM block public sharing for documents is off in the region',
    severity: 'medium',
    category: 'security',
    resourceType: 'ssm:region-settings',
    reads: ['ssm:region-settings'],
    description: "The region's Systems Manager setting /ssm/documents/console/public-sharing-permission is Enable (AWS's default): documents can be shared with everyone (FSBP SSM.7). Documents already public are reported by ssm.document-public.",
    risk: 'One modify-document-permission call, by mistake or by an attacker, publishes a document and what it contains to every AWS account.',
    remediation: {
        text: 'Turn on block public sharing in every region you use (it does not unshare documents already public).',
        cli: 'aws ssm update-service-setting --region {region} --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
        console: 'AWS Systems Manager console > Documents > Preferences > Block public sharing',
    },
    references: { fsbp: ['SSM.7'], docs: [`${ssm_DOCS}/documents-ssm-sharing.html#block-public-access`] },
}, (ctx) => ctx
    .resources('ssm:region-settings')
    .filter((s) => ctx.known(s, 'documentPublicSharingBlocked') && s.attributes.documentPublicSharingBlocked === false)
    .map((settings) => ({
    target: settings,
    message: `Block public sharing for SSM documents is off in ${settings.region}.`,
    evidence: { documentPublicSharingBlocked: false },
})));
const instanceNotManaged = (0,model/* defineRule */.Km)({
    id: 'ssm.instance-not-managed',
    title: 'EC2 instance is not managed by Systems Manager',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance', 'ssm:managed-instance'],
    description: 'A running EC2 instance is not among the nodes Systems Manager manages in its region (DescribeInstanceInformation): no SSM Agent registered, no instance profile with AmazonSSMManagedInstanceCore, or no route to the SSM endpoints (FSBP SSM.1). Judged only where both the instances and the managed nodes were listed.',
    risk: 'The instance cannot be patched, inventoried or reached with Session Manager; people fall back to SSH keys and open port 22, and nobody can tell which fixes it lacks.',
    remediation: {
        text: 'Attach an instance profile with the AmazonSSMManagedInstanceCore policy (or turn on Default Host Management Configuration), make sure the SSM Agent runs and can reach the SSM endpoints (NAT or VPC endpoints), then check the node appears in Fleet Manager.',
        console: 'AWS Systems Manager console > Fleet Manager (or Quick Setup > Default Host Management Configuration)',
    },
    references: { fsbp: ['SSM.1'], docs: [`${ssm_DOCS}/managed_instances.html`] },
}, (ctx) => {
    const managed = new Set(ctx.resources('ssm:managed-instance').map((n) => `${n.account}|${n.region}|${n.id}`));
    return ctx
        .resources('ec2:instance')
        .filter((i) => i.state === 'running' && !managed.has(`${i.account}|${i.region}|${i.id}`))
        .map((instance) => ({
        target: instance,
        message: `EC2 instance ${instance.id} is running but not managed by Systems Manager.`,
        evidence: { state: instance.state, iamInstanceProfileArn: instance.attributes.iamInstanceProfileArn },
    }));
});

;// CONCATENATED MODULE: ./src/rules/catalog/secretsmanager.ts


const secretsmanager_DOCS = 'https://docs.aws.amazon.com/secretsmanager/latest/userguide';
const secretsmanager_CONSOLE = 'Secrets Manager console > Secrets > the secret';
/** FSBP SecretsManager.3 fails a secret unused for more than 90 days, SecretsManager.4 one not rotated for 90. */
const SM3_UNUSED_DAYS = 90;
const SM4_ROTATION_DAYS = 90;
/**
 * NextRotationDate is the latest day rotation happens; a day past it, rotation did not happen as
 * scheduled (Secrets Manager leaves the date in the past when rotation fails).
 */
const ROTATION_GRACE_DAYS = 1;
/** Secrets to judge: not scheduled for deletion (their rotation and use no longer matter). */
const secretsmanager_live = (ctx) => ctx.resources('secretsmanager:secret').filter((s) => s.attributes.deletedAt === null);
/** A replica's rotation is its primary's: rotation rules judge the primary only. */
const rotationOwner = (s) => s.attributes.primaryRegion === null;
const secretsmanager_day = (iso) => iso?.slice(0, 10) ?? 'never';
const secretsmanager_past = (days, limit, fsbp) => ({ fsbp: days > limit ? [fsbp] : [] });
const rotationRemediation = {
    text: 'Turn on automatic rotation with a rotation function (Secrets Manager provides them for RDS, Redshift and DocumentDB), or with managed rotation where the owning service offers it.',
    cli: 'aws secretsmanager rotate-secret --region {region} --secret-id {name} --rotation-lambda-arn ROTATION_FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30',
    console: `${secretsmanager_CONSOLE} > Rotation > Edit rotation`,
};
const rotationOff = (0,model/* defineRule */.Km)({
    id: 'secretsmanager.rotation-off',
    title: 'Secrets Manager secret has no automatic rotation',
    severity: 'medium',
    category: 'security',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description: 'A secret is not configured for automatic rotation (RotationEnabled false). Replicas (rotated with their primary) and secrets scheduled for deletion are not judged.',
    risk: 'A secret that never changes stays valid for as long as anyone who ever copied it keeps the copy: a leak through logs, a laptop or a former colleague lasts forever.',
    remediation: rotationRemediation,
    references: { fsbp: ['SecretsManager.1'], docs: [`${secretsmanager_DOCS}/rotating-secrets.html`] },
}, (ctx) => secretsmanager_live(ctx)
    .filter((s) => rotationOwner(s) && !s.attributes.rotationEnabled)
    .map((s) => ({
    target: s,
    message: `Secret ${s.id} is not rotated automatically (last rotated: ${secretsmanager_day(s.attributes.lastRotatedAt)}).`,
    evidence: { rotationEnabled: false, lastRotatedAt: s.attributes.lastRotatedAt },
})));
/** How many whole days the rotation is overdue, from NextRotationDate or else the last rotation and the schedule's days. */
function overdueDays(ctx, s) {
    const { nextRotationAt, lastRotatedAt, rotationDays } = s.attributes;
    if (nextRotationAt !== null) {
        const days = ctx.daysSince(nextRotationAt);
        return days === null ? null : { days, dueAt: nextRotationAt };
    }
    if (lastRotatedAt === null || rotationDays === null || rotationDays === 0)
        return null;
    const since = ctx.daysSince(lastRotatedAt);
    if (since === null)
        return null;
    const dueAt = new Date(Date.parse(lastRotatedAt) + rotationDays * 86_400_000).toISOString();
    return { days: since - rotationDays, dueAt };
}
const rotationFailing = (0,model/* defineRule */.Km)({
    id: 'secretsmanager.rotation-failing',
    title: 'Secrets Manager secret rotation is overdue (failing)',
    severity: 'medium',
    category: 'security',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description: "A secret with automatic rotation on whose NextRotationDate (the latest day its schedule allows) is more than a day past: Secrets Manager leaves that date in the past when rotation fails. Without a NextRotationDate, the last rotation plus the schedule's AutomaticallyAfterDays stands for it; a secret never rotated and without a NextRotationDate is not judged.",
    risk: 'The secret is believed to rotate but does not: it ages like an unrotated one, and the failing rotation function may leave an AWSPENDING version that blocks the next rotation.',
    remediation: {
        text: "Read the rotation function's CloudWatch Logs for the failing step (createSecret, setSecret, testSecret, finishSecret), fix its network access or permissions, then rotate once by hand.",
        cli: 'aws secretsmanager rotate-secret --region {region} --secret-id {name}',
        console: `${secretsmanager_CONSOLE} > Rotation > Rotate secret immediately`,
    },
    references: { fsbp: ['SecretsManager.2'], docs: [`${secretsmanager_DOCS}/troubleshoot_rotation.html`] },
    deviations: {
        'FSBP SecretsManager.2': "The control reads AWS Config's RotationOccurringAsScheduled, which no Secrets Manager API returns; this rule reports a NextRotationDate more than a day in the past (or, without one, the last rotation plus AutomaticallyAfterDays) as rotation not occurring as scheduled.",
    },
}, (ctx) => secretsmanager_live(ctx)
    .filter((s) => rotationOwner(s) && s.attributes.rotationEnabled)
    .flatMap((s) => {
    const overdue = overdueDays(ctx, s);
    if (!overdue || overdue.days < ROTATION_GRACE_DAYS)
        return [];
    return [
        {
            target: s,
            message: `Secret ${s.id} has rotation on but was due by ${secretsmanager_day(overdue.dueAt)} (${overdue.days} days ago) and last rotated ${secretsmanager_day(s.attributes.lastRotatedAt)}: its rotation is failing.`,
            evidence: {
                dueAt: overdue.dueAt,
                overdueDays: overdue.days,
                lastRotatedAt: s.attributes.lastRotatedAt,
                rotationDays: s.attributes.rotationDays,
                rotationSchedule: s.attributes.rotationSchedule,
            },
        },
    ];
}));
/** Secrets Manager's price per secret (replicas count as secrets), prorated by the hour. */
const secretPrice = (region) => (0,table/* quote */.hD)({
    item: 'secretsmanager.secret',
    usd: 0.4,
    unit: 'secret-month',
    source: 'AWS Secrets Manager pricing (aws.amazon.com/secrets-manager/pricing), per secret per month',
}, region, table/* SAME_AS_US_EAST_1 */.z8.has(region));
const secretUnused = (0,model/* defineRule */.Km)({
    id: 'secretsmanager.secret-unused',
    title: 'Secrets Manager secret not accessed for a long time',
    severity: 'low',
    category: 'cost',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description: 'A secret was last accessed (LastAccessedDate, kept to the day) more than thresholds.secretUnusedDays ago (default 90, as FSBP SecretsManager.3); a secret never accessed counts from its creation. Each secret costs $0.40 a month. A finding cites SecretsManager.3 when the secret is unused for more than its 90 days. Secrets scheduled for deletion are not judged.',
    risk: 'Nobody needs the secret, yet whoever ever read it can still use it; and it is billed every month.',
    remediation: {
        text: 'Check that no application or person still needs the secret (CloudTrail GetSecretValue events), then delete it with a recovery window, which leaves time to restore it.',
        cli: 'aws secretsmanager delete-secret --region {region} --secret-id {name} --recovery-window-in-days 30',
        console: `${secretsmanager_CONSOLE} > Actions > Delete secret`,
    },
    references: { fsbp: ['SecretsManager.3'], docs: [`${secretsmanager_DOCS}/manage_delete-secret.html`] },
    deviations: {
        'FSBP SecretsManager.3': 'A secret never accessed is judged by its creation date; AWS does not say how the control treats one.',
    },
}, (ctx) => {
    const limit = ctx.thresholds.secretUnusedDays;
    return secretsmanager_live(ctx).flatMap((s) => {
        const since = s.attributes.lastAccessedAt ?? s.createdAt;
        const days = ctx.daysSince(since);
        if (days === null || days <= limit)
            return [];
        const price = secretPrice(s.region);
        return [
            {
                target: s,
                message: `Secret ${s.id} was ${s.attributes.lastAccessedAt ? `last accessed ${secretsmanager_day(s.attributes.lastAccessedAt)}` : `never accessed since its creation on ${secretsmanager_day(s.createdAt)}`} (${days} days ago), past the ${limit}-day limit; it costs $${price.usd} a month.`,
                evidence: {
                    lastAccessedAt: s.attributes.lastAccessedAt,
                    createdAt: s.createdAt,
                    days,
                    limitDays: limit,
                },
                references: secretsmanager_past(days, SM3_UNUSED_DAYS, 'SecretsManager.3'),
                cost: {
                    monthlyUsd: price.usd,
                    basis: `$${price.usd} per secret-month`,
                    prices: [price],
                    avoidable: true,
                },
            },
        ];
    });
});
const secretNotRotated = (0,model/* defineRule */.Km)({
    id: 'secretsmanager.secret-not-rotated',
    title: 'Secrets Manager secret not rotated within the maximum age',
    severity: 'medium',
    category: 'security',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description: 'A secret was last rotated (LastRotatedDate; its creation when never rotated) more than thresholds.secretMaxAgeDays ago (default 90, as FSBP SecretsManager.4). A new value put by hand is not a rotation. A finding cites SecretsManager.4 when the secret is older than its 90 days. Replicas (rotated with their primary) and secrets scheduled for deletion are not judged.',
    risk: 'The longer a secret lives, the more places it has been copied to (logs, caches, debugging sessions), and the longer a leaked copy stays valid.',
    remediation: rotationRemediation,
    references: { fsbp: ['SecretsManager.4'], docs: [`${secretsmanager_DOCS}/rotating-secrets.html`] },
}, (ctx) => {
    const limit = ctx.thresholds.secretMaxAgeDays;
    return secretsmanager_live(ctx)
        .filter(rotationOwner)
        .flatMap((s) => {
        const since = s.attributes.lastRotatedAt ?? s.createdAt;
        const days = ctx.daysSince(since);
        if (days === null || days <= limit)
            return [];
        return [
            {
                target: s,
                message: `Secret ${s.id} was ${s.attributes.lastRotatedAt ? `last rotated ${secretsmanager_day(s.attributes.lastRotatedAt)}` : `never rotated since its creation on ${secretsmanager_day(s.createdAt)}`} (${days} days ago), past the ${limit}-day limit${s.attributes.rotationEnabled ? '' : '; automatic rotation is off'}.`,
                evidence: {
                    lastRotatedAt: s.attributes.lastRotatedAt,
                    createdAt: s.createdAt,
                    days,
                    limitDays: limit,
                    rotationEnabled: s.attributes.rotationEnabled,
                },
                references: secretsmanager_past(days, SM4_ROTATION_DAYS, 'SecretsManager.4'),
            },
        ];
    });
});

;// CONCATENATED MODULE: ./src/rules/catalog/tags.ts


/**
 * Types whose tags the scan reads. Alarms, log groups and budgets are left out (their tags cost
 * one call each and are not collected), launch templates too (their tags would cost a listing per
 * region), network interfaces (read with their tags, but mostly created by AWS services for the
 * resources that own them), and so are account-wide settings, which take no tags.
 */
const TAGGED_TYPES = [
    'ec2:instance',
    'ec2:volume',
    'ec2:snapshot',
    'ec2:elastic-ip',
    'ec2:nat-gateway',
    'ec2:security-group',
    'ec2:vpc',
    'ec2:subnet',
    's3:bucket',
    'rds:db-instance',
    'rds:db-cluster',
    'rds:db-snapshot',
    'rds:db-cluster-snapshot',
    'lambda:function',
    'iam:user',
    'iam:role',
    'dynamodb:table',
    'eks:cluster',
];
/** What AWS creates on its own, which nobody tags: region defaults and service-linked roles. */
const createdByAws = (resource) => isRegionDefault(resource) || (resource.type === 'iam:role' && resource.attributes.isServiceLinked);
const requiredTagsMissing = (0,model/* defineRule */.Km)({
    id: 'tags.required-missing',
    title: 'Resource lacks tags the organization requires',
    severity: 'low',
    category: 'hygiene',
    resourceType: '*',
    reads: TAGGED_TYPES,
    description: 'A resource is missing one or more of the tag keys listed in thresholds.requiredTags (for example owner, environment, cost-center). Nothing is reported until that list is set.',
    risk: 'Untagged resources have no owner to ask, cannot be charged back, and are the ones nobody dares to clean up.',
    remediation: {
        text: 'Add the missing tags, and enforce them with tag policies or an SCP on create.',
        cli: 'aws resourcegroupstaggingapi tag-resources --region {region} --resource-arn-list {arn} --tags owner=TEAM',
        console: 'Resource Groups & Tag Editor > Tag Editor',
    },
}, (ctx) => {
    const required = ctx.thresholds.requiredTags;
    if (required.length === 0)
        return [];
    return TAGGED_TYPES.flatMap((type) => ctx.resources(type))
        .filter((resource) => !createdByAws(resource) && ctx.known(resource, 'tags'))
        .flatMap((resource) => {
        const keys = new Set(Object.keys(resource.tags).map((k) => k.toLowerCase()));
        const missing = required.filter((key) => !keys.has(key.toLowerCase()));
        if (missing.length === 0)
            return [];
        return [
            {
                target: resource,
                message: `${resource.type} ${resource.name ?? resource.id} has no ${missing.map((k) => `'${k}'`).join(', ')} tag${missing.length > 1 ? 's' : ''}.`,
                evidence: { missingTags: missing, presentTags: Object.keys(resource.tags).sort() },
            },
        ];
    });
});

;// CONCATENATED MODULE: ./src/prices/wafv2.ts

/**
 * AWS WAF's fixed monthly charges, as data: every web ACL and every rule in it (a rule group
 * reference counts as one rule) is billed each month, prorated by the hour, whether or not it
 * inspects a request. The same in every commercial region. Requests ($0.60 per million) and paid
 * managed rule groups come on top and are not estimated. Update the values and the date together.
 */
const WAF_PRICES = {
    webAclMonth: 5,
    ruleMonth: 1,
    source: 'https://aws.amazon.com/waf/pricing/',
    asOf: '2026-12-06',
};
const wafv2_quote = (item, usd, unit, region) => ({
    item,
    usd,
    unit,
    region,
    fallback: false,
    source: `AWS WAF pricing (${WAF_PRICES.source}): the same in every commercial region`,
    asOf: WAF_PRICES.asOf,
});
/** What a web ACL with `rules` rules costs a month before requests; `avoidable` when removing it. */
function webAclMonthlyCost(rules, region, avoidable) {
    const { webAclMonth, ruleMonth } = WAF_PRICES;
    return {
        monthlyUsd: (0,table/* cents */.wH)(webAclMonth + rules * ruleMonth),
        basis: `$${webAclMonth} per web ACL-month + ${rules} rule${rules === 1 ? '' : 's'} x $${ruleMonth} per rule-month (requests not counted)`,
        prices: [
            wafv2_quote('wafv2.web-acl', webAclMonth, 'web ACL-month', region),
            wafv2_quote('wafv2.rule', ruleMonth, 'rule-month', region),
        ],
        avoidable,
    };
}

;// CONCATENATED MODULE: ./src/rules/catalog/wafv2.ts


const wafv2_DOCS = 'https://docs.aws.amazon.com/waf/latest/developerguide';
const KINDS = {
    regional: {
        type: 'wafv2:web-acl',
        slug: 'web-acl',
        noun: 'WAF web ACL',
        cliScope: '--scope REGIONAL --region {region}',
        console: 'AWS WAF console > Web ACLs (the region) > the web ACL',
    },
    cloudfront: {
        type: 'wafv2:cloudfront-web-acl',
        slug: 'cloudfront-web-acl',
        noun: 'CloudFront-scope WAF web ACL',
        cliScope: '--scope CLOUDFRONT --region us-east-1',
        console: 'AWS WAF console > Web ACLs (Global (CloudFront)) > the web ACL',
    },
};
const aclsOf = (ctx, kind) => ctx.resources(kind.type);
const wafv2_label = (acl) => `${acl.name ?? acl.id} (${acl.attributes.scope})`;
function noRules(kind) {
    return (0,model/* defineRule */.Km)({
        id: `wafv2.${kind.slug}-no-rules`,
        title: `${kind.noun} has no rules or rule groups`,
        severity: 'medium',
        category: 'security',
        resourceType: kind.type,
        reads: [kind.type],
        description: `A ${kind.noun} (WAFv2) contains no rule and no rule group: every request gets its default action. Judged where GetWebACL was read.`,
        risk: 'With a default action of ALLOW the ACL filters nothing while looking like protection; with BLOCK it refuses every request to what it protects.',
        remediation: {
            text: 'Add rules: at least the AWS managed core rule set (AWSManagedRulesCommonRuleSet) and a rate-based rule; or delete the web ACL if nothing needs it.',
            console: `${kind.console} > Rules > Add rules`,
        },
        references: { fsbp: ['WAF.10'], docs: [`${wafv2_DOCS}/web-acl-editing.html`] },
    }, (ctx) => aclsOf(ctx, kind)
        .filter((acl) => ctx.known(acl, 'ruleCount') && acl.attributes.ruleCount === 0)
        .map((acl) => ({
        target: acl,
        message: `Web ACL ${wafv2_label(acl)} has no rules: every request gets its default action ${acl.attributes.defaultAction ?? '(unknown)'}.`,
        evidence: { ruleCount: 0, defaultAction: acl.attributes.defaultAction },
    })));
}
function wafv2_loggingOff(kind) {
    return (0,model/* defineRule */.Km)({
        id: `wafv2.${kind.slug}-logging-off`,
        title: `${kind.noun} does not log requests`,
        severity: 'low',
        category: 'security',
        resourceType: kind.type,
        reads: [kind.type],
        description: `A ${kind.noun} has no logging configuration (GetLoggingConfiguration answers WAFNonexistentItemException): the requests it inspects, and which rule matched them, are not recorded. Security Hub's WAF.11 checks this, but it is not part of FSBP.`,
        risk: 'Without request logs an attack it blocked, or one it let through, cannot be investigated, and false positives cannot be traced to the rule that caused them.',
        remediation: {
            text: 'Turn on logging to a CloudWatch Logs group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-, redacting sensitive fields (Authorization, cookies).',
            console: `${kind.console} > Logging and metrics > Enable`,
        },
        references: { docs: [`${wafv2_DOCS}/logging.html`] },
    }, (ctx) => aclsOf(ctx, kind)
        .filter((acl) => ctx.known(acl, 'loggingEnabled') && acl.attributes.loggingEnabled === false)
        .map((acl) => ({
        target: acl,
        message: `Web ACL ${wafv2_label(acl)} has no logging configuration.`,
        evidence: { loggingEnabled: false },
    })));
}
function metricsOff(kind) {
    return (0,model/* defineRule */.Km)({
        id: `wafv2.${kind.slug}-metrics-off`,
        title: `${kind.noun} or some of its rules send no CloudWatch metrics`,
        severity: 'low',
        category: 'security',
        resourceType: kind.type,
        reads: [kind.type],
        description: `The visibility configuration of a ${kind.noun}, or of rules in it, has CloudWatch metrics turned off. FSBP WAF.12 checks the same setting on rule groups (AWS::WAFv2::RuleGroup), which the scan does not read, so it is not cited.`,
        risk: 'No counts of allowed, blocked and matched requests per rule: a rule that blocks legitimate traffic, or one that never matches, goes unnoticed, and no alarm can fire on a spike of blocked requests.',
        remediation: {
            text: 'Edit the web ACL and each listed rule and turn on "CloudWatch metrics" in its visibility configuration.',
            console: `${kind.console} > Rules > the rule > Edit > Visibility and metrics`,
        },
        references: { docs: [`${wafv2_DOCS}/monitoring-cloudwatch.html`] },
    }, (ctx) => aclsOf(ctx, kind)
        .filter((acl) => ctx.known(acl, 'metricsEnabled', 'rulesWithoutMetrics'))
        .flatMap((acl) => {
        const rules = acl.attributes.rulesWithoutMetrics ?? [];
        const own = acl.attributes.metricsEnabled === false;
        if (!own && rules.length === 0)
            return [];
        const parts = [
            ...(own ? ['the web ACL itself'] : []),
            ...(rules.length > 0 ? [`rule${rules.length === 1 ? '' : 's'} ${rules.join(', ')}`] : []),
        ];
        return [
            {
                target: acl,
                message: `Web ACL ${wafv2_label(acl)} sends no CloudWatch metrics for ${parts.join(' and ')}.`,
                evidence: { metricsEnabled: acl.attributes.metricsEnabled, rulesWithoutMetrics: rules },
            },
        ];
    }));
}
const cliDelete = (kind) => `aws wafv2 delete-web-acl ${kind.cliScope} --name {name} --id {id} --lock-token "$(aws wafv2 get-web-acl ${kind.cliScope} --name {name} --id {id} --query LockToken --output text)"`;
function costHit(acl, message, evidence) {
    const rules = acl.attributes.ruleCount ?? 0;
    return { target: acl, message, evidence, cost: webAclMonthlyCost(rules, acl.region, true) };
}
const webAclNoRules = noRules(KINDS.regional);
const cloudFrontWebAclNoRules = noRules(KINDS.cloudfront);
const webAclLoggingOff = wafv2_loggingOff(KINDS.regional);
const cloudFrontWebAclLoggingOff = wafv2_loggingOff(KINDS.cloudfront);
const webAclMetricsOff = metricsOff(KINDS.regional);
const cloudFrontWebAclMetricsOff = metricsOff(KINDS.cloudfront);
const unusedText = {
    risk: 'A monthly charge for protection that protects nothing, and a sign that the resource it was made for is unprotected or gone.',
    remediationText: 'Check whether a resource should be associated with it (a load balancer, API stage or distribution left unprotected); otherwise delete it.',
};
const webAclUnused = (0,model/* defineRule */.Km)({
    id: 'wafv2.web-acl-unused',
    title: 'Regional WAF web ACL protects nothing but is still billed',
    severity: 'low',
    category: 'cost',
    resourceType: 'wafv2:web-acl',
    reads: ['wafv2:web-acl'],
    description: 'ListResourcesForWebACL names no resource of any type a regional web ACL can protect (load balancers, API Gateway stages, AppSync APIs, Cognito user pools, App Runner services, Verified Access instances, AgentCore gateways), yet WAF bills the ACL $5 a month and $1 per rule. Judged only where every type was read.',
    risk: unusedText.risk,
    remediation: {
        text: unusedText.remediationText,
        cli: cliDelete(KINDS.regional),
        console: `${KINDS.regional.console} > Associated AWS resources`,
    },
    references: {
        docs: ['https://aws.amazon.com/waf/pricing/', `${wafv2_DOCS}/web-acl-associating-aws-resource.html`],
    },
}, (ctx) => ctx
    .resources('wafv2:web-acl')
    .filter((acl) => ctx.known(acl, 'associatedResourceArns') && acl.attributes.associatedResourceArns?.length === 0)
    .map((acl) => costHit(acl, `Web ACL ${wafv2_label(acl)} is associated with no resource and is still billed.`, {
    associatedResourceArns: [],
    ruleCount: acl.attributes.ruleCount,
})));
const cloudFrontWebAclUnused = (0,model/* defineRule */.Km)({
    id: 'wafv2.cloudfront-web-acl-unused',
    title: 'CloudFront-scope WAF web ACL protects nothing but is still billed',
    severity: 'low',
    category: 'cost',
    resourceType: 'wafv2:cloudfront-web-acl',
    reads: ['wafv2:cloudfront-web-acl', 'cloudfront:distribution'],
    description: "No CloudFront distribution names the web ACL (its webAclId) and WAF lists no Amplify app for it, yet WAF bills the ACL $5 a month and $1 per rule. Judged only where the distributions and the ACL's Amplify associations were read.",
    risk: unusedText.risk,
    remediation: {
        text: unusedText.remediationText,
        cli: cliDelete(KINDS.cloudfront),
        console: KINDS.cloudfront.console,
    },
    references: { docs: ['https://aws.amazon.com/waf/pricing/', `${wafv2_DOCS}/cloudfront-features.html`] },
}, (ctx) => {
    // A distribution names a WAFv2 ACL by ARN (a WAF Classic one by id).
    const named = new Set(ctx
        .resources('cloudfront:distribution')
        .flatMap((d) => (d.attributes.webAclId ? [d.attributes.webAclId] : [])));
    return ctx
        .resources('wafv2:cloudfront-web-acl')
        .filter((acl) => ctx.known(acl, 'associatedResourceArns') && acl.attributes.associatedResourceArns?.length === 0)
        .filter((acl) => !named.has(acl.arn) && !named.has(acl.id))
        .map((acl) => costHit(acl, `Web ACL ${wafv2_label(acl)} is used by no CloudFront distribution or Amplify app and is still billed.`, {
        distributions: 0,
        associatedResourceArns: [],
        ruleCount: acl.attributes.ruleCount,
    }));
});

;// CONCATENATED MODULE: ./src/rules/catalog/index.ts


























































/**
 * The rules each file of this folder exports, by file name. A rule file is `<service>.ts` or
 * `<service>-<part>.ts`, and its rule ids start with `<service>.` (test/unit/rule-catalog.test.ts
 * holds both to the files on disk). A new file is one import and one entry here.
 */
const rulesByFile = Object.fromEntries(Object.entries({
    account: account_namespaceObject,
    acm: acm_namespaceObject,
    apigateway: apigateway_namespaceObject,
    'apigateway-stages': apigateway_stages_namespaceObject,
    budgets: budgets_namespaceObject,
    cloudfront: cloudfront_namespaceObject,
    cloudtrail: cloudtrail_namespaceObject,
    cloudwatch: cloudwatch_namespaceObject,
    cognito: cognito_namespaceObject,
    config: config_namespaceObject,
    dynamodb: dynamodb_namespaceObject,
    ecr: ecr_namespaceObject,
    ecs: ecs_namespaceObject,
    eks: catalog_eks_namespaceObject,
    elb: elb_namespaceObject,
    elbv2: elbv2_namespaceObject,
    'ec2-compute': ec2_compute_namespaceObject,
    'ec2-eni': ec2_eni_namespaceObject,
    'ec2-idle': ec2_idle,
    'ec2-instance': ec2_instance_namespaceObject,
    'ec2-launch-template': ec2_launch_template_namespaceObject,
    'ec2-nacl': ec2_nacl_namespaceObject,
    'ec2-nat': ec2_nat_namespaceObject,
    'ec2-network': ec2_network_namespaceObject,
    'ec2-settings': ec2_settings_namespaceObject,
    guardduty: guardduty_namespaceObject,
    'iam-credentials': iam_credentials_namespaceObject,
    'iam-escalation': iam_escalation_namespaceObject,
    'iam-oidc': iam_oidc_namespaceObject,
    'iam-password-policy': iam_password_policy_namespaceObject,
    'iam-policies': iam_policies_namespaceObject,
    'iam-kms': iam_kms_namespaceObject,
    'iam-principals': iam_principals_namespaceObject,
    'iam-root': iam_root_namespaceObject,
    kms: kms_namespaceObject,
    lambda: lambda_namespaceObject,
    'lambda-layers': lambda_layers_namespaceObject,
    rds: rds_namespaceObject,
    'rds-events': rds_events_namespaceObject,
    'rds-idle': rds_idle_namespaceObject,
    'rds-logging': rds_logging_namespaceObject,
    'rds-network': rds_network_namespaceObject,
    'rds-resilience': rds_resilience_namespaceObject,
    'rds-settings': rds_settings_namespaceObject,
    'rds-snapshots': rds_snapshots_namespaceObject,
    'rds-stopped': rds_stopped_namespaceObject,
    'rds-versions': rds_versions_namespaceObject,
    route53: route53_namespaceObject,
    s3: s3_namespaceObject,
    's3-access-points': s3_access_points_namespaceObject,
    's3-lifecycle': s3_lifecycle_namespaceObject,
    sns: sns_namespaceObject,
    sqs: sqs_namespaceObject,
    ssm: ssm_namespaceObject,
    secretsmanager: secretsmanager_namespaceObject,
    tags: tags_namespaceObject,
    wafv2: catalog_wafv2_namespaceObject,
}).map(([file, exports]) => [file, Object.values(exports).filter(model/* isRule */.Nd)]));
/** Every rule, by id: the order owes nothing to how the rules are spread over files. */
const catalog = Object.values(rulesByFile)
    .flat()
    .sort((a, b) => a.metadata.id.localeCompare(b.metadata.id));


/***/ })

};
