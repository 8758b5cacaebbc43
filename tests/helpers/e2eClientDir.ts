import { resolve } from 'node:path';

/**
 * The client the e2e tests serve: a test build (the canvas test API on `window`, see client/testBuild.ts),
 * kept apart from dist/client so `npm start` never serves it. tests/helpers/globalSetup.ts builds it.
 */
export const E2E_CLIENT_DIR = resolve('dist/client-e2e');
