/**
 * Issue 16, items 2, 3 and 5: an interviewer's phone (390×844, touch) opens the survey link once on the
 * wifi and gets "ready for the street"; then the network goes, ten interviews are run with taps, the page
 * is reloaded twice with no network (it comes back from the service worker with its interviews and the
 * right waiting count), and back online the server holds all ten, once each: in the survey document read
 * with the stock y-websocket client and in the concertation's field return. Every question screen has
 * controls of at least 44 px and no sideways scroll; screenshots go to docs/screenshots/survey-*.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FieldReturn } from '../../shared/concertation/fieldReturn';
import type { CreateConcertationResponse } from '../../shared/protocol/concertation';
import type { CreateSurveyResponse } from '../../shared/protocol/survey';
import { readInterviews } from '../../shared/read/survey';
import { call } from '../helpers/api';
import { seriousA11yViolations, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { connectSynced } from '../helpers/syncClient';

const PHONE = { width: 390, height: 844 };
const SHOTS = resolve('docs/screenshots');
const e2e = setUpE2eEnvironment();
let lead: CreateConcertationResponse;
let session: CreateSurveyResponse;
let context: BrowserContext;
let page: Page;
let link = '';

async function apiCreated<T>(path: string, body: unknown, token?: string): Promise<T> {
  const created = await call<T>(e2e.server.url, 'POST', path, { body, token });
  expect(created.status, `${path}: ${JSON.stringify(created.body)}`).toBe(201);
  return created.body;
}

function phoneContext(): Promise<BrowserContext> {
  return e2e.browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'fr-FR',
    reducedMotion: 'reduce',
  });
}

/** The whole page, except the long picture grids: those as the phone's screen shows them. */
async function shot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const fullPage = name !== 'uses' && name !== 'difficulties';
  if (!fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(SHOTS, `survey-${name}.png`), fullPage });
}

beforeAll(async () => {
  lead = await apiCreated<CreateConcertationResponse>('/api/concertations', {
    title: 'Schéma d’inclusion numérique',
    city: 'Aix-en-Provence',
  });
  for (const place of ['Jas de Bouffan', 'Encagnane']) {
    await apiCreated(
      `/api/concertations/${lead.id}/workshops`,
      { title: `Atelier ${place}`, place, kind: 'residents' },
      lead.token,
    );
  }
  session = await apiCreated<CreateSurveyResponse>(
    `/api/concertations/${lead.id}/surveys`,
    { place: 'Marché des Floralies', date: '2026-12-03' },
    lead.token,
  );
  link = `${e2e.server.url}/s/${session.id}#token=${session.token}`;
  context = await phoneContext();
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await context?.close();
});

interface Counts {
  done: number;
  waiting: number;
  online: boolean;
}

async function counts(): Promise<Counts> {
  const status = page.getByTestId('survey-status');
  await status.waitFor();
  return status.evaluate((node) => ({
    done: Number(node.querySelector('[data-testid="survey-done"]')?.getAttribute('data-count')),
    waiting: Number(node.querySelector('[data-testid="survey-waiting"]')?.getAttribute('data-count')),
    online: node.querySelector('[data-testid="survey-network"]')?.getAttribute('data-online') === 'true',
  }));
}

/** No sideways scroll; every visible control at least 44×44 px. */
async function expectPhoneFriendly(step: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const small: string[] = [];
    for (const element of document.querySelectorAll('button, a[href], [role="button"], input, select')) {
      const rect = element.getBoundingClientRect();
      const visible = rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      if (visible && (rect.width < 43.5 || rect.height < 43.5)) {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30);
        small.push(`${name} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    const pictures = [...document.querySelectorAll('.survey-choice.has-picture')].map((choice) =>
      Math.min(choice.getBoundingClientRect().width, choice.getBoundingClientRect().height),
    );
    // The status line and the back / skip buttons stay on screen however long the list of pictures.
    const offScreen: string[] = [];
    for (const selector of ['.survey-status', '.survey-nav']) {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      if (rect && (rect.top < -1 || rect.bottom > window.innerHeight + 1)) offScreen.push(selector);
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
      offScreen,
      small,
      smallestPicture: pictures.length > 0 ? Math.min(...pictures) : null,
    };
  });
  expect(layout.scrollWidth, `${step}: sideways scroll`).toBeLessThanOrEqual(layout.width);
  expect(layout.small, `${step}: controls under 44 px`).toEqual([]);
  expect(layout.offScreen, `${step}: bars scrolled away`).toEqual([]);
  if (layout.smallestPicture !== null)
    expect(layout.smallestPicture, `${step}: picture choices`).toBeGreaterThanOrEqual(64);
  expect(await seriousA11yViolations(page), `${step}: accessibility`).toEqual([]);
}

async function onQuestion(id: string): Promise<void> {
  await page.locator(`[data-testid="survey-question"][data-question="${id}"]`).waitFor({ timeout: 10_000 });
}

async function tapChoice(value: string): Promise<void> {
  const choice = page.locator(`.survey-answers .survey-choice[data-value="${value}"]`);
  await choice.tap();
  await page.locator(`.survey-answers .survey-choice[data-value="${value}"][aria-pressed="true"]`).waitFor();
}

async function tapNext(): Promise<void> {
  await page.locator('.survey-nav .survey-next').tap();
}

async function tapSkip(): Promise<void> {
  await page.locator('.survey-nav .survey-skip').tap();
}

/** A long press on a picture reads its words and picks nothing. */
async function expectHoldReadsAloud(value: string, words: string): Promise<void> {
  await page.evaluate(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    window.speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
  });
  const choice = page.locator(`.survey-answers .survey-choice[data-value="${value}"]`);
  await choice.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 10, clientY: 10 });
  await waitFor(async () =>
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([words]),
  );
  await choice.dispatchEvent('pointerup', { pointerType: 'touch' });
  await choice.dispatchEvent('click');
  expect(await choice.getAttribute('aria-pressed')).toBe('false');
}

const AGE_BANDS = ['under25', '25to39', '40to59', '60to74', '75plus'];
const PLACES = ['Jas de Bouffan', 'Encagnane', 'other'];

/** One interview by taps; the answers depend on `n` so the server's figures can be checked. */
async function runInterview(n: number, shoot: boolean): Promise<void> {
  const check = async (name: string) => {
    if (!shoot) return;
    await expectPhoneFriendly(name);
    await shot(name);
  };
  await onQuestion('ageBand');
  await check('age-band');
  await tapChoice(AGE_BANDS[n % 5]!);
  await tapNext();
  await onQuestion('neighbourhood');
  await check('neighbourhood');
  await tapChoice(PLACES[n % 3]!);
  await tapNext();
  await onQuestion('equipment');
  await page.locator('[data-equipment="smartphone"] .survey-yes').tap();
  await page.locator(`[data-equipment="computer"] ${n % 2 === 0 ? '.survey-yes' : '.survey-no'}`).tap();
  await page.locator('[data-equipment="computer"] [aria-pressed="true"]').waitFor();
  await check('equipment');
  await tapNext();
  await onQuestion('uses');
  if (n === 4) {
    // A reload in the middle of an interview comes back at the same question, with the answers given
    // so far (the equipment above counts in the server's figures checked at the end).
    const response = await page.reload();
    expect(response?.fromServiceWorker(), 'the reload came from the service worker').toBe(true);
    await onQuestion('uses');
  }
  if (shoot) await expectHoldReadsAloud('cinema', 'Aller au cinéma');
  await tapChoice('bank');
  await tapChoice('email');
  if (n % 2 === 1) await tapChoice('video-call');
  await check('uses');
  await tapNext();
  await onQuestion('difficulties');
  if (n < 5) {
    await tapChoice('forgot-password');
    await check('difficulties');
    await tapNext();
  } else await tapSkip();
  await onQuestion('help');
  await tapChoice(n % 4 === 0 ? 'nobody' : 'family');
  await check('help');
  await tapNext();
  await onQuestion('wouldCome');
  await tapChoice(n % 2 === 0 ? 'yes' : 'no');
  await check('would-come');
  await tapNext();
  await onQuestion('digitalFragility');
  await tapChoice(String(n % 4));
  await check('digital-fragility');
  await tapNext();
  await onQuestion('socialFragility');
  await check('social-fragility');
  await tapSkip();
  await onQuestion('finish');
  await check('finish');
  await page.getByTestId('survey-save').tap();
  await onQuestion('ageBand');
  await page.getByTestId('survey-saved').waitFor();
}

async function reloadOffline(expected: number): Promise<void> {
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the reload came from the service worker').toBe(true);
  await page.locator('[data-testid="survey-ready"][data-ready="true"]').waitFor({ timeout: 20_000 });
  await waitFor(async () =>
    expect(await counts()).toEqual({ done: expected, waiting: expected, online: false }),
  );
  await page.locator('.survey-start').tap();
}

describe('an interviewer’s phone on the street', () => {
  test('gets ready on the wifi, runs ten interviews offline across reloads, and sends each once', async () => {
    const started = Date.now();
    await page.goto(link);
    await page.locator('[data-testid="survey-ready"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const readyMs = await page.evaluate(() => window.__frescoSurvey?.readyMs ?? null);
    const shell = await page.evaluate(async () => {
      let bytes = 0;
      let files = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          bytes += (await response?.arrayBuffer())?.byteLength ?? 0;
          files++;
        }
      }
      return { files, bytes, controlled: navigator.serviceWorker.controller !== null };
    });
    console.info('[survey ready]', JSON.stringify({ readyMs, wallMs: Date.now() - started, shell }));
    expect(shell.files).toBeGreaterThan(10);
    expect(shell.controlled).toBe(true);
    // The worker revalidates on every visit (a new build installs at once) and is served as a script.
    const worker = await fetch(`${e2e.server.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/);
    await expectPhoneFriendly('ready');
    await shot('ready');
    expect(await counts()).toEqual({ done: 0, waiting: 0, online: true });

    await context.setOffline(true);
    await waitFor(async () => expect((await counts()).online).toBe(false));
    await page.locator('.survey-start').tap();
    for (let n = 0; n < 10; n++) {
      await runInterview(n, n === 0);
      await waitFor(async () =>
        expect(await counts()).toEqual({ done: n + 1, waiting: n + 1, online: false }),
      );
      if (n === 2 || n === 6) await reloadOffline(n + 1);
    }
    // Nothing reached the server while the phone was offline.
    const offlineView = await connectSynced(e2e.server.url, session.id, 'survey', lead.token);
    expect(readInterviews(offlineView.doc)).toHaveLength(0);
    offlineView.destroy();

    await page.getByRole('button', { name: 'Accueil' }).tap();
    await page.getByTestId('survey-ready').waitFor();
    await context.setOffline(false);
    await waitFor(async () => expect(await counts()).toEqual({ done: 10, waiting: 0, online: true }), {
      timeoutMs: 30_000,
    });
    await shot('sent');

    // A second sync (a reload online) doubles nothing.
    await page.reload();
    await page.locator('[data-testid="survey-ready"][data-ready="true"]').waitFor({ timeout: 20_000 });
    await waitFor(async () => expect(await counts()).toEqual({ done: 10, waiting: 0, online: true }));

    const view = await connectSynced(e2e.server.url, session.id, 'survey', lead.token);
    const interviews = readInterviews(view.doc);
    view.destroy();
    expect(interviews).toHaveLength(10);
    expect(new Set(interviews.map((interview) => interview.id)).size).toBe(10);
    expect(new Set(interviews.map((interview) => interview.author)).size).toBe(1);
    expect(interviews.filter((interview) => interview.wouldCome === true)).toHaveLength(5);
    expect(interviews.map((interview) => interview.digitalFragility)).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0, 1]);
    expect(interviews.every((interview) => interview.socialFragility === null)).toBe(true);

    const fieldReturn = await call<FieldReturn>(
      e2e.server.url,
      'GET',
      `/api/concertations/${lead.id}/field-return.json`,
      { token: lead.token },
    );
    expect(fieldReturn.status).toBe(200);
    const survey = fieldReturn.body.survey;
    expect(survey?.interviews).toBe(10);
    expect(survey?.byPlace).toEqual({ 'Marché des Floralies': 10 });
    expect(survey?.equipment.smartphone).toBe(1);
    expect(survey?.equipment.computer).toBe(0.5);
    expect(survey?.help).toMatchObject({ family: 7, nobody: 3, neighbours: 0, professionals: 0 });
    expect(survey?.digitalFragility).toEqual([3, 3, 2, 2]);
    expect(survey?.difficulties.find((entry) => entry.pictogram === 'forgot-password')?.count).toBe(5);
    expect(survey?.uses.find((entry) => entry.pictogram === 'video-call')?.count).toBe(5);
  }, 300_000);

  test('a phone that never reached Fresco says it was not prepared', async () => {
    const other = await phoneContext();
    await other.route('**/api/surveys/**', (route) => route.abort('internetdisconnected'));
    const fresh = await other.newPage();
    await fresh.goto(link);
    const failure = fresh.getByTestId('survey-failure');
    await failure.waitFor({ timeout: 15_000 });
    expect(await failure.getAttribute('data-failure')).toBe('never_prepared');
    await fresh.screenshot({ path: resolve(SHOTS, 'survey-never-prepared.png'), fullPage: true });
    await other.close();
  }, 60_000);
});
