// @hocuspocus/server as its README starts it, with its own SQLite extension for persistence when
// DATA_DIR is set (stock settings otherwise: debounce 2 s, maxDebounce 10 s, unloadImmediately).
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

const extensions = [];
if (process.env.DATA_DIR) {
  mkdirSync(process.env.DATA_DIR, { recursive: true });
  extensions.push(new SQLite({ database: join(process.env.DATA_DIR, 'hocuspocus.sqlite') }));
}
const server = new Server({ port: Number(process.env.PORT ?? 0), address: '127.0.0.1', quiet: true, extensions });
await server.listen();
console.log(`READY ${server.address.port}`);
