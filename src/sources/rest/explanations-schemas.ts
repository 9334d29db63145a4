import { z } from '../zod-mini';
import { monitoringMarkerWire } from './monitoring-schemas';

/** Wire shapes of the contract's `/explanations` and `/fairness` routes (contract/openapi.yaml). */

const isoTime = z.iso.datetime({ offset: true });
const count = z.int().check(z.nonnegative());

export const featureAttributionWire = z.object({
  feature: z.string(),
  meanAbs: z.number().check(z.nonnegative()),
  lower: z.number(),
  upper: z.number(),
  stdError: z.nullish(z.number()),
});

export const globalAttributionsWire = z.object({
  model: z.string(),
  version: z.string(),
  method: z.string(),
  sampleSize: count,
  features: z.array(featureAttributionWire),
});
export type GlobalAttributionsWire = z.infer<typeof globalAttributionsWire>;

export const cohortWire = z.object({
  cohort: z.string(),
  sampleSize: count,
  features: z.array(featureAttributionWire),
});

export const cohortAttributionsWire = z.object({
  model: z.string(),
  version: z.string(),
  method: z.string(),
  by: z.string(),
  cohorts: z.array(cohortWire),
});

export const predictionSummaryWire = z.object({
  predictionId: z.string(),
  at: isoTime,
  version: z.string(),
  prediction: z.number(),
  outcome: z.string(),
  segment: z.string(),
  explained: z.boolean(),
});

export const predictionPageWire = z.object({
  items: z.array(predictionSummaryWire),
  total: count,
  nextCursor: z.nullish(z.string()),
  outcomes: z.array(z.string()),
  segments: z.array(z.string()),
});

const cellValue = z.nullable(z.union([z.string(), z.number()]));

export const contributionWire = z.object({ feature: z.string(), value: cellValue, contribution: z.number() });
export const otherContributionsWire = z.object({ count, contribution: z.number() });

export const localExplanationWire = z.object({
  predictionId: z.string(),
  model: z.string(),
  version: z.string(),
  at: isoTime,
  method: z.string(),
  outputSpace: z.string(),
  baseValue: z.number(),
  prediction: z.number(),
  outcome: z.string(),
  contributions: z.array(contributionWire),
  other: z.nullish(otherContributionsWire),
});
export type LocalExplanationWire = z.infer<typeof localExplanationWire>;

export const SAMPLE_ROW_CAP = 5000;

export const sampleMatrixWire = z.object({
  model: z.string(),
  version: z.string(),
  features: z.array(z.string()),
  values: z.array(z.array(cellValue)).check(z.maxLength(SAMPLE_ROW_CAP)),
  attributions: z.array(z.array(z.number())).check(z.maxLength(SAMPLE_ROW_CAP)),
  total: count,
});

export const rankingPointWire = z.object({ t: isoTime, features: z.array(featureAttributionWire) });

export const explanationDriftWire = z.object({
  model: z.string(),
  baselineVersion: z.string(),
  baseline: z.array(featureAttributionWire),
  points: z.array(rankingPointWire),
  markers: z.array(monitoringMarkerWire),
});

export const groupCountWire = z.object({
  group: z.string(),
  size: count,
  selected: count,
  tp: z.nullable(count),
  fp: z.nullable(count),
  fn: z.nullable(count),
  tn: z.nullable(count),
});

export const attributeGroupsWire = z.object({
  attribute: z.string(),
  reference: z.nullish(z.string()),
  groups: z.array(groupCountWire),
});

export const intersectionCountWire = z.object({
  groups: z.tuple([z.string(), z.string()]),
  size: count,
  selected: count,
});

export const intersectionWire = z.object({
  attributes: z.tuple([z.string(), z.string()]),
  cells: z.array(intersectionCountWire),
});

export const groupCountsReportWire = z.object({
  model: z.string(),
  version: z.string(),
  start: isoTime,
  end: isoTime,
  decisions: count,
  attributes: z.array(attributeGroupsWire),
  intersections: z.array(intersectionWire),
});
export type GroupCountsReportWire = z.infer<typeof groupCountsReportWire>;

export const fairnessOverviewWire = z.object({
  start: isoTime,
  end: isoTime,
  items: z.array(groupCountsReportWire),
});

export const explanationDriftEntryWire = z.object({
  model: z.string(),
  baselineVersion: z.string(),
  ndcg: z.number().check(z.minimum(0), z.maximum(1)),
  threshold: z.number(),
  drifted: z.boolean(),
  since: z.nullish(isoTime),
});

export const explanationDriftRankingWire = z.object({
  start: isoTime,
  end: isoTime,
  monitored: count,
  items: z.array(explanationDriftEntryWire),
});
