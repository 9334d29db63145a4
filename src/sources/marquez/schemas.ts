import { z } from '../zod-mini';

/**
 * Marquez's wire format (API v1, marquez 0.4x): camelCase, ISO times, `limit`/`offset` paging
 * with `totalCount`. Facets are OpenLineage's, each carrying `_producer` and `_schemaURL`
 * (whose path holds the facet's version, e.g. `…/facets/1-0-1/SchemaDatasetFacet.json`);
 * they are checked one by one in facets.ts, so an unknown one is skipped, not fatal.
 */

const isoTime = z.string();
const totalCount = z.int().check(z.nonnegative());

export const datasetIdWire = z.object({ namespace: z.string(), name: z.string() });
export const datasetVersionIdWire = z.extend(datasetIdWire, { version: z.string() });

const facetsWire = z.nullish(z.record(z.string(), z.unknown()));

export const runWire = z.object({
  id: z.string(),
  createdAt: isoTime,
  state: z.enum(['NEW', 'RUNNING', 'COMPLETED', 'ABORTED', 'FAILED']),
  startedAt: z.nullish(isoTime),
  endedAt: z.nullish(isoTime),
  durationMs: z.nullish(z.number()),
  inputDatasetVersions: z.nullish(
    z.array(z.object({ datasetVersionId: datasetVersionIdWire, facets: facetsWire })),
  ),
  outputDatasetVersions: z.nullish(
    z.array(z.object({ datasetVersionId: datasetVersionIdWire, facets: facetsWire })),
  ),
  facets: facetsWire,
});
export type MarquezRun = z.infer<typeof runWire>;

export const jobWire = z.object({
  id: datasetIdWire,
  name: z.string(),
  namespace: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  inputs: z.array(datasetIdWire),
  outputs: z.array(datasetIdWire),
  description: z.nullish(z.string()),
  latestRun: z.nullish(runWire),
});
export type MarquezJob = z.infer<typeof jobWire>;
export const jobPageWire = z.object({ jobs: z.array(jobWire), totalCount });

export const fieldWire = z.object({ name: z.string(), type: z.nullish(z.string()) });

export const datasetWire = z.object({
  id: datasetIdWire,
  name: z.string(),
  namespace: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  lastModifiedAt: z.nullish(isoTime),
  currentVersion: z.nullish(z.string()),
  fields: z.nullish(z.array(fieldWire)),
  facets: facetsWire,
});
export type MarquezDataset = z.infer<typeof datasetWire>;
export const datasetPageWire = z.object({
  datasets: z.array(datasetWire),
  totalCount,
});

export const datasetVersionWire = z.object({
  id: datasetIdWire,
  name: z.string(),
  namespace: z.string(),
  version: z.string(),
  createdAt: isoTime,
  fields: z.nullish(z.array(fieldWire)),
  facets: facetsWire,
  createdByRun: z.nullish(runWire),
});
export type MarquezDatasetVersion = z.infer<typeof datasetVersionWire>;
export const datasetVersionPageWire = z.object({
  versions: z.array(datasetVersionWire),
  totalCount,
});

export const namespacesWire = z.object({
  namespaces: z.array(z.object({ name: z.string(), createdAt: isoTime })),
});

const edgeWire = z.object({ origin: z.string(), destination: z.string() });
export const lineageWire = z.object({
  graph: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['JOB', 'DATASET']),
      inEdges: z.array(edgeWire),
      outEdges: z.array(edgeWire),
    }),
  ),
});
export type MarquezLineage = z.infer<typeof lineageWire>;

export const errorWire = z.object({ code: z.optional(z.number()), message: z.string() });

/** OpenLineage facets Sightline reads, version 1. */
export const schemaFacetWire = z.object({
  fields: z.array(z.object({ name: z.string(), type: z.nullish(z.string()) })),
});
export const dataQualityMetricsWire = z.object({
  rowCount: z.nullish(z.number()),
  columnMetrics: z.nullish(
    z.record(
      z.string(),
      z.object({
        nullCount: z.nullish(z.number()),
        distinctCount: z.nullish(z.number()),
        min: z.nullish(z.number()),
        max: z.nullish(z.number()),
        quantiles: z.nullish(z.record(z.string(), z.number())),
      }),
    ),
  ),
});
export const dataQualityAssertionsWire = z.object({
  assertions: z.array(
    z.object({ assertion: z.string(), success: z.boolean(), column: z.nullish(z.string()) }),
  ),
});
export const columnLineageWire = z.object({
  fields: z.record(
    z.string(),
    z.object({
      inputFields: z.array(z.object({ namespace: z.string(), name: z.string(), field: z.string() })),
      transformationDescription: z.nullish(z.string()),
    }),
  ),
});
