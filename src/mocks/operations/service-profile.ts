import type { ModelPlan } from '../fleet/model-plan';
import { createRng, hashString } from '../fleet/prng';
import { STORY_MODELS } from '../fleet/story';
import type { StoryEpisode } from '../fleet/story-model';

/** How a model's service behaves when nothing is wrong, plus the episode that disturbs it. */
export interface ServiceProfile {
  /** Seconds. */
  p50: number;
  /** Requests per second at the daily mean. */
  throughput: number;
  /** Ratio of failed requests, 0–1. */
  errorRate: number;
  /** The p95 latency objective, seconds. */
  sloP95: number;
  sloErrorRate: number;
  episode?: StoryEpisode;
  /** Generated models whose health names a latency breach. */
  latencyBreach: boolean;
}

const NICE_SLOS = [0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

export function serviceProfile(plan: ModelPlan, seed: number): ServiceProfile {
  const rng = createRng(seed, 'service', plan.model.name);
  const story = STORY_MODELS.find((s) => s.name === plan.model.name);
  const episode = story?.episode;
  const p50 = episode?.kind === 'error-budget-burn' ? 0.045 : rng.float(0.02, 0.09);
  const latencyBreach =
    !story && /latency/i.test(plan.model.health.reason) && plan.model.health.status !== 'healthy';
  const sloP95 =
    episode?.kind === 'error-budget-burn'
      ? 0.15
      : latencyBreach
        ? 0.25
        : (NICE_SLOS.find((s) => s >= p50 * 2.6 * 1.4) ?? 0.5);
  return {
    p50,
    throughput: rng.float(5, 400),
    errorRate: rng.float(0.0005, 0.004),
    sloP95,
    sloErrorRate: 0.01,
    episode,
    latencyBreach,
  };
}

/** Deterministic noise in [-1, 1] for a model, a signal and a minute: the same at any step. */
export function noise(seed: number, key: string, minute: number): number {
  return (hashString(`${seed}|${key}|${minute}`) / 4294967295) * 2 - 1;
}
