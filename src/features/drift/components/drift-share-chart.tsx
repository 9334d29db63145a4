import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DriftReport, DriftTimeline } from '../../../domain/monitoring';
import { formatPercent } from '../../../ui/format';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { Skeleton } from '../../../ui/skeleton';
import { chartMarkers } from '../../../ui/charts/report-markers';
import type { DriftAnalysis } from '../compute/analyse-drift';
import { QueryFailure } from '../../../lib/monitoring-states';

export interface DriftShareChartProps {
  report: DriftReport;
  analysis: DriftAnalysis;
  timeline: UseQueryResult<DriftTimeline>;
  windowLabel: string;
}

/** Share of drifted features per bucket, against the dataset-drift line, with versions and deploys. */
export function DriftShareChart({
  report,
  analysis,
  timeline,
  windowLabel,
}: DriftShareChartProps): ReactNode {
  if (timeline.isPending) return <Skeleton height={300} />;
  if (timeline.isError)
    return <QueryFailure query={timeline} what="load drift over time" model={report.model} />;
  const share = analysis.settings.driftShare;
  return (
    <ChartPanel
      title={`Share of drifted features over ${windowLabel}`}
      description={`Each point scores ${bucketWords(timeline.data.stepSeconds)} of live rows against the reference. At ${formatPercent(share, 0)} or more the dataset counts as drifted.`}
      unit="ratio"
      series={[{ id: 'share', label: 'Drifted features', points: analysis.shareSeries }]}
      window={report.window}
      thresholds={[{ value: share, label: `Dataset drift at ${formatPercent(share, 0)}` }]}
      markers={chartMarkers(report)}
      yDomain={[0, 1]}
      syncId="drift"
    />
  );
}

/** "an hour", "3 hours", "a day": the bucket width in words. */
export function bucketWords(stepSeconds: number): string {
  const hours = stepSeconds / 3600;
  if (hours === 24) return 'a day';
  if (hours === 1) return 'an hour';
  if (hours > 24 && hours % 24 === 0) return `${hours / 24} days`;
  if (hours >= 1) return `${hours} hours`;
  return `${Math.round(stepSeconds / 60)} minutes`;
}
