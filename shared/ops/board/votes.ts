/**
 * Dot votes on proposals. The budget is checked against this peer's view of the board: it holds after
 * merging as long as each seat votes from one tablet (the seat is then the only writer of its counts).
 * A merge of proposals or a seat used from two devices at once can leave a resident over budget; the
 * UI then shows no tokens left, and nothing is silently removed.
 */
import * as Y from 'yjs';
import { standingVotes, votesUsed } from '../../model/votes';
import { hasItem, readVotes } from '../../read/board';
import { asNumber } from '../../read/coerce';
import type { Origin } from '../origin';
import { votesMap } from '../roots';
import { itemRecord } from './records';

/**
 * Puts one token of `participantId` on a proposal. False when the proposal is unknown or merged, or when
 * the resident has already used `max` tokens across the board.
 */
export function castVote(
  doc: Y.Doc,
  { proposalId, participantId, max }: { proposalId: string; participantId: string; max: number },
  origin: Origin,
): boolean {
  const proposal = itemRecord(doc, proposalId, 'proposal');
  if (!proposal) return false;
  // Merged into a proposal that is still there; one merged into a removed proposal stands on its own.
  const mergedInto = proposal.get('mergedInto');
  if (typeof mergedInto === 'string' && itemRecord(doc, mergedInto, 'proposal')) return false;
  if (typeof participantId !== 'string' || participantId === '') return false;
  if (typeof max !== 'number' || !Number.isFinite(max) || tokensUsed(doc, participantId) + 1 > max)
    return false;
  doc.transact(() => {
    const tally = tallyOf(doc, proposalId);
    tally.set(participantId, countIn(tally, participantId) + 1);
  }, origin);
  return true;
}

/** Takes one token back; false when the resident has none on this proposal. */
export function withdrawVote(
  doc: Y.Doc,
  { proposalId, participantId }: { proposalId: string; participantId: string },
  origin: Origin,
): boolean {
  const tally = votesMap(doc).get(proposalId);
  if (!(tally instanceof Y.Map)) return false;
  const count = countIn(tally, participantId);
  if (count <= 0) return false;
  doc.transact(() => {
    if (count === 1) tally.delete(participantId);
    else tally.set(participantId, count - 1);
  }, origin);
  return true;
}

/** Tokens counted as the board index and readBoard count them (see standingVotes). */
function tokensUsed(doc: Y.Doc, participantId: string): number {
  return votesUsed(
    standingVotes(readVotes(doc), (itemId) => hasItem(doc, itemId)),
    participantId,
  );
}

function countIn(tally: Y.Map<unknown>, participantId: string): number {
  return Math.max(0, Math.floor(asNumber(tally.get(participantId), 0)));
}

// Created by addProposal; created here only for proposals written by old or odd peers.
function tallyOf(doc: Y.Doc, proposalId: string): Y.Map<unknown> {
  const votes = votesMap(doc);
  const existing = votes.get(proposalId);
  if (existing instanceof Y.Map) return existing;
  const tally = new Y.Map<unknown>();
  votes.set(proposalId, tally);
  return tally;
}
