import type { ExplanationDrift } from '../../domain/explanations/explanation';
import { attributionNdcg } from '../../domain/fairness/explanation-drift';
import type { ModelPlan } from '../fleet/model-plan';
import { createRng } from '../fleet/prng';
import { DAY } from '../fleet/time';
import { PREDICTION_COUNT, type ExplainPlan } from './explain-plan';
import { predictionAt } from './predictions';

/** E|z| for z standard normal: the mean |contribution| of a feature of weight w is w · √(2/π). */
const MEAN_ABS_NORMAL = Math.sqrt(2 / Math.PI);
/** The sample global attributions rest on. */
export const GLOBAL_SAMPLE = 2_000;

export interface AttributionWire {
  feature: string;
  meanAbs: number;
  lower: number;
  upper: number;
  stdError: number;
}

const round = (value: number): number => Number(value.toFixed(5));

function attribution(feature: string, meanAbs: number, sample: number): AttributionWire {
  // |z| has standard deviation √(1 − 2/π) ≈ 0.6 of the weight.
  const stdError = ((meanAbs / MEAN_ABS_NORMAL) * 0.6) / Math.sqrt(sample);
  return {
    feature,
    meanAbs: round(meanAbs),
    lower: round(Math.max(0, meanAbs - 1.96 * stdError)),
    upper: round(meanAbs + 1.96 * stdError),
    stdError: round(stdError),
  };
}

/**
 * The credit story: v5 leans on age_group twice as much as v4 did, which is what lowered the
 * approval rate of the youngest applicants.
 */
function versionWeight(plan: ExplainPlan, feature: string, weight: number, version: number): number {
  if (plan.model === 'credit-approval' && feature === 'age_group' && version < 5) return weight / 2;
  return weight;
}

export function globalAttributions(
  plan: ExplainPlan,
  version: number,
  sample = GLOBAL_SAMPLE,
): AttributionWire[] {
  return plan.features
    .map((f) => attribution(f.name, versionWeight(plan, f.name, f.weight, version) * MEAN_ABS_NORMAL, sample))
    .sort((a, b) => b.meanAbs - a.meanAbs);
}

/** Per cohort of the outcome or the segment: mean |contribution| over the newest predictions in it. */
export function cohortAttributions(
  plan: ExplainPlan,
  seed: number,
  now: number,
  by: 'outcome' | 'segment',
): { cohort: string; sampleSize: number; features: AttributionWire[] }[] {
  const sums = new Map<string, { n: number; abs: number[] }>();
  for (let i = 0; i < GLOBAL_SAMPLE; i++) {
    const p = predictionAt(plan, seed, now, i);
    const key = by === 'outcome' ? p.outcome : p.segment;
    const entry = sums.get(key) ?? { n: 0, abs: plan.features.map(() => 0) };
    entry.n++;
    p.contributions.forEach((c, j) => (entry.abs[j] = (entry.abs[j] ?? 0) + Math.abs(c)));
    sums.set(key, entry);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cohort, { n, abs }]) => ({
      cohort,
      sampleSize: n,
      features: plan.features
        .map((f, j) => attribution(f.name, (abs[j] ?? 0) / n, n))
        .sort((a, b) => b.meanAbs - a.meanAbs),
    }));
}

export function sampleMatrix(plan: ExplainPlan, seed: number, now: number, limit: number) {
  const rows = Array.from({ length: Math.min(limit, PREDICTION_COUNT) }, (_, i) =>
    predictionAt(plan, seed, now, i),
  );
  return {
    features: plan.features.map((f) => f.name),
    values: rows.map((r) => r.values),
    attributions: rows.map((r) => r.contributions),
    total: PREDICTION_COUNT,
  };
}

/**
 * churn-predictor's story: from 14 days ago the model leans less on tenure and more on support
 * calls (a change in who calls support), complete 9 days ago, when its accuracy starts to fall.
 * The ranking crosses nDCG 0.9 about 11 days ago: the explanation drifted before the accuracy did.
 */
function driftFactor(plan: ExplainPlan, feature: string, t: number, now: number): number {
  if (plan.model !== 'churn-predictor') return 1;
  const progress = Math.min(1, Math.max(0, (t - (now - 14 * DAY)) / (5 * DAY)));
  if (feature === 'tenure_months') return 1 - (0.1 / 0.14) * progress;
  if (feature === 'support_calls_90d') return 1 + (0.06 / 0.07) * progress;
  return 1;
}

export function explanationDrift(
  plan: ExplainPlan,
  registry: ModelPlan,
  seed: number,
  now: number,
  window: { from: number; to: number },
  stepSeconds: number,
): Omit<ExplanationDrift, 'baseline' | 'points' | 'markers'> & {
  baseline: AttributionWire[];
  points: { t: string; features: AttributionWire[] }[];
  markers: { at: string; kind: 'deploy'; label: string; version: string }[];
} {
  const step = stepSeconds * 1000;
  const first = Math.floor(window.from / step) * step;
  const points: { t: string; features: AttributionWire[] }[] = [];
  for (let t = first; t < Math.min(window.to, now); t += step) {
    const rng = createRng(seed, 'explanation-drift', plan.model, t);
    const features = plan.features
      .map((f) =>
        attribution(
          f.name,
          f.weight * MEAN_ABS_NORMAL * driftFactor(plan, f.name, t, now) * rng.float(0.97, 1.03),
          500,
        ),
      )
      .sort((a, b) => b.meanAbs - a.meanAbs);
    points.push({ t: new Date(t).toISOString(), features });
  }
  const markers = registry.shipped
    .filter((s) => s.at >= window.from && s.at < window.to)
    .map((s) => ({
      at: new Date(s.at).toISOString(),
      kind: 'deploy' as const,
      label: `v${s.version} deployed`,
      version: String(s.version),
    }));
  return {
    model: plan.model,
    baselineVersion: String(plan.productionVersion),
    baseline: globalAttributions(plan, plan.productionVersion),
    points,
    markers,
  };
}

/** The ranking of one bucket starting at `t`, as the drift route computes it. */
function rankingAt(plan: ExplainPlan, seed: number, now: number, t: number) {
  const rng = createRng(seed, 'explanation-drift', plan.model, t);
  return plan.features.map((f) => ({
    feature: f.name,
    importance: f.weight * MEAN_ABS_NORMAL * driftFactor(plan, f.name, t, now) * rng.float(0.97, 1.03),
  }));
}

/**
 * A model's entry in the explanation-drift ranking: nDCG of the last day's ranking before the
 * window's end against the baseline, and since when (over the 30 days before) it is below 0.9.
 */
export function explanationDriftEntry(plan: ExplainPlan, seed: number, now: number, end: number) {
  const threshold = 0.9;
  const baseline = plan.features.map((f) => ({ feature: f.name, importance: f.weight * MEAN_ABS_NORMAL }));
  const last = Math.floor((Math.min(end, now) - 1) / DAY) * DAY;
  const ndcgAt = (t: number): number => {
    const value = attributionNdcg(baseline, rankingAt(plan, seed, now, t));
    return typeof value === 'number' ? value : 1;
  };
  const ndcg = ndcgAt(last);
  let since: number | undefined;
  if (ndcg < threshold) {
    since = last;
    for (let t = last - DAY; t > last - 30 * DAY && ndcgAt(t) < threshold; t -= DAY) since = t;
  }
  return {
    model: plan.model,
    baselineVersion: String(plan.productionVersion),
    ndcg: Number(ndcg.toFixed(4)),
    threshold,
    drifted: ndcg < threshold,
    since: since === undefined ? null : new Date(since).toISOString(),
  };
}
