/**
 * `npm start`: builds the client and the server when they are missing or older than their sources, then
 * runs the compiled server's entry, dist/server/cli.js, the very file a release's `bin/fresco` runs (with
 * no command, it starts the server; `npm start -- backup FILE` works as `fresco backup FILE` does).
 */
import { ensureBuilt } from './build.mjs';

await ensureBuilt();
await import('../dist/server/cli.js');
