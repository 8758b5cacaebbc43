import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveAndStartNew } from '../../survey/commands';
import { isAnswered } from '../../survey/flow';
import { useSurveyStore } from '../../survey/useSurveyStore';
import { Button } from '../../ui/Button';

/** The last screen: how many questions were answered, and one tap to save and start the next person. */
export function FinishStep() {
  const { t } = useTranslation('survey');
  const steps = useSurveyStore((state) => state.steps);
  const answers = useSurveyStore((state) => state.answers);
  const stop = useSurveyStore((state) => state.stopInterviewing);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A mis-tap on the pavement must not throw away two minutes of answers: dropping takes two taps.
  const [confirmDrop, setConfirmDrop] = useState(false);
  const asked = steps.filter((step): step is Exclude<typeof step, 'finish'> => step !== 'finish');
  const answered = asked.filter((step) => isAnswered(answers, step)).length;
  const save = () => {
    const result = saveAndStartNew();
    setRefusal(result.ok ? null : result.refusal);
  };
  return (
    <section className="survey-finish" data-testid="survey-finish">
      <h1>{t('finish.title')}</h1>
      <p className="survey-finish-count">{t('finish.answered', { count: answered, total: asked.length })}</p>
      <p className="survey-hint">{t('finish.thanks')}</p>
      {refusal ? (
        <p className="survey-notice" role="alert">
          {t(`finish.refusal.${refusal}`)}
        </p>
      ) : null}
      <Button
        label={t('finish.saveAndNew')}
        icon={<IconDeviceFloppy size={28} />}
        variant="primary"
        size="huge"
        className="survey-save"
        data-testid="survey-save"
        onClick={save}
      />
      <Button
        label={confirmDrop ? t('finish.dropConfirm') : t('finish.dropAndStop')}
        variant={confirmDrop ? 'danger' : 'quiet'}
        onClick={() => (confirmDrop ? stop() : setConfirmDrop(true))}
        className="survey-drop"
      />
    </section>
  );
}
