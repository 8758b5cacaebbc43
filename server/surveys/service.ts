/**
 * Street-survey sessions behind the HTTP API (PRODUCT.md §4 "Survey"): the lead of a concertation makes
 * a session for a place and a day, with one shared interviewer link; each phone that opens the link
 * trades it for a token and a seat of its own (as a resident's tablet does), then syncs its interviews
 * into the session's `survey` document. The lead sets the questionnaire, reads the session and may
 * erase it; its interviews are pooled into the concertation's field return.
 */
import type { SurveySection } from '../../shared/concertation/surveySection';
import { surveySection } from '../../shared/concertation/surveyStats';
import { CLOSE } from '../../shared/protocol/closeCodes';
import type {
  ConcertationSurvey,
  CreateSurveyRequest,
  CreateSurveyResponse,
  SurveyInfo,
  SurveySeatResponse,
} from '../../shared/protocol/survey';
import { readWorkshop } from '../../shared/read/workshop';
import {
  DEFAULT_QUESTIONNAIRE,
  type Interview,
  type Questionnaire,
  SURVEY_DOC,
} from '../../shared/schema/survey';
import { openTokens, sealTokens } from '../auth/sealedTokens';
import { hashToken, newSeatId, newToken, newWorkshopId } from '../auth/tokens';
import { HttpError } from '../http/respond';
import type { Logger } from '../log';
import type { Store } from '../storage/store';
import type { SurveyRecord } from '../storage/surveyRows';
import type { RoomRegistry } from '../sync/roomRegistry';
import type { WorkshopService } from '../workshops/service';
import { InterviewCache } from './interviewCache';

/** Phones per session: a team of interviewers is a handful; a link passed around is not a crowd. */
export const MAX_SEATS_PER_SURVEY = 100;

/** Checks the lead's token of a concertation (404 / 401 / 403 as the concertation API answers). */
export type LeadCheck = (concertationId: string, token: string | null) => string;

type Caller = { role: 'lead' } | { role: 'interviewer'; seatId: string | null };

export class SurveyService {
  readonly interviews = new InterviewCache();
  /** The last survey section of each concertation, reused while no session and no workshop changed. */
  private readonly sections = new Map<string, { version: string; section: SurveySection }>();

  constructor(
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly workshops: WorkshopService,
    private readonly log: Logger,
    private readonly authorizeLead: LeadCheck,
  ) {}

  create(
    concertationId: string,
    token: string | null,
    input: Required<CreateSurveyRequest>,
  ): CreateSurveyResponse {
    const lead = this.authorizeLead(concertationId, token);
    const id = newWorkshopId();
    const interviewer = newToken();
    this.store.surveys.create(
      {
        id,
        concertationId,
        place: input.place,
        date: input.date,
        questionnaire: DEFAULT_QUESTIONNAIRE,
        sealedToken: sealTokens(lead, { token: interviewer }),
        createdAt: Date.now(),
      },
      hashToken(interviewer),
    );
    this.log.info('survey_created', { concertation: concertationId, survey: id });
    return { id, token: interviewer };
  }

  /** What a phone keeps to work offline all morning; the lead's token reads it too. */
  async info(surveyId: string, token: string | null): Promise<SurveyInfo> {
    const { session, caller } = this.authorize(surveyId, token);
    return this.describe(session, caller);
  }

  /** The shared interviewer link traded for this phone's own token and seat. */
  seat(surveyId: string, token: string | null): SurveySeatResponse {
    const { caller } = this.authorize(surveyId, token);
    if (caller.role !== 'interviewer' || caller.seatId !== null) {
      throw new HttpError(403, 'not_interviewer_link', 'Only the interviewer link can open a new seat.');
    }
    if (this.store.surveys.seatCount(surveyId) >= MAX_SEATS_PER_SURVEY) {
      throw new HttpError(
        429,
        'too_many_seats',
        `This survey session already has ${MAX_SEATS_PER_SURVEY} phones. Ask the lead for a new session.`,
      );
    }
    const seatId = newSeatId();
    const seatToken = newToken();
    this.store.addToken(hashToken(seatToken), { workshopId: surveyId, role: 'interviewer', seatId });
    return { token: seatToken, seatId };
  }

  async setQuestionnaire(
    concertationId: string,
    surveyId: string,
    token: string | null,
    questionnaire: Questionnaire,
  ): Promise<SurveyInfo> {
    const session = this.leadSession(concertationId, surveyId, token);
    this.store.surveys.setQuestionnaire(surveyId, questionnaire);
    return this.describe({ ...session, questionnaire }, { role: 'lead' });
  }

  async delete(concertationId: string, surveyId: string, token: string | null): Promise<void> {
    this.leadSession(concertationId, surveyId, token);
    await this.erase(surveyId);
  }

  /**
   * Stops the session's room first (phones closed as `gone`, unstored writes dropped), then the session
   * and its tokens stop existing, then its document is erased by the store's eraser.
   */
  async erase(surveyId: string): Promise<void> {
    this.rooms.stop(surveyId, CLOSE.gone, 'survey session deleted');
    this.store.surveys.delete(surveyId);
    await this.workshops.eraseDeleted();
    this.log.info('survey_deleted', { survey: surveyId });
  }

  /** Erases every session of a concertation (the lead erases the concertation). */
  async eraseAll(concertationId: string): Promise<void> {
    for (const session of this.store.surveys.of(concertationId)) await this.erase(session.id);
    this.sections.delete(concertationId);
  }

  /** The sessions as the lead's page lists them; the interviewer link only with the lead's token. */
  async list(concertationId: string, leadToken: string | null): Promise<ConcertationSurvey[]> {
    const listed: ConcertationSurvey[] = [];
    for (const session of this.store.surveys.of(concertationId)) {
      const entry: ConcertationSurvey = {
        id: session.id,
        place: session.place,
        date: session.date,
        interviews: (await this.interviewsOf(session.id)).length,
        questionnaire: session.questionnaire,
      };
      const sealed = leadToken && session.sealedToken ? openTokens(leadToken, session.sealedToken) : null;
      const interviewer = (sealed as { token?: unknown } | null)?.token;
      if (typeof interviewer === 'string') entry.token = interviewer;
      listed.push(entry);
    }
    return listed;
  }

  /**
   * The field return's survey section, or null for a concertation without sessions. `baseVersion` is
   * the workshops' part of the field return's version: the section compares with their difficulties.
   */
  async section(
    concertationId: string,
    pooledDifficulties: ReadonlyArray<{ pictogram: string; count: number }>,
    baseVersion: string,
  ): Promise<{ section: SurveySection; version: string } | null> {
    const sessions = this.store.surveys.of(concertationId);
    if (sessions.length === 0) return null;
    const read = await Promise.all(
      sessions.map(async (session) => ({ place: session.place, ...(await this.read(session.id)) })),
    );
    const version = read.map((part) => part.version).join(',');
    const kept = this.sections.get(concertationId);
    if (kept && kept.version === `${baseVersion}#${version}`) return { section: kept.section, version };
    const section = surveySection(read, pooledDifficulties);
    this.sections.set(concertationId, { version: `${baseVersion}#${version}`, section });
    return { section, version };
  }

  private async interviewsOf(surveyId: string): Promise<Interview[]> {
    return (await this.read(surveyId)).interviews;
  }

  /** A session's interviews; one deleted while this request ran (its room refuses to load) has none. */
  private async read(surveyId: string): Promise<{ version: string; interviews: Interview[] }> {
    try {
      return await this.rooms.use(surveyId, SURVEY_DOC, (room) => this.interviews.get(room.doc));
    } catch (error) {
      if (this.store.surveys.get(surveyId) === null) return { version: 'deleted', interviews: [] };
      throw error;
    }
  }

  private async describe(session: SurveyRecord, caller: Caller): Promise<SurveyInfo> {
    const concertation = this.store.concertations.get(session.concertationId);
    const info: SurveyInfo = {
      id: session.id,
      concertationId: session.concertationId,
      concertationTitle: concertation?.title ?? '',
      city: concertation?.city ?? '',
      place: session.place,
      date: session.date,
      questionnaire: session.questionnaire,
      neighbourhoods: await this.neighbourhoods(session.concertationId),
      role: caller.role,
    };
    if (caller.role === 'interviewer' && caller.seatId !== null) info.seatId = caller.seatId;
    return info;
  }

  /** The places of the concertation's residents' workshops, in their order, each once. */
  private async neighbourhoods(concertationId: string): Promise<string[]> {
    const places: string[] = [];
    for (const member of this.store.concertations.workshopsOf(concertationId)) {
      if (member.kind !== 'residents') continue;
      const place = await this.rooms.use(
        member.workshopId,
        'control',
        (room) => readWorkshop(room.doc).place,
      );
      if (place && !places.includes(place)) places.push(place);
    }
    return places;
  }

  private leadSession(concertationId: string, surveyId: string, token: string | null): SurveyRecord {
    this.authorizeLead(concertationId, token);
    const session = this.store.surveys.get(surveyId);
    if (!session || session.concertationId !== concertationId) throw unknownSurvey();
    return session;
  }

  /** 404 for an unknown session whatever the token; 401 for a token that is neither its lead's nor its own. */
  private authorize(surveyId: string, token: string | null): { session: SurveyRecord; caller: Caller } {
    const session = this.store.surveys.get(surveyId);
    if (!session) throw unknownSurvey();
    const hash = token ? hashToken(token) : '';
    if (token && hash === this.store.concertations.get(session.concertationId)?.leadHash) {
      return { session, caller: { role: 'lead' } };
    }
    const record = token ? this.store.findToken(hash) : null;
    if (!record || record.workshopId !== surveyId || record.role !== 'interviewer') {
      throw new HttpError(401, 'bad_token', 'This link is not valid for this survey session.');
    }
    return { session, caller: { role: 'interviewer', seatId: record.seatId } };
  }
}

function unknownSurvey(): HttpError {
  return new HttpError(404, 'unknown_survey', 'This survey session does not exist, or it was deleted.');
}
