import type { z } from '../zod-mini';
import type { MethodOverride, MethodOverrides } from '../../domain/drift/select-method';
import type {
  DriftRanking,
  DriftReport,
  DriftTimeline,
  MonitoredFeature,
  MonitoringConfig,
  PerformanceReport,
  TimelineFeature,
} from '../../domain/monitoring';
import type {
  DriftRankingWire,
  DriftReportWire,
  DriftTimelineWire,
  FeatureProfileWire,
  methodOverrideWire,
  monitoringConfigWire,
  NumericProfileWire,
  PerformanceReportWire,
  summaryStatisticsWire,
  TimelineFeatureWire,
} from './monitoring-schemas';

const ms = (iso: string): number => Date.parse(iso);
const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function toOverride(wire: z.infer<typeof methodOverrideWire>): MethodOverride {
  const override: { method?: MethodOverride['method']; threshold?: number } = {};
  if (wire.method) override.method = wire.method;
  if (wire.threshold !== null && wire.threshold !== undefined) override.threshold = wire.threshold;
  return override;
}

export function toMonitoringConfig(wire: z.infer<typeof monitoringConfigWire>): MonitoringConfig {
  const model: MethodOverrides['model'] = {
    ...(wire.numeric && { numeric: toOverride(wire.numeric) }),
    ...(wire.categorical && { categorical: toOverride(wire.categorical) }),
  };
  const features = Object.fromEntries(
    Object.entries(wire.features ?? {}).map(([name, override]) => [name, toOverride(override)]),
  );
  return {
    overrides: { model, features },
    driftShare: optional(wire.driftShare),
    correction: optional(wire.correction),
  };
}

type Summary = z.infer<typeof summaryStatisticsWire>;

function toSummary(reference: Summary | null | undefined, current: Summary | null | undefined) {
  return reference ? { reference, current: optional(current) } : undefined;
}

function toNumericFeature(wire: NumericProfileWire): MonitoredFeature {
  return {
    name: wire.name,
    profile: {
      kind: 'numeric',
      edges: wire.edges,
      refCounts: wire.reference.counts,
      curCounts: wire.current.counts,
      ...(wire.distinctValues == null ? {} : { distinctValues: wire.distinctValues }),
    },
    summary: toSummary(wire.reference.summary, wire.current.summary),
  };
}

export function toMonitoredFeature(wire: FeatureProfileWire): MonitoredFeature {
  if (wire.type === 'numeric') return toNumericFeature(wire);
  return {
    name: wire.name,
    profile: {
      kind: 'categorical',
      refCategories: wire.reference.counts,
      curCategories: wire.current.counts,
    },
  };
}

export function toDriftReport(wire: DriftReportWire): DriftReport {
  return {
    model: wire.model,
    version: wire.version,
    task: wire.task,
    window: { from: ms(wire.start), to: ms(wire.end) },
    reference: { ...wire.reference, dataset: optional(wire.reference.dataset) },
    currentRows: wire.currentRows,
    features: wire.features.map(toMonitoredFeature),
    prediction: wire.prediction ? toNumericFeature(wire.prediction) : undefined,
    config: toMonitoringConfig(wire.config),
    markers: wire.markers.map((m) => ({
      at: ms(m.at),
      kind: m.kind,
      label: m.label,
      version: optional(m.version),
    })),
  };
}

function toTimelineFeature(wire: TimelineFeatureWire): TimelineFeature {
  return {
    name: wire.name,
    axis:
      wire.type === 'numeric'
        ? { kind: 'numeric', edges: wire.edges }
        : { kind: 'categorical', categories: wire.categories },
    counts: wire.counts,
  };
}

/** Bucket times are epoch seconds on the wire, like every series of the contract. */
export function toDriftTimeline(wire: DriftTimelineWire): DriftTimeline {
  return {
    stepSeconds: wire.step,
    bucketStarts: wire.buckets.map((t) => t * 1000),
    features: wire.features.map(toTimelineFeature),
    prediction: wire.prediction ? toTimelineFeature(wire.prediction) : undefined,
  };
}

export function toPerformanceReport(wire: PerformanceReportWire): PerformanceReport {
  return {
    model: wire.model,
    task: wire.task,
    stepSeconds: wire.step,
    metrics: wire.metrics.map((m) => ({
      name: m.name,
      label: m.label,
      unit: m.unit,
      points: m.points.map(([t, v]) => [t * 1000, v]),
    })),
    labelDelay: {
      delayMs: wire.labelDelay.delaySeconds * 1000,
      incompleteFrom: wire.labelDelay.incompleteFrom ? ms(wire.labelDelay.incompleteFrom) : undefined,
      description: optional(wire.labelDelay.description),
    },
  };
}

export function toDriftRanking(wire: DriftRankingWire): DriftRanking {
  return {
    window: { from: ms(wire.start), to: ms(wire.end) },
    monitored: wire.monitored,
    byStatus: wire.byStatus,
    items: wire.items,
  };
}
