import type { ReactNode } from 'react';
import type { Point, Unit } from '../../domain/series';
import { latestPoint } from '../../domain/explore/explore-result';
import { formatUnitValue } from '../../ui/charts/units';
import { DataTable } from '../../ui/data-table';
import { formatDateTime, formatDecimal } from '../../ui/format';

export interface LatestRow {
  id: string;
  label: string;
  points: readonly Point[];
}

/** Counts of anything: whole numbers as such, small fractions with three decimals. */
export function formatExploreValue(unit: Unit, value: number): string {
  if (unit !== 'count') return formatUnitValue(unit, value);
  return formatDecimal(value, Number.isInteger(value) || Math.abs(value) >= 1000 ? 0 : 3);
}

/** The latest value of every series: the numbers behind the chart, to read and copy. */
export function LatestValuesTable({
  rows,
  unit,
  caption,
}: {
  rows: LatestRow[];
  unit: Unit;
  caption: string;
}): ReactNode {
  return (
    <DataTable
      caption={caption}
      scroll
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          header: 'Series',
          rowHeader: true,
          cell: (row) => <code className="explore-series-name">{row.label}</code>,
        },
        {
          header: 'Latest value',
          numeric: true,
          cell: (row) => {
            const last = latestPoint(row.points);
            return last && last[1] !== null ? formatExploreValue(unit, last[1]) : 'no data';
          },
        },
        {
          header: 'At',
          numeric: true,
          hideNarrow: true,
          cell: (row) => {
            const last = latestPoint(row.points);
            return last ? formatDateTime(last[0]) : '–';
          },
        },
      ]}
    />
  );
}
