import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_CATEGORIES,
  AVATAR_CATEGORIES,
  CATEGORY_LABELS,
  DIFFICULTY_CATEGORIES,
  PICTOGRAM_KINDS,
  PICTOGRAMS,
  type PictogramKind,
  pictogramsOfKind,
} from '../../../shared/pictograms';

const root = resolve(import.meta.dirname, '../../..');
const publicDir = join(root, 'client/public/pictograms');
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CATEGORIES_OF: Record<PictogramKind, readonly string[]> = {
  activity: ACTIVITY_CATEGORIES,
  difficulty: DIFFICULTY_CATEGORIES,
  avatar: AVATAR_CATEGORIES,
};

function filesOnDisk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesOnDisk(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe('pictogram catalog', () => {
  it('has unique kebab-case ids', () => {
    const ids = PICTOGRAMS.map((pictogram) => pictogram.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('ships at least 40 activities, 25 difficulties and 24 avatars', () => {
    expect(pictogramsOfKind('activity').length).toBeGreaterThanOrEqual(40);
    expect(pictogramsOfKind('difficulty').length).toBeGreaterThanOrEqual(25);
    expect(pictogramsOfKind('avatar').length).toBeGreaterThanOrEqual(24);
    expect(PICTOGRAM_KINDS.flatMap((kind) => pictogramsOfKind(kind))).toHaveLength(PICTOGRAMS.length);
  });

  it('files each pictogram under a category of its own kind, and every category is used and named', () => {
    for (const pictogram of PICTOGRAMS) {
      expect(CATEGORIES_OF[pictogram.kind], pictogram.id).toContain(pictogram.category);
    }
    for (const kind of PICTOGRAM_KINDS) {
      const used = new Set(pictogramsOfKind(kind).map((pictogram) => pictogram.category));
      expect([...used].sort(), kind).toEqual([...CATEGORIES_OF[kind]].sort());
    }
    for (const category of Object.values(CATEGORIES_OF).flat()) {
      const words = CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS];
      expect(words.fr.length * words.en.length, category).toBeGreaterThan(0);
    }
  });

  it('has short French words and English words, trimmed, never twice the same within a kind', () => {
    for (const { id, label } of PICTOGRAMS) {
      expect(label.fr, id).toBe(label.fr.trim());
      expect(label.en, id).toBe(label.en.trim());
      expect(label.fr.length, id).toBeGreaterThan(0);
      expect(label.en.length, id).toBeGreaterThan(0);
      expect(label.fr.length, `${id}: « ${label.fr} »`).toBeLessThanOrEqual(32);
    }
    for (const kind of PICTOGRAM_KINDS) {
      const fr = pictogramsOfKind(kind).map((pictogram) => pictogram.label.fr.toLowerCase());
      expect(new Set(fr).size, kind).toBe(fr.length);
    }
  });

  it('covers the starter vocabulary of PRODUCT.md §6', () => {
    const required = [
      ...[
        'go-to-work',
        'look-for-job',
        'school-run',
        'homework',
        'shopping',
        'cooking',
        'doctor',
        'pharmacy',
      ],
      ...['hospital', 'paperwork', 'caf', 'taxes', 'prefecture', 'bank', 'post-office', 'bus-tram', 'car'],
      ...['call-family', 'video-call', 'messaging', 'social-networks', 'news', 'tv-video', 'music', 'sport'],
      ...['worship', 'association', 'rest', 'housing', 'training-course', 'children-activities'],
      ...['forgot-password', 'no-email-address', 'no-computer', 'no-printer-scanner', 'no-internet-at-home'],
      ...[
        'data-plan-too-expensive',
        'old-phone',
        'app-wont-install',
        'dont-understand-words',
        'form-too-long',
      ],
      ...['fear-of-mistakes', 'fear-of-scams', 'online-only-appointment', 'nobody-to-help', 'language'],
      ...['sight', 'hearing', 'too-fast', 'too-complicated'],
    ];
    const ids = new Set(PICTOGRAMS.map((pictogram) => pictogram.id));
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('pictogram files', () => {
  it('points every entry at an OpenMoji file named by its hexcode', () => {
    for (const { id, file } of PICTOGRAMS) {
      expect(file, id).toMatch(/^openmoji\/[0-9A-F]+(-[0-9A-F]+)*\.svg$/);
    }
  });

  it('has every file on disk as a well-formed, self-contained SVG', () => {
    for (const file of new Set(PICTOGRAMS.map((pictogram) => pictogram.file))) {
      const path = join(publicDir, file);
      expect(existsSync(path), file).toBe(true);
      const svg = readFileSync(path, 'utf8');
      expect(svg.startsWith('<svg'), file).toBe(true);
      expect(svg).toContain('viewBox="0 0 72 72"');
      expect(XMLValidator.validate(svg), file).toBe(true);
      // Offline and safe when drawn: nothing fetched, nothing run.
      expect(svg, file).not.toMatch(/<script|href=|url\(\s*['"]?http/i);
    }
  });

  it('ships no file the catalog does not use', () => {
    const used = new Set(PICTOGRAMS.map((pictogram) => pictogram.file));
    expect(filesOnDisk(publicDir).filter((file) => !used.has(file))).toEqual([]);
  });

  it('lists every file with its hexcode in docs/CREDITS.md, with the licence', () => {
    const credits = readFileSync(join(root, 'docs/CREDITS.md'), 'utf8');
    expect(credits).toContain('CC BY-SA 4.0');
    expect(credits).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    for (const file of new Set(PICTOGRAMS.map((pictogram) => pictogram.file))) {
      expect(credits, file).toContain(`\`${file}\``);
    }
  });
});
