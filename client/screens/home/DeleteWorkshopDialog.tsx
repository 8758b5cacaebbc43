import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { forgetMyWorkshop, type MyWorkshop } from '../../storage/myWorkshops';
import { forgetWorkshopSessions } from '../../storage/sessions';
import { wipeLocalCopies } from '../../sync/localCopy';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Deleting is for good: the dialog says what is lost, and the button says "delete forever". */
export function DeleteWorkshopDialog({ workshop, onClose }: { workshop: MyWorkshop; onClose(): void }) {
  const { t } = useTranslation('home');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    const result = await api.deleteWorkshop(workshop.id, workshop.tokens.facilitator);
    // Already gone on the server: forgetting it here is what the person wants.
    if (result.ok || result.code === 'unknown_workshop') {
      forgetMyWorkshop(workshop.id);
      forgetWorkshopSessions(workshop.id);
      await wipeLocalCopies(workshop.id);
      onClose();
      return;
    }
    setBusy(false);
    setProblem(result.code === 'unreachable' ? 'unreachable' : 'other');
  };

  return (
    <Dialog
      open
      title={t('delete.title', { title: workshop.title })}
      onClose={onClose}
      actions={
        <>
          <Button label={t('delete.cancel')} onClick={onClose} disabled={busy} />
          <Button
            label={t('delete.confirm')}
            icon={<IconTrash size={22} />}
            variant="danger"
            onClick={() => void remove()}
            disabled={busy}
            data-testid="confirm-delete"
          />
        </>
      }
    >
      <p>{t('delete.what')}</p>
      <p>
        <strong>{t('delete.forever')}</strong>
      </p>
      <p className="hint">{t('delete.exportFirst')}</p>
      {problem ? (
        <p className="problem" role="alert">
          {t(`delete.problem.${problem}`)}
        </p>
      ) : null}
    </Dialog>
  );
}
