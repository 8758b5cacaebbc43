import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyApi } from '../../api/surveyApi';
import { Button } from '../../ui/Button';

/** The server's limit on a session's place (server/surveys/validate.ts). */
const PLACE_MAX = 120;

/** Today on this laptop, `YYYY-MM-DD`: a session is most often made the morning it happens. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Nouvelle séance d'enquête": where the interviewers stand and which day. */
export function AddSurveyForm(props: { concertationId: string; token: string; onAdded(): void }) {
  const { t } = useTranslation('diagnostic');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (place.trim() === '' || busy) return;
    setBusy(true);
    setFailed(false);
    const result = await surveyApi.create(props.concertationId, props.token, {
      place: place.trim(),
      ...(date ? { date } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setFailed(true);
      return;
    }
    setPlace('');
    props.onAdded();
  };

  return (
    <form className="add-survey" onSubmit={(event) => void submit(event)} aria-labelledby="add-survey-title">
      <h3 id="add-survey-title">{t('sessions.add.title')}</h3>
      <div className="add-survey-fields">
        <label className="field">
          <span>{t('sessions.add.place')}</span>
          <input
            name="survey-place"
            required
            maxLength={PLACE_MAX}
            value={place}
            placeholder={t('sessions.add.placePlaceholder')}
            onChange={(event) => setPlace(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('sessions.add.date')}</span>
          <input
            name="survey-date"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
      </div>
      {failed ? (
        <p className="problem" role="alert">
          {t('sessions.add.problem')}
        </p>
      ) : null}
      <Button
        type="submit"
        label={busy ? t('sessions.add.creating') : t('sessions.add.create')}
        icon={<IconPlus size={24} />}
        variant="primary"
        disabled={busy || place.trim() === ''}
        data-testid="add-survey"
      />
    </form>
  );
}
