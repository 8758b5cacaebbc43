import { useTranslation } from 'react-i18next';
import { Avatar } from '../ui/Avatar';
import type { RosterEntry } from './useRoster';

export interface RosterListProps {
  roster: RosterEntry[];
  size?: number;
  /** Shown when nobody has joined yet. */
  emptyText?: string;
}

/** Who is in the workshop: avatars and nicknames only; offline residents faded, never hidden. */
export function RosterList({ roster, size = 64, emptyText }: RosterListProps) {
  const { t } = useTranslation('common');
  const here = roster.filter((entry) => entry.online).length;
  return (
    <section className="roster" aria-label={t('roster.title')} data-testid="roster">
      {roster.length > 0 ? (
        <p className="roster-count" aria-live="polite">
          {t('roster.count', { count: roster.length, here })}
        </p>
      ) : null}
      {roster.length === 0 && emptyText ? <p className="roster-empty">{emptyText}</p> : null}
      <ul className="roster-list">
        {roster.map((entry) => (
          <li key={entry.id} data-seat={entry.id} data-online={entry.online}>
            <Avatar
              avatar={entry.avatar}
              color={entry.color}
              name={entry.name}
              size={size}
              offline={!entry.online}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
