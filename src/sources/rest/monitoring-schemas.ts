import { z } from '../zod-mini';
import { DRIFT_METHODS, type DriftMethod } from '../../domain/drift/drift-method';
import { HEALTH_STATUSES } from '../../domain/health';
import { MODEL_TASKS } from '../../domain/model';
import { MONITORING_MARKER_KINDS } from '../../domain/monitoring';
import { UNITS } from '../../domain/series';

/**
 * Wire shapes of the contract's monitoring part (contract/openapi.yaml, tag "monitoring").
 * These mirror the document field for field (src/mocks/contract-schemas.test.ts checks it);
 * what JSON Schema cannot say — bins and counts agree in length, edges increase — is checked
 * by the `checked…` variants the client parses with, so a bad payload still names its field.
 */

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().check(z.nonnegative());

export const DRIFT_METHOD_NAMES = Object.keys(DRIFT_METHODS) as [DriftMethod, ...DriftMethod[]];
export const P_VALUE_CORRECTIONS = ['none', 'bonferroni', 'benjamini-hochberg'] as const;

export const methodOverrideWire = z.object({
  method: z.nullish(z.enum(DRIFT_METHOD_NAMES)),
  threshold: z.nullish(z.number().check(z.positive())),
});

export const monitoringConfigWire = z.object({
  numeric: z.nullish(methodOverrideWire),
  categorical: z.nullish(methodOverrideWire),
  features: z.nullish(z.record(z.string(), methodOverrideWire)),
  driftShare: z.nullish(z.number().check(z.gt(0), z.maximum(1))),
  correction: z.nullish(z.enum(P_VALUE_CORRECTIONS)),
});

export const summaryStatisticsWire = z.object({
  count: z.int().check(z.nonnegative()),
  mean: z.number(),
  std: z.number().check(z.nonnegative()),
  min: z.number(),
  max: z.number(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
});

const numericSideWire = z.object({
  counts: z.array(count).check(z.minLength(1)),
  summary: z.nullish(summaryStatisticsWire),
});

export const numericProfileWire = z.object({
  name: z.string().check(z.minLength(1)),
  type: z.literal('numeric'),
  edges: z.array(z.number()).check(z.minLength(2)),
  reference: numericSideWire,
  current: numericSideWire,
  distinctValues: z.nullish(z.int().check(z.minimum(0))),
});
export type NumericProfileWire = z.infer<typeof numericProfileWire>;

const categoricalSideWire = z.object({ counts: z.record(z.string(), count) });

export const categoricalProfileWire = z.object({
  name: z.string().check(z.minLength(1)),
  type: z.literal('categorical'),
  reference: categoricalSideWire,
  current: categoricalSideWire,
});

export const featureProfileWire = z.discriminatedUnion('type', [numericProfileWire, categoricalProfileWire]);
export type FeatureProfileWire = z.infer<typeof featureProfileWire>;

export const driftReferenceWire = z.object({
  version: z.string(),
  label: z.string(),
  dataset: z.nullish(z.string()),
  rows: z.int().check(z.nonnegative()),
});

export const monitoringMarkerWire = z.object({
  at: isoTime,
  kind: z.enum(MONITORING_MARKER_KINDS),
  label: z.string(),
  version: z.nullish(z.string()),
});

export const driftReportWire = z.object({
  model: z.string(),
  version: z.string(),
  task: z.enum(MODEL_TASKS),
  start: isoTime,
  end: isoTime,
  reference: driftReferenceWire,
  currentRows: z.int().check(z.nonnegative()),
  features: z.array(featureProfileWire),
  prediction: z.nullish(numericProfileWire),
  config: monitoringConfigWire,
  markers: z.array(monitoringMarkerWire),
});
export type DriftReportWire = z.infer<typeof driftReportWire>;

const bucketCounts = z.array(z.array(count));

export const numericTimelineWire = z.object({
  name: z.string().check(z.minLength(1)),
  type: z.literal('numeric'),
  edges: z.array(z.number()).check(z.minLength(2)),
  counts: bucketCounts,
});

export const categoricalTimelineWire = z.object({
  name: z.string().check(z.minLength(1)),
  type: z.literal('categorical'),
  categories: z.array(z.string()),
  counts: bucketCounts,
});

export const timelineFeatureWire = z.discriminatedUnion('type', [
  numericTimelineWire,
  categoricalTimelineWire,
]);
export type TimelineFeatureWire = z.infer<typeof timelineFeatureWire>;

export const driftTimelineWire = z.object({
  step: z.int().check(z.positive()),
  buckets: z.array(z.number()),
  features: z.array(timelineFeatureWire),
  prediction: z.nullish(numericTimelineWire),
});
export type DriftTimelineWire = z.infer<typeof driftTimelineWire>;

export const metricSeriesWire = z.object({
  name: z.string(),
  label: z.string(),
  unit: z.enum(UNITS),
  points: z.array(z.tuple([z.number(), z.nullable(z.number())])),
});

export const labelDelayWire = z.object({
  delaySeconds: z.number().check(z.nonnegative()),
  incompleteFrom: z.nullish(isoTime),
  description: z.nullish(z.string()),
});

export const performanceReportWire = z.object({
  model: z.string(),
  task: z.enum(MODEL_TASKS),
  step: z.int().check(z.positive()),
  metrics: z.array(metricSeriesWire),
  labelDelay: labelDelayWire,
});
export type PerformanceReportWire = z.infer<typeof performanceReportWire>;

export const featureScoreWire = z.object({
  name: z.string(),
  method: z.enum(DRIFT_METHOD_NAMES),
  score: z.number(),
  threshold: z.number(),
  drifted: z.boolean(),
});

export const driftRankingEntryWire = z.object({
  model: z.string(),
  team: z.string(),
  task: z.enum(MODEL_TASKS),
  status: z.enum(HEALTH_STATUSES),
  datasetDrift: z.boolean(),
  driftedFeatures: z.int().check(z.nonnegative()),
  totalFeatures: z.int().check(z.nonnegative()),
  topFeatures: z.array(featureScoreWire),
});

const healthCounts = z.object(
  Object.fromEntries(HEALTH_STATUSES.map((status) => [status, z.int().check(z.nonnegative())])) as Record<
    (typeof HEALTH_STATUSES)[number],
    z.ZodMiniNumberFormat
  >,
);

export const driftRankingWire = z.object({
  start: isoTime,
  end: isoTime,
  monitored: z.int().check(z.nonnegative()),
  byStatus: healthCounts,
  items: z.array(driftRankingEntryWire),
});
export type DriftRankingWire = z.infer<typeof driftRankingWire>;
