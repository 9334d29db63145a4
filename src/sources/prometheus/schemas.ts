import { z } from '../zod-mini';

/**
 * Payloads of the Prometheus HTTP API (`/api/v1/*`), as Prometheus 2.x and
 * VictoriaMetrics send them. Timestamps are float seconds; sample values are
 * strings because they may be "NaN", "+Inf" or "-Inf".
 * https://prometheus.io/docs/prometheus/latest/querying/api/
 */

const labels = z.record(z.string(), z.string());
/** `[1795329660, "0.0318"]`. */
const sample = z.tuple([z.number(), z.string()]);

export const rangeSeriesWire = z.object({ metric: labels, values: z.array(sample) });
export type RangeSeriesWire = z.infer<typeof rangeSeriesWire>;

export const instantSeriesWire = z.object({ metric: labels, value: sample });
export type InstantSeriesWire = z.infer<typeof instantSeriesWire>;

/** `GET|POST /api/v1/query_range`. VictoriaMetrics adds `isPartial` and `stats`, which we ignore. */
export const queryRangeWire = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('matrix'),
    result: z.array(rangeSeriesWire),
  }),
  warnings: z.optional(z.array(z.string())),
});

/** `GET|POST /api/v1/query`: the result type depends on the expression. */
export const instantQueryWire = z.object({
  status: z.literal('success'),
  data: z.discriminatedUnion('resultType', [
    z.object({ resultType: z.literal('vector'), result: z.array(instantSeriesWire) }),
    z.object({ resultType: z.literal('matrix'), result: z.array(rangeSeriesWire) }),
    z.object({ resultType: z.literal('scalar'), result: sample }),
    z.object({ resultType: z.literal('string'), result: sample }),
  ]),
});
export type InstantQueryWire = z.infer<typeof instantQueryWire>;

/** `GET /api/v1/status/buildinfo` (Prometheus ≥ 2.14; VictoriaMetrics and proxies may lack it or its version). */
export const buildInfoWire = z.object({
  status: z.literal('success'),
  data: z.object({
    // VictoriaMetrics 1.79 answers `{"status":"success","data":{}}`.
    version: z.optional(z.string()),
    revision: z.optional(z.string()),
    branch: z.optional(z.string()),
    goVersion: z.optional(z.string()),
  }),
});

/** `GET /api/v1/alerts`: what the rules are alerting on now (Prometheus only). */
export const rulesAlertsWire = z.object({
  status: z.literal('success'),
  data: z.object({
    alerts: z.array(
      z.object({
        labels,
        annotations: z._default(labels, {}),
        state: z.string(),
        activeAt: z.string(),
        value: z.optional(z.string()),
      }),
    ),
  }),
});
export type RulesAlertWire = z.infer<typeof rulesAlertsWire>['data']['alerts'][number];

/** Every error: HTTP 400/422/503 with `{"status":"error","errorType":"bad_data","error":"…"}`. */
export const prometheusErrorWire = z.object({
  status: z.literal('error'),
  errorType: z.string(),
  error: z.string(),
});
export type PrometheusErrorWire = z.infer<typeof prometheusErrorWire>;
