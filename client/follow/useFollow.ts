/**
 * Follow mode over the control document's `follow` viewport:
 * - the facilitator publishes its camera while "follow me" is on (throttled: a pan is many frames);
 * - the projector follows every move;
 * - tablets jump only on "bring everyone here" (a new `bringSeq`), then residents move freely again.
 */
import { useEffect, useRef } from 'react';
import { setFollow } from '../../shared/ops/control/follow';
import { useCameraStore } from '../stores/useCameraStore';
import { useWorkshopSetting } from '../workshop/useWorkshopSettings';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';

const PUBLISH_EVERY_MS = 150;

export function usePublishFollow(enabled: boolean): void {
  const { docs, origin } = useWorkshopSession();
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      timer = null;
      const { canvas, x, y, zoom } = useCameraStore.getState();
      setFollow(docs.control, { canvas, x, y, zoom }, origin);
    };
    publish();
    const unsubscribe = useCameraStore.subscribe((state, previous) => {
      if (state.source !== 'user' || timer) return;
      if (
        state.x === previous.x &&
        state.y === previous.y &&
        state.zoom === previous.zoom &&
        state.canvas === previous.canvas
      )
        return;
      timer = setTimeout(publish, PUBLISH_EVERY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [enabled, docs.control, origin]);
}

export function useFollowViewport(mode: 'always' | 'bring'): void {
  const follow = useWorkshopSetting('follow');
  // The "bring" already in the document when this screen opened is not for it.
  const seenSeq = useRef(follow?.bringSeq ?? 0);
  useEffect(() => {
    if (!follow) return;
    const brought = follow.bringSeq > seenSeq.current;
    seenSeq.current = Math.max(seenSeq.current, follow.bringSeq);
    if (mode === 'always' || brought) {
      const { canvas, x, y, zoom } = follow;
      useCameraStore.getState().followTo({ canvas, x, y, zoom });
    }
  }, [follow, mode]);
}
