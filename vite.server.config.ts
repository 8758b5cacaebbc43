/**
 * The server compiled to plain JavaScript for Node (`dist/server/`), so neither `npm start` nor a release
 * runs a TypeScript loader: one ES module per entry, the shared code in chunks beside them (flat, so a
 * path a module computes from its own `import.meta.url` means the same in every file), and every package
 * left as an import of node_modules, where the release ships it.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist/server',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: {
        main: 'server/main.ts',
        serve: 'server/serve.ts',
        cli: 'server/cli.ts',
        exportWorker: 'server/export/exportWorker.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
