/** The whole workshop as JSON (format described in ./schema.ts). */
import { computeSynthesis, itemLabelsOf } from '../../model/synthesis';
import { pictogramLabel } from '../../pictograms';
import { exportLabels } from '../labels';
import type { ExportInput } from '../model/buildExportModel';
import { type CatalogLabel, pictogramNamer, unnamedByKind } from '../model/pictogramNames';
import { WORKSHOP_JSON_FORMAT, WORKSHOP_JSON_VERSION } from './schema';

export interface WorkshopJsonOptions {
  pictogramLabel?: CatalogLabel;
  /** Time of the export; left out when not given, so tests compare files byte for byte. */
  exportedAt?: Date;
}

export function buildWorkshopJson(
  input: ExportInput,
  options: WorkshopJsonOptions = {},
): Record<string, unknown> {
  const { workshop, board, plan } = input;
  const name = pictogramNamer(
    workshop.customPictograms,
    workshop.language,
    options.pictogramLabel ?? pictogramLabel,
    {
      itemLabels: itemLabelsOf(board.items),
      unnamed: unnamedByKind(board.items, exportLabels(workshop.language).unnamed),
    },
  );
  const pictogramNames: Record<string, string> = {};
  for (const item of board.items) pictogramNames[item.pictogram] = name(item.pictogram).name;
  return {
    format: WORKSHOP_JSON_FORMAT,
    formatVersion: WORKSHOP_JSON_VERSION,
    schemaVersion: workshop.schemaVersion,
    ...(options.exportedAt ? { exportedAt: options.exportedAt.toISOString() } : {}),
    workshop: {
      title: workshop.title,
      place: workshop.place,
      date: workshop.date,
      language: workshop.language,
      phase: workshop.phase,
      timelineStart: workshop.timelineStart,
      timelineEnd: workshop.timelineEnd,
      votesPerParticipant: workshop.votesPerParticipant,
      capabilityAxes: workshop.capabilityAxes,
      customPictograms: workshop.customPictograms,
    },
    // Sorted by id: names (the readers' sort key) are not exported.
    participants: board.participants
      .map(({ id, avatar, color, freed }) => ({ id, avatar, color, freed }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    items: board.items,
    votes: board.votes,
    actions: plan.actions,
    derived: { pictogramNames, synthesis: computeSynthesis(board) },
  };
}

/**
 * Serialised with `<`, `>`, `&` and the two JavaScript line separators written as \u escapes: still the
 * same JSON, and inert even if some tool pastes it inside an HTML page.
 */
export function stringifyWorkshopJson(json: Record<string, unknown>): string {
  return JSON.stringify(json, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
