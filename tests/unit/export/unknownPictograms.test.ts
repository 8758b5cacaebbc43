import { describe, expect, it } from 'vitest';
import { buildWorkshopJson } from '../../../shared/export/json/exportJson';
import { readExportInput } from '../../../shared/export/model/buildExportModel';
import { synthesisTable } from '../../../shared/export/model/tables';
import { addDifficulty, placeActivity } from '../../../shared/ops/board/items';
import { addParticipant } from '../../../shared/ops/board/participants';
import { freshDocs } from '../../fixtures/export/docs';
import { modelOf, origin } from './setup';

/** Pictograms another tool wrote (`bus`, `password`): the catalogue knows neither. */
function foreignDocs() {
  const docs = freshDocs('Atelier');
  addParticipant(docs.board, { id: 'p1', name: 'Ana', avatar: 'cat', color: '#1f4fa8' }, origin);
  const now = 1_800_000_000_000;
  placeActivity(
    docs.board,
    { id: 'a1', author: 'p1', pictogram: 'bus', day: 'mon', period: 'morning', now },
    origin,
  );
  const add = (id: string, pictogram: string, label: string) =>
    addDifficulty(docs.board, { id, author: 'p1', activityId: 'a1', pictogram, label, now }, origin);
  add('d1', 'password', 'Mot de passe perdu');
  add('d2', 'password', '');
  add('d3', 'forgot-password', 'mon code');
  return docs;
}

describe('exports name a pictogram the catalogue does not know by its items’ words', () => {
  it('in the synthesis table', () => {
    const model = modelOf(foreignDocs());
    expect(model.synthesis.columns.map((column) => column.name)).toEqual([
      'Mot de passe perdu',
      'Mot de passe oublié',
    ]);
    const table = synthesisTable(model);
    const text = JSON.stringify(table);
    expect(text).toContain('Mot de passe perdu (2)');
    expect(text).not.toMatch(/"password|"bus/);
    expect(table?.rows[0]?.[0]).toBe('Autre activité (1)');
  });

  it('in the JSON export’s pictogram names', () => {
    const docs = foreignDocs();
    const json = buildWorkshopJson(readExportInput(docs.control, docs.board, docs.plan));
    expect((json.derived as { pictogramNames: unknown }).pictogramNames).toMatchObject({
      password: 'Mot de passe perdu',
    });
  });
});
