import type { VoteTally } from '../schema/board';

/** Tokens a resident has placed across all proposals (merged ones included: they still cost a token). */
export function votesUsed(votes: VoteTally, participantId: string): number {
  let used = 0;
  for (const counts of Object.values(votes)) used += counts[participantId] ?? 0;
  return used;
}

/** Tokens a resident may still place; never negative, even when concurrent writes went over budget. */
export function votesLeft(votes: VoteTally, participantId: string, budget: number): number {
  return Math.max(0, budget - votesUsed(votes, participantId));
}

/** All tokens on one proposal, and how many residents placed them. */
export function proposalVotes(votes: VoteTally, itemId: string): { votes: number; voters: number } {
  const counts = Object.values(votes[itemId] ?? {});
  return { votes: counts.reduce((sum, count) => sum + count, 0), voters: counts.length };
}
