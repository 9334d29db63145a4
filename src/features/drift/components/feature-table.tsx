import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DriftTimeline } from '../../../domain/monitoring';
import { psiBand, type PsiBand } from '../../../domain/drift/psi';
import { Sparkline } from '../../../ui/charts/sparkline';
import { Skeleton } from '../../../ui/skeleton';
import { StatusBadge } from '../../../ui/status-badge';
import type { DriftAnalysis, FeatureAnalysis } from '../compute/analyse-drift';
import { methodConvention } from '../../../domain/drift/drift-method';
import {
  formatResultScore,
  formatScore,
  formatThreshold,
  METHOD_NAMES,
  pValueNote,
  SCORE_NAMES,
  SOURCE_LABELS,
} from '../drift-format';
import { describeScoreSeries } from '../series-summary';
import type { DriftView } from '../use-drift-view';

/** Siddiqi's PSI bands, said beside every PSI score. */
const PSI_BAND_WORDS: Record<PsiBand, string> = {
  stable: 'no real change',
  moderate: 'moderate shift',
  significant: 'significant shift',
};

export interface FeatureTableProps {
  analysis: DriftAnalysis;
  view: DriftView;
  timeline: UseQueryResult<DriftTimeline>;
  windowLabel: string;
}

/** One row per feature, worst first: type, method, score beside its threshold, verdict, and the score over time. */
export function FeatureTable({ analysis, view, timeline, windowLabel }: FeatureTableProps): ReactNode {
  return (
    <div className="drift-table-wrap scroll-x">
      <table className="table drift-table">
        <caption className="visually-hidden">Features, worst drift first</caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Verdict</th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col" className="num">
              Drifts at
            </th>
            <th scope="col">Method</th>
            <th scope="col">Type</th>
            <th scope="col">Score over {windowLabel}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.features.map((feature) => (
            <FeatureRow
              key={feature.name}
              feature={feature}
              view={view}
              timeline={timeline}
              windowLabel={windowLabel}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FeatureRow({
  feature,
  view,
  timeline,
  windowLabel,
}: Omit<FeatureTableProps, 'analysis'> & { feature: FeatureAnalysis }): ReactNode {
  const { method, result } = feature;
  return (
    <tr>
      <th scope="row">
        <Link to={view.featureHref(feature.name)} className="drift-table__feature">
          {feature.name}
        </Link>
      </th>
      <td>
        <FeatureVerdict feature={feature} />
        {feature.error && <div className="muted">{feature.error}</div>}
      </td>
      <td className="num">
        {result ? formatResultScore(result) : '—'}
        {result && !result.defined && <div className="muted">{result.reason}</div>}
        {result?.defined && result.method === 'psi' && (
          <div className="muted">{PSI_BAND_WORDS[psiBand(result.score)]}</div>
        )}
        {result && pValueNote(result) && <div className="muted">{pValueNote(result)}</div>}
        {feature.adjustedPValue !== undefined && (
          <div className="muted">adjusted {formatScore(feature.adjustedPValue, 'p-value-below')}</div>
        )}
      </td>
      <td className="num">{formatThreshold(method.threshold, method.direction)}</td>
      <td className="drift-table__method">
        <span title={`Why: ${method.reason}`}>{METHOD_NAMES[method.method]}</span>
        <div className="muted">{methodConvention(method.method)}</div>
        {method.source !== 'default' && <div className="muted">{SOURCE_LABELS[method.source]}</div>}
      </td>
      <td>{feature.type === 'numeric' ? 'Numeric' : 'Categorical'}</td>
      <td>
        {timeline.isPending ? (
          <Skeleton width={160} height={28} />
        ) : timeline.isError ? (
          <span className="muted">Not available</span>
        ) : (
          <Sparkline
            width={160}
            points={feature.series}
            threshold={method.threshold}
            domain={method.direction === 'p-value-below' ? [0, 1] : undefined}
            label={`${SCORE_NAMES[method.method]} of ${feature.name} over ${windowLabel}: ${describeScoreSeries(feature.series, method.direction)}`}
          />
        )}
      </td>
    </tr>
  );
}

export function FeatureVerdict({ feature }: { feature: FeatureAnalysis }): ReactNode {
  if (!feature.result) return <StatusBadge status="unknown" label="Not scored" />;
  if (!feature.result.defined) return <StatusBadge status="unknown" label="Not defined" />;
  return feature.drifted ? (
    <StatusBadge status="warning" label="Drifted" />
  ) : (
    <StatusBadge status="healthy" label="Stable" />
  );
}
