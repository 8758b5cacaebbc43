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
  /**
   * Documents replaced after the server refused an update, counted: the session (documents, awareness,
   * undo) is rebuilt whenever it changes, so no screen keeps the old Y.Doc.
   */
  resets: number;
  /** The last reset, for the calm notice ("a change could not be saved"); null once dismissed. */
  resetNotice: { docName: DocName; at: number } | null;
  setDocs(docs: Record<DocName, SyncState>, state: SyncState): void;
  setFailure(failure: WorkshopFailure | null): void;
  setEnded(): void;
  noteReset(docName: DocName): void;
  dismissResetNotice(): void;
  reset(): void;
}

const initialDocs: Record<DocName, SyncState> = {
  control: 'connecting',
  board: 'connecting',
  plan: 'connecting',
};

/** What a workshop's connection starts from, and goes back to when another workshop opens. */
const initialState = {
  state: 'connecting',
  docs: initialDocs,
  failure: null,
  lastSavedAt: null,
  ended: false,
  resets: 0,
  resetNotice: null,
} satisfies Partial<ConnectionStore>;

export const useConnectionStore = create<ConnectionStore>((set, get) => ({
  ...initialState,
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
  noteReset(docName) {
    set({ resets: get().resets + 1, resetNotice: { docName, at: Date.now() } });
  },
  dismissResetNotice() {
    set({ resetNotice: null });
  },
  reset() {
    set(initialState);
  },
}));

function sameDocs(a: Record<DocName, SyncState>, b: Record<DocName, SyncState>): boolean {
  return a.control === b.control && a.board === b.board && a.plan === b.plan;
}
