import type { ReactNode } from 'react';
import type { SummaryStatistics } from '../../domain/drift/sample-summary';
import { formatInteger, formatPercent } from '../../lib/format';
import type { DistributionBin } from '../../ui/charts/distribution-types';
import { formatStat } from './feature-answer';

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
      <caption className="muted" style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 4 }}>
        Summary statistics of {feature}
      </caption>
      <thead>
        <tr>
          <th scope="col">Statistic</th>
          <th scope="col" className="num">
            Reference
          </th>
          <th scope="col" className="num">
            Current
          </th>
          <th scope="col" className="num">
            Change
          </th>
        </tr>
      </thead>
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
    <table className="table">
      <caption className="muted" style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 4 }}>
        {feature}: {bins.length} categories, {fresh} new in the current window, {gone} not seen in it; largest
        change first
      </caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col" className="num">
            Reference
          </th>
          <th scope="col" className="num">
            Current
          </th>
          <th scope="col" className="num">
            Change (points)
          </th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((bin) => (
          <tr key={bin.label}>
            <th scope="row">{bin.label}</th>
            <td className="num">{formatPercent(bin.reference)}</td>
            <td className="num">{formatPercent(bin.current)}</td>
            <td className="num">
              {bin.current >= bin.reference ? '+' : '−'}
              {formatPercent(Math.abs(bin.current - bin.reference)).replace(' %', '')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
