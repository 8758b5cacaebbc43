import { useTranslation } from 'react-i18next';
import { pictogramLabel } from '../../../shared/pictograms/lookup';
import type { EquipmentKey, FragilityLevel, QuestionId } from '../../../shared/schema/survey';
import { toggleListAnswer } from '../../survey/flow';
import {
  AGE_BANDS,
  DIFFICULTY_PICTOGRAMS,
  EQUIPMENT_KEYS,
  EQUIPMENT_PICTURES,
  FRAGILITY_LEVELS,
  HELP_KEYS,
  HELP_PICTURES,
  OTHER_NEIGHBOURHOOD,
  USE_PICTOGRAMS,
  WOULD_COME_PICTURE,
} from '../../survey/questions';
import { useSurveyStore } from '../../survey/useSurveyStore';
import { languageOf } from '../../ui/Pictogram';
import { ChoiceButton, PictureOf } from './ChoiceButton';

/** The answers of one question; a tap on a picked single answer unpicks it. */
export function QuestionBody({ question }: { question: QuestionId }) {
  const { t, i18n } = useTranslation('survey');
  const answers = useSurveyStore((state) => state.answers);
  const neighbourhoods = useSurveyStore((state) => state.info?.neighbourhoods ?? []);
  const setAnswers = useSurveyStore((state) => state.setAnswers);
  const lang = languageOf(i18n.language);

  switch (question) {
    case 'ageBand':
      return (
        <div className="survey-choices survey-choices-text">
          {AGE_BANDS.map((band) => (
            <ChoiceButton
              key={band}
              value={band}
              label={t(`ageBand.${band}`)}
              selected={answers.ageBand === band}
              onPick={() => setAnswers({ ...answers, ageBand: answers.ageBand === band ? null : band })}
            />
          ))}
        </div>
      );
    case 'neighbourhood':
      return (
        <div className="survey-choices survey-choices-text">
          {[...neighbourhoods, OTHER_NEIGHBOURHOOD].map((place) => (
            <ChoiceButton
              key={place}
              value={place}
              label={place === OTHER_NEIGHBOURHOOD ? t('neighbourhood.other') : place}
              selected={answers.neighbourhood === place}
              onPick={() =>
                setAnswers({ ...answers, neighbourhood: answers.neighbourhood === place ? null : place })
              }
            />
          ))}
        </div>
      );
    case 'equipment':
      return (
        <ul className="survey-equipment">
          {EQUIPMENT_KEYS.map((key: EquipmentKey) => {
            const has = answers.equipment[key];
            const pick = (value: boolean) => {
              const equipment = { ...answers.equipment };
              if (has === value) delete equipment[key];
              else equipment[key] = value;
              setAnswers({ ...answers, equipment });
            };
            return (
              <li key={key} className="survey-equipment-row" data-equipment={key}>
                <PictureOf picture={EQUIPMENT_PICTURES[key]} />
                <span className="survey-equipment-label">{t(`equipment.${key}`)}</span>
                <span className="survey-yes-no">
                  <button
                    type="button"
                    className={`survey-yes ${has === true ? 'is-selected' : ''}`}
                    aria-pressed={has === true}
                    aria-label={`${t(`equipment.${key}`)} : ${t('yes')}`}
                    onClick={() => pick(true)}
                  >
                    {t('yes')}
                  </button>
                  <button
                    type="button"
                    className={`survey-no ${has === false ? 'is-selected' : ''}`}
                    aria-pressed={has === false}
                    aria-label={`${t(`equipment.${key}`)} : ${t('no')}`}
                    onClick={() => pick(false)}
                  >
                    {t('no')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      );
    case 'uses':
    case 'difficulties': {
      const ids = question === 'uses' ? USE_PICTOGRAMS : DIFFICULTY_PICTOGRAMS;
      return (
        <>
          <p className="survey-hint survey-hold-hint">{t('holdToHear')}</p>
          <div className="survey-choices survey-choices-pictures">
            {ids.map((id) => (
              <ChoiceButton
                key={id}
                value={id}
                picture={{ pictogram: id }}
                label={pictogramLabel(id, lang) ?? id}
                selected={answers[question].includes(id)}
                onPick={() => setAnswers(toggleListAnswer(answers, question, id))}
              />
            ))}
          </div>
        </>
      );
    }
    case 'help':
      return (
        <div className="survey-choices survey-choices-pictures survey-choices-wide">
          {HELP_KEYS.map((key) => (
            <ChoiceButton
              key={key}
              value={key}
              picture={HELP_PICTURES[key]}
              label={t(`help.${key}`)}
              selected={answers.help.includes(key)}
              onPick={() => setAnswers(toggleListAnswer(answers, 'help', key))}
            />
          ))}
        </div>
      );
    case 'wouldCome':
      return (
        <div className="survey-would-come">
          <PictureOf picture={WOULD_COME_PICTURE} size={96} />
          <div className="survey-choices survey-choices-wide">
            {[true, false].map((value) => (
              <ChoiceButton
                key={String(value)}
                value={value ? 'yes' : 'no'}
                picture={{ icon: value ? 'yes' : 'no' }}
                label={value ? t('yes') : t('no')}
                selected={answers.wouldCome === value}
                onPick={() =>
                  setAnswers({ ...answers, wouldCome: answers.wouldCome === value ? null : value })
                }
              />
            ))}
          </div>
        </div>
      );
    case 'digitalFragility':
    case 'socialFragility':
      return (
        <div className="survey-fragility">
          <p className="survey-estimate-note" data-testid="survey-estimate-note">
            {t('fragility.note')}
          </p>
          <div className="survey-choices survey-choices-scale">
            {FRAGILITY_LEVELS.map((level: FragilityLevel) => (
              <ChoiceButton
                key={level}
                value={String(level)}
                label={`${level} – ${t(`fragility.level${level}`)}`}
                selected={answers[question] === level}
                onPick={() =>
                  setAnswers({ ...answers, [question]: answers[question] === level ? null : level })
                }
              />
            ))}
          </div>
        </div>
      );
  }
}
