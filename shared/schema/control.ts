/** The `control` document: workshop settings the facilitator drives and every screen follows. */

export const PHASES = ['welcome', 'explore', 'thread', 'propose', 'plan', 'export'] as const;
export type Phase = (typeof PHASES)[number];

/** Stored as an end time, not ticks, so a screen that reconnects shows the right time at once. */
export interface Timer {
  /** Epoch ms when the timer reaches zero; null when paused or never started. */
  endsAt: number | null;
  /** Remaining time while paused (endsAt null); the full duration before the first start. */
  remainingMs: number;
  /**
   * The whole length of the current countdown (set on reset, grown by added time), so the pie shows how
   * much of it is left even after a pause. Optional: timers stored before it existed have none, and
   * readers fill it in.
   */
  durationMs?: number;
  /** Whether residents' input pauses when the timer reaches zero. */
  pauseInputAtZero: boolean;
}

/** What the facilitator shows; tablets and the projector follow it when asked to. */
export interface Viewport {
  /** Which canvas the facilitator is on. */
  canvas: 'board' | 'plan';
  x: number;
  y: number;
  zoom: number;
  /** Bumped by "bring everyone here", so followers jump even to the same viewport again. */
  bringSeq: number;
}

export interface CapabilityAxis {
  id: string;
  label: string;
}

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `YYYY-MM`: months are the finest grain of the action plan's calendar. */
export type YearMonth = string;

export const CUSTOM_PICTOGRAM_KINDS = ['activity', 'difficulty'] as const;

export interface CustomPictogram {
  id: string;
  kind: 'activity' | 'difficulty';
  label: string;
  /** The id of a pictogram from the shipped set that illustrates it. */
  pictogram: string;
}

export interface WorkshopSettings {
  title: string;
  place: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  language: Language;
  phase: Phase;
  /** Whether the join code admits new residents; the server refuses codes while it is closed. */
  doorOpen: boolean;
  /**
   * Epoch ms at which the door closes by itself (the facilitator chose "close in 15 / 30 / 60 min");
   * null when no closing is planned. The server refuses join codes from then on, whatever `doorOpen`
   * says, so closing does not depend on the facilitator's laptop being awake. Optional in stored
   * documents: readers fill in null, so it needed no schema version.
   */
  doorClosesAt: number | null;
  /** Residents' writes are refused by the UI while the facilitator locks the board. */
  boardLocked: boolean;
  timer: Timer;
  follow: Viewport | null;
  timelineStart: YearMonth;
  timelineEnd: YearMonth;
  capabilityAxes: CapabilityAxis[];
  /** How many dot votes each resident may place in the proposals phase. */
  votesPerParticipant: number;
  /** Activities and difficulties the facilitator added for this workshop. */
  customPictograms: CustomPictogram[];
  schemaVersion: number;
}
