import { z } from 'zod';
import { parseOptions, type ParsedOptions } from '../options';

/**
 * The settings of a `marquez` connection. Marquez keeps OpenLineage jobs and datasets per
 * namespace; a pipeline is the jobs sharing a name prefix (Airflow names its tasks
 * `dag_id.task_id`), and registered models are the datasets a training job writes into
 * `modelNamespace`. Every field has a default, so `{}` is a valid configuration.
 */
export const marquezOptionsSchema = z
  .object({
    /** The namespace whose jobs and datasets are read. */
    namespace: z.string().min(1).default('default'),
    /** What separates the pipeline from the step in a job's name (`dag.task`). */
    pipelineSeparator: z.string().min(1).default('.'),
    /** The namespace where training jobs write their models as datasets (name = model). */
    modelNamespace: z.string().min(1).default('models'),
    /** How many hops `GET /api/v1/lineage` walks for impact. */
    lineageDepth: z.number().int().min(1).max(50).default(20),
    /** Items a page of Marquez's `limit`/`offset` paging holds. */
    pageSize: z.number().int().min(1).max(1000).default(100),
    /** Pages read per listing before giving up with a message. */
    maxPages: z.number().int().min(1).max(100).default(10),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

export type MarquezOptions = z.output<typeof marquezOptionsSchema>;

export function parseMarquezOptions(raw: unknown): ParsedOptions<MarquezOptions> {
  return parseOptions(marquezOptionsSchema, raw);
}

export const DEFAULT_MARQUEZ_OPTIONS: MarquezOptions = marquezOptionsSchema.parse({});
