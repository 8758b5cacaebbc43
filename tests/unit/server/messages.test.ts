import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { decodeAwarenessUpdate } from '../../../server/sync/awarenessFilter';
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

describe('awareness decoding', () => {
  it('refuses states that are not objects', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '[1,2]');
    expect(() => decodeAwarenessUpdate(encoding.toUint8Array(encoder))).toThrow(MalformedMessageError);
  });
});
