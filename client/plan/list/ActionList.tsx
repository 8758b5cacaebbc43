/**
 * Every action of the plan as text: the accessible twin of the fresco (PRODUCT.md §4: everything on a
 * canvas also appears in the page's list view). Grouped by lane like the fresco, with the counts per
 * lane and per nature, each row saying its months, how complete its fiche is, what looks wrong and who
 * has it open, with a button to open the fiche.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionProblem, RequiredActionField } from '../../../shared/model/actionChecks';
import { REQUIRED_ACTION_FIELDS } from '../../../shared/model/actionChecks';
import type { TimelineLayout } from '../../../shared/model/timeline';
import { type Action, NATURES } from '../../../shared/schema/plan';
import { storedMonthName } from '../model/months';
import { NatureMark } from '../NatureMark';

export interface ActionListProps {
  actions: ReadonlyMap<string, Action>;
  layout: TimelineLayout;
  laneLabel(key: string): string;
  missing: ReadonlyMap<string, RequiredActionField[]>;
  problems: ReadonlyMap<string, ActionProblem[]>;
  editors: ReadonlyMap<string, string>;
  selectedId: string | null;
  onOpen(id: string): void;
}

export const ActionList = memo(function ActionList(props: ActionListProps) {
  const { t, i18n } = useTranslation('plan');
  const groups: { key: string; label: string; ids: string[]; counts: string }[] = props.layout.lanes.map(
    (lane) => ({
      key: lane.key,
      label: props.laneLabel(lane.key),
      ids: props.layout.cards
        .filter((card) => card.lane === lane.key)
        .sort(byPlace)
        .map((card) => card.id),
      counts: NATURES.map((nature) => t(`count.${nature}`, { count: lane.natures[nature] })).join(', '),
    }),
  );
  if (props.layout.undated) {
    groups.push({
      key: '\u0000undated',
      label: t('lane.undated'),
      ids: props.layout.cards.filter((card) => card.lane === null).map((card) => card.id),
      counts: '',
    });
  }
  const total = REQUIRED_ACTION_FIELDS.length;
  const monthWords = { quote: (value: string) => t('month.odd', { value }), empty: t('month.empty') };
  return (
    <section className="action-list" aria-labelledby="action-list-title" data-testid="action-list">
      <h2 id="action-list-title">{t('list.title', { count: props.actions.size })}</h2>
      {props.actions.size === 0 ? <p className="panel-empty">{t('list.empty')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="action-list-lane" data-lane={group.key}>
          <h3>
            {group.label}{' '}
            <span className="lane-counts">— {t('list.laneCount', { count: group.ids.length })}</span>
            {group.counts ? <span className="lane-counts"> ({group.counts})</span> : null}
          </h3>
          <ul>
            {group.ids.map((id) => {
              const action = props.actions.get(id);
              if (!action) return null;
              const missing = props.missing.get(id) ?? [];
              const problems = props.problems.get(id) ?? [];
              const editor = props.editors.get(id);
              return (
                <li
                  key={id}
                  className={`action-row nature-${action.nature}${props.selectedId === id ? ' is-selected' : ''}`}
                  data-action-id={id}
                >
                  <button
                    type="button"
                    className="action-row-open"
                    aria-current={props.selectedId === id ? 'true' : undefined}
                    onClick={() => props.onOpen(id)}
                  >
                    <NatureMark nature={action.nature} />
                    <span className="action-row-title">
                      {t('fiche.number', { number: action.number })} {action.title.trim() || t('untitled')}
                    </span>
                  </button>
                  <span className="action-row-nature">{t(`nature.${action.nature}`)}</span>
                  <span className="action-row-months">
                    {storedMonthName(action.start, i18n.language, monthWords)} →{' '}
                    {storedMonthName(action.end, i18n.language, monthWords)}
                  </span>
                  <span className={`action-row-complete${missing.length === 0 ? ' is-complete' : ''}`}>
                    {t('completeness.count', { filled: total - missing.length, total })}
                    {missing.length > 0 ? (
                      <span className="visually-hidden">
                        {' '}
                        {t('completeness.missing', {
                          fields: missing.map((f) => t(`field.${f}`)).join(', '),
                        })}
                      </span>
                    ) : null}
                  </span>
                  {problems.length > 0 ? (
                    <span className="action-row-problem">
                      {t('list.problems', { count: problems.length })}
                    </span>
                  ) : null}
                  {editor ? (
                    <span className="action-row-editor">{t('presence.editing', { name: editor })}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
});

type Placed = { id: string; rect: { x: number; y: number } };

/** Reading order of the fresco: left to right, then top to bottom. */
function byPlace(a: Placed, b: Placed): number {
  return a.rect.x - b.rect.x || a.rect.y - b.rect.y || (a.id < b.id ? -1 : 1);
}
