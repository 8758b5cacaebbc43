import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_MAX } from '../../../shared/schema/board';
import { api } from '../../api/http';
import { saveMyWorkshop } from '../../storage/myWorkshops';
import { Button } from '../../ui/Button';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Nouvel atelier": a title, a place, a date, one button. The workshop is ready in seconds. */
export function NewWorkshopForm({ onCreated }: { onCreated(id: string): void }) {
  const { t } = useTranslation('home');
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '' || busy) return;
    setBusy(true);
    setProblem(null);
    const result = await api.createWorkshop({ title: title.trim(), place: place.trim(), date });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.code === 'unreachable' ? 'unreachable' : result.status === 401 ? 'admin' : 'other');
      return;
    }
    const { id, joinCode, tokens } = result.value;
    saveMyWorkshop({
      id,
      title: title.trim(),
      place: place.trim(),
      date,
      joinCode,
      tokens,
      createdAt: Date.now(),
    });
    setTitle('');
    setPlace('');
    onCreated(id);
  };

  return (
    <form className="panel new-workshop" onSubmit={(event) => void submit(event)} aria-labelledby="new-title">
      <h2 id="new-title">{t('new.title')}</h2>
      <label className="field">
        <span>{t('new.name')}</span>
        <input
          name="title"
          required
          maxLength={LABEL_MAX}
          value={title}
          placeholder={t('new.namePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label className="field">
        <span>
          {t('new.place')} <span className="optional">{t('new.optional')}</span>
        </span>
        <input
          name="place"
          maxLength={LABEL_MAX}
          value={place}
          placeholder={t('new.placePlaceholder')}
          onChange={(event) => setPlace(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('new.date')}</span>
        <input name="date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      {problem ? (
        <p className="problem" role="alert">
          {t(`new.problem.${problem}`)}
        </p>
      ) : null}
      <Button
        type="submit"
        label={busy ? t('new.creating') : t('new.create')}
        icon={<IconPlus size={24} />}
        variant="primary"
        size="large"
        disabled={busy || title.trim() === ''}
      />
    </form>
  );
}
