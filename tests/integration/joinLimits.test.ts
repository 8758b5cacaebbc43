/**
 * Join-code guessing from one address (every tablet of a centre behind one NAT): the budgets are the
 * shipped ones except the over-budget delay, shortened from 30 s so the test runs in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinLimiter } from '../../server/auth/joinLimiter';
import { setDoor } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import { call, createWorkshop, joinByCode } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

const DELAY_MS = 300;
let server: TestServer;
let now = 1_000_000;

beforeAll(async () => {
  server = await startServer({
    joinLimiter: new JoinLimiter({
      perDevice: 10,
      deviceWindowMs: 10 * 60_000,
      addressBurst: 60,
      addressPerHour: 30,
      overBudgetDelayMs: DELAY_MS,
      noticeWindowMs: 10 * 60_000,
      now: () => now,
    }),
  });
});
afterAll(async () => {
  await server.dispose();
});

/** Two hours later: the address has its whole budget back, and the notice has forgotten. */
function nextDay(): void {
  now += 2 * 3_600_000;
}

function wrongCode(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

describe('join code guessing', () => {
  it('makes a tablet that typed 10 wrong codes wait, not its neighbours', async () => {
    nextDay();
    const workshop = await createWorkshop(server.url);
    for (let i = 0; i < 10; i++) {
      const response = await joinByCode(server.url, wrongCode(workshop.joinCode), 'tablet-a');
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ error: 'unknown_code' });
    }
    const blocked = await joinByCode(server.url, workshop.joinCode, 'tablet-a');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: 'too_many_attempts' });
    expect((await joinByCode(server.url, workshop.joinCode, 'tablet-b')).status).toBe(200);
    now += 10 * 60_000 + 1;
    expect((await joinByCode(server.url, workshop.joinCode, 'tablet-a')).status).toBe(200);
  });

  it('lets the right code in from another tablet right after a burst of 200 wrong ones', async () => {
    nextDay();
    const workshop = await createWorkshop(server.url);
    const burstStarted = Date.now();
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        joinByCode(server.url, wrongCode(workshop.joinCode), `burst-${i}`),
      ),
    );
    const statuses = burst.map((response) => response.status);
    // The address's 60, then one slow check at a time while the burst lasts; the rest refused unchecked.
    const slowChecks = Math.ceil((Date.now() - burstStarted) / DELAY_MS);
    const wrong = statuses.filter((status) => status === 404).length;
    expect(wrong).toBeGreaterThanOrEqual(61);
    expect(wrong).toBeLessThanOrEqual(60 + slowChecks);
    expect(statuses.filter((status) => status === 429).length).toBe(200 - wrong);

    const started = Date.now();
    const tablet = await joinByCode(server.url, workshop.joinCode, 'tablet-c');
    expect(tablet.status).toBe(200);
    expect(tablet.body.workshopId).toBe(workshop.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(DELAY_MS - 20);
  });

  it('holds 1,000 guesses with a fresh device header each to the address budget', async () => {
    nextDay();
    const workshop = await createWorkshop(server.url);
    const started = Date.now();
    let checked = 0;
    for (let wave = 0; wave < 20; wave++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          joinByCode(server.url, wrongCode(workshop.joinCode), `rotating-${wave}-${i}`),
        ),
      );
      checked += answers.filter((response) => response.status === 404).length;
      expect(answers.every((response) => response.status === 404 || response.status === 429)).toBe(true);
    }
    const slowChecks = Math.ceil((Date.now() - started) / DELAY_MS) + 1;
    expect(checked).toBeGreaterThanOrEqual(60);
    expect(checked).toBeLessThanOrEqual(60 + slowChecks);
    expect(checked).toBeLessThan(100);
  });

  it('tells every facilitator how many wrong codes were tried lately, and no one else', async () => {
    const workshop = await createWorkshop(server.url);
    const status = await call<{ wrongAttempts: number; windowMinutes: number }>(
      server.url,
      'GET',
      `/api/workshops/${workshop.id}/join-status`,
      { token: workshop.tokens.facilitator },
    );
    expect(status.status).toBe(200);
    expect(status.body.windowMinutes).toBe(10);
    expect(status.body.wrongAttempts).toBeGreaterThanOrEqual(1000);
    const participant = await call(server.url, 'GET', `/api/workshops/${workshop.id}/join-status`, {
      token: workshop.tokens.participant,
    });
    expect(participant.status).toBe(403);
  });

  it('refuses malformed codes as wrong codes', async () => {
    nextDay();
    for (const code of ['12345', 'abcdef', '1234567', '']) {
      expect((await joinByCode(server.url, code, 'tablet-d')).status).toBe(404);
    }
  });
});

describe('the door closing at a time the facilitator chose', () => {
  it('admits residents until that time, and no one after it, on the server', async () => {
    nextDay();
    const workshop = await createWorkshop(server.url);
    const facilitator = await connectSynced(server.url, workshop.id, 'control', workshop.tokens.facilitator);
    const origin = new UserOrigin('facilitator');
    const closesAt = Date.now() + 60 * 60_000;
    setDoor(facilitator.doc, { open: true, closesAt }, origin);
    await waitFor(async () => {
      const room = await server.rooms.get(workshop.id, 'control');
      expect(room.doc.getMap('workshop').get('doorClosesAt')).toBe(closesAt);
    });
    expect((await joinByCode(server.url, workshop.joinCode, 'before')).status).toBe(200);

    setDoor(facilitator.doc, { open: true, closesAt: Date.now() - 1 }, origin);
    await waitFor(async () => {
      const refused = await joinByCode(server.url, workshop.joinCode, 'after');
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: 'door_closed' });
    });

    // Opening again clears the past closing time.
    setDoor(facilitator.doc, { open: true, closesAt: null }, origin);
    await waitFor(async () =>
      expect((await joinByCode(server.url, workshop.joinCode, 'again')).status).toBe(200),
    );
    facilitator.destroy();
  });
});
