/**
 * Transaction origins. Every op runs in one `doc.transact(fn, origin)`, so observers and the undo
 * manager can tell who wrote what.
 *
 * A screen creates ONE `UserOrigin` for its user and passes that same instance to every op; its
 * `Y.UndoManager` tracks that instance only (see `createUndoManager`), so undo never removes
 * another person's work, nor work the server did.
 */
export class UserOrigin {
  /** A participant id, or a role name (`facilitator`, `stakeholder`) for screens without a seat. */
  readonly actor: string;

  constructor(actor: string) {
    this.actor = actor;
  }
}

/** Writes made by the server itself: migrations, seat bookkeeping, workshop creation. Never undoable. */
export class ServerOrigin {
  readonly reason: string;

  constructor(reason: string) {
    this.reason = reason;
  }
}

export type Origin = UserOrigin | ServerOrigin;
