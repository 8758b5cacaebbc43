import type { Words } from './types';

export interface AvatarColor {
  id: string;
  /** `#rrggbb`, as stored in `Participant.color`. */
  hex: string;
  name: Words;
}

/**
 * Dark enough for white text (contrast ≥ 4.5:1, WCAG AA) and chosen so any two stay apart
 * (CIELAB ΔE ≥ 9) for common vision and simulated protanopia, deuteranopia and tritanopia.
 * Colour is never the only cue: each resident also has an avatar pictogram.
 */
/** The frame of an item with no resident's colour: the facilitator's, or a seat not (yet) known here. */
export const NEUTRAL_COLOR = '#5b6170';

export const AVATAR_COLORS: readonly AvatarColor[] = [
  { id: 'red', hex: '#AB232D', name: { fr: 'Rouge', en: 'Red' } },
  { id: 'orange', hex: '#B05205', name: { fr: 'Orange', en: 'Orange' } },
  { id: 'ochre', hex: '#684E00', name: { fr: 'Ocre', en: 'Ochre' } },
  { id: 'olive', hex: '#5C7C12', name: { fr: 'Vert olive', en: 'Olive green' } },
  { id: 'green', hex: '#0E682C', name: { fr: 'Vert sapin', en: 'Pine green' } },
  { id: 'teal', hex: '#137F78', name: { fr: 'Bleu canard', en: 'Teal' } },
  { id: 'blue', hex: '#135492', name: { fr: 'Bleu', en: 'Blue' } },
  { id: 'purple', hex: '#6133B8', name: { fr: 'Violet', en: 'Purple' } },
  { id: 'magenta', hex: '#960A8C', name: { fr: 'Magenta', en: 'Magenta' } },
  { id: 'raspberry', hex: '#C30C6B', name: { fr: 'Framboise', en: 'Raspberry' } },
  { id: 'brown', hex: '#6A3F16', name: { fr: 'Marron', en: 'Brown' } },
  { id: 'charcoal', hex: '#464A4E', name: { fr: 'Gris anthracite', en: 'Charcoal grey' } },
];
