import type { Alert, AlertInterval, Silence } from '../../domain/alert';
import type { ModelPlan } from '../fleet/model-plan';
import { createRng } from '../fleet/prng';
import { STORY_MODELS } from '../fleet/story';
import { MINUTE } from '../fleet/time';

/** An alert name that fits the model's trouble, so alerts read like a real rule set. */
function alertName(reason: string): string {
  if (/drift|psi|category/i.test(reason)) return 'ModelFeatureDriftHigh';
  if (/latency|slo|budget/i.test(reason)) return 'ModelLatencySLOBurn';
  if (/pipeline|validation|stale/i.test(reason)) return 'TrainingPipelineFailing';
  if (/gap|fairness|impact/i.test(reason)) return 'ModelFairnessGap';
  return 'ModelQualityDegraded';
}

/** The alerts firing now: as many as the model's row counts, named after its trouble. */
export function currentAlerts(plan: ModelPlan, seed: number, now: number): Alert[] {
  const rng = createRng(seed, 'alerts', plan.model.name);
  const { model } = plan;
  const episode = STORY_MODELS.find((s) => s.name === model.name)?.episode;
  // After the alert named for its trouble, a model's other alerts are one plain rule firing on
  // several pods, as per-instance rules do: the SRE home groups them back into one row.
  let podRule = '';
  return Array.from({ length: model.openAlerts }, (_, i) => {
    if (i === 1)
      podRule = rng.pick(['ModelPredictionVolumeLow', 'ModelErrorRateHigh', 'ModelLatencySLOBurn']);
    const name = i === 0 ? alertName(model.health.reason) : podRule;
    const severity = model.health.status === 'critical' && i === 0 ? 'critical' : 'warning';
    const randomStart = now - rng.int(10, 60 * 24 * 3) * MINUTE;
    // A burn alert fires once the burn has lasted a while, not before the story's burn began.
    const startsAt =
      i === 0 && episode?.kind === 'error-budget-burn' ? now - episode.startedAgo + 20 * MINUTE : randomStart;
    return {
      id: rng.hex(16),
      name,
      severity,
      state: 'firing',
      // The pod rules carry no annotations; Alertmanager's summary is then only the rule's name.
      summary: i === 0 ? model.health.reason : name,
      model: model.name,
      deployment: `${model.name}-production`,
      startsAt,
      labels: {
        alertname: name,
        severity,
        model: model.name,
        deployment: `${model.name}-production`,
        team: model.team,
        ...(i > 0 ? { pod: `${model.name}-${rng.hex(5)}` } : {}),
      },
      url: `https://prometheus.example.internal/graph?g0.expr=ALERTS%7Balertname%3D%22${name}%22%7D`,
      silencedBy: [],
    } satisfies Alert;
  });
}

/**
 * What fired over time: the story's alerts with their real intervals, and the
 * alerts firing now from when they started.
 */
export function alertHistory(plan: ModelPlan, seed: number, now: number): AlertInterval[] {
  const story = STORY_MODELS.find((s) => s.name === plan.model.name);
  const intervals: AlertInterval[] = currentAlerts(plan, seed, now).map((a) => ({
    name: a.name,
    severity: a.severity,
    model: a.model,
    deployment: a.deployment,
    from: a.startsAt,
    labels: a.labels,
  }));
  const episode = story?.episode;
  if (episode?.kind === 'latency-incident') {
    const deployedAt = now - episode.deployedAgo;
    intervals.push({
      name: episode.alert,
      severity: 'critical',
      model: plan.model.name,
      deployment: `${plan.model.name}-production`,
      from: deployedAt + 5 * MINUTE,
      to: deployedAt + episode.durationMs + 5 * MINUTE,
      labels: { alertname: episode.alert, severity: 'critical', model: plan.model.name },
    });
  }
  return intervals;
}

/**
 * The story's silences: the pricing alert was silenced while the rollback
 * took effect (expired since). Generated models have none.
 */
export function demoSilences(findPlan: (name: string) => ModelPlan | undefined, now: number): Silence[] {
  const silences: Silence[] = [];
  for (const story of STORY_MODELS) {
    const episode = story.episode;
    if (episode.kind !== 'latency-incident' || !findPlan(story.name)) continue;
    const rolledBack = now - story.lastDeployedAgo;
    silences.push({
      id: `silence-${story.name}-rollback`,
      matchers: [
        { name: 'alertname', value: episode.alert, isRegex: false, isEqual: true },
        { name: 'model', value: story.name, isRegex: false, isEqual: true },
      ],
      startsAt: rolledBack,
      endsAt: rolledBack + 30 * MINUTE,
      createdBy: episode.rolledBackBy,
      comment: `Rolled back to v${episode.goodVersion}; waiting for latency to settle.`,
      state: 'expired',
    });
  }
  return silences;
}
