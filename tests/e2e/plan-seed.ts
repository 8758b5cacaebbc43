/**
 * Seeds a workshop for the plan's end-to-end tests through the public contract only: the HTTP API
 * creates it, the stock y-websocket client writes the residents' board and the phase with the same
 * named ops the screens use, as another tool would.
 */
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addProposal } from '../../shared/ops/board/proposals';
import { castVote } from '../../shared/ops/board/votes';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { readItems } from '../../shared/read/board';
import { readWorkshop } from '../../shared/read/workshop';
import { createWorkshop } from '../helpers/api';
import { connectSynced } from '../helpers/syncClient';
import { seatThreeResidents, untilStored } from './seedKit';

export interface SeededWorkshop extends CreateWorkshopResponse {
  /** Proposal ids by label. */
  proposals: Record<string, string>;
  links: Record<'facilitator' | 'participant' | 'stakeholder' | 'viewer', string>;
}

/** Residents' words for the board: five activities, eight difficulties, three proposals with votes. */
export async function seedPlanWorkshop(baseUrl: string): Promise<SeededWorkshop> {
  const created = await createWorkshop(baseUrl, {
    title: 'Plan d’action – Jas de Bouffan',
    place: 'Centre social',
  });
  const token = created.tokens.facilitator;
  const board = await connectSynced(baseUrl, created.id, 'board', token);
  const control = await connectSynced(baseUrl, created.id, 'control', token);
  const origin = new UserOrigin('facilitator');
  const author = 'facilitator';
  const proposals: Record<string, string> = {};
  try {
    seatThreeResidents(board.doc, origin);
    const caf = placeActivity(board.doc, { pictogram: 'caf', day: 'mon', period: 'morning', author }, origin);
    const job = placeActivity(
      board.doc,
      { pictogram: 'look-for-job', day: 'tue', period: 'morning', author },
      origin,
    );
    const bank = placeActivity(
      board.doc,
      { pictogram: 'bank', day: 'wed', period: 'afternoon', author },
      origin,
    );
    const homework = placeActivity(
      board.doc,
      { pictogram: 'homework', day: 'thu', period: 'evening', author },
      origin,
    );
    const call = placeActivity(
      board.doc,
      { pictogram: 'video-call', day: 'sun', period: 'afternoon', author },
      origin,
    );
    if (!caf || !job || !bank || !homework || !call) throw new Error('seed: activities refused');
    const difficulty = (activityId: string, pictogram: string, label = '') =>
      addDifficulty(board.doc, { activityId, pictogram, label, author }, origin) as string;
    const pwd1 = difficulty(caf, 'forgot-password', 'je note tout sur un papier et je le perds');
    const pwd2 = difficulty(bank, 'forgot-password', 'la banque bloque mon compte');
    const form = difficulty(caf, 'form-too-long', 'le dossier CAF, 12 pages');
    const scan = difficulty(job, 'scan-document');
    const help = difficulty(job, 'nobody-to-help', 'personne au guichet');
    // Needs the plan will not answer in the tests: the synthesis radar shows them as gaps.
    difficulty(homework, 'too-complicated', 'Pronote, je n’y comprends rien');
    difficulty(homework, 'language');
    difficulty(call, 'data-plan-too-expensive', 'le forfait coûte trop cher');
    const propose = (label: string, difficultyIds: string[]) => {
      const id = addProposal(
        board.doc,
        { difficultyIds, pictogram: 'digital-workshop', label, author },
        origin,
      );
      if (!id) throw new Error(`seed: proposal ${label} refused`);
      proposals[label] = id;
      return id;
    };
    const workshop = propose('Atelier mots de passe', [pwd1, pwd2]);
    const desk = propose('Permanence pour les dossiers CAF', [form]);
    const scanner = propose('Scanner en libre accès', [scan, help]);
    for (const [who, id] of [
      ['ana', workshop],
      ['bilal', workshop],
      ['chloe', workshop],
      ['ana', desk],
      ['bilal', desk],
      ['chloe', scanner],
    ] as const) {
      castVote(board.doc, { proposalId: id, participantId: who, max: 3 }, origin);
    }
    setPhase(control.doc, 'plan', origin);
    await untilStored(baseUrl, created, {
      board: (doc) => {
        if (readItems(doc).length !== 16) throw new Error('board not stored yet');
      },
      control: (doc) => {
        if (readWorkshop(doc).phase !== 'plan') throw new Error('phase not stored yet');
      },
    });
  } finally {
    board.destroy();
    control.destroy();
  }
  const link = (t: string) => `${baseUrl}/w/${created.id}#token=${t}`;
  return {
    ...created,
    proposals,
    links: {
      facilitator: link(created.tokens.facilitator),
      participant: link(created.tokens.participant),
      stakeholder: link(created.tokens.stakeholder),
      viewer: link(created.tokens.viewer),
    },
  };
}
