import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { capText, cleanLabel, wellFormed } from '../../../shared/model/label';
import { textSplice } from '../../../shared/model/textDiff';
import { isYearMonth, monthIndex } from '../../../shared/model/yearMonth';

function expectWellFormed(text: string): void {
  expect(wellFormed(text)).toBe(text);
}

function applySplice(before: string, after: string): string {
  const splice = textSplice(before, after);
  if (!splice) return before;
  return before.slice(0, splice.index) + splice.insert + before.slice(splice.index + splice.remove);
}

describe('capText / cleanLabel', () => {
  it('keeps short text, cuts long text on grapheme boundaries', () => {
    expect(capText('bonjour', 10)).toBe('bonjour');
    expect(capText('abc😀', 4)).toBe('abc');
    expect(capText('e\u0301té', 1)).toBe('');
    expect(capText('e\u0301té', 2)).toBe('e\u0301');
    expect(capText('🇫🇷🇫🇷', 6)).toBe('🇫🇷');
  });

  it('trims, and gives empty text for non-strings', () => {
    expect(cleanLabel('  mot  ', 140)).toBe('mot');
    expect(cleanLabel('ab cd', 3)).toBe('ab');
    expect(cleanLabel(42, 140)).toBe('');
    expect(cleanLabel(undefined, 140)).toBe('');
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates (which Yjs would encode differently than it stores) and keeps pairs', () => {
    const half = '😀'.slice(0, 1);
    expect(wellFormed(`a${half}b`)).toBe('a\ufffdb');
    expect(wellFormed(`${'😀'.slice(1)}x`)).toBe('\ufffdx');
    expect(wellFormed('ok 😀 👨‍👩‍👧')).toBe('ok 😀 👨‍👩‍👧');
    expect(cleanLabel(`mot${half}`, 140)).toBe('mot\ufffd');
  });
});

describe('textSplice', () => {
  it.each([
    ['', 'abc'],
    ['abc', ''],
    ['les mots de passe', 'les codes de passe'],
    ['aaa', 'aaaa'],
    ['un 😀 deux', 'un 😃 deux'],
    ['x😀', 'x😃'],
    ['😀y', '😃y'],
    ['abc', 'abc'],
  ])('turns %j into %j without splitting surrogate pairs', (before, after) => {
    expect(applySplice(before, after)).toBe(after);
    const splice = textSplice(before, after);
    if (splice) {
      expectWellFormed(splice.insert);
      expectWellFormed(before.slice(0, splice.index));
      expectWellFormed(before.slice(splice.index + splice.remove));
    }
  });

  it('changes only the middle', () => {
    expect(textSplice('les mots de passe', 'les codes de passe')).toEqual({
      index: 4,
      remove: 3,
      insert: 'code',
    });
    expect(textSplice('same', 'same')).toBeNull();
  });
});

describe('months and ids', () => {
  it('recognises YYYY-MM only', () => {
    expect(isYearMonth('2027-01')).toBe(true);
    expect(['2027-1', '2027-00', '2027-13', '27-01', 202701, null].some(isYearMonth)).toBe(false);
    expect(monthIndex('2027-02')).toBe(2027 * 12 + 1);
    expect(monthIndex('nope')).toBeNull();
  });

  it('newId gives distinct 12-character alphanumeric ids', () => {
    const ids = new Set(Array.from({ length: 2000 }, newId));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z]{12}$/);
  });
});
