import { DEFAULT_TIMER_MS } from '../../shared/schema/defaults';
import { TimerPie } from '../ui/TimerPie';
import { useWorkshopSetting } from '../workshop/useWorkshopSettings';

export interface WorkshopTimerProps {
  size?: number;
  /** The facilitator always sees it; other screens only once the facilitator has set or started it. */
  always?: boolean;
  sound?: boolean;
}

/** The shared timer of the workshop, as a pie with digits. */
export function WorkshopTimer({ size = 64, always = false, sound = true }: WorkshopTimerProps) {
  const timer = useWorkshopSetting('timer');
  const untouched = timer.endsAt === null && timer.remainingMs === DEFAULT_TIMER_MS;
  if (untouched && !always) return null;
  return <TimerPie timer={timer} size={size} sound={sound} />;
}
