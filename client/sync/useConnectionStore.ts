/** What the screen shows about the connection: UI state only, never document data. */
import { create } from 'zustand';
import type { DocName } from '../../shared/schema/roles';
import type { SyncState } from '../workshop/session';
import type { WorkshopFailure } from './failure';

export interface ConnectionStore {
  /** The screen's status: the worst of the documents it writes (or reads, for readers). */
  state: SyncState;
  docs: Record<DocName, SyncState>;
  /** Set when the workshop cannot go on (deleted, seat freed…); the screen shows why. */
  failure: WorkshopFailure | null;
  /** Epoch ms of the last moment every document was saved on the server. */
  lastSavedAt: number | null;
  /** The tablet ended its session: the screen says goodbye. */
  ended: boolean;
  setDocs(docs: Record<DocName, SyncState>, state: SyncState): void;
  setFailure(failure: WorkshopFailure | null): void;
  setEnded(): void;
  reset(): void;
}

const initialDocs: Record<DocName, SyncState> = {
  control: 'connecting',
  board: 'connecting',
  plan: 'connecting',
};

export const useConnectionStore = create<ConnectionStore>((set, get) => ({
  state: 'connecting',
  docs: initialDocs,
  failure: null,
  lastSavedAt: null,
  ended: false,
  setDocs(docs, state) {
    const current = get();
    if (current.state === state && sameDocs(current.docs, docs)) return;
    set({ docs, state, lastSavedAt: state === 'saved' ? Date.now() : current.lastSavedAt });
  },
  setFailure(failure) {
    set({ failure });
  },
  setEnded() {
    set({ ended: true });
  },
  reset() {
    set({ state: 'connecting', docs: initialDocs, failure: null, lastSavedAt: null, ended: false });
  },
}));

function sameDocs(a: Record<DocName, SyncState>, b: Record<DocName, SyncState>): boolean {
  return a.control === b.control && a.board === b.board && a.plan === b.plan;
}
