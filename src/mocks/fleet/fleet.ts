import type { Deployment } from '../../domain/deployment';
import type { TrainingRun } from '../../domain/lineage';
import type { ModelDetail, ModelVersion } from '../../domain/model';
import { generateDeployments } from './deployments';
import { planGeneratedModel } from './generated-plan';
import { createLru } from './lru';
import type { ModelPlan } from './model-plan';
import { generatedModelName } from './model-names';
import { decodeRunId } from './run-id';
import { generateRun } from './runs';
import { STORY_MODELS } from './story';
import { planStoryModel } from './story-plan';
import { generateVersions } from './versions';
import { withDriftStatus } from '../monitoring/fleet-drift';

export interface FleetOptions {
  fleetSize: number;
  seed: number;
  /** Epoch ms that every generated time is relative to. */
  now: number;
}

/**
 * The demo's registry, generated on demand. Plans (summary rows plus the facts
 * their versions need) are made the first time a model is asked for and kept;
 * versions are kept for a few recent models only; runs and deployments are
 * regenerated each time (they are cheap and deterministic).
 */
export interface DemoFleet {
  readonly options: FleetOptions;
  /** Every model, story models first. */
  plans(): readonly ModelPlan[];
  models(): readonly ModelDetail[];
  findPlan(name: string): ModelPlan | undefined;
  versions(name: string): ModelVersion[] | undefined;
  run(runId: string): TrainingRun | undefined;
  deployments(name: string): Deployment[] | undefined;
}

const VERSION_CACHE_SIZE = 64;

export function createDemoFleet(options: FleetOptions): DemoFleet {
  const { seed, now } = options;
  const size = Math.max(0, Math.floor(options.fleetSize));
  const storyCount = Math.min(size, STORY_MODELS.length);
  const cache: (ModelPlan | undefined)[] = [];
  const versionCache = createLru<number, ModelVersion[]>(VERSION_CACHE_SIZE);
  let all: ModelPlan[] | undefined;
  let indexByName: Map<string, number> | undefined;

  const nameAt = (index: number): string =>
    STORY_MODELS[index]?.name ?? generatedModelName(seed, index - STORY_MODELS.length).name;

  function planAt(index: number): ModelPlan {
    let plan = cache[index];
    if (!plan) {
      const story = index < storyCount ? STORY_MODELS[index] : undefined;
      plan = story
        ? planStoryModel(story, index, seed, now)
        : planGeneratedModel(seed, index, index - STORY_MODELS.length, now);
      // The summary row carries the monitoring's verdict, as a backend joining both would send it.
      plan = withDriftStatus(plan, seed, now);
      cache[index] = plan;
    }
    return plan;
  }

  function plans(): readonly ModelPlan[] {
    all ??= Array.from({ length: size }, (_, index) => planAt(index));
    return all;
  }

  function findPlan(name: string): ModelPlan | undefined {
    // Names alone are cheap to compute, so a lookup never forces every plan.
    indexByName ??= new Map(Array.from({ length: size }, (_, index) => [nameAt(index), index]));
    const index = indexByName.get(name);
    return index === undefined ? undefined : planAt(index);
  }

  function versionsOf(plan: ModelPlan): ModelVersion[] {
    return versionCache.get(plan.index, () => generateVersions(plan, seed));
  }

  let models: ModelDetail[] | undefined;
  return {
    options: { fleetSize: size, seed, now },
    plans,
    models: () => (models ??= plans().map((plan) => plan.model)),
    findPlan,
    versions(name) {
      const plan = findPlan(name);
      return plan && versionsOf(plan);
    },
    run(runId) {
      const key = decodeRunId(seed, runId);
      if (!key || key.index >= size) return undefined;
      const plan = planAt(key.index);
      return key.version >= 1 && key.version <= plan.versionTimes.length
        ? generateRun(plan, key.version, seed)
        : undefined;
    },
    deployments(name) {
      const plan = findPlan(name);
      return plan && generateDeployments(plan, seed, now);
    },
  };
}
