/**
 * Follow mode over the control document's `follow` viewport:
 * - the facilitator publishes its camera while "follow me" is on (throttled: a pan is many frames);
 * - the projector follows every move;
 * - tablets jump only on "bring everyone here" (a new `bringSeq`), then residents move freely again.
 */
import { useEffect, useRef } from 'react';
import { useControlWriter } from '../commands/useControlWriter';
import { useCameraStore } from '../stores/useCameraStore';
import { useWorkshopSetting } from '../workshop/useWorkshopSettings';
import { setFollowCommand } from './commands';

const PUBLISH_EVERY_MS = 150;

export function usePublishFollow(enabled: boolean): void {
  const { control, origin, role, now } = useControlWriter();
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      timer = null;
      const { canvas, x, y, zoom } = useCameraStore.getState();
      // Not a tap: a refusal (a screen that is not the facilitator's) just publishes nothing, no cue per pan.
      setFollowCommand({ control, origin, role, now }, { canvas, x, y, zoom });
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
  }, [enabled, control, origin, role, now]);
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
