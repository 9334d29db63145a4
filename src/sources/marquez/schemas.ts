import { z } from 'zod';

/**
 * Marquez's wire format (API v1, marquez 0.4x): camelCase, ISO times, `limit`/`offset` paging
 * with `totalCount`. Facets are OpenLineage's, each carrying `_producer` and `_schemaURL`
 * (whose path holds the facet's version, e.g. `…/facets/1-0-1/SchemaDatasetFacet.json`);
 * they are checked one by one in facets.ts, so an unknown one is skipped, not fatal.
 */

const isoTime = z.string();

export const datasetIdWire = z.object({ namespace: z.string(), name: z.string() });
export const datasetVersionIdWire = datasetIdWire.extend({ version: z.string() });

const facetsWire = z.record(z.string(), z.unknown()).nullish();

export const runWire = z.object({
  id: z.string(),
  createdAt: isoTime,
  state: z.enum(['NEW', 'RUNNING', 'COMPLETED', 'ABORTED', 'FAILED']),
  startedAt: isoTime.nullish(),
  endedAt: isoTime.nullish(),
  durationMs: z.number().nullish(),
  inputDatasetVersions: z
    .array(z.object({ datasetVersionId: datasetVersionIdWire, facets: facetsWire }))
    .nullish(),
  outputDatasetVersions: z
    .array(z.object({ datasetVersionId: datasetVersionIdWire, facets: facetsWire }))
    .nullish(),
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
  description: z.string().nullish(),
  latestRun: runWire.nullish(),
});
export type MarquezJob = z.infer<typeof jobWire>;
export const jobPageWire = z.object({ jobs: z.array(jobWire), totalCount: z.number().int().nonnegative() });

export const fieldWire = z.object({ name: z.string(), type: z.string().nullish() });

export const datasetWire = z.object({
  id: datasetIdWire,
  name: z.string(),
  namespace: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  lastModifiedAt: isoTime.nullish(),
  currentVersion: z.string().nullish(),
  fields: z.array(fieldWire).nullish(),
  facets: facetsWire,
});
export type MarquezDataset = z.infer<typeof datasetWire>;
export const datasetPageWire = z.object({
  datasets: z.array(datasetWire),
  totalCount: z.number().int().nonnegative(),
});

export const datasetVersionWire = z.object({
  id: datasetIdWire,
  name: z.string(),
  namespace: z.string(),
  version: z.string(),
  createdAt: isoTime,
  fields: z.array(fieldWire).nullish(),
  facets: facetsWire,
  createdByRun: runWire.nullish(),
});
export type MarquezDatasetVersion = z.infer<typeof datasetVersionWire>;
export const datasetVersionPageWire = z.object({
  versions: z.array(datasetVersionWire),
  totalCount: z.number().int().nonnegative(),
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

export const errorWire = z.object({ code: z.number().optional(), message: z.string() });

/** OpenLineage facets Sightline reads, version 1. */
export const schemaFacetWire = z.object({
  fields: z.array(z.object({ name: z.string(), type: z.string().nullish() })),
});
export const dataQualityMetricsWire = z.object({
  rowCount: z.number().nullish(),
  columnMetrics: z
    .record(
      z.string(),
      z.object({
        nullCount: z.number().nullish(),
        distinctCount: z.number().nullish(),
        min: z.number().nullish(),
        max: z.number().nullish(),
        quantiles: z.record(z.string(), z.number()).nullish(),
      }),
    )
    .nullish(),
});
export const dataQualityAssertionsWire = z.object({
  assertions: z.array(
    z.object({ assertion: z.string(), success: z.boolean(), column: z.string().nullish() }),
  ),
});
export const columnLineageWire = z.object({
  fields: z.record(
    z.string(),
    z.object({
      inputFields: z.array(z.object({ namespace: z.string(), name: z.string(), field: z.string() })),
      transformationDescription: z.string().nullish(),
    }),
  ),
});
