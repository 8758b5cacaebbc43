/**
 * The tablet's own copy of each document (y-indexeddb), loaded before the socket opens, so an offline
 * tablet starts from what it had and a reload never loses an edit.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { DOC_NAMES, type SyncedDocName } from '../../shared/schema/roles';

/** A browser with blocked storage still gets a working (if forgetful) screen after this long. */
const LOAD_TIMEOUT_MS = 4000;

export function localCopyName(workshopId: string, docName: SyncedDocName): string {
  return `fresco:${workshopId}:${docName}`;
}

export async function openLocalCopy(
  workshopId: string,
  docName: SyncedDocName,
  doc: Y.Doc,
): Promise<IndexeddbPersistence | null> {
  if (typeof indexedDB === 'undefined') return null;
  let persistence: IndexeddbPersistence;
  try {
    persistence = new IndexeddbPersistence(localCopyName(workshopId, docName), doc);
  } catch {
    return null;
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), LOAD_TIMEOUT_MS));
  await Promise.race([persistence.whenSynced, timeout]);
  return persistence;
}

/** Deletes this device's copies of a workshop (after "end my session"; the server keeps the real one). */
export async function wipeLocalCopies(workshopId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await Promise.all(DOC_NAMES.map((docName) => deleteDatabase(localCopyName(workshopId, docName))));
}

/**
 * Forgets this device's copy of one document: closes it, then deletes its database (y-indexeddb's
 * `clearData` does not wait for the deletion, and a fresh copy must not open before it is gone).
 */
export async function clearLocalCopy(
  workshopId: string,
  docName: SyncedDocName,
  persistence: IndexeddbPersistence | null,
): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await persistence?.destroy();
  await deleteDatabase(localCopyName(workshopId, docName));
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}
