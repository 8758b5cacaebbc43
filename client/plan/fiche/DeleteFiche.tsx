import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/schema/plan';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { deleteAction, type PlanWriter } from '../commands';
import { answer } from '../usePlanCue';

/** The fiche's delete button, asking once before the fiche goes for everyone. */
export function DeleteFiche({
  action,
  writer,
  onDeleted,
}: {
  action: Action;
  writer: PlanWriter;
  onDeleted(): void;
}) {
  const { t } = useTranslation('plan');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <footer className="fiche-footer">
        <Button
          label={t('fiche.delete')}
          icon={<IconTrash size={20} />}
          variant="danger"
          onClick={() => setConfirming(true)}
        />
      </footer>
      <Dialog
        open={confirming}
        title={t('fiche.deleteTitle', { number: action.number })}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button label={t('fiche.keep')} onClick={() => setConfirming(false)} />
            <Button
              label={t('fiche.deleteConfirm')}
              variant="danger"
              onClick={() => {
                setConfirming(false);
                // Closed first, so this screen does not take its own deletion for one made elsewhere.
                onDeleted();
                answer(deleteAction(writer, action.id));
              }}
            />
          </>
        }
      >
        <p>{t('fiche.deleteText', { title: action.title || t('untitled') })}</p>
      </Dialog>
    </>
  );
}
