import { exitWhenDone } from './runtime.js';
import { run } from './main.js';

void run().finally(() => exitWhenDone());
