import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Built by bench/bundle/bundle.ts with `--outDir` pointing to a temp dir. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  logLevel: 'warn',
  build: { emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 5000 },
});
