import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { FINDING_LISTS, findingSharer } from './share.js';

const ARRAY_OPENS = /^ {2}("(?:[^"\\]|\\.)*"): \[$/;
const ARRAY_CLOSES = /^ {2}\],?$/;
const FINDING_LIST_KEYS = new Set<string>(FINDING_LISTS);

/**
 * Parses a JSON document written by writeJsonFile (the top two levels indented, each element of a
 * top-level array compact on its own line) a line at a time: the elements one by one, findings
 * shared as they come (see findingSharer), the small rest as one skeleton. A 150 MB report is then
 * never one 150 MB string, nor its unshared copy. Undefined when the file is not in that layout
 * (edited, pretty-printed, minified): the caller then parses it whole.
 */
export async function parseJsonLines(path: string): Promise<unknown> {
  const input = createReadStream(path, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  const skeleton: string[] = [];
  const arrays = new Map<string, unknown[]>();
  const share = findingSharer();
  let open: { key: string; items: unknown[]; shares: boolean } | undefined;
  let first = true;
  try {
    for await (const line of lines) {
      if (first && line !== '{') return undefined;
      first = false;
      if (open) {
        if (ARRAY_CLOSES.test(line)) {
          arrays.set(open.key, open.items);
          skeleton.push(`${line.slice(0, 2)}[]${line.slice(3)}`);
          open = undefined;
          continue;
        }
        if (!line.startsWith('    ') || line[4] === ' ') return undefined;
        const item: unknown = JSON.parse(line.endsWith(',') ? line.slice(4, -1) : line.slice(4));
        if (open.shares) share(item);
        open.items.push(item);
        continue;
      }
      const opens = ARRAY_OPENS.exec(line);
      if (opens) {
        const key = JSON.parse(opens[1] as string) as string;
        open = { key, items: [], shares: FINDING_LIST_KEYS.has(key) };
        skeleton.push(`  ${opens[1] as string}: `);
        continue;
      }
      skeleton.push(line);
    }
  } catch {
    // A line that is not JSON on its own: not this layout, or a corrupt file the whole parse names.
    return undefined;
  } finally {
    // Leaving early (another layout) must not leave the file open: readline does not close its input.
    lines.close();
    input.destroy();
  }
  if (open || first) return undefined;
  let document: unknown;
  try {
    document = JSON.parse(skeleton.join('\n'));
  } catch {
    return undefined;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  for (const [key, items] of arrays) (document as Record<string, unknown>)[key] = items;
  return document;
}
