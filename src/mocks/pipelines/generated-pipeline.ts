import { HOUR } from '../fleet/time';
import type { PipelineSpec, StepSpec } from './pipeline-spec';

export const MAX_PIPELINE_STEPS = 20_000;

/**
 * A layered pipeline of `count` steps for scale (`?pipeline-steps=N`): about √N steps a layer,
 * each reading one or two steps of the layer before. The step in the middle fails its check,
 * so everything downstream of it is skipped and the view must open on its neighbourhood.
 */
export function generatedPipelineSpec(count: number): PipelineSpec {
  const width = Math.max(3, Math.round(Math.sqrt(count) / 1.5));
  const steps: StepSpec[] = [];
  for (let i = 0; i < count; i += 1) {
    const layer = Math.floor(i / width);
    const inLayer = i % width;
    const previous = (layer - 1) * width;
    const dependsOn =
      layer === 0
        ? []
        : [...new Set([`s${previous + inLayer}`, `s${previous + ((inLayer * 7 + layer) % width)}`])].filter(
            (id) => Number(id.slice(1)) < i,
          );
    steps.push({
      id: `s${i}`,
      name: `step ${i + 1}`,
      dependsOn,
      inputs: dependsOn.map((d) => `ds_${d.slice(1)}`),
      outputs: [`ds_${i}`],
      minutes: 1 + (i % 5),
    });
  }
  const failing = `s${Math.floor(count / 2)}`;
  return {
    id: 'generated-scale',
    name: `generated pipeline (${count.toLocaleString('en-US')} steps)`,
    owner: 'platform',
    description: `A generated pipeline of ${count.toLocaleString('en-US')} steps, to try the views at scale.`,
    periodMs: 24 * HOUR,
    freshnessSlaMs: 26 * HOUR,
    runCount: 1,
    steps,
    columns: {},
    rows: {},
    twist: () => ({
      states: { [failing]: 'failed' },
      checks: {
        [failing]: [
          {
            id: `${failing}.rows`,
            name: 'row count',
            dataset: `ds_${failing.slice(1)}`,
            expected: '≥ 1,000',
            observed: '0',
            result: 'fail',
          },
        ],
      },
    }),
  };
}
