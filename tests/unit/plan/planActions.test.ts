/** The plan's shortcuts come from one list, like the fresco's: which key runs what, and where. */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { ariaKeys, PLAN_ACTIONS, type PlanActionEnv, planActionForKey } from '../../../client/plan/actions';
import type { TimelineScene } from '../../../client/plan/canvas/TimelineScene';

function key(k: string, mods: { ctrl?: boolean; shift?: boolean; target?: unknown } = {}): KeyboardEvent {
  return {
    key: k,
    ctrlKey: mods.ctrl ?? false,
    metaKey: false,
    shiftKey: mods.shift ?? false,
    target: mods.target ?? null,
  } as unknown as KeyboardEvent;
}

const calls: string[] = [];
const scene = {
  panBy: (dx: number, dy: number) => calls.push(`pan ${dx},${dy}`),
  zoomBy: (factor: number) => calls.push(`zoom ${factor.toFixed(3)}`),
  fit: () => calls.push('fit'),
} as unknown as TimelineScene;
const undo = { undo: () => calls.push('undo'), redo: () => calls.push('redo') } as unknown as Y.UndoManager;
const editor: PlanActionEnv = { scene, undo, canUndo: true, canRedo: true };
const reader: PlanActionEnv = { scene, undo: null, canUndo: false, canRedo: false };

function run(event: KeyboardEvent, env: PlanActionEnv, scope: 'timeline' | 'screen'): string | null {
  const action = planActionForKey(event, env, scope);
  action?.run(env);
  return action?.id ?? null;
}

describe('PLAN_ACTIONS', () => {
  it('pans by 60 px with the arrows and zooms by 1.2 with + and -, on the focused timeline', () => {
    calls.length = 0;
    expect(run(key('ArrowLeft'), reader, 'timeline')).toBe('panLeft');
    expect(run(key('ArrowDown'), reader, 'timeline')).toBe('panDown');
    expect(run(key('+', { shift: true }), reader, 'timeline')).toBe('zoomIn');
    expect(run(key('='), reader, 'timeline')).toBe('zoomIn');
    expect(run(key('-'), reader, 'timeline')).toBe('zoomOut');
    expect(run(key('0'), reader, 'timeline')).toBe('fit');
    expect(calls).toEqual(['pan 60,0', 'pan 0,-60', 'zoom 1.200', 'zoom 1.200', 'zoom 0.833', 'fit']);
  });

  it('leaves the arrows to the page outside the timeline, and Ctrl + + to the browser', () => {
    expect(run(key('ArrowLeft'), reader, 'screen')).toBeNull();
    expect(run(key('+', { ctrl: true }), reader, 'timeline')).toBeNull();
  });

  it('undoes and redoes anywhere on the screen for an editor, never for a reader', () => {
    calls.length = 0;
    expect(run(key('z', { ctrl: true }), editor, 'screen')).toBe('undo');
    expect(run(key('Z', { ctrl: true, shift: true }), editor, 'screen')).toBe('redo');
    expect(run(key('y', { ctrl: true }), editor, 'screen')).toBe('redo');
    expect(calls).toEqual(['undo', 'redo', 'redo']);
    expect(run(key('z', { ctrl: true }), reader, 'screen')).toBeNull();
  });

  it('never takes a key typed in a field', () => {
    const input = { tagName: 'INPUT', isContentEditable: false };
    expect(run(key('z', { ctrl: true, target: input }), editor, 'screen')).toBeNull();
    expect(run(key('-', { target: input }), editor, 'timeline')).toBeNull();
  });

  it('gives each button its shortcut for assistive technology, and no key to two actions', () => {
    const byId = new Map(PLAN_ACTIONS.map((action) => [action.id, action]));
    expect(ariaKeys(byId.get('redo') as never)).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeys(byId.get('zoomIn') as never)).toBe('Plus =');
    const keys = PLAN_ACTIONS.flatMap((action) => action.keys.map((k) => `${action.scope}:${k}`));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
