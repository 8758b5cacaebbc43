/**
 * The concertation's field return, read at a glance: how many residents in each neighbourhood, each
 * difficulty counted per neighbourhood, activities × difficulties across all of them, residents' words
 * with the place they were said, the proposals residents backed most, per neighbourhood and overall,
 * and the street survey's charts when the concertation has sessions.
 * Read-only; the same view serves the lead's page and the stakeholders' workshop.
 */

import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  FieldReturn,
  PooledActivity,
  PooledDifficulty,
  PooledProposal,
} from '../../shared/concertation/fieldReturn';
import { Button } from '../ui/Button';
import { Pictogram } from '../ui/Pictogram';
import { SurveyCharts } from './SurveyCharts';
import './concertation.css';

/** Beyond this, rows and columns would not be read from a laptop beside the plan. */
const TOP_DIFFICULTIES = 10;
const MAP_ROWS = 8;
const MAP_COLUMNS = 6;
const WORDS_PER_DIFFICULTY = 4;
const PROPOSALS_PER_PLACE = 3;

export interface FieldReturnActions {
  /** Absent where the plan may not be written: no buttons then. */
  onStartFromDifficulty?: (difficulty: PooledDifficulty) => void;
  onStartFromProposal?: (proposal: PooledProposal) => void;
}

export function FieldReturnView({ field, ...actions }: { field: FieldReturn } & FieldReturnActions) {
  const { t } = useTranslation('concertation');
  const place = (workshopId: string) =>
    field.workshops.find((workshop) => workshop.id === workshopId)?.place || t('field.unnamedPlace');
  const total = (entry: PooledActivity) => entry.count;
  const nothing = field.activities.length === 0 && field.difficulties.length === 0;
  return (
    <section
      className="concertation-field"
      aria-labelledby="concertation-field-title"
      data-testid="concertation-field"
    >
      <h2 id="concertation-field-title">{t('field.title')}</h2>
      <p className="hint">{t('field.intro')}</p>
      <ByPlace field={field} />
      {nothing ? <p className="panel-empty">{t('field.empty')}</p> : null}
      {field.difficulties.length > 0 ? (
        <section className="field-block" aria-labelledby="pooled-difficulties">
          <h3 id="pooled-difficulties">{t('field.difficulties')}</h3>
          <CountsByPlace
            field={field}
            rows={field.difficulties.slice(0, TOP_DIFFICULTIES)}
            header={t('field.difficulty')}
            testId="pooled-difficulties"
            onStart={actions.onStartFromDifficulty}
          />
        </section>
      ) : null}
      {field.matrix.length > 0 ? <PooledMap field={field} /> : null}
      {field.difficulties.some((d) => d.words.length > 0) ? (
        <section className="field-block" aria-labelledby="pooled-words">
          <h3 id="pooled-words">{t('field.words')}</h3>
          <ul className="pooled-words" data-testid="pooled-words">
            {field.difficulties
              .filter((difficulty) => difficulty.words.length > 0)
              .slice(0, TOP_DIFFICULTIES)
              .map((difficulty) => (
                <li key={`${difficulty.pictogram}-${difficulty.label}`}>
                  <p className="field-card-title">
                    <Pictogram id={difficulty.pictogram} size={32} alt="" />{' '}
                    <strong>{difficulty.label}</strong>
                  </p>
                  <ul>
                    {difficulty.words.slice(0, WORDS_PER_DIFFICULTY).map((word, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the same words may be said twice in one place.
                      <li key={index}>
                        <q>{word.text}</q>{' '}
                        <span className="hint">{t('field.saidIn', { place: place(word.workshopId) })}</span>
                      </li>
                    ))}
                  </ul>
                  {difficulty.words.length > WORDS_PER_DIFFICULTY ? (
                    <p className="hint">
                      {t('field.moreWords', { count: difficulty.words.length - WORDS_PER_DIFFICULTY })}
                    </p>
                  ) : null}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      {field.activities.length > 0 ? (
        <section className="field-block" aria-labelledby="pooled-activities">
          <h3 id="pooled-activities">{t('field.activities')}</h3>
          <CountsByPlace
            field={field}
            rows={[...field.activities].sort((a, b) => total(b) - total(a)).slice(0, TOP_DIFFICULTIES)}
            header={t('field.activity')}
            testId="pooled-activities"
          />
        </section>
      ) : null}
      {field.proposals.length > 0 ? (
        <TopProposals field={field} place={place} onStart={actions.onStartFromProposal} />
      ) : null}
      {field.survey ? <SurveyCharts section={field.survey} /> : null}
    </section>
  );
}

function ByPlace({ field }: { field: FieldReturn }) {
  const { t } = useTranslation('concertation');
  const residents = field.workshops.reduce((sum, workshop) => sum + workshop.residents, 0);
  return (
    <section className="field-block" aria-labelledby="pooled-places">
      <h3 id="pooled-places">{t('field.byPlace')}</h3>
      <table className="matrix pooled-table" data-testid="pooled-places">
        <thead>
          <tr>
            <th scope="col">{t('field.place')}</th>
            <th scope="col">{t('field.date')}</th>
            <th scope="col">{t('field.residentsHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {field.workshops.map((workshop) => (
            <tr key={workshop.id} data-workshop={workshop.id}>
              <th scope="row">{workshop.place || t('field.unnamedPlace')}</th>
              <td>{workshop.date}</td>
              <td>{workshop.residents}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('field.total')}</th>
            <td />
            <td>{residents}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function CountsByPlace<Row extends PooledActivity>(props: {
  field: FieldReturn;
  rows: Row[];
  header: string;
  testId: string;
  onStart?: ((row: Row) => void) | undefined;
}) {
  const { t } = useTranslation(['concertation', 'plan']);
  const { onStart } = props;
  const { workshops } = props.field;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls; the keyboard must reach it.
    <div className="matrix-scroll" tabIndex={0}>
      <table className="matrix pooled-table" data-testid={props.testId}>
        <thead>
          <tr>
            <th scope="col">{props.header}</th>
            {workshops.map((workshop) => (
              <th key={workshop.id} scope="col">
                {workshop.place || t('field.unnamedPlace')}
              </th>
            ))}
            <th scope="col">{t('field.total')}</th>
            {onStart ? (
              <th scope="col" className="visually-hidden">
                {t('plan:return.startFromDifficulty')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={`${row.pictogram}-${row.label}`} data-pictogram={row.pictogram}>
              <th scope="row">
                <span className="pooled-name">
                  <Pictogram id={row.pictogram} size={28} alt="" /> {row.label}
                </span>
              </th>
              {workshops.map((workshop) => (
                <td key={workshop.id} data-workshop={workshop.id}>
                  {row.byWorkshop[workshop.id] ?? 0}
                </td>
              ))}
              <td className="pooled-total">{row.count}</td>
              {onStart ? (
                <td className="pooled-start">
                  <Button
                    label={t('plan:return.startFromDifficulty')}
                    icon={<IconPlus size={20} />}
                    onClick={() => onStart(row)}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PooledMap({ field }: { field: FieldReturn }) {
  const { t } = useTranslation('concertation');
  const columns = field.difficulties.slice(0, MAP_COLUMNS);
  const rows = field.activities
    .map((activity, index) => ({ activity, cells: field.matrix[index] ?? [] }))
    .filter((row) => row.cells.some((count) => count > 0))
    .slice(0, MAP_ROWS);
  const max = Math.max(1, ...rows.flatMap((row) => row.cells.slice(0, MAP_COLUMNS)));
  return (
    <section className="field-block" aria-labelledby="pooled-map">
      <h3 id="pooled-map">{t('field.map')}</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls; the keyboard must reach it. */}
      <div className="matrix-scroll" tabIndex={0}>
        <table className="matrix pooled-table pooled-heat" data-testid="pooled-map">
          <caption className="hint">{t('field.mapHint')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.activity')}</th>
              {columns.map((column) => (
                <th key={`${column.pictogram}-${column.label}`} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ activity, cells }) => (
              <tr key={`${activity.pictogram}-${activity.label}`}>
                <th scope="row">{activity.label}</th>
                {columns.map((column, index) => {
                  const count = cells[index] ?? 0;
                  return (
                    <td
                      key={`${column.pictogram}-${column.label}`}
                      style={{ '--heat': count / max } as React.CSSProperties}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TopProposals({
  field,
  place,
  onStart,
}: {
  field: FieldReturn;
  place(workshopId: string): string;
  onStart?: ((proposal: PooledProposal) => void) | undefined;
}) {
  const { t } = useTranslation(['concertation', 'plan']);
  const groups = [
    {
      key: 'overall',
      title: t('field.overall'),
      proposals: field.proposals.slice(0, PROPOSALS_PER_PLACE * 2),
    },
    ...field.workshops.map((workshop) => ({
      key: workshop.id,
      title: place(workshop.id),
      proposals: field.proposals.filter((p) => p.workshopId === workshop.id).slice(0, PROPOSALS_PER_PLACE),
    })),
  ].filter((group) => group.proposals.length > 0);
  return (
    <section className="field-block" aria-labelledby="pooled-proposals">
      <h3 id="pooled-proposals">{t('field.proposals')}</h3>
      <div className="pooled-proposals" data-testid="pooled-proposals">
        {groups.map((group) => (
          <div key={group.key} data-group={group.key}>
            <h4>{group.title}</h4>
            <ol>
              {group.proposals.map((proposal) => (
                <li key={`${proposal.workshopId}/${proposal.id}`}>
                  <strong>{proposal.label}</strong>{' '}
                  <span className="hint">{t('field.votes', { count: proposal.votes })}</span>
                  {group.key === 'overall' ? (
                    <span className="hint"> · {place(proposal.workshopId)}</span>
                  ) : null}
                  {onStart ? (
                    <Button
                      label={t('plan:return.startFromProposal')}
                      icon={<IconPlus size={20} />}
                      onClick={() => onStart(proposal)}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
