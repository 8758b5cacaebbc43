/**
 * The survey section against a hand-counted fixture: two sessions, six interviews (one of them
 * arriving twice), every figure worked out on paper first.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { surveyCharts } from '../../../shared/concertation/surveyCharts';
import { surveySection } from '../../../shared/concertation/surveyStats';
import { UserOrigin } from '../../../shared/ops/origin';
import { saveInterview } from '../../../shared/ops/survey/interviews';
import { readInterviews } from '../../../shared/read/survey';
import { EMPTY_ANSWERS, type Interview, type InterviewAnswers } from '../../../shared/schema/survey';

const origin = new UserOrigin('seat-a');

function interviewsOf(answers: Array<Partial<InterviewAnswers>>): Interview[] {
  const doc = new Y.Doc();
  for (const [index, partial] of answers.entries()) {
    const full = { ...EMPTY_ANSWERS, ...partial };
    saveInterview(doc, { answers: full, author: 'seat-a', now: 1000 + index }, origin);
  }
  return readInterviews(doc);
}

const market = interviewsOf([
  {
    ageBand: '25to39',
    neighbourhood: 'Jas de Bouffan',
    equipment: { smartphone: true, computer: false, internetAtHome: true },
    uses: ['messaging', 'paperwork'],
    difficulties: ['forgot-password', 'form-too-long'],
    help: ['family'],
    wouldCome: true,
    digitalFragility: 1,
    socialFragility: 0,
  },
  {
    ageBand: '60to74',
    equipment: { smartphone: true, computer: false, internetAtHome: false },
    uses: ['phone-call-family'],
    difficulties: ['forgot-password', 'no-internet-at-home'],
    help: ['nobody'],
    wouldCome: false,
    digitalFragility: 3,
    socialFragility: 2,
  },
  { equipment: { smartphone: false }, difficulties: ['forgot-password'], help: ['professionals', 'family'] },
]);

const school = interviewsOf([
  {
    ageBand: '25to39',
    neighbourhood: 'Encagnane',
    equipment: { smartphone: true, computer: true, tablet: true, internetAtHome: true, dataPlan: true },
    uses: ['messaging', 'school-run'],
    help: ['neighbours'],
    wouldCome: true,
    digitalFragility: 0,
    socialFragility: 0,
  },
  { uses: ['messaging'], difficulties: ['form-too-long'], digitalFragility: 2 },
  {},
]);

describe('the survey section', () => {
  // The first market interview synced twice: the school's list carries it again.
  const section = surveySection(
    [
      { place: 'Marché du Jas', interviews: market },
      { place: 'École Paul Arène', interviews: [...school, market[0] as Interview] },
    ],
    [
      { pictogram: 'forgot-password', count: 5 },
      { pictogram: 'no-internet-at-home', count: 0 },
    ],
  );

  it('counts each interview once, per place', () => {
    expect(section.interviews).toBe(6);
    expect(section.byPlace).toEqual({ 'Marché du Jas': 3, 'École Paul Arène': 3 });
  });

  it('rates equipment over the interviews that answered', () => {
    // smartphone: 4 answered, 3 yes; computer: 3 answered, 1 yes; internet: 3 answered, 2 yes.
    expect(section.equipment).toEqual({
      smartphone: 0.75,
      computer: 1 / 3,
      tablet: 1,
      internetAtHome: 2 / 3,
      dataPlan: 1,
    });
    expect(section.equipmentAnswered).toEqual({
      smartphone: 4,
      computer: 3,
      tablet: 1,
      internetAtHome: 3,
      dataPlan: 1,
    });
  });

  it('ranks difficulties and uses, beside the workshops', () => {
    expect(section.difficulties).toEqual([
      { pictogram: 'forgot-password', count: 3, inWorkshops: 5 },
      { pictogram: 'form-too-long', count: 2, inWorkshops: 0 },
      { pictogram: 'no-internet-at-home', count: 1, inWorkshops: 0 },
    ]);
    expect(section.uses).toEqual([
      { pictogram: 'messaging', count: 3 },
      { pictogram: 'paperwork', count: 1 },
      { pictogram: 'phone-call-family', count: 1 },
      { pictogram: 'school-run', count: 1 },
    ]);
  });

  it('counts help, fragility, who would come, ages and neighbourhoods', () => {
    expect(section.help).toEqual({ family: 2, neighbours: 1, professionals: 1, nobody: 1 });
    expect(section.digitalFragility).toEqual([1, 1, 1, 1]);
    expect(section.socialFragility).toEqual([2, 0, 1, 0]);
    expect(section.wouldCome).toEqual({ yes: 2, no: 1 });
    expect(section.ageBands).toEqual({ under25: 0, '25to39': 2, '40to59': 0, '60to74': 1, '75plus': 0 });
    expect(section.byNeighbourhood).toEqual({ 'Jas de Bouffan': 1, Encagnane: 1 });
  });

  it('is empty but whole with no interview', () => {
    const empty = surveySection([], []);
    expect(empty.interviews).toBe(0);
    expect(empty.equipment.smartphone).toBe(0);
    expect(empty.digitalFragility).toEqual([0, 0, 0, 0]);
  });

  it('draws the same figures as charts', () => {
    const charts = surveyCharts(section);
    const byId = new Map(charts.map((chart) => [chart.id, chart]));
    expect(byId.get('equipment')?.bars.map((bar) => bar.value)).toEqual([0.75, 1 / 3, 1, 2 / 3, 1]);
    const difficulties = byId.get('difficulties')?.bars ?? [];
    expect(difficulties[0]).toMatchObject({ key: 'forgot-password', pictogram: true, value: 3, share: 1 });
    expect(difficulties[1]?.share).toBeCloseTo(2 / 3);
    expect(byId.get('digitalFragility')?.bars.map((bar) => bar.key)).toEqual(['0', '1', '2', '3']);
    expect(byId.get('byPlace')?.bars.map((bar) => bar.value)).toEqual([3, 3]);
  });
});

describe('reading interviews a peer wrote', () => {
  it('keeps what fits and drops what does not', () => {
    const doc = new Y.Doc();
    const record = new Y.Map<unknown>();
    doc.getMap('interviews').set('odd', record);
    record.set('ageBand', 'forty');
    record.set('help', new Y.Array());
    (record.get('help') as Y.Array<string>).push(['family', 'the-mayor']);
    record.set('digitalFragility', 7);
    record.set('wouldCome', 'yes');
    doc.getMap('interviews').set('not-a-record', 12);
    const [odd, ...rest] = readInterviews(doc);
    expect(rest).toEqual([]);
    expect(odd).toMatchObject({ ageBand: null, help: ['family'], digitalFragility: null, wouldCome: null });
  });
});
