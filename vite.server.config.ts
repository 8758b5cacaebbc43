/**
 * The server compiled to plain JavaScript for Node (`dist/server/`), so neither `npm start` nor a release
 * runs a TypeScript loader: one ES module per entry, the shared code in chunks beside them (flat, so a
 * path a module computes from its own `import.meta.url` means the same in every file), and every package
 * left as an import of node_modules, where the release ships it.
 */
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

/**
 * Packages the server reads at run time without importing them (files found through `require.resolve`),
 * which the bundle's imports cannot show.
 */
const READ_AT_RUN_TIME = ['dejavu-fonts-ttf'];

function packageOf(id: string): string {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? id);
}

/**
 * Writes `dist/server/packages.json`: every package the compiled server needs at run time, for the
 * release (scripts/release.mjs), which ships those and nothing else.
 */
function listRuntimePackages(): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: 'fresco-runtime-packages',
    generateBundle(_options, bundle) {
      const names = new Set(READ_AT_RUN_TIME);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
          if (id in bundle || id.startsWith('node:') || builtins.has(id)) continue;
          names.add(packageOf(id));
        }
      }
      const source = `${JSON.stringify([...names].sort(), null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'packages.json', source });
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [listRuntimePackages()],
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
