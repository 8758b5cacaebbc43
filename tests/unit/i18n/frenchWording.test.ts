/**
 * The interface's French reads well for people who read little: typography that never starts a line
 * with a colon, no median-dot inclusive writing, counts always through i18next's plural rules; and the
 * English file says everything the French one does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The screens' words, and the exported documents' words (shared with the server). */
const LOCALE_DIRS = [
  join(import.meta.dirname, '../../../client/i18n/locales'),
  join(import.meta.dirname, '../../../shared/i18n/locales'),
];
const NBSP = '\u00a0';

type Strings = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Strings): Strings {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

function readLocale(language: string): Map<string, Strings> {
  const files = new Map<string, Strings>();
  for (const dir of LOCALE_DIRS) {
    for (const file of readdirSync(join(dir, language)).filter((name) => name.endsWith('.json'))) {
      const json: unknown = JSON.parse(readFileSync(join(dir, language, file), 'utf8'));
      files.set(file, flatten(json, '', new Map()));
    }
  }
  return files;
}

function entries(locale: Map<string, Strings>): [string, string][] {
  return [...locale].flatMap(([file, strings]) =>
    [...strings].map(([key, text]) => [`${file}:${key}`, text]),
  );
}

/** What a reader sees: placeholders and addresses are not French prose. */
function prose(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, 'X')
    .replace(/\$t\([^)]*\)/g, 'X')
    .replace(/https?:\/\/\S+/g, '');
}

const fr = readLocale('fr');
const en = readLocale('en');

describe('the French interface text', () => {
  test('has a non-breaking space before : ; ! ? and inside « »', () => {
    const wrong = entries(fr).filter(([, text]) => {
      // A colon between digits is a time (10:30), not punctuation.
      const seen = prose(text).replace(/\d:\d/g, '');
      return /[^\u00a0]:/.test(seen) || /[^\u00a0][;!?]/.test(seen) || /«[^\u00a0]|[^\u00a0]»/.test(seen);
    });
    expect(wrong.map(([key, text]) => `${key} ${JSON.stringify(text)}`)).toEqual([]);
  });

  test('never uses median-dot inclusive writing', () => {
    const dotted = entries(fr).filter(([, text]) => /\p{L}·\p{L}/u.test(text));
    expect(dotted.map(([key]) => key)).toEqual([]);
  });

  test('says a count only through a plural key (no "1 personnes")', () => {
    const unplural = entries(fr).filter(([key, text]) => {
      // A count followed by a word agrees with it; "({{count}})" or "{{count}} / {{max}}" has no word.
      if (!/\{\{count\}\}\s*\p{L}/u.test(text)) return false;
      return !/_(zero|one|two|few|many|other)$/.test(key);
    });
    expect(unplural.map(([key]) => key)).toEqual([]);
  });

  test('never puts a counted noun after a number the plural rules do not see', () => {
    // "3 votes ({{voters}} personnes)" read "1 personnes": a count other than {{count}} before a noun.
    const counted =
      /\{\{(?!count\}\})\w+\}\}\s+(personnes?|habitants?|activités?|difficultés?|propositions?|votes?|jetons?|actions?|minutes?)\b/u;
    const wrong = entries(fr).filter(([, text]) => counted.test(text));
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  test('has an English text for every French one', () => {
    const missing = entries(fr)
      .map(([key]) => key)
      .filter((key) => {
        const [file = '', path = ''] = key.split(':');
        return !en.get(file)?.has(path);
      });
    expect(missing).toEqual([]);
  });

  test('the check itself tells a plain space from a non-breaking one', () => {
    expect(/[^\u00a0][;!?]/.test('Bienvenue !')).toBe(true);
    expect(/[^\u00a0][;!?]/.test(`Bienvenue${NBSP}!`)).toBe(false);
  });
});
