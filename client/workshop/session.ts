/**
 * What every workshop screen (tablet, facilitator, projector, stakeholder) receives once the token is
 * checked and the three documents are open. Feature screens read it through `useWorkshopSession()`.
 */
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { UserOrigin } from '../../shared/ops/origin';
import type { DocName, Role } from '../../shared/schema/roles';

export type SyncState =
  /** Never reached the server since the page opened: working from the tablet's copy. */
  | 'offline'
  | 'connecting'
  /** Connected, and the server has stored everything this screen wrote. */
  | 'saved'
  /** Connected, some edits not yet confirmed stored. */
  | 'saving';

export interface WorkshopSession {
  workshopId: string;
  title: string;
  role: Role;
  /** The resident's seat (participant id) for seat tokens; null for other roles. */
  seatId: string | null;
  token: string;
  docs: Record<DocName, Y.Doc>;
  awareness: Record<DocName, Awareness>;
  /** The one origin this screen writes with; the undo manager tracks only it. */
  origin: UserOrigin;
  /** Undo per document this screen may edit (see shared/ops/undo.ts); control changes are not undoable. */
  undo: { board: Y.UndoManager; plan: Y.UndoManager };
  /** The 6-digit join code, for the facilitator only. */
  joinCode: string | null;
  /**
   * For a concertation's stakeholders' workshop: the concertation, whose pooled field return the plan
   * screen shows instead of this workshop's own board. Null for any other workshop.
   */
  concertationId: string | null;
}
