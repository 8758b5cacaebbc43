import { describe, expect, it } from 'vitest';
import {
  type AwarenessEntry,
  AwarenessGate,
  type AwarenessLedger,
  decodeAwarenessUpdate,
  encodeAwarenessEntries,
} from '../../../server/sync/awarenessFilter';
import { sanitizePresence } from '../../../server/sync/presenceFields';
import type { AwarenessOwner, RoomConnection } from '../../../server/sync/room';
import type { PresenceUser } from '../../../shared/protocol/awareness';

const facilitator = { identity: { role: 'facilitator' as const, seatId: null }, seatUser: null };
const seatRecord: PresenceUser = { name: 'Ana', avatar: 'fox', color: '#135492' };
const seat = { identity: { role: 'participant' as const, seatId: 's-1' }, seatUser: seatRecord };

describe('sanitizePresence', () => {
  it('keeps a null state (the client leaving) as null', () => {
    expect(sanitizePresence(null, seat)).toBeNull();
  });

  it('gives a seat its record’s name, avatar and colour, whatever it claims', () => {
    const claimed = { user: { name: 'Facilitator', avatar: 'owl', color: '#ff0000' } };
    expect(sanitizePresence(claimed, seat)).toEqual({
      identity: { role: 'participant', seatId: 's-1' },
      user: { name: 'Ana', avatar: 'fox', color: '#135492' },
    });
  });

  it('shows no user for a seat whose record is not known yet', () => {
    const state = sanitizePresence({ user: { name: 'Bob' } }, { ...seat, seatUser: null });
    expect(state).toEqual({ identity: { role: 'participant', seatId: 's-1' } });
  });

  it('stamps the identity from the token over the claimed one', () => {
    const state = sanitizePresence({ identity: { role: 'facilitator', seatId: 'x' } }, seat);
    expect(state?.identity).toEqual({ role: 'participant', seatId: 's-1' });
  });

  it('bounds a name without a seat: control characters stripped, 40 characters at most', () => {
    const name = `Mme\u0000 Dupont\u202e${'x'.repeat(100)}`;
    const state = sanitizePresence({ user: { name, avatar: 'owl', color: '#ab232d' } }, facilitator);
    expect(state?.user).toEqual({
      name: `Mme Dupont${'x'.repeat(30)}`,
      avatar: 'owl',
      color: '#AB232D',
    });
  });

  it('replaces a colour outside the palette by the neutral one and an unknown avatar by none', () => {
    const state = sanitizePresence(
      { user: { name: 42, avatar: '<img src=x>', color: 'red; background: url(x)' } },
      facilitator,
    );
    expect(state?.user).toEqual({ name: '', avatar: '', color: '#5b6170' });
  });

  it('keeps bounded cursor, drag, editing and plan drag, and drops unknown fields', () => {
    const state = sanitizePresence(
      {
        cursor: { x: 1.5, y: -3, extra: 'x' },
        drag: { itemId: 'i-1', x: 10, y: 20 },
        editing: 'a-1',
        planDrag: { actionId: 'a-1', start: '2027-01', end: '2027-03' },
        blob: 'x'.repeat(10_000),
        __proto__: { polluted: true },
      },
      facilitator,
    );
    expect(state).toEqual({
      identity: { role: 'facilitator', seatId: null },
      cursor: { x: 1.5, y: -3 },
      drag: { itemId: 'i-1', x: 10, y: 20 },
      editing: 'a-1',
      planDrag: { actionId: 'a-1', start: '2027-01', end: '2027-03' },
    });
  });

  it('drops fields that are out of bounds rather than passing them on', () => {
    const state = sanitizePresence(
      {
        cursor: { x: 1e300, y: 0 },
        drag: { itemId: 'i'.repeat(65), x: 0, y: 0 },
        editing: { nested: 'object' },
        planDrag: [1, 2, 3],
      },
      facilitator,
    );
    expect(state).toEqual({ identity: { role: 'facilitator', seatId: null } });
  });

  it('keeps null cursor, drag and editing (a drag ended)', () => {
    const state = sanitizePresence({ cursor: null, drag: null, editing: null }, seat);
    expect(state).toMatchObject({ cursor: null, drag: null, editing: null });
  });

  it('lets only a facilitator announce a join code', () => {
    const join = { code: '123456', link: 'http://192.168.1.2:8080/w/x#token=y' };
    expect(sanitizePresence({ join }, facilitator)?.join).toEqual(join);
    expect(sanitizePresence({ join }, seat)).not.toHaveProperty('join');
    expect(sanitizePresence({ join: { code: 'DROP TABLE' } }, facilitator)).not.toHaveProperty('join');
  });
});

/** A room's awareness ledger without a room: owners and clocks in two maps. */
class FakeLedger implements AwarenessLedger {
  readonly owners = new Map<number, AwarenessOwner>();
  readonly clocks = new Map<number, number>();
  awarenessOwner(clientId: number): AwarenessOwner | undefined {
    return this.owners.get(clientId);
  }
  claimAwarenessClient(clientId: number, connection: RoomConnection, holder: string): void {
    this.owners.set(clientId, { connection, holder });
  }
  awarenessClock(clientId: number): number {
    return this.clocks.get(clientId) ?? 0;
  }
  presenceUser(): PresenceUser | null {
    return seatRecord;
  }
  /** What the room does once it applies admitted entries. */
  apply(entries: readonly AwarenessEntry[]): void {
    for (const entry of entries) this.clocks.set(entry.clientId, entry.clock);
  }
}

function socket(seatId: string | null): RoomConnection {
  return { seatId, send: () => {}, close: () => {}, noteStored: () => {} };
}

function entry(clientId: number, clock: number, name = 'x'): AwarenessEntry {
  return { clientId, clock, state: { user: { name } } };
}

describe('AwarenessGate', () => {
  it('speaks for the first client id it used, and only that one', () => {
    const ledger = new FakeLedger();
    const gate = new AwarenessGate(socket('s-1'), 'token-a', seat.identity);
    const { entries } = gate.admit(ledger, [entry(7, 1), entry(8, 1)]);
    expect(entries.map((e) => e.clientId)).toEqual([7]);
    expect(gate.admit(ledger, [entry(8, 2)]).entries).toEqual([]);
  });

  it('refuses a client id another live socket owns, even as its first', () => {
    const ledger = new FakeLedger();
    const victim = new AwarenessGate(socket('s-1'), 'token-victim', seat.identity);
    ledger.apply(victim.admit(ledger, [entry(7, 1)]).entries);
    const attacker = new AwarenessGate(socket('s-2'), 'token-attacker', {
      role: 'participant',
      seatId: 's-2',
    });
    const { entries, insisting } = attacker.admit(ledger, [entry(7, 5, 'Pirate')]);
    expect(entries).toEqual([]);
    expect(insisting).toBe(false);
    expect(attacker.clientId).toBeNull();
  });

  it('does not claim an id from an echoed removal (someone leaving)', () => {
    const ledger = new FakeLedger();
    const gate = new AwarenessGate(socket(null), 'token-a', facilitator.identity);
    gate.admit(ledger, [{ clientId: 9, clock: 3, state: null }, entry(7, 1)]);
    expect(gate.clientId).toBe(7);
  });

  it('ignores echoes of other states at the room’s clock, as a stock client sends them', () => {
    const ledger = new FakeLedger();
    const other = new AwarenessGate(socket('s-2'), 'token-b', seat.identity);
    ledger.apply(other.admit(ledger, [entry(8, 4)]).entries);
    const gate = new AwarenessGate(socket('s-1'), 'token-a', seat.identity);
    ledger.apply(gate.admit(ledger, [entry(7, 1)]).entries);
    for (let i = 0; i < 50; i++) expect(gate.admit(ledger, [entry(8, 4)]).insisting).toBe(false);
  });

  it('reports a socket that keeps claiming another socket’s id with newer clocks', () => {
    const ledger = new FakeLedger();
    const victim = new AwarenessGate(socket('s-2'), 'token-b', seat.identity);
    ledger.apply(victim.admit(ledger, [entry(8, 1)]).entries);
    const attacker = new AwarenessGate(socket('s-1'), 'token-a', seat.identity);
    ledger.apply(attacker.admit(ledger, [entry(7, 1)]).entries);
    const verdicts = Array.from(
      { length: 11 },
      (_, i) => attacker.admit(ledger, [entry(8, 10 + i)]).insisting,
    );
    expect(verdicts.slice(0, 10)).toEqual(Array(10).fill(false));
    expect(verdicts[10]).toBe(true);
  });

  it('lets a socket of the same token take its client id over (a reconnect before the old one dies)', () => {
    const ledger = new FakeLedger();
    const old = new AwarenessGate(socket('s-1'), 'token-a', seat.identity);
    ledger.apply(old.admit(ledger, [entry(7, 1)]).entries);
    const fresh = new AwarenessGate(socket('s-1'), 'token-a', seat.identity);
    expect(fresh.admit(ledger, [entry(7, 2)]).entries).toHaveLength(1);
    // The stale socket no longer speaks for it.
    expect(old.admit(ledger, [entry(7, 3)]).entries).toEqual([]);
  });

  it('rebuilds every admitted state with the seat’s record', () => {
    const gate = new AwarenessGate(socket('s-1'), 'token-a', seat.identity);
    const update = encodeAwarenessEntries([entry(7, 1, 'Facilitator')]);
    const [admitted] = gate.admit(new FakeLedger(), decodeAwarenessUpdate(update)).entries;
    expect(admitted?.state).toEqual({
      identity: { role: 'participant', seatId: 's-1' },
      user: { name: 'Ana', avatar: 'fox', color: '#135492' },
    });
  });
});
