import type { VoteTally } from '../schema/board';

/**
 * The votes that count, the one rule of the budget: those on items that still exist. A tally can outlive
 * its proposal (a resident removing their own proposal may not write the other seats' counts, and a vote
 * cast at that moment on another tablet lands in the tally all the same): those tokens go back to the
 * residents. The op, readBoard and the board index all count through this, so a tablet never refuses a
 * vote the op would accept, nor offers one it would refuse.
 */
export function standingVotes(votes: VoteTally, exists: (itemId: string) => boolean): VoteTally {
  const standing: VoteTally = {};
  for (const [itemId, counts] of Object.entries(votes)) if (exists(itemId)) standing[itemId] = counts;
  return standing;
}

/**
 * Tokens a resident has placed across all proposals (merged ones included: they still cost a token), in
 * a tally of standing votes.
 */
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
