import type { ReactNode } from 'react';
import { isNotDefined } from '../../../domain/drift/not-defined';
import type { AttributeResult, GroupResult, MetricResult } from '../../../domain/fairness/attribute-fairness';
import { DataTable, type DataColumn } from '../../../ui/data-table';
import { formatDecimal, formatInteger } from '../../../ui/format';
import { StatusBadge } from '../../../ui/status-badge';
import { ComparisonCell, GroupBadge, RateCell } from './fairness-format';

const GROUP_COLUMNS: DataColumn<GroupResult>[] = [
  { header: 'Group', cell: (g) => g.group, rowHeader: true },
  { header: 'Decisions', cell: (g) => formatInteger(g.size), numeric: true },
  { header: 'Selection rate (95 % CI)', cell: (g) => <RateCell rate={g.selectionRate} />, numeric: true },
  {
    header: 'Ratio to reference (95 % CI)',
    cell: (g) => (g.status === 'reference' ? '1.00' : <ComparisonCell value={g.ratio} />),
    numeric: true,
  },
  { header: 'True-positive rate', cell: (g) => <RateCell rate={g.tpr} />, numeric: true },
  { header: 'False-positive rate', cell: (g) => <RateCell rate={g.fpr} />, numeric: true },
  { header: 'Four-fifths rule', cell: (g) => <GroupBadge status={g.status} /> },
];

const METRIC_COLUMNS: DataColumn<MetricResult>[] = [
  { header: 'Metric', cell: (m) => m.label, rowHeader: true },
  { header: 'Between', cell: (m) => (m.between ? `${m.between[0]} and ${m.between[1]}` : '—') },
  {
    header: 'Difference (95 % CI)',
    cell: (m) => <ComparisonCell value={m.difference} percent />,
    numeric: true,
  },
  { header: 'Threshold', cell: (m) => `≤ ${formatDecimal(m.threshold * 100, 0)} pts`, numeric: true },
  {
    header: 'Result',
    cell: (m) =>
      m.passes === undefined ? (
        <StatusBadge status="unknown" label="Not defined" />
      ) : (
        <StatusBadge
          status={m.passes ? 'healthy' : 'warning'}
          label={m.passes ? 'Within' : 'Above threshold'}
        />
      ),
  },
];

function attributeAnswer(result: AttributeResult, band: readonly [number, number]): string {
  const worst = result.worst;
  if (result.status === 'fail' && worst && !isNotDefined(worst.ratio))
    return `${worst.group} is selected at ${formatDecimal(worst.ratio.value, 2)} the rate of ${result.reference ?? 'the reference group'}, outside ${band[0]}–${band[1]}.`;
  if (result.status === 'pass')
    return `Every group large enough to judge is within ${band[0]}–${band[1]} of ${result.reference ?? 'the reference'}.`;
  return result.reason ? `${result.reason.charAt(0).toUpperCase()}${result.reason.slice(1)}.` : '';
}

/** One protected attribute: its groups with rates and intervals, then the group metrics against thresholds. */
export function AttributeSection({
  result,
  band,
}: {
  result: AttributeResult;
  band: readonly [number, number];
}): ReactNode {
  const id = `fairness-${result.attribute}`;
  return (
    <section className="stack fairness-attribute" aria-labelledby={id} style={{ gap: 8 }}>
      <h3 id={id} className="row">
        {result.attribute} <GroupBadge status={result.status === 'fail' ? 'fail' : result.status} />
      </h3>
      <p>{attributeAnswer(result, band)}</p>
      <p className="muted">
        Rates with Wilson 95 % intervals; ratio to {result.reference ?? 'the reference'} with the delta method
        on the log ratio; differences (highest minus lowest) with Newcombe 95 % intervals.
      </p>
      <DataTable
        columns={GROUP_COLUMNS}
        rows={result.groups}
        rowKey={(g) => g.group}
        caption={`Groups of ${result.attribute}: decisions, rates with Wilson 95 % intervals, ratio to ${result.reference ?? 'the reference'} (delta method on the log ratio)`}
        captionHidden
        scroll
      />
      <DataTable
        columns={METRIC_COLUMNS}
        rows={result.metrics}
        rowKey={(m) => m.id}
        caption={`Group metrics for ${result.attribute}: highest minus lowest rate, Newcombe 95 % intervals`}
        captionHidden
        scroll
      />
    </section>
  );
}
