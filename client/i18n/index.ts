/**
 * i18next set up for Fresco: French first, English second; namespaces are loaded lazily from
 * `locales/<lang>/<ns>.json` (one Vite chunk each), so a tablet only downloads the words it shows. The
 * `document` namespace (the exported documents' words) lives in `shared/i18n/locales`, where the server
 * reads it too: one set of files for the screens and the exports.
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, type UiLanguage } from './namespaces';

const LANGUAGE_KEY = 'fresco.language';

type JsonModule = { default: Record<string, unknown> };
const files: Record<string, () => Promise<JsonModule>> = {
  ...import.meta.glob<JsonModule>('./locales/*/*.json'),
  ...Object.fromEntries(
    Object.entries(import.meta.glob<JsonModule>('../../shared/i18n/locales/*/*.json')).map(([path, load]) => [
      path.replace('../../shared/i18n/', './'),
      load,
    ]),
  ),
};

const lazyJsonBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = files[`./locales/${language}/${namespace}.json`];
    if (!load) {
      // A namespace another part of the app has not written yet: show keys rather than fail.
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function storedLanguage(): UiLanguage {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as UiLanguage;
  } catch {
    // Storage can be blocked (private mode): French it is.
  }
  return DEFAULT_LANGUAGE;
}

export function setLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this page.
  }
  void i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export const i18nReady = i18next
  .use(lazyJsonBackend)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: true },
  });

export { i18next, NAMESPACES };
