/**
 * Issue 12, items 10–11: dictation that gives no words says why. Offline, Chrome's recognition only
 * fires a 'network' error; before, the microphone button just stopped. The recognition is a stand-in
 * (no microphone in a test browser) that fails the way Chrome does offline.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { laptopContext, screenshot, setUpE2eEnvironment } from '../helpers/e2e';
import { waitForPhase } from '../helpers/e2ePages';

const e2e = setUpE2eEnvironment();
let workshop: CreateWorkshopResponse;

beforeAll(async () => {
  workshop = await createWorkshop(e2e.server.url, { title: 'Atelier du micro', place: 'Centre social' });
}, 60_000);

async function wordsDialog(stub: string): Promise<Page> {
  const context = await laptopContext(e2e.browser);
  await context.addInitScript(stub);
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}/w/${workshop.id}#token=${workshop.tokens.facilitator}`);
  await page.getByRole('button', { name: /Exploration/ }).click();
  await waitForPhase(page, 'explore');
  await page.getByTestId('custom-open').click();
  await page.getByRole('dialog').locator('textarea').waitFor();
  return page;
}

describe('the dictation note', { timeout: 90_000 }, () => {
  test('offline, the microphone says it needs the internet and typing goes on', async () => {
    const page = await wordsDialog(`
      window.SpeechRecognition = window.webkitSpeechRecognition = class {
        start() { setTimeout(() => { this.onerror?.({ error: 'network' }); this.onend?.(); }, 50); }
        stop() {}
      };`);
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('dictation-note').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Dire mes mots au micro' }).click();
    const note = dialog.getByTestId('dictation-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('besoin d’internet');
    expect(await note.getAttribute('role')).toBe('status');
    await screenshot(page, 'dictation-offline-note');
    await page.context().close();
  });

  test('without speech recognition, the field says so instead of hiding the microphone silently', async () => {
    const page = await wordsDialog(`
      delete window.webkitSpeechRecognition;
      delete window.SpeechRecognition;`);
    const note = page.getByRole('dialog').getByTestId('dictation-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('ne peut pas écrire sur cet appareil');
    await page.context().close();
  });
});
