/**
 * *Tirer le fil*: the thread model of the residents' fresco. An activity's thread is the difficulties
 * residents hung off it; proposals answer difficulties. Also who may change what and when input is
 * open, decided here once so the tablet, the facilitator's screen and the tests agree. Pure.
 */
import { type BoardItem, FACILITATOR_AUTHOR } from '../schema/board';
import type { Phase, Timer } from '../schema/control';
import type { Role } from '../schema/roles';

export interface Thread {
  activity: BoardItem;
  /** In creation order, as readers give items. */
  difficulties: BoardItem[];
  /** Proposals (not merged away) answering at least one of these difficulties. */
  proposals: BoardItem[];
}

/** The thread of an activity, or null when the activity is gone (a panel showing it then closes). */
export function readThread(items: readonly BoardItem[], activityId: string): Thread | null {
  const activity = items.find((item) => item.id === activityId && item.kind === 'activity');
  if (!activity) return null;
  const difficulties = items.filter((item) => item.kind === 'difficulty' && item.parent === activityId);
  const ids = new Set(difficulties.map((item) => item.id));
  const proposalIds = new Set(items.filter((item) => item.kind === 'proposal').map((item) => item.id));
  // Merged into a proposal that is gone (a resident removed their own, leaving others' ids): not merged.
  const mergedAway = (item: BoardItem) => item.mergedInto !== null && proposalIds.has(item.mergedInto);
  const proposals = items.filter(
    (item) => item.kind === 'proposal' && !mergedAway(item) && item.links.some((link) => ids.has(link)),
  );
  return { activity, difficulties, proposals };
}

/** Activity id → how many difficulties hang off it (activities without any are absent). */
export function threadCounts(items: readonly BoardItem[]): Map<string, number> {
  const activities = new Set(items.filter((item) => item.kind === 'activity').map((item) => item.id));
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.kind === 'difficulty' && item.parent !== null && activities.has(item.parent)) {
      counts.set(item.parent, (counts.get(item.parent) ?? 0) + 1);
    }
  }
  return counts;
}

export interface DifficultyChoice {
  difficulty: BoardItem;
  /** The activity it was found in; null for a difficulty whose activity is gone. */
  activity: BoardItem | null;
}

/** Difficulties a proposal can answer, each with the activity it hangs off, in creation order. */
export function difficultyChoices(items: readonly BoardItem[]): DifficultyChoice[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return items
    .filter((item) => item.kind === 'difficulty')
    .map((difficulty) => {
      const parent = difficulty.parent === null ? undefined : byId.get(difficulty.parent);
      return { difficulty, activity: parent?.kind === 'activity' ? parent : null };
    });
}

/** Who is at the screen: a resident has a seat; other roles have none. */
export interface Actor {
  role: Role;
  seatId: string | null;
}

/** The `author` written on items this actor creates. */
export function authorOf(actor: Actor): string {
  return actor.role === 'participant' && actor.seatId ? actor.seatId : FACILITATOR_AUTHOR;
}

/**
 * Residents move and remove only their own pictograms; the facilitator keeps order and may change any.
 * The server cannot tell items apart by author (it checks roles per document), so this is a UI rule:
 * it protects residents from mistakes, not from a determined peer.
 */
export function canChangeItem(actor: Actor, item: Pick<BoardItem, 'author'>): boolean {
  if (actor.role === 'facilitator') return true;
  return actor.role === 'participant' && actor.seatId !== null && item.author === actor.seatId;
}

/** Why a screen may not write to the board right now, or null when it may. */
export type InputBlock = 'readOnly' | 'locked' | 'paused';

/** True when the timer reached zero and the facilitator asked for input to pause then. */
export function timerPausesInput(timer: Timer, now: number): boolean {
  if (!timer.pauseInputAtZero) return false;
  return timer.endsAt !== null ? now >= timer.endsAt : timer.remainingMs <= 0;
}

export function inputBlock(
  actor: Actor,
  settings: { boardLocked: boolean; timer: Timer },
  now: number,
): InputBlock | null {
  if (actor.role === 'facilitator') return null;
  if (actor.role !== 'participant') return 'readOnly';
  if (settings.boardLocked) return 'locked';
  return timerPausesInput(settings.timer, now) ? 'paused' : null;
}

/** What residents can do on the fresco in each phase; what is not for now is hidden, not greyed out. */
export interface FrescoTools {
  /** Place, move and remove activities. */
  place: boolean;
  /** Open an activity's thread and hang difficulties off it. */
  thread: boolean;
  /** Write proposals answering difficulties. */
  propose: boolean;
  /** Put dot votes on proposals. */
  vote: boolean;
}

export function toolsOf(phase: Phase): FrescoTools {
  return {
    place: phase === 'explore',
    thread: phase === 'thread',
    propose: phase === 'propose',
    vote: phase === 'propose',
  };
}
