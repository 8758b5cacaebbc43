import { defineConfig } from 'vite';

/** The raw Konva reference page, built by the canvas bench into a temp dir (`--outDir`). */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: 'raw-konva.html' },
  },
});
