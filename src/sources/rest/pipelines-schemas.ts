import { z } from 'zod';
import { CHECK_RESULTS, CONSUMPTION_USES, RUN_STATES, STEP_RUN_STATES } from '../../domain/pipelines/types';

/** Wire shapes of the contract's pipelines part (contract/openapi.yaml, tag "pipelines"). */

const isoTime = z.iso.datetime({ offset: true });

export const checkWire = z.object({
  id: z.string(),
  name: z.string(),
  dataset: z.string().nullish(),
  column: z.string().nullish(),
  expected: z.string(),
  observed: z.string(),
  result: z.enum(CHECK_RESULTS),
});

export const runRefWire = z.object({
  id: z.string(),
  state: z.enum(RUN_STATES),
  startedAt: isoTime,
  endedAt: isoTime.nullish(),
});

export const pipelineSummaryWire = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string().nullish(),
  description: z.string().nullish(),
  freshnessSlaSeconds: z.number().positive().nullish(),
  lastSuccessAt: isoTime.nullish(),
  lastRun: runRefWire.nullish(),
  recentRuns: z.array(runRefWire),
  failedChecks: z.number().int().nonnegative(),
  models: z.array(z.string()),
  stepCount: z.number().int().nonnegative(),
});
export type PipelineSummaryWire = z.infer<typeof pipelineSummaryWire>;
export const pipelineListWire = z.object({ items: z.array(pipelineSummaryWire) });

export const stepWire = z.object({
  id: z.string(),
  name: z.string(),
  dependsOn: z.array(z.string()),
  inputs: z.array(z.string()).nullish(),
  outputs: z.array(z.string()).nullish(),
});
export const pipelineDetailWire = pipelineSummaryWire.extend({ steps: z.array(stepWire) });

export const stepRunWire = z.object({
  stepId: z.string(),
  state: z.enum(STEP_RUN_STATES),
  startedAt: isoTime.nullish(),
  endedAt: isoTime.nullish(),
  checks: z.array(checkWire),
});

export const edgeContractWire = z.object({
  from: z.string(),
  to: z.string(),
  dataset: z.string().nullish(),
  promised: z.string(),
  checked: z.string(),
  result: z.enum([...CHECK_RESULTS, 'unknown']),
});

export const pipelineRunWire = z.object({
  id: z.string(),
  pipelineId: z.string(),
  state: z.enum(RUN_STATES),
  startedAt: isoTime,
  endedAt: isoTime.nullish(),
  steps: z.array(stepRunWire),
  edges: z.array(edgeContractWire),
});
export type PipelineRunWire = z.infer<typeof pipelineRunWire>;

export const datasetSummaryWire = z.object({
  name: z.string(),
  pipelineId: z.string().nullish(),
  latestVersion: z.string().nullish(),
  updatedAt: isoTime.nullish(),
  freshnessSlaSeconds: z.number().positive().nullish(),
  failedChecks: z.number().int().nonnegative(),
});
export const datasetListWire = z.object({ items: z.array(datasetSummaryWire) });

const datasetRefWire = z.object({ dataset: z.string(), version: z.string() });

export const datasetVersionWire = datasetRefWire.extend({
  createdAt: isoTime,
  pipelineId: z.string().nullish(),
  runId: z.string().nullish(),
  stepId: z.string().nullish(),
  rowCount: z.number().int().nonnegative().nullish(),
  columns: z.array(z.object({ name: z.string(), type: z.string() })),
  columnStats: z.array(
    z.object({
      column: z.string(),
      nullCount: z.number().int().nonnegative().nullish(),
      distinctCount: z.number().int().nonnegative().nullish(),
      min: z.number().nullish(),
      max: z.number().nullish(),
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
  deployment: z.string().nullish(),
});
export const consumptionListWire = z.object({ items: z.array(consumptionWire) });

export const impactWire = z.object({
  datasets: z.array(datasetRefWire),
  consumers: z.array(consumptionWire),
});
