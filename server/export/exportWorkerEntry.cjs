// A worker thread starts plain Node: register tsx's loader first, then load the TypeScript worker.
// Node 20's worker threads honour neither `execArgv: ['--import', 'tsx']` nor ESM loader hooks
// registered from inside the worker, so the worker is loaded through tsx's CommonJS hook.
const { register } = require('tsx/cjs/api');

register();
require('./exportWorker.ts');
