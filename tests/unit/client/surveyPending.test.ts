/**
 * Which of a phone's interviews wait to be sent (client/survey/pending.ts), against the state vector a
 * server would announce after storing them: none, some, all; another phone's interviews never count;
 * an interview is sent only when its whole run (record, lists, nested map) is covered.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { unsentInterviews, widest } from '../../../client/survey/pending';
import { UserOrigin } from '../../../shared/ops/origin';
import { saveInterview } from '../../../shared/ops/survey/interviews';
import { EMPTY_ANSWERS } from '../../../shared/schema/survey';

const origin = new UserOrigin('seat-a');
const answers = { ...EMPTY_ANSWERS, uses: ['bank', 'email'], equipment: { smartphone: true } };

function vectorOf(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

describe('interviews waiting to be sent', () => {
  it('are those the stored vector does not reach, by this phone only', () => {
    const doc = new Y.Doc();
    const first = saveInterview(doc, { answers, author: 'seat-a', now: 1 }, origin);
    const storedAfterFirst = vectorOf(doc);
    const second = saveInterview(doc, { answers, author: 'seat-a', now: 2 }, origin);
    saveInterview(doc, { answers, author: 'seat-b', now: 3 }, origin);
    expect(unsentInterviews(doc, 'seat-a', new Map()).sort()).toEqual([first, second].sort());
    expect(unsentInterviews(doc, 'seat-a', storedAfterFirst)).toEqual([second]);
    expect(unsentInterviews(doc, 'seat-a', vectorOf(doc))).toEqual([]);
  });

  it('include an interview whose run the server holds only in part', () => {
    const doc = new Y.Doc();
    const id = saveInterview(doc, { answers, author: 'seat-a', now: 1 }, origin);
    const full = vectorOf(doc);
    const client = doc.clientID;
    const partial = new Map([[client, (full.get(client) ?? 0) - 1]]);
    expect(unsentInterviews(doc, 'seat-a', partial)).toEqual([id]);
  });

  it('survive a reload: a new Yjs client reads the old clients’ runs from the saved state', () => {
    const before = new Y.Doc();
    const id = saveInterview(before, { answers, author: 'seat-a', now: 1 }, origin);
    const stored = vectorOf(before);
    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
    const later = saveInterview(after, { answers, author: 'seat-a', now: 2 }, origin);
    expect(unsentInterviews(after, 'seat-a', stored)).toEqual([later]);
    expect(unsentInterviews(after, 'seat-a', new Map())).toContain(id);
  });

  it('merge vectors client by client', () => {
    expect(
      [
        ...widest(
          new Map([
            [1, 5],
            [2, 1],
          ]),
          new Map([
            [1, 3],
            [3, 7],
          ]),
        ),
      ].sort(),
    ).toEqual([
      [1, 5],
      [2, 1],
      [3, 7],
    ]);
  });
});
