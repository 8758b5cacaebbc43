/**
 * What residents said that the action answers, traced back to the board: the linked difficulties with
 * how many times they came up, under which activities, in residents' own words; the linked proposals
 * with their votes; and links whose item was deleted, said plainly and kept until someone removes them.
 */
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board } from '../../../shared/schema/board';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { echoOfLinks } from '../model/fieldReturn';
import { isCrossLink } from '../model/pooledEcho';
import { usePictogramName } from '../usePictogramName';
import { usePictogramWords } from '../usePictogramWords';
import { MissingLinks } from './MissingLinks';
import { PooledLinks } from './PooledLinks';

export interface LinkedItemsProps {
  links: readonly string[];
  board: Board;
  synthesis: Synthesis;
  /** Absent on read-only screens. */
  onUnlink?: (itemIds: string[]) => void;
  onLink?: (itemId: string) => void;
}

export function LinkedItems({ links, board, synthesis, onUnlink, onLink }: LinkedItemsProps) {
  const { t } = useTranslation('plan');
  const words = usePictogramWords();
  const name = usePictogramName(synthesis.itemLabels);
  // Links into other workshops of a concertation are traced by PooledLinks, through the pooled return.
  const own = links.filter((link) => !isCrossLink(link));
  const echo = echoOfLinks(own, board, synthesis);
  const [choice, setChoice] = useState('');
  const linked = new Set(links);
  const candidates = synthesis.proposals.filter((p) => !linked.has(p.id));
  return (
    <div className="linked-items" data-testid="linked-items">
      {links.length === 0 ? <p className="hint">{t('links.none')}</p> : null}
      <PooledLinks links={links} onUnlink={onUnlink} />
      {echo.difficulties.length > 0 ? (
        <ul className="echo-list">
          {echo.difficulties.map((difficulty) => {
            const resolved = words(difficulty.pictogram);
            const linkedHere = difficulty.itemIds.filter((id) => linked.has(id));
            return (
              <li key={difficulty.pictogram} className="echo-item">
                {resolved.imageId ? <Pictogram id={resolved.imageId} size={36} alt="" /> : null}
                <div>
                  <strong>{name(difficulty.pictogram)}</strong>{' '}
                  <span className="echo-count">{t('links.times', { count: difficulty.count })}</span>
                  <p className="echo-activities">
                    {difficulty.activities
                      .map((a) =>
                        t('links.activity', {
                          label: name(a.pictogram),
                          count: a.count,
                        }),
                      )
                      .join(', ')}
                  </p>
                  {difficulty.words.length > 0 ? (
                    <p className="echo-words">
                      {[...new Set(difficulty.words)].map((w) => (
                        <q key={w}>{w}</q>
                      ))}
                    </p>
                  ) : null}
                </div>
                {onUnlink && linkedHere.length > 0 ? (
                  <Button
                    label={t('links.unlink', { label: resolved.label })}
                    icon={<IconLinkOff size={20} />}
                    showLabel={false}
                    variant="quiet"
                    onClick={() => onUnlink(linkedHere)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {echo.proposals.length > 0 ? (
        <ul className="echo-list">
          {echo.proposals.map((proposal) => {
            const resolved = words(proposal.pictogram);
            const label = proposal.label.trim() || resolved.label;
            return (
              <li key={proposal.id} className="echo-item echo-proposal">
                {resolved.imageId ? <Pictogram id={resolved.imageId} size={36} alt="" /> : null}
                <div>
                  <span className="echo-kind">{t('links.proposal')}</span> <strong>{label}</strong>{' '}
                  <span className="echo-count">{t('links.votes', { count: proposal.votes })}</span>
                </div>
                {onUnlink ? (
                  <Button
                    label={t('links.unlink', { label })}
                    icon={<IconLinkOff size={20} />}
                    showLabel={false}
                    variant="quiet"
                    onClick={() => onUnlink([proposal.id])}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <MissingLinks missing={echo.missing} onUnlink={onUnlink} />
      {onLink && candidates.length > 0 ? (
        <div className="link-more">
          <label htmlFor="link-proposal">{t('links.add')}</label>
          <div className="row">
            <select id="link-proposal" value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('links.choose')}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {(p.label.trim() || words(p.pictogram).label) +
                    ` (${t('links.votes', { count: p.votes })})`}
                </option>
              ))}
            </select>
            <Button
              label={t('links.addButton')}
              disabled={choice === ''}
              onClick={() => {
                onLink(choice);
                setChoice('');
              }}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
