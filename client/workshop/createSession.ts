import { UserOrigin } from '../../shared/ops/origin';
import { createUndoManager } from '../../shared/ops/undo';
import type { OpenedWorkshop } from '../sync/openWorkshop';
import type { WorkshopSession } from './session';

/** The screen's session: one origin for everything this screen writes, and undo tracking only it. */
export function createSession({ workshopId, token, info, connection }: OpenedWorkshop): WorkshopSession {
  const { control, board, plan } = connection.docs;
  const origin = new UserOrigin(info.seatId ?? info.role);
  return {
    workshopId,
    title: info.title,
    role: info.role,
    seatId: info.seatId ?? null,
    token,
    docs: { control: control.doc, board: board.doc, plan: plan.doc },
    awareness: { control: control.awareness, board: board.awareness, plan: plan.awareness },
    origin,
    undo: {
      board: createUndoManager(board.doc, 'board', origin),
      plan: createUndoManager(plan.doc, 'plan', origin),
    },
    joinCode: info.joinCode ?? null,
    concertationId: info.kind === 'stakeholders' ? (info.concertationId ?? null) : null,
  };
}
