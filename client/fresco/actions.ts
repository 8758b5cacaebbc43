/**
 * The fresco's toolbar actions as data: the toolbar and the keyboard shortcuts read this one list
 * (in the manner of excalidraw's action registry), so a button and its shortcut can never disagree.
 */
import {
  type Icon,
  IconArrowBackUp,
  IconArrowsMaximize,
  IconLayoutList,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import type { FrescoScene } from './canvas/FrescoScene';
import { type CommandContext, type CommandResult, undoCommand } from './commands';

export interface ActionEnv {
  ctx: CommandContext;
  scene: FrescoScene | null;
  canUndo: boolean;
  listOpen: boolean;
  setListOpen(open: boolean): void;
  /** Answers a refused command with the gentle cue. */
  report(result: CommandResult): void;
}

export interface FrescoAction {
  id: string;
  /** Key in the `fresco` namespace. */
  label: string;
  icon: Icon;
  /** Keys that run it (KeyboardEvent.key, with `mod+` for Ctrl or Cmd). */
  keys: string[];
  when(env: ActionEnv): boolean;
  run(env: ActionEnv): void;
  pressed?(env: ActionEnv): boolean;
}

export const FRESCO_ACTIONS: readonly FrescoAction[] = [
  {
    id: 'undo',
    label: 'toolbar.undo',
    icon: IconArrowBackUp,
    keys: ['mod+z'],
    when: (env) => env.ctx.undo !== null,
    run: (env) => env.report(undoCommand(env.ctx)),
  },
  {
    id: 'zoomIn',
    label: 'toolbar.zoomIn',
    icon: IconZoomIn,
    keys: ['+', '='],
    when: (env) => env.scene !== null,
    run: (env) => env.scene?.zoomBy(1.4),
  },
  {
    id: 'zoomOut',
    label: 'toolbar.zoomOut',
    icon: IconZoomOut,
    keys: ['-'],
    when: (env) => env.scene !== null,
    run: (env) => env.scene?.zoomBy(1 / 1.4),
  },
  {
    id: 'fitAll',
    label: 'toolbar.fitAll',
    icon: IconArrowsMaximize,
    keys: ['0'],
    when: (env) => env.scene !== null,
    run: (env) => env.scene?.fitAll(),
  },
  {
    id: 'list',
    label: 'toolbar.list',
    icon: IconLayoutList,
    keys: ['l'],
    when: () => true,
    run: (env) => env.setListOpen(!env.listOpen),
    pressed: (env) => env.listOpen,
  },
];

/** The action a key press asks for, if any (never while typing in a field). */
export function actionForKey(event: KeyboardEvent, env: ActionEnv): FrescoAction | null {
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
    return null;
  const key = `${event.ctrlKey || event.metaKey ? 'mod+' : ''}${event.key.toLowerCase()}`;
  return FRESCO_ACTIONS.find((action) => action.keys.includes(key) && action.when(env)) ?? null;
}
