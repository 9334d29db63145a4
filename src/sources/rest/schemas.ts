import { z } from 'zod';
import { HEALTH_STATUSES } from '../../domain/health';
import { MODEL_STAGES, MODEL_TASKS, VERSION_STATUSES } from '../../domain/model';
import { RUN_STATUSES } from '../../domain/lineage';
import { ENVIRONMENTS } from '../../domain/deployment';

/**
 * Wire shapes of the Sightline REST contract (contract/openapi.yaml). Times are
 * ISO-8601 strings on the wire; `to-domain.ts` turns them into epoch milliseconds.
 */

const isoTime = z.iso.datetime({ offset: true });
const stringMap = z.record(z.string(), z.string());

export const healthWire = z.object({ status: z.enum(HEALTH_STATUSES), reason: z.string() });

export const modelDriftStatusWire = z.object({
  status: z.enum(HEALTH_STATUSES),
  driftedFeatures: z.number().int().nonnegative(),
  totalFeatures: z.number().int().nonnegative(),
  topFeatures: z.array(z.string()),
});

export const modelSummaryWire = z.object({
  name: z.string().min(1),
  team: z.string(),
  owner: z.string(),
  task: z.enum(MODEL_TASKS),
  stage: z.enum(MODEL_STAGES),
  productionVersion: z.string().nullish(),
  latestVersion: z.string(),
  aliases: z.array(z.object({ alias: z.string(), version: z.string() })),
  health: healthWire,
  lastDeployedAt: isoTime.nullish(),
  openAlerts: z.number().int().nonnegative(),
  tags: stringMap,
  createdAt: isoTime,
  updatedAt: isoTime,
  drift: modelDriftStatusWire.nullish(),
});
export type ModelSummaryWire = z.infer<typeof modelSummaryWire>;

export const modelDetailWire = modelSummaryWire.extend({ description: z.string() });

export const modelPageWire = z.object({
  items: z.array(modelSummaryWire),
  nextCursor: z.string().nullish(),
  total: z.number().int().nonnegative().nullish(),
});

export const modelVersionWire = z.object({
  modelName: z.string(),
  version: z.string(),
  stage: z.enum(MODEL_STAGES),
  status: z.enum(VERSION_STATUSES),
  statusMessage: z.string().nullish(),
  aliases: z.array(z.string()),
  description: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  runId: z.string().nullish(),
  source: z.string().nullish(),
  metrics: z.record(z.string(), z.number()),
  params: stringMap,
  tags: stringMap,
});
export type ModelVersionWire = z.infer<typeof modelVersionWire>;

export const versionListWire = z.object({ items: z.array(modelVersionWire) });

export const trainingRunWire = z.object({
  id: z.string(),
  name: z.string().nullish(),
  experimentId: z.string().nullish(),
  user: z.string(),
  status: z.enum(RUN_STATUSES),
  startedAt: isoTime,
  endedAt: isoTime.nullish(),
  params: stringMap,
  metrics: z.record(z.string(), z.number()),
  datasets: z.array(
    z.object({
      name: z.string(),
      digest: z.string(),
      source: z.string().nullish(),
      context: z.string().nullish(),
      rows: z.number().int().nonnegative().nullish(),
    }),
  ),
  codeCommit: z.string().nullish(),
  sourceFile: z.string().nullish(),
  sourceType: z.string().nullish(),
});
export type TrainingRunWire = z.infer<typeof trainingRunWire>;

export const facetsWire = z.object({ teams: z.array(z.string()), tags: z.array(z.string()) });

const countsBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(
    Object.fromEntries(keys.map((key) => [key, z.number().int().nonnegative()])) as Record<
      T[number],
      z.ZodNumber
    >,
  );

export const fleetSummaryWire = z.object({
  totalModels: z.number().int().nonnegative(),
  partial: z.boolean().optional(),
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
  trafficPercent: z.number().min(0).max(100),
  replicas: z.number().int().nonnegative(),
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
