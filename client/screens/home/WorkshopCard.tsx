import {
  IconChevronDown,
  IconChevronUp,
  IconDoor,
  IconDoorOff,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MyWorkshop } from '../../storage/myWorkshops';
import { Button } from '../../ui/Button';
import { spacedCode, workshopPath } from '../../workshop/links';
import { LinksPanel } from '../common/LinksPanel';
import { DeleteWorkshopDialog } from './DeleteWorkshopDialog';
import { DownloadArchiveButton } from './DownloadArchiveButton';
import { useRemoteDoor } from './useRemoteDoor';

function formatDate(date: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const value = new Date(`${date}T12:00:00`);
  return new Intl.DateTimeFormat(language, { dateStyle: 'full' }).format(value);
}

/** One workshop of this laptop: open it, or manage it (door, links and QR codes, delete). */
export function WorkshopCard({
  workshop,
  expanded,
  onToggle,
}: {
  workshop: MyWorkshop;
  expanded: boolean;
  onToggle(): void;
}) {
  const { t, i18n } = useTranslation('home');
  const [deleting, setDeleting] = useState(false);
  const headingId = `workshop-${workshop.id}`;
  return (
    <li
      className={`panel workshop-card ${expanded ? 'workshop-card-open' : ''}`}
      data-workshop={workshop.id}
      aria-labelledby={headingId}
    >
      <div className="workshop-card-head">
        <div>
          <h3 id={headingId}>{workshop.title}</h3>
          <p className="hint">
            {[workshop.place, formatDate(workshop.date, i18n.language)].filter(Boolean).join(' · ')}
          </p>
          <p className="hint">
            {t('card.code')} <strong>{spacedCode(workshop.joinCode)}</strong>
          </p>
        </div>
        <div className="workshop-card-actions">
          <Link
            href={workshopPath(workshop.id, workshop.tokens.facilitator)}
            className="btn btn-primary btn-normal"
            data-testid="open-workshop"
          >
            <span className="btn-icon" aria-hidden="true">
              <IconPlayerPlay size={22} />
            </span>
            <span className="btn-label">{t('card.open')}</span>
          </Link>
          <Button
            label={expanded ? t('card.less') : t('card.manage')}
            icon={expanded ? <IconChevronUp size={22} /> : <IconChevronDown size={22} />}
            aria-expanded={expanded}
            onClick={onToggle}
          />
        </div>
      </div>
      {expanded ? (
        <div className="workshop-card-body">
          <DoorRow workshop={workshop} />
          <LinksPanel
            workshopId={workshop.id}
            tokens={workshop.tokens}
            joinCode={workshop.joinCode}
            warnLocalhost={false}
          />
          <DownloadArchiveButton workshop={workshop} />
          <Button
            label={t('card.delete')}
            icon={<IconTrash size={22} />}
            variant="danger"
            onClick={() => setDeleting(true)}
          />
        </div>
      ) : null}
      {deleting ? <DeleteWorkshopDialog workshop={workshop} onClose={() => setDeleting(false)} /> : null}
    </li>
  );
}

function DoorRow({ workshop }: { workshop: MyWorkshop }) {
  const { t } = useTranslation('home');
  const { doorOpen, setOpen } = useRemoteDoor(workshop.id, workshop.tokens.facilitator);
  if (doorOpen === null) return <p className="hint door-row">{t('card.doorUnknown')}</p>;
  return (
    <div className="door-row">
      <Button
        label={doorOpen ? t('card.doorOpen') : t('card.doorClosed')}
        icon={doorOpen ? <IconDoor size={24} /> : <IconDoorOff size={24} />}
        pressed={doorOpen}
        className="toggle"
        data-testid="home-door"
        onClick={() => setOpen(!doorOpen)}
      >
        <span className="toggle-hint">{doorOpen ? t('card.doorOpenHint') : t('card.doorClosedHint')}</span>
      </Button>
    </div>
  );
}
