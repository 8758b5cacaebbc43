/**
 * A concertation's schéma: the stakeholders' workshop's document (its plan, its fiches, its frescos),
 * with the field return pooled from every neighbourhood where a single workshop shows its own synthesis.
 */
import type { FieldReturn } from '../../concertation/fieldReturn';
import type { Outline } from './blocks';
import { exportOutline } from './outline';
import { fieldReturnPart } from './outlineFieldReturn';
import type { ExportModel } from './types';

export function schemaOutline(model: ExportModel, field: FieldReturn): Outline {
  const outline = exportOutline(model);
  return {
    ...outline,
    parts: outline.parts.map((part) =>
      part.kind === 'synthesis' ? fieldReturnPart(field, model.labels) : part,
    ),
  };
}
