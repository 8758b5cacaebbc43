/** Residents' proposals: each answers one or more difficulties; duplicates are grouped by merging. */
import * as Y from 'yjs';
import { asNumber, asStringList } from '../../read/coerce';
import type { Origin } from '../origin';
import { itemsMap, removeAll, stringArrayOf, votesMap } from '../roots';
import { type Creation, freeItemId, itemRecord, writeItem } from './records';

/**
 * Adds a proposal answering the given difficulties (unknown ids are left out; none at all gives a
 * proposal without difficulty). Its vote tally is created with it: two residents voting at once then
 * write into the same Y.Map instead of racing to create it, which would lose one vote.
 */
export function addProposal(
  doc: Y.Doc,
  args: { difficultyIds: string[]; pictogram: string; label: string; author: string } & Creation,
  origin: Origin,
): string | null {
  const id = freeItemId(doc, args);
  if (id === null) return null;
  const requested = Array.isArray(args.difficultyIds) ? args.difficultyIds : [];
  const links = [...new Set(requested)].filter((difficultyId) => itemRecord(doc, difficultyId, 'difficulty'));
  doc.transact(() => {
    writeItem(
      doc,
      id,
      {
        kind: 'proposal',
        pictogram: args.pictogram,
        label: args.label,
        day: null,
        period: null,
        parent: links[0] ?? null,
        links,
        author: args.author,
      },
      args.now,
    );
    votesMap(doc).set(id, new Y.Map<number>());
  }, origin);
  return id;
}

/** Links a proposal to one more difficulty; true (nothing written) when already linked. */
export function linkProposal(
  doc: Y.Doc,
  { proposalId, difficultyId }: { proposalId: string; difficultyId: string },
  origin: Origin,
): boolean {
  const proposal = itemRecord(doc, proposalId, 'proposal');
  if (!proposal || !itemRecord(doc, difficultyId, 'difficulty')) return false;
  if (asStringList(proposal.get('links')).includes(difficultyId)) return true;
  doc.transact(() => {
    stringArrayOf(proposal, 'links').push([difficultyId]);
    if (typeof proposal.get('parent') !== 'string') proposal.set('parent', difficultyId);
  }, origin);
  return true;
}

/** The parent follows: when its parent is unlinked, a proposal's next link becomes its parent. */
export function unlinkProposal(
  doc: Y.Doc,
  { proposalId, difficultyId }: { proposalId: string; difficultyId: string },
  origin: Origin,
): boolean {
  const proposal = itemRecord(doc, proposalId, 'proposal');
  if (!proposal || !asStringList(proposal.get('links')).includes(difficultyId)) return false;
  doc.transact(() => {
    const links = stringArrayOf(proposal, 'links');
    removeAll(links, difficultyId);
    if (proposal.get('parent') === difficultyId) proposal.set('parent', asStringList(links)[0] ?? null);
  }, origin);
  return true;
}

/**
 * Groups a duplicate (source) under another proposal (target): the source's votes move to the target,
 * its difficulties are added to the target's, proposals already merged into the source now point at the
 * target, and the source keeps its words with `mergedInto` set (hidden from votes, shown in the group).
 * A target that is itself merged resolves to the proposal it was merged into. False for unknown ids,
 * non-proposals, or a merge that would make a cycle.
 */
export function mergeProposals(
  doc: Y.Doc,
  { sourceId, targetId }: { sourceId: string; targetId: string },
  origin: Origin,
): boolean {
  const source = itemRecord(doc, sourceId, 'proposal');
  const rootId = resolveMerged(doc, targetId);
  if (!source || rootId === null || rootId === sourceId) return false;
  const target = itemRecord(doc, rootId, 'proposal');
  if (!target) return false;
  doc.transact(() => {
    moveVotes(doc, sourceId, rootId);
    const targetLinks = stringArrayOf(target, 'links');
    const known = new Set(asStringList(targetLinks));
    const added = asStringList(source.get('links')).filter((link) => !known.has(link));
    if (added.length > 0) targetLinks.push(added);
    if (typeof target.get('parent') !== 'string') target.set('parent', asStringList(targetLinks)[0] ?? null);
    for (const [, other] of itemsMap(doc).entries()) {
      if (other instanceof Y.Map && other.get('mergedInto') === sourceId) other.set('mergedInto', rootId);
    }
    source.set('mergedInto', rootId);
  }, origin);
  return true;
}

/** Follows `mergedInto` to the proposal that stands for the group; null if unknown or cyclic. */
function resolveMerged(doc: Y.Doc, id: string): string | null {
  let current = id;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const record = itemRecord(doc, current, 'proposal');
    if (!record) return null;
    const next = record.get('mergedInto');
    if (typeof next !== 'string' || next === '') return current;
    current = next;
  }
  return null;
}

// Keys are cleared one by one (not the whole tally deleted) so a vote cast on the source at the same
// moment lands in a tally that still exists; computeSynthesis folds such late votes into the target.
function moveVotes(doc: Y.Doc, sourceId: string, targetId: string): void {
  const votes = votesMap(doc);
  const from = votes.get(sourceId);
  if (!(from instanceof Y.Map)) return;
  let to = votes.get(targetId);
  if (!(to instanceof Y.Map)) {
    to = new Y.Map<number>();
    votes.set(targetId, to);
  }
  const tally = to as Y.Map<unknown>;
  for (const [participantId, count] of Array.from(from.entries())) {
    const moved = Math.floor(asNumber(count, 0));
    if (moved > 0) tally.set(participantId, Math.floor(asNumber(tally.get(participantId), 0)) + moved);
    from.delete(participantId);
  }
}
