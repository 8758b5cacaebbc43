/**
 * The gate every client update passes before it touches a room's document (PRODUCT.md §3, §7): read
 * with bounds, resolved against the document without applying it, then checked against the document's
 * rule, the writer's clients, the workshop's caps and the writer's write rate. A refused update is
 * neither applied, stored nor relayed; the connection closes its writer with `CLOSE.refusedUpdate`.
 */
import * as Y from 'yjs';
import type { SyncedDocName } from '../../../shared/schema/roles';
import { TokenBucket } from '../tokenBucket';
import { type BoardChange, checkBoardUpdate, type Writer } from './boardRule';
import { inferClientOwner } from './clientOwner';
import {
  DEFAULT_READ_LIMITS,
  type DecodedUpdate,
  readUpdate,
  type UpdateReadLimits,
  UpdateRefused,
} from './readUpdate';
import {
  DEFAULT_EFFECT_LIMITS,
  type EffectLimits,
  resolveEffects,
  type UpdateEffects,
} from './resolveEffects';
import { checkControlUpdate, checkPlanUpdate } from './settingsRules';
import { checkSurveyUpdate } from './surveyRule';

export interface GateLimits {
  read: UpdateReadLimits;
  effects: EffectLimits;
  /** Item records on one board, and per seat: far more than a workshop ever holds. */
  maxItems: number;
  maxItemsPerSeat: number;
  maxActions: number;
  /** Interviews in one survey session, and per interviewer's phone: far more than a morning holds. */
  maxInterviews: number;
  maxInterviewsPerSeat: number;
  /** Stored bytes of one document (its log and snapshot) past which writes are refused. */
  maxDocBytes: number;
  /** Bytes one seat (or one other role) may write: a burst for an offline backlog, then a trickle. */
  writerBurstBytes: number;
  writerBytesPerSecond: number;
}

export const DEFAULT_GATE_LIMITS: GateLimits = {
  read: DEFAULT_READ_LIMITS,
  effects: DEFAULT_EFFECT_LIMITS,
  maxItems: 20_000,
  maxItemsPerSeat: 2_000,
  maxActions: 2_000,
  maxInterviews: 20_000,
  maxInterviewsPerSeat: 2_000,
  maxDocBytes: 64 * 1024 * 1024,
  writerBurstBytes: 8 * 1024 * 1024,
  writerBytesPerSecond: 64 * 1024,
};

/** Updates above this size have their inserts checked before their delete set is read. */
const PRECHECK_BYTES = 16 * 1024;

/** What the gate needs from its room. */
export interface GateRoom {
  readonly doc: Y.Doc;
  readonly docName: SyncedDocName;
  /** Bytes the document takes in the store now. */
  readonly storedBytes: number;
}

/** An update that passed, with what the gate records once the room has applied it. */
export interface Verdict {
  writerKey: string;
  extended: Map<number, number>;
  /** Records (a board's items, a session's interviews) created and removed, per author. */
  records: BoardChange | null;
  actionsCreated: number;
}

export class UpdateGate {
  private readonly clientOwners = new Map<number, string>();
  private readonly budgets = new Map<string, TokenBucket>();
  private itemsBySeat: Map<string, number> | null = null;
  private itemCount = 0;
  private actionCount: number | null = null;

  constructor(
    private readonly room: GateRoom,
    private readonly voteBudget: () => number,
    private readonly limits: GateLimits = DEFAULT_GATE_LIMITS,
  ) {
    // The server's own writes (migrations, seat bookkeeping) are nobody's to extend.
    this.clientOwners.set(room.doc.clientID, 'server');
  }

  /** Throws UpdateRefused with a short reason; returns what `accept` records after the apply. */
  check(update: Uint8Array, writer: Writer): Verdict {
    const writerKey = writer.seatId !== null ? `seat:${writer.seatId}` : writer.role;
    if (this.room.storedBytes + update.byteLength > this.limits.maxDocBytes) {
      throw new UpdateRefused('this document is full');
    }
    if (writer.role !== 'facilitator' && !this.budgetOf(writerKey).take(update.byteLength)) {
      throw new UpdateRefused('more written than a person writes');
    }
    const store = this.room.doc.store;
    const decoded = readUpdate(update, this.limits.read, (client) => Y.getState(store, client));
    if (
      (this.room.docName === 'board' && writer.role === 'participant') ||
      (this.room.docName === 'survey' && writer.role === 'interviewer')
    )
      this.precheckNewItems(decoded, writerKey);
    const staged = resolveEffects(this.room.doc, decoded, this.limits.effects);
    // A large update's inserts are checked alone first: most crafted ones fail there, before their delete
    // set is read. A drag's few bytes are checked once.
    if (update.byteLength > PRECHECK_BYTES) this.checkRule({ ...staged, deletes: [] }, writer, writerKey);
    return this.checkRule({ ...staged, deletes: staged.deletions() }, writer, writerKey);
  }

  private checkRule(effects: UpdateEffects, writer: Writer, writerKey: string): Verdict {
    const verdict: Verdict = { writerKey, extended: effects.extended, records: null, actionsCreated: 0 };
    switch (this.room.docName) {
      case 'board':
        if (writer.role === 'participant') this.checkClients(effects.extended, writerKey);
        verdict.records = checkBoardUpdate(effects, {
          doc: this.room.doc,
          writer,
          voteBudget: this.voteBudget,
          creatorOf: (client) => this.creatorOf(client),
        });
        this.checkItemCaps(verdict.records, writer);
        break;
      case 'survey':
        // Interviewers are the only writers here (canWrite), each a seat of its own, like residents.
        this.checkClients(effects.extended, writerKey);
        verdict.records = checkSurveyUpdate(effects, {
          doc: this.room.doc,
          writer,
          creatorOf: (client) => this.creatorOf(client),
        });
        this.checkItemCaps(verdict.records, writer);
        break;
      case 'plan':
        verdict.actionsCreated = checkPlanUpdate(effects, writer.role === 'facilitator');
        if (verdict.actionsCreated > 0 && this.actions() + verdict.actionsCreated > this.limits.maxActions) {
          throw new UpdateRefused('more actions than a plan holds');
        }
        break;
      case 'control':
        checkControlUpdate(effects);
        break;
    }
    return verdict;
  }

  /** Records an applied update: whose its new clients are, and the counts the caps are checked on. */
  accept(verdict: Verdict): void {
    for (const [client, known] of verdict.extended) {
      if (known === 0 || !this.clientOwners.has(client)) this.clientOwners.set(client, verdict.writerKey);
    }
    if (verdict.records && this.itemsBySeat) {
      for (const [author, count] of verdict.records.created) this.addItems(author, count);
      for (const [author, count] of verdict.records.removed) this.addItems(author, -count);
    }
    if (this.actionCount !== null) this.actionCount += verdict.actionsCreated;
  }

  /**
   * A resident extends only its own Yjs clients: structs under another client's id would make that
   * client's next edits look already known, and Yjs would drop them.
   */
  private checkClients(extended: Map<number, number>, writerKey: string): void {
    for (const [client, known] of extended) {
      if (known === 0) continue;
      let owner = this.clientOwners.get(client);
      if (owner === undefined) {
        // Clients from before this room was loaded: their last records tell whose they are.
        owner = inferClientOwner(this.room.doc, client) ?? 'unknown';
        this.clientOwners.set(client, owner);
      }
      if (owner !== writerKey) throw new UpdateRefused("writes under another device's id");
    }
  }

  /**
   * Items an update may create, counted on its structs before anything is resolved: a flood of new
   * records is refused for the price of reading it. (The exact count, after resolution, is checked too.)
   */
  private precheckNewItems(decoded: DecodedUpdate, writerKey: string): void {
    const root = this.recordRoot();
    let records = 0;
    for (const run of decoded.runs) {
      for (const struct of run.structs) {
        if (struct.struct === 'item' && struct.parentRoot === root && struct.content.kind === 'type')
          records++;
      }
    }
    if (records === 0) return;
    const seat = writerKey.slice('seat:'.length);
    if ((this.countItems().get(seat) ?? 0) + records > this.caps().perSeat) {
      throw new UpdateRefused(this.caps().perSeatReason);
    }
  }

  /** The seat id (or `facilitator`) whose client this is, as the writers' own ids are named in records. */
  private creatorOf(client: number): string | null {
    const owner = this.clientOwners.get(client) ?? inferClientOwner(this.room.doc, client);
    if (owner === null) return null;
    return owner.startsWith('seat:') ? owner.slice('seat:'.length) : owner;
  }

  private checkItemCaps(change: BoardChange, writer: Writer): void {
    if (change.created.size === 0) return;
    const bySeat = this.countItems();
    let total = this.itemCount;
    const caps = this.caps();
    for (const [author, count] of change.created) {
      total += count;
      if (writer.seatId !== null && (bySeat.get(author) ?? 0) + count > caps.perSeat) {
        throw new UpdateRefused(caps.perSeatReason);
      }
    }
    for (const count of change.removed.values()) total -= count;
    if (total > caps.total) throw new UpdateRefused(caps.fullReason);
  }

  private countItems(): Map<string, number> {
    if (this.itemsBySeat) return this.itemsBySeat;
    this.itemsBySeat = new Map();
    this.itemCount = 0;
    const items = this.room.doc.share.get(this.recordRoot());
    if (items instanceof Y.Map) {
      for (const record of (items as Y.Map<unknown>).values()) {
        const author = record instanceof Y.Map ? record.get('author') : null;
        this.addItems(typeof author === 'string' ? author : '', 1);
      }
    }
    return this.itemsBySeat;
  }

  /** The root whose records are counted: a board's items, or a survey session's interviews. */
  private recordRoot(): string {
    return this.room.docName === 'survey' ? 'interviews' : 'items';
  }

  private caps(): { total: number; perSeat: number; perSeatReason: string; fullReason: string } {
    return this.room.docName === 'survey'
      ? {
          total: this.limits.maxInterviews,
          perSeat: this.limits.maxInterviewsPerSeat,
          perSeatReason: 'more interviews than one phone gathers',
          fullReason: 'the survey session is full',
        }
      : {
          total: this.limits.maxItems,
          perSeat: this.limits.maxItemsPerSeat,
          perSeatReason: 'more items than one person places',
          fullReason: 'the board is full',
        };
  }

  private addItems(author: string, count: number): void {
    const bySeat = this.itemsBySeat as Map<string, number>;
    bySeat.set(author, Math.max(0, (bySeat.get(author) ?? 0) + count));
    this.itemCount = Math.max(0, this.itemCount + count);
  }

  private actions(): number {
    if (this.actionCount === null) {
      const actions = this.room.doc.share.get('actions');
      this.actionCount = actions instanceof Y.Map ? (actions as Y.Map<unknown>).size : 0;
    }
    return this.actionCount;
  }

  private budgetOf(writerKey: string): TokenBucket {
    let budget = this.budgets.get(writerKey);
    if (!budget) {
      budget = new TokenBucket(this.limits.writerBurstBytes, this.limits.writerBytesPerSecond);
      this.budgets.set(writerKey, budget);
    }
    return budget;
  }
}
