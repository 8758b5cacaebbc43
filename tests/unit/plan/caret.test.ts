import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applySplice,
  rebaseSplice,
  type TextDelta,
  transformIndex,
  transformRange,
} from '../../../client/plan/fiche/caret';
import { textSplice } from '../../../shared/model/textDiff';

/** The delta Yjs reports for a remote edit, from a real Y.Text. */
function deltaOf(initial: string, edit: (text: Y.Text) => void): TextDelta {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  let delta: TextDelta = [];
  text.observe((event) => {
    delta = event.delta as TextDelta;
  });
  edit(text);
  return delta;
}

describe('caret through remote edits', () => {
  it('moves with text inserted or deleted before it, not after it', () => {
    const before = deltaOf('hello world', (t) => t.insert(0, 'Oh, '));
    expect(transformIndex(5, before)).toBe(9);
    const after = deltaOf('hello world', (t) => t.insert(11, '!'));
    expect(transformIndex(5, after)).toBe(5);
    const deleted = deltaOf('hello world', (t) => t.delete(0, 6));
    expect(transformIndex(8, deleted)).toBe(2);
  });

  it('stays before text inserted exactly at it, so one’s next letter goes where one was typing', () => {
    expect(
      transformIndex(
        5,
        deltaOf('hello world', (t) => t.insert(5, ' big')),
      ),
    ).toBe(5);
  });

  it('collapses into a deletion that swallows it', () => {
    expect(
      transformIndex(
        4,
        deltaOf('hello world', (t) => t.delete(2, 6)),
      ),
    ).toBe(2);
    expect(
      transformRange(
        3,
        9,
        deltaOf('hello world', (t) => t.delete(2, 6)),
      ),
    ).toEqual([2, 3]);
  });

  it('rebases a word composed meanwhile onto what others wrote', () => {
    const base = 'Atelier le mardi';
    const mine = 'Atelier numérique le mardi';
    const splice = textSplice(base, mine);
    if (!splice) throw new Error('no splice');
    const theirs = [deltaOf(base, (t) => t.insert(0, 'Nouveau : '))];
    expect(applySplice('Nouveau : Atelier le mardi', rebaseSplice(splice, theirs))).toBe(
      'Nouveau : Atelier numérique le mardi',
    );
  });
});
