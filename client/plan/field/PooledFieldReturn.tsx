/**
 * In a concertation's stakeholders' workshop, the field return beside the plan is the whole
 * concertation's, pooled live from every neighbourhood (useLiveFieldReturn), and a stakeholder starts an action from any of
 * its difficulties or proposals: the new fiche links to the residents' items where they were said.
 */
import { useTranslation } from 'react-i18next';
import type { FieldReturn } from '../../../shared/concertation/fieldReturn';
import { FieldReturnView } from '../../concertation/FieldReturnView';
import { LoadingNote } from '../../ui/LoadingNote';
import { useContextWords } from '../fiche/useContextWords';
import { pooledDifficultyContext, pooledProposalContext } from '../model/pooledContext';

export interface PooledFieldReturnProps {
  field: FieldReturn | null;
  /** The last refresh failed: what is shown may be old. */
  stale: boolean;
  /** Absent on screens that may not write the plan. */
  onStart?: (start: { links: string[]; title: string; context: string }) => void;
}

export function PooledFieldReturn({ field, stale, onStart }: PooledFieldReturnProps) {
  const { t } = useTranslation(['plan', 'concertation']);
  const words = useContextWords();
  if (!field) return <LoadingNote />;
  return (
    <section className="field-return" data-testid="field-return">
      {stale ? (
        <p className="warning" role="status">
          {t('concertation:field.unreachable')}
        </p>
      ) : null}
      <FieldReturnView
        field={field}
        onStartFromDifficulty={
          onStart &&
          ((difficulty) =>
            onStart({
              links: difficulty.links,
              title: t('return.newTitle', { label: difficulty.label }),
              context: pooledDifficultyContext(field, difficulty, words),
            }))
        }
        onStartFromProposal={
          onStart &&
          ((proposal) =>
            onStart({
              links: [`${proposal.workshopId}/${proposal.id}`],
              title: proposal.label,
              context: pooledProposalContext(field, proposal, words),
            }))
        }
      />
    </section>
  );
}
