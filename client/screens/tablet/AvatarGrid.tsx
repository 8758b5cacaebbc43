import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AVATAR_COLORS } from '../../../shared/pictograms/avatarColors';
import { pictogramLabel, pictogramsOfKind } from '../../../shared/pictograms/lookup';
import { languageOf, Pictogram } from '../../ui/Pictogram';

export interface AvatarGridProps {
  avatar: string;
  color: string;
  /** Avatar ids other residents hold: shown in their colour and not selectable, so everyone stays recognisable. */
  taken: Map<string, string>;
  onAvatar(id: string): void;
  onColor(hex: string): void;
}

/** The avatar pictograms and the colours, as two grids of big buttons (no typing, no scrolling on a tablet). */
export function AvatarGrid({ avatar, color, taken, onAvatar, onColor }: AvatarGridProps) {
  const { t, i18n } = useTranslation('join');
  const lang = languageOf(i18n.language);
  return (
    <div className="avatar-setup-grids">
      <fieldset className="choice-grid avatar-grid">
        <legend>{t('avatar.pickImage')}</legend>
        {pictogramsOfKind('avatar').map((pictogram) => {
          const takenColor = taken.get(pictogram.id);
          const selected = pictogram.id === avatar;
          const label = pictogram.label[lang];
          return (
            <button
              key={pictogram.id}
              type="button"
              className={`choice avatar-choice ${selected ? 'choice-selected' : ''}`}
              aria-pressed={selected}
              aria-label={takenColor ? t('avatar.taken', { name: label }) : label}
              disabled={takenColor !== undefined}
              onClick={() => onAvatar(pictogram.id)}
              style={{ background: selected ? color : takenColor ? undefined : undefined }}
            >
              <Pictogram id={pictogram.id} size={52} alt="" />
              {takenColor ? (
                <span className="taken-dot" style={{ background: takenColor }} aria-hidden="true" />
              ) : null}
            </button>
          );
        })}
      </fieldset>
      <fieldset className="choice-grid color-grid">
        <legend>{t('avatar.pickColor')}</legend>
        {AVATAR_COLORS.map((entry) => {
          const selected = entry.hex.toLowerCase() === color.toLowerCase();
          return (
            <button
              key={entry.id}
              type="button"
              className={`choice color-choice ${selected ? 'choice-selected' : ''}`}
              aria-pressed={selected}
              aria-label={entry.name[lang]}
              onClick={() => onColor(entry.hex)}
              style={{ background: entry.hex }}
            >
              {selected ? <IconCheck size={34} color="#fff" stroke={3} aria-hidden="true" /> : null}
            </button>
          );
        })}
      </fieldset>
      <p className="visually-hidden" aria-live="polite">
        {avatar ? pictogramLabel(avatar, lang) : ''}
      </p>
    </div>
  );
}
