/**
 * The concertation's field return: what residents said in every neighbourhood's workshop, pooled,
 * with where each count and each word comes from. Pure: boards in, plain tables out. Nothing here
 * names a resident: pictograms, labels, words, counts and places only, so it may leave its workshop.
 */
import { computeSynthesis, type Synthesis } from '../model/synthesis';
import { displayLabel } from '../pictograms/displayLabel';
import type { Board } from '../schema/board';
import type { CustomPictogram, Language } from '../schema/control';

export interface FieldReturnSource {
  workshopId: string;
  place: string;
  date: string;
  board: Board;
  custom: CustomPictogram[];
}

export interface PooledWorkshop {
  id: string;
  place: string;
  date: string;
  residents: number;
}

export interface PooledActivity {
  /** A shipped pictogram id, so any screen can draw it (a custom pictogram pools by its picture and name). */
  pictogram: string;
  label: string;
  count: number;
  byWorkshop: Record<string, number>;
}

export interface PooledWords {
  workshopId: string;
  text: string;
}

export interface PooledDifficulty extends PooledActivity {
  words: PooledWords[];
  /** Every item raising it, as `<workshopId>/<itemId>`: what a stakeholders' action links to. */
  links: string[];
}

export interface PooledProposal {
  workshopId: string;
  id: string;
  label: string;
  votes: number;
  /** Distinct residents who voted for it. */
  voters: number;
}

export interface FieldReturn {
  workshops: PooledWorkshop[];
  /** Most placed first. */
  activities: PooledActivity[];
  /** Most raised first. */
  difficulties: PooledDifficulty[];
  /** Every workshop's proposals, most votes first. */
  proposals: PooledProposal[];
  /** `matrix[a][d]`: difficulties `d` raised under activities `a`, all neighbourhoods together. */
  matrix: number[][];
}

/** The catalogue's words for a shipped pictogram, in the concertation's language. */
export type CatalogueLabel = (pictogram: string, language: Language) => string | null | undefined;

interface Tally {
  pictogram: string;
  label: string;
  count: number;
  byWorkshop: Record<string, number>;
  words: PooledWords[];
  links: string[];
}

export function poolFieldReturn(
  sources: readonly FieldReturnSource[],
  language: Language,
  catalogue: CatalogueLabel,
): FieldReturn {
  const activities = new Map<string, Tally>();
  const difficulties = new Map<string, Tally>();
  const pairs = new Map<string, number>();
  const proposals: PooledProposal[] = [];
  for (const source of sources) {
    const synthesis = computeSynthesis(source.board);
    const key = pooledKey(source, synthesis, language, catalogue);
    for (const row of synthesis.activities) {
      tally(activities, key(row.pictogram), source.workshopId, row.placed);
    }
    for (const column of synthesis.difficulties) {
      const entry = tally(difficulties, key(column.pictogram), source.workshopId, column.count);
      for (const word of column.words) entry.words.push({ workshopId: source.workshopId, text: word.label });
      entry.links.push(...difficultyIds(source, column.pictogram).map((id) => `${source.workshopId}/${id}`));
    }
    synthesis.matrix.forEach((row, a) => {
      const activity = key((synthesis.activities[a] as { pictogram: string }).pictogram).id;
      row.forEach((count, d) => {
        if (count === 0) return;
        const difficulty = key((synthesis.difficulties[d] as { pictogram: string }).pictogram).id;
        const pair = `${activity}\n${difficulty}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + count);
      });
    });
    for (const proposal of synthesis.proposals) {
      const label = proposal.label.trim() || key(proposal.pictogram).label;
      proposals.push({
        workshopId: source.workshopId,
        id: proposal.id,
        label,
        votes: proposal.votes,
        voters: proposal.voters,
      });
    }
  }
  const activityRows = ranked(activities);
  const difficultyColumns = ranked(difficulties);
  const matrix = activityRows.map((activity) =>
    difficultyColumns.map((difficulty) => pairs.get(`${activity.id}\n${difficulty.id}`) ?? 0),
  );
  return {
    workshops: sources.map((source) => ({
      id: source.workshopId,
      place: source.place,
      date: source.date,
      residents: source.board.participants.length,
    })),
    activities: activityRows.map(({ pictogram, label, count, byWorkshop }) => ({
      pictogram,
      label,
      count,
      byWorkshop,
    })),
    difficulties: difficultyColumns.map(({ pictogram, label, count, byWorkshop, words, links }) => ({
      pictogram,
      label,
      count,
      byWorkshop,
      words,
      links,
    })),
    proposals: proposals.sort((a, b) => b.votes - a.votes),
    matrix,
  };
}

/** The difficulty items of one pictogram whose activity is still there (the ones the counts hold). */
function difficultyIds(source: FieldReturnSource, pictogram: string): string[] {
  const activities = new Set(
    source.board.items.filter((item) => item.kind === 'activity').map((item) => item.id),
  );
  return source.board.items
    .filter(
      (item) =>
        item.kind === 'difficulty' && item.pictogram === pictogram && activities.has(item.parent ?? ''),
    )
    .map((item) => item.id);
}

interface PooledKey {
  /** Same id: counted together across workshops. */
  id: string;
  pictogram: string;
  label: string;
}

/**
 * A shipped pictogram pools by its id. A workshop's own pictogram pools by the picture it shows and
 * the name it was given, so two neighbourhoods that both added "Pass Navigo" count together while
 * their private ids differ.
 */
function pooledKey(
  source: FieldReturnSource,
  synthesis: Synthesis,
  language: Language,
  catalogue: CatalogueLabel,
): (pictogram: string) => PooledKey {
  const custom = new Map(source.custom.map((entry) => [entry.id, entry]));
  return (pictogram) => {
    const own = custom.get(pictogram);
    if (own) {
      const label = own.label.trim() || catalogue(own.pictogram, language)?.trim() || '';
      return {
        id: `${own.pictogram}\n${label.toLocaleLowerCase(language)}`,
        pictogram: own.pictogram,
        label,
      };
    }
    const label = displayLabel(pictogram, synthesis.itemLabels[pictogram], (id) => catalogue(id, language));
    return { id: pictogram, pictogram, label };
  };
}

function tally(into: Map<string, Tally>, key: PooledKey, workshopId: string, count: number): Tally {
  const entry = into.get(key.id) ?? {
    pictogram: key.pictogram,
    label: key.label,
    count: 0,
    byWorkshop: {},
    words: [],
    links: [],
  };
  entry.count += count;
  entry.byWorkshop[workshopId] = (entry.byWorkshop[workshopId] ?? 0) + count;
  // The first workshop to name an unknown pictogram names it for all.
  if (!entry.label) entry.label = key.label;
  into.set(key.id, entry);
  return entry;
}

function ranked(tallies: Map<string, Tally>): (Tally & { id: string })[] {
  return [...tallies]
    .map(([id, entry]) => ({ ...entry, id }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
