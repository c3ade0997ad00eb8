/**
 * Imports the modules named on the command line, then prints (JSON) which AWS SDK client packages
 * that loaded. The SDK's packages are CommonJS, so every one loaded is in the require cache.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

for (const path of process.argv.slice(2)) await import(pathToFileURL(path).href);
const clients = Object.keys(createRequire(import.meta.url).cache)
  .map((file) => /node_modules\/(@aws-sdk\/client-[^/]+)\//.exec(file)?.[1])
  .filter((name): name is string => name !== undefined);
process.stdout.write(JSON.stringify([...new Set(clients)].sort()));
