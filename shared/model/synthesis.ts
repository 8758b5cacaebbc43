/**
 * The field return of the residents' workshop, computed from the board: which difficulties come up in
 * which activities (the synthesis table of the export cover), residents' own words, and the proposals
 * ranked by dot votes. Pure: board records in, plain tables out.
 */
import type { Board, BoardItem } from '../schema/board';

export interface DifficultyWord {
  /** The difficulty item the words were written on, to trace them back to the board. */
  itemId: string;
  activityId: string;
  label: string;
}

export interface ActivityRow {
  pictogram: string;
  /** How many times residents placed this activity. */
  placed: number;
  /** Difficulties found under all of them. */
  difficulties: number;
}

export interface DifficultyColumn {
  pictogram: string;
  count: number;
  words: DifficultyWord[];
}

export interface RankedProposal {
  id: string;
  pictogram: string;
  label: string;
  /** Tokens on the proposal and on every proposal merged into it. */
  votes: number;
  /** Distinct residents who voted for the group. */
  voters: number;
  /** Proposals grouped under this one by the facilitator. */
  mergedIds: string[];
  /** Difficulties the group answers that are still on the board. */
  difficultyIds: string[];
}

export interface Synthesis {
  /** Rows of the matrix: most difficulties first, then most placed, then by pictogram. */
  activities: ActivityRow[];
  /** Columns of the matrix: most frequent first, then by pictogram. */
  difficulties: DifficultyColumn[];
  /** `matrix[row][column]`: difficulties of that pictogram under activities of that pictogram. */
  matrix: number[][];
  /** Activity item id → number of difficulties hanging off it. */
  activityDifficultyCounts: Record<string, number>;
  /** Proposals not merged into another, most votes first (ties: oldest first). */
  proposals: RankedProposal[];
  /** Proposals answering no difficulty still on the board (e.g. after their difficulty was removed). */
  detachedProposalIds: string[];
  /** Difficulties whose activity is gone (removed while someone added the difficulty); left out of counts. */
  orphanDifficultyIds: string[];
  /**
   * Pictogram → the words residents wrote most often on items of that pictogram (first written on a
   * tie). A pictogram the catalogue does not know is shown by these, never by its raw id.
   */
  itemLabels: Record<string, string>;
}

export function computeSynthesis(board: Board): Synthesis {
  const byId = new Map(board.items.map((item) => [item.id, item]));
  const activities = board.items.filter((item) => item.kind === 'activity');
  const activityDifficultyCounts: Record<string, number> = Object.fromEntries(
    activities.map((a) => [a.id, 0]),
  );
  const orphanDifficultyIds: string[] = [];
  const pairs: [BoardItem, BoardItem][] = [];
  for (const item of board.items) {
    if (item.kind !== 'difficulty') continue;
    const activity = item.parent === null ? undefined : byId.get(item.parent);
    if (activity?.kind !== 'activity') {
      orphanDifficultyIds.push(item.id);
      continue;
    }
    pairs.push([activity, item]);
    activityDifficultyCounts[activity.id] = (activityDifficultyCounts[activity.id] ?? 0) + 1;
  }

  const rows = new Map<string, ActivityRow>();
  for (const activity of activities) {
    const row = rows.get(activity.pictogram) ?? { pictogram: activity.pictogram, placed: 0, difficulties: 0 };
    row.placed++;
    rows.set(activity.pictogram, row);
  }
  const columns = new Map<string, DifficultyColumn>();
  for (const [activity, difficulty] of pairs) {
    (rows.get(activity.pictogram) as ActivityRow).difficulties++;
    const column = columns.get(difficulty.pictogram) ?? {
      pictogram: difficulty.pictogram,
      count: 0,
      words: [],
    };
    column.count++;
    const label = difficulty.label.trim();
    if (label !== '') column.words.push({ itemId: difficulty.id, activityId: activity.id, label });
    columns.set(difficulty.pictogram, column);
  }
  const activityRows = [...rows.values()].sort(
    (a, b) => b.difficulties - a.difficulties || b.placed - a.placed || byText(a.pictogram, b.pictogram),
  );
  const difficultyColumns = [...columns.values()].sort(
    (a, b) => b.count - a.count || byText(a.pictogram, b.pictogram),
  );
  const rowIndex = new Map(activityRows.map((row, index) => [row.pictogram, index]));
  const columnIndex = new Map(difficultyColumns.map((column, index) => [column.pictogram, index]));
  const matrix = activityRows.map(() => difficultyColumns.map(() => 0));
  for (const [activity, difficulty] of pairs) {
    const row = matrix[rowIndex.get(activity.pictogram) as number] as number[];
    const column = columnIndex.get(difficulty.pictogram) as number;
    row[column] = (row[column] ?? 0) + 1;
  }

  const liveDifficulties = new Set(pairs.map(([, difficulty]) => difficulty.id));
  const proposals = rankProposals(board, byId, liveDifficulties);
  return {
    activities: activityRows,
    difficulties: difficultyColumns,
    matrix,
    activityDifficultyCounts,
    proposals,
    detachedProposalIds: proposals.filter((p) => p.difficultyIds.length === 0).map((p) => p.id),
    orphanDifficultyIds,
    itemLabels: itemLabelsOf(board.items),
  };
}

/** See `Synthesis.itemLabels`. */
export function itemLabelsOf(items: readonly BoardItem[]): Record<string, string> {
  const tallies = new Map<string, Map<string, { count: number; first: number }>>();
  for (const item of [...items].sort((a, b) => a.createdAt - b.createdAt || byText(a.id, b.id))) {
    const words = item.label.trim();
    if (words === '') continue;
    const tally = tallies.get(item.pictogram) ?? new Map();
    const entry = tally.get(words) ?? { count: 0, first: tally.size };
    entry.count++;
    tally.set(words, entry);
    tallies.set(item.pictogram, tally);
  }
  const labels: Record<string, string> = {};
  for (const [pictogram, tally] of tallies) {
    let best: [string, { count: number; first: number }] | null = null;
    for (const entry of tally) {
      if (!best || entry[1].count > best[1].count) best = entry;
    }
    if (best) labels[pictogram] = best[0];
  }
  return labels;
}

function rankProposals(board: Board, byId: Map<string, BoardItem>, live: Set<string>): RankedProposal[] {
  const proposals = board.items.filter((item) => item.kind === 'proposal');
  const groups = new Map<string, BoardItem[]>();
  for (const proposal of proposals) {
    const root = groupRoot(proposal, byId);
    groups.set(root.id, [...(groups.get(root.id) ?? []), proposal]);
  }
  const ranked: (RankedProposal & { createdAt: number })[] = [];
  for (const [rootId, members] of groups) {
    const root = byId.get(rootId) as BoardItem;
    const voters = new Map<string, number>();
    const difficultyIds = new Set<string>();
    for (const member of members) {
      for (const [participantId, count] of Object.entries(board.votes[member.id] ?? {})) {
        voters.set(participantId, (voters.get(participantId) ?? 0) + count);
      }
      for (const link of member.links) if (live.has(link)) difficultyIds.add(link);
    }
    ranked.push({
      id: rootId,
      pictogram: root.pictogram,
      label: root.label,
      votes: [...voters.values()].reduce((sum, count) => sum + count, 0),
      voters: voters.size,
      mergedIds: members.filter((member) => member.id !== rootId).map((member) => member.id),
      difficultyIds: [...difficultyIds],
      createdAt: root.createdAt,
    });
  }
  ranked.sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt || byText(a.id, b.id));
  return ranked.map(({ createdAt: _createdAt, ...proposal }) => proposal);
}

/**
 * The proposal standing for a merge group: follows `mergedInto` while it leads to a proposal. Two screens
 * merging A into B and B into A at once make a cycle; its smallest id then stands for it, the same on
 * every peer whichever member the walk started from.
 */
function groupRoot(proposal: BoardItem, byId: Map<string, BoardItem>): BoardItem {
  const path = [proposal];
  let current = proposal;
  while (current.mergedInto !== null) {
    const next = byId.get(current.mergedInto);
    if (next?.kind !== 'proposal') break;
    const loopStart = path.indexOf(next);
    if (loopStart >= 0) {
      return path.slice(loopStart).reduce((lowest, item) => (item.id < lowest.id ? item : lowest));
    }
    path.push(next);
    current = next;
  }
  return current;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
