import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/schema/plan';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import type { DifficultyEcho } from '../model/fieldReturn';
import { usePictogramName } from '../usePictogramName';
import { usePictogramWords } from '../usePictogramWords';
import { AnsweredBy } from './AnsweredBy';

export interface DifficultyListProps {
  echoes: readonly DifficultyEcho[];
  /** `Synthesis.itemLabels`: names pictograms the catalogue does not know. */
  itemLabels: Readonly<Record<string, string>>;
  answeredBy(itemIds: readonly string[]): Action[];
  onStart?: (pictogram: string) => void;
  onOpen(id: string): void;
}

/** Each difficulty residents met, how often and where, in their own words. */
export function DifficultyList({ echoes, itemLabels, answeredBy, onStart, onOpen }: DifficultyListProps) {
  const { t } = useTranslation('plan');
  const words = usePictogramWords();
  const name = usePictogramName(itemLabels);
  return (
    <section className="field-block" aria-labelledby="field-difficulties">
      <h3 id="field-difficulties">{t('return.difficulties')}</h3>
      {echoes.length === 0 ? <p className="panel-empty">{t('return.noDifficulties')}</p> : null}
      <ol className="field-list">
        {echoes.map((echo) => {
          const resolved = words(echo.pictogram);
          const label = name(echo.pictogram);
          return (
            <li key={echo.pictogram} className="field-card" data-difficulty={echo.pictogram}>
              {resolved.imageId ? <Pictogram id={resolved.imageId} size={48} alt="" /> : null}
              <div className="field-card-body">
                <p className="field-card-title">
                  <strong>{label}</strong>{' '}
                  <span className="echo-count">{t('links.times', { count: echo.count })}</span>
                </p>
                <p className="hint">
                  {echo.activities
                    .map((a) => t('links.activity', { label: name(a.pictogram), count: a.count }))
                    .join(', ')}
                </p>
                {echo.words.length > 0 ? (
                  <p className="echo-words">
                    {[...new Set(echo.words)].map((w) => (
                      <q key={w}>{w}</q>
                    ))}
                  </p>
                ) : null}
                <AnsweredBy actions={answeredBy(echo.itemIds)} onOpen={onOpen} />
              </div>
              {onStart ? (
                <Button
                  label={t('return.startFromDifficulty')}
                  icon={<IconPlus size={20} />}
                  onClick={() => onStart(echo.pictogram)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
