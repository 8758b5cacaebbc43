import { useEffect, useRef, useState } from 'react';
import type { Action } from '../../../shared/schema/plan';
import { usePlanCue } from '../usePlanCue';
import { usePlanStore } from '../usePlanStore';

/**
 * The open fiche removed on another screen: it closes here with the plan's cue, and on a screen that
 * writes, what it held is kept (the last version this screen saw) so the person can write it again.
 * A fiche this screen deletes itself closes first, so it never comes back this way.
 */
export function useRemovedFiche(
  selectedId: string | null,
  selected: Action | null,
  editable: boolean,
): { removed: Action | null; dismiss(): void } {
  const lastSeen = useRef<Action | null>(null);
  const [removed, setRemoved] = useState<Action | null>(null);
  if (selected) lastSeen.current = selected;

  useEffect(() => {
    if (selectedId && selected) setRemoved(null);
    if (!selectedId || selected) return;
    const snapshot = lastSeen.current?.id === selectedId ? lastSeen.current : null;
    usePlanStore.getState().select(null);
    usePlanCue.getState().refuse('gone');
    if (editable && snapshot) setRemoved(snapshot);
  }, [selectedId, selected, editable]);

  return { removed, dismiss: () => setRemoved(null) };
}
