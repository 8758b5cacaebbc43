import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinLimiter } from '../../server/auth/joinLimiter';
import { createWorkshop, joinByCode } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let now = 1_000_000;

beforeAll(async () => {
  server = await startServer({
    joinLimiter: new JoinLimiter({ windowMs: 10 * 60_000, perDevice: 10, perAddress: 30, now: () => now }),
  });
});
afterAll(async () => {
  await server.dispose();
});

function wrongCode(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

describe('join code guessing', () => {
  it('answers 404 for a wrong code, then 429 after 10 failures in 10 minutes from one client', async () => {
    const workshop = await createWorkshop(server.url);
    for (let i = 0; i < 10; i++) {
      const response = await joinByCode(server.url, wrongCode(workshop.joinCode), 'tablet-a');
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ error: 'unknown_code' });
    }
    const blocked = await joinByCode(server.url, workshop.joinCode, 'tablet-a');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: 'too_many_attempts' });

    // Another tablet behind the same address (one NAT for the whole centre) still joins.
    expect((await joinByCode(server.url, workshop.joinCode, 'tablet-b')).status).toBe(200);

    now += 10 * 60_000 + 1;
    expect((await joinByCode(server.url, workshop.joinCode, 'tablet-a')).status).toBe(200);
  });

  it('bounds guesses from one address even when the device id changes every time', async () => {
    const workshop = await createWorkshop(server.url);
    now += 20 * 60_000;
    let blockedAt = -1;
    for (let i = 0; i < 40; i++) {
      const response = await joinByCode(server.url, wrongCode(workshop.joinCode), `rotating-${i}`);
      if (response.status === 429) {
        blockedAt = i;
        break;
      }
    }
    expect(blockedAt).toBe(30);
  });

  it('refuses malformed codes as wrong codes', async () => {
    now += 20 * 60_000;
    for (const code of ['12345', 'abcdef', '1234567', '']) {
      expect((await joinByCode(server.url, code, 'tablet-c')).status).toBe(404);
    }
  });
});
