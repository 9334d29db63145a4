import { lazy, Suspense, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTimeRangeSpec, useTimeWindow } from '../../../lib/use-time-range';
import { useDriftData } from '../api/drift-analysis';
import type { DriftSlots } from '../drift-view-props';
import { describeWindow } from '../../../ui/describe-window';
import { DriftOverview } from './drift-overview';
import { DriftSkeleton, QueryFailure } from '../../../lib/monitoring-states';
import { FeatureDetail } from './feature-detail';
import { useDriftView } from '../use-drift-view';
import '../drift.css';

// Measurement pages for `npm run bench` (scripts/bench/drift-bench.mjs); never loaded otherwise.
const DriftBench = lazy(() => import('../bench/drift-bench'));

/** The model page's Drift tab: the overview, or one feature's detail (`?feature=`). */
export function ModelDriftTab({ name, ...slots }: { name: string } & DriftSlots): ReactNode {
  const [params] = useSearchParams();
  const bench = params.get('bench');
  if (bench) {
    return (
      <Suspense fallback={<p role="status">Loading the benchmark…</p>}>
        <DriftBench kind={bench} />
      </Suspense>
    );
  }
  return <DriftTab name={name} slots={slots} />;
}

function DriftTab({ name, slots }: { name: string; slots: DriftSlots }): ReactNode {
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
