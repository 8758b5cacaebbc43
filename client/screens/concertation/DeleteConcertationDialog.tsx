import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { concertationApi } from '../../api/concertationApi';
import { myConcertations } from '../../storage/myConcertations';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Erasing a concertation erases all its workshops: the dialog says so before anything goes. */
export function DeleteConcertationDialog(props: {
  concertation: { id: string; token: string; title: string };
  onClose(): void;
}) {
  const { t } = useTranslation('concertation');
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { id, token, title } = props.concertation;

  const remove = async () => {
    setBusy(true);
    setFailed(false);
    const result = await concertationApi.delete(id, token);
    // Already gone on the server: forgetting it here is what the person wants.
    if (result.ok || result.code === 'unknown_workshop') {
      myConcertations.forget(id);
      navigate('/');
      return;
    }
    setBusy(false);
    setFailed(true);
  };

  return (
    <Dialog
      open
      title={t('delete.title', { title })}
      onClose={props.onClose}
      actions={
        <>
          <Button label={t('delete.cancel')} onClick={props.onClose} disabled={busy} />
          <Button
            label={t('delete.confirm')}
            icon={<IconTrash size={22} />}
            variant="danger"
            onClick={() => void remove()}
            disabled={busy}
            data-testid="confirm-delete-concertation"
          />
        </>
      }
    >
      <p>{t('delete.what')}</p>
      <p>
        <strong>{t('delete.forever')}</strong>
      </p>
      {failed ? (
        <p className="problem" role="alert">
          {t('delete.problem')}
        </p>
      ) : null}
    </Dialog>
  );
}
