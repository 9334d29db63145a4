import type { ReactNode } from 'react';
import type { SummaryStatistics } from '../../../domain/drift/sample-summary';
import { formatInteger, formatPercent, formatPointsChange } from '../../../ui/format';
import { DataTable } from '../../../ui/data-table';
import { ComparisonHead } from '../../../ui/comparison-head';
import type { DistributionBin } from '../../../ui/charts/distribution-types';
import { formatStat } from '../feature-answer';

const ROWS: { key: keyof SummaryStatistics; label: string }[] = [
  { key: 'mean', label: 'Mean' },
  { key: 'std', label: 'Standard deviation' },
  { key: 'min', label: 'Minimum' },
  { key: 'p25', label: '25th percentile' },
  { key: 'p50', label: 'Median' },
  { key: 'p75', label: '75th percentile' },
  { key: 'max', label: 'Maximum' },
];

/** Summary statistics of a numeric feature, reference and current side by side. */
export function NumericSummaryTable(props: {
  feature: string;
  reference: SummaryStatistics;
  current?: SummaryStatistics;
}): ReactNode {
  const { feature, reference, current } = props;
  return (
    <table className="table">
      <caption className="table__caption muted">Summary statistics of {feature}</caption>
      <ComparisonHead what="Statistic" a="Reference" b="Current" />
      <tbody>
        <tr>
          <th scope="row">Rows</th>
          <td className="num">{formatInteger(reference.count)}</td>
          <td className="num">{current ? formatInteger(current.count) : '—'}</td>
          <td className="num" />
        </tr>
        {ROWS.map(({ key, label }) => {
          const change = current ? current[key] - reference[key] : undefined;
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="num">{formatStat(reference[key])}</td>
              <td className="num">{current ? formatStat(current[key]) : '—'}</td>
              <td className="num">
                {change === undefined ? '' : `${change >= 0 ? '+' : '−'}${formatStat(Math.abs(change))}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A categorical feature's categories, largest change first, new and vanished ones named. */
export function CategorySummaryTable({
  feature,
  bins,
}: {
  feature: string;
  bins: readonly DistributionBin[];
}): ReactNode {
  const ordered = [...bins].sort(
    (a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference),
  );
  const fresh = bins.filter((b) => b.referenceCount === 0).length;
  const gone = bins.filter((b) => b.currentCount === 0).length;
  return (
    <DataTable
      caption={`${feature}: ${bins.length} categories, ${fresh} new in the current window, ${gone} not seen in it; largest change first`}
      columns={[
        { header: 'Category', rowHeader: true, cell: (bin) => bin.label },
        { header: 'Reference', numeric: true, cell: (bin) => formatPercent(bin.reference) },
        { header: 'Current', numeric: true, cell: (bin) => formatPercent(bin.current) },
        {
          header: 'Change (points)',
          numeric: true,
          cell: (bin) => formatPointsChange(bin.reference, bin.current),
        },
      ]}
      rows={ordered}
      rowKey={(bin) => bin.label}
    />
  );
}
