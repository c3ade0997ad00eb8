import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { AttemptDeadlineHandler } from '../aws/attempt-handler.js';
import type { Baseline } from '../diff/baseline.js';
import { parseReport } from '../report/io.js';
import type { AuditReport } from '../report/schema.js';
import { errorMessage } from '../shared/errors.js';
import { UsageError } from '../usage-error.js';

/** `s3://bucket/key` -> its parts; anything else is the user's mistake, found before the scan. */
export function parseS3Uri(uri: string, input = 'baseline-s3-uri'): { bucket: string; key: string } {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(uri.trim());
  if (!match)
    throw new UsageError(
      `${input} must be an S3 URI such as s3://my-bucket/aws-audit/report.json, got '${uri}'`,
    );
  return { bucket: match[1] as string, key: match[2] as string };
}

export interface S3BaselineOptions {
  uri: string;
  region: string;
  credentials?: AwsCredentialIdentityProvider;
  callTimeoutMs: number;
  signal?: AbortSignal;
}

/** An S3 client whose every attempt ends, as the scan's do. */
function client(options: S3BaselineOptions): S3Client {
  return new S3Client({
    region: options.region,
    credentials: options.credentials,
    maxAttempts: 3,
    followRegionRedirects: true,
    forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3),
    requestHandler: new AttemptDeadlineHandler(
      new NodeHttpHandler({
        connectionTimeout: 5_000,
        requestTimeout: options.callTimeoutMs + 1_000,
        throwOnRequestTimeout: true,
      }),
      options.signal ?? new AbortController().signal,
      options.callTimeoutMs,
      { service: 's3', region: options.region },
    ),
  });
}

/**
 * The previous report from S3 (for retention past artifact expiry, and for GHES, where
 * @actions/artifact does not run). No object yet is a first run; any other failure, or a document
 * that is not a readable report, is a warning and no baseline, never a crash.
 */
export async function baselineFromS3(options: S3BaselineOptions): Promise<Baseline> {
  const { bucket, key } = parseS3Uri(options.uri);
  const s3 = client(options);
  try {
    const answer = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const text = (await answer.Body?.transformToString('utf8')) ?? '';
    const report = parseReport(text, options.uri);
    return {
      report,
      info: { source: 's3', location: options.uri, generatedAt: report.generatedAt, note: null },
      warning: null,
    };
  } catch (error) {
    const code = (error as { name?: string }).name;
    const missing = code === 'NoSuchKey' || code === 'NotFound';
    const note = missing ? `no report at ${options.uri} yet: a first run` : errorMessage(error);
    return {
      report: undefined,
      info: { source: 'none', location: options.uri, generatedAt: null, note },
      warning: missing ? null : `The previous report was not used, so every finding counts as new: ${note}`,
    };
  } finally {
    s3.destroy();
  }
}

/** Stores the new report where the next run will look; a failure throws, so a baseline is never silently lost. */
export async function saveReportToS3(report: AuditReport, options: S3BaselineOptions): Promise<void> {
  const { bucket, key } = parseS3Uri(options.uri);
  const s3 = client(options);
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: `${JSON.stringify(report)}\n`,
        ContentType: 'application/json',
        ServerSideEncryption: 'AES256',
      }),
    );
  } catch (error) {
    throw new Error(`Could not store the report at ${options.uri}: ${errorMessage(error)}`, { cause: error });
  } finally {
    s3.destroy();
  }
}
