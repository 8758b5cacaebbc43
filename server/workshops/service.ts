/**
 * The workshop lifecycle behind the HTTP API: create, check a token, join by code, claim a seat from
 * the participant link, free or reassign a seat, end a tablet's session, delete everything.
 */

import { CLOSE } from '../../shared/protocol/closeCodes';
import type {
  CreateWorkshopResponse,
  JoinResponse,
  JoinStatus,
  WorkshopInfo,
  WorkshopTokens,
} from '../../shared/protocol/http';
import type { Role } from '../../shared/schema/roles';
import type { JoinLimiter } from '../auth/joinLimiter';
import { hashToken, newJoinCode, newSeatId, newToken, newWorkshopId } from '../auth/tokens';
import { HttpError } from '../http/respond';
import type { Logger } from '../log';
import type { Membership } from '../storage/concertationRows';
import { Eraser } from '../storage/eraser';
import type { Store, TokenRecord } from '../storage/store';
import type { RoomRegistry } from '../sync/roomRegistry';
import { initControl, isDoorOpen, markSeatFreed, markSeatReclaimed, readTitle } from './docAccess';
import type { WorkshopInput } from './validate';

export interface Caller {
  token: string | null;
  address: string;
  device: string;
}

export class WorkshopService {
  private readonly eraser: Eraser;

  constructor(
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly limiter: JoinLimiter,
    private readonly log: Logger,
  ) {
    this.eraser = new Eraser(store, log);
    // Rows a process stopped mid-erase left behind (the store finds them as it opens) go now.
    this.eraser.erase().catch((error: unknown) => log.warn('erase_failed', { error: String(error) }));
  }

  /** A concertation's workshop passes its membership: stored in the same transaction as the workshop. */
  async create(
    input: WorkshopInput,
    membership?: (tokens: WorkshopTokens) => Omit<Membership, 'workshopId'>,
  ): Promise<CreateWorkshopResponse> {
    const created = this.register(membership);
    await this.rooms.use(created.id, 'control', (room) => initControl(room.doc, input));
    await this.rooms.durable(created.id, 'control');
    this.log.info('workshop_created', { workshop: created.id });
    return created;
  }

  /** A new workshop's id, join code and four tokens, with documents still empty (create, import). */
  register(membership?: (tokens: WorkshopTokens) => Omit<Membership, 'workshopId'>): CreateWorkshopResponse {
    const id = newWorkshopId();
    const joinCode = this.freeJoinCode();
    const tokens = {
      facilitator: newToken(),
      participant: newToken(),
      stakeholder: newToken(),
      viewer: newToken(),
    };
    this.store.createWorkshop(
      { id, joinCode, createdAt: Date.now() },
      (Object.keys(tokens) as Role[]).map((role) => ({
        hash: hashToken(tokens[role]),
        workshopId: id,
        role,
        seatId: null,
      })),
      membership?.(tokens),
    );
    return { id, joinCode, tokens };
  }

  async info(workshopId: string, token: string | null): Promise<WorkshopInfo> {
    const { record } = this.authorize(workshopId, token);
    const title = await this.rooms.use(workshopId, 'control', (room) => readTitle(room.doc));
    const info: WorkshopInfo = { id: workshopId, title, role: record.role };
    if (record.seatId) info.seatId = record.seatId;
    if (record.role === 'facilitator') info.joinCode = this.store.getWorkshop(workshopId)?.joinCode ?? '';
    const membership = this.store.concertations.membershipOf(workshopId);
    if (membership) {
      info.concertationId = membership.concertationId;
      info.kind = membership.kind;
    }
    return info;
  }

  /** See joinLimiter.ts for why a right code gets in even from an address that guessed too much. */
  async join(code: string | null, caller: Caller): Promise<JoinResponse & { seatId: string }> {
    const admission = this.limiter.admit(caller.address, caller.device);
    if (admission.kind === 'wait') throw tooManyAttempts(admission.who, admission.retryAfterMs);
    try {
      if (admission.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, admission.delayMs));
      const workshop = code ? this.store.findWorkshopByJoinCode(code) : null;
      if (!workshop) {
        this.limiter.recordFailure(caller.address, caller.device);
        throw new HttpError(
          404,
          'unknown_code',
          'This code does not open any workshop. Check the digits on the screen.',
        );
      }
      return await this.openSeat(workshop.id);
    } finally {
      if (admission.kind === 'slow') admission.release();
    }
  }

  /** For the facilitator's notice: guesses are of unknown codes, so they are counted server-wide. */
  joinStatus(workshopId: string, token: string | null): JoinStatus {
    this.authorize(workshopId, token, ['facilitator']);
    return {
      wrongAttempts: this.limiter.recentWrongAttempts(),
      windowMinutes: Math.round(this.limiter.noticeWindowMs / 60_000),
    };
  }

  /** A tablet that opened the shared participant link trades it for a seat of its own. */
  async claimSeat(workshopId: string, token: string | null): Promise<JoinResponse & { seatId: string }> {
    const { record } = this.authorize(workshopId, token);
    if (record.role !== 'participant' || record.seatId !== null) {
      throw new HttpError(403, 'not_participant_link', 'Only the participant link can open a new seat.');
    }
    return this.openSeat(workshopId);
  }

  async freeSeat(workshopId: string, token: string | null, seatId: string): Promise<void> {
    this.authorize(workshopId, token, ['facilitator']);
    this.store.revokeSeatTokens(workshopId, seatId);
    this.rooms.disconnect(workshopId, CLOSE.unauthorized, 'seat freed', seatId);
    await this.rooms.use(workshopId, 'board', (room) => markSeatFreed(room.doc, seatId));
    await this.rooms.durable(workshopId, 'board');
  }

  /** Gives a seat (and everything its resident placed) to another tablet: the old tablet is signed out. */
  async reassignSeat(
    workshopId: string,
    token: string | null,
    seatId: string,
  ): Promise<JoinResponse & { seatId: string }> {
    this.authorize(workshopId, token, ['facilitator']);
    this.store.revokeSeatTokens(workshopId, seatId);
    this.rooms.disconnect(workshopId, CLOSE.unauthorized, 'seat reassigned', seatId);
    const seatToken = newToken();
    this.store.addToken(hashToken(seatToken), { workshopId, role: 'participant', seatId });
    await this.rooms.use(workshopId, 'board', (room) => markSeatReclaimed(room.doc, seatId));
    await this.rooms.durable(workshopId, 'board');
    return { workshopId, token: seatToken, seatId };
  }

  /** "End my session" on a shared tablet: the seat token stops working; what the resident said stays. */
  async endSession(workshopId: string, token: string | null): Promise<void> {
    const { record, hash } = this.authorize(workshopId, token, ['participant']);
    if (!record.seatId) return;
    await this.rooms.durable(workshopId, 'board');
    this.store.revokeToken(hash);
    this.rooms.disconnect(workshopId, CLOSE.unauthorized, 'session ended', record.seatId);
    await this.rooms.use(workshopId, 'board', (room) => markSeatFreed(room.doc, record.seatId as string));
  }

  /**
   * Stops the rooms first (sockets closed as `gone`, unstored writes dropped), so nothing of the
   * workshop can be stored after; then the workshop stops existing; then its documents are erased in
   * short steps and the log truncated. Resolves once no file holds a byte of it.
   */
  async delete(workshopId: string, token: string | null): Promise<void> {
    this.authorize(workshopId, token, ['facilitator']);
    await this.erase(workshopId);
  }

  /** Erases every deleted workshop's or survey session's rows still in the store (see Eraser). */
  eraseDeleted(): Promise<void> {
    return this.eraser.erase();
  }

  /** `delete` without the token check, for a concertation's lead erasing all its workshops. */
  async erase(workshopId: string): Promise<void> {
    this.rooms.stop(workshopId, CLOSE.gone, 'workshop deleted');
    this.store.deleteWorkshop(workshopId);
    const started = performance.now();
    await this.eraser.erase();
    this.log.info('workshop_deleted', {
      workshop: workshopId,
      eraseMs: Math.round(performance.now() - started),
    });
  }

  /** 404 for an unknown workshop whatever the token; 401 for a missing or foreign token; 403 for a role. */
  authorize(
    workshopId: string,
    token: string | null,
    roles?: readonly Role[],
  ): { record: TokenRecord & { role: Role }; hash: string } {
    if (!this.store.getWorkshop(workshopId)) {
      throw new HttpError(404, 'unknown_workshop', 'This workshop does not exist, or it was deleted.');
    }
    const hash = token ? hashToken(token) : '';
    const record = token ? this.store.findToken(hash) : null;
    // An interviewer's token belongs to a survey session, never to a workshop (sessions and workshops
    // have distinct ids; this holds even if they did not).
    if (!record || record.workshopId !== workshopId || record.role === 'interviewer') {
      throw new HttpError(401, 'bad_token', 'This link is not valid for this workshop.');
    }
    const role = record.role;
    if (roles && !roles.includes(role)) {
      throw new HttpError(403, 'forbidden', 'This link does not allow that.');
    }
    return { record: { ...record, role }, hash };
  }

  private async openSeat(workshopId: string): Promise<JoinResponse & { seatId: string }> {
    const open = await this.rooms.use(workshopId, 'control', (room) => isDoorOpen(room.doc, Date.now()));
    if (!open) {
      throw new HttpError(
        403,
        'door_closed',
        'The workshop is closed to new participants. Ask the facilitator.',
      );
    }
    const seatId = newSeatId();
    const token = newToken();
    this.store.addToken(hashToken(token), { workshopId, role: 'participant', seatId });
    return { workshopId, token, seatId };
  }

  private freeJoinCode(): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const code = newJoinCode();
      if (!this.store.findWorkshopByJoinCode(code)) return code;
    }
    throw new HttpError(503, 'no_join_code', 'No free join code could be found; try again.');
  }
}

function tooManyAttempts(who: 'device' | 'address', retryAfterMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new HttpError(
    429,
    'too_many_attempts',
    who === 'device'
      ? `Too many wrong codes from this tablet. Wait about ${Math.ceil(seconds / 60)} min, or scan the QR code.`
      : `Many wrong codes were tried from this network. Try again in ${seconds} s, or scan the QR code.`,
  );
}
