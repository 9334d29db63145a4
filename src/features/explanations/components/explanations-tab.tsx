import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { PanelBoundary } from '../../../lib/panel-boundary';
import { Panel } from '../../../ui/panel';
import { PREDICTION_PARAM } from '../url-state';
import { DecisionPanel, PastePredictionId } from './decision-panel';
import { ExplanationDriftPanel } from './explanation-drift-panel';
import { GlobalImportancePanel } from './global-importance-panel';
import { RecentPredictionsPanel } from './recent-predictions-panel';
import '../explanations.css';

/** The Explanations tab: one decision when the URL names it, then what the model leans on, its recent decisions and drift. */
export function ExplanationsTab({ name }: { name: string }): ReactNode {
  const [params] = useSearchParams();
  const prediction = params.get(PREDICTION_PARAM);
  return (
    <div className="stack">
      <PanelBoundary label="The decision">
        {prediction ? (
          <DecisionPanel name={name} id={prediction} />
        ) : (
          <Panel
            title="Explain one decision"
            subtitle="Paste a prediction id, or choose one from the list below"
          >
            <PastePredictionId />
          </Panel>
        )}
      </PanelBoundary>
      <PanelBoundary label="Recent predictions">
        <RecentPredictionsPanel name={name} />
      </PanelBoundary>
      <PanelBoundary label="Global importance">
        <GlobalImportancePanel name={name} />
      </PanelBoundary>
      <PanelBoundary label="Explanation drift">
        <ExplanationDriftPanel name={name} />
      </PanelBoundary>
    </div>
  );
}
