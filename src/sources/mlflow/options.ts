import { z } from '../zod-mini';
import { MODEL_TASKS } from '../../domain/model';
import { parseOptions } from '../options';

/**
 * The settings of an `mlflow` connection (`options` in config.json). MLflow
 * knows nothing of teams, owners, tasks or health: teams keep them as
 * registered-model tags, and these name the tags. Every field has a default,
 * so `{}` is a valid configuration. Strict: a misspelt tag key would otherwise be ignored
 * without a word.
 */
export const mlflowOptionsSchema = z.strictObject({
  /** Registered-model tag holding the owning team. */
  teamTag: z._default(z.string().check(z.minLength(1)), 'team'),
  /** Registered-model tag holding the owner (a person or a handle). */
  ownerTag: z._default(z.string().check(z.minLength(1)), 'owner'),
  /** Registered-model tag holding the task: classification, regression or ranking. */
  taskTag: z._default(z.string().check(z.minLength(1)), 'task'),
  /** The task of a model without a (recognised) task tag. */
  defaultTask: z._default(z.enum(MODEL_TASKS), 'classification'),
  /** Registered-model tag holding healthy|warning|critical|unknown, written by the team's monitoring. */
  healthTag: z._default(z.string().check(z.minLength(1)), 'sightline.health'),
  /** Registered-model tag holding the reason for that health, in words. */
  healthReasonTag: z._default(z.string().check(z.minLength(1)), 'sightline.health_reason'),
  /** The alias that marks the production version (MLflow ≥ 2.3); `current_stage: Production` also counts. */
  productionAlias: z._default(z.string().check(z.minLength(1)), 'champion'),
  /** The alias that marks the version being evaluated; `current_stage: Staging` also counts. */
  stagingAlias: z._default(z.string().check(z.minLength(1)), 'challenger'),
  /** `name ILIKE` (true) or `name LIKE` (false, for servers without ILIKE); "true"/"false" from a select too. */
  caseInsensitiveSearch: z._default(
    z.union([
      z.boolean(),
      z.pipe(
        z.enum(['true', 'false']),
        z.transform((v) => v === 'true'),
      ),
    ]),
    true,
  ),
  /**
   * Pages of `registered-models/search` one fleet page may read when a filter
   * must be applied in the browser (stages, several teams, several health
   * statuses). Past it the page comes back short, with a cursor to continue.
   */
  maxScanPages: z._default(z.int().check(z.minimum(1), z.maximum(100)), 10),
  /** Pages of 1,000 models read to list teams and tags (5 = the first 5,000 models). */
  facetsMaxPages: z._default(z.int().check(z.minimum(1), z.maximum(100)), 5),
  /** Pages of 1,000 models read to count the fleet for the homes (10 = the first 10,000 models). */
  summaryMaxPages: z._default(z.int().check(z.minimum(1), z.maximum(100)), 10),
  /** Versions listed per model, newest first. */
  maxVersions: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), 500),
  /** Versions (newest first) whose run is fetched for metrics and params; older ones show none. */
  maxVersionRuns: z._default(z.int().check(z.minimum(0), z.maximum(1_000)), 50),
  /** Concurrent `runs/get` requests. */
  runConcurrency: z._default(z.int().check(z.minimum(1), z.maximum(16)), 4),
  /** How the connection's token is sent: `Bearer <token>`, or `Basic` with the token as `user:password`. */
  authScheme: z._default(z.enum(['bearer', 'basic']), 'bearer'),
  timeoutMs: z.optional(z.int().check(z.positive())),
});

export type MlflowOptions = z.output<typeof mlflowOptionsSchema>;

export type ParsedMlflowOptions =
  { ok: true; options: MlflowOptions } | { ok: false; field: string; message: string };

/** Validates `connection.options`; the message names the bad field. */
export function parseMlflowOptions(raw: unknown): ParsedMlflowOptions {
  const parsed = parseOptions(mlflowOptionsSchema, raw);
  return parsed.ok ? { ok: true, options: parsed.value } : parsed;
}

export const DEFAULT_MLFLOW_OPTIONS: MlflowOptions = mlflowOptionsSchema.parse({});
