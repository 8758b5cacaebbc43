/**
 * `/s/:surveyId#token=…`: the interviewer's phone. It opens the session (client/survey/openSurvey.ts)
 * and shows where the phone is: getting ready, ready for the street, or an interview being asked.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { openSurvey } from '../../survey/openSurvey';
import { useSurveyStore } from '../../survey/useSurveyStore';
import { LoadingNote } from '../../ui/LoadingNote';
import { InterviewScreen } from './InterviewScreen';
import { ReadyScreen } from './ReadyScreen';
import { SurveyFailureScreen } from './SurveyFailureScreen';
import './survey.css';

export default function SurveyRoute({ id }: { id: string }) {
  useTranslation('survey');
  useEffect(() => openSurvey(id, location.hash), [id]);
  const opening = useSurveyStore((state) => state.opening);
  const failure = useSurveyStore((state) => state.failure);
  const interviewing = useSurveyStore((state) => state.step !== null);
  let screen = (
    <main className="page-center">
      <LoadingNote />
    </main>
  );
  if (opening === 'failed') screen = <SurveyFailureScreen failure={failure ?? 'server_error'} />;
  else if (opening === 'open') screen = interviewing ? <InterviewScreen /> : <ReadyScreen />;
  return (
    <div className="survey-page" data-testid="survey-page">
      {screen}
    </div>
  );
}
