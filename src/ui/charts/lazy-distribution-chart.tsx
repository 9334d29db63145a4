import { lazy, Suspense, type ReactNode } from 'react';
import { Skeleton } from '../skeleton';
import type { DistributionChartProps } from './distribution-types';

// Recharts loads with the first chart, never on the landing route.
const DistributionChart = lazy(() => import('./distribution-chart'));

export function LazyDistributionChart(props: DistributionChartProps): ReactNode {
  return (
    <Suspense fallback={<Skeleton height={props.height ?? 240} />}>
      <DistributionChart {...props} />
    </Suspense>
  );
}
