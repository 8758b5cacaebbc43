/**
 * The concertation's field return: what residents said in every neighbourhood's workshop, pooled,
 * with where each count and each word comes from. Pure: boards in, plain tables out. Nothing here
 * names a resident: pictograms, labels, words, counts and places only, so it may leave its workshop.
 */
import { computeSynthesis, type Synthesis } from '../model/synthesis';
import { displayLabel } from '../pictograms/displayLabel';
import type { Board } from '../schema/board';
import type { CustomPictogram, Language } from '../schema/control';
import type { SurveySection } from './surveySection';

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
  /** The street interviews of the concertation's survey sessions, when it has any. */
  survey?: SurveySection;
}

/** The catalogue's words for a shipped pictogram, in the concertation's language. */
export type CatalogueLabel = (pictogram: string, language: Language) => string | null | undefined;

interface Tally {
  /** Same key: counted together across workshops (see `pooledKey`). */
  key: string;
  pictogram: string;
  label: string;
  count: number;
  byWorkshop: Record<string, number>;
  words: PooledWords[];
  links: string[];
}

/**
 * What one workshop brings to the field return, computed from its board alone: a server keeps one per
 * workshop and recomputes it only when that board changes, so pooling ten boards costs one of them.
 */
export interface Contribution {
  workshop: PooledWorkshop;
  activities: Tally[];
  difficulties: Tally[];
  /** `activity key \n difficulty key` → count. */
  pairs: Map<string, number>;
  proposals: PooledProposal[];
}

export function contributionOf(
  source: FieldReturnSource,
  language: Language,
  catalogue: CatalogueLabel,
): Contribution {
  const { workshopId } = source;
  const synthesis = computeSynthesis(source.board);
  const key = pooledKey(source, synthesis, language, catalogue);
  const tallyOf = (pictogram: string, count: number): Tally => {
    const pooled = key(pictogram);
    return {
      key: pooled.id,
      pictogram: pooled.pictogram,
      label: pooled.label,
      count,
      byWorkshop: { [workshopId]: count },
      words: [],
      links: [],
    };
  };
  const activities = synthesis.activities.map((row) => tallyOf(row.pictogram, row.placed));
  const difficulties = synthesis.difficulties.map((column) => ({
    ...tallyOf(column.pictogram, column.count),
    words: column.words.map((word) => ({ workshopId, text: word.label })),
    links: difficultyIds(source, column.pictogram).map((id) => `${workshopId}/${id}`),
  }));
  const pairs = new Map<string, number>();
  synthesis.matrix.forEach((row, a) => {
    row.forEach((count, d) => {
      if (count === 0) return;
      const pair = `${activities[a]?.key}\n${difficulties[d]?.key}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + count);
    });
  });
  return {
    workshop: {
      id: workshopId,
      place: source.place,
      date: source.date,
      residents: source.board.participants.length,
    },
    activities,
    difficulties,
    pairs,
    proposals: synthesis.proposals.map((proposal) => ({
      workshopId,
      id: proposal.id,
      label: proposal.label.trim() || key(proposal.pictogram).label,
      votes: proposal.votes,
      voters: proposal.voters,
    })),
  };
}

/** Adds the workshops' contributions up, in the order given (the concertation's order of workshops). */
export function mergeContributions(contributions: readonly Contribution[]): FieldReturn {
  const activities = new Map<string, Tally>();
  const difficulties = new Map<string, Tally>();
  const pairs = new Map<string, number>();
  for (const contribution of contributions) {
    for (const entry of contribution.activities) add(activities, entry);
    for (const entry of contribution.difficulties) add(difficulties, entry);
    for (const [pair, count] of contribution.pairs) pairs.set(pair, (pairs.get(pair) ?? 0) + count);
  }
  const activityRows = ranked(activities);
  const difficultyColumns = ranked(difficulties);
  return {
    workshops: contributions.map((contribution) => contribution.workshop),
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
    proposals: contributions
      .flatMap((contribution) => contribution.proposals)
      .sort((a, b) => b.votes - a.votes),
    matrix: activityRows.map((activity) =>
      difficultyColumns.map((difficulty) => pairs.get(`${activity.key}\n${difficulty.key}`) ?? 0),
    ),
  };
}

export function poolFieldReturn(
  sources: readonly FieldReturnSource[],
  language: Language,
  catalogue: CatalogueLabel,
): FieldReturn {
  return mergeContributions(sources.map((source) => contributionOf(source, language, catalogue)));
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

function add(into: Map<string, Tally>, entry: Tally): void {
  const pooled = into.get(entry.key);
  if (!pooled) {
    into.set(entry.key, {
      ...entry,
      byWorkshop: { ...entry.byWorkshop },
      words: [...entry.words],
      links: [...entry.links],
    });
    return;
  }
  pooled.count += entry.count;
  for (const [workshopId, count] of Object.entries(entry.byWorkshop)) {
    pooled.byWorkshop[workshopId] = (pooled.byWorkshop[workshopId] ?? 0) + count;
  }
  pooled.words.push(...entry.words);
  pooled.links.push(...entry.links);
  // The first workshop to name an unknown pictogram names it for all.
  if (!pooled.label) pooled.label = entry.label;
}

function ranked(tallies: Map<string, Tally>): Tally[] {
  return [...tallies.values()].sort(
    (a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
