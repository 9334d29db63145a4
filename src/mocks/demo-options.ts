import { DEFAULT_FLEET_SIZE, DEFAULT_SEED, MAX_FLEET_SIZE } from './demo-defaults';
import type { FleetOptions } from './fleet/fleet';
import { parseFaultRate } from './flaky/flaky-faults';
import { hashString } from './fleet/prng';
import { isScenarioName, type ScenarioName } from './scenarios';
import { MAX_PIPELINE_STEPS } from './pipelines/generated-pipeline';
import type { PipelineDemoOptions } from './pipelines/pipeline-store';

export interface DemoOptions extends FleetOptions, PipelineDemoOptions {
  scenario?: ScenarioName;
  /** The share of requests the `flaky` scenario fails, in [0, 1]. */
  faultRate?: number;
}

/**
 * The demo's options from the page's query string: `?fleet=N` (1–10,000,
 * default 30), `?seed=` (a number, or any word, hashed), `?scenario=NAME` and,
 * for `flaky`, `?faultRate=` (the share of requests that fail, default 0.1).
 * Values that make no sense fall back to the defaults rather than break the demo.
 * `?pipeline-steps=N` (1–20,000) adds a generated pipeline of N steps.
 */
export function parseDemoOptions(search: string, now: number): DemoOptions {
  const params = new URLSearchParams(search);
  const fleetText = params.get('fleet') ?? '';
  const fleet = /^\d+$/.test(fleetText)
    ? Math.min(MAX_FLEET_SIZE, Math.max(1, Number(fleetText)))
    : DEFAULT_FLEET_SIZE;
  const seedText = params.get('seed')?.trim() ?? '';
  const seed =
    seedText === '' ? DEFAULT_SEED : /^\d+$/.test(seedText) ? Number(seedText) >>> 0 : hashString(seedText);
  const scenario = params.get('scenario') ?? '';
  const stepsText = params.get('pipeline-steps') ?? '';
  const pipelineSteps = /^\d+$/.test(stepsText)
    ? Math.min(MAX_PIPELINE_STEPS, Math.max(1, Number(stepsText)))
    : undefined;
  const extra = pipelineSteps ? { pipelineSteps } : {};
  if (scenario === 'flaky')
    return {
      fleetSize: fleet,
      seed,
      now,
      scenario,
      faultRate: parseFaultRate(params.get('faultRate')),
      ...extra,
    };
  return { fleetSize: fleet, seed, now, scenario: isScenarioName(scenario) ? scenario : undefined, ...extra };
}
