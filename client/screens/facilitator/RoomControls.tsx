import {
  IconDoor,
  IconDoorOff,
  IconFocus2,
  IconLock,
  IconLockOpen,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useControlWriter } from '../../commands/useControlWriter';
import { bringEveryoneCommand } from '../../follow/commands';
import { useCameraStore } from '../../stores/useCameraStore';
import { Button } from '../../ui/Button';
import { useDoorOpen } from '../../workshop/useDoorOpen';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { type DoorContext, setBoardLockedCommand, toggleDoor } from './commands';
import { DoorSchedule } from './DoorSchedule';
import { JoinGuessNotice } from './JoinGuessNotice';
import { answerDesk } from './useDeskCue';

export interface RoomControlsProps {
  following: boolean;
  onFollowing(following: boolean): void;
}

/** The door (join code), the board lock, and follow mode: the facilitator's hands on the room. */
export function RoomControls({ following, onFollowing }: RoomControlsProps) {
  const { t } = useTranslation('facilitate');
  const writer = useControlWriter();
  const doorOpen = useDoorOpen();
  const doorSetting = useWorkshopSetting('doorOpen');
  const doorClosesAt = useWorkshopSetting('doorClosesAt');
  const door: DoorContext = { ...writer, settings: { doorOpen: doorSetting, doorClosesAt } };
  const locked = useWorkshopSetting('boardLocked');
  return (
    <section className="panel room-controls" aria-labelledby="room-title">
      <h2 id="room-title">{t('room.title')}</h2>
      <Button
        label={doorOpen ? t('room.doorOpen') : t('room.doorClosed')}
        icon={doorOpen ? <IconDoor size={26} /> : <IconDoorOff size={26} />}
        pressed={doorOpen}
        className="toggle"
        data-testid="door-toggle"
        onClick={() => answerDesk(toggleDoor(door))}
      >
        <span className="toggle-hint">{doorOpen ? t('room.doorOpenHint') : t('room.doorClosedHint')}</span>
      </Button>
      <DoorSchedule door={door} open={doorOpen} />
      <JoinGuessNotice />
      <Button
        label={locked ? t('room.locked') : t('room.unlocked')}
        icon={locked ? <IconLock size={26} /> : <IconLockOpen size={26} />}
        pressed={locked}
        className="toggle"
        data-testid="lock-toggle"
        onClick={() => answerDesk(setBoardLockedCommand(writer, !locked))}
      >
        <span className="toggle-hint">{locked ? t('room.lockedHint') : t('room.unlockedHint')}</span>
      </Button>
      <Button
        label={following ? t('room.following') : t('room.notFollowing')}
        icon={<IconFocus2 size={26} />}
        pressed={following}
        className="toggle"
        data-testid="follow-toggle"
        onClick={() => onFollowing(!following)}
      >
        <span className="toggle-hint">{t('room.followHint')}</span>
      </Button>
      <Button
        label={t('room.bring')}
        icon={<IconUsersGroup size={26} />}
        data-testid="bring-everyone"
        onClick={() => {
          const { canvas, x, y, zoom } = useCameraStore.getState();
          answerDesk(bringEveryoneCommand(writer, { canvas, x, y, zoom }));
        }}
      />
    </section>
  );
}
