import type { ReactNode } from 'react';
import { useTimeRangeSpec, useTimeWindow } from '../../../lib/use-time-range';
import { useDriftData } from '../api/drift-analysis';
import type { DriftSlots } from '../drift-view-props';
import { describeWindow } from '../../../ui/describe-window';
import { DriftOverview } from './drift-overview';
import { DriftSkeleton, QueryFailure } from '../../../lib/monitoring-states';
import { FeatureDetail } from './feature-detail';
import { useDriftView } from '../use-drift-view';
import '../drift.css';

/** The model page's Drift tab: the overview, or one feature's detail (`?feature=`). */
export function ModelDriftTab({ name, ...slots }: { name: string } & DriftSlots): ReactNode {
  const view = useDriftView();
  const { report, timeline, analysis } = useDriftData(name, view.version, view.settings);
  const windowLabel = describeWindow(useTimeRangeSpec(), useTimeWindow());
  if (report.isPending) return <DriftSkeleton label="Loading drift" />;
  if (report.isError)
    return <QueryFailure query={report} what={`load the drift profiles of ${name}`} model={name} />;
  if (analysis.isError)
    return <QueryFailure query={analysis} what={`score the drift of ${name}`} model={name} />;
  if (!analysis.data) return <DriftSkeleton label="Scoring drift" />;
  const props = { name, report: report.data, timeline, analysis: analysis.data, view, windowLabel };
  return view.feature ? (
    <FeatureDetail {...props} feature={view.feature} />
  ) : (
    <DriftOverview {...props} slots={slots} />
  );
}
