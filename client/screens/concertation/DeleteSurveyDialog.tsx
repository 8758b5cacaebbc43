import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcertationSurvey } from '../../../shared/protocol/survey';
import { surveyApi } from '../../api/surveyApi';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/**
 * Deleting a session erases its interviews and stops its link, including on phones still out on the
 * street with interviews not yet sent: the dialog says all of it before anything goes.
 */
export function DeleteSurveyDialog(props: {
  concertationId: string;
  token: string;
  survey: ConcertationSurvey;
  onClose(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation('diagnostic');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { survey } = props;

  const remove = async () => {
    setBusy(true);
    setFailed(false);
    const result = await surveyApi.delete(props.concertationId, survey.id, props.token);
    // Already gone on the server: what the person wanted.
    if (result.ok || result.code === 'unknown_workshop') {
      props.onDeleted();
      return;
    }
    setBusy(false);
    setFailed(true);
  };

  return (
    <Dialog
      open
      title={t('sessions.delete.title', { place: survey.place })}
      onClose={props.onClose}
      actions={
        <>
          <Button label={t('sessions.delete.cancel')} onClick={props.onClose} disabled={busy} />
          <Button
            label={t('sessions.delete.confirm')}
            icon={<IconTrash size={22} />}
            variant="danger"
            onClick={() => void remove()}
            disabled={busy}
            data-testid="confirm-delete-survey"
          />
        </>
      }
    >
      <p>{t('sessions.delete.what', { count: survey.interviews })}</p>
      <p>{t('sessions.delete.phones')}</p>
      <p>
        <strong>{t('sessions.delete.forever')}</strong>
      </p>
      {failed ? (
        <p className="problem" role="alert">
          {t('sessions.delete.problem')}
        </p>
      ) : null}
    </Dialog>
  );
}
