import { IconClockOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { serverNow } from '../../api/serverClock';
import { useNow } from '../../hooks/useNow';
import { Button } from '../../ui/Button';
import { CLOSE_IN_MINUTES, cancelDoorClose, closeDoorIn, type DoorContext } from './commands';
import { answerDesk } from './useDeskCue';

export interface DoorScheduleProps {
  door: DoorContext;
  /** Whether the door admits residents now (open, and its closing time not passed). */
  open: boolean;
}

/** "Close the door in 15 / 30 / 60 min", or when it will close and a way to keep it open. */
export function DoorSchedule({ door, open }: DoorScheduleProps) {
  const { t, i18n } = useTranslation('facilitate');
  const closesAt = door.settings.doorClosesAt;
  const now = useNow(closesAt !== null, 1000);
  // The closing time is on the server's clock; the laptop shows it on its own.
  const time =
    closesAt === null
      ? ''
      : new Date(closesAt - (serverNow() - Date.now())).toLocaleTimeString(i18n.language, {
          hour: '2-digit',
          minute: '2-digit',
        });
  if (!open) {
    return closesAt !== null && door.settings.doorOpen ? (
      <p className="hint door-schedule">{t('room.closedAt', { time })}</p>
    ) : null;
  }
  if (closesAt !== null) {
    const minutes = Math.max(1, Math.ceil((closesAt - now) / 60_000));
    return (
      <div className="door-schedule" data-testid="door-schedule">
        <p className="hint">{t('room.closesAt', { time, count: minutes })}</p>
        <Button
          label={t('room.keepOpen')}
          icon={<IconClockOff size={22} />}
          variant="quiet"
          onClick={() => answerDesk(cancelDoorClose(door))}
        />
      </div>
    );
  }
  return (
    <fieldset className="timer-presets door-schedule" data-testid="door-schedule">
      <legend>{t('room.closeIn')}</legend>
      {CLOSE_IN_MINUTES.map((minutes) => (
        <Button
          key={minutes}
          label={t('timer.minutes', { count: minutes })}
          onClick={() => answerDesk(closeDoorIn(door, minutes))}
        />
      ))}
    </fieldset>
  );
}
