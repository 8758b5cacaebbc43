/** Dictation that gives no words always says why, calmly; our own stop says nothing. */
import { describe, expect, test } from 'vitest';
import { dictationProblem } from '../../../client/fresco/dictationProblem';
import en from '../../../client/i18n/locales/en/fresco.json';
import fr from '../../../client/i18n/locales/fr/fresco.json';

describe('dictationProblem', () => {
  test('offline, whatever the browser reports', () => {
    expect(dictationProblem('network', true)).toBe('offline');
    expect(dictationProblem('no-speech', false)).toBe('offline');
    expect(dictationProblem(undefined, false)).toBe('offline');
  });

  test('a refused microphone, silence, and anything else', () => {
    expect(dictationProblem('not-allowed', true)).toBe('denied');
    expect(dictationProblem('service-not-allowed', true)).toBe('denied');
    expect(dictationProblem('no-speech', true)).toBe('silent');
    expect(dictationProblem('language-not-supported', true)).toBe('failed');
    expect(dictationProblem(undefined, true)).toBe('failed');
  });

  test('our own stop is not a problem', () => {
    expect(dictationProblem('aborted', true)).toBeNull();
    expect(dictationProblem('aborted', false)).toBeNull();
  });

  test('every note is written in French and English, with French spacing', () => {
    for (const key of ['missing', 'offline', 'denied', 'silent', 'failed'] as const) {
      expect(en.words.dictation[key]).toBeTruthy();
      const text = fr.words.dictation[key];
      expect(text).toBeTruthy();
      expect(text).not.toMatch(/[^\u00a0][!?:;]/);
    }
  });
});
