import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import {
  decodeAwarenessUpdate,
  encodeAwarenessEntries,
  sanitizeAwareness,
} from '../../../server/sync/awarenessFilter';
import {
  encodeSyncMessage,
  MalformedMessageError,
  parseClientMessage,
  SYNC_STEP_1,
} from '../../../server/sync/messages';

describe('y-websocket message parsing', () => {
  it('reads a sync step 1', () => {
    const message = parseClientMessage(encodeSyncMessage(SYNC_STEP_1, Uint8Array.of(0)));
    expect(message).toEqual({ kind: 'sync-step-1', stateVector: Uint8Array.of(0) });
  });

  it('refuses trailing bytes, truncation and unknown kinds', () => {
    const valid = encodeSyncMessage(SYNC_STEP_1, Uint8Array.of(0));
    expect(() => parseClientMessage(Uint8Array.of(...valid, 7))).toThrow(MalformedMessageError);
    expect(() => parseClientMessage(valid.slice(0, 2))).toThrow(MalformedMessageError);
    expect(() => parseClientMessage(Uint8Array.of(42))).toThrow(MalformedMessageError);
    expect(() => parseClientMessage(new Uint8Array(0))).toThrow(MalformedMessageError);
  });
});

describe('awareness filtering', () => {
  const update = encodeAwarenessEntries([
    {
      clientId: 7,
      clock: 1,
      state: { user: { name: 'Ana' }, identity: { role: 'facilitator', seatId: 'x' } },
    },
    { clientId: 8, clock: 3, state: { user: { name: 'impostor' } } },
  ]);

  it('keeps only the connection’s own client and stamps the identity from the token', () => {
    const entries = sanitizeAwareness(decodeAwarenessUpdate(update), 7, {
      role: 'participant',
      seatId: 's-1',
    });
    expect(entries).toEqual([
      {
        clientId: 7,
        clock: 1,
        state: { user: { name: 'Ana' }, identity: { role: 'participant', seatId: 's-1' } },
      },
    ]);
  });

  it('keeps a null state (the client leaving) as null', () => {
    const leaving = encodeAwarenessEntries([{ clientId: 7, clock: 2, state: null }]);
    expect(sanitizeAwareness(decodeAwarenessUpdate(leaving), 7, { role: 'viewer', seatId: null })).toEqual([
      { clientId: 7, clock: 2, state: null },
    ]);
  });

  it('refuses states that are not objects', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '[1,2]');
    expect(() => decodeAwarenessUpdate(encoding.toUint8Array(encoder))).toThrow(MalformedMessageError);
  });
});
