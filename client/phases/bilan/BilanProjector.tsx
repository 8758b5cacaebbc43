/**
 * The closing phase (*Bilan*) on the projector: what the workshop produced, read from the back of the
 * room. The counts, the proposals the residents voted for most, and the actions of the plan with their
 * nature. The whole board stays in the page as text for observers' screen readers.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardItem, VoteTally } from '../../../shared/schema/board';
import { BoardListView } from '../../fresco/BoardListView';
import { itemWords } from '../../fresco/pictogramWords';
import { useBoardSnapshot, useFresco } from '../../fresco/useFresco';
import { NatureMark } from '../../plan/NatureMark';
import { useActions } from '../../plan/usePlanData';
import './bilan.css';

/** The podium a room can read at a glance; the rest are in the export. */
const TOP_PROPOSALS = 5;

export default function BilanProjector() {
  const { t } = useTranslation('projector');
  const { t: tPlan } = useTranslation('plan');
  const fresco = useFresco();
  const snapshot = useBoardSnapshot(fresco.index);
  const actions = useActions();
  const { counts, top } = useMemo(() => summarise(snapshot.items, snapshot.votes), [snapshot]);
  const figures = [
    ['residents', snapshot.participants.length],
    ['activities', counts.activity],
    ['difficulties', counts.difficulty],
    ['proposals', counts.proposal],
    ['votes', counts.votes],
    ['actions', actions.length],
  ] as const;
  return (
    <div className="bilan-projector" data-testid="bilan-projector">
      <ul className="bilan-counts" aria-label={t('bilan.countsLabel')}>
        {figures.map(([key, value]) => (
          <li key={key} data-count={key} data-value={value}>
            <span className="bilan-number">{value}</span>
            <span className="bilan-word">{t(`bilan.${key}`, { count: value })}</span>
          </li>
        ))}
      </ul>
      <div className="bilan-columns">
        <section aria-labelledby="bilan-top-title" data-testid="bilan-top">
          <h2 id="bilan-top-title">{t('bilan.topTitle')}</h2>
          {top.length === 0 ? <p>{t('bilan.noProposal')}</p> : null}
          <ol>
            {top.map(({ item, votes }) => (
              <li key={item.id} data-item={item.id}>
                <span className="bilan-item-words" dir="auto">
                  {itemWords(item, fresco.resolve(item.pictogram))}
                </span>
                <span className="bilan-votes">{t('bilan.voteCount', { count: votes })}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="bilan-actions-title" data-testid="bilan-actions">
          <h2 id="bilan-actions-title">{t('bilan.actionsTitle')}</h2>
          {actions.length === 0 ? <p>{t('bilan.noAction')}</p> : null}
          <ul className={actions.length > 6 ? 'bilan-two-columns' : ''}>
            {actions.map((action) => (
              <li key={action.id} data-action={action.id}>
                <NatureMark nature={action.nature} size={32} />
                <span className="bilan-item-words" dir="auto">
                  {action.title || tPlan('untitled')}
                </span>
                <span className="bilan-nature">{tPlan(`nature.${action.nature}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <BoardListView fresco={fresco} open={false} actions={null} />
    </div>
  );
}

function summarise(items: BoardItem[], votes: VoteTally) {
  const counts = { activity: 0, difficulty: 0, proposal: 0, votes: 0 };
  const proposals: { item: BoardItem; votes: number }[] = [];
  for (const item of items) {
    if (item.kind === 'note') continue;
    counts[item.kind] += 1;
    if (item.kind !== 'proposal') continue;
    const total = Object.values(votes[item.id] ?? {}).reduce((sum, count) => sum + count, 0);
    counts.votes += total;
    proposals.push({ item, votes: total });
  }
  const top = proposals
    .filter((entry) => entry.votes > 0)
    .sort((a, b) => b.votes - a.votes)
    .slice(0, TOP_PROPOSALS);
  return { counts, top };
}
