import type { ReactNode } from 'react';
import { isNotDefined } from '../../../domain/drift/not-defined';
import type { IntersectionalGrid } from '../../../domain/fairness/intersectional';
import { formatDecimal, formatInteger, formatPercent } from '../../../ui/format';

/** Two attributes crossed: each cell's selection rate and ratio; small cells marked "too few", never judged. */
export function IntersectionGrid({ grid }: { grid: IntersectionalGrid }): ReactNode {
  const [rowsName, columnsName] = grid.attributes;
  return (
    <div className="stack" style={{ gap: 8 }}>
      <p className="muted">
        Each cell: selection rate, ratio to the highest cell and decisions. ◌ marks cells under the minimum
        size: too few to judge.
      </p>
      <div className="scroll-x">
        <table className="table fairness-grid">
          <caption className="visually-hidden">
            {rowsName} × {columnsName}: selection rate, ratio to the highest cell and decisions; cells under
            the minimum size are too few to judge
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {rowsName} \ {columnsName}
              </th>
              {grid.columns.map((c) => (
                <th key={c} scope="col" className="num">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, i) => (
              <tr key={row}>
                <th scope="row">{row}</th>
                {grid.columns.map((column, j) => {
                  const cell = grid.cells[i]?.[j];
                  if (!cell)
                    return (
                      <td key={column} className="num muted">
                        no data
                      </td>
                    );
                  const rate = cell.selectionRate;
                  const suppressed = cell.status === 'too-few';
                  return (
                    <td key={column} className={`num fairness-cell fairness-cell--${cell.status}`}>
                      {suppressed ? (
                        <span>
                          <span aria-hidden="true">◌ </span>Too few ({formatInteger(cell.size)})
                        </span>
                      ) : (
                        <span className="stack" style={{ gap: 0 }}>
                          <span>{isNotDefined(rate) ? 'n/a' : formatPercent(rate.value)}</span>
                          <span className="muted">
                            {cell.status === 'reference'
                              ? 'reference'
                              : isNotDefined(cell.ratio)
                                ? 'ratio n/a'
                                : `× ${formatDecimal(cell.ratio.value, 2)}${cell.status === 'fail' ? ' · fails' : ''}`}
                            {' · '}
                            {formatInteger(cell.size)}
                          </span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
