/**
 * UI state of the fresco screens (never a copy of the board): the pictogram picked in the palette for
 * tap-then-tap placing, the item selected or being moved, the open thread, the list view, and the gentle
 * cue shown when an action is refused.
 */
import { create } from 'zustand';

/** Why a tap did nothing; `chooseFirst` is a hint (a cell tapped before choosing a pictogram). */
export type Refusal =
  | 'locked'
  | 'paused'
  | 'readOnly'
  | 'notYours'
  | 'phase'
  | 'gone'
  | 'budget'
  | 'chooseFirst'
  /** A resident's own activity carries another resident's difficulty: only the facilitator removes it. */
  | 'othersThread'
  /** A pictogram carried from the palette was let go off the week's cells: it went back to the palette. */
  | 'notOnCell'
  /** The browser or the system broke off a drag from the palette (a call, a second finger...). */
  | 'dragStopped';

export interface Cue {
  refusal: Refusal;
  /** Bumped each time, so the same refusal twice still shows again. */
  seq: number;
}

export interface FrescoStore {
  /** Pictogram chosen in the palette: the next tap on a cell places it. */
  armed: string | null;
  /** An item tapped on the canvas: its sheet is open. */
  selected: string | null;
  /** An own activity being moved by tap: the next tap on a cell moves it there. */
  moving: string | null;
  /** The activity whose thread is open. */
  thread: string | null;
  listOpen: boolean;
  cue: Cue | null;
  arm(pictogram: string | null): void;
  select(id: string | null): void;
  startMoving(id: string | null): void;
  openThread(id: string | null): void;
  setListOpen(open: boolean): void;
  refuse(refusal: Refusal): void;
  clearCue(): void;
  reset(): void;
}

const idle = { armed: null, selected: null, moving: null, thread: null, cue: null } as const;

export const useFrescoStore = create<FrescoStore>((set) => ({
  ...idle,
  listOpen: false,
  arm: (armed) => set({ armed, selected: null, moving: null }),
  select: (selected) => set({ selected, armed: null, moving: null }),
  startMoving: (moving) => set({ moving, selected: null, armed: null }),
  openThread: (thread) => set({ thread, selected: null }),
  setListOpen: (listOpen) => set({ listOpen }),
  refuse: (refusal) => set((state) => ({ cue: { refusal, seq: (state.cue?.seq ?? 0) + 1 } })),
  clearCue: () => set({ cue: null }),
  reset: () => set(idle),
}));
