import './runtime.js';
import { run } from './main.js';

void run();
