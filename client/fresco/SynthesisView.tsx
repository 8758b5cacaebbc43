/**
 * The field return of the residents' workshop: which difficulties residents met in which activities, as
 * a heat-map table (a real table, read cell by cell by screen readers), and the proposals ranked by dot
 * votes. Computed live from the board by `computeSynthesis`.
 */
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeSynthesis, type Synthesis } from '../../shared/model/synthesis';
import { Pictogram } from '../ui/Pictogram';
import { boardOf } from './ProposalsPanel';
import { pictogramName } from './pictogramWords';
import { type Fresco, useBoardSnapshot } from './useFresco';

export function SynthesisView({ fresco }: { fresco: Fresco }) {
  const { t } = useTranslation('fresco');
  const snapshot = useBoardSnapshot(fresco.index);
  const synthesis = useMemo(() => computeSynthesis(boardOf(snapshot)), [snapshot]);
  const placed = synthesis.activities.reduce((total, row) => total + row.placed, 0);
  const found = synthesis.difficulties.reduce((total, column) => total + column.count, 0);
  return (
    <div className="synthesis" data-testid="synthesis">
      <p
        className="synthesis-summary"
        data-testid="synthesis-summary"
        data-activities={placed}
        data-difficulties={found}
      >
        {t('synthesis.summary', {
          activities: t('synthesis.activities', { count: placed }),
          difficulties: t('synthesis.difficulties', { count: found }),
          proposals: t('synthesis.proposals', { count: synthesis.proposals.length }),
        })}
      </p>
      <HeatMap fresco={fresco} synthesis={synthesis} />
      <TopProposals fresco={fresco} synthesis={synthesis} />
    </div>
  );
}

function HeatMap({ fresco, synthesis }: { fresco: Fresco; synthesis: Synthesis }) {
  const { t } = useTranslation('fresco');
  const max = Math.max(1, ...synthesis.matrix.flat());
  const label = useSynthesisName(fresco, synthesis);
  if (synthesis.difficulties.length === 0) {
    return (
      <section aria-labelledby="heatmap-title" className="synthesis-block">
        <h2 id="heatmap-title">{t('synthesis.heatmap')}</h2>
        <p className="panel-empty">{t('synthesis.noThreads')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="heatmap-title" className="synthesis-block">
      <h2 id="heatmap-title">{t('synthesis.heatmap')}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls; the keyboard must reach it. */}
      <section className="heatmap-scroll" aria-labelledby="heatmap-title" tabIndex={0}>
        <table className="heatmap" data-testid="heatmap">
          <caption className="visually-hidden">{t('synthesis.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('synthesis.activity')}</th>
              {synthesis.difficulties.map((column) => (
                <th scope="col" key={column.pictogram} data-pictogram={column.pictogram}>
                  <span className="heatmap-head">
                    <HeadPicture fresco={fresco} pictogram={column.pictogram} />
                    <span>{label(column.pictogram)}</span>
                  </span>
                </th>
              ))}
              <th scope="col">{t('synthesis.total')}</th>
            </tr>
          </thead>
          <tbody>
            {synthesis.activities.map((row, rowIndex) => (
              <tr key={row.pictogram} data-pictogram={row.pictogram}>
                <th scope="row">
                  <span className="heatmap-head heatmap-row-head">
                    <HeadPicture fresco={fresco} pictogram={row.pictogram} />
                    <span>
                      {label(row.pictogram)} <small>×{row.placed}</small>
                    </span>
                  </span>
                </th>
                {synthesis.difficulties.map((column, columnIndex) => {
                  const value = synthesis.matrix[rowIndex]?.[columnIndex] ?? 0;
                  return (
                    <td key={column.pictogram} data-count={value} style={heat(value / max)}>
                      {value === 0 ? (
                        <>
                          <span aria-hidden="true">·</span>
                          <span className="visually-hidden">0</span>
                        </>
                      ) : (
                        value
                      )}
                    </td>
                  );
                })}
                <td className="heatmap-total" data-count={row.difficulties}>
                  {row.difficulties}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <WordsHeard fresco={fresco} synthesis={synthesis} />
    </section>
  );
}

/** Residents' own words on the difficulties, the heart of the fiche action's context. */
function WordsHeard({ fresco, synthesis }: { fresco: Fresco; synthesis: Synthesis }) {
  const { t } = useTranslation('fresco');
  const label = useSynthesisName(fresco, synthesis);
  const columns = synthesis.difficulties.filter((column) => column.words.length > 0);
  if (columns.length === 0) return null;
  return (
    <details className="words-heard">
      <summary>{t('synthesis.words')}</summary>
      <ul>
        {columns.map((column) => (
          <li key={column.pictogram}>
            <strong>{label(column.pictogram)}</strong>
            <ul>
              {column.words.map((word) => (
                <li key={word.itemId} dir="auto">
                  « {word.label} »
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

function TopProposals({ fresco, synthesis }: { fresco: Fresco; synthesis: Synthesis }) {
  const { t } = useTranslation('fresco');
  const top = synthesis.proposals.slice(0, 10);
  return (
    <section aria-labelledby="top-title" className="synthesis-block">
      <h2 id="top-title">{t('synthesis.top')}</h2>
      {top.length === 0 ? <p className="panel-empty">{t('proposals.empty')}</p> : null}
      <ol className="top-proposals" data-testid="top-proposals">
        {top.map((proposal, rank) => (
          <li key={proposal.id} data-proposal={proposal.id} data-votes={proposal.votes}>
            <span className="top-rank" aria-hidden="true">
              {rank + 1}
            </span>
            <HeadPicture fresco={fresco} pictogram={proposal.pictogram} size={44} />
            <span className="top-words" dir="auto">
              {proposal.label || fresco.resolve(proposal.pictogram).label}
            </span>
            <span className="top-votes">
              {t('synthesis.votes', {
                count: proposal.votes,
                voters: t('synthesis.voters', { count: proposal.voters }),
              })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Headers and lists name a pictogram the catalogue does not know by residents' words, never its id. */
function useSynthesisName(fresco: Fresco, synthesis: Synthesis): (pictogram: string) => string {
  const { t } = useTranslation('fresco');
  return (pictogram) =>
    pictogramName(pictogram, fresco.resolve(pictogram), synthesis.itemLabels) || t('item.unknown');
}

function HeadPicture({ fresco, pictogram, size = 36 }: { fresco: Fresco; pictogram: string; size?: number }) {
  const imageId = fresco.resolve(pictogram).imageId;
  return imageId ? <Pictogram id={imageId} size={size} alt="" /> : null;
}

/**
 * From white to a warm red in two bands: light cells keep dark text, dark cells take white text, and no
 * cell falls in between where neither would reach AA contrast (4.5:1).
 */
function heat(share: number): CSSProperties {
  if (share <= 0) return {};
  if (share <= 0.5)
    return { background: `hsl(18 85% ${96 - share * 48}%)`, color: '#17202e', fontWeight: 700 };
  return { background: `hsl(18 85% ${40 - (share - 0.5) * 20}%)`, color: '#ffffff', fontWeight: 700 };
}
