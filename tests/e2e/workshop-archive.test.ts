/**
 * Issue 14, item 3: a facilitator downloads a workshop from the home page of one Fresco and imports it
 * from the home page of another, where it opens with new links: the residents' work is there, under the
 * same seats, and the old facilitator link opens nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addCustomPictogram } from '../../shared/ops/control/customPictograms';
import { UserOrigin } from '../../shared/ops/origin';
import { call } from '../helpers/api';
import { readProbe, writeProbe } from '../helpers/docProbe';
import {
  laptopContext,
  screenshot,
  seriousA11yViolations,
  setUpE2eEnvironment,
  startTestServer,
  type TestServer,
  waitFor,
} from '../helpers/e2e';
import { type CreatedWorkshop, createWorkshopFromHome } from '../helpers/e2ePages';
import { connectSynced } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
let other: TestServer;
let here: Page;
let there: Page;
let original: CreatedWorkshop;
let archivePath: string;
const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, '');

beforeAll(async () => {
  other = await startTestServer();
  here = await (await laptopContext(e2e.browser)).newPage();
  there = await (await laptopContext(e2e.browser)).newPage();
});
afterAll(async () => {
  await other?.close();
});

describe('a workshop moves from one Fresco to another', { timeout: 90_000 }, () => {
  test('the facilitator downloads it from its card', async () => {
    original = await createWorkshopFromHome(here, e2e.server.url, 'Atelier à déplacer');
    const token = tokenOf(original.links.facilitator);
    const [control, board] = await Promise.all([
      connectSynced(e2e.server.url, original.id, 'control', token),
      connectSynced(e2e.server.url, original.id, 'board', token),
    ]);
    addCustomPictogram(
      control.doc,
      { id: 'maison', kind: 'activity', label: 'Maison de quartier', pictogram: 'association' },
      new UserOrigin('test'),
    );
    writeProbe(board.doc, 'board', 'item-marche', 'Courses au marché');
    const observer = await connectSynced(e2e.server.url, original.id, 'board', token);
    await waitFor(() => expect(readProbe(observer.doc, 'board', 'item-marche')).toBe('Courses au marché'));
    for (const client of [control, board, observer]) client.destroy();

    const card = here.locator('.workshop-card', { hasText: 'Atelier à déplacer' });
    const [download] = await Promise.all([
      here.waitForEvent('download'),
      card.getByTestId('download-archive').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^fresco-atelier-atelier-a-deplacer-\d{4}-\d{2}-\d{2}\.zip$/,
    );
    archivePath = (await download.path()) ?? '';
    expect(readFileSync(archivePath).subarray(0, 2).toString('latin1')).toBe('PK');
    await card.getByRole('status').filter({ hasText: 'Fichier téléchargé.' }).waitFor();
  });

  test('another Fresco imports it from its home page, with new links', async () => {
    await there.goto(`${other.url}/`);
    await there.getByRole('heading', { name: 'Importer un atelier' }).waitFor();
    await there.getByTestId('import-archive').setInputFiles(archivePath);
    await there
      .getByRole('status')
      .filter({ hasText: '«\u00a0Atelier à déplacer\u00a0» est importé.' })
      .waitFor({ timeout: 20_000 });
    const card = there.locator('.workshop-card', { hasText: 'Atelier à déplacer' });
    await card.getByTestId('links-panel').waitFor();
    await screenshot(there, 'home-workshop-imported');
    expect(await seriousA11yViolations(there)).toEqual([]);
    const facilitatorLink = ((await card.getByTestId('link-facilitator').textContent()) ?? '').trim();
    const id = new URL(facilitatorLink).pathname.split('/')[2] ?? '';
    expect(id).not.toBe(original.id);
    expect(tokenOf(facilitatorLink)).not.toBe(tokenOf(original.links.facilitator));
    // The old link opens nothing on the new server, neither under the old id nor the new one.
    for (const workshopId of [id, original.id]) {
      const answer = await call(other.url, 'GET', `/api/workshops/${workshopId}`, {
        token: tokenOf(original.links.facilitator),
      });
      expect(answer.status).toBeGreaterThanOrEqual(401);
    }
    const board = await connectSynced(other.url, id, 'board', tokenOf(facilitatorLink));
    expect(readProbe(board.doc, 'board', 'item-marche')).toBe('Courses au marché');
    board.destroy();

    await card.getByTestId('open-workshop').click();
    await there.getByTestId('facilitator-screen').waitFor({ timeout: 30_000 });
    await screenshot(there, 'imported-workshop-open');
  });

  test('a file that is not a workshop is refused with a clear sentence', async () => {
    await there.goto(`${other.url}/`);
    await there.getByTestId('import-archive').setInputFiles({
      name: 'photo.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('pas un atelier'),
    });
    const alert = there.getByRole('alert').filter({ hasText: 'Ce fichier n’est pas un atelier Fresco' });
    await alert.waitFor();
    await screenshot(there, 'home-import-refused');
  });
});
