/**
 * A workshop as one file (shared/protocol/archive.ts): downloaded with the facilitator's token in the
 * Authorization header (never in the URL), and imported by sending the file as it is.
 */

import { ARCHIVE_CONTENT_TYPE, type ImportWorkshopResponse } from '../../shared/protocol/archive';
import type { ApiError } from '../../shared/protocol/http';
import { saveBlob } from '../export/downloadFile';

export type ArchiveDownload = { ok: true } | { ok: false; failure: 'unreachable' | 'failed' };

export async function downloadWorkshopArchive(workshopId: string, token: string): Promise<ArchiveDownload> {
  let response: Response;
  try {
    response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/archive`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    return { ok: false, failure: 'unreachable' };
  }
  if (!response.ok) return { ok: false, failure: 'failed' };
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'fresco-atelier.zip';
  saveBlob(await response.blob(), name);
  return { ok: true };
}

export type ImportProblem = 'bad_archive' | 'too_large' | 'admin' | 'unreachable' | 'other';

export type ArchiveImport =
  | { ok: true; value: ImportWorkshopResponse }
  | { ok: false; problem: ImportProblem; detail: string };

export async function importWorkshopArchive(file: Blob): Promise<ArchiveImport> {
  let response: Response;
  try {
    response = await fetch('/api/workshops/import', {
      method: 'POST',
      headers: { 'Content-Type': ARCHIVE_CONTENT_TYPE, Accept: 'application/json' },
      body: file,
      cache: 'no-store',
    });
  } catch {
    return { ok: false, problem: 'unreachable', detail: '' };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML page: judged on the status below.
  }
  if (response.status === 201 && body) return { ok: true, value: body as ImportWorkshopResponse };
  const error = (body ?? {}) as Partial<ApiError>;
  // The server names what is wrong with the file in English: shown as a detail after a translated sentence.
  const detail =
    typeof error.message === 'string' ? error.message.replace(/^This file cannot be imported: /, '') : '';
  if (error.error === 'bad_archive') return { ok: false, problem: 'bad_archive', detail };
  if (response.status === 413) return { ok: false, problem: 'too_large', detail };
  if (response.status === 401) return { ok: false, problem: 'admin', detail };
  if (response.status >= 502) return { ok: false, problem: 'unreachable', detail };
  return { ok: false, problem: 'other', detail };
}
