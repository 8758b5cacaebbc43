import { IconAlertTriangle, IconCircleCheck, IconLoader2, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isReady } from '../../survey/openSurvey';
import { type Readiness, useSurveyStore } from '../../survey/useSurveyStore';
import { Button } from '../../ui/Button';
import { SurveyStatus } from './SurveyStatus';

type CheckState = 'done' | 'waiting' | 'warning';

function checks(readiness: Readiness): Array<{ key: string; state: CheckState }> {
  const shell: CheckState =
    readiness.shell === 'ready' ? 'done' : readiness.shell === 'checking' ? 'waiting' : 'warning';
  return [
    { key: 'seat', state: readiness.seat ? 'done' : 'waiting' },
    { key: 'pictograms', state: readiness.pictogramsKept ? 'done' : 'waiting' },
    { key: 'synced', state: readiness.synced ? 'done' : 'waiting' },
    {
      key: `shell_${readiness.shell === 'ready' || readiness.shell === 'checking' ? 'ready' : readiness.shell}`,
      state: shell,
    },
  ];
}

const ICONS: Record<CheckState, typeof IconCircleCheck> = {
  done: IconCircleCheck,
  waiting: IconLoader2,
  warning: IconAlertTriangle,
};

/** `YYYY-MM-DD` as people read it; the raw text if it is not a date. */
function dateText(date: string, language: string): string {
  const day = new Date(`${date}T12:00:00`);
  if (Number.isNaN(day.getTime())) return date;
  return day.toLocaleDateString(language === 'en' ? 'en-GB' : 'fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** Before and between interviews: is the phone ready for the street, and what to do about it. */
export function ReadyScreen() {
  const { t, i18n } = useTranslation('survey');
  const info = useSurveyStore((state) => state.info);
  const readiness = useSurveyStore((state) => state.readiness);
  const savedNow = useSurveyStore((state) => state.savedNow);
  const resetNotice = useSurveyStore((state) => state.resetNotice);
  const start = useSurveyStore((state) => state.startInterview);
  const ready = isReady(readiness);
  return (
    <main className="survey-screen survey-ready" data-testid="survey-ready" data-ready={ready}>
      <SurveyStatus />
      <header className="survey-ready-head">
        <p className="survey-kicker">{info?.concertationTitle}</p>
        <h1>{t('ready.title', { place: info?.place ?? '' })}</h1>
        {info?.date ? <p className="survey-date">{dateText(info.date, i18n.language)}</p> : null}
      </header>
      <section
        className={`survey-readiness ${ready ? 'is-ready' : ''}`}
        aria-live="polite"
        data-testid="survey-readiness"
      >
        <h2>{ready ? t('ready.ready') : t('ready.preparing')}</h2>
        <ul>
          {checks(readiness).map(({ key, state }) => {
            const Icon = ICONS[state];
            return (
              <li key={key} className={`check-${state}`} data-check={key} data-state={state}>
                <Icon size={24} aria-hidden="true" className={state === 'waiting' ? 'spin' : ''} />
                <span>{t(`ready.check.${key}`)}</span>
              </li>
            );
          })}
        </ul>
      </section>
      {resetNotice ? <p className="survey-notice">{t('ready.reset')}</p> : null}
      <Button
        label={savedNow > 0 ? t('ready.again') : t('ready.start')}
        icon={<IconPlayerPlay size={28} />}
        variant="primary"
        size="huge"
        className="survey-start"
        onClick={start}
      />
      <section className="survey-howto">
        <h2>{t('howto.title')}</h2>
        <ol>
          <li>{t('howto.wifi')}</li>
          <li>{t('howto.street')}</li>
          <li>{t('howto.back')}</li>
        </ol>
        {readiness.shell === 'unsupported' || readiness.shell === 'failed' ? (
          <p className="survey-notice" data-testid="survey-no-reload">
            {t('howto.noReload')}
          </p>
        ) : null}
        <p className="survey-privacy">{t('howto.privacy')}</p>
      </section>
    </main>
  );
}
