import { IconChevronDown, IconChevronUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcertationSurvey } from '../../../shared/protocol/survey';
import { Button } from '../../ui/Button';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { completeQuestionnaire } from './questionnaireEdit';
import { SurveyLink } from './SurveyLink';

/** A session's day in words ("jeudi 3 décembre 2026"), read at noon so no time zone moves the day. */
function longDate(date: string, language: string): string {
  const day = new Date(`${date}T12:00:00`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'full' }).format(day);
}

/** One street-survey session: where, when, how many interviews, and for the lead its link and questions. */
export function SurveySessionCard(props: {
  concertationId: string;
  /** The lead's token; absent for a workshop's facilitator or stakeholder, who only read. */
  leadToken: string | null;
  survey: ConcertationSurvey;
  onChanged(): void;
  onDelete(): void;
}) {
  const { t, i18n } = useTranslation('diagnostic');
  const [open, setOpen] = useState(false);
  const { survey, leadToken } = props;
  const headingId = `survey-${survey.id}`;
  return (
    <li className="panel survey-card" data-survey={survey.id} aria-labelledby={headingId}>
      <div className="survey-card-head">
        <div>
          <h3 id={headingId}>{survey.place}</h3>
          <p className="hint">{longDate(survey.date, i18n.language)}</p>
          <p className="survey-card-count" data-testid="survey-interviews">
            {t('sessions.card.interviews', { count: survey.interviews })}
          </p>
        </div>
        {leadToken ? (
          <div className="survey-card-actions">
            <Button
              label={open ? t('sessions.card.lessQuestions') : t('sessions.card.questions')}
              icon={open ? <IconChevronUp size={22} /> : <IconChevronDown size={22} />}
              aria-expanded={open}
              onClick={() => setOpen(!open)}
              data-testid="survey-questions"
            />
            <Button
              label={t('sessions.card.delete')}
              icon={<IconTrash size={22} />}
              variant="quiet"
              onClick={props.onDelete}
              data-testid="delete-survey"
            />
          </div>
        ) : null}
      </div>
      {leadToken && survey.token ? (
        <SurveyLink surveyId={survey.id} token={survey.token} place={survey.place} />
      ) : null}
      {leadToken && open ? (
        <QuestionnaireEditor
          concertationId={props.concertationId}
          surveyId={survey.id}
          token={leadToken}
          questionnaire={completeQuestionnaire(survey.questionnaire)}
          onSaved={props.onChanged}
        />
      ) : null}
    </li>
  );
}
