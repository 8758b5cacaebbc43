/**
 * The running version, for `/healthz` and the start-up banner: package.json's, read at build time (the
 * compiled server carries it inline, so a release needs no package.json to know what it is).
 */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
