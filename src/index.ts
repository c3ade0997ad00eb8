import { exitWhenDone, keepYoungGenerationSmall } from './runtime.js';

// Every mode of the Action but merge scans: set before the SDK loads (see runtime.ts).
keepYoungGenerationSmall();
const { run } = await import('./main.js');
void run().finally(() => exitWhenDone());
