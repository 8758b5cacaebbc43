/**
 * What residents said about given board items, traced back to the board: the difficulties (by
 * pictogram, with how many times and under which activities they came up, and residents' own words)
 * and the proposals (with their votes). Pure, so the fiche's context and the field return panel say
 * the same thing, and it can be tested in Node.
 */
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board, BoardItem } from '../../../shared/schema/board';

export interface DifficultyEcho {
  pictogram: string;
  /** All difficulties of this pictogram on the board. */
  count: number;
  /** Activity pictogram → how many of them came up under it. */
  activities: { pictogram: string; count: number }[];
  /** Residents' own words on those difficulties. */
  words: string[];
  /** Ids of the difficulty items of this pictogram, to link them. */
  itemIds: string[];
}

export interface ProposalEcho {
  id: string;
  pictogram: string;
  label: string;
  votes: number;
}

export interface FieldEcho {
  difficulties: DifficultyEcho[];
  proposals: ProposalEcho[];
  /** Linked ids that are no longer on the board. */
  missing: string[];
}

/** Every difficulty pictogram on the board with its counts and words, most frequent first. */
export function difficultyEchoes(board: Board): DifficultyEcho[] {
  const byId = new Map(board.items.map((item) => [item.id, item]));
  const groups = new Map<string, BoardItem[]>();
  for (const item of board.items) {
    if (item.kind !== 'difficulty') continue;
    const parent = item.parent === null ? undefined : byId.get(item.parent);
    if (parent?.kind !== 'activity') continue;
    groups.set(item.pictogram, [...(groups.get(item.pictogram) ?? []), item]);
  }
  const echoes: DifficultyEcho[] = [];
  for (const [pictogram, items] of groups) {
    const activities = new Map<string, number>();
    for (const item of items) {
      const activity = byId.get(item.parent as string) as BoardItem;
      activities.set(activity.pictogram, (activities.get(activity.pictogram) ?? 0) + 1);
    }
    echoes.push({
      pictogram,
      count: items.length,
      activities: [...activities]
        .map(([activity, count]) => ({ pictogram: activity, count }))
        .sort((a, b) => b.count - a.count || (a.pictogram < b.pictogram ? -1 : 1)),
      words: items.map((item) => item.label.trim()).filter((label) => label !== ''),
      itemIds: items.map((item) => item.id),
    });
  }
  return echoes.sort((a, b) => b.count - a.count || (a.pictogram < b.pictogram ? -1 : 1));
}

/** What the given links point at, grouped: difficulties by pictogram, proposals with their votes. */
export function echoOfLinks(links: readonly string[], board: Board, synthesis: Synthesis): FieldEcho {
  const byId = new Map(board.items.map((item) => [item.id, item]));
  const allDifficulties = new Map(difficultyEchoes(board).map((echo) => [echo.pictogram, echo]));
  const pictograms = new Set<string>();
  const proposals: ProposalEcho[] = [];
  const missing: string[] = [];
  for (const id of links) {
    const item = byId.get(id);
    if (!item) {
      missing.push(id);
      continue;
    }
    if (item.kind === 'difficulty') pictograms.add(item.pictogram);
    if (item.kind === 'proposal') {
      const ranked = synthesis.proposals.find((p) => p.id === id || p.mergedIds.includes(id));
      proposals.push({ id, pictogram: item.pictogram, label: item.label, votes: ranked?.votes ?? 0 });
      for (const difficultyId of ranked?.difficultyIds ?? item.links) {
        const difficulty = byId.get(difficultyId);
        if (difficulty?.kind === 'difficulty') pictograms.add(difficulty.pictogram);
      }
    }
  }
  const difficulties = [...pictograms]
    .map((pictogram) => allDifficulties.get(pictogram))
    .filter((echo): echo is DifficultyEcho => echo !== undefined)
    .sort((a, b) => b.count - a.count);
  return { difficulties, proposals, missing };
}

export interface ContextWords {
  heading: string;
  /** e.g. "Mot de passe oublié: 5 times (CAF 3, bank 2)". */
  difficulty(label: string, count: number, activities: string): string;
  activity(label: string, count: number): string;
  proposal(label: string, votes: number): string;
  quote(words: string): string;
}

/** How many of a difficulty's own words go into a fiche's context (the fiche links to all of them). */
export const CONTEXT_WORDS_PER_DIFFICULTY = 5;

/** The context paragraph a fiche starts with: the residents' difficulties it answers, counted, in their words. */
export function contextText(
  echo: FieldEcho,
  words: ContextWords,
  labelOf: (pictogram: string) => string,
): string {
  if (echo.difficulties.length === 0 && echo.proposals.length === 0) return '';
  const lines = [words.heading];
  for (const difficulty of echo.difficulties) {
    const activities = difficulty.activities
      .map((a) => words.activity(labelOf(a.pictogram), a.count))
      .join(', ');
    lines.push(`• ${words.difficulty(labelOf(difficulty.pictogram), difficulty.count, activities)}`);
    const quotes = [...new Set(difficulty.words)].slice(0, CONTEXT_WORDS_PER_DIFFICULTY);
    if (quotes.length > 0) lines.push(`  ${quotes.map((q) => words.quote(q)).join(' ')}`);
  }
  for (const proposal of echo.proposals) {
    lines.push(`• ${words.proposal(proposal.label.trim() || labelOf(proposal.pictogram), proposal.votes)}`);
  }
  return lines.join('\n');
}
