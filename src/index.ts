import * as core from '@actions/core';
import { exitWhenDone, keepYoungGenerationSmall } from './runtime.js';

// Every mode but merge scans: set before the SDK loads (see runtime.ts). Merge audits and diffs
// in memory, CPU-bound, where the flag costs more than it saves. (main validates the mode.)
if (core.getInput('mode').trim() !== 'merge') keepYoungGenerationSmall();
const { run } = await import('./main.js');
void run().finally(() => exitWhenDone());
