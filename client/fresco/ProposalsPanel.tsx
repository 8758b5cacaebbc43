/**
 * The proposals phase: residents' proposals with their dot votes, the tokens each resident still holds,
 * a form for a new proposal, and for the facilitator the grouping of duplicates. Residents see the
 * proposals in the order they were written (so ranking does not sway the vote); the facilitator and the
 * projector see them ranked by votes.
 */
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeSynthesis } from '../../shared/model/synthesis';
import { votesLeft, votesUsed } from '../../shared/model/votes';
import type { BoardItem, VoteTally } from '../../shared/schema/board';
import { Button } from '../ui/Button';
import {
  type CommandResult,
  castVoteCommand,
  mergeProposalsCommand,
  removeItemCommand,
  withdrawVoteCommand,
} from './commands';
import { ProposalCard } from './ProposalCard';
import { ProposalForm } from './ProposalForm';
import { type BoardSnapshot, type Fresco, useBoardSnapshot } from './useFresco';

export interface ProposalsPanelProps {
  fresco: Fresco;
  report(result: CommandResult): void;
  order: 'written' | 'ranked';
  canPropose: boolean;
  canVote: boolean;
  canMerge: boolean;
  /** Difficulties tapped on the fresco, ticked in a new proposal. */
  preselected?: string[];
  big?: boolean;
}

export function ProposalsPanel({
  fresco,
  report,
  order,
  canPropose,
  canVote,
  canMerge,
  preselected = [],
  big,
}: ProposalsPanelProps) {
  const { t } = useTranslation('fresco');
  const snapshot = useBoardSnapshot(fresco.index);
  const [writing, setWriting] = useState(false);
  const [mergeSource, setMergeSource] = useState<string | null>(null);
  const synthesis = useMemo(() => computeSynthesis(boardOf(snapshot)), [snapshot]);
  const me = fresco.actor.seatId;
  const budget = fresco.settings.votesPerParticipant;
  const left = me ? votesLeft(snapshot.votes, me, budget) : 0;
  const ranked = synthesis.proposals;
  const groups =
    order === 'ranked'
      ? ranked
      : [...ranked].sort(
          (a, b) => createdAt(snapshot, a.id) - createdAt(snapshot, b.id) || (a.id < b.id ? -1 : 1),
        );

  const vote = (groupId: string, members: string[], delta: 1 | -1) => {
    if (delta === 1) return report(castVoteCommand(fresco.ctx, groupId));
    const from = [groupId, ...members].find((id) => me && (snapshot.votes[id]?.[me] ?? 0) > 0);
    if (from) report(withdrawVoteCommand(fresco.ctx, from));
  };

  return (
    <section
      className={`proposals-panel ${big ? 'proposals-big' : ''}`}
      aria-labelledby="proposals-title"
      data-testid="proposals-panel"
    >
      <header className="panel-header">
        <h2 id="proposals-title">{t('proposals.title', { count: groups.length })}</h2>
        {canVote && me ? (
          <TokenPurse
            left={left}
            used={votesUsed(snapshot.votes, me)}
            color={fresco.index.colorOf(me)}
            budget={budget}
          />
        ) : null}
        {canPropose && !writing ? (
          <Button
            variant="primary"
            size="large"
            label={t('proposals.new')}
            icon={<IconPlus size={28} />}
            data-testid="proposal-new"
            onClick={() => setWriting(true)}
          />
        ) : null}
      </header>
      {writing ? (
        <ProposalForm
          fresco={fresco}
          snapshot={snapshot}
          initialDifficulties={preselected}
          onClose={() => setWriting(false)}
          report={report}
        />
      ) : null}
      {mergeSource ? (
        <p className="merge-hint" role="status">
          {t('proposals.groupHint')}
          <Button
            label={t('proposals.groupCancel')}
            icon={<IconX size={24} />}
            onClick={() => setMergeSource(null)}
          />
        </p>
      ) : null}
      {groups.length === 0 && !writing ? <p className="panel-empty">{t('proposals.empty')}</p> : null}
      <ol className="proposal-list">
        {groups.map((group) => {
          const item = snapshot.byId.get(group.id);
          if (!item) return null;
          const members = group.mergedIds.flatMap((id) => snapshot.byId.get(id) ?? []);
          const ids = [group.id, ...group.mergedIds];
          return (
            <li key={group.id}>
              <ProposalCard
                fresco={fresco}
                proposal={group}
                item={item}
                members={members}
                difficulties={group.difficultyIds.flatMap((id) => snapshot.byId.get(id) ?? [])}
                tokens={tokensOf(snapshot.votes, ids, (id) => fresco.index.colorOf(id))}
                mine={me ? ids.reduce((sum, id) => sum + (snapshot.votes[id]?.[me] ?? 0), 0) : 0}
                canVote={canVote && me !== null}
                votesLeft={left}
                onVote={(delta) => vote(group.id, group.mergedIds, delta)}
                onRemove={() => report(removeItemCommand(fresco.ctx, group.id))}
                merge={
                  canMerge
                    ? {
                        active: mergeSource !== null,
                        source: mergeSource,
                        onStart: () => setMergeSource(group.id),
                        onInto: () => {
                          if (mergeSource) report(mergeProposalsCommand(fresco.ctx, mergeSource, group.id));
                          setMergeSource(null);
                        },
                      }
                    : undefined
                }
                big={big}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** My tokens as discs: full ones still to place, hollow ones placed. */
function TokenPurse({
  left,
  used,
  budget,
  color,
}: {
  left: number;
  used: number;
  budget: number;
  color: string;
}) {
  const { t } = useTranslation('fresco');
  return (
    <div className="token-purse" data-testid="token-purse" data-left={left}>
      <span className="token-row" aria-hidden="true">
        {purseSlots(Math.max(budget, used), left).map((slot) => (
          <span
            key={slot.key}
            className={`token token-big ${slot.full ? '' : 'token-spent'}`}
            style={{ background: slot.full ? color : undefined }}
          />
        ))}
      </span>
      <span>{t('votes.left', { count: left, budget })}</span>
    </div>
  );
}

function purseSlots(total: number, left: number): { key: string; full: boolean }[] {
  return Array.from({ length: total }, (_, index) => ({ key: `slot-${index}`, full: index < left }));
}

/** One entry per token on the group, keyed by voter and rank, in the voter's colour. */
function tokensOf(
  votes: VoteTally,
  ids: string[],
  colorOf: (participantId: string) => string,
): { key: string; color: string }[] {
  const tokens: { key: string; color: string }[] = [];
  for (const id of ids) {
    for (const [participantId, count] of Object.entries(votes[id] ?? {})) {
      for (let rank = 0; rank < count; rank++) {
        tokens.push({ key: `${id}-${participantId}-${rank}`, color: colorOf(participantId) });
      }
    }
  }
  return tokens;
}

function createdAt(snapshot: BoardSnapshot, id: string): number {
  return snapshot.byId.get(id)?.createdAt ?? 0;
}

/** The board as computeSynthesis expects it (the index already keeps only standing votes). */
export function boardOf(snapshot: BoardSnapshot) {
  return { participants: snapshot.participants, items: snapshot.items as BoardItem[], votes: snapshot.votes };
}
