import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DriftReport, DriftTimeline } from '../../../domain/monitoring';
import { useRequiredCapability } from '../../../lib/capability';
import { monitoringKeys } from '../../../lib/query-keys';
import type { DriftAnalysis } from '../compute/analyse-drift';
import { runDrift } from '../compute/drift-client';
import type { DriftSettings } from '../compute/drift-settings';
import { useDriftReport } from '../../../lib/queries/drift-report';
import { useDriftTimeline } from './drift-timeline';

export interface DriftData {
  report: UseQueryResult<DriftReport>;
  /** Drift over time; the analysis goes on without it when it fails. */
  timeline: UseQueryResult<DriftTimeline>;
  analysis: UseQueryResult<DriftAnalysis>;
}

/**
 * The model's profiles and their timeline, scored in the drift worker with the user's
 * settings. The scores derive from server data, so the query is keyed by that data's version
 * (`dataUpdatedAt`) and never refetches on its own.
 */
export function useDriftData(model: string, version: string | undefined, settings: DriftSettings): DriftData {
  const { source } = useRequiredCapability('monitoring');
  const report = useDriftReport(model, version);
  const timeline = useDriftTimeline(model, version);
  const timelineSettled = timeline.isSuccess || timeline.isError;
  const analysis = useQuery({
    queryKey: [
      ...monitoringKeys.all(source.cacheKey),
      'drift-analysis',
      model,
      version ?? null,
      settings,
      report.dataUpdatedAt,
      timeline.dataUpdatedAt,
    ],
    queryFn: async ({ signal }) => {
      if (!report.data) throw new Error('No drift report to score.');
      const input = { report: report.data, timeline: timeline.data, settings };
      return (await runDrift('analyse', input, { signal })).output;
    },
    enabled: report.isSuccess && timelineSettled,
    staleTime: Infinity,
    retry: false,
    // New settings re-score in the background; the last scores stay on screen meanwhile.
    placeholderData: keepPreviousData,
  });
  return { report, timeline, analysis };
}
