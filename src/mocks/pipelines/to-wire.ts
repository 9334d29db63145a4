import type { Impact } from '../../domain/pipelines/impact';
import type {
  Consumption,
  DatasetVersionInfo,
  PipelineDetail,
  PipelineRun,
  PipelineSummary,
  RunDuration,
} from '../../domain/pipelines/types';
import type { DatasetSummary } from '../../sources/pipelines-capability';

/** Domain objects back into the contract's JSON (ISO times, SLAs in seconds, null for unknown). */

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

const runRef = (run: RunDuration) => ({
  id: run.runId,
  state: run.state,
  startedAt: iso(run.startedAt),
  endedAt: run.durationMs === undefined ? null : iso(run.startedAt + run.durationMs),
});

export const summaryWire = (p: PipelineSummary) => ({
  id: p.id,
  name: p.name,
  owner: p.owner ?? null,
  description: p.description ?? null,
  freshnessSlaSeconds: p.freshnessSlaMs === undefined ? null : p.freshnessSlaMs / 1000,
  lastSuccessAt: iso(p.lastSuccessAt),
  lastRun: p.lastRun ? runRef(p.lastRun) : null,
  recentRuns: p.recentRuns.map(runRef),
  failedChecks: p.failedChecks,
  models: p.models,
  stepCount: p.stepCount,
});

export const detailWire = (p: PipelineDetail) => ({
  ...summaryWire(p),
  steps: p.steps.map((s) => ({
    id: s.id,
    name: s.name,
    dependsOn: s.dependsOn,
    inputs: s.inputs ?? [],
    outputs: s.outputs ?? [],
  })),
});

export const runWire = (run: PipelineRun) => ({
  id: run.id,
  pipelineId: run.pipelineId,
  state: run.state,
  startedAt: iso(run.startedAt),
  endedAt: iso(run.endedAt),
  steps: run.steps.map((s) => ({
    stepId: s.stepId,
    state: s.state,
    startedAt: iso(s.startedAt),
    endedAt: iso(s.endedAt),
    checks: s.checks.map((c) => ({ ...c, dataset: c.dataset ?? null, column: c.column ?? null })),
  })),
  edges: run.edges.map((e) => ({ ...e, dataset: e.dataset ?? null })),
});

export const datasetSummaryWire = (d: DatasetSummary) => ({
  name: d.name,
  pipelineId: d.pipelineId ?? null,
  latestVersion: d.latestVersion ?? null,
  updatedAt: iso(d.updatedAt),
  freshnessSlaSeconds: d.freshnessSlaMs === undefined ? null : d.freshnessSlaMs / 1000,
  failedChecks: d.failedChecks,
});

export const versionWire = (v: DatasetVersionInfo) => ({
  dataset: v.dataset,
  version: v.version,
  createdAt: iso(v.createdAt),
  pipelineId: v.pipelineId ?? null,
  runId: v.runId ?? null,
  stepId: v.stepId ?? null,
  rowCount: v.rowCount ?? null,
  columns: v.columns,
  columnStats: v.columnStats.map((s) => ({
    column: s.column,
    nullCount: s.nullCount ?? null,
    distinctCount: s.distinctCount ?? null,
    min: s.min ?? null,
    max: s.max ?? null,
  })),
  checks: v.checks.map((c) => ({ ...c, dataset: c.dataset ?? null, column: c.column ?? null })),
  inputs: v.inputs,
});

export const consumptionWire = (c: Consumption) => ({ ...c, deployment: c.deployment ?? null });

export const impactWire = (impact: Impact) => ({
  datasets: impact.datasets,
  consumers: impact.consumers.map(consumptionWire),
});
