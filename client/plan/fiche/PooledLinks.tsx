/**
 * The part of a fiche's links that point at other workshops of its concertation: what residents said
 * there, and where, from the pooled field return; links it no longer holds, said plainly.
 */
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePooledField } from '../../concertation/pooledFieldContext';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { pooledEcho } from '../model/pooledEcho';
import { MissingLinks } from './MissingLinks';

export function PooledLinks(props: { links: readonly string[]; onUnlink?: (links: string[]) => void }) {
  const { t } = useTranslation(['plan', 'concertation']);
  const echo = pooledEcho(props.links, usePooledField());
  const { onUnlink } = props;
  if (echo.difficulties.length + echo.proposals.length + echo.missing.length === 0) return null;
  return (
    <div data-testid="pooled-links">
      <ul className="echo-list">
        {echo.difficulties.map((difficulty) => (
          <li key={`${difficulty.pictogram}-${difficulty.label}`} className="echo-item">
            <Pictogram id={difficulty.pictogram} size={36} alt="" />
            <div>
              <strong>{difficulty.label}</strong>{' '}
              <span className="echo-count">{t('links.times', { count: difficulty.links.length })}</span>
              <p className="echo-activities">{difficulty.places.join(', ')}</p>
              {difficulty.words.length > 0 ? (
                <p className="echo-words">
                  {difficulty.words.map((word, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the same words may be said in two places.
                    <span key={index}>
                      <q>{word.text}</q> <span className="hint">({word.place})</span>{' '}
                    </span>
                  ))}
                </p>
              ) : null}
            </div>
            {onUnlink ? (
              <Button
                label={t('links.unlink', { label: difficulty.label })}
                icon={<IconLinkOff size={20} />}
                showLabel={false}
                variant="quiet"
                onClick={() => onUnlink(difficulty.links)}
              />
            ) : null}
          </li>
        ))}
        {echo.proposals.map((proposal) => (
          <li key={proposal.link} className="echo-item echo-proposal">
            <div>
              <span className="echo-kind">{t('links.proposal')}</span> <strong>{proposal.label}</strong>{' '}
              <span className="echo-count">{t('links.votes', { count: proposal.votes })}</span>{' '}
              <span className="hint">({proposal.place})</span>
            </div>
            {onUnlink ? (
              <Button
                label={t('links.unlink', { label: proposal.label })}
                icon={<IconLinkOff size={20} />}
                showLabel={false}
                variant="quiet"
                onClick={() => onUnlink([proposal.link])}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <MissingLinks missing={echo.missing} onUnlink={onUnlink} />
    </div>
  );
}
