/**
 * What the first page of every document format says: the workshop facts, the counts, a "nothing yet"
 * notice for an empty workshop and the pictogram credit. Each builder only decides how to draw it.
 */
import type { SimpleTable } from './tables';
import type { ExportModel } from './types';

export interface CoverPage {
  facts: SimpleTable;
  counts: string;
  /** Only set while the workshop has neither activities nor actions. */
  nothingYet: string | null;
  credit: string;
}

export function coverPage(model: ExportModel): CoverPage {
  const { labels, cover } = model;
  return {
    facts: {
      header: [],
      rows: [
        [labels.workshop, cover.title || labels.toComplete],
        [labels.place, cover.place || labels.toComplete],
        [labels.date, cover.date || labels.toComplete],
        [labels.participants, labels.participantCount(cover.participantCount)],
      ],
      widths: [1, 3],
    },
    counts: labels.counts(cover.counts),
    nothingYet: cover.counts.activities + cover.counts.actions === 0 ? labels.nothingYet.workshop : null,
    credit: model.credit,
  };
}

/** The document's metadata title: the generic title, followed by the workshop's name once it has one. */
export function documentTitle(model: ExportModel): string {
  const { labels, cover } = model;
  return cover.title ? `${labels.documentTitle}${labels.colon} ${cover.title}` : labels.documentTitle;
}
