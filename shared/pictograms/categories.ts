import type { PictogramCategory, Words } from './types';

/** Headings of the picker's groups. */
export const CATEGORY_LABELS: Readonly<Record<PictogramCategory, Words>> = {
  work: { fr: 'Travail', en: 'Work' },
  family: { fr: 'Famille', en: 'Family' },
  health: { fr: 'Santé', en: 'Health' },
  admin: { fr: 'Papiers', en: 'Paperwork' },
  money: { fr: 'Argent', en: 'Money' },
  transport: { fr: 'Transports', en: 'Getting around' },
  communication: { fr: 'Parler, s’informer', en: 'Keeping in touch' },
  leisure: { fr: 'Loisirs', en: 'Free time' },
  home: { fr: 'Maison', en: 'Home' },
  learning: { fr: 'Apprendre', en: 'Learning' },
  access: { fr: 'Matériel, connexion', en: 'Equipment, connection' },
  skills: { fr: 'Savoir-faire', en: 'Skills' },
  trust: { fr: 'Confiance', en: 'Trust' },
  design: { fr: 'Sites compliqués', en: 'Hard-to-use services' },
  help: { fr: 'Aide', en: 'Help' },
  animal: { fr: 'Animaux', en: 'Animals' },
  fruit: { fr: 'Fruits', en: 'Fruit' },
  thing: { fr: 'Objets', en: 'Things' },
};
