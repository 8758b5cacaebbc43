/**
 * The street survey's figures as charts read at a glance (PRODUCT.md §4 "Survey"): a one-line summary,
 * then horizontal bars with their number written at the end, pictograms beside the activities and
 * difficulties, and each street difficulty beside how often the residents' workshops raised it. Every
 * bar says its value in words, so neither the bar's length nor its colour carries meaning alone.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySection } from '../../shared/concertation/surveySection';
import { languageOf, Pictogram } from '../ui/Pictogram';
import { type SurveyBarView, type SurveyChartView, surveyView } from './surveyChartWords';

export function SurveyCharts({ section }: { section: SurveySection }) {
  const { t, i18n } = useTranslation('diagnostic');
  const titleId = useId();
  const view = surveyView(section, t, languageOf(i18n.language));
  return (
    <section className="field-block survey-charts" aria-labelledby={titleId} data-testid="survey-charts">
      <h3 id={titleId}>{t('charts.title')}</h3>
      {section.interviews === 0 ? (
        <p className="panel-empty">{t('charts.empty')}</p>
      ) : (
        <>
          <p className="survey-summary" data-testid="survey-summary">
            {view.summary}
          </p>
          <p className="hint">{t('charts.intro')}</p>
          <div className="survey-chart-grid">
            {view.charts.map((chart) => (
              <SurveyChartCard key={chart.id} chart={chart} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function SurveyChartCard({ chart }: { chart: SurveyChartView }) {
  const { t } = useTranslation('diagnostic');
  const titleId = useId();
  return (
    <section className="survey-chart" aria-labelledby={titleId} data-chart={chart.id}>
      <h4 id={titleId}>{chart.title}</h4>
      {chart.hint ? <p className="hint">{chart.hint}</p> : null}
      {chart.answered ? (
        <ul className="survey-bars">
          {chart.bars.map((bar) => (
            <SurveyBarRow key={bar.key} bar={bar} />
          ))}
        </ul>
      ) : (
        <p className="hint survey-no-answer">{t('charts.noAnswer')}</p>
      )}
    </section>
  );
}

function SurveyBarRow({ bar }: { bar: SurveyBarView }) {
  return (
    <li className="survey-bar" data-key={bar.key}>
      <span className="survey-bar-label">
        {bar.pictogram ? <Pictogram id={bar.pictogram} size={32} alt="" /> : null}
        {bar.level !== null ? <LevelMarks level={bar.level} /> : null}
        <span>{bar.label}</span>
      </span>
      <span className="survey-bar-line">
        <span
          className="survey-bar-fill"
          aria-hidden="true"
          style={{ '--share': bar.share } as React.CSSProperties}
        />
        <span className="survey-bar-number" aria-hidden="true">
          {bar.shown}
        </span>
        <span className="visually-hidden">{bar.spoken}</span>
      </span>
      {bar.inWorkshops !== null ? (
        <span className="survey-bar-workshops" data-testid="survey-in-workshops">
          {bar.inWorkshops}
        </span>
      ) : null}
    </li>
  );
}

/** A fragility level as filled marks out of three: its name is written beside, the marks only echo it. */
function LevelMarks({ level }: { level: number }) {
  return (
    <span className="survey-level" aria-hidden="true">
      {[1, 2, 3].map((mark) => (
        <span key={mark} className={mark <= level ? 'survey-level-on' : 'survey-level-off'} />
      ))}
    </span>
  );
}
