import type { Deployment } from '../../domain/deployment';
import type { FleetSummary } from '../../domain/fleet';
import type { TrainingRun } from '../../domain/lineage';
import type { ModelDetail, ModelSummary, ModelVersion } from '../../domain/model';
import type { z } from '../zod-mini';
import type {
  deploymentWire,
  FleetSummaryWire,
  modelDetailWire,
  ModelSummaryWire,
  ModelVersionWire,
  TrainingRunWire,
} from './schemas';

const ms = (iso: string): number => Date.parse(iso);
const optionalMs = (iso: string | null | undefined): number | undefined =>
  iso ? Date.parse(iso) : undefined;
const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function toModelSummary(wire: ModelSummaryWire): ModelSummary {
  return {
    name: wire.name,
    team: wire.team,
    owner: wire.owner,
    task: wire.task,
    stage: wire.stage,
    productionVersion: optional(wire.productionVersion),
    latestVersion: wire.latestVersion,
    aliases: wire.aliases,
    health: wire.health,
    lastDeployedAt: optionalMs(wire.lastDeployedAt),
    openAlerts: wire.openAlerts,
    tags: wire.tags,
    createdAt: ms(wire.createdAt),
    updatedAt: ms(wire.updatedAt),
    drift: optional(wire.drift),
  };
}

export function toModelDetail(wire: z.infer<typeof modelDetailWire>): ModelDetail {
  return { ...toModelSummary(wire), description: wire.description };
}

export function toModelVersion(wire: ModelVersionWire): ModelVersion {
  return {
    modelName: wire.modelName,
    version: wire.version,
    stage: wire.stage,
    status: wire.status,
    statusMessage: optional(wire.statusMessage),
    aliases: wire.aliases,
    description: wire.description,
    createdAt: ms(wire.createdAt),
    updatedAt: ms(wire.updatedAt),
    runId: optional(wire.runId),
    source: optional(wire.source),
    metrics: wire.metrics,
    params: wire.params,
    tags: wire.tags,
  };
}

export function toTrainingRun(wire: TrainingRunWire): TrainingRun {
  return {
    id: wire.id,
    name: optional(wire.name),
    experimentId: optional(wire.experimentId),
    user: wire.user,
    status: wire.status,
    startedAt: ms(wire.startedAt),
    endedAt: optionalMs(wire.endedAt),
    params: wire.params,
    metrics: wire.metrics,
    datasets: wire.datasets.map((d) => ({
      name: d.name,
      digest: d.digest,
      source: optional(d.source),
      context: optional(d.context),
      rows: optional(d.rows),
    })),
    codeCommit: optional(wire.codeCommit),
    sourceFile: optional(wire.sourceFile),
    sourceType: optional(wire.sourceType),
  };
}

export function toFleetSummary(wire: FleetSummaryWire): FleetSummary {
  return {
    totalModels: wire.totalModels,
    ...(wire.partial ? { partial: true } : {}),
    byHealth: wire.byHealth,
    byStage: wire.byStage,
    needsAttention: wire.needsAttention.map(toModelSummary),
    recentlyShipped: wire.recentlyShipped.map((s) => ({ ...s, shippedAt: ms(s.shippedAt) })),
    trainingDataAge: wire.trainingDataAge.map((a) => ({ ...a, trainedAt: ms(a.trainedAt) })),
  };
}

export function toDeployment(wire: z.infer<typeof deploymentWire>): Deployment {
  return { ...wire, deployedAt: ms(wire.deployedAt) };
}
