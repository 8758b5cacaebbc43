import type { Words } from './types';

/** CC BY-SA 4.0 asks for this credit wherever the pictograms appear: the About screen and every export. */
export const PICTOGRAM_CREDIT: Words = {
  fr: 'Pictogrammes\u00a0: OpenMoji – le projet open source d’emojis et d’icônes. Licence CC BY-SA 4.0',
  en: 'Pictograms: OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0',
};

export const OPENMOJI_URL = 'https://openmoji.org/';
export const PICTOGRAM_LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';
