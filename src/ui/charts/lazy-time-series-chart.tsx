import { lazy, Suspense, type ReactNode } from 'react';
import { Skeleton } from '../skeleton';
import type { TimeSeriesChartProps } from './chart-types';

// Recharts is large: it loads with the first chart, never on the landing route.
const TimeSeriesChart = lazy(() => import('./time-series-chart'));

export function LazyTimeSeriesChart(props: TimeSeriesChartProps): ReactNode {
  return (
    <Suspense fallback={<Skeleton height={props.height ?? 220} />}>
      <TimeSeriesChart {...props} />
    </Suspense>
  );
}
