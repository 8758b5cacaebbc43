/**
 * What each question offers, picture first: the answers' keys, their pictures (a shipped pictogram, or
 * an interface icon where the catalog has none, like the tablet) and how many may be picked. The words
 * are in the `survey` namespace; pictogram answers (uses, difficulties) keep their catalog words.
 */
import { ACTIVITIES, DIFFICULTIES } from '../../shared/pictograms';
import {
  AGE_BANDS,
  EQUIPMENT_KEYS,
  type EquipmentKey,
  FRAGILITY_LEVELS,
  HELP_KEYS,
  type HelpKey,
} from '../../shared/schema/survey';

export { OTHER_NEIGHBOURHOOD } from '../../shared/schema/survey';

export type Picture = { pictogram: string } | { icon: 'tablet' | 'yes' | 'no' };

export const EQUIPMENT_PICTURES: Record<EquipmentKey, Picture> = {
  smartphone: { pictogram: 'old-phone' },
  computer: { pictogram: 'no-computer' },
  tablet: { icon: 'tablet' },
  internetAtHome: { pictogram: 'no-internet-at-home' },
  dataPlan: { pictogram: 'no-signal' },
};

export const HELP_PICTURES: Record<HelpKey, Picture> = {
  family: { pictogram: 'visit-family' },
  neighbours: { pictogram: 'see-friends' },
  professionals: { pictogram: 'counter-closed' },
  nobody: { pictogram: 'nobody-to-help' },
};

export const WOULD_COME_PICTURE: Picture = { pictogram: 'digital-workshop' };

export const USE_PICTOGRAMS: readonly string[] = ACTIVITIES.map((pictogram) => pictogram.id);
export const DIFFICULTY_PICTOGRAMS: readonly string[] = DIFFICULTIES.map((pictogram) => pictogram.id);

export { AGE_BANDS, EQUIPMENT_KEYS, FRAGILITY_LEVELS, HELP_KEYS };
