import { z } from '../zod-mini';
import { parseOptions, type ParsedOptions } from '../options';

/**
 * The settings of a `marquez` connection. Marquez keeps OpenLineage jobs and datasets per
 * namespace; a pipeline is the jobs sharing a name prefix (Airflow names its tasks
 * `dag_id.task_id`), and registered models are the datasets a training job writes into
 * `modelNamespace`. Every field has a default, so `{}` is a valid configuration.
 */
export const marquezOptionsSchema = z.strictObject({
  /** The namespace whose jobs and datasets are read. */
  namespace: z._default(z.string().check(z.minLength(1)), 'default'),
  /** What separates the pipeline from the step in a job's name (`dag.task`). */
  pipelineSeparator: z._default(z.string().check(z.minLength(1)), '.'),
  /** The namespace where training jobs write their models as datasets (name = model). */
  modelNamespace: z._default(z.string().check(z.minLength(1)), 'models'),
  /** How many hops `GET /api/v1/lineage` walks for impact. */
  lineageDepth: z._default(z.int().check(z.minimum(1), z.maximum(50)), 20),
  /** Items a page of Marquez's `limit`/`offset` paging holds. */
  pageSize: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 100),
  /** Pages read per listing before giving up with a message. */
  maxPages: z._default(z.int().check(z.minimum(1), z.maximum(100)), 10),
  timeoutMs: z.optional(z.int().check(z.positive())),
});

export type MarquezOptions = z.output<typeof marquezOptionsSchema>;

export function parseMarquezOptions(raw: unknown): ParsedOptions<MarquezOptions> {
  return parseOptions(marquezOptionsSchema, raw);
}

export const DEFAULT_MARQUEZ_OPTIONS: MarquezOptions = marquezOptionsSchema.parse({});
