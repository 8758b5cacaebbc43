/**
 * The words of the exported documents, in the same i18next resource files and plural rules as the
 * screens (`locales/<lang>/document.json`). The server writes documents without any screen open, so
 * it gets its own i18next instance, filled synchronously from the bundled files.
 */
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../schema/control';
import en from './locales/en/document.json' with { type: 'json' };
import fr from './locales/fr/document.json' with { type: 'json' };

export const DOCUMENT_NAMESPACE = 'document';
export const DOCUMENT_RESOURCES = { fr, en } as const;

const instance = i18next.createInstance();
void instance.init({
  resources: { fr: { [DOCUMENT_NAMESPACE]: fr }, en: { [DOCUMENT_NAMESPACE]: en } },
  lng: 'fr',
  fallbackLng: 'fr',
  ns: [DOCUMENT_NAMESPACE],
  defaultNS: DOCUMENT_NAMESPACE,
  // Resources are in memory: finish now, so the first document asks for words already loaded.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function documentWords(language: Language): TFunction {
  return instance.getFixedT(language in DOCUMENT_RESOURCES ? language : 'fr', DOCUMENT_NAMESPACE);
}
