import type { ReactNode } from 'react';
import { ModelDriftTab } from '../features/drift/components/drift-tab';
import { PredictionDrift } from '../features/drift/components/prediction-drift';
import { ModelPerformanceTab } from '../features/performance/performance-tab';
import { PerformanceFollowUp } from '../features/performance/performance-follow-up';
import { UpstreamPipelineWarning } from '../features/pipelines/upstream-warning';
import { RetrainingAction } from '../features/retraining/retraining-action';
import { RetrainingRequests } from '../features/retraining/retraining-requests';

/** The Drift tab, with what the model's quality did meanwhile and the retraining it may call for. */
export function DriftTab({ name }: { name: string }): ReactNode {
  return (
    <ModelDriftTab
      name={name}
      followUp={(version, measured) => (
        <PerformanceFollowUp name={name} version={version} measured={measured} />
      )}
      action={(answer) => (
        <RetrainingAction name={name} answer={answer} warning={<UpstreamPipelineWarning model={name} />} />
      )}
      footer={<RetrainingRequests name={name} />}
    />
  );
}

/** The Performance tab, with the drift of the model's own predictions under its quality. */
export function PerformanceTab({ name }: { name: string }): ReactNode {
  return <ModelPerformanceTab name={name} predictionDrift={<PredictionDrift name={name} />} />;
}
