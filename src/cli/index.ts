#!/usr/bin/env node
import { exitWhenDone } from '../runtime.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
exitWhenDone();
