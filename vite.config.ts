import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compressPlugin } from './server/build/compressPlugin';
import { pictogramBundlePlugin } from './server/build/pictogramBundlePlugin';
import { serviceWorkerPlugin } from './server/build/serviceWorkerPlugin';

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react(), pictogramBundlePlugin(), serviceWorkerPlugin(), compressPlugin()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/healthz': 'http://localhost:8080',
      '/sync': { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
