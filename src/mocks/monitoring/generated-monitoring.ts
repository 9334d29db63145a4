import { psi } from '../../domain/drift/psi';
import { isNotDefined } from '../../domain/drift/not-defined';
import type { ModelPlan } from '../fleet/model-plan';
import { createRng, type Rng } from '../fleet/prng';
import { generateRun } from '../fleet/runs';
import { DAY, HOUR } from '../fleet/time';
import { calibrate } from './calibrate';
import { numeric, specFor, type FeatureSpec } from './feature-specs';
import { metricPlans } from './metric-plans';
import type { FeaturePlan, MonitoringPlan } from './monitoring-plan';
import { axisOf, expectedWindowCounts, referenceCounts } from './profiles';
import type { Shift } from './shift';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "since Nov 18" in a health reason → that day at `now`'s time of day (formatDay's inverse). */
export function sinceDay(reason: string, now: number): number | undefined {
  const match = /since (\w{3}) (\d{1,2})\b/.exec(reason);
  const month = MONTHS.indexOf(match?.[1] ?? '');
  if (!match || month < 0) return undefined;
  const today = new Date(now);
  let day = Date.UTC(today.getUTCFullYear(), month, Number(match[2]));
  if (day > now) day = Date.UTC(today.getUTCFullYear() - 1, month, Number(match[2]));
  const days = Math.round(
    (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - day) / DAY,
  );
  return now - days * DAY;
}

const TRAINING_DATA_AGE = 14 * DAY;

const PSI_REASON = /PSI (\d+(?:\.\d+)?) on (\w+)/;

/** Whether a generated model's health names input drift; the others only ever move mildly. */
export function namesDrift(registry: ModelPlan): boolean {
  return PSI_REASON.test(registry.model.health.reason);
}

/**
 * A small seeded change that stays under every default threshold for any window up to the
 * 400 days the contract allows (src/mocks/monitoring/quiet-models.test.ts checks it). Tests on
 * a small reference face few live rows here, so `scale` shrinks the change for them too.
 */
function mildShift(spec: FeatureSpec, rng: Rng, scale: number): Shift {
  if (spec.kind === 'numeric') {
    return {
      kind: 'numeric',
      meanShift: scale * rng.float(-0.05, 0.05),
      sdScale: 1 + scale * rng.float(-0.02, 0.02),
    };
  }
  const toward = Object.fromEntries(Object.keys(spec.weights).map((c) => [c, rng.float(0.5, 3)]));
  return { kind: 'categorical', mix: scale * rng.float(0, 0.03), toward };
}

/** The change that gives `targetPsi` over the last day: a mean shift, or a mix toward reshuffled weights. */
function driftTo(
  spec: FeatureSpec,
  targetPsi: number,
  at: number,
  context: { seed: number; model: string; rowsPerHour: number; now: number },
): FeaturePlan {
  // A categorical feature drifts as a surge of its rarest category.
  const rarest =
    spec.kind === 'categorical'
      ? Object.entries(spec.weights).reduce((a, b) => (b[1] < a[1] ? b : a))[0]
      : '';
  const plan = (amount: number): FeaturePlan => ({
    spec,
    schedule: {
      kind: 'step',
      at,
      after:
        spec.kind === 'numeric'
          ? { kind: 'numeric', meanShift: amount, sdScale: 1 }
          : { kind: 'categorical', mix: Math.min(1, amount), toward: { [rarest]: 1 } },
    },
  });
  const axis = axisOf(plan(0));
  const score = (amount: number): number => {
    const candidate = plan(amount);
    const reference = referenceCounts(candidate, axis, at - 1, 100_000);
    const value = psi(
      reference,
      expectedWindowCounts(candidate, axis, context.now - DAY, context.now, context),
    );
    return isNotDefined(value) ? 0 : value;
  };
  return plan(calibrate(targetPsi, spec.kind === 'numeric' ? 3 : 1, score));
}

/**
 * Monitoring of a model beyond the story, from its own stream: mild seeded changes, except
 * where its health reason names drift ("PSI 0.27 on order_amount since Nov 18"), which the
 * profiles then show, from that day, at that PSI. Only production models are monitored.
 */
export function generatedMonitoringPlan(
  registry: ModelPlan,
  seed: number,
  now: number,
): MonitoringPlan | undefined {
  const production = registry.productionVersion;
  if (registry.model.stage !== 'production' || production === undefined) return undefined;
  const rng = createRng(seed, 'monitoring', registry.index);
  const name = registry.model.name;
  const reason = registry.model.health.reason;
  const referenceSampleRows = rng.pick([800, 5_000, 50_000, 50_000, 100_000]);
  // A model that keeps a small reference sample is a small one: few live rows.
  const small = referenceSampleRows <= 1_000;
  const rowsPerHour = small ? rng.int(10, 40) : rng.int(60, 3000);
  const context = { seed, model: name, rowsPerHour, now };
  const psiMatch = PSI_REASON.exec(reason);
  const driftAt = sinceDay(reason, now) ?? now - 3 * DAY;

  // Live data moves a little from the training data after the production version trained.
  const trainedAt = (registry.versionTimes[production - 1] ?? now) - TRAINING_DATA_AGE + HOUR;
  const features = registry.features.map((feature): FeaturePlan => {
    const spec = specFor(feature, seed);
    if (psiMatch && psiMatch[2] === feature) return driftTo(spec, Number(psiMatch[1]), driftAt, context);
    return { spec, schedule: { kind: 'step', at: trainedAt, after: mildShift(spec, rng, small ? 0.3 : 1) } };
  });
  const task = registry.model.task;
  const prediction =
    task === 'regression'
      ? numeric('prediction', 100, 30, 0, 250, 25)
      : numeric('prediction', rng.float(0.15, 0.5), rng.float(0.08, 0.16), 0, 1, 20);
  const labelDays = /labels for the last (\d+) days/i.exec(reason);
  const drifting = psiMatch !== null;
  return {
    registry,
    features,
    prediction: {
      spec: prediction,
      schedule: {
        kind: 'step',
        at: drifting ? driftAt : trainedAt,
        after: { kind: 'numeric', meanShift: drifting ? 0.2 : 0.02, sdScale: 1 },
      },
    },
    rowsPerHour,
    referenceSampleRows,
    // Older than any drift a health reason dates ("since …", at most 10 days ago).
    trainingDataAgeMs: TRAINING_DATA_AGE,
    labelDelayMs: labelDays ? Number(labelDays[1]) * DAY : rng.int(1, 12) * HOUR,
    // Teams that quote PSI in their alerts monitor with it.
    config: drifting ? { numeric: { method: 'psi' }, categorical: { method: 'psi' } } : {},
    metrics: () => metricPlans(task, generateRun(registry, production, seed).metrics),
    decline: drifting ? { kind: 'step', at: driftAt } : { kind: 'none' },
  };
}
