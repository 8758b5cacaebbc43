/**
 * Runs in a worker thread: builds one export file per message. A 200-action DOCX or PDF takes seconds of
 * CPU; here it never holds up the main thread, where every sync message of every room waits its turn.
 * Uploaded workshop archives are read and checked here too, for the same reason.
 */
import { parentPort } from 'node:worker_threads';
import { checkUploadedArchive } from '../workshops/archive/checkUpload';
import type { ArchiveJob, ExportJob, ExportReply } from './exportJob';
import { renderExport, renderKit } from './render';
import { renderSchema } from './renderSchema';

const port = parentPort;
if (!port) throw new Error('exportWorker must run in a worker thread');

port.on('message', async (job: ExportJob | ArchiveJob) => {
  if (job.kind === 'archive') {
    const reply = checkUploadedArchive(job);
    port.postMessage(
      reply,
      reply.ok ? Object.values(reply.states).map((state) => state.buffer as ArrayBuffer) : [],
    );
    return;
  }
  try {
    const file =
      job.kind === 'kit'
        ? await renderKit(job.input)
        : job.kind === 'schema'
          ? await renderSchema(job.format, job.schema)
          : await renderExport(job.format, job.input, job.laneMode);
    // Copied into a buffer of its own, so it can be transferred rather than copied again.
    const body = new Uint8Array(file.body);
    const reply: ExportReply = { id: job.id, ok: true, body, contentType: file.contentType };
    port.postMessage(reply, [body.buffer]);
  } catch (error) {
    const reply: ExportReply = {
      id: job.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
  }
});
