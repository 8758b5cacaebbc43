import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board } from '../../../shared/schema/board';
import type { Action } from '../../../shared/schema/plan';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { usePictogramWords } from '../usePictogramWords';
import { AnsweredBy } from './AnsweredBy';

export interface ProposalListProps {
  synthesis: Synthesis;
  board: Board;
  answeredBy(itemIds: readonly string[]): Action[];
  onStart?: (proposalId: string) => void;
  onOpen(id: string): void;
}

/** Residents' proposals, most votes first, each with the difficulties it answers. */
export function ProposalList({ synthesis, board, answeredBy, onStart, onOpen }: ProposalListProps) {
  const { t } = useTranslation('plan');
  const words = usePictogramWords();
  const byId = new Map(board.items.map((item) => [item.id, item]));
  return (
    <section className="field-block" aria-labelledby="field-proposals">
      <h3 id="field-proposals">{t('return.proposals')}</h3>
      {synthesis.proposals.length === 0 ? <p className="panel-empty">{t('return.noProposals')}</p> : null}
      <ol className="field-list">
        {synthesis.proposals.map((proposal) => {
          const resolved = words(proposal.pictogram);
          const label = proposal.label.trim() || resolved.label || t('untitled');
          const difficulties = proposal.difficultyIds
            .map((id) => byId.get(id))
            .filter((item) => item !== undefined)
            .map((item) => words(item.pictogram).label || item.label);
          return (
            <li key={proposal.id} className="field-card" data-proposal-id={proposal.id}>
              {resolved.imageId ? <Pictogram id={resolved.imageId} size={48} alt="" /> : null}
              <div className="field-card-body">
                <p className="field-card-title">
                  <strong>{label}</strong>{' '}
                  <span className="vote-count">
                    <span aria-hidden="true">{'●'.repeat(Math.min(proposal.votes, 12))}</span>{' '}
                    {t('return.votesLong', {
                      count: proposal.votes,
                      voters: t('return.voters', { count: proposal.voters }),
                    })}
                  </span>
                </p>
                {difficulties.length > 0 ? (
                  <p className="hint">
                    {t('return.answers', { difficulties: [...new Set(difficulties)].join(', ') })}
                  </p>
                ) : null}
                <AnsweredBy actions={answeredBy([proposal.id, ...proposal.mergedIds])} onOpen={onOpen} />
              </div>
              {onStart ? (
                <Button
                  label={t('return.startFromProposal')}
                  icon={<IconPlus size={20} />}
                  variant="primary"
                  data-testid="start-from-proposal"
                  onClick={() => onStart(proposal.id)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
