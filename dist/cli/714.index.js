export const id = 714;
export const ids = [714];
export const modules = {

/***/ 6816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ CLEANUP_ACTION_DEFINITIONS),
  J: () => (/* binding */ cleanupPermissions)
});

// EXTERNAL MODULE: ./src/scan/normalize.ts
var normalize = __webpack_require__(378);
;// CONCATENATED MODULE: ./src/cleanup/aws-errors.ts
/**
 * The AWS error code of a thrown SDK v3 error: `Code` from the response body when the SDK kept it,
 * else the exception's `name` (`InvalidVolume.NotFound`, `VolumeInUse`). Null for anything that
 * carries no code (a plain Error, a value that is not an error).
 */
function awsErrorCode(error) {
    if (typeof error !== 'object' || error === null)
        return null;
    const { Code, name } = error;
    if (typeof Code === 'string' && Code !== '')
        return Code;
    // A plain Error's name says nothing about AWS.
    if (typeof name === 'string' && name !== '' && name !== 'Error')
        return name;
    return null;
}
/** The value of `call`, or undefined when AWS answers with one of `goneCodes` (the resource is gone). */
async function unlessGone(call, goneCodes) {
    try {
        return await call;
    }
    catch (error) {
        const code = awsErrorCode(error);
        if (code !== null && goneCodes.includes(code))
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ./src/scan/collectors/s3-facts.ts
var s3_facts = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/cleanup/actions/bucket-content.ts

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => Promise.all(/* import() */[__webpack_require__.e(195), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
/** DeleteObjects takes at most 1,000 keys a request. */
const DELETE_BATCH = 1000;
/** Whether a listing goes on; a truncated page without a marker is a partial answer, never the end. */
function continues(page, call) {
    if (page.IsTruncated !== true)
        return false;
    if (page.NextKeyMarker === undefined) {
        throw new Error(`${call} said there is more but gave no marker to go on: the count is unknown`);
    }
    return true;
}
/**
 * Every object version and delete marker, each with its VersionId (`null` is the version id S3 gives
 * an object written while versioning was off), until `upTo` are listed.
 */
async function listVersions(listing) {
    const { client, bucket, owner, upTo, signal } = listing;
    const found = [];
    let KeyMarker;
    let VersionIdMarker;
    do {
        const page = await client.send(new (await sdk()).ListObjectVersionsCommand({
            Bucket: bucket,
            ExpectedBucketOwner: owner,
            MaxKeys: Math.min(DELETE_BATCH, upTo - found.length),
            ...(KeyMarker === undefined ? {} : { KeyMarker }),
            ...(VersionIdMarker === undefined ? {} : { VersionIdMarker }),
        }), { abortSignal: signal });
        for (const entry of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
            if (entry.Key !== undefined) {
                const lastModified = entry.LastModified?.getTime() ?? null;
                found.push({ Key: entry.Key, VersionId: entry.VersionId ?? 'null', lastModified });
            }
        }
        const more = continues(page, 'ListObjectVersions');
        KeyMarker = more ? page.NextKeyMarker : undefined;
        VersionIdMarker = more ? page.NextVersionIdMarker : undefined;
    } while (KeyMarker !== undefined && found.length < upTo);
    return found.slice(0, upTo);
}
/** Incomplete multipart uploads (billed, and invisible to ListObjectVersions), until `upTo` are listed. */
async function listUploads(listing) {
    const { client, bucket, owner, upTo, signal } = listing;
    const found = [];
    let KeyMarker;
    let UploadIdMarker;
    do {
        const page = await client.send(new (await sdk()).ListMultipartUploadsCommand({
            Bucket: bucket,
            ExpectedBucketOwner: owner,
            MaxUploads: Math.min(DELETE_BATCH, upTo - found.length),
            ...(KeyMarker === undefined ? {} : { KeyMarker }),
            ...(UploadIdMarker === undefined ? {} : { UploadIdMarker }),
        }), { abortSignal: signal });
        for (const upload of page.Uploads ?? []) {
            if (upload.Key !== undefined && upload.UploadId !== undefined) {
                found.push({
                    Key: upload.Key,
                    UploadId: upload.UploadId,
                    initiated: upload.Initiated?.getTime() ?? null,
                });
            }
        }
        const more = continues(page, 'ListMultipartUploads');
        KeyMarker = more ? page.NextKeyMarker : undefined;
        UploadIdMarker = more ? page.NextUploadIdMarker : undefined;
    } while (KeyMarker !== undefined && found.length < upTo);
    return found.slice(0, upTo);
}
/** Sizes of the DeleteObjects batches for `count` entries: 1,000 each, the rest last. */
function batchSizes(count) {
    const sizes = [];
    for (let left = count; left > 0; left -= DELETE_BATCH)
        sizes.push(Math.min(DELETE_BATCH, left));
    return sizes;
}
/** The newest write among listed entries and uploads, as the scan records it; null when none. */
const lastWritten = (entries, uploads) => (0,normalize/* latestIso */.nO)([...entries.map((e) => e.lastModified), ...uploads.map((u) => u.initiated)]);

;// CONCATENATED MODULE: ./src/cleanup/actions/common.ts
/** Errors every EC2 action can meet, in words for the log (G11). */
const EC2_COMMON_REASONS = {
    UnauthorizedOperation: 'the cleanup role lacks the IAM permission for this call',
    RequestLimitExceeded: 'EC2 throttled the request (retried with backoff, then given up)',
};
/**
 * Reads until `settled` holds or the action's wait budget is spent, and returns the last read.
 * Counts the time slept as well as the clock, so an instant test sleep still ends after
 * waitMs / pollMs polls; one resource never waits past its budget nor past the run's deadline.
 */
async function waitFor(ctx, read, settled) {
    const { waitMs, pollMs } = ctx.options;
    const deadline = Date.now() + waitMs;
    let slept = 0;
    let value = await read();
    while (!settled(value) && pollMs > 0 && slept + pollMs <= waitMs && Date.now() + pollMs <= deadline) {
        if (ctx.signal.aborted)
            break;
        await ctx.sleep(pollMs, ctx.signal);
        slept += pollMs;
        if (ctx.signal.aborted)
            break;
        value = await read();
    }
    return value;
}
/**
 * The string parameter `name` of a planned call, which must name the target: a plan for another
 * resource is a bug, and acting on it would touch something nobody approved.
 */
function targetParam(call, name, target) {
    const value = call.params[name];
    if (value !== target.resourceId) {
        throw new Error(`${call.api} names ${String(value)} as ${name}, not the approved ${target.resourceId}`);
    }
    return value;
}
function unexpectedCall(call, target) {
    return new Error(`${target.action} cannot make ${call.api}: not a call of this action`);
}

;// CONCATENATED MODULE: ./src/cleanup/actions/delete-bucket.ts





/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const delete_bucket_sdk = () => Promise.all(/* import() */[__webpack_require__.e(195), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
// HeadBucket answers a bare 404, which the SDK names NotFound.
const GONE = ['NoSuchBucket', 'NotFound'];
const NAME_WARNING = 'its name is free again: any AWS account can now create a bucket with it and receive requests still sent to it';
const bound = (f) => ({ ...f });
const s3 = (ctx, target) => ctx.clients.s3(target.region);
const call = (ctx) => ({ abortSignal: ctx.signal });
/** The bucket as our account lists it: a bucket of another account by that name is not ours to touch. */
async function listed(ctx, target) {
    const client = s3(ctx, target);
    let ContinuationToken;
    do {
        const page = await client.send(new (await delete_bucket_sdk()).ListBucketsCommand({
            Prefix: target.resourceId,
            MaxBuckets: 1000,
            ContinuationToken,
        }), call(ctx));
        const bucket = page.Buckets?.find((b) => b.Name === target.resourceId);
        if (bucket)
            return bucket;
        ContinuationToken = page.ContinuationToken;
    } while (ContinuationToken);
    return undefined;
}
async function regionOf(ctx, target, bucket) {
    if (bucket.BucketRegion)
        return bucket.BucketRegion;
    const answer = await s3(ctx, target).send(new (await delete_bucket_sdk()).GetBucketLocationCommand({
        Bucket: target.resourceId,
        ExpectedBucketOwner: target.account,
    }), call(ctx));
    return (0,s3_facts/* bucketRegionFromLocation */.a)(answer.LocationConstraint);
}
/** Everything the preconditions need, read in the target's region (a bucket elsewhere is refused). */
async function readBucket(ctx, target, bucket) {
    const Bucket = target.resourceId;
    const ExpectedBucketOwner = target.account;
    const client = s3(ctx, target);
    const listing = { client, bucket: Bucket, owner: ExpectedBucketOwner, signal: ctx.signal };
    // Listed as far as the scan lists, and one more: the counts compare with the approved ones exactly,
    // and the limit is judged on them afterwards.
    const upTo = s3_facts/* CONTENTS_PAGE */.N + 1;
    const [versioning, lock, tagging, versions, uploads] = await Promise.all([
        client.send(new (await delete_bucket_sdk()).GetBucketVersioningCommand({ Bucket, ExpectedBucketOwner }), call(ctx)),
        unlessGone(client.send(new (await delete_bucket_sdk()).GetObjectLockConfigurationCommand({ Bucket, ExpectedBucketOwner }), call(ctx)), ['ObjectLockConfigurationNotFoundError']),
        unlessGone(client.send(new (await delete_bucket_sdk()).GetBucketTaggingCommand({ Bucket, ExpectedBucketOwner }), call(ctx)), ['NoSuchTagSet']),
        listVersions({ ...listing, upTo }),
        listUploads({ ...listing, upTo }),
    ]);
    const status = versioning.Status;
    return {
        state: bound({
            region: target.region,
            createdAt: (0,normalize/* isoDate */._$)(bucket.CreationDate),
            objects: versions.length > s3_facts/* CONTENTS_PAGE */.N ? null : versions.length,
            uploads: uploads.length > s3_facts/* CONTENTS_PAGE */.N ? null : uploads.length,
            lastWrittenAt: lastWritten(versions, uploads),
            objectLock: lock?.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled',
            versioning: status === 'Enabled' || status === 'Suspended' ? status : 'Disabled',
            mfaDelete: versioning.MFADelete === 'Enabled',
        }),
        tags: (0,normalize/* tagMap */.lD)(tagging?.TagSet),
    };
}
/** Deleted buckets answer HeadBucket with 404; anything else (ours, or now another account's) is not done. */
async function exists(ctx, target) {
    const head = new (await delete_bucket_sdk()).HeadBucketCommand({
        Bucket: target.resourceId,
        ExpectedBucketOwner: target.account,
    });
    return (await unlessGone(s3(ctx, target).send(head, call(ctx)), GONE)) !== undefined;
}
/** A refusal, or null: what stops the bucket from being emptied and deleted. */
function refusal(state, maxObjects) {
    if (state.objectLock !== false) {
        return state.objectLock === true
            ? 'Object Lock is enabled: locked versions cannot be deleted, and retention is never bypassed'
            : 'whether Object Lock is enabled is unknown';
    }
    if (state.mfaDelete !== false) {
        return state.mfaDelete === true
            ? 'MFA delete is enabled: deleting a version needs the root user’s MFA code'
            : 'whether MFA delete is enabled is unknown';
    }
    if (typeof state.objects !== 'number' || typeof state.uploads !== 'number') {
        return 'what the bucket holds was not counted';
    }
    if (state.objects > maxObjects || state.uploads > maxObjects) {
        return `the bucket holds more than ${maxObjects} object versions, delete markers or incomplete uploads (the cleanup limit); empty it yourself or raise the limit`;
    }
    return null;
}
const deleteBucket = {
    id: 's3.delete-bucket',
    resourceType: 's3:bucket',
    permissions: [
        's3:ListAllMyBuckets',
        's3:GetBucketLocation',
        's3:GetBucketVersioning',
        's3:GetBucketObjectLockConfiguration',
        's3:GetBucketTagging',
        's3:ListBucketVersions',
        's3:ListBucketMultipartUploads',
        // HeadBucket, to read the bucket back after deleting it.
        's3:ListBucket',
        // Every key is deleted by VersionId (a version or a delete marker); never BypassGovernanceRetention.
        's3:DeleteObjectVersion',
        's3:AbortMultipartUpload',
        's3:DeleteBucket',
    ],
    goneCodes: GONE,
    errorReasons: {
        NoSuchBucket: 'the bucket no longer exists (already deleted)',
        NotFound: 'the bucket no longer exists (already deleted)',
        BucketNotEmpty: 'objects were written to the bucket while it was being emptied; it was not deleted',
        AccessDenied: 'S3 denied the call: a missing permission of the cleanup role, a bucket policy, an Object Lock retention or legal hold, or a bucket owned by another account',
        SlowDown: 'S3 throttled the requests (retried with backoff, then given up)',
        OperationAborted: 'another operation on the bucket is in progress; retried next run',
    },
    stateFromInventory(resource) {
        if (resource.type !== 's3:bucket')
            throw new Error(`s3.delete-bucket cannot bind a ${resource.type}`);
        const unknown = new Set(resource.unknownAttributes);
        const a = resource.attributes;
        // Counted only when one listing page held everything, as the live read counts.
        const listed = !unknown.has('contents') && a.contents.complete ? a.contents : null;
        return bound({
            region: unknown.has('region') ? null : resource.region,
            createdAt: resource.createdAt,
            objects: listed ? listed.objects : null,
            uploads: listed ? listed.uploads : null,
            lastWrittenAt: listed ? listed.lastWrittenAt : null,
            objectLock: unknown.has('objectLock') ? null : a.objectLock,
            versioning: unknown.has('versioning') ? null : a.versioning,
            mfaDelete: unknown.has('versioning') ? null : a.mfaDelete,
        });
    },
    async read(ctx, target) {
        const bucket = await listed(ctx, target);
        if (!bucket)
            return { found: false };
        const region = await unlessGone(regionOf(ctx, target, bucket), GONE);
        if (region === undefined)
            return { found: false };
        if (region !== target.region) {
            // Acting from another region's endpoint is refused by S3 anyway; say where it is instead.
            throw new Error(`bucket ${target.resourceId} is in ${region}, not the approved ${target.region}`);
        }
        const live = await unlessGone(readBucket(ctx, target, bucket), GONE);
        if (!live)
            return { found: false };
        // ListBuckets lists only the caller's buckets, and every call names the owner it expects.
        return { found: true, state: live.state, tags: live.tags, ownerAccount: target.account };
    },
    refuse(state, options) {
        return refusal(state, options.maxObjects);
    },
    plan(target, state) {
        const Bucket = target.resourceId;
        const batches = batchSizes(Number(state.objects ?? 0)).map((Keys) => ({
            api: 's3:DeleteObjects',
            params: { Bucket, Keys },
        }));
        const uploads = Number(state.uploads ?? 0);
        return [
            ...batches,
            ...(uploads > 0 ? [{ api: 's3:AbortMultipartUpload', params: { Bucket, Uploads: uploads } }] : []),
            { api: 's3:DeleteBucket', params: { Bucket } },
        ];
    },
    async execute(ctx, target, plan) {
        const Bucket = target.resourceId;
        const ExpectedBucketOwner = target.account;
        let keys = 0;
        let uploadCount = 0;
        for (const step of plan) {
            targetParam(step, 'Bucket', target);
            if (step.api === 's3:DeleteObjects')
                keys += Number(step.params.Keys);
            else if (step.api === 's3:AbortMultipartUpload')
                uploadCount += Number(step.params.Uploads);
            else if (step.api !== 's3:DeleteBucket')
                throw unexpectedCall(step, target);
        }
        // Re-listed now, one more than planned: anything new means the bucket changed since approval.
        const listing = {
            client: s3(ctx, target),
            bucket: Bucket,
            owner: ExpectedBucketOwner,
            signal: ctx.signal,
        };
        const [versions, uploads] = await Promise.all([
            listVersions({ ...listing, upTo: keys + 1 }),
            listUploads({ ...listing, upTo: uploadCount + 1 }),
        ]);
        if (versions.length !== keys || uploads.length !== uploadCount) {
            throw new Error(`bucket ${Bucket} changed since approval: it now holds ${versions.length} versions and delete markers and ${uploads.length} incomplete uploads, the plan covers ${keys} and ${uploadCount}; nothing was deleted`);
        }
        let next = 0;
        for (const step of plan) {
            if (step.api === 's3:DeleteObjects') {
                const Objects = versions
                    .slice(next, next + Math.min(DELETE_BATCH, Number(step.params.Keys)))
                    .map(({ Key, VersionId }) => ({ Key, VersionId }));
                next += Objects.length;
                const answer = await s3(ctx, target).send(new (await delete_bucket_sdk()).DeleteObjectsCommand({
                    Bucket,
                    ExpectedBucketOwner,
                    Delete: { Objects, Quiet: true },
                }), call(ctx));
                const [first, ...others] = answer.Errors ?? [];
                if (first) {
                    throw new Error(`S3 did not delete ${others.length + 1} of ${Objects.length} keys (first: ${String(first.Key)} ${String(first.Code)}: ${String(first.Message)}); the bucket was not deleted`);
                }
            }
            else if (step.api === 's3:AbortMultipartUpload') {
                for (const { Key, UploadId } of uploads) {
                    await s3(ctx, target).send(new (await delete_bucket_sdk()).AbortMultipartUploadCommand({ Bucket, Key, UploadId, ExpectedBucketOwner }), call(ctx));
                }
            }
            else {
                await s3(ctx, target).send(new (await delete_bucket_sdk()).DeleteBucketCommand({ Bucket, ExpectedBucketOwner }), call(ctx));
            }
        }
        const still = await waitFor(ctx, () => exists(ctx, target), (present) => !present);
        const emptied = `${keys} versions and delete markers deleted, ${uploadCount} incomplete uploads aborted`;
        return still
            ? { outcome: 'pending', detail: `${emptied}; bucket ${Bucket} still answers, re-checked next run` }
            : {
                outcome: 'done',
                detail: `${emptied}; bucket ${Bucket} deleted (read back: gone); ${NAME_WARNING}`,
            };
    },
};

;// CONCATENATED MODULE: ./src/cleanup/actions/delete-nat-gateway.ts



/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const delete_nat_gateway_sdk = () => Promise.all(/* import() */[__webpack_require__.e(195), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
// terraform-provider-aws treats NatGatewayNotFound as gone; EC2 also answers the ID-style code.
const delete_nat_gateway_GONE = ['NatGatewayNotFound', 'InvalidNatGatewayID.NotFound'];
const REFUSALS = {
    pending: 'it is still being created',
    failed: 'it failed to create (AWS removes it by itself)',
    deleting: 'it is already being deleted',
};
function delete_nat_gateway_bound(state, vpcId, subnetId, connectivityType, publicIps) {
    return { state, vpcId, subnetId, connectivityType, publicIps: publicIps.join(',') };
}
/** The gateway as listed, deleted ones included (they stay visible for a while). */
async function describeGateway(ctx, target) {
    const answer = await unlessGone(ctx.clients
        .ec2(target.region)
        .send(new (await delete_nat_gateway_sdk()).DescribeNatGatewaysCommand({ NatGatewayIds: [target.resourceId] }), {
        abortSignal: ctx.signal,
    }), delete_nat_gateway_GONE);
    return answer?.NatGateways?.find((g) => g.NatGatewayId === target.resourceId);
}
/** The addresses that outlive the gateway and keep billing until released. */
function addresses(gateway) {
    const named = (gateway?.NatGatewayAddresses ?? [])
        .filter((a) => (0,normalize/* text */.Qq)(a.AllocationId) ?? (0,normalize/* text */.Qq)(a.PublicIp))
        .map((a) => [(0,normalize/* text */.Qq)(a.AllocationId), (0,normalize/* text */.Qq)(a.PublicIp)].filter(Boolean).join(' '))
        .sort();
    if (named.length === 0)
        return 'no Elastic IP read back';
    return `its Elastic IP ${named.join(', ')} stays allocated and keeps billing until released (a release-address candidate next run)`;
}
const deletingOrGone = (g) => g === undefined || g.State === 'deleting' || g.State === 'deleted';
const deleteNatGateway = {
    id: 'ec2.delete-nat-gateway',
    resourceType: 'ec2:nat-gateway',
    permissions: ['ec2:DescribeNatGateways', 'ec2:DeleteNatGateway'],
    goneCodes: delete_nat_gateway_GONE,
    errorReasons: {
        ...EC2_COMMON_REASONS,
        NatGatewayNotFound: 'the NAT gateway no longer exists (already deleted)',
        'InvalidNatGatewayID.NotFound': 'the NAT gateway no longer exists (already deleted)',
    },
    stateFromInventory(resource) {
        if (resource.type !== 'ec2:nat-gateway') {
            throw new Error(`ec2.delete-nat-gateway cannot bind a ${resource.type}`);
        }
        const a = resource.attributes;
        return delete_nat_gateway_bound(resource.state, a.vpcId, a.subnetId, a.connectivityType, a.publicIps);
    },
    async read(ctx, target) {
        const gateway = await describeGateway(ctx, target);
        if (!gateway || gateway.State === 'deleted')
            return { found: false };
        return {
            found: true,
            // As src/scan/collectors/ec2.ts normalises it: "" is absent, public IPs sorted and unique.
            state: delete_nat_gateway_bound((0,normalize/* text */.Qq)(gateway.State), (0,normalize/* text */.Qq)(gateway.VpcId), (0,normalize/* text */.Qq)(gateway.SubnetId), (0,normalize/* text */.Qq)(gateway.ConnectivityType), (0,normalize/* sortedStrings */.MA)((gateway.NatGatewayAddresses ?? []).map((a) => a.PublicIp))),
            tags: (0,normalize/* tagMap */.lD)(gateway.Tags),
            ownerAccount: null,
        };
    },
    refuse(state) {
        if (state.state === 'available')
            return null;
        const why = REFUSALS[String(state.state)] ?? 'only an available gateway is deleted';
        return `the NAT gateway is '${String(state.state)}', not 'available': ${why}`;
    },
    plan(target) {
        return [{ api: 'ec2:DeleteNatGateway', params: { NatGatewayId: target.resourceId } }];
    },
    async execute(ctx, target, plan) {
        for (const call of plan) {
            if (call.api !== 'ec2:DeleteNatGateway')
                throw unexpectedCall(call, target);
            await ctx.clients.ec2(target.region).send(new (await delete_nat_gateway_sdk()).DeleteNatGatewayCommand({
                NatGatewayId: targetParam(call, 'NatGatewayId', target),
            }), {
                abortSignal: ctx.signal,
            });
        }
        const after = await waitFor(ctx, () => describeGateway(ctx, target), deletingOrGone);
        const read = after === undefined ? 'gone' : `'${String(after.State)}'`;
        const done = deletingOrGone(after);
        return {
            outcome: done ? 'done' : 'pending',
            detail: `NAT gateway ${target.resourceId} read back ${read}${done ? '' : ', re-checked next run'}; ${addresses(after)}; routes to it become blackhole`,
        };
    },
};

;// CONCATENATED MODULE: ./src/cleanup/actions/delete-volume.ts



/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const delete_volume_sdk = () => Promise.all(/* import() */[__webpack_require__.e(195), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
const delete_volume_GONE = ['InvalidVolume.NotFound'];
// Right after CreateSnapshot, DescribeSnapshots may not know the id yet (eventual consistency).
const SNAPSHOT_NOT_YET = ['InvalidSnapshot.NotFound'];
/** What the preconditions read, from the collector's normalised fields (the same for both paths). */
function delete_volume_bound(state, attachments, sizeGiB, volumeType) {
    return { state, attachments, sizeGiB, volumeType };
}
/** As src/scan/collectors/ec2.ts normalises a volume: "" is absent, attachments need an instance. */
const boundFromApi = (volume) => delete_volume_bound((0,normalize/* text */.Qq)(volume.State), (volume.Attachments ?? []).filter((a) => a.InstanceId).length, volume.Size ?? 0, volume.VolumeType ?? 'unknown');
async function describeVolume(ctx, target) {
    const answer = await unlessGone(ctx.clients
        .ec2(target.region)
        .send(new (await delete_volume_sdk()).DescribeVolumesCommand({ VolumeIds: [target.resourceId] }), {
        abortSignal: ctx.signal,
    }), delete_volume_GONE);
    return answer?.Volumes?.find((v) => v.VolumeId === target.resourceId);
}
async function describeSnapshot(ctx, region, id) {
    const answer = await unlessGone(ctx.clients
        .ec2(region)
        .send(new (await delete_volume_sdk()).DescribeSnapshotsCommand({ SnapshotIds: [id] }), { abortSignal: ctx.signal }), SNAPSHOT_NOT_YET);
    return answer?.Snapshots?.find((s) => s.SnapshotId === id);
}
/** The tag naming the finding on a snapshot made before a delete (set by the engine). */
const FINDING_TAG = 'aws-audit:finding';
const started = (s) => s?.State === 'pending' || s?.State === 'completed';
/**
 * Snapshots the volume and waits until the snapshot has started: AWS keeps the data written up to
 * the request once it is `pending` (cleanup.md 6.3). Throws when it failed, so the volume is never
 * deleted without it.
 */
async function snapshotFirst(ctx, target, call) {
    const earlier = await earlierSnapshot(ctx, target);
    if (earlier)
        return { id: earlier, started: true, earlier: true };
    const tags = Object.entries(ctx.options.snapshotTags).map(([Key, Value]) => ({ Key, Value }));
    const created = await ctx.clients.ec2(target.region).send(new (await delete_volume_sdk()).CreateSnapshotCommand({
        VolumeId: targetParam(call, 'VolumeId', target),
        Description: String(call.params.Description ?? ''),
        ...(tags.length > 0 ? { TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags }] } : {}),
    }), { abortSignal: ctx.signal });
    const id = (0,normalize/* text */.Qq)(created.SnapshotId);
    if (!id)
        throw new Error(`CreateSnapshot for ${target.resourceId} returned no snapshot id`);
    const snapshot = await waitFor(ctx, () => describeSnapshot(ctx, target.region, id), (s) => started(s) || s?.State === 'error');
    if (snapshot?.State === 'error') {
        const why = snapshot.StateMessage ? `: ${snapshot.StateMessage}` : '';
        throw new Error(`snapshot ${id} of ${target.resourceId} failed (state error${why}); the volume was not deleted`);
    }
    return { id, started: started(snapshot), earlier: false };
}
/**
 * A started snapshot an earlier run made of this volume for this finding (a delete deferred while
 * it had not started): the copy exists, so a second one is never made.
 */
async function earlierSnapshot(ctx, target) {
    const finding = ctx.options.snapshotTags[FINDING_TAG];
    if (!finding)
        return null;
    const answer = await ctx.clients.ec2(target.region).send(new (await delete_volume_sdk()).DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        Filters: [
            { Name: 'volume-id', Values: [target.resourceId] },
            { Name: `tag:${FINDING_TAG}`, Values: [finding] },
        ],
    }), { abortSignal: ctx.signal });
    return (0,normalize/* text */.Qq)(answer.Snapshots?.find(started)?.SnapshotId);
}
const deleteVolume = {
    id: 'ec2.delete-volume',
    resourceType: 'ec2:volume',
    permissions: [
        'ec2:DescribeVolumes',
        'ec2:CreateSnapshot',
        // CreateSnapshot with TagSpecifications needs CreateTags on the snapshot too.
        'ec2:CreateTags',
        'ec2:DescribeSnapshots',
        'ec2:DeleteVolume',
    ],
    goneCodes: delete_volume_GONE,
    errorReasons: {
        ...EC2_COMMON_REASONS,
        VolumeInUse: 'the volume is attached to an instance again',
        IncorrectState: "the volume is not 'available' (attached, creating or already deleting)",
        'InvalidVolume.NotFound': 'the volume no longer exists (already deleted)',
        ConcurrentSnapshotLimitExceeded: 'too many snapshots are in progress in this region; retried next run',
        SnapshotCreationPerVolumeRateExceeded: 'snapshots of this volume were requested too often; retried next run',
    },
    stateFromInventory(resource) {
        if (resource.type !== 'ec2:volume')
            throw new Error(`ec2.delete-volume cannot bind a ${resource.type}`);
        const a = resource.attributes;
        return delete_volume_bound(resource.state, a.attachments.length, a.sizeGiB, a.volumeType);
    },
    async read(ctx, target) {
        const volume = await describeVolume(ctx, target);
        if (!volume)
            return { found: false };
        return {
            found: true,
            state: boundFromApi(volume),
            tags: (0,normalize/* tagMap */.lD)(volume.Tags),
            ownerAccount: (0,normalize/* text */.Qq)(volume.OwnerId),
        };
    },
    refuse(state) {
        if (state.state !== 'available') {
            return `the volume is '${String(state.state)}', not 'available'; only a detached volume can be deleted`;
        }
        if (typeof state.attachments !== 'number' || state.attachments > 0) {
            return `the volume has ${String(state.attachments)} attachment(s); it is never force-detached`;
        }
        return null;
    },
    plan(target, _state, options) {
        const remove = { api: 'ec2:DeleteVolume', params: { VolumeId: target.resourceId } };
        if (!options.snapshotBeforeDelete)
            return [remove];
        const Description = `aws-audit cleanup: ${target.resourceId} before deletion (finding ${target.fingerprint})`;
        return [{ api: 'ec2:CreateSnapshot', params: { VolumeId: target.resourceId, Description } }, remove];
    },
    async execute(ctx, target, plan) {
        let snapshotId = null;
        let reused = false;
        for (const call of plan) {
            if (call.api === 'ec2:CreateSnapshot') {
                const snapshot = await snapshotFirst(ctx, target, call);
                snapshotId = snapshot.id;
                reused = snapshot.earlier;
                if (!snapshot.started) {
                    // Deleting now could leave no copy; the next run snapshots and tries again.
                    return {
                        outcome: 'pending',
                        detail: `snapshot ${snapshot.id} of ${target.resourceId} not started within ${ctx.options.waitMs} ms; delete deferred to the next run`,
                    };
                }
            }
            else if (call.api === 'ec2:DeleteVolume') {
                await ctx.clients
                    .ec2(target.region)
                    .send(new (await delete_volume_sdk()).DeleteVolumeCommand({ VolumeId: targetParam(call, 'VolumeId', target) }), {
                    abortSignal: ctx.signal,
                });
            }
            else {
                throw unexpectedCall(call, target);
            }
        }
        const after = await waitFor(ctx, () => describeVolume(ctx, target), (v) => v === undefined || v.State === 'deleting' || v.State === 'deleted');
        const read = after === undefined ? 'gone' : `'${String(after.State)}'`;
        const kept = snapshotId
            ? `snapshot ${snapshotId}${reused ? ' (made by an earlier run)' : ''} kept; `
            : 'no snapshot taken; ';
        const done = after === undefined || after.State === 'deleting' || after.State === 'deleted';
        return {
            outcome: done ? 'done' : 'pending',
            detail: `${kept}volume ${target.resourceId} read back ${read}${done ? '' : ', re-checked next run'}`,
        };
    },
};

;// CONCATENATED MODULE: ./src/cleanup/actions/release-address.ts



/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const release_address_sdk = () => Promise.all(/* import() */[__webpack_require__.e(195), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
const release_address_GONE = ['InvalidAllocationID.NotFound'];
/** The association fields, null when absent: moto sends `NetworkInterfaceId: ""` for none. */
function release_address_bound(fields) {
    const { allocationId, associationId, instanceId, networkInterfaceId } = fields;
    return { allocationId, associationId, instanceId, networkInterfaceId };
}
async function describeAddress(ctx, target) {
    // The inventory names an address without an allocation id (EC2-Classic) by its public IP.
    const byAllocation = target.resourceId.startsWith('eipalloc-');
    const answer = await unlessGone(ctx.clients
        .ec2(target.region)
        .send(new (await release_address_sdk()).DescribeAddressesCommand(byAllocation ? { AllocationIds: [target.resourceId] } : { PublicIps: [target.resourceId] }), { abortSignal: ctx.signal }), [...release_address_GONE, ...(byAllocation ? [] : ['InvalidAddress.NotFound'])]);
    return answer?.Addresses?.find((a) => byAllocation ? a.AllocationId === target.resourceId : a.PublicIp === target.resourceId);
}
const releaseAddress = {
    id: 'ec2.release-address',
    resourceType: 'ec2:elastic-ip',
    permissions: ['ec2:DescribeAddresses', 'ec2:ReleaseAddress'],
    goneCodes: release_address_GONE,
    errorReasons: {
        ...EC2_COMMON_REASONS,
        'InvalidIPAddress.InUse': 'the address is associated with an instance or network interface again',
        AuthFailure: 'the address was already released, or is now allocated to another account',
        'InvalidAllocationID.NotFound': 'the address no longer exists (already released)',
        'InvalidAddress.NotFound': 'the address was not found in its network border group',
        'InvalidAddress.PtrSet': 'a reverse DNS (PTR) record is set on the address; remove it first',
        'InvalidAddress.Locked': 'the address is locked by AWS (for example a pending transfer or abuse hold)',
    },
    stateFromInventory(resource) {
        if (resource.type !== 'ec2:elastic-ip') {
            throw new Error(`ec2.release-address cannot bind a ${resource.type}`);
        }
        return release_address_bound(resource.attributes);
    },
    async read(ctx, target) {
        const address = await describeAddress(ctx, target);
        if (!address)
            return { found: false };
        return {
            found: true,
            state: release_address_bound({
                allocationId: (0,normalize/* text */.Qq)(address.AllocationId),
                associationId: (0,normalize/* text */.Qq)(address.AssociationId),
                instanceId: (0,normalize/* text */.Qq)(address.InstanceId),
                networkInterfaceId: (0,normalize/* text */.Qq)(address.NetworkInterfaceId),
            }),
            tags: (0,normalize/* tagMap */.lD)(address.Tags),
            // NetworkInterfaceOwnerId is the interface's owner, not the address's: the API names none.
            ownerAccount: null,
        };
    },
    refuse(state) {
        if (state.allocationId === null) {
            return 'the address has no allocation id (EC2-Classic); release by public IP is not supported';
        }
        const uses = [
            state.associationId !== null ? `association ${String(state.associationId)}` : null,
            state.instanceId !== null ? `instance ${String(state.instanceId)}` : null,
            state.networkInterfaceId !== null ? `network interface ${String(state.networkInterfaceId)}` : null,
        ].filter((u) => u !== null);
        // moto releases an associated address without complaint; AWS refuses (InvalidIPAddress.InUse).
        if (uses.length > 0)
            return `the address is associated (${uses.join(', ')}); it is never disassociated first`;
        return null;
    },
    plan(_target, state) {
        // By allocation id only: releasing by public IP is EC2-Classic, which refuse already excludes.
        return [{ api: 'ec2:ReleaseAddress', params: { AllocationId: String(state.allocationId) } }];
    },
    async execute(ctx, target, plan) {
        for (const call of plan) {
            if (call.api !== 'ec2:ReleaseAddress')
                throw unexpectedCall(call, target);
            await ctx.clients.ec2(target.region).send(new (await release_address_sdk()).ReleaseAddressCommand({
                AllocationId: targetParam(call, 'AllocationId', target),
            }), {
                abortSignal: ctx.signal,
            });
        }
        const after = await waitFor(ctx, () => describeAddress(ctx, target), (a) => a === undefined);
        return after === undefined
            ? { outcome: 'done', detail: `address ${target.resourceId} released (read back: gone)` }
            : {
                outcome: 'pending',
                detail: `address ${target.resourceId} still listed after release; re-checked next run`,
            };
    },
};

// EXTERNAL MODULE: ./src/rules/catalog/rds-shared.ts
var rds_shared = __webpack_require__(9792);
;// CONCATENATED MODULE: ./src/cleanup/actions/stop-db-instance.ts




/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const stop_db_instance_sdk = () => Promise.all(/* import() */[__webpack_require__.e(195), __webpack_require__.e(202)]).then(__webpack_require__.t.bind(__webpack_require__, 7202, 19));
// The API's code is DBInstanceNotFound; the SDK names the exception DBInstanceNotFoundFault.
const stop_db_instance_GONE = ['DBInstanceNotFound', 'DBInstanceNotFoundFault'];
const stop_db_instance_bound = (f) => ({ ...f });
/** As src/scan/collectors/rds.ts normalises an instance: "" is absent, replicas of both kinds counted. */
const stop_db_instance_boundFromApi = (db) => stop_db_instance_bound({
    status: (0,normalize/* text */.Qq)(db.DBInstanceStatus),
    engine: db.Engine ?? 'unknown',
    instanceClass: (0,normalize/* text */.Qq)(db.DBInstanceClass),
    clusterIdentifier: (0,normalize/* text */.Qq)(db.DBClusterIdentifier),
    readReplicaSource: (0,normalize/* text */.Qq)(db.ReadReplicaSourceDBInstanceIdentifier),
    replicaCount: (0,normalize/* sortedStrings */.MA)([
        ...(db.ReadReplicaDBInstanceIdentifiers ?? []),
        ...(db.ReadReplicaDBClusterIdentifiers ?? []),
    ]).length,
    multiAz: db.MultiAZ ?? false,
    createdAt: (0,normalize/* isoDate */._$)(db.InstanceCreateTime),
});
/** The account in an RDS ARN (`arn:aws:rds:region:account:db:id`), or null. */
const arnAccount = (arn) => (0,normalize/* text */.Qq)(arn?.split(':')[4]);
async function describeInstance(ctx, target) {
    const answer = await unlessGone(ctx.clients
        .rds(target.region)
        .send(new (await stop_db_instance_sdk()).DescribeDBInstancesCommand({ DBInstanceIdentifier: target.resourceId }), {
        abortSignal: ctx.signal,
    }), stop_db_instance_GONE);
    return answer?.DBInstances?.find((db) => db.DBInstanceIdentifier === target.resourceId);
}
const stoppingOrStopped = (db) => db?.DBInstanceStatus === 'stopping' || db?.DBInstanceStatus === 'stopped';
const stopDbInstance = {
    id: 'rds.stop-instance',
    resourceType: 'rds:db-instance',
    permissions: ['rds:DescribeDBInstances', 'rds:StopDBInstance'],
    goneCodes: stop_db_instance_GONE,
    errorReasons: {
        AccessDenied: 'the cleanup role lacks the IAM permission for this call',
        Throttling: 'RDS throttled the request (retried with backoff, then given up)',
        InvalidDBInstanceState: "the instance is not 'available' (stopping, stopped, modifying or backing up)",
        InvalidDBInstanceStateFault: "the instance is not 'available' (stopping, stopped, modifying or backing up)",
        InvalidDBClusterStateFault: 'AWS cannot stop this instance on its own (a cluster member, a read replica or one with replicas, or SQL Server Multi-AZ)',
        DBInstanceNotFound: 'the instance no longer exists (deleted)',
        DBInstanceNotFoundFault: 'the instance no longer exists (deleted)',
    },
    stateFromInventory(resource) {
        if (resource.type !== 'rds:db-instance')
            throw new Error(`rds.stop-instance cannot bind a ${resource.type}`);
        const a = resource.attributes;
        return stop_db_instance_bound({
            status: resource.state,
            engine: a.engine,
            instanceClass: a.instanceClass,
            clusterIdentifier: a.clusterIdentifier,
            readReplicaSource: a.readReplicaSource,
            replicaCount: a.readReplicaIds.length,
            multiAz: a.multiAz,
            createdAt: resource.createdAt,
        });
    },
    async read(ctx, target) {
        const db = await describeInstance(ctx, target);
        if (!db)
            return { found: false };
        return {
            found: true,
            state: stop_db_instance_boundFromApi(db),
            tags: (0,normalize/* tagMap */.lD)(db.TagList),
            ownerAccount: arnAccount(db.DBInstanceArn),
        };
    },
    refuse(state) {
        if (state.status !== 'available') {
            return `the instance is '${String(state.status)}', not 'available'; only an available instance is stopped`;
        }
        const why = (0,rds_shared/* whyNotStoppable */.wk)({
            engine: String(state.engine),
            clusterIdentifier: typeof state.clusterIdentifier === 'string' ? state.clusterIdentifier : null,
            readReplicaSource: typeof state.readReplicaSource === 'string' ? state.readReplicaSource : null,
            // Unknown counts as having replicas: AWS refuses those, and moto does not (cleanup.md 6.4).
            replicaCount: typeof state.replicaCount === 'number' ? state.replicaCount : 1,
            multiAz: state.multiAz === true,
        });
        return why ? `AWS does not stop this instance on its own: ${why}` : null;
    },
    plan(target) {
        // No DBSnapshotIdentifier: a stop keeps the data, and automated backups go on.
        return [{ api: 'rds:StopDBInstance', params: { DBInstanceIdentifier: target.resourceId } }];
    },
    async execute(ctx, target, plan) {
        for (const call of plan) {
            if (call.api !== 'rds:StopDBInstance')
                throw unexpectedCall(call, target);
            await ctx.clients.rds(target.region).send(new (await stop_db_instance_sdk()).StopDBInstanceCommand({
                DBInstanceIdentifier: targetParam(call, 'DBInstanceIdentifier', target),
            }), { abortSignal: ctx.signal });
        }
        const after = await waitFor(ctx, () => describeInstance(ctx, target), (db) => db === undefined || stoppingOrStopped(db));
        if (after === undefined)
            return { outcome: 'done', detail: `instance ${target.resourceId} read back gone` };
        const read = `'${String(after.DBInstanceStatus)}'`;
        if (!stoppingOrStopped(after)) {
            return {
                outcome: 'pending',
                detail: `instance ${target.resourceId} read back ${read}, re-checked next run`,
            };
        }
        return {
            outcome: 'done',
            detail: `instance ${target.resourceId} read back ${read}; AWS starts it again automatically after 7 days, and its storage and backups keep billing while it is stopped`,
        };
    },
};

// EXTERNAL MODULE: ./src/rules/catalog/ec2-idle.ts
var ec2_idle = __webpack_require__(3392);
;// CONCATENATED MODULE: ./src/cleanup/actions/stop-instance.ts




/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const stop_instance_sdk = () => Promise.all(/* import() */[__webpack_require__.e(195), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
const stop_instance_GONE = ['InvalidInstanceID.NotFound'];
/** What the preconditions read, from the collector's normalised fields (the same for both paths). */
function stop_instance_bound(fields) {
    const { state, instanceType, lifecycle, rootDeviceType, autoScalingGroup } = fields;
    return { state, instanceType, lifecycle, rootDeviceType, autoScalingGroup };
}
/** As src/scan/collectors/ec2.ts normalises an instance. */
const stop_instance_boundFromApi = (instance) => stop_instance_bound({
    state: (0,normalize/* text */.Qq)(instance.State?.Name),
    instanceType: instance.InstanceType ?? 'unknown',
    lifecycle: (0,normalize/* text */.Qq)(instance.InstanceLifecycle) ?? 'on-demand',
    rootDeviceType: (0,normalize/* text */.Qq)(instance.RootDeviceType),
    autoScalingGroup: (0,normalize/* tagMap */.lD)(instance.Tags)[ec2_idle.ASG_TAG] ?? null,
});
async function stop_instance_describeInstance(ctx, target) {
    const answer = await unlessGone(ctx.clients
        .ec2(target.region)
        .send(new (await stop_instance_sdk()).DescribeInstancesCommand({ InstanceIds: [target.resourceId] }), {
        abortSignal: ctx.signal,
    }), stop_instance_GONE);
    return answer?.Reservations?.flatMap((r) => r.Instances ?? []).find((i) => i.InstanceId === target.resourceId);
}
/** Stop protection, read live: the scan does not read it (one call per instance). */
async function stopProtected(ctx, target) {
    const answer = await unlessGone(ctx.clients.ec2(target.region).send(new (await stop_instance_sdk()).DescribeInstanceAttributeCommand({
        InstanceId: target.resourceId,
        Attribute: 'disableApiStop',
    }), {
        abortSignal: ctx.signal,
    }), stop_instance_GONE);
    return answer === undefined ? undefined : answer.DisableApiStop?.Value === true;
}
/** What still bills once it is stopped (cleanup.md 6.1): its volumes, and any Elastic IP. */
function stillBilling(instance) {
    const volumes = (0,normalize/* sortedStrings */.MA)((instance?.BlockDeviceMappings ?? []).map((m) => m.Ebs?.VolumeId));
    // An auto-assigned address is owned by `amazon` and released on stop; an Elastic IP stays.
    const addresses = (0,normalize/* sortedStrings */.MA)((instance?.NetworkInterfaces ?? [])
        .map((n) => n.Association)
        .filter((a) => a?.IpOwnerId && a.IpOwnerId !== 'amazon')
        .map((a) => a?.PublicIp));
    const parts = [
        volumes.length > 0 ? `its EBS volume(s) ${volumes.join(', ')} keep billing` : 'no EBS volume read back',
        addresses.length > 0 ? `its Elastic IP(s) ${addresses.join(', ')} stay allocated and keep billing` : null,
    ].filter((p) => p !== null);
    return `${parts.join('; ')}; start it again with ec2:StartInstances`;
}
const stoppingOrGone = (i) => i === undefined || ['stopping', 'stopped', 'shutting-down', 'terminated'].includes(i.State?.Name ?? '');
const stopInstance = {
    id: 'ec2.stop-instance',
    resourceType: 'ec2:instance',
    permissions: ['ec2:DescribeInstances', 'ec2:DescribeInstanceAttribute', 'ec2:StopInstances'],
    goneCodes: stop_instance_GONE,
    errorReasons: {
        ...EC2_COMMON_REASONS,
        IncorrectInstanceState: "the instance is not 'running' any more (stopping, stopped or terminating)",
        OperationNotPermitted: 'stop protection (disableApiStop) is on; it is never turned off for cleanup',
        UnsupportedOperation: 'AWS cannot stop this instance (instance-store root, or a one-time Spot request)',
        'InvalidInstanceID.NotFound': 'the instance no longer exists (terminated)',
    },
    stateFromInventory(resource) {
        if (resource.type !== 'ec2:instance')
            throw new Error(`ec2.stop-instance cannot bind a ${resource.type}`);
        const a = resource.attributes;
        return stop_instance_bound({
            state: resource.state,
            instanceType: a.instanceType,
            lifecycle: a.lifecycle,
            rootDeviceType: a.rootDeviceType,
            autoScalingGroup: resource.tags[ec2_idle.ASG_TAG] ?? null,
        });
    },
    async read(ctx, target) {
        const instance = await stop_instance_describeInstance(ctx, target);
        if (!instance || instance.State?.Name === 'terminated')
            return { found: false };
        const protectedNow = await stopProtected(ctx, target);
        if (protectedNow === undefined)
            return { found: false };
        return {
            found: true,
            state: stop_instance_boundFromApi(instance),
            tags: (0,normalize/* tagMap */.lD)(instance.Tags),
            // DescribeInstances lists only the caller's own instances (they are never shared).
            ownerAccount: null,
            // Not bound state: the inventory does not have it, and an approval cannot lift it anyway.
            awsProtection: protectedNow ? 'stop protection (disableApiStop) is on' : null,
        };
    },
    refuse(state) {
        if (state.state !== 'running') {
            return `the instance is '${String(state.state)}', not 'running'`;
        }
        if (state.autoScalingGroup !== null) {
            return `the instance belongs to the Auto Scaling group ${String(state.autoScalingGroup)}, which would replace it; scale the group instead`;
        }
        // moto stops Spot and instance-store instances; AWS refuses (UnsupportedOperation) or loses data.
        if (state.lifecycle === 'spot') {
            return 'the instance is Spot: a one-time request cannot be stopped, and which kind it is was not read';
        }
        if (state.lifecycle !== 'on-demand')
            return `the instance's lifecycle is ${String(state.lifecycle)}`;
        if (state.rootDeviceType !== 'ebs') {
            return `the instance's root device is ${String(state.rootDeviceType)}, not EBS: it cannot be stopped`;
        }
        return null;
    },
    plan(target) {
        // One id: the API's list holds exactly the approved instance.
        return [{ api: 'ec2:StopInstances', params: { InstanceIds: target.resourceId } }];
    },
    async execute(ctx, target, plan) {
        for (const call of plan) {
            if (call.api !== 'ec2:StopInstances')
                throw unexpectedCall(call, target);
            await ctx.clients
                .ec2(target.region)
                .send(new (await stop_instance_sdk()).StopInstancesCommand({ InstanceIds: [targetParam(call, 'InstanceIds', target)] }), {
                abortSignal: ctx.signal,
            });
        }
        const after = await waitFor(ctx, () => stop_instance_describeInstance(ctx, target), stoppingOrGone);
        const read = after === undefined ? 'gone' : `'${String(after.State?.Name)}'`;
        const done = stoppingOrGone(after);
        return {
            outcome: done ? 'done' : 'pending',
            detail: `instance ${target.resourceId} read back ${read}${done ? '' : ', re-checked next run'}; ${stillBilling(after)}`,
        };
    },
};

;// CONCATENATED MODULE: ./src/cleanup/actions/index.ts






/** Every action a finding can name; undefined until it is built (the engine skips it). */
const CLEANUP_ACTION_DEFINITIONS = {
    'ec2.stop-instance': stopInstance,
    'rds.stop-instance': stopDbInstance,
    'ec2.delete-nat-gateway': deleteNatGateway,
    'ec2.release-address': releaseAddress,
    'ec2.delete-volume': deleteVolume,
    's3.delete-bucket': deleteBucket,
};
/** The IAM actions the given cleanup actions need, sorted and unique (for the least-privilege policy, G15). */
function cleanupPermissions(actions) {
    const needed = new Set();
    for (const action of actions)
        for (const p of CLEANUP_ACTION_DEFINITIONS[action]?.permissions ?? [])
            needed.add(p);
    return [...needed].sort();
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8287);

/** Every problem of a configuration file, each naming file:line:col; exits 2 like any usage error. */
class ConfigError extends _usage_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e {
    problems;
    name = 'ConfigError';
    constructor(problems, title = 'Invalid aws-audit configuration:') {
        super([title, ...problems.map((p) => `  ${p}`)].join('\n'));
        this.problems = problems;
    }
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseValidatedYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);


function pathOf(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
/** The YAML node an error is about: for an unexpected key, the key itself. */
function nodeFor(document, error) {
    const path = pathOf(error.instancePath);
    const node = (path.length === 0 ? document.contents : document.getIn(path, true));
    const extra = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
    if (extra !== undefined && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === extra);
        if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
            return pair.key;
    }
    return node ?? undefined;
}
function describe(error) {
    const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the file';
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key '${String(error.params.additionalProperty)}' in ${where}`;
        case 'required':
            return `${where} is missing '${String(error.params.missingProperty)}'`;
        case 'enum':
            return `${where} ${error.message ?? 'is not an allowed value'}`;
        case 'format':
            return `${where} must be a ${String(error.params.format)}${error.params.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
        default:
            return `${where} ${error.message ?? error.keyword}`;
    }
}
/**
 * A value that must be one of several constants (a severity) fails every branch of an anyOf: say
 * "must be one of ..." once instead of once per branch.
 */
function collapse(errors) {
    const choices = new Map();
    for (const e of errors) {
        if (e.keyword === 'const')
            choices.set(e.instancePath, [...(choices.get(e.instancePath) ?? []), String(e.params.allowedValue)]);
    }
    const seen = new Set();
    return errors.flatMap((e) => {
        const allowed = choices.get(e.instancePath);
        if (!allowed)
            return [e];
        if (seen.has(e.instancePath))
            return [];
        seen.add(e.instancePath);
        return [{ ...e, keyword: 'enum', message: `must be one of ${allowed.join(', ')}` }];
    });
}
/**
 * Parses YAML and validates it against a schema; every problem names the file, line and column,
 * all of them at once (a ConfigError).
 */
function parseValidatedYaml(text, file, validate, 
/** Normalises what YAML makes of an empty section (null) before validation. */
prepare = (value) => value) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return `${file}:${line}:${col}`;
    };
    if (document.errors.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(document.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`));
    }
    const value = prepare(document.toJS() ?? {});
    if (!validate(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(collapse(validate.errors ?? []).map((e) => `${at(nodeFor(document, e)?.range?.[0])}: ${describe(e)}`));
    }
    return { document, value, at };
}


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ CONTENTS_PAGE),
/* harmony export */   a: () => (/* binding */ bucketRegionFromLocation)
/* harmony export */ });
/**
 * What the S3 collector and the bucket cleanup share, kept apart from the collector so a module
 * that needs only these does not load the S3 client.
 */
/** GetBucketLocation answers null for us-east-1 and the legacy `EU` for eu-west-1. */
function bucketRegionFromLocation(constraint) {
    if (!constraint)
        return 'us-east-1';
    return constraint === 'EU' ? 'eu-west-1' : constraint;
}
/** Entries of one listing page, the most S3 returns at once. */
const CONTENTS_PAGE = 1000;


/***/ }),

/***/ 378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ sortedStrings),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   To: () => (/* binding */ makeResource),
/* harmony export */   _$: () => (/* binding */ isoDate),
/* harmony export */   cS: () => (/* binding */ batchesOf),
/* harmony export */   lD: () => (/* binding */ tagMap),
/* harmony export */   nO: () => (/* binding */ latestIso)
/* harmony export */ });
/** Turns the SDK's `{Key, Value}[]` tag lists into a plain map. */
function tagMap(tags) {
    const result = {};
    for (const tag of tags ?? [])
        if (tag.Key !== undefined)
            result[tag.Key] = tag.Value ?? '';
    return result;
}
/** ISO 8601 text for the SDK's Date (or date string) values; null when absent or unparseable. */
function isoDate(value) {
    if (value === undefined || value === null || value === '')
        return null;
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
/** The latest of some times (Dates or epoch ms; absent ones skipped) as ISO 8601, or null when none. */
function latestIso(times) {
    const ms = times.flatMap((t) => t === null || t === undefined ? [] : [t instanceof Date ? t.getTime() : t]);
    return ms.length > 0 ? new Date(Math.max(...ms)).toISOString() : null;
}
/** Empty strings become null: moto (and sometimes AWS) sends "" for absent values. */
function text(value) {
    return value === undefined || value === null || value === '' ? null : value;
}
function sortedStrings(values) {
    return [...new Set([...values].filter((v) => typeof v === 'string' && v !== ''))].sort();
}
/** Builds a typed resource; unknownAttributes lists what could not be read. */
function makeResource(type, envelope, attributes, 
/** Typed by the type's attribute names, so a misspelt one fails to compile. */
unknownAttributes = []) {
    return {
        type,
        arn: envelope.arn,
        id: envelope.id,
        name: envelope.name ?? null,
        account: envelope.account,
        region: envelope.region,
        tags: envelope.tags ?? {},
        state: envelope.state ?? null,
        createdAt: envelope.createdAt ?? null,
        unknownAttributes: [...new Set(unknownAttributes)].sort(),
        attributes,
    };
}
/** `items` in consecutive batches of at most `size`: the most one call takes (tags, names, queries). */
function batchesOf(items, size) {
    const batches = [];
    for (let i = 0; i < items.length; i += size)
        batches.push(items.slice(i, i + size));
    return batches;
}


/***/ })

};
