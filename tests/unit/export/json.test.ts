import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildWorkshopJson, stringifyWorkshopJson } from '../../../shared/export/json/exportJson';
import { importWorkshopJson, WorkshopJsonError } from '../../../shared/export/json/importJson';
import { WORKSHOP_JSON_SCHEMA } from '../../../shared/export/json/schema';
import { readExportInput } from '../../../shared/export/model/buildExportModel';
import { freshDocs, type WorkshopDocs } from '../../fixtures/export/docs';
import { writeHostileFixture } from '../../fixtures/export/hostile';
import { RESIDENT_NAMES } from '../../fixtures/export/workshop';
import { fixtureDocs, origin } from './setup';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(WORKSHOP_JSON_SCHEMA);

function exportOf(docs: WorkshopDocs) {
  return JSON.parse(
    stringifyWorkshopJson(buildWorkshopJson(readExportInput(docs.control, docs.board, docs.plan))),
  );
}

function roundTrip(docs: WorkshopDocs) {
  const json = exportOf(docs);
  const copy = freshDocs('');
  const report = importWorkshopJson(json, copy, origin);
  return { json, again: exportOf(copy), report };
}

describe('JSON export', () => {
  it('validates against its schema and never names residents', () => {
    const json = exportOf(fixtureDocs());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ format: 'fresco-workshop', formatVersion: 1 });
    expect(json.items).toHaveLength(24);
    expect(json.actions).toHaveLength(5);
    const text = JSON.stringify(json);
    for (const name of RESIDENT_NAMES) expect(text).not.toContain(name);
  });

  it('re-imports through the ops into the same workshop', () => {
    const { json, again, report } = roundTrip(fixtureDocs());
    expect(report).toMatchObject({ participants: 6, items: 24, actions: 5, skipped: [] });
    expect(again).toEqual(json);
  });

  it('round-trips hostile text unchanged, and serialises it inertly', () => {
    const docs = freshDocs('');
    writeHostileFixture(docs, origin);
    const text = stringifyWorkshopJson(
      buildWorkshopJson(readExportInput(docs.control, docs.board, docs.plan)),
    );
    expect(text).not.toMatch(/[<>]/);
    const { json, again } = roundTrip(docs);
    expect(validate(json)).toBe(true);
    expect(again).toEqual(json);
  });

  it('refuses what is not a Fresco export or is from a newer format, and skips what it cannot place', () => {
    expect(() => importWorkshopJson({ format: 'other' }, freshDocs(''), origin)).toThrow(WorkshopJsonError);
    expect(() =>
      importWorkshopJson({ format: 'fresco-workshop', formatVersion: 2 }, freshDocs(''), origin),
    ).toThrow(/version 2/);
    const report = importWorkshopJson(
      {
        format: 'fresco-workshop',
        formatVersion: 1,
        workshop: { title: 42, capabilityAxes: 'nope' },
        participants: [null, { id: 'p1' }],
        items: [
          { id: 'd1', kind: 'difficulty', parent: 'gone', pictogram: 'x', createdAt: 1 },
          { id: 'n1', kind: 'note', createdAt: 2 },
          'junk',
        ],
        votes: { nothing: { p1: 3 } },
        actions: [{ id: 'a1', nature: 'weird', capabilities: { work: 9 } }],
      },
      freshDocs(''),
      origin,
    );
    expect(report).toMatchObject({ participants: 1, items: 0, votes: 0, actions: 1 });
    expect(report.skipped).toEqual([
      { id: 'd1', reason: 'noActivity' },
      { id: 'n1', reason: 'note' },
    ]);
  });
});
