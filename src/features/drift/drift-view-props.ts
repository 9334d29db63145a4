import type { UseQueryResult } from '@tanstack/react-query';
import type { DriftReport, DriftTimeline } from '../../domain/monitoring';
import type { DriftAnalysis } from './compute/analyse-drift';
import type { DriftView } from './use-drift-view';

/** What the overview and the feature detail are drawn from. */
export interface DriftViewProps {
  name: string;
  report: DriftReport;
  /** Drift over time: the charts say so when it failed, the rest stands. */
  timeline: UseQueryResult<DriftTimeline>;
  analysis: DriftAnalysis;
  view: DriftView;
  /** "the last 24 hours". */
  windowLabel: string;
}
