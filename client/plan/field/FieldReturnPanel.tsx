/**
 * The field return (*retour du terrain*), read-only: what residents said, from the board of this
 * workshop. Stakeholders start an action from a proposal or a difficulty; the new fiche keeps the link
 * and starts with the residents' difficulties, counted, in their own words.
 */
import { useTranslation } from 'react-i18next';
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board } from '../../../shared/schema/board';
import type { Action } from '../../../shared/schema/plan';
import { difficultyEchoes } from '../model/fieldReturn';
import { DifficultyList } from './DifficultyList';
import { MatrixTable } from './MatrixTable';
import { ProposalList } from './ProposalList';

export interface FieldReturnPanelProps {
  board: Board;
  synthesis: Synthesis;
  actions: readonly Action[];
  /** Absent on screens that may not write the plan. */
  onStartFromProposal?: (proposalId: string) => void;
  onStartFromDifficulty?: (pictogram: string) => void;
  onOpen(actionId: string): void;
}

export function FieldReturnPanel(props: FieldReturnPanelProps) {
  const { t } = useTranslation('plan');
  const { synthesis } = props;
  const placed = synthesis.activities.reduce((sum, row) => sum + row.placed, 0);
  const found = synthesis.difficulties.reduce((sum, column) => sum + column.count, 0);
  const answeredBy = (itemIds: readonly string[]) =>
    props.actions.filter((action) => action.links.some((link) => itemIds.includes(link)));
  return (
    <section className="field-return" aria-labelledby="field-return-title" data-testid="field-return">
      <h2 id="field-return-title">{t('return.title')}</h2>
      <p className="hint">
        {t('return.summary', {
          activities: t('return.activityCount', { count: placed }),
          difficulties: t('return.difficultyCount', { count: found }),
          proposals: t('return.proposalCount', { count: synthesis.proposals.length }),
        })}
      </p>
      <ProposalList
        synthesis={synthesis}
        board={props.board}
        answeredBy={answeredBy}
        onStart={props.onStartFromProposal}
        onOpen={props.onOpen}
      />
      <DifficultyList
        echoes={difficultyEchoes(props.board)}
        itemLabels={synthesis.itemLabels}
        answeredBy={answeredBy}
        onStart={props.onStartFromDifficulty}
        onOpen={props.onOpen}
      />
      <MatrixTable synthesis={synthesis} />
    </section>
  );
}
