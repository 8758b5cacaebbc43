import { describe, expect, it } from 'vitest';
import { displayLabel } from '../../../shared/pictograms/displayLabel';
import { pictogramLabel } from '../../../shared/pictograms/lookup';
import { TestBoard } from '../../helpers/testBoard';

const catalog = (id: string) => pictogramLabel(id, 'fr');

describe('displayLabel', () => {
  it('names a catalogue pictogram by the catalogue', () => {
    expect(displayLabel('forgot-password', 'mon code CAF', catalog)).toBe('Mot de passe oublié');
  });

  it('names a pictogram the catalogue does not know by the item’s own words, never by its id', () => {
    expect(displayLabel('password', '  Code perdu ', catalog)).toBe('Code perdu');
    expect(displayLabel('bus', 'Le bus 12', () => undefined)).toBe('Le bus 12');
  });

  it('is empty when neither knows anything, so the caller says it in its own language', () => {
    expect(displayLabel('password', '', catalog)).toBe('');
    expect(displayLabel('password', 42, catalog)).toBe('');
    expect(displayLabel('password', undefined, () => '   ')).toBe('');
  });
});

describe('computeSynthesis itemLabels', () => {
  it('keeps the words residents wrote most often per pictogram', () => {
    const board = new TestBoard()
      .join('ana')
      .place('ana', 'bus', 'mon', 'morning', 'b1')
      .difficulty('ana', 'b1', 'password', 'code', 'd1')
      .difficulty('ana', 'b1', 'password', 'Mot de passe', 'd2')
      .difficulty('ana', 'b1', 'password', 'Mot de passe', 'd3')
      .difficulty('ana', 'b1', 'no-email', '', 'd4');
    const { itemLabels } = board.synthesis();
    expect(itemLabels).toEqual({ password: 'Mot de passe' });
  });
});
