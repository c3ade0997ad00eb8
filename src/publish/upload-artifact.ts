import { DefaultArtifactClient } from '@actions/artifact';
import { errorMessage } from '../shared/errors.js';
import { withDeadline } from './deadline.js';

export interface UploadReportOptions {
  /** The artifact's name, unique within the run (no `" : < > | * ? \ /`). */
  name: string;
  /** Absolute paths of the files, all under `rootDirectory`. */
  files: string[];
  rootDirectory: string;
  /** 1 to the repository's maximum (larger values are reduced by GitHub); omitted: the repository's default. */
  retentionDays?: number;
  /** The upload's limit: @actions/artifact bounds each chunk, not the whole upload. */
  timeoutMs?: number;
  /** GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID, for the artifact's page. */
  serverUrl?: string;
  repository?: string;
  runId?: string;
  signal?: AbortSignal;
}

export interface UploadedArtifact {
  id: number;
  size: number;
  /** The artifact's page, when the run is known. */
  url?: string;
}

/**
 * Uploads the report files as this run's artifact, where the next run looks for its baseline.
 * A failure throws: the caller fails the step, so a baseline is never silently lost.
 */
export async function uploadReportArtifact(options: UploadReportOptions): Promise<UploadedArtifact> {
  const env = process.env;
  try {
    const upload = new DefaultArtifactClient().uploadArtifact(
      options.name,
      options.files,
      options.rootDirectory,
      {
        ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
      },
    );
    const response = await withDeadline(
      upload,
      options.timeoutMs ?? 300_000,
      `uploading artifact '${options.name}'`,
      options.signal,
    );
    if (response.id === undefined) throw new Error('the artifact service returned no artifact id');
    const server = options.serverUrl ?? env.GITHUB_SERVER_URL;
    const repository = options.repository ?? env.GITHUB_REPOSITORY;
    const runId = options.runId ?? env.GITHUB_RUN_ID;
    const url =
      server && repository && runId
        ? `${server}/${repository}/actions/runs/${runId}/artifacts/${response.id}`
        : undefined;
    return { id: response.id, size: response.size ?? 0, ...(url ? { url } : {}) };
  } catch (error) {
    throw new Error(`Could not upload the report as artifact '${options.name}': ${errorMessage(error)}`, {
      cause: error,
    });
  }
}
