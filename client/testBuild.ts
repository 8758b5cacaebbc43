/**
 * True in the build the e2e tests and the benchmarks drive (`vite build --mode e2e`), false in the one
 * `npm start` serves. Code behind it, like the canvas test API on `window`, is left out of production:
 * Vite writes the mode in as a literal, so the bundler drops the branch and what only it imports.
 */
export const TEST_BUILD = import.meta.env.MODE === 'e2e';
