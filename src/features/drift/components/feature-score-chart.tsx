import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DriftReport, DriftTimeline } from '../../../domain/monitoring';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { Skeleton } from '../../../ui/skeleton';
import { chartMarkers } from '../../../ui/charts/report-markers';
import type { FeatureAnalysis } from '../compute/analyse-drift';
import { formatThreshold, SCORE_NAMES } from '../drift-format';
import { bucketWords } from './drift-share-chart';
import { QueryFailure } from '../../../lib/monitoring-states';

export interface FeatureScoreChartProps {
  report: DriftReport;
  feature: FeatureAnalysis;
  timeline: UseQueryResult<DriftTimeline>;
  windowLabel: string;
  /** What the feature is called in the title: a feature name, or "the prediction". */
  subject?: string;
}

/** A feature's score per bucket, the threshold dashed, versions and deploys as markers. */
export function FeatureScoreChart({
  report,
  feature,
  timeline,
  windowLabel,
  subject,
}: FeatureScoreChartProps): ReactNode {
  if (timeline.isPending) return <Skeleton height={300} />;
  if (timeline.isError)
    return <QueryFailure query={timeline} what="load drift over time" model={report.model} />;
  const { method } = feature;
  const score = SCORE_NAMES[method.method];
  const pValue = method.direction === 'p-value-below';
  return (
    <ChartPanel
      title={`${score} of ${subject ?? feature.name} over ${windowLabel}`}
      description={`Each point compares ${bucketWords(timeline.data.stepSeconds)} of live rows with the reference; drift ${pValue ? 'below' : 'at or above'} the dashed line (${formatThreshold(method.threshold, method.direction)}).`}
      unit="score"
      series={[{ id: feature.name, label: score, points: feature.series }]}
      window={report.window}
      thresholds={[
        {
          value: method.threshold,
          label: `Drifts at ${formatThreshold(method.threshold, method.direction)}`,
        },
      ]}
      markers={chartMarkers(report)}
      yDomain={pValue ? [0, 1] : undefined}
      syncId="drift"
    />
  );
}
