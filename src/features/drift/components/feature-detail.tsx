import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DRIFT_METHODS, methodConvention } from '../../../domain/drift/drift-method';
import { distinctValuesOf } from '../../../domain/drift/feature-profile';
import { defaultMethod } from '../../../domain/drift/select-method';
import { DistributionPanel } from '../../../ui/charts/distribution-panel';
import { EmptyState } from '../../../ui/empty-state';
import { Panel } from '../../../ui/panel';
import { distributionBins } from '../distribution-bins';
import { METHOD_NAMES } from '../drift-format';
import type { DriftViewProps } from '../drift-view-props';
import { featureAnswer } from '../feature-answer';
import { FeatureScoreChart } from './feature-score-chart';
import { FeatureVerdict } from './feature-table';
import { MethodFields } from './method-fields';
import { withOverride } from '../settings-edit';
import { CategorySummaryTable, NumericSummaryTable } from './summary-table';

/** One feature: what moved (the distributions side by side), by how much, since when. */
export function FeatureDetail(props: DriftViewProps & { feature: string }): ReactNode {
  const { name, report, analysis, view, windowLabel, timeline, feature } = props;
  const monitored = report.features.find((f) => f.name === feature);
  const analysed = analysis.features.find((f) => f.name === feature);
  const back = (
    <Link to={view.featureHref(undefined)} className="drift-back">
      ← All features of {name}
    </Link>
  );
  if (!monitored || !analysed) {
    return (
      <div className="stack">
        {back}
        <EmptyState title={`${name} has no monitored feature named “${feature}”.`}>
          Pick one from the list of all features.
        </EmptyState>
      </div>
    );
  }
  const bins = distributionBins(monitored.profile);
  const numeric = monitored.profile.kind === 'numeric';
  const modelMethod =
    analysis.settings.overrides.model?.[analysed.type]?.method ??
    defaultMethod(analysed.type, report.reference.rows, distinctValuesOf(monitored.profile));
  const method = analysed.method;
  return (
    <div className="stack">
      {back}
      <div className="row">
        <h2>{feature}</h2>
        <FeatureVerdict feature={analysed} />
      </div>
      <p className="answer" data-testid="feature-answer">
        {featureAnswer(analysed, monitored, bins)}
      </p>
      <p className="muted" data-testid="feature-method">
        {METHOD_NAMES[method.method]} ({methodConvention(method.method)}), because: {method.reason}.
      </p>
      <div className="drift-grid">
        <DistributionPanel
          title={`${feature}: reference vs live`}
          description={`${report.reference.label} against the live rows of ${windowLabel}, as shares of rows.`}
          kind={numeric ? 'histogram' : 'bars'}
          bins={bins}
          referenceLabel={`Reference (v${report.reference.version} training data)`}
          currentLabel={`Live, ${windowLabel}`}
          axisLabel={numeric ? `${feature} (bins)` : feature}
        />
        {monitored.summary ? (
          <NumericSummaryTable
            feature={feature}
            reference={monitored.summary.reference}
            current={monitored.summary.current}
          />
        ) : (
          <CategorySummaryTable feature={feature} bins={bins} />
        )}
      </div>
      <FeatureScoreChart report={report} feature={analysed} timeline={timeline} windowLabel={windowLabel} />
      <Panel
        title={`Method for ${feature}`}
        subtitle="Applies to this feature only, in this view and its link"
      >
        <div className="drift-settings__grid">
          <MethodFields
            type={analysed.type}
            label={feature}
            fallbackLabel={`As the other ${analysed.type} features: ${METHOD_NAMES[modelMethod]}`}
            value={view.settings.overrides.features?.[feature]}
            effectiveThreshold={method.threshold}
            pValue={DRIFT_METHODS[method.method].direction === 'p-value-below'}
            onChange={(patch) =>
              view.setSettings(withOverride(view.settings, { kind: 'feature', name: feature }, patch))
            }
          />
        </div>
      </Panel>
    </div>
  );
}
