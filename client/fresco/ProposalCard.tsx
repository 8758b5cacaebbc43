/**
 * One proposal (with the duplicates grouped under it): its pictogram and words, the difficulties it
 * answers, and its dot votes drawn as tokens in each voter's colour. Residents add or take back their
 * own tokens; the facilitator groups duplicates.
 */
import { IconArrowMerge, IconMinus, IconPlus, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedProposal } from '../../shared/model/synthesis';
import { canChangeItem } from '../../shared/model/threads';
import type { BoardItem } from '../../shared/schema/board';
import { Button } from '../ui/Button';
import { SpeakButton } from '../ui/SpeakButton';
import { FramedItemPicture, ItemPicture } from './ItemPicture';
import { itemName } from './pictogramWords';
import type { Fresco } from './useFresco';

export interface ProposalCardProps {
  fresco: Fresco;
  proposal: RankedProposal;
  item: BoardItem;
  members: BoardItem[];
  difficulties: BoardItem[];
  /** Tokens on the group, one entry per token, in the voter's colour. */
  tokens: { key: string; color: string }[];
  mine: number;
  canVote: boolean;
  votesLeft: number;
  onVote(delta: 1 | -1): void;
  onRemove(): void;
  /** Facilitator: grouping mode, with this card as the one being grouped, or as a possible target. */
  merge?: { active: boolean; source: string | null; onStart(): void; onInto(): void };
  big?: boolean;
}

export const ProposalCard = memo(function ProposalCard(props: ProposalCardProps) {
  const { t } = useTranslation('fresco');
  const nameOf = (item: BoardItem) => itemName(item, fresco.resolve(item.pictogram)) || t('item.unknown');
  const { fresco, proposal, item, members, difficulties, tokens, mine, canVote, votesLeft, merge } = props;
  const words = item.label || fresco.resolve(item.pictogram).label;
  const removable = canChangeItem(fresco.actor, item) && fresco.actor.role !== 'viewer';
  const isSource = merge?.source === proposal.id;
  return (
    <article
      className={`proposal-card ${props.big ? 'proposal-card-big' : ''} ${isSource ? 'proposal-card-source' : ''}`}
      aria-labelledby={`proposal-${proposal.id}`}
      data-testid="proposal-card"
      data-proposal={proposal.id}
      data-votes={proposal.votes}
    >
      <div className="proposal-main">
        <FramedItemPicture fresco={fresco} item={item} size={props.big ? 88 : 60} />
        <div className="proposal-text">
          <h3 id={`proposal-${proposal.id}`} dir="auto">
            {words}
          </h3>
          {difficulties.length > 0 ? (
            <ul className="proposal-answers" aria-label={t('proposals.answersList')}>
              {difficulties.map((difficulty) => (
                <li key={difficulty.id} title={nameOf(difficulty)}>
                  <ItemPicture fresco={fresco} item={difficulty} size={32} />
                  <span className="visually-hidden">{nameOf(difficulty)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {members.length > 0 ? (
            <p className="proposal-members" dir="auto">
              {t('proposals.grouped', { words: members.map((member) => member.label || '…').join(' · ') })}
            </p>
          ) : null}
        </div>
        {props.big ? null : <SpeakButton text={words} />}
        {removable && !merge?.active && !props.big ? (
          <Button
            label={t('item.remove')}
            icon={<IconTrash size={24} />}
            showLabel={false}
            variant="quiet"
            onClick={props.onRemove}
          />
        ) : null}
      </div>
      <div className="proposal-votes">
        <span className="visually-hidden">{t('votes.onProposal', { count: proposal.votes })}</span>
        <span className="token-row" aria-hidden="true">
          {tokens.map((token) => (
            <span key={token.key} className="token" style={{ background: token.color }} />
          ))}
          {tokens.length === 0 ? <span className="token token-none" /> : null}
        </span>
        {props.big || !canVote ? (
          <span className="vote-count" aria-hidden="true">
            {proposal.votes}
          </span>
        ) : null}
        {canVote ? (
          <span className="vote-buttons">
            <Button
              label={t('votes.withdraw')}
              icon={<IconMinus size={28} />}
              showLabel={false}
              disabled={mine === 0}
              data-testid="vote-minus"
              onClick={() => props.onVote(-1)}
            />
            <span className="vote-mine">
              <span aria-hidden="true">{mine}</span>
              <span className="visually-hidden">{t('votes.mine', { count: mine })}</span>
            </span>
            <Button
              label={t('votes.cast')}
              icon={<IconPlus size={28} />}
              showLabel={false}
              variant="primary"
              disabled={votesLeft === 0}
              data-testid="vote-plus"
              onClick={() => props.onVote(1)}
            />
          </span>
        ) : null}
      </div>
      {merge ? (
        <div className="proposal-tools">
          {merge && !merge.active ? (
            <Button
              label={t('proposals.groupStart')}
              icon={<IconArrowMerge size={24} />}
              onClick={merge.onStart}
            />
          ) : null}
          {merge?.active && !isSource ? (
            <Button
              variant="primary"
              label={t('proposals.groupInto')}
              icon={<IconArrowMerge size={24} />}
              data-testid="merge-into"
              onClick={merge.onInto}
            />
          ) : null}
        </div>
      ) : null}
    </article>
  );
});
