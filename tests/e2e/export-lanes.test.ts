/**
 * The exported plan shows the lanes of the plan on screen (issue 12, items 8 and 12): 13 actions with
 * their leads, written as stakeholders do from the fiches, drawn in 11 lanes by lead on a stakeholder's
 * screen; the stakeholder switches to lanes by theme, the workshop moves on to the export phase, and the
 * Word file and the timeline picture downloaded from that screen carry the theme lanes, every fiche's
 * lane field filled. The file is opened with a real parser (mammoth).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import { docxText, squash } from '../fixtures/export/inspect';
import { OWNER_LANES, writeThirteenActions } from '../fixtures/export/thirteenActions';
import { laptopContext, screenshot, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { connectSynced } from '../helpers/syncClient';
import { type SeededWorkshop, seedPlanWorkshop } from './plan-seed';

const e2e = setUpE2eEnvironment();
let workshop: SeededWorkshop;
let page: Page;

async function screenLanes(): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.__planCanvas?.laneRects() ?? {}));
}

async function downloaded(click: () => Promise<void>): Promise<Buffer> {
  const waiting = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const path = await (await waiting).path();
  if (!path) throw new Error('download failed');
  return readFile(path);
}

/** Lane titles of the timeline picture: its bold labels at the left edge, lines joined. */
function laneTitles(html: string): string[] {
  const start = html.indexOf('Le scénario de mise en œuvre');
  const svg = html.slice(html.indexOf('<svg', start), html.indexOf('</svg>', start));
  return [...svg.matchAll(/<text x="8" [^>]*font-weight="bold"[^>]*>(.*?)<\/text>/g)]
    .map((match) => {
      const inner = match[1] as string;
      const spans = [...inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((span) => span[1] as string);
      return spans.length > 0 ? spans.join(' ') : inner;
    })
    .filter((title) => title !== 'Dates à préciser');
}

beforeAll(async () => {
  workshop = await seedPlanWorkshop(e2e.server.url);
  const plan = await connectSynced(e2e.server.url, workshop.id, 'plan', workshop.tokens.stakeholder);
  try {
    writeThirteenActions(plan.doc, new UserOrigin('stakeholder'));
    const check = await connectSynced(e2e.server.url, workshop.id, 'plan', workshop.tokens.viewer);
    try {
      await waitFor(() => expect(check.doc.getMap('actions').size).toBe(13), { timeoutMs: 20_000 });
    } finally {
      check.destroy();
    }
  } finally {
    plan.destroy();
  }
  page = await (await laptopContext(e2e.browser)).newPage();
  page.on('pageerror', (error) => console.error('[export-lanes page error]', error.message));
  await page.goto(workshop.links.stakeholder);
  await page.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
}, 90_000);

afterAll(async () => {
  await page?.context().close();
});

describe('the exported lanes', () => {
  test('the screen draws 11 lanes by lead, then 5 by theme once the stakeholder switches', async () => {
    await waitFor(async () => expect(await screenLanes()).toEqual(OWNER_LANES), { timeoutMs: 30_000 });
    await page.getByTestId('lanes-theme').click();
    await waitFor(async () =>
      expect(await screenLanes()).toEqual(['Accès aux droits', 'Compétences', 'Emploi', 'Équipement', '']),
    );
    await screenshot(page, 'export-lanes-plan-by-theme');
  });

  test('in the export phase, the Word file and the timeline picture carry the screen’s theme lanes', async () => {
    const control = await connectSynced(e2e.server.url, workshop.id, 'control', workshop.tokens.facilitator);
    try {
      setPhase(control.doc, 'export', new UserOrigin('facilitator'));
      await page.getByRole('button', { name: /Word \(DOCX\)/ }).waitFor({ timeout: 30_000 });
    } finally {
      control.destroy();
    }
    const docx = squash(
      await docxText(await downloaded(() => page.getByRole('button', { name: /Word \(DOCX\)/ }).click())),
    );
    expect(docx).toContain('Ligne de la fresque Accès aux droits');
    expect(docx).toContain('Ligne de la fresque Équipement');
    expect(docx).toContain('Ligne de la fresque Emploi');
    // One action has no theme yet: its field says so, every other fiche has its lane.
    expect(docx.match(/Ligne de la fresque À compléter/g) ?? []).toHaveLength(1);
    expect(docx).not.toContain('Sans ligne');

    // The preview carries the timeline picture the "Frise chronologique" button downloads (both drawn in
    // the browser by the same builder from the same model): its lane titles, top to bottom.
    await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
    const frame = page.locator('iframe.export-preview');
    await frame.waitFor({ timeout: 30_000 });
    const html = (await frame.getAttribute('srcdoc')) ?? '';
    expect(laneTitles(html)).toEqual([
      'Accès aux droits',
      'Compétences',
      'Emploi',
      'Équipement',
      'Sans thème',
    ]);
    await screenshot(page, 'export-lanes-export-panel');
  }, 120_000);
});
