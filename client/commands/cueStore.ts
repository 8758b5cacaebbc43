/**
 * The calm answer to a refused command, as UI state: which reason, bumped each time so the same reason
 * twice still shows again. One store per area (plan, facilitator's desk), so a refusal shows once, in
 * the part of the screen where it happened.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';

export interface Cue<R extends string> {
  refusal: R;
  seq: number;
}

export interface CueStore<R extends string> {
  cue: Cue<R> | null;
  refuse(refusal: R): void;
  clearCue(): void;
}

export function createCueStore<R extends string>(): UseBoundStore<StoreApi<CueStore<R>>> {
  return create<CueStore<R>>((set) => ({
    cue: null,
    refuse: (refusal) => set((state) => ({ cue: { refusal, seq: (state.cue?.seq ?? 0) + 1 } })),
    clearCue: () => set({ cue: null }),
  }));
}
