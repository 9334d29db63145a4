import { z } from '../zod-mini';
import { HEALTH_STATUSES } from '../../domain/health';
import { MODEL_STAGES, MODEL_TASKS, VERSION_STATUSES } from '../../domain/model';
import { RUN_STATUSES } from '../../domain/lineage';
import { ENVIRONMENTS } from '../../domain/deployment';

/**
 * Wire shapes of the Sightline REST contract (contract/openapi.yaml). Times are
 * ISO-8601 strings on the wire; `to-domain.ts` turns them into epoch milliseconds.
 */

const isoTime = z.iso.datetime({ offset: true });
const count = z.int().check(z.nonnegative());
const stringMap = z.record(z.string(), z.string());

export const healthWire = z.object({ status: z.enum(HEALTH_STATUSES), reason: z.string() });

export const modelDriftStatusWire = z.object({
  status: z.enum(HEALTH_STATUSES),
  driftedFeatures: count,
  totalFeatures: count,
  topFeatures: z.array(z.string()),
});

export const modelSummaryWire = z.object({
  name: z.string().check(z.minLength(1)),
  team: z.string(),
  owner: z.string(),
  task: z.enum(MODEL_TASKS),
  stage: z.enum(MODEL_STAGES),
  productionVersion: z.nullish(z.string()),
  latestVersion: z.string(),
  aliases: z.array(z.object({ alias: z.string(), version: z.string() })),
  health: healthWire,
  lastDeployedAt: z.nullish(isoTime),
  openAlerts: count,
  tags: stringMap,
  createdAt: isoTime,
  updatedAt: isoTime,
  drift: z.nullish(modelDriftStatusWire),
});
export type ModelSummaryWire = z.infer<typeof modelSummaryWire>;

export const modelDetailWire = z.extend(modelSummaryWire, { description: z.string() });

export const modelPageWire = z.object({
  items: z.array(modelSummaryWire),
  nextCursor: z.nullish(z.string()),
  total: z.nullish(count),
});

export const modelVersionWire = z.object({
  modelName: z.string(),
  version: z.string(),
  stage: z.enum(MODEL_STAGES),
  status: z.enum(VERSION_STATUSES),
  statusMessage: z.nullish(z.string()),
  aliases: z.array(z.string()),
  description: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  runId: z.nullish(z.string()),
  source: z.nullish(z.string()),
  metrics: z.record(z.string(), z.number()),
  params: stringMap,
  tags: stringMap,
});
export type ModelVersionWire = z.infer<typeof modelVersionWire>;

export const versionListWire = z.object({ items: z.array(modelVersionWire) });

export const trainingRunWire = z.object({
  id: z.string(),
  name: z.nullish(z.string()),
  experimentId: z.nullish(z.string()),
  user: z.string(),
  status: z.enum(RUN_STATUSES),
  startedAt: isoTime,
  endedAt: z.nullish(isoTime),
  params: stringMap,
  metrics: z.record(z.string(), z.number()),
  datasets: z.array(
    z.object({
      name: z.string(),
      digest: z.string(),
      source: z.nullish(z.string()),
      context: z.nullish(z.string()),
      rows: z.nullish(count),
    }),
  ),
  codeCommit: z.nullish(z.string()),
  sourceFile: z.nullish(z.string()),
  sourceType: z.nullish(z.string()),
});
export type TrainingRunWire = z.infer<typeof trainingRunWire>;

export const facetsWire = z.object({ teams: z.array(z.string()), tags: z.array(z.string()) });

const countsBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, count])) as Record<T[number], typeof count>);

export const fleetSummaryWire = z.object({
  totalModels: count,
  partial: z.optional(z.boolean()),
  byHealth: countsBy(HEALTH_STATUSES),
  byStage: countsBy(MODEL_STAGES),
  needsAttention: z.array(modelSummaryWire),
  recentlyShipped: z.array(
    z.object({ modelName: z.string(), version: z.string(), team: z.string(), shippedAt: isoTime }),
  ),
  trainingDataAge: z.array(
    z.object({ modelName: z.string(), team: z.string(), trainedAt: isoTime, dataset: z.string() }),
  ),
});
export type FleetSummaryWire = z.infer<typeof fleetSummaryWire>;

export const deploymentWire = z.object({
  id: z.string(),
  modelName: z.string(),
  environment: z.enum(ENVIRONMENTS),
  version: z.string(),
  trafficPercent: z.number().check(z.minimum(0), z.maximum(100)),
  replicas: count,
  status: z.enum(HEALTH_STATUSES),
  endpoint: z.string(),
  deployedAt: isoTime,
  deployedBy: z.string(),
});
export const deploymentListWire = z.object({ items: z.array(deploymentWire) });

export const serverInfoWire = z.object({
  name: z.string(),
  apiVersion: z.string(),
  capabilities: z.array(z.string()),
});

/** `{ "error": { "code": "NOT_FOUND", "message": "…" } }` */
export const errorWire = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
