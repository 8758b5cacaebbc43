/**
 * Runs the real server as a child process (for kill -9 tests): configured from the environment like
 * `npm start`, without the client build step; prints `READY <port>` once listening.
 */
import { startFrescoServer } from '../../server/app';
import { readConfig } from '../../server/config';
import { stopOnSignals } from '../../server/lifecycle';

const server = await startFrescoServer({ ...readConfig(), logLevel: 'silent' });
stopOnSignals(server);
console.log(`READY ${server.port}`);
