import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';
import { useJoinStatus } from './useJoinStatus';

/**
 * Above this many wrong codes in the window, someone is guessing: a room of tablets mistyping at the
 * start makes a few dozen at most.
 */
export const GUESSING_THRESHOLD = 40;

/** Tells the facilitator that codes are being guessed on this server, and what she can do about it. */
export function JoinGuessNotice() {
  const { t } = useTranslation('facilitate');
  const { workshopId, token } = useWorkshopSession();
  const status = useJoinStatus(workshopId, token);
  if (!status || status.wrongAttempts < GUESSING_THRESHOLD) return null;
  return (
    <p className="join-guess-notice" role="status" data-testid="join-guess-notice">
      <IconAlertTriangle size={22} aria-hidden="true" />
      <span>{t('room.guessing', { count: status.wrongAttempts, minutes: status.windowMinutes })}</span>
    </p>
  );
}
