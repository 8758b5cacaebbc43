/**
 * Page objects for the join-and-facilitate screens: what a person does, in the words of the UI
 * (accessible names and roles first, test ids only where a name would be ambiguous).
 */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitFor } from './e2e';

export interface CreatedWorkshop {
  id: string;
  joinCode: string;
  links: { facilitator: string; participant: string; stakeholder: string; viewer: string };
}

/** Home → "Nouvel atelier" → the card with its links, read from the links panel. */
export async function createWorkshopFromHome(
  page: Page,
  baseUrl: string,
  title: string,
  place = 'Centre social',
): Promise<CreatedWorkshop> {
  await page.goto(`${baseUrl}/`);
  // The home page also has the concertation form, with a "Titre" of its own.
  const form = page.locator('form[aria-labelledby="new-title"]');
  await form.getByLabel('Titre').fill(title);
  await form.getByLabel(/Lieu/).fill(place);
  await form.getByRole('button', { name: 'Créer l’atelier' }).click();
  const card = page.locator('.workshop-card', { hasText: title });
  await card.getByTestId('links-panel').waitFor();
  const linkOf = async (role: string) => (await card.getByTestId(`link-${role}`).textContent())?.trim() ?? '';
  const links = {
    facilitator: await linkOf('facilitator'),
    participant: await linkOf('participant'),
    stakeholder: await linkOf('stakeholder'),
    viewer: await linkOf('viewer'),
  };
  const joinCode = ((await card.getByTestId('links-code').textContent()) ?? '').replace(/\s/g, '');
  const id = new URL(links.facilitator).pathname.split('/')[2] ?? '';
  expect(joinCode).toMatch(/^\d{6}$/);
  return { id, joinCode, links };
}

/** Types a code on the /j keypad by tapping the keys. */
export async function tapCode(page: Page, code: string): Promise<void> {
  const keypad = page.locator('.keypad');
  for (const digit of code) await keypad.getByRole('button', { name: digit, exact: true }).tap();
}

/** The arrival steps on a tablet: a picture, a colour, then a name (or "Passer"). */
export async function chooseAvatar(
  page: Page,
  options: { avatar: string; color: string; name?: string },
): Promise<void> {
  const setup = page.getByTestId('avatar-setup');
  await setup.waitFor();
  await setup.getByRole('button', { name: options.avatar, exact: true }).tap();
  await setup.getByRole('button', { name: options.color, exact: true }).tap();
  await page.getByRole('button', { name: 'C’est moi !' }).tap();
  const nameStep = page.getByTestId('name-setup');
  await nameStep.waitFor();
  if (options.name) {
    await nameStep.getByLabel('Prénom ou surnom').fill(options.name);
    await nameStep.getByRole('button', { name: 'Valider' }).tap();
  } else {
    await nameStep.getByRole('button', { name: 'Passer' }).tap();
  }
  await page.getByTestId('avatar-setup').waitFor({ state: 'detached' });
}

export async function joinByCode(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.goto(`${baseUrl}/j`);
  await tapCode(page, code);
  await page.getByTestId('tablet-screen').waitFor();
}

/** Seat ids the roster shows on this page. */
export async function rosterSeats(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="roster"] li[data-seat]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-seat') ?? ''));
}

export async function waitForPhase(page: Page, phase: string): Promise<void> {
  await waitFor(async () => {
    const shown = await page.locator('[data-phase]').first().getAttribute('data-phase');
    expect(shown).toBe(phase);
  });
}

export async function statusOf(page: Page): Promise<string | null> {
  return page.locator('.status-badge').first().getAttribute('data-state');
}
