import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopKind } from '../../../shared/protocol/concertation';
import { LABEL_MAX } from '../../../shared/schema/board';
import { concertationApi } from '../../api/concertationApi';
import { Button } from '../../ui/Button';

/** "Ajouter un atelier": for the residents of a neighbourhood (with its place and date) or the stakeholders. */
export function AddWorkshopForm(props: { concertationId: string; token: string; onAdded(): void }) {
  const { t } = useTranslation('concertation');
  const [kind, setKind] = useState<WorkshopKind>('residents');
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '' || busy) return;
    setBusy(true);
    setFailed(false);
    const result = await concertationApi.addWorkshop(props.concertationId, props.token, {
      kind,
      title: title.trim(),
      place: place.trim(),
      ...(date ? { date } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setFailed(true);
      return;
    }
    setTitle('');
    setPlace('');
    setDate('');
    props.onAdded();
  };

  return (
    <form
      className="panel new-workshop"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="add-workshop-title"
    >
      <h2 id="add-workshop-title">{t('add.title')}</h2>
      <fieldset className="kind-choice">
        <legend>{t('add.kind')}</legend>
        {(['residents', 'stakeholders'] as const).map((option) => (
          <label key={option} className="kind-option">
            <input
              type="radio"
              name="kind"
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            <span>{t(`add.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('add.name')}</span>
        <input
          name="workshop-title"
          required
          maxLength={LABEL_MAX}
          value={title}
          placeholder={t('add.namePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('add.place')}</span>
        <input
          name="workshop-place"
          maxLength={LABEL_MAX}
          value={place}
          placeholder={t('add.placePlaceholder')}
          onChange={(event) => setPlace(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('add.date')}</span>
        <input
          name="workshop-date"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </label>
      {failed ? (
        <p className="problem" role="alert">
          {t('add.problem')}
        </p>
      ) : null}
      <Button
        type="submit"
        label={busy ? t('add.creating') : t('add.create')}
        icon={<IconPlus size={24} />}
        variant="primary"
        disabled={busy || title.trim() === ''}
        data-testid="add-concertation-workshop"
      />
    </form>
  );
}
