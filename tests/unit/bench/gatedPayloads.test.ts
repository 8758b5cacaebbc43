/**
 * What the bench writes must pass Fresco's update gate as the writer it is sent as, or the bench
 * measures refusals: a light client's edits as its own seat, the big board as the facilitator.
 */
import { describe, expect, it } from 'vitest';
import { buildBigBoard } from '../../../bench/fixtures/bigBoard';
import { encodeEdits } from '../../../bench/wire/payloads';
import { readBoard } from '../../../shared/read/board';
import { GatedRoom } from '../../helpers/gatedRoom';

describe('bench payloads at the gate', () => {
  it("passes every edit of a light client sent with its own seat's token", () => {
    const room = new GatedRoom('board');
    const edits = encodeEdits(3, 6, 's-aaaaaaaa');
    const outcomes = edits.updates.map((update) =>
      room.send(update, { role: 'participant', seatId: 's-aaaaaaaa' }),
    );
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    const [item] = readBoard(room.doc).items;
    expect(item).toMatchObject({ id: 'c3', author: 's-aaaaaaaa', label: '~E0003000005' });
  });

  it('refuses them from the shared participant link, and in another seat’s name', () => {
    const edits = encodeEdits(3, 2, 's-aaaaaaaa');
    const shared = new GatedRoom('board');
    expect(shared.send(edits.updates[0] as Uint8Array, { role: 'participant', seatId: null })).toBe(
      'refused: no seat to write as',
    );
    const other = new GatedRoom('board');
    expect(other.send(edits.updates[0] as Uint8Array, { role: 'participant', seatId: 's-bbbbbbbb' })).toBe(
      'refused: an item written in another name',
    );
  });

  it('passes the big board written by the facilitator', () => {
    const room = new GatedRoom('board');
    const board = buildBigBoard(120, 40);
    const outcomes = new Set(
      board.updates.map((update) => room.send(update, { role: 'facilitator', seatId: null })),
    );
    expect([...outcomes]).toEqual(['ok']);
    expect(readBoard(room.doc).items).toHaveLength(120);
  });
});
