/**
 * The compiled server (dist/server, what `npm start` and a release run) started with plain Node: its
 * supervisor and server processes carry no TypeScript loader, `/healthz` names package.json's version,
 * and the export worker (a plain JavaScript worker file) renders the paper kit with its fonts and
 * pictograms, found from the compiled files' own location.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop } from '../helpers/api';
import { type SupervisedServer, startSupervised } from '../helpers/supervisedServer';

let server: SupervisedServer;

function commandLine(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
}

beforeAll(async () => {
  server = await startSupervised({}, { compiled: true });
}, 60_000);
afterAll(async () => {
  await server?.dispose();
});

describe('the compiled server', () => {
  it('runs dist/server/cli.js and its serve.js child with no tsx', () => {
    const supervisor = commandLine(server.process.pid as number);
    const child = commandLine(server.readyPid() as number);
    expect(supervisor).toMatch(/dist\/server\/cli\.js$/);
    expect(child).toMatch(/dist\/server\/serve\.js$/);
    expect(`${supervisor} ${child}`).not.toContain('tsx');
  });

  it('answers /healthz with the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, version });
  });

  it('renders the paper kit in its plain JavaScript export worker', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Atelier compilé' });
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/export/kit.pdf`, {
      headers: { authorization: `Bearer ${workshop.tokens.facilitator}` },
    });
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The kit draws every starter pictogram: a kit of lettered badges (no pictogram file found) is far
    // smaller than one with the rasterised OpenMoji drawings.
    expect(body.length).toBeGreaterThan(200_000);
  }, 60_000);
});
