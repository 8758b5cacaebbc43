/**
 * A workshop bigger than the projector's screen, seeded through the real server with the named ops:
 * 14 activities each with a pulled thread (so "Les fils tirés" has 14 entries), 4 proposals with votes,
 * and 13 actions led by 11 organisations (11 lanes). Labels carry short codes (A01, D01a…) a test can
 * look for in the page.
 */
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addProposal } from '../../shared/ops/board/proposals';
import { castVote } from '../../shared/ops/board/votes';
import { setTimelineSpan } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import { createAction } from '../../shared/ops/plan/actions';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { readItems } from '../../shared/read/board';
import { readPlan } from '../../shared/read/plan';
import type { Day, Period } from '../../shared/schema/board';
import type { Nature } from '../../shared/schema/plan';
import { createWorkshop } from '../helpers/api';
import { connectSynced } from '../helpers/syncClient';
import { RESIDENT_IDS, seatThreeResidents, untilStored } from './seedKit';

const ACTIVITY_PICTOGRAMS = [
  'go-to-work',
  'look-for-job',
  'job-centre',
  'write-cv',
  'school-run',
  'homework',
  'children-activities',
  'school-meeting',
  'doctor',
  'pharmacy',
  'hospital',
  'paperwork',
  'caf',
  'bank',
];
const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const PERIODS: Period[] = ['morning', 'afternoon'];

export const LEADS = [
  'CAF',
  'CCAS',
  'France Travail',
  'Mission locale',
  'Médiathèque',
  'Centre social',
  'Mairie annexe',
  'La Poste',
  'Emmaüs Connect',
  'Maison France services',
  'Association Alpha',
];

export interface ProjectorSeed extends CreateWorkshopResponse {
  /** Activity ids with their code (A01…) and the number of difficulties pulled from each. */
  activities: { id: string; code: string; threads: number }[];
  /** Difficulty codes (D01a…). */
  difficulties: string[];
  /** Proposal labels with their votes, most voted first. */
  proposals: { label: string; votes: number }[];
  actions: { title: string; nature: Nature; lead: string }[];
  residents: number;
}

export async function seedBigWorkshop(baseUrl: string): Promise<ProjectorSeed> {
  const created = await createWorkshop(baseUrl, {
    title: 'Atelier au grand écran',
    place: 'Salle des fêtes',
  });
  const token = created.tokens.facilitator;
  const [board, control, plan] = await Promise.all([
    connectSynced(baseUrl, created.id, 'board', token),
    connectSynced(baseUrl, created.id, 'control', token),
    connectSynced(baseUrl, created.id, 'plan', token),
  ]);
  const origin = new UserOrigin('facilitator');
  const author = 'facilitator';
  const activities: ProjectorSeed['activities'] = [];
  const difficulties: string[] = [];
  const difficultyIds: string[] = [];
  try {
    seatThreeResidents(board.doc, origin);
    ACTIVITY_PICTOGRAMS.forEach((pictogram, index) => {
      const code = `A${String(index + 1).padStart(2, '0')}`;
      const day = DAYS[index % 7] as Day;
      const period = PERIODS[Math.floor(index / 7)] as Period;
      const id = placeActivity(board.doc, { pictogram, label: code, day, period, author }, origin);
      if (!id) throw new Error(`seed: activity ${code} refused`);
      // 1 to 3 difficulties each, so the counts differ and the list has an order to keep.
      const threads = (index % 3) + 1;
      for (let n = 0; n < threads; n++) {
        const label = `D${String(index + 1).padStart(2, '0')}${'abc'[n]}`;
        const difficulty = addDifficulty(
          board.doc,
          { activityId: id, pictogram: 'forgot-password', label, author },
          origin,
        );
        if (!difficulty) throw new Error(`seed: difficulty ${label} refused`);
        difficulties.push(label);
        difficultyIds.push(difficulty);
      }
      activities.push({ id, code, threads });
    });
    const proposals = [
      { label: 'Atelier mots de passe', votes: 3 },
      { label: 'Permanence CAF le mardi', votes: 2 },
      { label: 'Scanner en libre accès', votes: 1 },
      { label: 'Café numérique', votes: 0 },
    ];
    const voters = RESIDENT_IDS;
    proposals.forEach(({ label, votes }, index) => {
      const id = addProposal(
        board.doc,
        { difficultyIds: [difficultyIds[index] as string], pictogram: 'digital-workshop', label, author },
        origin,
      );
      if (!id) throw new Error(`seed: proposal ${label} refused`);
      for (const voter of voters.slice(0, votes)) {
        if (!castVote(board.doc, { proposalId: id, participantId: voter, max: 3 }, origin))
          throw new Error(`seed: vote for ${label} refused`);
      }
    });
    setTimelineSpan(control.doc, { start: '2027-01', end: '2028-12' }, origin);
    const natures: Nature[] = ['continue', 'reinforce', 'new'];
    const actions = [...LEADS, 'CAF', 'CCAS'].map((lead, index) => ({
      title: `Action ${String(index + 1).padStart(2, '0')} ${lead}`,
      nature: natures[index % 3] as Nature,
      lead,
    }));
    actions.forEach((action, index) => {
      const month = String((index % 12) + 1).padStart(2, '0');
      const made = createAction(
        plan.doc,
        { ...action, lane: action.lead, start: `2027-${month}`, end: `2028-${month}` },
        origin,
      );
      if (!made) throw new Error(`seed: action ${action.title} refused`);
    });
    const itemCount = readItems(board.doc).length;
    await untilStored(baseUrl, created, {
      board: (doc) => {
        if (readItems(doc).length !== itemCount) throw new Error('board not stored yet');
      },
      plan: (doc) => {
        if (readPlan(doc).actions.length !== actions.length) throw new Error('plan not stored yet');
      },
    });
    return { ...created, activities, difficulties, proposals, actions, residents: voters.length };
  } finally {
    board.destroy();
    control.destroy();
    plan.destroy();
  }
}
