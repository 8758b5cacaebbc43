import { IconArrowDown, IconArrowUp, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionId, Questionnaire } from '../../../shared/schema/survey';
import { surveyApi } from '../../api/surveyApi';
import { Button } from '../../ui/Button';
import { moveQuestion, toggleQuestion } from './questionnaireEdit';
import { useQuestionnaireSaver } from './useQuestionnaireSaver';

type Move = -1 | 1;

/**
 * A session's questions, each listed once: turned on or off and moved up or down, never added (the
 * field return pools every interview the same way). Each change is saved at once.
 */
export function QuestionnaireEditor(props: {
  concertationId: string;
  surveyId: string;
  token: string;
  questionnaire: Questionnaire;
  onSaved(): void;
}) {
  const { t } = useTranslation('diagnostic');
  const { draft, status, change, retry } = useQuestionnaireSaver(
    props.questionnaire,
    (questionnaire) =>
      surveyApi.setQuestionnaire(props.concertationId, props.surveyId, props.token, questionnaire),
    props.onSaved,
  );
  const listRef = useRef<HTMLOListElement>(null);
  // The row moves in the page: the focus follows its arrow (or the other one, at either end).
  const [moved, setMoved] = useState<{ id: QuestionId; by: Move } | null>(null);
  useEffect(() => {
    if (!moved) return;
    const button = (by: Move) =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${moved.id}:${by}"]`);
    const same = button(moved.by);
    (same && !same.disabled ? same : button(moved.by === 1 ? -1 : 1))?.focus();
  }, [moved]);

  const move = (id: QuestionId, by: Move) => {
    change(moveQuestion(draft, id, by));
    setMoved({ id, by });
  };
  const headingId = `questionnaire-${props.surveyId}`;
  return (
    <section className="questionnaire-editor" aria-labelledby={headingId} data-testid="questionnaire-editor">
      <h4 id={headingId}>{t('sessions.questionnaire.title')}</h4>
      <p className="questionnaire-before">{t('sessions.questionnaire.before')}</p>
      <p className="hint">{t('sessions.questionnaire.hint')}</p>
      <ol className="questionnaire-list" ref={listRef}>
        {draft.map((question, index) => {
          const name = t(`sessions.question.${question.id}`);
          return (
            <li
              key={question.id}
              className={`questionnaire-row${question.enabled ? '' : ' is-off'}`}
              data-question={question.id}
            >
              <span className="questionnaire-position" aria-hidden="true">
                {t('sessions.questionnaire.position', { position: index + 1 })}
              </span>
              <label className="questionnaire-toggle">
                <input
                  type="checkbox"
                  checked={question.enabled}
                  onChange={() => change(toggleQuestion(draft, question.id))}
                />
                <span>{name}</span>
              </label>
              <span className="questionnaire-moves">
                <Button
                  label={t('sessions.questionnaire.up', { question: name })}
                  icon={<IconArrowUp size={22} />}
                  showLabel={false}
                  disabled={index === 0}
                  data-move={`${question.id}:-1`}
                  onClick={() => move(question.id, -1)}
                />
                <Button
                  label={t('sessions.questionnaire.down', { question: name })}
                  icon={<IconArrowDown size={22} />}
                  showLabel={false}
                  disabled={index === draft.length - 1}
                  data-move={`${question.id}:1`}
                  onClick={() => move(question.id, 1)}
                />
              </span>
            </li>
          );
        })}
      </ol>
      {draft.every((question) => !question.enabled) ? (
        <p className="warning">{t('sessions.questionnaire.noneAsked')}</p>
      ) : null}
      <SaveNote status={status} onRetry={retry} />
    </section>
  );
}

function SaveNote({ status, onRetry }: { status: string; onRetry(): void }) {
  const { t } = useTranslation('diagnostic');
  return (
    <div
      className="questionnaire-status"
      role="status"
      data-testid="questionnaire-status"
      data-status={status}
    >
      {status === 'saving' ? t('sessions.questionnaire.saving') : null}
      {status === 'saved' ? t('sessions.questionnaire.saved') : null}
      {status === 'failed' ? (
        <>
          <span className="problem">{t('sessions.questionnaire.failed')}</span>
          <Button
            label={t('sessions.questionnaire.retry')}
            icon={<IconRefresh size={22} />}
            onClick={onRetry}
          />
        </>
      ) : null}
    </div>
  );
}
