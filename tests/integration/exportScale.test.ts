/**
 * Exports of big workshops from the running server (issue 6 item 6): 40 actions and 500 board items in
 * under 3 seconds per format, and 200 actions without timing out. The first download of an empty
 * workshop loads the lazily imported builders, so the timings measure exporting, not module loading.
 *
 * The server runs in this process, so each export's cost is measured as the process CPU time spent while
 * it is served: what it costs the machine, whatever else the machine is doing at the time (wall time on a
 * shared 2-core machine mostly measures the neighbours). Wall times are printed too.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserOrigin } from '../../shared/ops/origin';
import { EXPORT_FORMATS } from '../../shared/protocol/http';
import { batched, type Download, download, keep, openSynced } from '../fixtures/export/download';
import { pdfContent, squash, unzip } from '../fixtures/export/inspect';
import { writeScaleFixture } from '../fixtures/export/scale';
import { createWorkshop } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  const warm = await createWorkshop(server.url, { title: 'Chauffe' });
  for (const format of EXPORT_FORMATS) {
    expect((await download(server.url, warm.id, `export.${format}`, warm.tokens.facilitator)).status).toBe(
      200,
    );
  }
});

afterAll(async () => {
  await server?.dispose();
});

async function timed(get: () => Promise<Download>): Promise<{ response: Download; cpuMs: number }> {
  const before = process.cpuUsage();
  const response = await get();
  const used = process.cpuUsage(before);
  return { response, cpuMs: Math.round((used.user + used.system) / 1000) };
}

async function bigWorkshop(items: number, actions: number) {
  const workshop = await createWorkshop(server.url, { title: `Grand atelier ${actions}` });
  const synced = await openSynced(server.url, workshop.id, workshop.tokens.facilitator);
  const origin = new UserOrigin('facilitator');
  batched(synced.docs, origin, () => writeScaleFixture(synced.docs, origin, { items, actions }));
  await waitFor(
    async () => {
      const json = JSON.parse(
        (await download(server.url, workshop.id, 'export.json', workshop.tokens.facilitator)).text,
      );
      expect([json.items.length, json.actions.length]).toEqual([items, actions]);
    },
    { timeoutMs: 20_000, intervalMs: 200 },
  );
  synced.close();
  return (format: string) =>
    download(server.url, workshop.id, `export.${format}`, workshop.tokens.stakeholder);
}

describe('export performance', () => {
  // The 3 s target of the export issue is a benchmark figure (npm run bench), not a timed test: CI machines
  // vary. This test checks the export works at that size and guards only against a pathological slowdown.
  it('exports 40 actions and 500 board items in every format', async () => {
    const get = await bigWorkshop(500, 40);
    const cpu: Record<string, number> = {};
    const wall: Record<string, number> = {};
    for (const format of EXPORT_FORMATS) {
      const { response, cpuMs } = await timed(() => get(format));
      expect(response.status, format).toBe(200);
      cpu[format] = cpuMs;
      wall[format] = Math.round(response.ms);
      keep(`scale-40.${format}`, response.bytes);
    }
    console.log(
      'export of 40 actions + 500 items, ms of CPU:',
      JSON.stringify(cpu),
      'wall:',
      JSON.stringify(wall),
    );
    for (const [format, ms] of Object.entries(cpu)) expect(ms, format).toBeLessThan(15_000);
  }, 120_000);

  it('exports 200 actions without timing out, and without stalling the sync of other rooms', async () => {
    const get = await bigWorkshop(500, 200);
    // Files are built in a worker thread: the main thread, which relays every room's sync, keeps turning.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpu: Record<string, number> = {};
    const wall: Record<string, number> = {};
    for (const format of EXPORT_FORMATS) {
      const { response, cpuMs } = await timed(() => get(format));
      expect(response.status, format).toBe(200);
      cpu[format] = cpuMs;
      wall[format] = Math.round(response.ms);
      if (format === 'pdf') {
        const end = await pdfContent(response.bytes, 2);
        expect(end.numPages).toBeGreaterThan(200);
        expect(squash(end.pages.at(-1) ?? '')).toContain(`Page ${end.numPages} / ${end.numPages}`);
      }
      if (format === 'docx') {
        const document = new TextDecoder().decode(unzip(response.bytes)['word/document.xml']);
        expect(document.match(/<w:drawing>/g)?.length).toBe(2 + 200);
      }
    }
    console.log(
      'export of 200 actions + 500 items, ms of CPU:',
      JSON.stringify(cpu),
      'wall:',
      JSON.stringify(wall),
    );
    loop.disable();
    for (const [format, ms] of Object.entries(cpu)) expect(ms, format).toBeLessThan(20_000);
    expect(loop.max / 1e6).toBeLessThan(1000);
  }, 180_000);
});
