import { useTranslation } from 'react-i18next';
import type { Synthesis } from '../../../shared/model/synthesis';
import { usePictogramWords } from '../usePictogramWords';

const MAX_ROWS = 12;
const MAX_COLUMNS = 8;

/** Activities × difficulties: how many times residents met each difficulty under each activity. */
export function MatrixTable({ synthesis }: { synthesis: Synthesis }) {
  const { t } = useTranslation('plan');
  const words = usePictogramWords();
  const rows = synthesis.activities.slice(0, MAX_ROWS).filter((row) => row.difficulties > 0);
  const columns = synthesis.difficulties.slice(0, MAX_COLUMNS);
  if (rows.length === 0 || columns.length === 0) return null;
  const max = Math.max(1, ...synthesis.matrix.flat());
  return (
    <section className="field-block" aria-labelledby="field-matrix">
      <h3 id="field-matrix">{t('return.matrix')}</h3>
      <div className="matrix-scroll">
        <table className="matrix">
          <caption className="hint">{t('return.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('return.activity')}</th>
              {columns.map((column) => (
                <th key={column.pictogram} scope="col">
                  {words(column.pictogram).label || column.pictogram}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const r = synthesis.activities.indexOf(row);
              return (
                <tr key={row.pictogram}>
                  <th scope="row">{words(row.pictogram).label || row.pictogram}</th>
                  {columns.map((column, c) => {
                    const count = synthesis.matrix[r]?.[c] ?? 0;
                    return (
                      <td key={column.pictogram} style={{ '--heat': count / max } as React.CSSProperties}>
                        {count > 0 ? count : ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
