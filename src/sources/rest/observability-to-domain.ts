import type { z } from '../zod-mini';
import type { Alert, AlertInterval, Silence } from '../../domain/alert';
import type { SeriesResult } from '../../domain/series';
import type { alertIntervalWire, alertWire, SeriesResultWire, silenceWire } from './observability-schemas';

const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function toSeriesResult(wire: SeriesResultWire): SeriesResult {
  return {
    stepSeconds: wire.step,
    query: optional(wire.query),
    series: wire.series.map((s) => ({
      label: s.label,
      unit: s.unit,
      labels: optional(s.labels),
      points: s.points.map(([t, v]) => [t * 1000, v]),
    })),
  };
}

export function toAlert(wire: z.infer<typeof alertWire>): Alert {
  return {
    ...wire,
    description: optional(wire.description),
    model: optional(wire.model),
    deployment: optional(wire.deployment),
    startsAt: Date.parse(wire.startsAt),
    endsAt: wire.endsAt ? Date.parse(wire.endsAt) : undefined,
    url: optional(wire.url),
  };
}

export function toSilence(wire: z.infer<typeof silenceWire>): Silence {
  return { ...wire, startsAt: Date.parse(wire.startsAt), endsAt: Date.parse(wire.endsAt) };
}

export function toAlertInterval(wire: z.infer<typeof alertIntervalWire>): AlertInterval {
  return {
    ...wire,
    model: optional(wire.model),
    deployment: optional(wire.deployment),
    from: Date.parse(wire.from),
    to: wire.to ? Date.parse(wire.to) : undefined,
  };
}
