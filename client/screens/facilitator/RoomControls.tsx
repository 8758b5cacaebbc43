import {
  IconDoor,
  IconDoorOff,
  IconFocus2,
  IconLock,
  IconLockOpen,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { bringEveryone } from '../../../shared/ops/control/follow';
import { setBoardLocked } from '../../../shared/ops/control/workshop';
import { serverNow } from '../../api/serverClock';
import { useCameraStore } from '../../stores/useCameraStore';
import { Button } from '../../ui/Button';
import { useDoorOpen } from '../../workshop/useDoorOpen';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';
import { DoorSchedule } from './DoorSchedule';
import { type DoorContext, toggleDoor } from './doorCommands';
import { JoinGuessNotice } from './JoinGuessNotice';

export interface RoomControlsProps {
  following: boolean;
  onFollowing(following: boolean): void;
}

/** The door (join code), the board lock, and follow mode: the facilitator's hands on the room. */
export function RoomControls({ following, onFollowing }: RoomControlsProps) {
  const { t } = useTranslation('facilitate');
  const { docs, origin } = useWorkshopSession();
  const doorOpen = useDoorOpen();
  const doorSetting = useWorkshopSetting('doorOpen');
  const doorClosesAt = useWorkshopSetting('doorClosesAt');
  const door: DoorContext = {
    control: docs.control,
    origin,
    settings: { doorOpen: doorSetting, doorClosesAt },
    now: serverNow,
  };
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
        onClick={() => toggleDoor(door)}
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
        onClick={() => setBoardLocked(docs.control, !locked, origin)}
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
          bringEveryone(docs.control, { canvas, x, y, zoom }, origin);
        }}
      />
    </section>
  );
}
