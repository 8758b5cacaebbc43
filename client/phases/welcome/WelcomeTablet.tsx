import { useTranslation } from 'react-i18next';
import { RosterList } from '../../presence/RosterList';
import { useMyParticipant, useRoster } from '../../presence/useRoster';
import { Avatar } from '../../ui/Avatar';
import { SpeakButton } from '../../ui/SpeakButton';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';

/** Welcome on a tablet: "you are in", who else is here, and wait for the start. */
export default function WelcomeTablet() {
  const { t } = useTranslation('join');
  const me = useMyParticipant();
  const title = useWorkshopSetting('title');
  const others = useRoster().filter((entry) => !entry.isMe);
  const text = t('welcome.text', { title });
  return (
    <div className="welcome-tablet" data-testid="welcome-tablet">
      <div className="welcome-me">
        {me ? <Avatar avatar={me.avatar} color={me.color} name={me.name} size={140} /> : null}
        <div>
          <h1>{t('welcome.title')}</h1>
          <p className="welcome-text">{text}</p>
          <SpeakButton text={`${t('welcome.title')} ${text}`} size="large" showLabel />
        </div>
      </div>
      <RosterList roster={others} size={64} emptyText={t('welcome.alone')} />
    </div>
  );
}
