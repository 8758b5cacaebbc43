/**
 * A concertation's schéma: the stakeholders' workshop's document (its plan, its fiches, its frescos),
 * with the field return pooled from every neighbourhood where a single workshop shows its own synthesis.
 * The week fresco is left out: the stakeholders' board is not where residents told their week.
 */
import type { FieldReturn } from '../../concertation/fieldReturn';
import { pictogramLabel } from '../../pictograms';
import { formatSpan } from '../format';
import { oneLine } from '../text/clean';
import { type Block, type Outline, type OutlinePart, paragraph } from './blocks';
import type { ExportInput } from './buildExportModel';
import { exportOutline } from './outline';
import { diagnosticPart, type PictogramName } from './outlineDiagnostic';
import { fieldReturnPart } from './outlineFieldReturn';
import { readableId } from './pictogramNames';
import type { ExportModel } from './types';

/** The stakeholders' workshop under the concertation's name: its title and city head the schéma. */
export function underConcertation(
  input: ExportInput,
  concertation: { title: string; city: string },
): ExportInput {
  return { ...input, workshop: { ...input.workshop, title: concertation.title, place: concertation.city } };
}

export function schemaOutline(model: ExportModel, field: FieldReturn): Outline {
  const outline = exportOutline(model);
  return {
    ...outline,
    parts: outline.parts.flatMap((part) => {
      if (part.kind === 'cover') return [schemaCover(model, field)];
      if (part.kind === 'synthesis') {
        const pooled = fieldReturnPart(field, model.labels);
        // The method's order: the street surveys measured the needs before the workshops were held.
        return field.survey
          ? [diagnosticPart(field.survey, model.labels, surveyName(model, field)), pooled]
          : [pooled];
      }
      if (part.kind === 'frescos') return [withoutWeek(part, model)];
      return [part];
    }),
  };
}

/**
 * A survey answer's pictogram named as the workshops' field return names it (the same difficulty reads
 * the same in both sections), else by the catalogue; an id neither knows is made readable.
 */
function surveyName(model: ExportModel, field: FieldReturn): PictogramName {
  const pooled = new Map<string, string>();
  for (const entry of [...field.activities, ...field.difficulties])
    if (!pooled.has(entry.pictogram) && oneLine(entry.label))
      pooled.set(entry.pictogram, oneLine(entry.label));
  return (pictogram) =>
    pooled.get(pictogram) ??
    (oneLine(pictogramLabel(pictogram, model.language) ?? '') || readableId(pictogram));
}

/** The city, the concertation, the plan's period, the neighbourhoods with their residents, the counts. */
function schemaCover(model: ExportModel, field: FieldReturn): OutlinePart {
  const { labels, cover } = model;
  const c = labels.concertation;
  const residents = field.workshops.reduce((sum, workshop) => sum + workshop.residents, 0);
  const places = field.workshops.map((w) => oneLine(w.place) || c.unnamedPlace).join(', ');
  const sum = (entries: readonly { count: number }[]) =>
    entries.reduce((total, entry) => total + entry.count, 0);
  const counts = labels.counts({
    activities: sum(field.activities),
    difficulties: sum(field.difficulties),
    proposals: field.proposals.length,
    actions: cover.counts.actions,
  });
  const span = formatSpan(model.timeline.start, model.timeline.end, model.language);
  return {
    kind: 'cover',
    blocks: [
      { kind: 'title', text: c.schemaTitle, subtitle: labels.subtitle },
      {
        kind: 'table',
        table: {
          header: [],
          rows: [
            [c.concertation, cover.title || labels.toComplete],
            [c.city, cover.place || labels.toComplete],
            [c.period, span || labels.toComplete],
            [c.neighbourhoods, places || labels.toComplete],
            [labels.participants, labels.participantCount(residents)],
          ],
          widths: [1, 3],
        },
        headerColumn: true,
      },
      paragraph(counts, 'muted'),
      paragraph(model.credit, 'small'),
    ],
  };
}

function withoutWeek(part: OutlinePart, model: ExportModel): OutlinePart {
  const { labels } = model;
  const isWeek = (block: Block) =>
    (block.kind === 'heading' && block.text === labels.explorationFresco) ||
    (block.kind === 'paragraph' && block.text === labels.explorationIntro) ||
    (block.kind === 'picture' && block.source.kind === 'week');
  return { ...part, blocks: part.blocks.filter((block) => !isWeek(block)) };
}
