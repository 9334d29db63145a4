import type { z } from 'zod';
import type { Deployment } from '../../domain/deployment';
import type { FleetSummary } from '../../domain/fleet';
import type { TrainingRun } from '../../domain/lineage';
import type { ModelDetail, ModelSummary, ModelVersion } from '../../domain/model';
import type {
  deploymentWire,
  FleetSummaryWire,
  modelDetailWire,
  ModelSummaryWire,
  ModelVersionWire,
  TrainingRunWire,
} from '../../sources/rest/schemas';

/** Domain objects as the contract sends them: ISO-8601 times, absent optionals left out. */

const iso = (epochMs: number): string => new Date(epochMs).toISOString();
const optionalIso = (epochMs: number | undefined): string | undefined =>
  epochMs === undefined ? undefined : iso(epochMs);

export function modelSummaryToWire(model: ModelSummary): ModelSummaryWire {
  return {
    name: model.name,
    team: model.team,
    owner: model.owner,
    task: model.task,
    stage: model.stage,
    productionVersion: model.productionVersion,
    latestVersion: model.latestVersion,
    aliases: model.aliases,
    health: model.health,
    lastDeployedAt: optionalIso(model.lastDeployedAt),
    openAlerts: model.openAlerts,
    tags: model.tags,
    createdAt: iso(model.createdAt),
    updatedAt: iso(model.updatedAt),
    drift: model.drift,
  };
}

export function modelDetailToWire(model: ModelDetail): z.infer<typeof modelDetailWire> {
  return { ...modelSummaryToWire(model), description: model.description };
}

export function modelVersionToWire(version: ModelVersion): ModelVersionWire {
  return { ...version, createdAt: iso(version.createdAt), updatedAt: iso(version.updatedAt) };
}

export function trainingRunToWire(run: TrainingRun): TrainingRunWire {
  return { ...run, startedAt: iso(run.startedAt), endedAt: optionalIso(run.endedAt) };
}

export function fleetSummaryToWire(summary: FleetSummary): FleetSummaryWire {
  return {
    ...summary,
    needsAttention: summary.needsAttention.map(modelSummaryToWire),
    recentlyShipped: summary.recentlyShipped.map((s) => ({ ...s, shippedAt: iso(s.shippedAt) })),
    trainingDataAge: summary.trainingDataAge.map((a) => ({ ...a, trainedAt: iso(a.trainedAt) })),
  };
}

export function deploymentToWire(deployment: Deployment): z.infer<typeof deploymentWire> {
  return { ...deployment, deployedAt: iso(deployment.deployedAt) };
}
