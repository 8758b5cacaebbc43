import { IconArrowLeft, IconArrowRight, IconPlayerSkipForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isAnswered, progress } from '../../survey/flow';
import { useSurveyStore } from '../../survey/useSurveyStore';
import { Button } from '../../ui/Button';
import { SpeakButton } from '../../ui/SpeakButton';
import { FinishStep } from './FinishStep';
import { QuestionBody } from './QuestionBody';
import { SurveyStatus } from './SurveyStatus';

/** One question per screen: progress, the question to ask, its answers, then back and skip or next. */
export function InterviewScreen() {
  const { t } = useTranslation('survey');
  const step = useSurveyStore((state) => state.step ?? 0);
  const steps = useSurveyStore((state) => state.steps);
  const answers = useSurveyStore((state) => state.answers);
  const savedNow = useSurveyStore((state) => state.savedNow);
  const { goBack, goNext, skipQuestion } = useSurveyStore.getState();
  const question = steps[step] ?? 'finish';
  const { done, total } = progress(steps, step);
  const answered = question !== 'finish' && isAnswered(answers, question);
  return (
    <main className="survey-screen survey-interview" data-testid="survey-question" data-question={question}>
      <SurveyStatus />
      <div
        className="survey-progress"
        role="progressbar"
        aria-label={t('progress', { done, total })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <span style={{ width: `${total === 0 ? 100 : (done / total) * 100}%` }} />
      </div>
      {question === 'finish' ? (
        <FinishStep />
      ) : (
        <>
          {step === 0 && savedNow > 0 ? (
            <p className="survey-saved" role="status" data-testid="survey-saved">
              {t('finish.saved')}
            </p>
          ) : null}
          <header className="survey-question-head">
            <p className="survey-step">{t('step', { index: step + 1, total })}</p>
            <h1 id="survey-question-title">{t(`question.${question}.title`)}</h1>
            <p className="survey-hint">{t(`question.${question}.hint`)}</p>
            <SpeakButton text={t(`question.${question}.title`)} label={t('speak')} className="survey-speak" />
          </header>
          <section className="survey-answers" aria-labelledby="survey-question-title">
            <QuestionBody question={question} />
          </section>
        </>
      )}
      <nav className="survey-nav" aria-label={t('nav')}>
        <Button
          label={step === 0 ? t('backToStart') : t('back')}
          icon={<IconArrowLeft size={24} />}
          onClick={goBack}
          className="survey-back"
        />
        {question === 'finish' ? null : answered ? (
          <Button
            label={t('next')}
            icon={<IconArrowRight size={24} />}
            variant="primary"
            size="large"
            onClick={goNext}
            className="survey-next"
          />
        ) : (
          <Button
            label={t('skip')}
            icon={<IconPlayerSkipForward size={24} />}
            size="large"
            onClick={skipQuestion}
            className="survey-skip"
          />
        )}
      </nav>
    </main>
  );
}
