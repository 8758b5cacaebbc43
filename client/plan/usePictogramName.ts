import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { displayLabel } from '../../shared/pictograms/displayLabel';
import { usePictogramWords } from './usePictogramWords';

/**
 * A pictogram's name for tables and lists of the field return: the catalogue's or the workshop's words,
 * else the words residents wrote on its items (`Synthesis.itemLabels`), else "Pictogramme inconnu";
 * never its raw id.
 */
export function usePictogramName(itemLabels: Readonly<Record<string, string>>): (id: string) => string {
  const { t } = useTranslation('fresco');
  const words = usePictogramWords();
  return useCallback(
    (id: string) => displayLabel(id, itemLabels[id], (known) => words(known).label) || t('item.unknown'),
    [itemLabels, words, t],
  );
}
