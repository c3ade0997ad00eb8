import type { ScanProgress } from '../scan/progress.js';

/** A single live line on a terminal; nothing on a pipe, where the summary says it all. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ScanProgress | undefined {
  if (!stream.isTTY) return undefined;
  let resources = 0;
  let errors = 0;
  return {
    finished(task, done, total) {
      resources += task.resources;
      errors += task.errors;
      const line = `[${done}/${total}] ${task.service} ${task.region}: ${resources} resources, ${errors} errors`;
      stream.write(`\r\x1b[K${line.slice(0, (stream.columns || 100) - 1)}`);
      if (done === total) stream.write('\r\x1b[K');
    },
  };
}
