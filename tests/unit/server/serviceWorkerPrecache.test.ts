/**
 * The survey page's precache list (server/build/serviceWorkerPlugin.ts), from a bundle graph written out
 * by hand: the entry and what it imports statically, the survey screen with everything it imports
 * (statically or lazily), the `common` and `survey` words, CSS and woff2 fonts; never another screen,
 * another namespace, the pictogram bundle (IndexedDB keeps it) or the worker itself.
 */
import { describe, expect, it } from 'vitest';
import { surveyPrecache } from '../../../server/build/serviceWorkerPlugin';

function chunk(
  fileName: string,
  facadeModuleId: string | null,
  options: { isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] } = {},
) {
  return {
    type: 'chunk' as const,
    fileName,
    facadeModuleId,
    isEntry: options.isEntry ?? false,
    imports: options.imports ?? [],
    dynamicImports: options.dynamicImports ?? [],
    code: '',
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set<string>() },
  };
}

const asset = (fileName: string) => ({ type: 'asset' as const, fileName, source: '' });

const BUNDLE = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/app/client/index.html', {
      isEntry: true,
      imports: ['assets/react-1.js'],
      dynamicImports: [
        'assets/SurveyRoute-1.js',
        'assets/HomeScreen-1.js',
        'assets/common-fr.js',
        'assets/survey-fr.js',
        'assets/plan-fr.js',
      ],
      css: ['assets/index-1.css'],
    }),
    chunk('assets/react-1.js', null),
    chunk('assets/SurveyRoute-1.js', '/app/client/screens/survey/SurveyRoute.tsx', {
      imports: ['assets/docConnection-1.js'],
      dynamicImports: ['assets/lazyPart-1.js'],
      css: ['assets/SurveyRoute-1.css'],
    }),
    chunk('assets/docConnection-1.js', null, { imports: ['assets/yjs-1.js'] }),
    chunk('assets/yjs-1.js', null),
    chunk('assets/lazyPart-1.js', null),
    chunk('assets/HomeScreen-1.js', '/app/client/screens/home/HomeScreen.tsx', {
      imports: ['assets/homeOnly-1.js'],
    }),
    chunk('assets/homeOnly-1.js', null),
    chunk('assets/common-fr.js', '/app/client/i18n/locales/fr/common.json'),
    chunk('assets/survey-fr.js', '/app/client/i18n/locales/fr/survey.json'),
    chunk('assets/plan-fr.js', '/app/client/i18n/locales/fr/plan.json'),
    chunk('sw.js', '/app/client/survey/offline/serviceWorker.ts', { isEntry: true }),
    asset('assets/font-400.woff2'),
    asset('assets/font-400.woff'),
    asset('assets/pictograms-abc.json'),
  ].map((output) => [output.fileName, output]),
);

describe('the survey page’s precache list', () => {
  it('holds exactly what the survey page loads', () => {
    expect(surveyPrecache(BUNDLE)).toEqual([
      '/assets/SurveyRoute-1.css',
      '/assets/SurveyRoute-1.js',
      '/assets/common-fr.js',
      '/assets/docConnection-1.js',
      '/assets/font-400.woff2',
      '/assets/index-1.css',
      '/assets/index-1.js',
      '/assets/lazyPart-1.js',
      '/assets/react-1.js',
      '/assets/survey-fr.js',
      '/assets/yjs-1.js',
      '/favicon.svg',
      '/index.html',
    ]);
  });

  it('follows the base the app is served under', () => {
    expect(surveyPrecache(BUNDLE, '/fresco/')).toContain('/fresco/index.html');
  });
});
