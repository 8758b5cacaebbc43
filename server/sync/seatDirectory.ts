/**
 * The display fields (name, avatar, colour) of each seat, read from the workshop's `board` document, for
 * the awareness of all three documents: a resident's presence on `control` or `plan` shows the same name
 * as on the board, whatever its screen claims. Cached per seat and dropped when the seat's record
 * changes, so a cursor moving at 5 Hz costs a map lookup, not a read of the board.
 */
import type * as Y from 'yjs';
import { participantsMap } from '../../shared/ops/roots';
import type { PresenceUser } from '../../shared/protocol/awareness';
import { fieldsOf } from '../../shared/read/coerce';
import { seatUser } from './presenceFields';
import type { Room, SeatUsers } from './room';

/** How the directory reaches boards: a loaded one at once, or a load that unloads again when idle. */
export interface BoardSource {
  loaded(workshopId: string): Room | null;
  load(workshopId: string): Promise<void>;
}

interface Watch {
  doc: Y.Doc;
  users: Map<string, PresenceUser | null>;
  stop: () => void;
}

export class SeatDirectory implements SeatUsers {
  private readonly watches = new Map<string, Watch>();
  private readonly loading = new Set<string>();

  constructor(
    private readonly boards: BoardSource,
    /** A seat's fields changed, or its board just loaded (seatId null: every seat of the workshop). */
    private readonly onChange: (workshopId: string, seatId: string | null) => void,
  ) {}

  userOf(workshopId: string, seatId: string): PresenceUser | null {
    const watch = this.watch(workshopId);
    if (!watch) return null;
    const cached = watch.users.get(seatId);
    if (cached !== undefined) return cached;
    const field = fieldsOf(participantsMap(watch.doc).get(seatId));
    const user = field
      ? seatUser({ name: field('name'), avatar: field('avatar'), color: field('color') })
      : null;
    watch.users.set(seatId, user);
    return user;
  }

  private watch(workshopId: string): Watch | null {
    const existing = this.watches.get(workshopId);
    if (existing) return existing;
    const room = this.boards.loaded(workshopId);
    if (!room || room.isDestroyed) {
      this.startLoad(workshopId);
      return null;
    }
    return this.attach(workshopId, room.doc);
  }

  private attach(workshopId: string, doc: Y.Doc): Watch {
    const participants = participantsMap(doc);
    const users = new Map<string, PresenceUser | null>();
    const onParticipants = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
      const seats = new Set<string>();
      for (const event of events) {
        if (event.target === participants) for (const key of event.keys.keys()) seats.add(key);
        else if (typeof event.path[0] === 'string') seats.add(event.path[0]);
      }
      for (const seat of seats) users.delete(seat);
      for (const seat of seats) this.onChange(workshopId, seat);
    };
    // The board unloads when idle; the next question loads it again.
    const onDestroy = (): void => this.detach(workshopId, watch);
    const watch: Watch = {
      doc,
      users,
      stop: () => {
        participants.unobserveDeep(onParticipants);
        doc.off('destroy', onDestroy);
      },
    };
    participants.observeDeep(onParticipants);
    doc.on('destroy', onDestroy);
    this.watches.set(workshopId, watch);
    return watch;
  }

  private detach(workshopId: string, watch: Watch): void {
    watch.stop();
    if (this.watches.get(workshopId) === watch) this.watches.delete(workshopId);
  }

  private startLoad(workshopId: string): void {
    if (this.loading.has(workshopId)) return;
    this.loading.add(workshopId);
    this.boards.load(workshopId).then(
      () => {
        this.loading.delete(workshopId);
        // Screens that spoke while the board was loading showed no user: give them theirs now.
        if (this.watch(workshopId)) this.onChange(workshopId, null);
      },
      () => this.loading.delete(workshopId),
    );
  }
}
