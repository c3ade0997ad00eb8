import { exitWhenDone, keepYoungGenerationSmall } from './runtime.js';

// Every mode but merge scans: set before the SDK loads (see runtime.ts). Merge audits and diffs
// in memory, CPU-bound, where the flag costs more than it saves.
if (process.env.INPUT_MODE?.trim().toLowerCase() !== 'merge') keepYoungGenerationSmall();
const { run } = await import('./main.js');
void run().finally(() => exitWhenDone());
