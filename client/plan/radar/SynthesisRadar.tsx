/**
 * The synthesis radar: where residents' difficulties fall among the capability axes (each difficulty
 * on the axis of its activity) against what the plan strengthens (the sum of the actions' scores).
 * Each series is scaled to its own largest axis, so the shapes compare where the weight is, not sizes.
 * Axes where the plan answers clearly less than residents need are marked as gaps, in words too, and a
 * table gives the same numbers. Residents' line is dashed, the plan's solid: colour is not the only cue.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pooledNeedByAxis } from '../../../shared/concertation/pooledNeed';
import { needByAxis } from '../../../shared/model/axisMapping';
import { axisBalance, radarPolygon } from '../../../shared/model/radar';
import { usePooledField } from '../../concertation/pooledFieldContext';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { useActions, useBoard } from '../usePlanData';
import { RadarGrid } from './RadarGrid';

const WIDTH = 560;
const HEIGHT = 420;
const FRAME = { cx: WIDTH / 2, cy: HEIGHT / 2 + 6, radius: 140 };
const NEED = '#b3261e';
const PLAN = '#1f4fa8';

const points = (list: { x: number; y: number }[]) =>
  list.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

export function SynthesisRadar() {
  const { t } = useTranslation('plan');
  const axes = useWorkshopSetting('capabilityAxes');
  const custom = useWorkshopSetting('customPictograms');
  const board = useBoard();
  const actions = useActions();
  // In a concertation's stakeholders' workshop, residents' side is every neighbourhood's.
  const pooled = usePooledField();
  const need = useMemo(() => {
    const axisIds = axes.map((axis) => axis.id);
    return pooled ? pooledNeedByAxis(pooled, axisIds) : needByAxis(board.items, axisIds, custom);
  }, [pooled, board.items, axes, custom]);
  const balance = useMemo(
    () =>
      axisBalance(
        axes.map((axis) => axis.id),
        need.byAxis,
        actions,
      ),
    [axes, need, actions],
  );
  const gaps = balance.filter((b) => b.gap);
  const summary =
    gaps.length === 0
      ? t('synthesis.noGap')
      : t('synthesis.gaps', {
          axes: gaps.map((g) => axes.find((a) => a.id === g.axisId)?.label ?? g.axisId).join(', '),
        });
  return (
    <section
      className="synthesis-radar panel"
      aria-labelledby="synthesis-radar-title"
      data-testid="synthesis-radar"
    >
      <h2 id="synthesis-radar-title">{t('synthesis.title')}</h2>
      <p className="hint">{t('synthesis.explain')}</p>
      {axes.length < 3 ? (
        <p className="hint">{t('synthesis.fewAxes')}</p>
      ) : (
        <div className="synthesis-figure">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
            <defs>
              <pattern
                id="need-hatch"
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <line x1="0" y1="0" x2="0" y2="8" stroke={NEED} strokeWidth="2" strokeOpacity="0.35" />
              </pattern>
            </defs>
            <RadarGrid
              labels={axes.map((axis) => axis.label)}
              frame={FRAME}
              marked={balance.map((b) => b.gap)}
              markText={t('synthesis.gapMark')}
            />
            <polygon
              points={points(
                radarPolygon(
                  balance.map((b) => b.needLevel),
                  FRAME,
                ),
              )}
              fill="url(#need-hatch)"
              stroke={NEED}
              strokeWidth={3}
              strokeDasharray="9 6"
              strokeLinejoin="round"
              data-testid="need-shape"
            />
            <polygon
              points={points(
                radarPolygon(
                  balance.map((b) => b.strengthLevel),
                  FRAME,
                ),
              )}
              fill={PLAN}
              fillOpacity={0.22}
              stroke={PLAN}
              strokeWidth={3}
              strokeLinejoin="round"
              data-testid="plan-shape"
            />
          </svg>
          <ul className="synthesis-legend">
            <li>
              <svg width="44" height="14" aria-hidden="true">
                <line x1="2" y1="7" x2="42" y2="7" stroke={NEED} strokeWidth="3" strokeDasharray="9 6" />
              </svg>
              {t('synthesis.needLegend', { count: need.total })}
            </li>
            <li>
              <svg width="44" height="14" aria-hidden="true">
                <line x1="2" y1="7" x2="42" y2="7" stroke={PLAN} strokeWidth="3" />
              </svg>
              {t('synthesis.planLegend', { count: actions.length })}
            </li>
          </ul>
        </div>
      )}
      <p className={gaps.length > 0 ? 'warning' : 'hint'} data-testid="synthesis-summary">
        {summary}
      </p>
      <table className="synthesis-table">
        <caption className="visually-hidden">{t('synthesis.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('synthesis.axis')}</th>
            <th scope="col">{t('synthesis.need')}</th>
            <th scope="col">{t('synthesis.strength')}</th>
            <th scope="col">{t('synthesis.actions')}</th>
            <th scope="col">{t('synthesis.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {balance.map((b) => (
            <tr key={b.axisId} className={b.gap ? 'is-gap' : undefined} data-axis={b.axisId}>
              <th scope="row">{axes.find((a) => a.id === b.axisId)?.label}</th>
              <td>{b.need}</td>
              <td>{b.strength}</td>
              <td>{b.actions}</td>
              <td>{b.gap ? t('synthesis.gapYes') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {need.unmapped > 0 ? <p className="hint">{t('synthesis.unmapped', { count: need.unmapped })}</p> : null}
    </section>
  );
}
