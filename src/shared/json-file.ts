import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Chunks are gathered up to this size before a write: few syscalls, little held at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * A document as JSON text, in pieces: the top two levels indented, each element of an array below
 * them (a finding, a resource) compact on its own line. The whole text is never held at once: a
 * 100,000-finding report would be a 100 MB string, and its UTF-8 copy as much again.
 */
export function* jsonPieces(value: unknown, depth = 0, indent = ''): Generator<string> {
  if (depth >= 2 || !isPlainContainer(value)) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (const [i, item] of value.entries()) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* jsonPieces(item, depth + 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  // As JSON.stringify does: properties holding undefined or a function are left out.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [key, item]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, depth + 1, inner);
  }
  yield `\n${indent}}`;
}

/** An array or object JSON.stringify would walk itself (a Date, with its toJSON, is not). */
function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/**
 * Writes `value` as JSON through a temporary file and a rename, so a crash never leaves half a
 * document, streaming it piece by piece (see `jsonPieces`) and waiting whenever the disk is behind.
 */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]: unknown[]) => {
    throw error;
  });
  // Raced below at every wait; this only keeps an error that comes between waits from being unhandled.
  failed.catch(() => undefined);
  try {
    let pending = '';
    const flush = async () => {
      if (!out.write(pending)) await Promise.race([once(out, 'drain'), failed]);
      pending = '';
    };
    for (const piece of jsonPieces(value)) {
      pending += piece;
      if (pending.length >= CHUNK_BYTES) await flush();
    }
    pending += '\n';
    await flush();
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
