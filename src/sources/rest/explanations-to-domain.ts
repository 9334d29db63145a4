import type {
  CohortExplanation,
  ExplanationDrift,
  ExplanationDriftRanking,
  GlobalAttribution,
  GlobalExplanation,
  LocalExplanation,
  PredictionPage,
  SampleMatrix,
} from '../../domain/explanations/explanation';
import { checkAdditivity, checkMethod } from '../../domain/explanations/problems';
import type { FairnessOverview, GroupCountsReport } from '../../domain/fairness/report';
import type { z } from '../zod-mini';
import type {
  cohortAttributionsWire,
  explanationDriftRankingWire,
  explanationDriftWire,
  fairnessOverviewWire,
  featureAttributionWire,
  GlobalAttributionsWire,
  GroupCountsReportWire,
  LocalExplanationWire,
  predictionPageWire,
  sampleMatrixWire,
} from './explanations-schemas';

const ms = (iso: string): number => Date.parse(iso);

function toAttribution(wire: z.infer<typeof featureAttributionWire>): GlobalAttribution {
  // Bounds that leave out the estimate (a backend's rounding) are widened to hold it.
  return {
    feature: wire.feature,
    meanAbs: wire.meanAbs,
    lower: Math.min(wire.lower, wire.meanAbs),
    upper: Math.max(wire.upper, wire.meanAbs),
  };
}

const largestFirst = (list: readonly GlobalAttribution[]): GlobalAttribution[] =>
  [...list].sort((a, b) => b.meanAbs - a.meanAbs);

export function toGlobalExplanation(wire: GlobalAttributionsWire): GlobalExplanation {
  const problem = checkMethod(wire.method);
  return {
    model: wire.model,
    version: wire.version,
    method: wire.method,
    sampleSize: wire.sampleSize,
    features: largestFirst(wire.features.map(toAttribution)),
    ...(problem && { problem }),
  };
}

export function toCohortExplanation(wire: z.infer<typeof cohortAttributionsWire>): CohortExplanation {
  return {
    ...wire,
    cohorts: wire.cohorts.map((c) => ({ ...c, features: largestFirst(c.features.map(toAttribution)) })),
  };
}

export function toPredictionPage(wire: z.infer<typeof predictionPageWire>): PredictionPage {
  return {
    items: wire.items.map((item) => ({ ...item, at: ms(item.at) })),
    total: wire.total,
    outcomes: wire.outcomes,
    segments: wire.segments,
    ...(wire.nextCursor && { nextCursor: wire.nextCursor }),
  };
}

export function toLocalExplanation(wire: LocalExplanationWire): LocalExplanation {
  const contributions = [...wire.contributions].sort(
    (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution),
  );
  const other = wire.other ?? undefined;
  const problem =
    checkMethod(wire.method) ?? checkAdditivity(wire.baseValue, contributions, wire.prediction, other);
  return {
    predictionId: wire.predictionId,
    model: wire.model,
    version: wire.version,
    at: ms(wire.at),
    method: wire.method,
    outputSpace: wire.outputSpace,
    baseValue: wire.baseValue,
    prediction: wire.prediction,
    outcome: wire.outcome,
    contributions,
    ...(other && { other }),
    ...(problem && { problem }),
  };
}

export function toSampleMatrix(wire: z.infer<typeof sampleMatrixWire>): SampleMatrix {
  return wire;
}

export function toExplanationDrift(wire: z.infer<typeof explanationDriftWire>): ExplanationDrift {
  return {
    model: wire.model,
    baselineVersion: wire.baselineVersion,
    baseline: largestFirst(wire.baseline.map(toAttribution)),
    points: wire.points.map((p) => ({ t: ms(p.t), features: largestFirst(p.features.map(toAttribution)) })),
    markers: wire.markers.map((m) => ({
      at: ms(m.at),
      kind: m.kind,
      label: m.label,
      ...(m.version && { version: m.version }),
    })),
  };
}

export function toGroupCountsReport(wire: GroupCountsReportWire): GroupCountsReport {
  return {
    model: wire.model,
    version: wire.version,
    window: { from: ms(wire.start), to: ms(wire.end) },
    decisions: wire.decisions,
    attributes: wire.attributes.map((a) => ({
      attribute: a.attribute,
      ...(a.reference && { reference: a.reference }),
      groups: a.groups.map((g) => {
        const { tp, fp, fn, tn } = g;
        const labelled = tp !== null && fp !== null && fn !== null && tn !== null;
        return {
          group: g.group,
          size: g.size,
          selected: g.selected,
          ...(labelled && { confusion: { tp, fp, fn, tn } }),
        };
      }),
    })),
    intersections: wire.intersections.map((i) => ({
      attributes: i.attributes,
      cells: i.cells.map((c) => ({ groups: c.groups, size: c.size, selected: c.selected })),
    })),
  };
}

export function toFairnessOverview(wire: z.infer<typeof fairnessOverviewWire>): FairnessOverview {
  return { window: { from: ms(wire.start), to: ms(wire.end) }, reports: wire.items.map(toGroupCountsReport) };
}

export function toExplanationDriftRanking(
  wire: z.infer<typeof explanationDriftRankingWire>,
): ExplanationDriftRanking {
  return {
    window: { from: ms(wire.start), to: ms(wire.end) },
    monitored: wire.monitored,
    items: wire.items.map((item) => ({
      model: item.model,
      baselineVersion: item.baselineVersion,
      ndcg: item.ndcg,
      threshold: item.threshold,
      drifted: item.drifted,
      ...(item.since && { since: ms(item.since) }),
    })),
  };
}
