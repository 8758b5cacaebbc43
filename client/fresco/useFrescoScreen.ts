/**
 * The wiring every fresco screen shares: the fresco hook, the scene once the canvas is up, the answer to
 * refused commands (the gentle cue, and a red flash where the finger was), the toolbar's environment,
 * and a clean slate of UI state when the phase changes.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { DropTarget } from '../../shared/model/weekLayout';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import type { ActionEnv } from './actions';
import type { FrescoScene } from './canvas/FrescoScene';
import type { CommandResult } from './commands';
import { type Fresco, useCanUndo, useFresco } from './useFresco';
import { useFrescoStore } from './useFrescoStore';

export interface FrescoScreen {
  fresco: Fresco;
  scene: FrescoScene | null;
  setScene(scene: FrescoScene | null): void;
  /** Shows the cue for a refusal (and flashes `target` red); returns whether the command went through. */
  report(result: CommandResult, target?: DropTarget | null): boolean;
  env: ActionEnv;
  /** The board's awareness, where live drags are shared. */
  awareness: Awareness;
}

export function useFrescoScreen(): FrescoScreen {
  const fresco = useFresco();
  const awareness = useWorkshopSession().awareness.board;
  const [scene, setScene] = useState<FrescoScene | null>(null);
  const listOpen = useFrescoStore((state) => state.listOpen);
  const setListOpen = useFrescoStore((state) => state.setListOpen);
  const refuse = useFrescoStore((state) => state.refuse);
  const reset = useFrescoStore((state) => state.reset);
  const canUndo = useCanUndo(fresco.undo);
  const phase = fresco.settings.phase;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new phase starts with nothing picked or open.
  useEffect(() => {
    reset();
    return () => reset();
  }, [phase, reset]);

  const report = useCallback(
    (result: CommandResult, target?: DropTarget | null) => {
      if (result.ok) {
        if (target) scene?.flash(target);
        return true;
      }
      refuse(result.refusal);
      if (target) scene?.flash(target, true);
      return false;
    },
    [refuse, scene],
  );

  const env = useMemo<ActionEnv>(
    () => ({ ctx: fresco.ctx, scene, canUndo, listOpen, setListOpen, report: (result) => report(result) }),
    [fresco.ctx, scene, canUndo, listOpen, setListOpen, report],
  );

  return { fresco, scene, setScene, report, env, awareness };
}
