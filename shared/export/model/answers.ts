/**
 * What residents said that an action answers: its links to the board, traced back to kinds of
 * difficulty (with how often they were raised, where, and the words used) and to proposals (with votes).
 * A link to a proposal brings the difficulties that proposal answers; a link to a merged duplicate counts
 * as a link to the proposal that stands for its group. Links to items since removed are left out.
 */
import type { RankedProposal, Synthesis } from '../../model/synthesis';
import type { BoardItem } from '../../schema/board';
import { oneLine } from '../text/clean';
import type { AnsweredDifficulty, AnsweredProposal, PictogramRef } from './types';

export interface BoardIndex {
  byId: Map<string, BoardItem>;
  /** Proposal item id (root or merged duplicate) → the ranked proposal standing for its group. */
  proposalGroup: Map<string, RankedProposal>;
  synthesis: Synthesis;
  name: (pictogram: string) => PictogramRef;
}

export function indexBoard(
  items: BoardItem[],
  synthesis: Synthesis,
  name: (pictogram: string) => PictogramRef,
): BoardIndex {
  const proposalGroup = new Map<string, RankedProposal>();
  for (const proposal of synthesis.proposals) {
    proposalGroup.set(proposal.id, proposal);
    for (const merged of proposal.mergedIds) proposalGroup.set(merged, proposal);
  }
  return { byId: new Map(items.map((item) => [item.id, item])), proposalGroup, synthesis, name };
}

/** The words on a proposal group: the standing proposal's first, then its duplicates', without repeats. */
export function proposalWords(proposal: RankedProposal, byId: Map<string, BoardItem>): string[] {
  const words = [proposal.id, ...proposal.mergedIds].map((id) => oneLine(byId.get(id)?.label ?? ''));
  return [...new Set(words.filter((word) => word !== ''))];
}

/**
 * A proposal is named by its words (its pictogram only says "an idea"); the words of duplicates grouped
 * under it follow. A proposal without words is named by its pictogram.
 */
export function namedByWords(ref: PictogramRef, words: string[]): PictogramRef & { words: string[] } {
  const [first, ...rest] = words;
  return first ? { ...ref, name: first, words: rest } : { ...ref, words };
}

export function answeredProposals(links: string[], index: BoardIndex): AnsweredProposal[] {
  const seen = new Set<string>();
  const answered: AnsweredProposal[] = [];
  for (const link of links) {
    const group = index.proposalGroup.get(link);
    if (!group || seen.has(group.id)) continue;
    seen.add(group.id);
    answered.push({
      ...namedByWords(index.name(group.pictogram), proposalWords(group, index.byId)),
      itemId: group.id,
      votes: group.votes,
      voters: group.voters,
    });
  }
  return answered.sort((a, b) => b.votes - a.votes);
}

export function answeredDifficulties(links: string[], index: BoardIndex): AnsweredDifficulty[] {
  const pictograms: string[] = [];
  const linkedIds = new Set<string>();
  const add = (id: string) => {
    const item = index.byId.get(id);
    if (item?.kind !== 'difficulty' || linkedIds.has(id)) return;
    linkedIds.add(id);
    if (!pictograms.includes(item.pictogram)) pictograms.push(item.pictogram);
  };
  for (const link of links) {
    add(link);
    const group = index.proposalGroup.get(link);
    if (group) for (const difficultyId of group.difficultyIds) add(difficultyId);
  }
  return pictograms
    .map((pictogram) => describeDifficulty(pictogram, linkedIds, index))
    .sort((a, b) => b.count - a.count);
}

function describeDifficulty(
  pictogram: string,
  linkedIds: Set<string>,
  index: BoardIndex,
): AnsweredDifficulty {
  const column = index.synthesis.difficulties.find((entry) => entry.pictogram === pictogram);
  const activities: string[] = [];
  const linkedWords: string[] = [];
  const otherWords: string[] = [];
  for (const item of index.byId.values()) {
    if (item.kind !== 'difficulty' || item.pictogram !== pictogram) continue;
    const activity = item.parent ? index.byId.get(item.parent) : undefined;
    if (activity?.kind === 'activity') {
      const activityName = index.name(activity.pictogram).name;
      if (!activities.includes(activityName)) activities.push(activityName);
    }
    const words = oneLine(item.label);
    if (words !== '') (linkedIds.has(item.id) ? linkedWords : otherWords).push(words);
  }
  return {
    ...index.name(pictogram),
    // An orphan difficulty (its activity removed) is not in the synthesis counts; it still counts once here.
    count: Math.max(column?.count ?? 0, 1),
    activities,
    words: [...new Set([...linkedWords, ...otherWords])],
  };
}
