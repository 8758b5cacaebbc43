/**
 * Issue 16, the lead's side of the street survey, on a laptop: the lead makes a session from the
 * concertation's page, sets its questionnaire (kept across a reload), hands out its link and QR code;
 * interviews written by interviewers' seats through the stock y-websocket client show in the page's
 * charts within seconds, and beside the stakeholders' plan. The page also holds at 390 px.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import { saveInterview } from '../../shared/ops/survey/interviews';
import type {
  ConcertationInfo,
  ConcertationWorkshopCreated,
  CreateConcertationResponse,
} from '../../shared/protocol/concertation';
import type { CreateSurveyResponse, SurveySeatResponse } from '../../shared/protocol/survey';
import { EMPTY_ANSWERS, type InterviewAnswers } from '../../shared/schema/survey';
import { call } from '../helpers/api';
import { laptopContext, seriousA11yViolations, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { connectSynced, type SyncClient } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
let concertation: CreateConcertationResponse;
let stakeholders: ConcertationWorkshopCreated;
let lead: Page;
const phones: SyncClient[] = [];

/** Intl writes `75 %` with a narrow no-break space; the test reads it as a plain one. */
const text = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replace(/[\u202f\u00a0]/g, ' ');

async function shot(locator: Locator, name: string): Promise<void> {
  const dir = resolve('test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  await locator.screenshot({ path: join(dir, `${name}.png`) });
}

async function info(): Promise<ConcertationInfo> {
  const path = `/api/concertations/${concertation.id}`;
  return (await call<ConcertationInfo>(e2e.server.url, 'GET', path, { token: concertation.token })).body;
}

/** An interviewer's phone: a seat of its own for the session's shared token, then the stock client. */
async function interviewer(
  surveyId: string,
  sharedToken: string,
): Promise<{ client: SyncClient; seat: string }> {
  const seat = await call<SurveySeatResponse>(e2e.server.url, 'POST', `/api/surveys/${surveyId}/seat`, {
    token: sharedToken,
  });
  expect(seat.status).toBe(200);
  const client = await connectSynced(e2e.server.url, surveyId, 'survey', seat.body.token);
  phones.push(client);
  return { client, seat: seat.body.seatId };
}

function interview(phone: { client: SyncClient; seat: string }, answers: Partial<InterviewAnswers>): void {
  saveInterview(
    phone.client.doc,
    { answers: { ...EMPTY_ANSWERS, ...answers }, author: phone.seat },
    new UserOrigin(phone.seat),
  );
}

const chart = (page: Page, id: string) => page.getByTestId('survey-charts').locator(`[data-chart="${id}"]`);
const barNumber = (page: Page, id: string, key: string) =>
  chart(page, id).locator(`li[data-key="${key}"] .survey-bar-number`);

beforeAll(async () => {
  concertation = (
    await call<CreateConcertationResponse>(e2e.server.url, 'POST', '/api/concertations', {
      body: { title: 'Schéma d’inclusion numérique', city: 'Aix-en-Provence' },
    })
  ).body;
  const add = async (body: Record<string, unknown>) =>
    (
      await call<ConcertationWorkshopCreated>(
        e2e.server.url,
        'POST',
        `/api/concertations/${concertation.id}/workshops`,
        { token: concertation.token, body },
      )
    ).body;
  const jas = await add({ title: 'Atelier Jas', place: 'Jas de Bouffan', kind: 'residents' });
  stakeholders = await add({ title: 'Atelier des partenaires', kind: 'stakeholders' });
  // One resident raises the forgotten password in a workshop: the street's count is shown beside it.
  const board = await connectSynced(e2e.server.url, jas.id, 'board', jas.tokens.facilitator);
  const origin = new UserOrigin('facilitator');
  addParticipant(board.doc, { id: 'a', name: 'Zoé', avatar: 'fox', color: '#1f4fa8' }, origin);
  const activity = placeActivity(
    board.doc,
    { pictogram: 'caf', day: 'mon', period: 'morning', author: 'a' },
    origin,
  );
  addDifficulty(
    board.doc,
    { activityId: activity as string, pictogram: 'forgot-password', label: 'trop de codes', author: 'a' },
    origin,
  );
  await waitFor(async () => {
    const field = await call<{ difficulties: unknown[] }>(
      e2e.server.url,
      'GET',
      `/api/concertations/${concertation.id}/field-return.json`,
      { token: concertation.token },
    );
    expect(field.body.difficulties.length).toBe(1);
  });
  board.destroy();
  lead = await (await laptopContext(e2e.browser)).newPage();
  await lead.goto(`${e2e.server.url}/c/${concertation.id}#token=${concertation.token}`);
  await lead.getByTestId('survey-sessions').waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(() => {
  for (const phone of phones) phone.destroy();
});

describe('the street survey on the lead’s page', { timeout: 90_000 }, () => {
  test('makes a session from the page, with its interviewers’ link and QR code', async () => {
    const sessions = lead.getByTestId('survey-sessions');
    expect(await text(sessions)).toContain('Aucune séance d’enquête pour l’instant.');
    await sessions.locator('input[name="survey-place"]').fill('Marché du Jas');
    await sessions.locator('input[name="survey-date"]').fill('2027-03-12');
    await sessions.getByTestId('add-survey').click();
    const card = sessions.locator('.survey-card', { hasText: 'Marché du Jas' });
    await card.waitFor({ timeout: 15_000 });
    expect(await text(card.locator('.hint').first())).toBe('vendredi 12 mars 2027');
    expect(await text(card.getByTestId('survey-interviews'))).toBe('0 entretien');
    const [session] = (await info()).surveys;
    expect(session?.place).toBe('Marché du Jas');
    const link = await card.getByTestId('survey-link-text').textContent();
    expect(link).toBe(`${new URL(lead.url()).origin}/s/${session?.id}#token=${session?.token}`);
    await card.getByTestId('survey-show-qr').click();
    await waitFor(async () =>
      expect(await card.locator('svg.qr-code').getAttribute('data-qr-text')).toBe(link),
    );
    expect(await card.locator('svg.qr-code').getAttribute('aria-label')).toBe(
      'QR code du lien des enquêteurs, Marché du Jas',
    );
  });

  test('reorders and turns off questions, and a reload shows them kept', async () => {
    const card = lead.locator('.survey-card', { hasText: 'Marché du Jas' });
    await card.getByTestId('survey-questions').click();
    const editor = card.getByTestId('questionnaire-editor');
    expect(await text(editor)).toContain('À régler de préférence avant la séance');
    expect(await editor.locator('li[data-question]').count()).toBe(9);
    await editor.getByRole('button', { name: 'Monter « Viendrait-elle à un atelier »' }).click();
    await editor.getByRole('checkbox', { name: 'Qui l’aide' }).uncheck();
    const expected = [
      ['ageBand', true],
      ['neighbourhood', true],
      ['equipment', true],
      ['uses', true],
      ['difficulties', true],
      ['wouldCome', true],
      ['help', false],
      ['digitalFragility', true],
      ['socialFragility', true],
    ];
    await waitFor(async () => {
      const [session] = (await info()).surveys;
      expect(session?.questionnaire.map((q) => [q.id, q.enabled])).toEqual(expected);
    });
    await lead.reload();
    const again = lead.locator('.survey-card', { hasText: 'Marché du Jas' });
    await again.getByTestId('survey-questions').click();
    const rows = again.getByTestId('questionnaire-editor').locator('li[data-question]');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-question'),
        (item.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
      ]),
    );
    expect(shown).toEqual(expected);
    // The first question cannot move up, the last cannot move down.
    expect(
      await rows
        .first()
        .getByRole('button', { name: /^Monter/ })
        .isDisabled(),
    ).toBe(true);
    expect(
      await rows
        .last()
        .getByRole('button', { name: /^Descendre/ })
        .isDisabled(),
    ).toBe(true);
    await shot(again, 'survey-sessions-lead');
  });

  test('draws the interviews synced from phones in the charts within seconds', async () => {
    const byApi = await call<CreateSurveyResponse>(
      e2e.server.url,
      'POST',
      `/api/concertations/${concertation.id}/surveys`,
      { token: concertation.token, body: { place: 'École Jules-Ferry', date: '2027-03-13' } },
    );
    expect(byApi.status).toBe(201);
    const market = (await info()).surveys.find((s) => s.place === 'Marché du Jas');
    const first = await interviewer(market?.id ?? '', market?.token ?? '');
    const second = await interviewer(byApi.body.id, byApi.body.token);
    // Four passers-by, counted by hand below.
    interview(first, {
      equipment: { smartphone: true, computer: false, dataPlan: true },
      uses: ['caf'],
      difficulties: ['forgot-password', 'data-plan-too-expensive'],
      help: ['family'],
      wouldCome: true,
      digitalFragility: 2,
      socialFragility: 1,
    });
    interview(first, {
      equipment: { smartphone: true, computer: true },
      uses: ['caf', 'go-to-work'],
      difficulties: ['forgot-password'],
      help: ['family', 'professionals'],
      wouldCome: false,
      digitalFragility: 1,
      socialFragility: 0,
    });
    interview(first, {
      equipment: { smartphone: false },
      difficulties: ['forgot-password'],
      help: ['nobody'],
      wouldCome: true,
      digitalFragility: 3,
      socialFragility: 2,
    });
    interview(second, {
      equipment: { smartphone: true },
      difficulties: ['old-phone'],
      help: ['neighbours'],
      digitalFragility: 1,
    });
    await waitFor(
      async () =>
        expect(await text(lead.getByTestId('survey-summary'))).toBe('4 personnes interrogées dans 2 lieux'),
      { timeoutMs: 10_000 },
    );
    expect(await text(barNumber(lead, 'byPlace', 'Marché du Jas'))).toBe('3');
    expect(await text(barNumber(lead, 'byPlace', 'École Jules-Ferry'))).toBe('1');
    expect(await text(barNumber(lead, 'equipment', 'smartphone'))).toBe('75 %');
    expect(await text(barNumber(lead, 'equipment', 'computer'))).toBe('50 %');
    expect(await text(barNumber(lead, 'equipment', 'dataPlan'))).toBe('100 %');
    const password = chart(lead, 'difficulties').locator('li[data-key="forgot-password"]');
    expect(await text(password.locator('.survey-bar-label'))).toBe('Mot de passe oublié');
    expect(await text(password.locator('.survey-bar-number'))).toBe('3');
    expect(await text(password.getByTestId('survey-in-workshops'))).toBe('citée 1 fois en atelier');
    expect(
      await text(
        chart(lead, 'difficulties').locator(
          'li[data-key="data-plan-too-expensive"] [data-testid="survey-in-workshops"]',
        ),
      ),
    ).toBe('jamais citée en atelier');
    expect(await text(barNumber(lead, 'uses', 'caf'))).toBe('2');
    expect(await text(barNumber(lead, 'help', 'family'))).toBe('2');
    expect(await text(barNumber(lead, 'help', 'nobody'))).toBe('1');
    expect(await text(barNumber(lead, 'wouldCome', 'yes'))).toBe('2');
    expect(await text(barNumber(lead, 'wouldCome', 'no'))).toBe('1');
    const digital = await chart(lead, 'digitalFragility')
      .locator('li')
      .evaluateAll((items) =>
        items.map((item) =>
          ['.survey-bar-label', '.survey-bar-number', '.visually-hidden'].map((part) =>
            item.querySelector(part)?.textContent?.trim(),
          ),
        ),
      );
    // The level's name, the number on the bar, and what a screen reader says instead of the bar.
    expect(digital).toEqual([
      ['Aucune', '0', '0 personne'],
      ['Légère', '2', '2 personnes'],
      ['Marquée', '1', '1 personne'],
      ['Forte', '1', '1 personne'],
    ]);
    await waitFor(
      async () =>
        expect(
          await text(
            lead.locator('.survey-card', { hasText: 'Marché du Jas' }).getByTestId('survey-interviews'),
          ),
        ).toBe('3 entretiens'),
      { timeoutMs: 20_000 },
    );
    // With the questionnaire editor still open from the test before: sessions, editor and charts.
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await shot(lead.getByTestId('survey-charts'), 'survey-diagnostic-lead');
  });

  test('shows the same charts beside the stakeholders’ plan', async () => {
    const page = await (await laptopContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/w/${stakeholders.id}#token=${stakeholders.tokens.stakeholder}`);
    await page.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
    await page.getByLabel('Votre nom ou structure').fill('CCAS');
    if (await page.getByTestId('plan-tab-field').isVisible())
      await page.getByTestId('plan-tab-field').click();
    const charts = page.getByTestId('field-return').getByTestId('survey-charts');
    await waitFor(
      async () =>
        expect(await text(charts.getByTestId('survey-summary'))).toBe('4 personnes interrogées dans 2 lieux'),
      { timeoutMs: 15_000 },
    );
    expect(await text(barNumber(page, 'equipment', 'smartphone'))).toBe('75 %');
    expect(
      await text(
        chart(page, 'difficulties').locator(
          'li[data-key="forgot-password"] [data-testid="survey-in-workshops"]',
        ),
      ),
    ).toBe('citée 1 fois en atelier');
    await charts.scrollIntoViewIfNeeded();
    await shot(charts, 'survey-diagnostic-stakeholders');
    await page.context().close();
  });

  test('holds on a 390 px phone: nothing wider than the screen', async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/${concertation.id}#token=${concertation.token}`);
    const card = page.locator('.survey-card', { hasText: 'Marché du Jas' });
    await card.waitFor({ timeout: 30_000 });
    await card.getByTestId('survey-questions').click();
    await card.getByTestId('survey-show-qr').click();
    await page.getByTestId('survey-summary').waitFor({ timeout: 15_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(card.getByTestId('questionnaire-editor'), 'survey-questionnaire-phone');
    await shot(page.getByTestId('survey-sessions'), 'survey-sessions-phone');
    await context.close();
  });

  test('deletes a session only after saying what goes with it', async () => {
    const card = lead.locator('.survey-card', { hasText: 'École Jules-Ferry' });
    await card.waitFor({ timeout: 20_000 });
    await card.getByTestId('delete-survey').click();
    const dialog = lead.getByRole('dialog');
    expect(await text(dialog)).toContain('La séance et son entretien seront effacés du serveur');
    expect(await text(dialog)).toContain(
      'Les entretiens qu’un téléphone n’a pas encore envoyés seront perdus.',
    );
    await dialog.getByRole('button', { name: 'Garder la séance' }).click();
    expect((await info()).surveys.length).toBe(2);
    await card.getByTestId('delete-survey').click();
    await lead.getByTestId('confirm-delete-survey').click();
    await card.waitFor({ state: 'detached', timeout: 15_000 });
    expect((await info()).surveys.map((s) => s.place)).toEqual(['Marché du Jas']);
    await waitFor(
      async () =>
        expect(await text(lead.getByTestId('survey-summary'))).toBe('3 personnes interrogées dans 1 lieu'),
      { timeoutMs: 10_000 },
    );
  });
});
