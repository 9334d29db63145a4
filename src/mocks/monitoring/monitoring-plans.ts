import type { ModelPlan } from '../fleet/model-plan';
import { createLru } from '../fleet/lru';
import { STORY_MODELS } from '../fleet/story';
import { generatedMonitoringPlan, namesDrift } from './generated-monitoring';
import type { MonitoringPlan } from './monitoring-plan';
import { storyMonitoringPlan } from './story-monitoring';

/** The monitoring of one registry model, or undefined when it serves no live traffic. */
export function monitoringPlanOf(registry: ModelPlan, seed: number, now: number): MonitoringPlan | undefined {
  if (registry.model.stage !== 'production') return undefined;
  const story = STORY_MODELS.find((s) => s.name === registry.model.name);
  return (
    (story && storyMonitoringPlan(story, registry, seed, now)) ?? generatedMonitoringPlan(registry, seed, now)
  );
}

export interface MonitoringPlans {
  of(registry: ModelPlan): MonitoringPlan | undefined;
}

/** Plans kept for the models recently asked about; the rest are rebuilt (cheaply) on demand. */
export function createMonitoringPlans(seed: number, now: number): MonitoringPlans {
  const cache = createLru<number, MonitoringPlan | undefined>(256);
  return { of: (registry) => cache.get(registry.index, () => monitoringPlanOf(registry, seed, now)) };
}

/**
 * Models whose monitoring is mild by construction: generated ones whose health names no drift.
 * Their drift is healthy for any window (quiet-models.test.ts checks a sample), so scoring a
 * 10,000-model fleet only computes the few that drift.
 */
export function isQuiet(registry: ModelPlan): boolean {
  return !STORY_MODELS.some((s) => s.name === registry.model.name) && !namesDrift(registry);
}
