import { z } from '../zod-mini';
import { CHECK_RESULTS, CONSUMPTION_USES, RUN_STATES, STEP_RUN_STATES } from '../../domain/pipelines/types';

/** Wire shapes of the contract's pipelines part (contract/openapi.yaml, tag "pipelines"). */

const isoTime = z.iso.datetime({ offset: true });
const count = z.int().check(z.nonnegative());

export const checkWire = z.object({
  id: z.string(),
  name: z.string(),
  dataset: z.nullish(z.string()),
  column: z.nullish(z.string()),
  expected: z.string(),
  observed: z.string(),
  result: z.enum(CHECK_RESULTS),
});

export const runRefWire = z.object({
  id: z.string(),
  state: z.enum(RUN_STATES),
  startedAt: isoTime,
  endedAt: z.nullish(isoTime),
});

export const pipelineSummaryWire = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.nullish(z.string()),
  description: z.nullish(z.string()),
  freshnessSlaSeconds: z.nullish(z.number().check(z.positive())),
  lastSuccessAt: z.nullish(isoTime),
  lastRun: z.nullish(runRefWire),
  recentRuns: z.array(runRefWire),
  failedChecks: count,
  models: z.array(z.string()),
  stepCount: count,
});
export type PipelineSummaryWire = z.infer<typeof pipelineSummaryWire>;
export const pipelineListWire = z.object({ items: z.array(pipelineSummaryWire) });

export const stepWire = z.object({
  id: z.string(),
  name: z.string(),
  dependsOn: z.array(z.string()),
  inputs: z.nullish(z.array(z.string())),
  outputs: z.nullish(z.array(z.string())),
});
export const pipelineDetailWire = z.extend(pipelineSummaryWire, { steps: z.array(stepWire) });

export const stepRunWire = z.object({
  stepId: z.string(),
  state: z.enum(STEP_RUN_STATES),
  startedAt: z.nullish(isoTime),
  endedAt: z.nullish(isoTime),
  checks: z.array(checkWire),
});

export const edgeContractWire = z.object({
  from: z.string(),
  to: z.string(),
  dataset: z.nullish(z.string()),
  promised: z.string(),
  checked: z.string(),
  result: z.enum([...CHECK_RESULTS, 'unknown']),
});

export const pipelineRunWire = z.object({
  id: z.string(),
  pipelineId: z.string(),
  state: z.enum(RUN_STATES),
  startedAt: isoTime,
  endedAt: z.nullish(isoTime),
  steps: z.array(stepRunWire),
  edges: z.array(edgeContractWire),
});
export type PipelineRunWire = z.infer<typeof pipelineRunWire>;

export const datasetSummaryWire = z.object({
  name: z.string(),
  pipelineId: z.nullish(z.string()),
  latestVersion: z.nullish(z.string()),
  updatedAt: z.nullish(isoTime),
  freshnessSlaSeconds: z.nullish(z.number().check(z.positive())),
  failedChecks: count,
});
export const datasetListWire = z.object({ items: z.array(datasetSummaryWire) });

const datasetRefWire = z.object({ dataset: z.string(), version: z.string() });

export const datasetVersionWire = z.extend(datasetRefWire, {
  createdAt: isoTime,
  pipelineId: z.nullish(z.string()),
  runId: z.nullish(z.string()),
  stepId: z.nullish(z.string()),
  rowCount: z.nullish(count),
  columns: z.array(z.object({ name: z.string(), type: z.string() })),
  columnStats: z.array(
    z.object({
      column: z.string(),
      nullCount: z.nullish(count),
      distinctCount: z.nullish(count),
      min: z.nullish(z.number()),
      max: z.nullish(z.number()),
    }),
  ),
  checks: z.array(checkWire),
  inputs: z.array(datasetRefWire),
});
export type DatasetVersionWire = z.infer<typeof datasetVersionWire>;
export const datasetVersionListWire = z.object({ items: z.array(datasetVersionWire) });

export const consumptionWire = z.object({
  model: z.string(),
  modelVersion: z.string(),
  use: z.enum(CONSUMPTION_USES),
  dataset: datasetRefWire,
  deployment: z.nullish(z.string()),
});
export const consumptionListWire = z.object({ items: z.array(consumptionWire) });

export const impactWire = z.object({
  datasets: z.array(datasetRefWire),
  consumers: z.array(consumptionWire),
});
