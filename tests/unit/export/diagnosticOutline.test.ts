/**
 * The schéma's diagnostic outline from a hand-written survey section: where it stands, and every figure
 * as its table says it, written out literally (French spacing included), not recomputed by the labels.
 */
import { describe, expect, test } from 'vitest';
import { buildCsv } from '../../../shared/export/csv';
import type { Block, OutlinePart } from '../../../shared/export/model/blocks';
import { chartsOf } from '../../../shared/export/model/outlineDiagnostic';
import { parseCsv } from '../../fixtures/export/inspect';
import { SURVEY, surveySchema } from '../../fixtures/export/surveySchema';

const NB = '\u00a0';

function rows(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [`# ${block.text}`];
    if (block.kind === 'paragraph') return [`${block.lead ? `${block.lead} ` : ''}${block.text}`];
    if (block.kind === 'table')
      return [block.table.header, ...block.table.rows].map((row) => row.join(' | '));
    if (block.kind === 'picture') return [`[${block.alt}]`];
    return [];
  });
}

function diagnostic(part: OutlinePart | undefined): string[] {
  expect(part, 'the diagnostic part').toBeDefined();
  return rows(part?.blocks ?? []);
}

describe('the schéma’s diagnostic', () => {
  const { outline, model } = surveySchema();
  const part = outline.parts.find((p) => p.kind === 'diagnostic');

  test('stands before the pooled field return, only when there are street surveys', () => {
    expect(outline.parts.map((p) => p.kind)).toEqual([
      'cover',
      'diagnostic',
      'synthesis',
      'frescos',
      'sheets',
      'sheet',
      'closing',
    ]);
    expect(part?.blocks[0]).toEqual({ kind: 'pageBreak' });
    expect(surveySchema(null).outline.parts.map((p) => p.kind)).not.toContain('diagnostic');
  });

  test('says every figure, question by question, with a chart for each but the ages', () => {
    expect(diagnostic(part)).toEqual([
      `# Diagnostic${NB}: enquêtes de rue`,
      'Des habitants rencontrés dans la rue, au marché ou à la sortie de l’école ont répondu à quelques questions, en deux minutes. On ne leur a demandé ni leur nom, ni leur adresse. Chaque personne est comptée une seule fois.',
      `En tout${NB}: 12 personnes interrogées`,
      '# Où les enquêtes ont eu lieu',
      `[Image${NB}: Où les enquêtes ont eu lieu]`,
      'Lieu | Personnes',
      'Marché du Jas | 7',
      'École Paul Arène | 5',
      'Total | 12',
      '# Leur équipement',
      'Part des personnes qui ont répondu à la question et qui ont cet équipement.',
      `[Image${NB}: Leur équipement]`,
      'Équipement | Part',
      `Un smartphone | 75${NB}%`,
      `Un ordinateur | 33${NB}%`,
      `Une tablette | 20${NB}%`,
      `Internet à la maison | 67${NB}%`,
      `Internet sur le téléphone (forfait) | 50${NB}%`,
      '# Ce qu’ils font sur internet',
      `[Image${NB}: Ce qu’ils font sur internet]`,
      'Usage | Personnes',
      'Envoyer des messages | 9',
      'Papiers, démarches | 5',
      'Emmener les enfants à l’école | 3',
      '# Les difficultés rencontrées',
      'À côté, combien de fois les ateliers des habitants ont trouvé la même difficulté.',
      `[Image${NB}: Les difficultés rencontrées]`,
      'Difficulté | Combien de fois',
      'Mot de passe oublié | citée 6 fois dans la rue, 2 fois en atelier',
      'Formulaire trop long | citée 4 fois dans la rue, jamais en atelier',
      'Pas d’internet à la maison | citée 1 fois dans la rue, jamais en atelier',
      '# Qui les aide',
      `[Image${NB}: Qui les aide]`,
      'Aide | Personnes',
      'La famille | 7',
      'Les voisins | 3',
      'Des professionnels | 4',
      'Personne | 2',
      `# Viendraient-ils à un atelier${NB}?`,
      `[Image${NB}: Viendraient-ils à un atelier${NB}?]`,
      'Réponse | Personnes',
      'Oui | 8',
      'Non | 3',
      '# Fragilité numérique',
      'Estimée par la personne qui a mené l’enquête, de 0 (aucune) à 3 (forte).',
      `[Image${NB}: Fragilité numérique]`,
      'Niveau | Personnes',
      '0 – aucune | 2',
      '1 – légère | 3',
      '2 – marquée | 4',
      '3 – forte | 1',
      '# Fragilité sociale',
      'Estimée par la personne qui a mené l’enquête, de 0 (aucune) à 3 (forte).',
      `[Image${NB}: Fragilité sociale]`,
      'Niveau | Personnes',
      '0 – aucune | 5',
      '1 – légère | 4',
      '2 – marquée | 2',
      '3 – forte | 1',
      '# Leur âge',
      'Âge | Personnes',
      'Moins de 25 ans | 1',
      '25 à 39 ans | 4',
      '40 à 59 ans | 3',
      '60 à 74 ans | 2',
      '75 ans et plus | 1',
      '# Le quartier où ils vivent',
      'Quartier | Personnes',
      'Jas de Bouffan | 6',
      'Encagnane | 4',
    ]);
  });

  test('the charts carry the same figures, worded, difficulties with the workshops’ count', () => {
    const charts = chartsOf(outline);
    expect(charts.map((chart) => chart.id)).toEqual([
      'byPlace',
      'equipment',
      'uses',
      'difficulties',
      'help',
      'wouldCome',
      'digitalFragility',
      'socialFragility',
    ]);
    const difficulties = charts.find((chart) => chart.id === 'difficulties');
    expect(difficulties?.bars).toEqual([
      {
        label: 'Mot de passe oublié',
        value: '6',
        share: 1,
        note: '2 en atelier',
        pictogram: 'forgot-password',
      },
      {
        label: 'Formulaire trop long',
        value: '4',
        share: 4 / 6,
        note: 'pas en atelier',
        pictogram: 'form-too-long',
      },
      {
        label: 'Pas d’internet à la maison',
        value: '1',
        share: 1 / 6,
        note: 'pas en atelier',
        pictogram: 'no-internet-at-home',
      },
    ]);
    const equipment = charts.find((chart) => chart.id === 'equipment');
    expect(equipment?.bars.map((bar) => [bar.label, bar.value, bar.share])).toEqual([
      ['Un smartphone', `75${NB}%`, 0.75],
      ['Un ordinateur', `33${NB}%`, 1 / 3],
      ['Une tablette', `20${NB}%`, 0.2],
      ['Internet à la maison', `67${NB}%`, 2 / 3],
      ['Internet sur le téléphone (forfait)', `50${NB}%`, 0.5],
    ]);
    expect(charts.find((chart) => chart.id === 'digitalFragility')?.bars.map((bar) => bar.label)).toEqual([
      '0 – aucune',
      '1 – légère',
      '2 – marquée',
      '3 – forte',
    ]);
  });

  test('leaves out the chart of a question nobody answered, and says so for lists', () => {
    const empty = surveySchema({ ...SURVEY, uses: [], wouldCome: { yes: 0, no: 0 } }).outline;
    expect(chartsOf(empty).map((chart) => chart.id)).not.toContain('uses');
    expect(chartsOf(empty).map((chart) => chart.id)).not.toContain('wouldCome');
    const lines = diagnostic(empty.parts.find((p) => p.kind === 'diagnostic'));
    const uses = lines.indexOf('# Ce qu’ils font sur internet');
    expect(lines[uses + 1]).toBe('Personne n’a encore répondu à cette question.');
  });

  test('names « another neighbourhood » and an equipment item nobody answered in words', () => {
    const outline = surveySchema({
      ...SURVEY,
      byNeighbourhood: { Encagnane: 4, other: 2 },
      equipmentAnswered: { ...SURVEY.equipmentAnswered, tablet: 0 },
    }).outline;
    const lines = diagnostic(outline.parts.find((p) => p.kind === 'diagnostic'));
    expect(lines).toContain('Un autre quartier | 2');
    expect(lines).toContain('Une tablette | pas de réponse');
  });

  test('the CSV gives the same figures as rows after the actions', () => {
    const table = parseCsv(buildCsv(model, outline), ';');
    const start = table.findIndex((row) => row[0] === `Diagnostic${NB}: enquêtes de rue`);
    expect(start).toBeGreaterThan(0);
    const figures = table.slice(start + 1);
    expect(figures[0]).toEqual(['Question', 'Réponse', 'Chiffre']);
    expect(figures).toContainEqual(['Où les enquêtes ont eu lieu', 'Marché du Jas', '7']);
    expect(figures).toContainEqual(['Leur équipement', 'Un smartphone', `75${NB}%`]);
    expect(figures).toContainEqual([
      'Les difficultés rencontrées',
      'Mot de passe oublié',
      'citée 6 fois dans la rue, 2 fois en atelier',
    ]);
    expect(figures).toContainEqual(['Fragilité sociale', '0 – aucune', '5']);
    expect(figures).toContainEqual(['Leur âge', '25 à 39 ans', '4']);
    expect(figures).toHaveLength(1 + 3 + 5 + 3 + 3 + 4 + 2 + 4 + 4 + 5 + 2);
    expect(parseCsv(buildCsv(model, surveySchema(null).outline), ';').flat()).not.toContain('Question');
  });

  test('in English', () => {
    const lines = diagnostic(surveySchema(SURVEY, 'en').outline.parts.find((p) => p.kind === 'diagnostic'));
    expect(lines).toContain('# Diagnostic: street surveys');
    expect(lines).toContain('In all: 12 people interviewed');
    expect(lines).toContain('A smartphone | 75%');
    expect(lines).toContain('Forgot my password | raised 6 times in the street, 2 times in workshops');
    expect(lines).toContain('Form too long | raised 4 times in the street, never in workshops');
    expect(lines).toContain('No internet at home | raised once in the street, never in workshops');
    expect(lines).toContain('0 – none | 5');
    expect(lines).toContain('# Would they come to a workshop?');
  });
});
