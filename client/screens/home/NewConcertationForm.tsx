import { IconMapPins } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { LABEL_MAX } from '../../../shared/schema/board';
import { concertationApi } from '../../api/concertationApi';
import { myConcertations } from '../../storage/myConcertations';
import { Button } from '../../ui/Button';
import { concertationPath } from '../../workshop/links';

/** "Nouvelle concertation": a title and a city; its workshops are added on its own page. */
export function NewConcertationForm() {
  const { t } = useTranslation('concertation');
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [city, setCity] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '' || busy) return;
    setBusy(true);
    setProblem(null);
    const result = await concertationApi.create({ title: title.trim(), city: city.trim() });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.code === 'unreachable' ? 'unreachable' : result.status === 401 ? 'admin' : 'other');
      return;
    }
    const { id, token } = result.value;
    myConcertations.save({ id, token, title: title.trim(), city: city.trim(), createdAt: Date.now() });
    navigate(concertationPath(id, token));
  };

  return (
    <form
      className="panel new-workshop"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="new-concertation-title"
    >
      <h2 id="new-concertation-title">{t('new.title')}</h2>
      <p className="hint">{t('new.intro')}</p>
      <label className="field">
        <span>{t('new.name')}</span>
        <input
          name="concertation-title"
          required
          maxLength={LABEL_MAX}
          value={title}
          placeholder={t('new.namePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('new.city')}</span>
        <input
          name="city"
          maxLength={LABEL_MAX}
          value={city}
          placeholder={t('new.cityPlaceholder')}
          onChange={(event) => setCity(event.target.value)}
        />
      </label>
      {problem ? (
        <p className="problem" role="alert">
          {t(`new.problem.${problem}`)}
        </p>
      ) : null}
      <Button
        type="submit"
        label={busy ? t('new.creating') : t('new.create')}
        icon={<IconMapPins size={24} />}
        size="large"
        disabled={busy || title.trim() === ''}
        data-testid="create-concertation"
      />
    </form>
  );
}
