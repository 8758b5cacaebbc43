import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyFailure } from '../../survey/useSurveyStore';

/** Why the page cannot work, in words an interviewer can act on. */
export function SurveyFailureScreen({ failure }: { failure: SurveyFailure }) {
  const { t } = useTranslation('survey');
  return (
    <main className="survey-screen survey-failure" data-testid="survey-failure" data-failure={failure}>
      <IconAlertCircle size={56} aria-hidden="true" className="survey-failure-icon" />
      <h1>{t(`failure.${failure}.title`)}</h1>
      <p>{t(`failure.${failure}.text`)}</p>
    </main>
  );
}
