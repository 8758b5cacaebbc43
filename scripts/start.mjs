/**
 * `npm start`: builds the client and the server when they are missing or older than their sources, then
 * runs the compiled server (dist/server/main.js), the very file a release's `bin/fresco` runs.
 */
import { ensureBuilt } from './build.mjs';

await ensureBuilt();
await import('../dist/server/main.js');
