/**
 * « Enquêtes de rue » on the concertation's page: the street-survey sessions (PRODUCT.md §4 "Survey"),
 * each with its interviewers' link and questionnaire for the lead, and the form that makes one. Their
 * answers show in the field return below (SurveyCharts), not here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcertationSurvey } from '../../../shared/protocol/survey';
import { AddSurveyForm } from './AddSurveyForm';
import { DeleteSurveyDialog } from './DeleteSurveyDialog';
import { SurveySessionCard } from './SurveySessionCard';

export function SurveySessions(props: {
  concertationId: string;
  /** The lead's token, or null for a member who only reads. */
  leadToken: string | null;
  surveys: readonly ConcertationSurvey[];
  onChanged(): void;
}) {
  const { t } = useTranslation('diagnostic');
  const [deleting, setDeleting] = useState<ConcertationSurvey | null>(null);
  const { leadToken } = props;
  return (
    <section aria-labelledby="surveys-title" className="survey-sessions" data-testid="survey-sessions">
      <h2 id="surveys-title">{t('sessions.title')}</h2>
      <p className="hint">{t('sessions.intro')}</p>
      {props.surveys.length === 0 ? <p className="panel-empty">{t('sessions.none')}</p> : null}
      <ul className="workshop-list survey-list">
        {props.surveys.map((survey) => (
          <SurveySessionCard
            key={survey.id}
            concertationId={props.concertationId}
            leadToken={leadToken}
            survey={survey}
            onChanged={props.onChanged}
            onDelete={() => setDeleting(survey)}
          />
        ))}
      </ul>
      {leadToken ? (
        <div className="panel">
          <AddSurveyForm concertationId={props.concertationId} token={leadToken} onAdded={props.onChanged} />
        </div>
      ) : props.surveys.length > 0 ? (
        <p className="hint">{t('sessions.readOnly')}</p>
      ) : null}
      {deleting && leadToken ? (
        <DeleteSurveyDialog
          concertationId={props.concertationId}
          token={leadToken}
          survey={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            props.onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
