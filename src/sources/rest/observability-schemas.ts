import { z } from '../zod-mini';
import { ALERT_SEVERITIES } from '../../domain/alert';
import { UNITS } from '../../domain/series';

/** Wire shapes of the contract's metrics and alerts parts (tags "metrics", "alerts"). */

const isoTime = z.iso.datetime({ offset: true });

/** `[epochSeconds, value]`, value `null` for a gap: Prometheus-like, but numbers, not strings. */
export const seriesWire = z.object({
  label: z.string(),
  unit: z.enum(UNITS),
  labels: z.nullish(z.record(z.string(), z.string())),
  points: z.array(z.tuple([z.number(), z.nullable(z.number())])),
});

export const seriesResultWire = z.object({
  series: z.array(seriesWire),
  query: z.nullish(z.string()),
  step: z.number().check(z.positive()),
});
export type SeriesResultWire = z.infer<typeof seriesResultWire>;

export const alertWire = z.object({
  id: z.string(),
  name: z.string(),
  severity: z.enum(ALERT_SEVERITIES),
  state: z.enum(['firing', 'suppressed', 'resolved']),
  summary: z.string(),
  description: z.nullish(z.string()),
  model: z.nullish(z.string()),
  deployment: z.nullish(z.string()),
  startsAt: isoTime,
  endsAt: z.nullish(isoTime),
  labels: z.record(z.string(), z.string()),
  url: z.nullish(z.string()),
  silencedBy: z.array(z.string()),
});
export const alertListWire = z.object({ items: z.array(alertWire) });

export const silenceWire = z.object({
  id: z.string(),
  matchers: z.array(
    z.object({ name: z.string(), value: z.string(), isRegex: z.boolean(), isEqual: z.boolean() }),
  ),
  startsAt: isoTime,
  endsAt: isoTime,
  createdBy: z.string(),
  comment: z.string(),
  state: z.enum(['active', 'pending', 'expired']),
});
export const silenceListWire = z.object({ items: z.array(silenceWire) });

export const alertIntervalWire = z.object({
  name: z.string(),
  severity: z.enum(ALERT_SEVERITIES),
  model: z.nullish(z.string()),
  deployment: z.nullish(z.string()),
  from: isoTime,
  to: z.nullish(isoTime),
  labels: z.record(z.string(), z.string()),
});
export const alertHistoryWire = z.object({ items: z.array(alertIntervalWire) });
