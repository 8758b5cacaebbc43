/**
 * The Content-Security-Policy and Permissions-Policy (server/http/securityHeaders.ts) are strict enough
 * to matter and loose enough for the real app: every screen of every role, in the phases that draw
 * canvases, loads in Chromium without one violation, with no inline script in the built page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { laptopContext, setUpE2eEnvironment } from '../helpers/e2e';
import { E2E_CLIENT_DIR } from '../helpers/e2eClientDir';
import { connectSynced } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();

/** Console lines Chromium writes for a blocked resource or a refused policy, and uncaught errors. */
async function policyComplaints(url: string): Promise<string[]> {
  const context = await laptopContext(e2e.browser);
  const page: Page = await context.newPage();
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text()))
      complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(`pageerror: ${error.message}`));
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  // Lazy screens and the canvases' pictures load after the first paint.
  await page.waitForTimeout(1500);
  await context.close();
  return complaints;
}

async function setPhase(workshop: CreateWorkshopResponse, phase: string): Promise<void> {
  const client = await connectSynced(e2e.server.url, workshop.id, 'control', workshop.tokens.facilitator);
  // A raw write is enough here: the test checks what the screens load, not how the phase changes.
  client.doc.transact(() => client.doc.getMap('workshop').set('phase', phase), new UserOrigin('facilitator'));
  await new Promise((done) => setTimeout(done, 300));
  client.destroy();
}

describe('content security policy in the browser', () => {
  it('the built page has no inline script', () => {
    const html = readFileSync(join(E2E_CLIENT_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
  });

  // The pages of one test load side by side: each then waits out its lazy loads at the same time.
  it('home and join pages load without a violation', async () => {
    const paths = ['/', '/j'];
    const complaints = await Promise.all(paths.map((path) => policyComplaints(e2e.server.url + path)));
    expect(Object.fromEntries(paths.map((path, index) => [path, complaints[index]]))).toEqual({
      '/': [],
      '/j': [],
    });
  }, 60_000);

  it.each(['explore', 'plan'])(
    'every role’s screen in the %s phase loads without a violation',
    async (phase) => {
      const workshop = await createWorkshop(e2e.server.url, { title: `CSP ${phase}` });
      await setPhase(workshop, phase);
      const roles = Object.entries(workshop.tokens);
      const complaints = await Promise.all(
        roles.map(([, token]) => policyComplaints(`${e2e.server.url}/w/${workshop.id}#token=${token}`)),
      );
      const byRole = Object.fromEntries(roles.map(([role], index) => [role, complaints[index]]));
      expect(Object.keys(byRole).length).toBeGreaterThanOrEqual(4);
      expect(byRole).toEqual(Object.fromEntries(roles.map(([role]) => [role, []])));
    },
    // Four browser contexts on a shared 2-core machine.
    180_000,
  );
});
