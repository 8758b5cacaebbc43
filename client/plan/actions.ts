/**
 * The plan screen's actions as data, the same shape as the fresco's FRESCO_ACTIONS: the toolbar draws
 * its buttons from this list and the keyboard handlers look keys up in it, so a button and its
 * shortcut can never disagree. Camera keys work while the timeline has the focus (arrows elsewhere
 * scroll the page or move in a list); undo and redo anywhere on the screen but in a field, where the
 * field's own undo is meant.
 */
import {
  type Icon,
  IconArrowBackUp,
  IconArrowDown,
  IconArrowForwardUp,
  IconArrowLeft,
  IconArrowRight,
  IconArrowsMaximize,
  IconArrowUp,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import type * as Y from 'yjs';
import type { TimelineScene } from './canvas/TimelineScene';

export interface PlanActionEnv {
  scene: TimelineScene | null;
  /** This screen's own undo manager when it may edit the plan, else null. */
  undo: Y.UndoManager | null;
  canUndo: boolean;
  canRedo: boolean;
}

export type PlanActionScope = 'timeline' | 'screen';

export interface PlanAction {
  id: string;
  /** Key in the `plan` namespace. */
  label: string;
  icon: Icon;
  /** Keys that run it (KeyboardEvent.key, with `mod+` for Ctrl or Cmd, `mod+shift+` with Shift too). */
  keys: string[];
  scope: PlanActionScope;
  /** Drawn as a toolbar button (the arrows are keys only: the pointer drags the view). */
  button: boolean;
  when(env: PlanActionEnv): boolean;
  /** Shown but greyed out when false (nothing to undo). */
  enabled?(env: PlanActionEnv): boolean;
  run(env: PlanActionEnv): void;
}

/** Screen pixels an arrow key moves the view by. */
const PAN_STEP = 60;
const ZOOM_STEP = 1.2;

const hasScene = (env: PlanActionEnv) => env.scene !== null;

function pan(id: string, key: string, icon: Icon, dx: number, dy: number): PlanAction {
  return {
    id,
    label: `actions.${id}`,
    icon,
    keys: [key],
    scope: 'timeline',
    button: false,
    when: hasScene,
    run: (env) => env.scene?.panBy(dx, dy),
  };
}

export const PLAN_ACTIONS: readonly PlanAction[] = [
  {
    id: 'undo',
    label: 'toolbar.undo',
    icon: IconArrowBackUp,
    keys: ['mod+z'],
    scope: 'screen',
    button: true,
    when: (env) => env.undo !== null,
    enabled: (env) => env.canUndo,
    run: (env) => env.undo?.undo(),
  },
  {
    id: 'redo',
    label: 'toolbar.redo',
    icon: IconArrowForwardUp,
    keys: ['mod+shift+z', 'mod+y'],
    scope: 'screen',
    button: true,
    when: (env) => env.undo !== null,
    enabled: (env) => env.canRedo,
    run: (env) => env.undo?.redo(),
  },
  {
    id: 'zoomIn',
    label: 'actions.zoomIn',
    icon: IconZoomIn,
    keys: ['+', '='],
    scope: 'timeline',
    button: true,
    when: hasScene,
    run: (env) => env.scene?.zoomBy(ZOOM_STEP),
  },
  {
    id: 'zoomOut',
    label: 'actions.zoomOut',
    icon: IconZoomOut,
    keys: ['-'],
    scope: 'timeline',
    button: true,
    when: hasScene,
    run: (env) => env.scene?.zoomBy(1 / ZOOM_STEP),
  },
  {
    id: 'fit',
    label: 'actions.fit',
    icon: IconArrowsMaximize,
    keys: ['0'],
    scope: 'timeline',
    button: true,
    when: hasScene,
    run: (env) => env.scene?.fit(),
  },
  pan('panLeft', 'arrowleft', IconArrowLeft, PAN_STEP, 0),
  pan('panRight', 'arrowright', IconArrowRight, -PAN_STEP, 0),
  pan('panUp', 'arrowup', IconArrowUp, 0, PAN_STEP),
  pan('panDown', 'arrowdown', IconArrowDown, 0, -PAN_STEP),
];

/** The key as the actions name it: `mod+z`, `mod+shift+z`, `arrowleft`, `+`. */
export function keyName(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): string {
  const mod = event.ctrlKey || event.metaKey;
  // Shift counts only with Ctrl or Cmd: "+" needs Shift on many keyboards and is still "+".
  return `${mod ? 'mod+' : ''}${mod && event.shiftKey ? 'shift+' : ''}${event.key.toLowerCase()}`;
}

/** The action of that scope a key press asks for, if any (never while typing in a field). */
export function planActionForKey(
  event: KeyboardEvent,
  env: PlanActionEnv,
  scope: PlanActionScope,
): PlanAction | null {
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
    return null;
  const key = keyName(event);
  return (
    PLAN_ACTIONS.find((action) => action.scope === scope && action.keys.includes(key) && action.when(env)) ??
    null
  );
}

/** The shortcut written for assistive technology (`aria-keyshortcuts`). */
export function ariaKeys(action: PlanAction): string {
  const names: Record<string, string> = { mod: 'Control', shift: 'Shift', '+': 'Plus', '-': 'Minus' };
  return action.keys
    .map((key) =>
      key
        .split(/\+(?!$)/)
        .map((part) => names[part] ?? part.toUpperCase())
        .join('+'),
    )
    .join(' ');
}
