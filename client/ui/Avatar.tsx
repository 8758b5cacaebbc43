import { IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pictogramLabel } from '../../shared/pictograms/lookup';
import { languageOf, Pictogram } from './Pictogram';

export interface AvatarProps {
  avatar: string;
  color: string;
  name: string;
  size?: number;
  /** Offline residents are shown faded with a small sign, never hidden. */
  offline?: boolean;
  showName?: boolean;
}

/** A resident as the room sees them: pictogram on their colour, and their nickname if they gave one. */
export function Avatar({ avatar, color, name, size = 56, offline = false, showName = true }: AvatarProps) {
  const { t, i18n } = useTranslation('common');
  const shownName = name || pictogramLabel(avatar, languageOf(i18n.language)) || t('roster.someone');
  return (
    <figure className={`avatar ${offline ? 'avatar-offline' : ''}`} data-offline={offline}>
      <span className="avatar-disc" style={{ background: color, width: size, height: size }}>
        {avatar ? <Pictogram id={avatar} size={Math.round(size * 0.72)} alt="" /> : null}
        {offline ? (
          <span className="avatar-offline-sign" aria-hidden="true">
            <IconWifiOff size={Math.max(16, Math.round(size * 0.3))} />
          </span>
        ) : null}
      </span>
      {showName ? (
        <figcaption>
          {shownName}
          {offline ? <span className="visually-hidden"> ({t('roster.offline')})</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
