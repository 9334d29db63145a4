import { useId, type ReactNode } from 'react';
import { formatDecimal, formatInteger, formatPercent } from '../../lib/format';
import type { DistributionChartProps } from './distribution-types';
import { LazyDistributionChart } from './lazy-distribution-chart';

export interface DistributionPanelProps extends DistributionChartProps {
  /** One line under the title: what to read in it. */
  description?: ReactNode;
}

/** The reference and current distributions with a title, a legend and the numbers as a table. */
export function DistributionPanel(props: DistributionPanelProps): ReactNode {
  const { title, description, bins, referenceLabel, currentLabel, axisLabel } = props;
  const titleId = useId();
  return (
    <figure className="chart-panel" aria-labelledby={titleId}>
      <div className="chart-panel__header">
        <h3 id={titleId}>{title}</h3>
        <span className="muted">(share of rows, %)</span>
      </div>
      {description && <p className="muted chart-panel__description">{description}</p>}
      <ul className="chart-legend" aria-label={`Legend of ${title}`}>
        <li>
          <span className="chart-swatch chart-swatch--block chart-swatch--reference" />
          {referenceLabel}
        </li>
        <li>
          <span className="chart-swatch chart-swatch--block chart-swatch--current" />
          {currentLabel}
        </li>
      </ul>
      <LazyDistributionChart {...props} />
      <details className="chart-table">
        <summary>Show the numbers as a table</summary>
        <div style={{ maxHeight: 320, overflow: 'auto' }}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{axisLabel}</th>
                <th scope="col" className="num">
                  {referenceLabel}
                </th>
                <th scope="col" className="num">
                  {currentLabel}
                </th>
                <th scope="col" className="num">
                  Change (points)
                </th>
              </tr>
            </thead>
            <tbody>
              {bins.map((bin) => (
                <tr key={bin.label}>
                  <th scope="row">{bin.label}</th>
                  <td className="num">
                    {formatPercent(bin.reference)} ({formatInteger(bin.referenceCount)})
                  </td>
                  <td className="num">
                    {formatPercent(bin.current)} ({formatInteger(bin.currentCount)})
                  </td>
                  <td className="num">
                    {bin.current >= bin.reference ? '+' : '−'}
                    {formatDecimal(Math.abs(bin.current - bin.reference) * 100, 1)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
