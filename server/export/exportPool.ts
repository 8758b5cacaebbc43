/**
 * One export worker thread, started on the first download and kept while the server runs. Jobs queue in
 * it; a worker that dies fails its jobs with a clear error and is replaced on the next download.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArchiveReply, ExportReply, ExportRequest } from './exportJob';
import type { RenderedFile } from './render';

interface Pending {
  resolve: (reply: ExportReply | ArchiveReply) => void;
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
  started.on('message', (reply: ExportReply | ArchiveReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    job.resolve(reply);
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

function inWorker(request: object, transfer: ArrayBuffer[] = []): Promise<ExportReply | ArchiveReply> {
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  running.ref();
  return new Promise<ExportReply | ArchiveReply>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ ...request, id }, transfer);
  }).finally(() => {
    if (pending.size === 0) running.unref();
  });
}

export async function renderInWorker(request: ExportRequest): Promise<RenderedFile> {
  const reply = (await inWorker(request)) as ExportReply;
  if (!reply.ok) throw new Error(reply.message);
  return { body: Buffer.from(reply.body), contentType: reply.contentType };
}

/** Reads and checks an uploaded workshop archive off the main thread (server/workshops/archive). */
export function checkArchiveInWorker(bytes: Uint8Array): Promise<ArchiveReply> {
  return inWorker({ kind: 'archive', bytes }) as Promise<ArchiveReply>;
}

export async function stopExportWorker(): Promise<void> {
  const running = worker;
  worker = null;
  if (running) await running.terminate();
}
