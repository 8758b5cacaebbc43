import { ACTIVITIES } from './activities';
import { AVATARS } from './avatars';
import { DIFFICULTIES } from './difficulties';
import type { Pictogram } from './types';

/** Every shipped pictogram. Files live in `client/public/pictograms/`, so they work offline. */
export const PICTOGRAMS: readonly Pictogram[] = [...ACTIVITIES, ...DIFFICULTIES, ...AVATARS];
