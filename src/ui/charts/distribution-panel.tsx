import { useId, type ReactNode } from 'react';
import { formatInteger, formatPercent, formatPointsChange } from '../format';
import { DataTable } from '../data-table';
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
        <div className="scroll-y" style={{ maxHeight: 320 }}>
          <DataTable
            caption={title}
            captionHidden
            columns={[
              { header: axisLabel, rowHeader: true, cell: (bin) => bin.label },
              {
                header: referenceLabel,
                numeric: true,
                cell: (bin) => `${formatPercent(bin.reference)} (${formatInteger(bin.referenceCount)})`,
              },
              {
                header: currentLabel,
                numeric: true,
                cell: (bin) => `${formatPercent(bin.current)} (${formatInteger(bin.currentCount)})`,
              },
              {
                header: 'Change (points)',
                numeric: true,
                cell: (bin) => formatPointsChange(bin.reference, bin.current),
              },
            ]}
            rows={bins}
            rowKey={(bin) => bin.label}
          />
        </div>
      </details>
    </figure>
  );
}
