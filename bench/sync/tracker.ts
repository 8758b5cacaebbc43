/**
 * Who received what, and when. One tracker per room: client indexes are local to the room and double as
 * receiver indexes. Edits must all arrive (a CRDT relay may merge them but not drop any); cursors are
 * last-writer-wins state, so a server may coalesce them and only the latest state per client has to land.
 */
import { Samples } from '../stats/samples';

export class DeliveryTracker {
  readonly editLatencies = new Samples();
  readonly cursorLatencies = new Samples();
  private readonly sentEditAt: Float64Array;
  private readonly sentCursorAt: Float64Array;
  private readonly editsSent: Int32Array;
  private readonly cursorsSent: Int32Array;
  private readonly editSeen: Uint8Array;
  private readonly lastCursorSeen: Int32Array;
  private readonly highestEditSeen: Int32Array;
  private editsDelivered = 0;
  private cursorsDelivered = 0;
  /** Sends before this time (performance.now) are warm-up: delivered and checked, not timed. */
  measuredFrom = Number.POSITIVE_INFINITY;

  constructor(
    readonly clients: number,
    private readonly maxEdits: number,
    private readonly maxCursors: number,
  ) {
    this.sentEditAt = new Float64Array(clients * maxEdits);
    this.sentCursorAt = new Float64Array(clients * Math.max(1, maxCursors));
    this.editsSent = new Int32Array(clients);
    this.cursorsSent = new Int32Array(clients);
    this.editSeen = new Uint8Array(Math.ceil((clients * clients * maxEdits) / 8));
    this.lastCursorSeen = new Int32Array(clients * clients).fill(-1);
    this.highestEditSeen = new Int32Array(clients).fill(-1);
  }

  sentEdit(client: number, seq: number, at: number): void {
    this.sentEditAt[client * this.maxEdits + seq] = at;
    this.editsSent[client] = seq + 1;
  }

  sentCursor(client: number, seq: number, at: number): void {
    this.sentCursorAt[client * this.maxCursors + seq] = at;
    this.cursorsSent[client] = seq + 1;
  }

  receivedEdit(receiver: number, client: number, seq: number, at: number): void {
    if (receiver === client || client >= this.clients || seq >= this.maxEdits) return;
    const bit = (receiver * this.clients + client) * this.maxEdits + seq;
    const byte = bit >> 3;
    const mask = 1 << (bit & 7);
    if ((this.editSeen[byte] as number) & mask) return;
    this.editSeen[byte] = (this.editSeen[byte] as number) | mask;
    this.editsDelivered++;
    if (seq > (this.highestEditSeen[client] as number)) this.highestEditSeen[client] = seq;
    const sentAt = this.sentEditAt[client * this.maxEdits + seq] as number;
    if (sentAt >= this.measuredFrom) this.editLatencies.push(at - sentAt);
  }

  receivedCursor(receiver: number, client: number, seq: number, at: number): void {
    if (receiver === client || client >= this.clients || seq >= this.maxCursors) return;
    const slot = receiver * this.clients + client;
    if (seq <= (this.lastCursorSeen[slot] as number)) return;
    this.lastCursorSeen[slot] = seq;
    this.cursorsDelivered++;
    const sentAt = this.sentCursorAt[client * this.maxCursors + seq] as number;
    if (sentAt >= this.measuredFrom) this.cursorLatencies.push(at - sentAt);
  }

  /** Edits every other client should have received by now, counted per receiver. */
  get editsExpected(): number {
    let sent = 0;
    for (const count of this.editsSent) sent += count;
    return sent * (this.clients - 1);
  }

  get editsReceived(): number {
    return this.editsDelivered;
  }

  get cursorsSentTotal(): number {
    let sent = 0;
    for (const count of this.cursorsSent) sent += count;
    return sent;
  }

  get cursorsReceived(): number {
    return this.cursorsDelivered;
  }

  /** Receiver–client pairs whose latest cursor has not arrived yet. */
  staleCursorPairs(): number {
    let stale = 0;
    for (let receiver = 0; receiver < this.clients; receiver++) {
      for (let client = 0; client < this.clients; client++) {
        if (receiver === client) continue;
        const last = (this.cursorsSent[client] as number) - 1;
        if (last >= 0 && (this.lastCursorSeen[receiver * this.clients + client] as number) < last) stale++;
      }
    }
    return stale;
  }

  /** The latest edit of `client` that any other client received, or -1. */
  highestEditReceived(client: number): number {
    return this.highestEditSeen[client] as number;
  }

  lastEditSeq(client: number): number {
    return (this.editsSent[client] as number) - 1;
  }
}
