import { describe, expect, it } from 'vitest';
import { RESIDENT_NAMES } from '../../fixtures/export/workshop';
import { emptyModel, fixtureModel } from './setup';

describe('buildExportModel', () => {
  const model = fixtureModel();

  it('covers the workshop: title, place, date in words, residents counted and never named', () => {
    expect(model.cover).toMatchObject({
      title: 'Atelier de concertation du Jas de Bouffan',
      place: 'Centre social Les Amandiers, Aix-en-Provence',
      date: '12 mars 2027',
      participantCount: 6,
      counts: { activities: 10, difficulties: 9, proposals: 5, actions: 5 },
    });
    const everything = JSON.stringify(model);
    for (const name of RESIDENT_NAMES) expect(everything).not.toContain(name);
  });

  it('names pictograms from the catalog in the workshop language', () => {
    expect(model.synthesis.rows.map((row) => row.name)).toContain('Aides de la CAF');
    expect(model.synthesis.columns[0]).toMatchObject({
      id: 'forgot-password',
      name: 'Mot de passe oublié',
      count: 2,
    });
    expect(fixtureModel('en').synthesis.columns[0]?.name).toBe('Forgot my password');
  });

  it('ranks proposals by votes, named by their words, duplicates folded in', () => {
    const [first, second] = model.synthesis.proposals;
    expect(first).toMatchObject({ name: 'Une permanence numérique le mercredi', votes: 3, voters: 3 });
    expect(second).toMatchObject({
      name: 'Un atelier pour les mots de passe',
      words: ['Apprendre à gérer ses mots de passe'],
      votes: 2,
    });
    expect(second?.answers).toEqual(['Mot de passe oublié']);
  });

  it('lays the week out by cell, with difficulty counts, and lists unplaced activities apart', () => {
    const mondayMorning = model.week.cells.find((c) => c.day === 'mon' && c.period === 'morning');
    expect(mondayMorning?.groups.map((g) => [g.id, g.count, g.difficulties])).toEqual([
      ['school-run', 1, 1],
      ['bus-tram', 1, 1],
      ['shopping', 1, 0],
    ]);
    expect(model.week.unplaced.map((g) => g.id)).toEqual(['bank']);
  });

  it('orders sheets as the timeline: by start month, then number; undated last', () => {
    expect(model.actions.map((a) => a.number)).toEqual([1, 4, 2, 3, 5]);
    expect(model.timeline.entries.map((e) => e.id)).toEqual(model.actions.map((a) => a.id));
  });

  it('fills every fiche field and traces what it answers back to residents’ words', () => {
    const sheet = model.actions[0];
    expect(sheet).toMatchObject({
      title: 'Permanences numériques de proximité',
      natureLabel: 'À poursuivre',
      axis: 'Accès aux droits et aux services essentiels',
      calendar: 'janvier 2027 → décembre 2029',
      owner: 'Centre social Les Amandiers',
      budget: '12 000 €',
      missing: [],
    });
    expect(sheet?.description).toContain('Aller-vers');
    expect(sheet?.capabilities.map((c) => c.score)).toEqual([1, 4, 2, 3, 2]);
    const forgot = sheet?.difficulties.find((d) => d.id === 'forgot-password');
    expect(forgot).toMatchObject({ count: 2, activities: ['Aller chez le médecin', 'Papiers, démarches'] });
    // The linked item's words come first, then the other residents' words on the same difficulty.
    expect(forgot?.words).toEqual(['mot de passe Ameli oublié', 'trop de mots de passe']);
    expect(sheet?.difficulties.map((d) => d.id).sort()).toEqual([
      'fear-of-mistakes',
      'forgot-password',
      'form-too-long',
    ]);
    expect(sheet?.proposals).toMatchObject([{ name: 'Une permanence numérique le mercredi', votes: 3 }]);
  });

  it('resolves a link to a merged duplicate to the proposal standing for its group', () => {
    const sheet = model.actions.find((a) => a.id === 'act-pwd');
    expect(sheet?.proposals).toMatchObject([
      { itemId: 'pr-pwd', name: 'Un atelier pour les mots de passe', votes: 2 },
    ]);
  });

  it('lists what a barely started sheet lacks, and says when dates are to set', () => {
    const sheet = model.actions.find((a) => a.id === 'act-job');
    expect(sheet?.missing).toEqual(['Porteur', 'Objectifs', 'Calendrier', 'Public cible']);
    expect(sheet?.calendar).toBe('Dates à préciser');
  });

  it('speaks English when the workshop does', () => {
    const english = fixtureModel('en');
    expect(english.labels.actionSheets).toBe('Action sheets');
    expect(english.actions[0]?.natureLabel).toBe('To continue');
    expect(english.cover.date).toBe('12 March 2027');
    expect(english.credit).toMatch(/^Pictograms: OpenMoji/);
  });

  it('exports an empty workshop without failing', () => {
    const empty = emptyModel();
    expect(empty.actions).toEqual([]);
    expect(empty.synthesis.rows).toEqual([]);
    expect(empty.cover.participantCount).toBe(0);
    expect(empty.credit).toContain('OpenMoji');
  });
});
