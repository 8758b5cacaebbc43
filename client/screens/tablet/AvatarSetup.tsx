import { IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AVATAR_COLORS } from '../../../shared/pictograms/avatarColors';
import { readParticipants } from '../../../shared/read/board';
import { NAME_MAX, type Participant } from '../../../shared/schema/board';
import { useDocValue } from '../../sync/useDocValue';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { SpeakButton } from '../../ui/SpeakButton';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';
import { AvatarGrid } from './AvatarGrid';
import { chooseLookCommand, chooseNameCommand } from './commands';

export interface AvatarSetupProps {
  /** The seat's record when changing an avatar or a name later; null on first arrival. */
  me: Participant | null;
  /** Which step to start on: a returning resident may change only the name. */
  start: 'avatar' | 'name';
  onDone(): void;
}

/**
 * Arrival on a tablet: pick a picture and a colour (two taps), then, if wanted, a first name or nickname.
 * The seat appears on the projector as soon as the picture is chosen.
 */
export function AvatarSetup({ me, start, onDone }: AvatarSetupProps) {
  const { t } = useTranslation('join');
  const { docs, seatId, origin, role } = useWorkshopSession();
  const writer = { board: docs.board, origin, role, seatId };
  const participants = useDocValue(docs.board, readParticipants);
  const taken = useMemo(() => takenAvatars(participants, seatId), [participants, seatId]);
  const [step, setStep] = useState(start);
  const [avatar, setAvatar] = useState(me?.avatar ?? '');
  const [color, setColor] = useState(() => me?.color ?? freeColor(participants, seatId));
  const [name, setName] = useState(me?.name ?? '');

  const chooseAvatar = () => {
    if (!avatar) return;
    // Refused (no seat of this screen's own): the choice stays on screen rather than moving on.
    if (chooseLookCommand(writer, { avatar, color, name: me?.name ?? '' }).ok) setStep('name');
  };

  const chooseName = (value: string) => {
    // The name is optional: whatever the answer, the resident goes on to the fresco.
    chooseNameCommand(writer, value);
    onDone();
  };

  if (step === 'avatar') {
    return (
      <section className="setup" aria-labelledby="setup-title" data-testid="avatar-setup">
        <header className="setup-header">
          <h1 id="setup-title">{t('avatar.title')}</h1>
          <SpeakButton text={`${t('avatar.title')}. ${t('avatar.hint')}`} size="large" />
        </header>
        <p className="setup-hint">{t('avatar.hint')}</p>
        <AvatarGrid
          avatar={avatar}
          color={color}
          taken={taken}
          onAvatar={(id) => setAvatar(id)}
          onColor={(hex) => setColor(hex)}
        />
        <footer className="setup-footer">
          {avatar ? <Avatar avatar={avatar} color={color} name="" size={72} showName={false} /> : null}
          <Button
            label={t('avatar.confirm')}
            icon={<IconArrowRight size={32} />}
            variant="primary"
            size="huge"
            disabled={!avatar}
            onClick={chooseAvatar}
          />
        </footer>
      </section>
    );
  }

  return (
    <section className="setup setup-name" aria-labelledby="name-title" data-testid="name-setup">
      <header className="setup-header">
        <h1 id="name-title">{t('name.title')}</h1>
        <SpeakButton text={`${t('name.title')}. ${t('name.hint')}`} size="large" />
      </header>
      <p className="setup-hint">{t('name.hint')}</p>
      <form
        className="name-form"
        onSubmit={(event) => {
          event.preventDefault();
          chooseName(name);
        }}
      >
        <Avatar avatar={avatar || me?.avatar || ''} color={color} name="" size={96} showName={false} />
        <label className="name-label">
          <span>{t('name.label')}</span>
          <input
            className="name-input"
            value={name}
            maxLength={NAME_MAX}
            autoComplete="off"
            autoCapitalize="words"
            enterKeyHint="done"
            placeholder={t('name.placeholder')}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <div className="setup-footer">
          <Button label={t('name.skip')} size="large" onClick={() => chooseName(me?.name ?? '')} />
          <Button
            label={t('name.confirm')}
            icon={<IconCheck size={32} />}
            variant="primary"
            size="huge"
            type="submit"
          />
        </div>
      </form>
    </section>
  );
}

function takenAvatars(participants: Participant[], seatId: string | null): Map<string, string> {
  const taken = new Map<string, string>();
  for (const participant of participants) {
    if (participant.id !== seatId && !participant.freed && participant.avatar)
      taken.set(participant.avatar, participant.color);
  }
  return taken;
}

/** A colour nobody has yet, so two residents rarely share one; any colour once all are used. */
function freeColor(participants: Participant[], seatId: string | null): string {
  const used = new Set(
    participants.filter((p) => p.id !== seatId && !p.freed).map((p) => p.color.toLowerCase()),
  );
  const free = AVATAR_COLORS.filter((entry) => !used.has(entry.hex.toLowerCase()));
  const pool = free.length > 0 ? free : AVATAR_COLORS;
  return pool[Math.floor(Math.random() * pool.length)]?.hex ?? AVATAR_COLORS[0]?.hex ?? '#135492';
}
