import { startMoto } from '../../scripts/moto.js';

/** One moto server for the whole run; test files isolate themselves by account id, not by resets. */
export default async function globalSetup() {
  const moto = await startMoto();
  globalThis.__MOTO__ = moto;
  process.env.MOTO_ENDPOINT = moto.endpoint;
}
