/**
 * Frozen documents of every released schema version (tests/fixtures/schema, never regenerated) must
 * load, migrate to the current version and read back with the values they were written with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateDoc, readSchemaVersion } from '../../../shared/migrate/migrateDoc';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrate/version';
import { computeSynthesis } from '../../../shared/model/synthesis';
import { actionText } from '../../../shared/ops/plan/text';
import { readBoard } from '../../../shared/read/board';
import { readPlan } from '../../../shared/read/plan';
import { readWorkshop } from '../../../shared/read/workshop';
import { DEFAULT_CAPABILITY_AXES, DEFAULT_TIMER_MS } from '../../../shared/schema/defaults';
import { DOC_NAMES, type DocName } from '../../../shared/schema/roles';

const FOLDER = join(import.meta.dirname, '../../fixtures/schema');
const T0 = Date.UTC(2026, 2, 12, 9, 0);

function load(version: number, docName: DocName): Y.Doc {
  const file = JSON.parse(readFileSync(join(FOLDER, `v${version}-${docName}.json`), 'utf8'));
  expect(file).toMatchObject({ doc: docName, schemaVersion: version });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(file.update, 'base64'));
  expect(readSchemaVersion(docName, doc)).toBe(version);
  return doc;
}

function migrated(version: number, docName: DocName): Y.Doc {
  const doc = load(version, docName);
  const result = migrateDoc(docName, doc);
  expect(result).toMatchObject({ from: version, to: CURRENT_SCHEMA_VERSION });
  expect(result.applied).toHaveLength(CURRENT_SCHEMA_VERSION - version);
  expect(migrateDoc(docName, doc).applied).toEqual([]);
  return doc;
}

it('there is a frozen fixture for every released version of every document', () => {
  for (let version = 0; version <= CURRENT_SCHEMA_VERSION; version++) {
    for (const docName of DOC_NAMES)
      expect(existsSync(join(FOLDER, `v${version}-${docName}.json`))).toBe(true);
  }
});

describe('v0 fixtures', () => {
  it('control: keeps its words and phase, gains every default setting', () => {
    const settings = readWorkshop(migrated(0, 'control'));
    expect(settings).toMatchObject({
      title: 'Atelier Encagnane',
      place: 'Centre social',
      date: '2025-11-20',
      phase: 'thread',
      doorOpen: true,
      votesPerParticipant: 3,
      capabilityAxes: DEFAULT_CAPABILITY_AXES,
      schemaVersion: 1,
    });
    expect(settings.timer).toEqual({
      endsAt: null,
      remainingMs: 300000,
      durationMs: 300000,
      pauseInputAtZero: false,
    });
  });

  it('board: proposals keep their parent as a link, votes stay, the untallied proposal can be voted', () => {
    const board = readBoard(migrated(0, 'board'));
    expect(board.participants).toEqual([
      { id: 's1', name: 'Fatima', avatar: 'sun', color: '#e67e22', freed: false },
    ]);
    expect(board.items.map((item) => [item.id, item.kind, item.links])).toEqual([
      ['a1', 'activity', []],
      ['d1', 'difficulty', []],
      ['p1', 'proposal', ['d1']],
      ['p2', 'proposal', ['d1']],
    ]);
    expect(board.votes).toEqual({ p1: { s1: 2 } });
    expect(computeSynthesis(board).matrix).toEqual([[1]]);
  });

  it('plan: plain text becomes live text with the same words; the unnumbered action is numbered', () => {
    const doc = migrated(0, 'plan');
    const [first, second] = readPlan(doc).actions;
    expect(first).toMatchObject({
      id: 'x1',
      number: 1,
      context: 'Mots de passe oubliés',
      objectives: 'Accompagner',
    });
    expect(second).toMatchObject({
      id: 'x2',
      number: 2,
      start: '2028-01',
      end: '2027-06',
      budget: 'environ 5 000 €',
    });
    expect(actionText(doc, 'x1', 'context')?.toString()).toBe('Mots de passe oubliés');
    expect(actionText(doc, 'x2', 'indicators')?.toString()).toBe('');
  });
});

describe('v1 fixtures', () => {
  it('control', () => {
    const settings = readWorkshop(migrated(1, 'control'));
    expect(settings).toMatchObject({
      title: 'Atelier Jas de Bouffan',
      place: 'Maison de quartier',
      date: '2026-03-12',
      phase: 'propose',
      votesPerParticipant: 4,
      timer: { endsAt: T0 + DEFAULT_TIMER_MS, remainingMs: DEFAULT_TIMER_MS, pauseInputAtZero: false },
      follow: { canvas: 'board', x: 120, y: -40, zoom: 1.25, bringSeq: 0 },
    });
    expect(settings.capabilityAxes.at(-1)).toEqual({ id: 'mobility', label: 'Mobilité' });
  });

  it('board', () => {
    const board = readBoard(migrated(1, 'board'));
    expect(board.participants.map((p) => [p.name, p.freed])).toEqual([
      ['Ana', false],
      ['Bob', true],
    ]);
    expect(board.votes).toEqual({ p1: { s1: 1, s2: 1 } });
    const synthesis = computeSynthesis(board);
    expect(synthesis.proposals).toEqual([
      {
        id: 'p1',
        pictogram: 'idea',
        label: 'Aide à la prise de rdv',
        votes: 2,
        voters: 2,
        mergedIds: ['p2'],
        difficultyIds: ['d1', 'd2'],
      },
    ]);
    expect(synthesis.difficulties.map((d) => [d.pictogram, d.count, d.words.map((w) => w.label)])).toEqual([
      ['forgot-password', 1, []],
      ['online-appointment', 1, ['Doctolib']],
    ]);
  });

  it('plan', () => {
    const [action] = readPlan(migrated(1, 'plan')).actions;
    expect(action).toMatchObject({
      id: 'x1',
      number: 1,
      title: 'Aide aux rendez-vous en ligne',
      nature: 'reinforce',
      status: 'ready',
      owner: 'CCAS',
      budget: '12 000 €',
      context: 'Doctolib',
      objectives: 'Prendre rendez-vous seul',
      capabilities: { rights: 4 },
      links: ['p1', 'd1'],
    });
  });
});
