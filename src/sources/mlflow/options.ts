import { z } from 'zod';
import { MODEL_TASKS } from '../../domain/model';
import { parseOptions } from '../options';

/**
 * The settings of an `mlflow` connection (`options` in config.json). MLflow
 * knows nothing of teams, owners, tasks or health: teams keep them as
 * registered-model tags, and these name the tags. Every field has a default,
 * so `{}` is a valid configuration.
 */
export const mlflowOptionsSchema = z
  .object({
    /** Registered-model tag holding the owning team. */
    teamTag: z.string().min(1).default('team'),
    /** Registered-model tag holding the owner (a person or a handle). */
    ownerTag: z.string().min(1).default('owner'),
    /** Registered-model tag holding the task: classification, regression or ranking. */
    taskTag: z.string().min(1).default('task'),
    /** The task of a model without a (recognised) task tag. */
    defaultTask: z.enum(MODEL_TASKS).default('classification'),
    /** Registered-model tag holding healthy|warning|critical|unknown, written by the team's monitoring. */
    healthTag: z.string().min(1).default('sightline.health'),
    /** Registered-model tag holding the reason for that health, in words. */
    healthReasonTag: z.string().min(1).default('sightline.health_reason'),
    /** The alias that marks the production version (MLflow ≥ 2.3); `current_stage: Production` also counts. */
    productionAlias: z.string().min(1).default('champion'),
    /** The alias that marks the version being evaluated; `current_stage: Staging` also counts. */
    stagingAlias: z.string().min(1).default('challenger'),
    /** `name ILIKE` (true) or `name LIKE` (false, for servers without ILIKE); "true"/"false" from a select too. */
    caseInsensitiveSearch: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
      .default(true),
    /**
     * Pages of `registered-models/search` one fleet page may read when a filter
     * must be applied in the browser (stages, several teams, several health
     * statuses). Past it the page comes back short, with a cursor to continue.
     */
    maxScanPages: z.number().int().min(1).max(100).default(10),
    /** Pages of 1,000 models read to list teams and tags (5 = the first 5,000 models). */
    facetsMaxPages: z.number().int().min(1).max(100).default(5),
    /** Pages of 1,000 models read to count the fleet for the homes (10 = the first 10,000 models). */
    summaryMaxPages: z.number().int().min(1).max(100).default(10),
    /** Versions listed per model, newest first. */
    maxVersions: z.number().int().min(1).max(10_000).default(500),
    /** Versions (newest first) whose run is fetched for metrics and params; older ones show none. */
    maxVersionRuns: z.number().int().min(0).max(1_000).default(50),
    /** Concurrent `runs/get` requests. */
    runConcurrency: z.number().int().min(1).max(16).default(4),
    /** How the connection's token is sent: `Bearer <token>`, or `Basic` with the token as `user:password`. */
    authScheme: z.enum(['bearer', 'basic']).default('bearer'),
    timeoutMs: z.number().int().positive().optional(),
  })
  // A misspelt tag key would otherwise be ignored without a word.
  .strict();

export type MlflowOptions = z.output<typeof mlflowOptionsSchema>;

export type ParsedMlflowOptions =
  { ok: true; options: MlflowOptions } | { ok: false; field: string; message: string };

/** Validates `connection.options`; the message names the bad field. */
export function parseMlflowOptions(raw: unknown): ParsedMlflowOptions {
  const parsed = parseOptions(mlflowOptionsSchema, raw);
  return parsed.ok ? { ok: true, options: parsed.value } : parsed;
}

export const DEFAULT_MLFLOW_OPTIONS: MlflowOptions = mlflowOptionsSchema.parse({});
