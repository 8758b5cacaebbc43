/**
 * What every e2e seed does around its own content: seat the same three residents, and wait until a
 * fresh viewer reads what was written (stored on the server before any screen opens).
 */
import type * as Y from 'yjs';
import { addParticipant } from '../../shared/ops/board/participants';
import type { UserOrigin } from '../../shared/ops/origin';
import type { DocName } from '../../shared/schema/roles';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

export const RESIDENT_IDS = ['ana', 'bilal', 'chloe'] as const;

export function seatThreeResidents(board: Y.Doc, origin: UserOrigin): void {
  for (const [id, name] of [
    ['ana', 'Ana'],
    ['bilal', 'Bilal'],
    ['chloe', 'Chloé'],
  ] as const) {
    addParticipant(board, { id, name, avatar: 'fox', color: '#1f4fa8' }, origin);
  }
}

/** Waits until a new viewer connection sees each doc as `stored` expects (it throws until then). */
export async function untilStored(
  baseUrl: string,
  workshop: { id: string; tokens: { viewer: string } },
  stored: Partial<Record<DocName, (doc: Y.Doc) => void>>,
): Promise<void> {
  const checks = Object.entries(stored) as [DocName, (doc: Y.Doc) => void][];
  const clients = await Promise.all(
    checks.map(([name]) => connectSynced(baseUrl, workshop.id, name, workshop.tokens.viewer)),
  );
  try {
    await waitFor(() => {
      checks.forEach(([, check], index) => {
        check((clients[index] as { doc: Y.Doc }).doc);
      });
    });
  } finally {
    for (const client of clients) client.destroy();
  }
}
