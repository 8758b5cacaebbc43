import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { resolvePictogram } from '../fresco/pictogramWords';
import { languageOf } from '../ui/Pictogram';
import { useWorkshopSetting } from '../workshop/useWorkshopSettings';

/** Words and image of a pictogram id on this workshop (shipped or custom), in the interface language. */
export function usePictogramWords(): (id: string) => { imageId: string | null; label: string } {
  const { i18n } = useTranslation();
  const custom = useWorkshopSetting('customPictograms');
  const lang = languageOf(i18n.language);
  return useCallback((id: string) => resolvePictogram(id, custom, lang), [custom, lang]);
}
