/**
 * Translation namespaces. Adding one = two JSON files (`locales/fr/<ns>.json`, `locales/en/<ns>.json`)
 * and one line here. Each namespace is its own chunk, loaded the first time a screen asks for it.
 */
export const NAMESPACES = [
  'common',
  'home',
  'join',
  'facilitate',
  'projector',
  'fresco',
  'plan',
  'export',
  'document',
  'concertation',
  'diagnostic',
  'survey',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'fr';
