/**
 * One export worker thread, started on the first download and kept while the server runs. Jobs queue in
 * it; a worker that dies fails its jobs with a clear error and is replaced on the next download.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportReply, ExportRequest } from './exportJob';
import type { RenderedFile } from './render';

interface Pending {
  resolve: (file: RenderedFile) => void;
  reject: (error: Error) => void;
}

// Compiled (dist/server, `npm start` and the release), the worker is a plain module beside this one; run
// from the TypeScript sources (tests), its entry registers tsx first.
const compiled = extname(fileURLToPath(import.meta.url)) === '.js';
const WORKER = new URL(compiled ? './exportWorker.js' : './exportWorkerEntry.cjs', import.meta.url);

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  // It gets no execArgv of ours (a test runner's loader flags do not belong there).
  const started = new Worker(WORKER, { execArgv: [] });
  started.on('message', (reply: ExportReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.ok) job.resolve({ body: Buffer.from(reply.body), contentType: reply.contentType });
    else job.reject(new Error(reply.message));
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', () => {
    if (worker === started) worker = null;
    failAll(new Error('the export worker stopped'));
  });
  // Idle, it must not keep the process alive (tests, shutdown).
  started.unref();
  return started;
}

export function renderInWorker(request: ExportRequest): Promise<RenderedFile> {
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  running.ref();
  return new Promise<RenderedFile>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ ...request, id });
  }).finally(() => {
    if (pending.size === 0) running.unref();
  });
}

export async function stopExportWorker(): Promise<void> {
  const running = worker;
  worker = null;
  if (running) await running.terminate();
}
