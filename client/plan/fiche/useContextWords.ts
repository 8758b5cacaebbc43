import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextWords } from '../model/fieldReturn';

/** The sentences a fiche's context is pre-filled with, in the interface language. */
export function useContextWords(): ContextWords {
  const { t } = useTranslation('plan');
  return useMemo(
    () => ({
      heading: t('context.heading'),
      difficulty: (label, count, activities) =>
        activities
          ? t('context.difficultyIn', { label, count, activities })
          : t('context.difficulty', { label, count }),
      activity: (label, count) => t('context.activity', { label, count }),
      proposal: (label, votes) => t('context.proposal', { label, count: votes }),
      quote: (words) => t('context.quote', { words }),
    }),
    [t],
  );
}
