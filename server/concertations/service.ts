/**
 * The concertation behind the HTTP API: a lead (pilote) creates it, adds one residents' workshop per
 * neighbourhood and a stakeholders' workshop, sees them all, reads the pooled field return, and may
 * erase everything. A workshop's facilitator or stakeholder may read the concertation and its field
 * return too (the stakeholders' workshop shows it), never its tokens.
 */

import { type FieldReturn, mergeContributions } from '../../shared/concertation/fieldReturn';
import type {
  ConcertationInfo,
  ConcertationWorkshop,
  ConcertationWorkshopCreated,
  CreateConcertationRequest,
  CreateConcertationResponse,
  WorkshopKind,
  WorkshopState,
} from '../../shared/protocol/concertation';
import type { WorkshopTokens } from '../../shared/protocol/http';
import { readBoard } from '../../shared/read/board';
import { readPlan } from '../../shared/read/plan';
import { readWorkshop } from '../../shared/read/workshop';
import type { Language } from '../../shared/schema/control';
import { openTokens, sealTokens } from '../auth/sealedTokens';
import { hashToken, newToken, newWorkshopId } from '../auth/tokens';
import type { SchemaInput } from '../export/schemaInput';
import { HttpError } from '../http/respond';
import type { Logger } from '../log';
import type { ConcertationRecord, Membership } from '../storage/concertationRows';
import type { Store } from '../storage/store';
import type { SurveyService } from '../surveys/service';
import type { RoomRegistry } from '../sync/roomRegistry';
import type { WorkshopService } from '../workshops/service';
import type { WorkshopInput } from '../workshops/validate';
import { ContributionCache } from './contributionCache';

type Caller = { kind: 'lead'; token: string } | { kind: 'member'; workshopId: string };

export class ConcertationService {
  readonly contributions = new ContributionCache();
  /** The last pooled return of each concertation (and language), reused while no workshop changed. */
  private readonly pooled = new Map<string, { field: FieldReturn; version: string }>();

  constructor(
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly workshops: WorkshopService,
    private readonly log: Logger,
    /** Set once the survey service exists (it checks the lead's token here). */
    public surveys: SurveyService | null = null,
  ) {}

  create(input: Required<CreateConcertationRequest>): CreateConcertationResponse {
    const id = newWorkshopId();
    const token = newToken();
    this.store.concertations.create({ id, ...input, leadHash: hashToken(token), createdAt: Date.now() });
    this.log.info('concertation_created', { concertation: id });
    return { id, token };
  }

  async addWorkshop(
    id: string,
    token: string | null,
    input: WorkshopInput & { kind: WorkshopKind },
  ): Promise<ConcertationWorkshopCreated> {
    const lead = this.authorizeLead(id, token);
    const created = await this.workshops.create(input, (tokens) => ({
      concertationId: id,
      kind: input.kind,
      sealedTokens: sealTokens(lead, { tokens }),
    }));
    return { ...created, concertationId: id, kind: input.kind };
  }

  async info(id: string, token: string | null): Promise<ConcertationInfo> {
    const { record, caller } = this.authorize(id, token);
    const workshops = await Promise.all(
      this.store.concertations.workshopsOf(id).map((membership) => this.describe(membership, caller)),
    );
    return {
      id,
      title: record.title,
      city: record.city,
      workshops,
      surveys: this.surveys ? await this.surveys.list(id, caller.kind === 'lead' ? caller.token : null) : [],
      role: caller.kind,
    };
  }

  /** The pooled field return, and a version that changes whenever it may have (an ETag). */
  async fieldReturn(
    id: string,
    token: string | null,
    language: Language,
  ): Promise<{ field: FieldReturn; version: string }> {
    this.authorize(id, token);
    const residents = this.store.concertations.workshopsOf(id).filter((m) => m.kind === 'residents');
    const parts = await Promise.all(
      residents.map(({ workshopId }) => this.contribution(workshopId, language)),
    );
    const field = mergeContributions(parts.map((part) => part.contribution));
    let version = parts.map((part) => part.version).join('|');
    const survey = await this.surveys?.section(id, field.difficulties, version);
    if (survey) {
      field.survey = survey.section;
      version += `#${survey.version}`;
    }
    return { field, version };
  }

  private async contribution(workshopId: string, language: Language) {
    const control = await this.rooms.use(workshopId, 'control', (room) => room.doc);
    const board = await this.rooms.use(workshopId, 'board', (room) => room.doc);
    return this.contributions.get({ board, control }, language, () => {
      const settings = readWorkshop(control);
      return {
        workshopId,
        place: settings.place,
        date: settings.date,
        board: readBoard(board),
        custom: settings.customPictograms,
      };
    });
  }

  /**
   * Everything the schéma is written from: the stakeholders' workshop (the first, if there are several),
   * the residents' boards its actions may link to, and the pooled field return. The lead's only.
   */
  async schemaInput(id: string, token: string | null, language: Language): Promise<SchemaInput> {
    this.authorizeLead(id, token);
    const record = this.store.concertations.get(id) as ConcertationRecord;
    const members = this.store.concertations.workshopsOf(id);
    const stakeholders = members.find((m) => m.kind === 'stakeholders');
    if (!stakeholders) {
      throw new HttpError(
        409,
        'no_stakeholders_workshop',
        'The schéma is written in a stakeholders’ workshop: add one first.',
      );
    }
    const read = async (workshopId: string) => ({
      workshop: await this.rooms.use(workshopId, 'control', (room) => readWorkshop(room.doc)),
      board: await this.rooms.use(workshopId, 'board', (room) => readBoard(room.doc)),
    });
    const own = await read(stakeholders.workshopId);
    const plan = await this.rooms.use(stakeholders.workshopId, 'plan', (room) => readPlan(room.doc));
    const linked: SchemaInput['linked'] = [];
    for (const member of members.filter((m) => m.kind === 'residents')) {
      const { workshop, board } = await read(member.workshopId);
      linked.push([member.workshopId, { place: workshop.place, board, custom: workshop.customPictograms }]);
    }
    const { field } = await this.fieldReturn(id, token, language);
    return {
      concertation: { id, title: record.title, city: record.city },
      stakeholders: { workshop: { ...own.workshop, language }, board: own.board, plan },
      linked,
      field,
    };
  }

  /** Erases every workshop of the concertation, then the concertation itself. */
  async delete(id: string, token: string | null): Promise<void> {
    this.authorizeLead(id, token);
    for (const { workshopId } of this.store.concertations.workshopsOf(id))
      await this.workshops.erase(workshopId);
    await this.surveys?.eraseAll(id);
    this.store.concertations.delete(id);
    for (const language of ['fr', 'en']) this.pooled.delete(`${id}.${language}`);
    this.log.info('concertation_deleted', { concertation: id });
  }

  /** The concertation a workshop belongs to, for the stakeholders' screens; null for a lone workshop. */
  membershipOf(workshopId: string): Membership | null {
    return this.store.concertations.membershipOf(workshopId);
  }

  private async describe(membership: Membership, caller: Caller): Promise<ConcertationWorkshop> {
    const { workshopId, kind } = membership;
    const settings = await this.rooms.use(workshopId, 'control', (room) => readWorkshop(room.doc));
    const entry: ConcertationWorkshop = {
      id: workshopId,
      title: settings.title,
      place: settings.place,
      date: settings.date,
      kind,
    };
    if (caller.kind !== 'lead') return entry;
    const sealed = membership.sealedTokens ? openTokens(caller.token, membership.sealedTokens) : null;
    const tokens = (sealed as { tokens?: WorkshopTokens } | null)?.tokens;
    if (tokens) entry.tokens = tokens;
    entry.joinCode = this.store.getWorkshop(workshopId)?.joinCode ?? '';
    entry.state = await this.stateOf(workshopId, settings.phase);
    return entry;
  }

  private async stateOf(workshopId: string, phase: string): Promise<WorkshopState> {
    const board = await this.rooms.use(workshopId, 'board', (room) => readBoard(room.doc));
    // The board's items carry their time of writing: the last one is the workshop's last contribution.
    const last = board.items.reduce((latest, item) => Math.max(latest, item.createdAt), 0);
    return {
      phase,
      residents: board.participants.length,
      items: board.items.length,
      lastActivity: last > 0 ? last : null,
    };
  }

  /** The lead's token, or 404 / 401 / 403 (also for the survey sessions' routes). */
  authorizeLead(id: string, token: string | null): string {
    const { caller } = this.authorize(id, token);
    if (caller.kind !== 'lead') throw new HttpError(403, 'forbidden', 'Only the lead’s link allows that.');
    return caller.token;
  }

  /** 404 for an unknown concertation whatever the token; 401 for a token that is neither lead nor member. */
  private authorize(id: string, token: string | null): { record: ConcertationRecord; caller: Caller } {
    const record = this.store.concertations.get(id);
    if (!record)
      throw new HttpError(
        404,
        'unknown_concertation',
        'This concertation does not exist, or it was deleted.',
      );
    const hash = token ? hashToken(token) : '';
    if (token && hash === record.leadHash) return { record, caller: { kind: 'lead', token } };
    const found = token ? this.store.findToken(hash) : null;
    const member = found ? this.store.concertations.membershipOf(found.workshopId) : null;
    if (!found || member?.concertationId !== id) {
      throw new HttpError(401, 'bad_token', 'This link is not valid for this concertation.');
    }
    if (found.role !== 'facilitator' && found.role !== 'stakeholder') {
      throw new HttpError(403, 'forbidden', 'This link does not allow that.');
    }
    return { record, caller: { kind: 'member', workshopId: found.workshopId } };
  }
}
