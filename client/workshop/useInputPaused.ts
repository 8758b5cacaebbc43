import { useNow } from '../hooks/useNow';
import { timerView } from '../timer/timerView';
import { useWorkshopSetting } from './useWorkshopSettings';

export type InputPause = 'locked' | 'timeUp' | null;

/**
 * Whether residents may write now: not while the facilitator locks the board, nor when the timer is
 * up and the facilitator asked for a pause at zero. Tools on residents' screens read this.
 */
export function useInputPaused(): InputPause {
  const locked = useWorkshopSetting('boardLocked');
  const timer = useWorkshopSetting('timer');
  const now = useNow(timer.endsAt !== null && timer.pauseInputAtZero, 500);
  if (locked) return 'locked';
  if (timer.pauseInputAtZero && timerView(timer, now).finished) return 'timeUp';
  return null;
}
