import { DefaultArtifactClient } from '@actions/artifact';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../shared/errors.js';
import { withDeadline } from './deadline.js';

/** The artifact a plan's scan job uploads its part as: unique within the run, named for the group. */
export const partArtifactName = (artifactName: string, group: string): string =>
  `${artifactName}-part-${group}`;

export interface DownloadedPart {
  group: string;
  /** The directory the part was extracted to (report.json, inventory.json). */
  path: string;
}

export interface PartDownloads {
  parts: DownloadedPart[];
  /** Parts listed but not downloaded, and why: their accounts are then missing from the merge. */
  failures: string[];
}

/**
 * This run's parts, downloaded through the runner's own token as actions/download-artifact does:
 * every artifact named `<artifactName>-part-<group>` (the latest attempt's). One that cannot be
 * downloaded is a failure said by name; the listing failing throws (nothing can be merged).
 */
export async function downloadRunParts(options: {
  artifactName: string;
  directory: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}): Promise<PartDownloads> {
  const client = new DefaultArtifactClient();
  const timeoutMs = options.timeoutMs ?? 120_000;
  const prefix = partArtifactName(options.artifactName, '');
  const { artifacts } = await withDeadline(
    client.listArtifacts({ latest: true }),
    timeoutMs,
    "listing this run's artifacts",
    options.signal,
  );
  const downloads: PartDownloads = { parts: [], failures: [] };
  const wanted = artifacts
    .filter((a) => a.name.startsWith(prefix) && /^[1-9][0-9]{0,2}$/.test(a.name.slice(prefix.length)))
    .sort((a, b) => Number(a.name.slice(prefix.length)) - Number(b.name.slice(prefix.length)));
  for (const artifact of wanted) {
    const group = artifact.name.slice(prefix.length);
    const path = join(options.directory, `part-${group}`);
    try {
      await mkdir(path, { recursive: true });
      await withDeadline(
        client.downloadArtifact(artifact.id, { path }),
        timeoutMs,
        `downloading artifact '${artifact.name}'`,
        options.signal,
      );
      downloads.parts.push({ group, path });
    } catch (error) {
      downloads.failures.push(`The part '${artifact.name}' was not downloaded: ${errorMessage(error)}`);
    }
  }
  return downloads;
}
