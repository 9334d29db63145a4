import { describe, expect, it } from 'vitest';
import { checkGraph } from '../../domain/pipelines/graph';
import { generatedPipelineSpec } from './generated-pipeline';
import { simulatePipeline } from './simulate';

describe('the generated pipeline (?pipeline-steps=N)', () => {
  it('is a valid graph of N steps whose middle step fails and skips what follows', () => {
    const spec = generatedPipelineSpec(2_000);
    expect(checkGraph(spec.steps).ok).toBe(true);
    const { runs, detail } = simulatePipeline(spec, Date.UTC(2026, 10, 29));
    expect(detail.stepCount).toBe(2_000);
    const run = runs[0]!;
    expect(run.steps.find((s) => s.stepId === 's1000')?.state).toBe('failed');
    expect(run.steps.filter((s) => s.state === 'skipped').length).toBeGreaterThan(500);
  });
});
