/**
 * The survey charts' words, read with the real French and English files: the summary line, the number
 * written on each bar, what a screen reader says instead of the bar, the catalogue's labels on
 * pictogram bars, the workshops' count beside a street difficulty, and the fragility levels' names.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { type SurveyChartView, surveyView } from '../../../client/concertation/surveyChartWords';
import en from '../../../client/i18n/locales/en/diagnostic.json' with { type: 'json' };
import fr from '../../../client/i18n/locales/fr/diagnostic.json' with { type: 'json' };
import type { SurveySection } from '../../../shared/concertation/surveySection';

const NBSP = '\u00a0';
/** Intl writes `88 %` with a narrow or a plain no-break space, by ICU version: either is French. */
const nobreak = (text: string | undefined) => text?.replace(/\u202f/g, NBSP);

const i18n = i18next.createInstance();
void i18n.init({
  resources: { fr: { diagnostic: fr }, en: { diagnostic: en } },
  lng: 'fr',
  fallbackLng: 'fr',
  ns: ['diagnostic'],
  defaultNS: 'diagnostic',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const words = (language: 'fr' | 'en') => i18n.getFixedT(language, 'diagnostic') as TFunction<'diagnostic'>;

/** 42 interviews at three places; counts written by hand. */
const SECTION: SurveySection = {
  interviews: 42,
  byPlace: { 'Marché du Jas': 20, 'École Jules-Ferry': 15, Encagnane: 7 },
  equipment: { smartphone: 0.875, computer: 0.5, tablet: 0.25, internetAtHome: 0.6, dataPlan: 0 },
  equipmentAnswered: { smartphone: 40, computer: 40, tablet: 40, internetAtHome: 40, dataPlan: 40 },
  difficulties: [
    { pictogram: 'forgot-password', count: 12, inWorkshops: 3 },
    { pictogram: 'data-plan-too-expensive', count: 6, inWorkshops: 0 },
    { pictogram: 'old-phone', count: 1, inWorkshops: 1 },
  ],
  uses: [{ pictogram: 'caf', count: 9 }],
  help: { family: 18, neighbours: 4, professionals: 1, nobody: 0 },
  digitalFragility: [5, 10, 2, 1],
  socialFragility: [0, 0, 0, 0],
  wouldCome: { yes: 11, no: 30 },
  ageBands: { under25: 0, '25to39': 0, '40to59': 0, '60to74': 0, '75plus': 0 },
  byNeighbourhood: {},
};

function chart(charts: SurveyChartView[], id: string): SurveyChartView {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}

describe('the survey charts in French', () => {
  const view = surveyView(SECTION, words('fr'), 'fr');

  test('open with one line: how many people, in how many places', () => {
    expect(view.summary).toBe('42 personnes interrogées dans 3 lieux');
    const one = surveyView({ ...SECTION, interviews: 1, byPlace: { Encagnane: 1 } }, words('fr'), 'fr');
    expect(one.summary).toBe('1 personne interrogée dans 1 lieu');
  });

  test('write each rate as a percentage, and say it in words', () => {
    const bars = chart(view.charts, 'equipment').bars;
    expect(bars.map((bar) => [bar.label, nobreak(bar.shown)])).toEqual([
      ['Smartphone', `88${NBSP}%`],
      ['Ordinateur', `50${NBSP}%`],
      ['Tablette', `25${NBSP}%`],
      ['Internet à la maison', `60${NBSP}%`],
      ['Forfait internet sur le téléphone', `0${NBSP}%`],
    ]);
    expect(nobreak(bars[0]?.spoken)).toBe(`88${NBSP}% des personnes qui ont répondu`);
  });

  test('put the catalogue’s words on pictogram bars and the workshops’ count beside each difficulty', () => {
    const bars = chart(view.charts, 'difficulties').bars;
    expect(bars.map((bar) => [bar.pictogram, bar.label, bar.shown, bar.spoken, bar.inWorkshops])).toEqual([
      ['forgot-password', 'Mot de passe oublié', '12', '12 personnes', 'citée 3 fois en atelier'],
      ['data-plan-too-expensive', 'Forfait trop cher', '6', '6 personnes', 'jamais citée en atelier'],
      ['old-phone', 'Téléphone trop vieux', '1', '1 personne', 'citée 1 fois en atelier'],
    ]);
    expect(chart(view.charts, 'uses').bars[0]?.label).toBe('Aides de la CAF');
  });

  test('name the fragility levels, and count interviews per place', () => {
    const levels = chart(view.charts, 'digitalFragility').bars;
    expect(levels.map((bar) => [bar.level, bar.label, bar.shown])).toEqual([
      [0, 'Aucune', '5'],
      [1, 'Légère', '10'],
      [2, 'Marquée', '2'],
      [3, 'Forte', '1'],
    ]);
    const places = chart(view.charts, 'byPlace').bars;
    expect(places.map((bar) => [bar.label, bar.spoken])).toEqual([
      ['Marché du Jas', '20 entretiens'],
      ['École Jules-Ferry', '15 entretiens'],
      ['Encagnane', '7 entretiens'],
    ]);
  });

  test('say a question nobody answered rather than draw empty bars', () => {
    expect(chart(view.charts, 'socialFragility').answered).toBe(false);
    expect(chart(view.charts, 'help').answered).toBe(true);
    expect(chart(view.charts, 'help').bars.map((bar) => bar.label)).toEqual([
      'La famille',
      'Les voisins',
      'Des professionnels',
      'Personne',
    ]);
  });

  test('say « pas de réponse » for an item nobody answered, and draw a real 0 %', () => {
    const partly = { ...SECTION, equipmentAnswered: { ...SECTION.equipmentAnswered, tablet: 0 } };
    const bars = chart(surveyView(partly, words('fr'), 'fr').charts, 'equipment').bars;
    expect(bars.map((bar) => bar.shown)).toEqual([
      '88\u00a0%',
      '50\u00a0%',
      'pas de réponse',
      '60\u00a0%',
      '0\u00a0%',
    ]);
    const none = {
      ...SECTION,
      equipmentAnswered: { smartphone: 0, computer: 0, tablet: 0, internetAtHome: 0, dataPlan: 0 },
    };
    expect(chart(surveyView(none, words('fr'), 'fr').charts, 'equipment').answered).toBe(false);
  });

  test('keep French typography in the hints', () => {
    expect(chart(view.charts, 'digitalFragility').hint).toBe(
      `Estimée par l’enquêteur, de «${NBSP}aucune${NBSP}» à «${NBSP}forte${NBSP}».`,
    );
  });
});

describe('the survey charts in English', () => {
  test('say the same figures in English', () => {
    const view = surveyView(SECTION, words('en'), 'en');
    expect(view.summary).toBe('42 people interviewed in 3 places');
    const difficulties = chart(view.charts, 'difficulties').bars;
    expect(difficulties.map((bar) => [bar.label, bar.inWorkshops])).toEqual([
      ['Forgot my password', 'raised 3 times in workshops'],
      ['Data plan too expensive', 'never raised in workshops'],
      ['Phone too old', 'raised once in workshops'],
    ]);
    expect(chart(view.charts, 'equipment').bars[0]?.shown).toBe('88%');
  });
});
