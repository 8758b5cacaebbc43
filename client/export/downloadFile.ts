/**
 * Downloads an export with the screen's token in the Authorization header (never in the URL, so it stays
 * out of server logs and browser history), then hands the file to the browser as a download.
 */
import type { LaneMode } from '../../shared/model/timeline';
import type { ExportFormat } from '../../shared/protocol/http';
import { usePlanStore } from '../plan/usePlanStore';

export type DownloadTarget = ExportFormat | 'kit';

export type DownloadFailure = 'forbidden' | 'unreachable' | 'server_error';

export type DownloadResult = { ok: true } | { ok: false; failure: DownloadFailure };

/** The plan's lanes go as this screen lays them out (a view choice the documents do not hold). */
export function exportPath(
  workshopId: string,
  target: DownloadTarget,
  laneMode: LaneMode = usePlanStore.getState().laneMode,
): string {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;
  return target === 'kit' ? `${base}/export/kit.pdf` : `${base}/export.${target}?lanes=${laneMode}`;
}

export async function downloadExport(
  workshopId: string,
  token: string,
  target: DownloadTarget,
): Promise<DownloadResult> {
  return downloadFrom(exportPath(workshopId, target), token, `fresco.${target === 'kit' ? 'pdf' : target}`);
}

/** A concertation's schéma, for its lead, in the screen's language. */
export function downloadSchema(
  concertationId: string,
  token: string,
  format: ExportFormat,
  language: string,
): Promise<DownloadResult> {
  const path = `/api/concertations/${encodeURIComponent(concertationId)}/export.${format}?lang=${language === 'en' ? 'en' : 'fr'}`;
  return downloadFrom(path, token, `fresco-schema.${format}`);
}

async function downloadFrom(path: string, token: string, fallbackName: string): Promise<DownloadResult> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    return { ok: false, failure: 'unreachable' };
  }
  if (response.status === 401 || response.status === 403) return { ok: false, failure: 'forbidden' };
  if (!response.ok) return { ok: false, failure: 'server_error' };
  const name = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(await response.blob(), name);
  return { ok: true };
}

function fileNameOf(disposition: string | null): string | null {
  return disposition ? (/filename="([^"]+)"/.exec(disposition)?.[1] ?? null) : null;
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
