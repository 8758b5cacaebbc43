export { ACTIVITIES } from './activities';
export { AVATAR_COLORS, type AvatarColor, NEUTRAL_COLOR } from './avatarColors';
export { AVATARS } from './avatars';
export { PICTOGRAMS } from './catalog';
export { CATEGORY_LABELS } from './categories';
export { OPENMOJI_URL, PICTOGRAM_CREDIT, PICTOGRAM_LICENSE_URL } from './credit';
export { DIFFICULTIES } from './difficulties';
export {
  PICTOGRAM_URL_PREFIX,
  pictogramById,
  pictogramLabel,
  pictogramsOfKind,
  pictogramUrl,
} from './lookup';
export * from './types';
