import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { foldMatrix } from '../../../shared/model/foldedMatrix';
import type { Synthesis } from '../../../shared/model/synthesis';
import { useElementWidth } from '../useElementWidth';
import { usePictogramName } from '../usePictogramName';

/** At most this many difficulty columns, "Autres" included, however wide the screen. */
const MAX_COLUMNS = 8;
/** Room for the activity names and for one column of counts (its header wraps onto a few lines). */
const ROW_HEAD_PX = 120;
const COLUMN_PX = 78;

/** As many columns as fit the panel (beside the plan it is narrow), so "Autres" is seen without scrolling. */
function columnsFor(width: number): number {
  if (width <= 0) return MAX_COLUMNS;
  return Math.max(3, Math.min(MAX_COLUMNS, Math.floor((width - ROW_HEAD_PX) / COLUMN_PX)));
}

/**
 * Activities × difficulties: how many times residents met each difficulty under each activity. Every
 * activity with a difficulty has its row, and every difficulty is counted: those without a column of
 * their own are in "autres", which names them in each cell.
 */
export function MatrixTable({ synthesis }: { synthesis: Synthesis }) {
  const { t } = useTranslation('plan');
  const name = usePictogramName(synthesis.itemLabels);
  const sectionRef = useRef<HTMLElement>(null);
  const width = useElementWidth(sectionRef);
  const folded = foldMatrix(synthesis, { maxColumns: columnsFor(width) });
  const { others } = folded;
  const max = Math.max(1, ...folded.cells.flat(), ...(others?.perRow.map((row) => row.count) ?? []));
  const heat = (count: number) => ({ '--heat': count / max }) as React.CSSProperties;
  return (
    <section
      ref={sectionRef}
      className="field-block"
      aria-labelledby="field-matrix"
      hidden={folded.rows.length === 0}
    >
      <h3 id="field-matrix">{t('return.matrix')}</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls; the keyboard must reach it. */}
      <div className="matrix-scroll" tabIndex={0}>
        <table className="matrix" data-testid="field-matrix">
          <caption className="hint">{t('return.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('return.activity')}</th>
              {folded.columns.map((column) => (
                <th key={column.pictogram} scope="col" data-pictogram={column.pictogram}>
                  {name(column.pictogram)}
                </th>
              ))}
              {others ? (
                <th
                  scope="col"
                  data-testid="matrix-others"
                  data-count={others.count}
                  title={others.pictograms.map(name).join(', ')}
                >
                  {t('return.others', { count: others.pictograms.length })}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {folded.rows.map((row, r) => (
              <tr key={row.pictogram} data-pictogram={row.pictogram}>
                <th scope="row">{name(row.pictogram)}</th>
                {folded.columns.map((column, c) => {
                  const count = folded.cells[r]?.[c] ?? 0;
                  return (
                    <td key={column.pictogram} style={heat(count)}>
                      {count > 0 ? count : ''}
                    </td>
                  );
                })}
                {others ? <OthersCell cell={others.perRow[r]} heat={heat} name={name} /> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others ? (
        <p className="hint" data-testid="matrix-others-note">
          {t('return.othersNote', { names: others.pictograms.map(name).join(', ') })}
        </p>
      ) : null}
    </section>
  );
}

function OthersCell(props: {
  cell: { count: number; difficulties: { pictogram: string; count: number }[] } | undefined;
  heat(count: number): React.CSSProperties;
  name(pictogram: string): string;
}) {
  const count = props.cell?.count ?? 0;
  if (count === 0) return <td data-count={0} />;
  const detail = (props.cell?.difficulties ?? [])
    .map((entry) => `${props.name(entry.pictogram)} (${entry.count})`)
    .join(', ');
  return (
    <td data-count={count} style={props.heat(count)} title={detail}>
      {count}
      <span className="visually-hidden">{`\u00a0: ${detail}`}</span>
    </td>
  );
}
