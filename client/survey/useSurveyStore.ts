/**
 * The interviewer's screen state: how far the phone is from "ready for the street", the counts shown in
 * the status bar, and the interview being asked (its step and answers, a draft until the last screen
 * saves it through commands.ts). The interviews themselves live in the survey document only.
 */
import { create } from 'zustand';
import type { SurveyInfo } from '../../shared/protocol/survey';
import { EMPTY_ANSWERS, type InterviewAnswers } from '../../shared/schema/survey';
import type { BundleState } from '../pictograms/bundleLoader';
import type { SyncState } from '../workshop/session';
import { next, previous, type Step, skip, stepsOf } from './flow';

export type SurveyFailure =
  /** The link has no token and this phone holds none for the session. */
  | 'no_token'
  /** No network, and this phone never opened the link on the wifi: nothing to work from. */
  | 'never_prepared'
  /** The session was deleted (or the link is mistyped). */
  | 'deleted'
  /** The token is not (or no longer) valid for this session. */
  | 'wrong_link'
  /** The session has as many phones as it takes. */
  | 'full'
  | 'server_error';

/** Whether the page can come back with no network: `unsupported` on a plain-http address. */
export type ShellState = 'checking' | 'ready' | 'unsupported' | 'failed';

export interface Readiness {
  seat: boolean;
  pictograms: BundleState;
  /** The pictogram bundle is in IndexedDB, not only in memory. */
  pictogramsKept: boolean;
  shell: ShellState;
  /** The document reached the server once since the page opened (or was loaded from the phone). */
  synced: boolean;
}

export interface SurveyState {
  opening: 'checking' | 'open' | 'failed';
  failure: SurveyFailure | null;
  info: SurveyInfo | null;
  seatId: string | null;
  readiness: Readiness;
  sync: SyncState;
  /** Interviews this phone saved in this session, sent or not. */
  mine: number;
  /** This phone's interviews the server has not stored yet. */
  waiting: number;
  /** The server refused an update and the phone started again from the server's copy. */
  resetNotice: boolean;
  /** Null on the ready screen; the index in `steps` while asking. */
  step: number | null;
  steps: Step[];
  answers: InterviewAnswers;
  /** Ids saved since the page opened, the newest last ("interview 3 saved"). */
  savedNow: number;

  setOpening(opening: SurveyState['opening'], failure?: SurveyFailure): void;
  setInfo(info: SurveyInfo, seatId: string): void;
  setReadiness(patch: Partial<Readiness>): void;
  setCounts(counts: { sync: SyncState; mine: number; waiting: number }): void;
  noteReset(): void;
  startInterview(): void;
  /** Back at a kept interview's question (after a reload), within this questionnaire's steps. */
  resumeInterview(step: number, answers: InterviewAnswers): void;
  setAnswers(answers: InterviewAnswers): void;
  goNext(): void;
  goBack(): void;
  skipQuestion(): void;
  /** After a save: a fresh interview at its first question. */
  interviewSaved(): void;
  stopInterviewing(): void;
}

export const useSurveyStore = create<SurveyState>((set, get) => ({
  opening: 'checking',
  failure: null,
  info: null,
  seatId: null,
  readiness: { seat: false, pictograms: 'idle', pictogramsKept: false, shell: 'checking', synced: false },
  sync: 'connecting',
  mine: 0,
  waiting: 0,
  resetNotice: false,
  step: null,
  steps: [],
  answers: EMPTY_ANSWERS,
  savedNow: 0,

  setOpening: (opening, failure) => set({ opening, failure: failure ?? null }),
  setInfo: (info, seatId) => set({ info, seatId, steps: stepsOf(info.questionnaire, info.neighbourhoods) }),
  setReadiness: (patch) => set({ readiness: { ...get().readiness, ...patch } }),
  setCounts: (counts) => set(counts),
  noteReset: () => set({ resetNotice: true }),
  startInterview: () => set({ step: 0, answers: EMPTY_ANSWERS }),
  resumeInterview: (step, answers) => {
    const last = get().steps.length - 1;
    if (last >= 0) set({ step: Math.max(0, Math.min(step, last)), answers });
  },
  setAnswers: (answers) => set({ answers }),
  goNext: () => {
    const { step, steps } = get();
    if (step !== null) set({ step: next(steps, step) });
  },
  goBack: () => {
    const { step } = get();
    if (step === null) return;
    set({ step: step === 0 ? null : previous(step) });
  },
  skipQuestion: () => {
    const { step, steps, answers } = get();
    if (step === null) return;
    const skipped = skip(steps, step, answers);
    set({ step: skipped.index, answers: skipped.answers });
  },
  interviewSaved: () => set({ step: 0, answers: EMPTY_ANSWERS, savedNow: get().savedNow + 1 }),
  stopInterviewing: () => set({ step: null, answers: EMPTY_ANSWERS }),
}));
