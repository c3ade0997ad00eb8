#!/usr/bin/env node
import { exitWhenDone, keepYoungGenerationSmall } from '../runtime.js';
import { main } from './main.js';

// A reader that stops early (`aws-audit rules | head -1`) closes the pipe. Like other command-line
// tools, stop writing quietly instead of dying with a stack trace; the command itself finishes.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

// A scan waits on the network and allocates fast: trade a little CPU for memory (see runtime.ts).
// The command loads its SDK clients when it runs, after this.
if (process.argv[2] === 'scan') keepYoungGenerationSmall();
process.exitCode = await main(process.argv.slice(2));
exitWhenDone();
