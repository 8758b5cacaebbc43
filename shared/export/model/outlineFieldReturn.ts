/**
 * The schéma's field return: what residents said in every neighbourhood's workshop, pooled, as
 * blocks every writer draws. It stands where a single workshop's synthesis stands in its export: how
 * many residents where, each difficulty and activity counted per neighbourhood, activities ×
 * difficulties across all of them, the residents' words with the place they were said, and the most
 * supported proposals per neighbourhood and overall. No resident is named: the pooled return has no names.
 */
import type { FieldReturn, PooledActivity } from '../../concertation/fieldReturn';
import type { ExportLabels } from '../labels';
import { oneLine } from '../text/clean';
import { type Block, heading, type ListItem, type OutlinePart, PAGE_BREAK, paragraph } from './blocks';
import { MAX_GRID_COLUMNS, type SimpleTable } from './tables';

/** Rows and entries beyond these would not be read on paper. */
const TOP_ROWS = 15;
const WORDS_PER_DIFFICULTY = 6;
const PROPOSALS_PER_PLACE = 3;

export function fieldReturnPart(field: FieldReturn, labels: ExportLabels): OutlinePart {
  const c = labels.concertation;
  const place = placeNamer(field, labels);
  const blocks: Block[] = [
    PAGE_BREAK,
    heading(1, c.title),
    paragraph(c.intro, 'muted'),
    heading(2, c.byPlace),
    { kind: 'table', table: workshopsTable(field, labels), headerColumn: true },
  ];
  if (field.difficulties.length === 0 && field.activities.length === 0) {
    blocks.push(paragraph(labels.nothingYet.synthesis, 'empty'));
    return { kind: 'synthesis', blocks };
  }
  blocks.push(
    heading(2, c.difficultiesByPlace),
    {
      kind: 'table',
      table: countsByPlace(field, field.difficulties, labels.difficulty, labels),
      headerColumn: true,
    },
    heading(2, c.activitiesByPlace),
    {
      kind: 'table',
      table: countsByPlace(field, field.activities, labels.activity, labels),
      headerColumn: true,
    },
  );
  const matrix = matrixTable(field, labels);
  if (matrix) {
    blocks.push(heading(2, labels.matrixTitle), paragraph(labels.matrixIntro, 'muted'), {
      kind: 'table',
      table: matrix,
      headerColumn: true,
    });
  }
  const words = wordsList(field, labels, place);
  if (words.length > 0) blocks.push(heading(2, c.wordsTitle), { kind: 'list', items: words });
  if (field.proposals.length > 0)
    blocks.push(heading(2, c.proposalsByPlace), ...proposalsByPlace(field, labels, place));
  return { kind: 'synthesis', blocks };
}

function placeNamer(field: FieldReturn, labels: ExportLabels): (workshopId: string) => string {
  const places = new Map(
    field.workshops.map((w) => [w.id, oneLine(w.place) || labels.concertation.unnamedPlace]),
  );
  return (workshopId) => places.get(workshopId) ?? labels.concertation.unnamedPlace;
}

function workshopsTable(field: FieldReturn, labels: ExportLabels): SimpleTable {
  const c = labels.concertation;
  const total = field.workshops.reduce((sum, w) => sum + w.residents, 0);
  return {
    header: [c.place, labels.date, c.residents],
    rows: [
      ...field.workshops.map((w) => [oneLine(w.place) || c.unnamedPlace, w.date, String(w.residents)]),
      [labels.total, '', String(total)],
    ],
    widths: [3, 2, 1],
  };
}

function countsByPlace(
  field: FieldReturn,
  entries: readonly PooledActivity[],
  what: string,
  labels: ExportLabels,
): SimpleTable {
  const places = field.workshops.map((w) => oneLine(w.place) || labels.concertation.unnamedPlace);
  return {
    header: [what, ...places, labels.total],
    rows: entries
      .slice(0, TOP_ROWS)
      .map((entry) => [
        oneLine(entry.label),
        ...field.workshops.map((w) => String(entry.byWorkshop[w.id] ?? 0)),
        String(entry.count),
      ]),
    widths: [3, ...places.map(() => 1.4), 1],
  };
}

function matrixTable(field: FieldReturn, labels: ExportLabels): SimpleTable | null {
  const columns = field.difficulties.slice(0, MAX_GRID_COLUMNS);
  const rows = field.activities
    .map((activity, index) => ({ activity, cells: field.matrix[index] ?? [] }))
    .filter(({ cells }) => cells.some((count) => count > 0))
    .slice(0, TOP_ROWS);
  if (rows.length === 0 || columns.length === 0) return null;
  return {
    header: [`${labels.activity} / ${labels.difficulty}`, ...columns.map((d) => oneLine(d.label))],
    rows: rows.map(({ activity, cells }) => [
      oneLine(activity.label),
      ...columns.map((_, index) => String(cells[index] ?? 0)),
    ]),
    widths: [3, ...columns.map(() => 1.4)],
  };
}

function wordsList(field: FieldReturn, labels: ExportLabels, place: (id: string) => string): ListItem[] {
  const c = labels.concertation;
  return field.difficulties
    .filter((difficulty) => difficulty.words.length > 0)
    .slice(0, TOP_ROWS)
    .map((difficulty) => ({
      lead: `${oneLine(difficulty.label)}${labels.colon}`,
      text: ` ${difficulty.words
        .slice(0, WORDS_PER_DIFFICULTY)
        .map((word) => `${labels.quote(oneLine(word.text))} ${c.saidIn(place(word.workshopId))}`)
        .join(', ')}`,
      sub: labels.timesRaised(difficulty.count),
    }));
}

function proposalsByPlace(field: FieldReturn, labels: ExportLabels, place: (id: string) => string): Block[] {
  const c = labels.concertation;
  const line = (p: FieldReturn['proposals'][number], withPlace: boolean): ListItem => {
    const votes = labels.voteCount(p.votes, p.voters);
    return {
      lead: oneLine(p.label),
      text: '',
      sub: withPlace ? `${votes} ${c.saidIn(place(p.workshopId))}` : votes,
    };
  };
  const groups = [
    { title: c.overall, proposals: field.proposals.slice(0, PROPOSALS_PER_PLACE * 2), withPlace: true },
    ...field.workshops.map((w) => ({
      title: place(w.id),
      proposals: field.proposals.filter((p) => p.workshopId === w.id).slice(0, PROPOSALS_PER_PLACE),
      withPlace: false,
    })),
  ].filter((group) => group.proposals.length > 0);
  return groups.flatMap((group) => [
    heading(3, group.title),
    { kind: 'list', items: group.proposals.map((p) => line(p, group.withPlace)) } as Block,
  ]);
}
