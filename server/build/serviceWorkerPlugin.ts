/**
 * Vite plugin: builds the survey page's service worker (client/survey/offline/serviceWorker.ts) as
 * `/sw.js` and writes at its top the list of files an interviewer's phone needs to reload the page with
 * no network: index.html, the entry and everything it imports statically, the survey screen's chunk with
 * everything it imports (statically or not), the `common` and `survey` words in both languages, their
 * CSS and the fonts. The other screens' chunks and the pictogram bundle (kept in IndexedDB) stay out,
 * so the phone keeps a few hundred KB, not the whole app.
 *
 * The list is computed from the bundle's own import graph at build time, so a new chunk or a renamed
 * file can never be forgotten. The version (a hash of the list and of index.html) names the cache: a
 * new build installs a new worker, which drops the old cache.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export const SERVICE_WORKER_FILE = 'sw.js';
const WORKER_SOURCE = resolve(here, '../../client/survey/offline/serviceWorker.ts');
const SURVEY_SCREEN = /\/client\/screens\/survey\/SurveyRoute\.tsx$/;
const SURVEY_WORDS = /\/locales\/(fr|en)\/(common|survey)\.json$/;
const FONT = /\.woff2$/;
const OLD_FONT = /\.woff$/;

/** The parts of Rollup's output chunk this plugin reads (the same in Rolldown). */
interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  code: string;
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}
interface AssetLike {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
type OutputLike = ChunkLike | AssetLike;

/** The files the survey page needs offline, root-relative and sorted. */
export function surveyPrecache(bundle: Record<string, OutputLike>, base = '/'): string[] {
  const files = new Set<string>(['index.html', 'favicon.svg']);
  const chunks = Object.values(bundle).filter((output): output is ChunkLike => output.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const visit = (fileName: string, followDynamic: boolean) => {
    const chunk = byName.get(fileName);
    if (!chunk || files.has(fileName)) return;
    files.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    // Every browser with service workers reads woff2: the CSS's older woff fallback is never fetched.
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) if (!OLD_FONT.test(asset)) files.add(asset);
    for (const imported of chunk.imports) visit(imported, followDynamic);
    if (followDynamic) for (const imported of chunk.dynamicImports) visit(imported, true);
  };
  for (const chunk of chunks) {
    const id = chunk.facadeModuleId ?? '';
    if (chunk.fileName === SERVICE_WORKER_FILE) continue;
    if (chunk.isEntry) visit(chunk.fileName, false);
    else if (SURVEY_SCREEN.test(id)) visit(chunk.fileName, true);
    else if (SURVEY_WORDS.test(id)) visit(chunk.fileName, false);
  }
  for (const output of Object.values(bundle)) {
    if (output.type === 'asset' && FONT.test(output.fileName)) files.add(output.fileName);
  }
  return [...files].map((file) => base + file).sort();
}

export function serviceWorkerPlugin(): Plugin {
  let base = '/';
  return {
    name: 'fresco-service-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: WORKER_SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const outputs = bundle as unknown as Record<string, OutputLike>;
        const worker = outputs[SERVICE_WORKER_FILE];
        if (worker?.type !== 'chunk') throw new Error('the service worker chunk is missing');
        if (worker.imports.length > 0) throw new Error('the service worker must import nothing');
        const urls = surveyPrecache(outputs, base);
        const html = outputs['index.html'];
        const version = createHash('sha256')
          .update(urls.join('\n'))
          .update(html?.type === 'asset' ? html.source : '')
          .digest('hex')
          .slice(0, 12);
        worker.code = `self.__FRESCO_PRECACHE__ = ${JSON.stringify({ version, urls })};\n${worker.code}`;
      },
    },
  };
}
