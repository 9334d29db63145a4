import type { z } from '../zod-mini';
import type { Impact } from '../../domain/pipelines/impact';
import type {
  Consumption,
  DatasetVersionInfo,
  PipelineDetail,
  PipelineRun,
  PipelineSummary,
  QualityCheck,
  RunDuration,
} from '../../domain/pipelines/types';
import type { DatasetSummary } from '../pipelines-capability';
import type {
  checkWire,
  consumptionWire,
  datasetSummaryWire,
  DatasetVersionWire,
  impactWire,
  pipelineDetailWire,
  PipelineRunWire,
  PipelineSummaryWire,
  runRefWire,
} from './pipelines-schemas';

const optionalMs = (iso: string | null | undefined): number | undefined =>
  iso ? Date.parse(iso) : undefined;
const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
const slaMs = (seconds: number | null | undefined): number | undefined =>
  seconds ? seconds * 1000 : undefined;

export function toCheck(wire: z.infer<typeof checkWire>): QualityCheck {
  return { ...wire, dataset: optional(wire.dataset), column: optional(wire.column) };
}

function toRunDuration(wire: z.infer<typeof runRefWire>): RunDuration {
  const startedAt = Date.parse(wire.startedAt);
  const endedAt = optionalMs(wire.endedAt);
  return {
    runId: wire.id,
    startedAt,
    state: wire.state,
    durationMs: endedAt === undefined ? undefined : endedAt - startedAt,
  };
}

export function toPipelineSummary(wire: PipelineSummaryWire): PipelineSummary {
  return {
    id: wire.id,
    name: wire.name,
    owner: optional(wire.owner),
    description: optional(wire.description),
    freshnessSlaMs: slaMs(wire.freshnessSlaSeconds),
    lastSuccessAt: optionalMs(wire.lastSuccessAt),
    lastRun: wire.lastRun ? toRunDuration(wire.lastRun) : undefined,
    recentRuns: wire.recentRuns.map(toRunDuration),
    failedChecks: wire.failedChecks,
    models: wire.models,
    stepCount: wire.stepCount,
  };
}

export function toPipelineDetail(wire: z.infer<typeof pipelineDetailWire>): PipelineDetail {
  return {
    ...toPipelineSummary(wire),
    steps: wire.steps.map((s) => ({
      id: s.id,
      name: s.name,
      dependsOn: s.dependsOn,
      inputs: s.inputs ?? [],
      outputs: s.outputs ?? [],
    })),
  };
}

export function toPipelineRun(wire: PipelineRunWire): PipelineRun {
  return {
    id: wire.id,
    pipelineId: wire.pipelineId,
    state: wire.state,
    startedAt: Date.parse(wire.startedAt),
    endedAt: optionalMs(wire.endedAt),
    steps: wire.steps.map((s) => ({
      stepId: s.stepId,
      state: s.state,
      startedAt: optionalMs(s.startedAt),
      endedAt: optionalMs(s.endedAt),
      checks: s.checks.map(toCheck),
    })),
    edges: wire.edges.map((e) => ({ ...e, dataset: optional(e.dataset) })),
  };
}

export function toDatasetSummary(wire: z.infer<typeof datasetSummaryWire>): DatasetSummary {
  return {
    name: wire.name,
    pipelineId: optional(wire.pipelineId),
    latestVersion: optional(wire.latestVersion),
    updatedAt: optionalMs(wire.updatedAt),
    freshnessSlaMs: slaMs(wire.freshnessSlaSeconds),
    failedChecks: wire.failedChecks,
  };
}

export function toDatasetVersion(wire: DatasetVersionWire): DatasetVersionInfo {
  return {
    dataset: wire.dataset,
    version: wire.version,
    createdAt: Date.parse(wire.createdAt),
    pipelineId: optional(wire.pipelineId),
    runId: optional(wire.runId),
    stepId: optional(wire.stepId),
    rowCount: optional(wire.rowCount),
    columns: wire.columns,
    columnStats: wire.columnStats.map((s) => ({
      column: s.column,
      nullCount: optional(s.nullCount),
      distinctCount: optional(s.distinctCount),
      min: optional(s.min),
      max: optional(s.max),
    })),
    checks: wire.checks.map(toCheck),
    inputs: wire.inputs,
  };
}

export function toConsumption(wire: z.infer<typeof consumptionWire>): Consumption {
  return { ...wire, deployment: optional(wire.deployment) };
}

export function toImpact(wire: z.infer<typeof impactWire>): Impact {
  return { datasets: wire.datasets, consumers: wire.consumers.map(toConsumption) };
}
