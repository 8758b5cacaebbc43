import {
  IconBulb,
  IconCalendarWeek,
  IconFileExport,
  IconHeartHandshake,
  IconNeedleThread,
  IconTimeline,
  type TablerIcon,
} from '@tabler/icons-react';
import type { Phase } from '../../shared/schema/control';

/** One pictogram per phase, the same on every screen, so residents recognise the step without reading. */
export const PHASE_ICONS: Record<Phase, TablerIcon> = {
  welcome: IconHeartHandshake,
  explore: IconCalendarWeek,
  thread: IconNeedleThread,
  propose: IconBulb,
  plan: IconTimeline,
  export: IconFileExport,
};

/** A calm colour per phase (AA with white), used for the phase disc. */
export const PHASE_COLORS: Record<Phase, string> = {
  welcome: '#1f4fa8',
  explore: '#0e682c',
  thread: '#8a3b00',
  propose: '#6133b8',
  plan: '#135492',
  export: '#464a4e',
};
