import { summarizeHistogram } from '../../domain/drift/histogram-summary';
import type { TimeWindow } from '../../domain/time-range';
import type {
  DriftReportWire,
  FeatureProfileWire,
  NumericProfileWire,
} from '../../sources/rest/monitoring-schemas';
import { trainingDataset } from '../fleet/runs';
import { markersOf } from './markers';
import type { FeaturePlan, MonitoringPlan } from './monitoring-plan';
import { axisOf, referenceCounts, windowCounts, type LiveContext } from './profiles';
import { countsByCategory, referenceRows, referenceTime } from './reference';

const total = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

function numericProfile(
  name: string,
  edges: readonly number[],
  reference: number[],
  current: number[],
): NumericProfileWire {
  return {
    name,
    type: 'numeric',
    edges: [...edges],
    reference: {
      counts: reference,
      summary: total(reference) > 0 ? summarizeHistogram(edges, reference) : null,
    },
    current: { counts: current, summary: total(current) > 0 ? summarizeHistogram(edges, current) : null },
  };
}

function profileOf(
  feature: FeaturePlan,
  reference: number[],
  current: number[],
  axis: string[],
): FeatureProfileWire {
  if (feature.spec.kind === 'numeric')
    return numericProfile(feature.spec.name, feature.spec.edges, reference, current);
  return {
    name: feature.spec.name,
    type: 'categorical',
    reference: { counts: countsByCategory(axis, reference) },
    current: { counts: countsByCategory(axis, current) },
  };
}

/** `GET /monitoring/models/{name}/drift`: every feature's reference and live counts over the window. */
export function buildDriftReport(
  plan: MonitoringPlan,
  version: number,
  window: TimeWindow,
  context: LiveContext,
): DriftReportWire {
  const { registry } = plan;
  const rows = referenceRows(plan, version, context.seed);
  const at = referenceTime(plan, version);
  const profile = (feature: FeaturePlan): FeatureProfileWire => {
    const axis = axisOf(feature);
    const reference = referenceCounts(feature, axis, at, rows);
    return profileOf(feature, reference, windowCounts(feature, axis, window.from, window.to, context), axis);
  };
  const features = plan.features.map(profile);
  const prediction = profile(plan.prediction);
  const dataset = trainingDataset(registry, version, context.seed);
  const label =
    rows < (dataset.rows ?? 0)
      ? `A ${rows.toLocaleString('en-US')}-row sample of the training data of v${version}`
      : `The training data of v${version}`;
  return {
    model: registry.model.name,
    version: String(version),
    task: registry.model.task,
    start: new Date(window.from).toISOString(),
    end: new Date(window.to).toISOString(),
    reference: {
      version: String(version),
      label,
      dataset: `${dataset.name}@${dataset.digest}`,
      rows,
    },
    currentRows: prediction.type === 'numeric' ? total(prediction.current.counts) : 0,
    features,
    prediction: prediction.type === 'numeric' ? prediction : null,
    config: plan.config,
    markers: markersOf(registry, window),
  };
}
