/**
 * Undo, decided per document:
 * - board: placing, moving, labelling, removing, linking, merging and votes are undoable;
 *   seats are not (joining or freeing a seat is not an edit of the fresco).
 * - plan: everything in `actions`, including typing in the long fields.
 * - control: nothing. Phase, timer, door and follow are live controls that every screen obeys at once;
 *   "undoing" them would surprise the room, so the facilitator's buttons are their own inverse.
 * The manager tracks the given UserOrigin instance only: another person's work, the server's migrations
 * and remote updates are never undone.
 */
import * as Y from 'yjs';
import type { UserOrigin } from './origin';
import { actionsMap, itemsMap, votesMap } from './roots';

export function createUndoManager(doc: Y.Doc, docName: 'board' | 'plan', origin: UserOrigin): Y.UndoManager {
  const scope = docName === 'board' ? [itemsMap(doc), votesMap(doc)] : [actionsMap(doc)];
  return new Y.UndoManager(scope, { trackedOrigins: new Set([origin]) });
}
