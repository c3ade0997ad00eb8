/**
 * The AWS SDK's own partition and region data, as the installed @aws-sdk/core ships it. The SDK
 * keeps the list private (only its `partition()` lookup is exported, and it cannot list regions),
 * so this reads the module's source and `npm run regions` copies what aws-audit needs into
 * src/scan/partitions.ts; a unit test fails when the copy and the installed SDK differ.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PartitionData } from '../src/scan/partitions.js';

const DATA_MODULE = 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js';

interface SdkPartitions {
  partitions: { id: string; regionRegex: string; regions: Record<string, { description?: string }> }[];
}

export function sdkPartitions(): PartitionData[] {
  const root = dirname(createRequire(import.meta.url).resolve('@aws-sdk/core/package.json'));
  const source = readFileSync(join(root, DATA_MODULE), 'utf8');
  const json = /^export const partitionsInfo = (\{[\s\S]*\});?\s*$/.exec(source)?.[1];
  if (!json) throw new Error(`@aws-sdk/core changed the layout of ${DATA_MODULE}: update ${import.meta.url}`);
  const data = JSON.parse(json) as SdkPartitions;
  return data.partitions.map((partition) => ({
    id: partition.id,
    regionRegex: partition.regionRegex,
    regions: Object.fromEntries(
      Object.entries(partition.regions)
        // `aws-global` and the like are endpoint aliases, not regions anyone scans.
        .filter(([name]) => /-\d+$/.test(name))
        .map(([name, info]) => [name, info.description ?? ''])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
  }));
}
