import { IconTransfer, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import type { RosterEntry } from '../../presence/useRoster';
import { useRoster } from '../../presence/useRoster';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { QrCode } from '../../ui/QrCode';
import { workshopLink } from '../../workshop/links';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';

type SeatAction =
  | { kind: 'menu' }
  | { kind: 'confirmFree' }
  | { kind: 'confirmReassign' }
  | { kind: 'busy' }
  | { kind: 'reassigned'; link: string }
  | { kind: 'problem'; code: string };

/** The residents' seats; tap one to free it or give it to another tablet. */
export function SeatList() {
  const { t } = useTranslation('facilitate');
  const roster = useRoster();
  const [selected, setSelected] = useState<RosterEntry | null>(null);
  return (
    <section className="panel seat-list" aria-labelledby="seats-title">
      <h2 id="seats-title">{t('seats.title', { count: roster.length })}</h2>
      {roster.length === 0 ? <p className="panel-empty">{t('seats.empty')}</p> : null}
      <ul>
        {roster.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="seat-button"
              data-seat={entry.id}
              onClick={() => setSelected(entry)}
            >
              <span className="visually-hidden">{t('seats.manage')}</span>
              <Avatar
                avatar={entry.avatar}
                color={entry.color}
                name={entry.name}
                size={44}
                offline={!entry.online}
              />
            </button>
          </li>
        ))}
      </ul>
      {selected ? <SeatDialog entry={selected} onClose={() => setSelected(null)} /> : null}
    </section>
  );
}

function SeatDialog({ entry, onClose }: { entry: RosterEntry; onClose(): void }) {
  const { t } = useTranslation('facilitate');
  const { workshopId, token } = useWorkshopSession();
  const [action, setAction] = useState<SeatAction>({ kind: 'menu' });

  const free = async () => {
    setAction({ kind: 'busy' });
    const result = await api.freeSeat(workshopId, token, entry.id);
    if (result.ok) onClose();
    else setAction({ kind: 'problem', code: result.code });
  };

  const reassign = async () => {
    setAction({ kind: 'busy' });
    const result = await api.reassignSeat(workshopId, token, entry.id);
    if (result.ok) setAction({ kind: 'reassigned', link: workshopLink(workshopId, result.value.token) });
    else setAction({ kind: 'problem', code: result.code });
  };

  return (
    <Dialog open title={t('seats.dialogTitle')} onClose={onClose}>
      <div className="seat-dialog" data-testid="seat-dialog">
        <Avatar
          avatar={entry.avatar}
          color={entry.color}
          name={entry.name}
          size={80}
          offline={!entry.online}
        />
        {action.kind === 'menu' ? (
          <div className="stack">
            <Button
              label={t('seats.reassign')}
              icon={<IconTransfer size={24} />}
              onClick={() => setAction({ kind: 'confirmReassign' })}
            />
            <p className="hint">{t('seats.reassignHint')}</p>
            <Button
              label={t('seats.free')}
              icon={<IconUserMinus size={24} />}
              variant="danger"
              onClick={() => setAction({ kind: 'confirmFree' })}
            />
            <p className="hint">{t('seats.freeHint')}</p>
          </div>
        ) : null}
        {action.kind === 'confirmFree' ? (
          <div className="stack">
            <p>{t('seats.freeConfirm')}</p>
            <div className="row">
              <Button label={t('seats.cancel')} onClick={() => setAction({ kind: 'menu' })} />
              <Button label={t('seats.freeYes')} variant="danger" onClick={() => void free()} />
            </div>
          </div>
        ) : null}
        {action.kind === 'confirmReassign' ? (
          <div className="stack">
            <p>{t('seats.reassignConfirm')}</p>
            <div className="row">
              <Button label={t('seats.cancel')} onClick={() => setAction({ kind: 'menu' })} />
              <Button label={t('seats.reassignYes')} variant="primary" onClick={() => void reassign()} />
            </div>
          </div>
        ) : null}
        {action.kind === 'busy' ? <p role="status">{t('seats.busy')}</p> : null}
        {action.kind === 'reassigned' ? (
          <div className="stack seat-reassigned">
            <p>{t('seats.reassignedScan')}</p>
            <QrCode text={action.link} size={260} label={t('seats.reassignedQr')} />
            <p className="link-text" data-testid="reassigned-link">
              {action.link}
            </p>
          </div>
        ) : null}
        {action.kind === 'problem' ? (
          <p role="alert" className="problem">
            {t(`problem.${action.code === 'unreachable' ? 'unreachable' : 'other'}`)}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
