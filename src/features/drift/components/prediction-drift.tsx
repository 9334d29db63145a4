import type { ReactNode } from 'react';
import { useTimeRangeSpec, useTimeWindow } from '../../../lib/use-time-range';
import { DistributionPanel } from '../../../ui/charts/distribution-panel';
import { EmptyState } from '../../../ui/empty-state';
import { Panel } from '../../../ui/panel';
import { useDriftData } from '../api/drift-analysis';
import { describeWindow } from '../../../ui/describe-window';
import { distributionBins } from '../distribution-bins';
import { formatThreshold, namedResult } from '../drift-format';
import { DriftSkeleton, QueryFailure } from '../../../lib/monitoring-states';
import { FeatureScoreChart } from './feature-score-chart';
import { useDriftView } from '../use-drift-view';
import '../drift.css';

/** Did the model's output move? Its score over time and its distribution, reference vs live. */
export function PredictionDrift({ name }: { name: string }): ReactNode {
  const view = useDriftView();
  const { report, timeline, analysis } = useDriftData(name, view.version, view.settings);
  const windowLabel = describeWindow(useTimeRangeSpec(), useTimeWindow());
  if (report.isError)
    return <QueryFailure query={report} what={`load the prediction profile of ${name}`} model={name} />;
  if (analysis.isError)
    return <QueryFailure query={analysis} what="score the prediction drift" model={name} />;
  if (!report.data || !analysis.data) return <DriftSkeleton label="Scoring prediction drift" />;
  const prediction = analysis.data.prediction;
  const profile = report.data.prediction;
  if (!prediction || !profile) {
    return (
      <Panel title="Prediction drift">
        <EmptyState title={`The backend sends no prediction profile for ${name}.`} />
      </Panel>
    );
  }
  const { result, method } = prediction;
  const sentence = !result
    ? `The prediction could not be scored: ${prediction.error ?? 'no live rows'}.`
    : !result.defined
      ? `The prediction's drift is not defined: ${namedResult(result)}.`
      : `The prediction ${prediction.drifted ? 'drifted' : 'is stable'}: ${namedResult(result)} (drifts at ${formatThreshold(method.threshold, method.direction)}).`;
  return (
    <Panel title="Prediction drift" subtitle="The model's output, compared like an input feature">
      <p className="answer" data-testid="prediction-answer">
        {sentence}
      </p>
      <div className="drift-grid">
        <FeatureScoreChart
          report={report.data}
          feature={prediction}
          timeline={timeline}
          windowLabel={windowLabel}
          subject="the prediction"
        />
        <DistributionPanel
          title="Predictions: reference vs live"
          description={`What v${report.data.version} predicted on its training data against what it predicts live.`}
          kind="histogram"
          bins={distributionBins(profile.profile)}
          referenceLabel="Reference (training data)"
          currentLabel={`Live, ${windowLabel}`}
          axisLabel={report.data.task === 'regression' ? 'predicted value (bins)' : 'predicted score (bins)'}
        />
      </div>
    </Panel>
  );
}
