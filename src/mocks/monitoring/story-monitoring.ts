import { psi } from '../../domain/drift/psi';
import { isNotDefined } from '../../domain/drift/not-defined';
import type { ModelPlan } from '../fleet/model-plan';
import { generateRun } from '../fleet/runs';
import type { StoryModel } from '../fleet/story-model';
import { DAY, HOUR } from '../fleet/time';
import { calibrate } from './calibrate';
import type { FeatureSpec } from './feature-specs';
import { metricPlans } from './metric-plans';
import type { DeclineSchedule, FeaturePlan, MonitoringPlan } from './monitoring-plan';
import { axisOf, expectedWindowCounts, referenceCounts } from './profiles';
import { noShift, type ShiftSchedule } from './shift';
import { STORY_PREDICTIONS, STORY_SPECS, STORY_TRAFFIC } from './story-specs';

const constant = (spec: FeatureSpec): FeaturePlan => ({
  spec,
  schedule: { kind: 'constant', shift: noShift(spec) },
});

/**
 * A ramped mean shift whose PSI over the last 24 hours, against the production version's
 * reference, is the story's number. The first drifting feature moves down, the next up
 * (churn: tenure shortens while charges rise).
 */
function calibratedRamp(
  spec: FeatureSpec,
  targetPsi: number,
  direction: number,
  ramp: { from: number; to: number },
  context: { seed: number; model: string; rowsPerHour: number; now: number; referenceAt: number },
): FeaturePlan {
  const plan = (amount: number): FeaturePlan => ({
    spec,
    schedule: { kind: 'ramp', ...ramp, full: { kind: 'numeric', meanShift: direction * amount, sdScale: 1 } },
  });
  const axis = axisOf(plan(0));
  const score = (amount: number): number => {
    const candidate = plan(amount);
    const reference = referenceCounts(candidate, axis, context.referenceAt, 100_000);
    const current = expectedWindowCounts(candidate, axis, context.now - DAY, context.now, context);
    const value = psi(reference, current);
    return isNotDefined(value) ? 0 : value;
  };
  return plan(calibrate(targetPsi, 3, score));
}

/** demand-forecast's live store_id nulls: the share its failing pipeline validation measures. */
export const NULL_STORE = { feature: 'store_id', share: 0.034 } as const;

/** The monitoring of a story model: its drift, traffic and decline follow its episode. */
export function storyMonitoringPlan(
  story: StoryModel,
  registry: ModelPlan,
  seed: number,
  now: number,
): MonitoringPlan | undefined {
  const specs = STORY_SPECS[story.name];
  const prediction = STORY_PREDICTIONS[story.name];
  const traffic = STORY_TRAFFIC[story.name];
  if (!specs || !prediction || !traffic) return undefined;
  const production = registry.productionVersion ?? registry.versionTimes.length;
  const referenceAt = registry.versionTimes[production - 1] ?? now;
  const context = { seed, model: story.name, rowsPerHour: traffic.rowsPerHour, now, referenceAt };
  const episode = story.episode;

  let features = specs.map(constant);
  let predictionPlan = constant(prediction);
  let decline: DeclineSchedule = { kind: 'none' };
  let anchor: { name: string; from: number; to: number } | undefined;

  if (episode.kind === 'gradual-drift') {
    const ramp = { from: now - episode.startedAgo, to: now };
    features = specs.map((spec) => {
      const index = episode.features.findIndex((f) => f.name === spec.name);
      const drift = episode.features[index];
      return drift ? calibratedRamp(spec, drift.psi, index === 0 ? -1 : 1, ramp, context) : constant(spec);
    });
    const schedule: ShiftSchedule = {
      kind: 'ramp',
      ...ramp,
      full: { kind: 'numeric', meanShift: 0.5, sdScale: 1.1 },
    };
    predictionPlan = { spec: prediction, schedule };
    decline = { kind: 'ramp', from: now - episode.metricLagAgo, to: now };
    anchor = { name: episode.metric, from: episode.baseline, to: episode.current };
  } else if (episode.kind === 'abrupt-drift') {
    const at = now - episode.startedAgo;
    features = specs.map((spec) =>
      spec.name === episode.feature
        ? {
            spec,
            schedule: {
              kind: 'step',
              at,
              after: { kind: 'categorical', mix: episode.unseenShare, toward: { [episode.newCategory]: 1 } },
            },
          }
        : constant(spec),
    );
    predictionPlan = {
      spec: prediction,
      schedule: { kind: 'step', at, after: { kind: 'numeric', meanShift: 0.45, sdScale: 1.2 } },
    };
    decline = { kind: 'step', at };
  } else if (episode.kind === 'pipeline-failure') {
    // The stores export that breaks the feature pipeline feeds serving too: since the change,
    // a share of live rows carries no store_id, which the drift view shows as the category "(null)".
    const at = now - episode.failingSinceAgo;
    features = specs.map((spec) =>
      spec.name === NULL_STORE.feature
        ? {
            spec,
            schedule: {
              kind: 'step',
              at,
              after: { kind: 'categorical', mix: NULL_STORE.share, toward: { '(null)': 1 } },
            },
          }
        : constant(spec),
    );
  }

  return {
    registry,
    features,
    prediction: predictionPlan,
    rowsPerHour: traffic.rowsPerHour,
    referenceSampleRows: traffic.referenceSampleRows,
    // Fresh training data: churn-predictor's v7, trained 3 days ago, already saw most of the drift.
    trainingDataAgeMs: 0,
    labelDelayMs: traffic.labelDelayHours * HOUR,
    labelDelayNote:
      episode.kind === 'label-delay'
        ? `Delivery times are known when the parcel arrives: labels come about ${episode.delayDays} days after the prediction.`
        : undefined,
    // The churn team monitors with PSI, which its health reason quotes.
    config:
      story.name === 'churn-predictor' ? { numeric: { method: 'psi' }, categorical: { method: 'psi' } } : {},
    metrics: () =>
      metricPlans(registry.model.task, generateRun(registry, production, seed).metrics, {
        targetUnit: traffic.targetUnit,
        anchor,
      }),
    decline,
  };
}
