/** "Follow me" and "bring everyone here": the facilitator's viewport, which tablets and the projector follow. */
import type * as Y from 'yjs';
import { asNumber } from '../../read/coerce';
import { readViewport } from '../../read/workshop';
import type { Viewport } from '../../schema/control';
import type { Origin } from '../origin';
import { BRING_SEQ_KEY, workshopMap } from '../roots';

/** A viewport as the facilitator's screen knows it; `bringSeq` is managed by the ops. */
export type FollowViewport = Omit<Viewport, 'bringSeq'>;

/**
 * Publishes the facilitator's viewport (null stops following). Keeps the current `bringSeq`, so panning
 * while followed moves followers along without counting as a new "bring everyone".
 */
export function setFollow(doc: Y.Doc, viewport: FollowViewport | null, origin: Origin): boolean {
  const map = workshopMap(doc);
  if (viewport === null) {
    if (map.get('follow') !== null) doc.transact(() => map.set('follow', null), origin);
    return true;
  }
  const next = toViewport(viewport, asNumber(map.get(BRING_SEQ_KEY), 0));
  if (!next) return false;
  const current = readViewport(map.get('follow'));
  if (current && sameViewport(current, next)) return true;
  doc.transact(() => map.set('follow', next), origin);
  return true;
}

/** Makes every screen jump to this viewport, even one that was already there: bumps `bringSeq`. */
export function bringEveryone(doc: Y.Doc, viewport: FollowViewport, origin: Origin): boolean {
  const map = workshopMap(doc);
  const current = readViewport(map.get('follow'));
  // The counter lives apart from `follow` so it keeps rising across stop/start of following.
  const seq = Math.max(asNumber(map.get(BRING_SEQ_KEY), 0), current?.bringSeq ?? 0) + 1;
  const next = toViewport(viewport, seq);
  if (!next) return false;
  doc.transact(() => {
    map.set(BRING_SEQ_KEY, seq);
    map.set('follow', next);
  }, origin);
  return true;
}

function toViewport(viewport: FollowViewport, bringSeq: number): Viewport | null {
  const { canvas, x, y, zoom } = viewport;
  if (canvas !== 'board' && canvas !== 'plan') return null;
  if (![x, y, zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) || zoom <= 0) return null;
  return { canvas, x, y, zoom, bringSeq };
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    a.canvas === b.canvas && a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.bringSeq === b.bringSeq
  );
}
