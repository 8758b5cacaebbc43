/**
 * In a concertation, a stakeholders' action may answer residents of any of its neighbourhoods: a link
 * `<workshopId>/<itemId>` names an item of another workshop's board (a bare id, this workshop's own).
 * Each workshop's links are traced on that workshop's board, and what comes back says where it was
 * said. A link to an item since removed, or to a workshop no longer in the concertation, is counted
 * as unreachable: the fiche says so, and nothing breaks.
 */
import { computeSynthesis } from '../../model/synthesis';
import type { Board } from '../../schema/board';
import type { CustomPictogram, Language } from '../../schema/control';
import type { ExportLabels } from '../labels';
import { answeredDifficulties, answeredProposals, type BoardIndex, indexBoard } from './answers';
import { type CatalogLabel, pictogramNamer, unnamedByKind } from './pictogramNames';
import type { AnsweredDifficulty, AnsweredProposal } from './types';

/** Another workshop of the concertation, as the export reads it. */
export interface LinkedBoard {
  place: string;
  board: Board;
  custom: CustomPictogram[];
}

export interface LinkedIndex {
  place: string;
  index: BoardIndex;
}

export interface Answers {
  difficulties: AnsweredDifficulty[];
  proposals: AnsweredProposal[];
  /** Links to nothing any more (removed items, workshops gone from the concertation). */
  unreachable: number;
}

const SEPARATOR = '/';

/** `w1/item` → its workshop and item; a bare id belongs to the workshop that holds the plan. */
export function splitLink(link: string): { workshopId: string | null; itemId: string } {
  const at = link.indexOf(SEPARATOR);
  return at <= 0
    ? { workshopId: null, itemId: link }
    : { workshopId: link.slice(0, at), itemId: link.slice(at + 1) };
}

export function crossLink(workshopId: string, itemId: string): string {
  return `${workshopId}${SEPARATOR}${itemId}`;
}

export function indexLinkedBoards(
  linked: ReadonlyMap<string, LinkedBoard>,
  language: Language,
  labels: ExportLabels,
  catalog: CatalogLabel,
): Map<string, LinkedIndex> {
  const indexes = new Map<string, LinkedIndex>();
  for (const [workshopId, { place, board, custom }] of linked) {
    const synthesis = computeSynthesis(board);
    const name = pictogramNamer(custom, language, catalog, {
      itemLabels: synthesis.itemLabels,
      unnamed: unnamedByKind(board.items, labels.unnamed),
    });
    indexes.set(workshopId, { place, index: indexBoard(board.items, synthesis, name) });
  }
  return indexes;
}

export function answersAcross(
  links: readonly string[],
  own: BoardIndex,
  elsewhere: ReadonlyMap<string, LinkedIndex>,
): Answers {
  const byWorkshop = new Map<string | null, string[]>();
  let unreachable = 0;
  for (const link of links) {
    const { workshopId, itemId } = splitLink(link);
    const index = workshopId === null ? own : elsewhere.get(workshopId)?.index;
    if (!index?.byId.has(itemId)) {
      unreachable++;
      continue;
    }
    byWorkshop.set(workshopId, [...(byWorkshop.get(workshopId) ?? []), itemId]);
  }
  const difficulties: AnsweredDifficulty[] = [];
  const proposals: AnsweredProposal[] = [];
  for (const [workshopId, ids] of byWorkshop) {
    const linked = workshopId === null ? null : (elsewhere.get(workshopId) as LinkedIndex);
    const index = linked?.index ?? own;
    const place = linked ? { place: linked.place } : {};
    for (const difficulty of answeredDifficulties(ids, index)) difficulties.push({ ...difficulty, ...place });
    for (const proposal of answeredProposals(ids, index)) proposals.push({ ...proposal, ...place });
  }
  return {
    difficulties: difficulties.sort((a, b) => b.count - a.count),
    proposals: proposals.sort((a, b) => b.votes - a.votes),
    unreachable,
  };
}
