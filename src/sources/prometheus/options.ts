import { z } from '../zod-mini';
import {
  PRESET_NAMES,
  PRESETS,
  QUERY_KEYS,
  type LabelNames,
  type PresetName,
  type QueryKey,
} from './presets';
import { DEFAULT_ALERT_LABELS, type AlertLabelNames } from '../alertmanager/alert-labels';
import { parseOptions } from '../options';
import { unknownPlaceholders } from './promql-template';

/** A Prometheus label name: `[a-zA-Z_][a-zA-Z0-9_]*`. */
const labelName = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Prometheus label name'));

const template = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.superRefine((value, context) => {
    const unknown = unknownPlaceholders(value);
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `uses ${unknown.map((name) => `{{${name}}}`).join(', ')}, which is not a placeholder`,
      });
    }
  }),
);

/**
 * `connection.options` of a `prometheus` connection (also VictoriaMetrics, Thanos, Mimir:
 * anything that speaks the Prometheus query API). Every field is optional.
 */
export const prometheusOptionsSchema = z.object({
  /** Metric and label names of a serving framework: `sightline` (default), `kserve`, `seldon-core`. */
  preset: z._default(z.enum(PRESET_NAMES), 'sightline'),
  /** How often targets are scraped; sets the rate window. Prometheus's default is 60 s. */
  scrapeIntervalSeconds: z._default(z.number().check(z.positive(), z.maximum(86_400)), 60),
  /** How often alerting rules run (Prometheus's `evaluation_interval`, default 60 s). */
  evaluationIntervalSeconds: z._default(z.number().check(z.positive(), z.maximum(86_400)), 60),
  /** Label names in the serving metrics; default: the preset's. */
  labels: z.optional(z.partial(z.object({ model: labelName, deployment: labelName, feature: labelName }))),
  /** PromQL per panel, overriding the preset's. */
  queries: z.optional(z.partialRecord(z.enum(QUERY_KEYS), template)),
  /** Label names on the `ALERTS` series (set by your alerting rules). */
  alertLabels: z.optional(
    z.partial(z.object({ model: labelName, deployment: labelName, severity: labelName })),
  ),
  /** How long a request may take, in ms (default 15 s). */
  timeoutMs: z.optional(z.number().check(z.positive())),
});
export type PrometheusOptions = z.input<typeof prometheusOptionsSchema>;

/** What an empty `options` means: the one place the defaults are written is the schema above. */
export const PROMETHEUS_DEFAULTS = prometheusOptionsSchema.parse({});

export interface PrometheusSettings {
  preset: PresetName;
  scrapeIntervalSeconds: number;
  evaluationIntervalSeconds: number;
  labels: LabelNames;
  queries: Partial<Record<QueryKey, string>> &
    Record<'latency' | 'throughput' | 'error_rate' | 'drift', string>;
  alertLabels: AlertLabelNames;
  timeoutMs?: number;
}

export type SettingsResult =
  { ok: true; settings: PrometheusSettings } | { ok: false; field: string; message: string };

/** Validates `connection.options`; a bad field is named, never thrown (a bad connection must not break the app). */
export function parsePrometheusOptions(options: Record<string, unknown> | undefined): SettingsResult {
  const parsed = parseOptions(prometheusOptionsSchema, options);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const preset = PRESETS[data.preset];
  return {
    ok: true,
    settings: {
      preset: data.preset,
      scrapeIntervalSeconds: data.scrapeIntervalSeconds,
      evaluationIntervalSeconds: data.evaluationIntervalSeconds,
      labels: { ...preset.labels, ...data.labels },
      queries: { ...preset.queries, ...data.queries },
      alertLabels: { ...DEFAULT_ALERT_LABELS, ...data.alertLabels },
      timeoutMs: data.timeoutMs,
    },
  };
}
