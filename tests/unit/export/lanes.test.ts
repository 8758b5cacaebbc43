/**
 * The exported plan shows the lanes the plan screen shows (issue 12, item 8). Thirteen actions written as
 * the plan screen writes them (a lead actor on the fiche, no free `lane`), one of them dragged into
 * another lead's lane: the screen draws 11 lanes by lead, and once exported the picture, the timeline
 * table and every fiche's lane field must say the same, where they used to put 12 actions under
 * "Sans ligne". The same plan by theme gives the screen's theme lanes.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../server/export/docx/buildDocx';
import { buildPdf } from '../../../server/export/pdf/buildPdf';
import { renderPictures } from '../../../server/export/pictures';
import { buildExportModel, readExportInput } from '../../../shared/export/model/buildExportModel';
import type { ExportModel } from '../../../shared/export/model/types';
import { timelineFrescoSvg } from '../../../shared/export/svg/timelineFresco';
import { type LaneMode, layoutTimeline, timelineSpan } from '../../../shared/model/timeline';
import { UserOrigin } from '../../../shared/ops/origin';
import { readActions } from '../../../shared/read/plan';
import { freshDocs, type WorkshopDocs } from '../../fixtures/export/docs';
import { docxText, pdfContent, squash } from '../../fixtures/export/inspect';
import { OWNER_LANES, THEME_LANES, writeThirteenActions } from '../../fixtures/export/thirteenActions';

const origin = new UserOrigin('stakeholder');

function planDocs(): WorkshopDocs {
  const docs = freshDocs('Atelier');
  writeThirteenActions(docs.plan, origin);
  return docs;
}

function modelOf(docs: WorkshopDocs, laneMode: LaneMode): ExportModel {
  return buildExportModel(readExportInput(docs.control, docs.board, docs.plan), { laneMode });
}

/** The lane titles of the timeline picture, top to bottom: bold labels at the left edge, lines joined. */
function svgLaneLabels(svg: string): string[] {
  return [...svg.matchAll(/<text x="8" [^>]*font-weight="bold"[^>]*>(.*?)<\/text>/g)]
    .map((match) => {
      const inner = match[1] as string;
      const spans = [...inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((span) => span[1] as string);
      return (spans.length > 0 ? spans.join(' ') : inner).replace(/&amp;/g, '&');
    })
    .filter((label) => label !== 'Dates à préciser');
}

describe('exported lanes', () => {
  const docs = planDocs();

  it('the screen itself draws 11 lanes by lead and 5 by theme for this plan', () => {
    const actions = readActions(docs.plan);
    const span = timelineSpan('2027-01', '2030-12');
    expect(layoutTimeline(actions, span, 'owner').lanes.map((lane) => lane.key)).toEqual(OWNER_LANES);
    expect(layoutTimeline(actions, span, 'theme').lanes.map((lane) => lane.key)).toEqual([
      'Accès aux droits',
      'Compétences',
      'Emploi',
      'Équipement',
      '',
    ]);
  });

  it('by lead: every entry and every fiche has its lead as lane, in the screen order', () => {
    const model = modelOf(docs, 'owner');
    expect(new Set(model.timeline.entries.map((entry) => entry.lane)).size).toBe(11);
    expect(model.timeline.entries.filter((entry) => entry.lane === '')).toHaveLength(0);
    expect(model.actions.find((sheet) => sheet.title === 'Prêt de tablettes')?.lane).toBe(
      'Médiathèque Li Campaneto',
    );
    expect(model.actions.find((sheet) => sheet.title === 'Wifi dans les halls')?.lane).toBe(
      'Pays d’Aix Habitat',
    );
    expect(model.actions.every((sheet) => sheet.lane !== '')).toBe(true);
    const svg = timelineFrescoSvg(model.timeline, model.labels, 'Calendrier');
    expect(svgLaneLabels(svg)).toEqual(OWNER_LANES);
    expect(svg).not.toContain('Sans ligne');
  });

  it('by theme: the screen theme lanes, the one without a theme named as on screen', () => {
    const model = modelOf(docs, 'theme');
    expect(model.actions.find((sheet) => sheet.title === 'Ateliers seniors')?.lane).toBe('');
    expect(model.actions.find((sheet) => sheet.title === 'Prêt de tablettes')?.lane).toBe('Équipement');
    const svg = timelineFrescoSvg(model.timeline, model.labels, 'Calendrier');
    expect(svgLaneLabels(svg)).toEqual(THEME_LANES);
    expect(svg).not.toContain('Sans ligne');
  });

  it('without a mode, an export lays lanes out as the screen opens: by lead', () => {
    const model = buildExportModel(readExportInput(docs.control, docs.board, docs.plan));
    expect(model.timeline.laneMode).toBe('owner');
    expect(svgLaneLabels(timelineFrescoSvg(model.timeline, model.labels, ''))).toEqual(OWNER_LANES);
  });

  it('the PDF and the DOCX fill each fiche’s lane field with its lead', async () => {
    const model = modelOf(docs, 'owner');
    const pictures = await renderPictures(model, { opaque: true, radars: false });
    const pdf = squash((await pdfContent(await buildPdf(model, pictures))).text);
    const docx = squash(await docxText(await buildDocx(model, await renderPictures(model))));
    for (const text of [pdf, docx]) {
      expect(text).toContain('Ligne de la fresque Médiathèque Li Campaneto');
      expect(text).toContain('Ligne de la fresque Pays d’Aix Habitat');
      expect(text).toContain('Ligne de la fresque CCAS d’Aix');
      // An empty field prints as "À compléter": no fiche of this plan may have one.
      expect(text).not.toContain('Ligne de la fresque À compléter');
    }
  }, 120_000);
});
