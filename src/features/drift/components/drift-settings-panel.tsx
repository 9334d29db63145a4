import type { ReactNode } from 'react';
import { DRIFT_METHODS, type FeatureType } from '../../../domain/drift/drift-method';
import type { PValueCorrection } from '../../../domain/drift/multiple-testing';
import { defaultMethod } from '../../../domain/drift/select-method';
import type { DriftReport } from '../../../domain/monitoring';
import { formatInteger } from '../../../ui/format';
import type { DriftAnalysis } from '../compute/analyse-drift';
import { METHOD_NAMES } from '../drift-format';
import { MethodFields } from './method-fields';
import { withOverride } from '../settings-edit';
import type { DriftView } from '../use-drift-view';

const CORRECTIONS: { value: PValueCorrection; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'bonferroni', label: 'Bonferroni (family-wise error)' },
  { value: 'benjamini-hochberg', label: 'Benjamini–Hochberg (false discovery rate)' },
];

const TYPE_LABELS: Record<FeatureType, string> = {
  numeric: 'Numeric features',
  categorical: 'Categorical features',
};

/**
 * Methods, thresholds, correction and dataset-drift share for this model. They live in the URL:
 * a link shows a colleague the same scores; the model's own settings (from the backend) apply
 * underneath, and "Reset" goes back to them.
 */
export function DriftSettingsPanel({
  report,
  analysis,
  view,
}: {
  report: DriftReport;
  analysis: DriftAnalysis;
  view: DriftView;
}): ReactNode {
  const { settings, setSettings } = view;
  const rows = report.reference.rows;
  const changed =
    Object.keys(settings.overrides.model ?? {}).length +
      Object.keys(settings.overrides.features ?? {}).length >
      0 ||
    settings.correction !== undefined ||
    settings.driftShare !== undefined;
  const fallback = (type: FeatureType): string => {
    const configured = report.config.overrides.model?.[type]?.method;
    if (configured) return `Model setting: ${METHOD_NAMES[configured]}`;
    return `Default for ${formatInteger(rows)} reference rows: ${METHOD_NAMES[defaultMethod(type, rows)]}`;
  };
  const inForce = (type: FeatureType) => {
    const method =
      settings.overrides.model?.[type]?.method ??
      report.config.overrides.model?.[type]?.method ??
      defaultMethod(type, rows);
    const threshold =
      analysis.settings.overrides.model?.[type]?.threshold ?? DRIFT_METHODS[method].defaultThreshold;
    return { threshold, pValue: DRIFT_METHODS[method].direction === 'p-value-below' };
  };
  return (
    <details className="drift-settings">
      <summary>Methods and thresholds{changed ? ' (changed for this view)' : ''}</summary>
      <div className="drift-settings__grid">
        {(['numeric', 'categorical'] as const).map((type) => (
          <MethodFields
            key={type}
            type={type}
            label={TYPE_LABELS[type]}
            fallbackLabel={fallback(type)}
            value={settings.overrides.model?.[type]}
            effectiveThreshold={inForce(type).threshold}
            pValue={inForce(type).pValue}
            onChange={(patch) => setSettings(withOverride(settings, { kind: 'type', type }, patch))}
          />
        ))}
        <label className="field">
          <span>Correction for testing many features</span>
          <select
            className="select"
            value={analysis.settings.correction}
            onChange={(event) =>
              setSettings({
                ...settings,
                correction: CORRECTIONS.find((c) => c.value === event.target.value)?.value,
              })
            }
          >
            {CORRECTIONS.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Dataset drifts when this share of features drifts</span>
          <select
            className="select"
            value={String(analysis.settings.driftShare)}
            onChange={(event) => setSettings({ ...settings, driftShare: Number(event.target.value) })}
          >
            {[...new Set([0.25, 0.5, 0.75, 1, analysis.settings.driftShare])].sort().map((share) => (
              <option key={share} value={String(share)}>
                {Math.round(share * 100)} %
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted" style={{ marginTop: 8 }}>
        Up to 1,000 reference rows the defaults are tests (Kolmogorov–Smirnov, chi-square: drift when p &lt;
        0.05); above, distances that ignore differences too small to matter (normed Wasserstein,
        Jensen–Shannon: drift at 0.1). PSI reads 0.1–0.25 as moderate and 0.25 or more as significant.{' '}
        {changed && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setSettings({ overrides: {} })}
          >
            Reset to the model’s settings
          </button>
        )}
      </p>
    </details>
  );
}
