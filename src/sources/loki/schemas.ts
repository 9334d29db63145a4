import { z } from '../zod-mini';

/**
 * Loki's HTTP API (`/loki/api/v1/*`, Loki 2.x and 3.x). Log times are epoch nanoseconds as
 * decimal strings; a metric query's samples are Prometheus's `[float seconds, "value"]`.
 * https://grafana.com/docs/loki/latest/reference/loki-http-api/
 */

const labels = z.record(z.string(), z.string());

/** `["1795329660123456789", "level=error msg=…"]`: the line's time in ns and the line. */
const entry = z.tuple([z.string(), z.string()]);

export const streamWire = z.object({ stream: labels, values: z.array(entry) });
export type StreamWire = z.infer<typeof streamWire>;

export const lokiMatrixSeriesWire = z.object({
  metric: labels,
  values: z.array(z.tuple([z.number(), z.string()])),
});
export type LokiMatrixSeriesWire = z.infer<typeof lokiMatrixSeriesWire>;

/** `GET /loki/api/v1/query_range`. `stats` (bytes and lines processed) is ignored. */
export const lokiQueryRangeWire = z.object({
  status: z.literal('success'),
  data: z.discriminatedUnion('resultType', [
    z.object({ resultType: z.literal('streams'), result: z.array(streamWire) }),
    z.object({ resultType: z.literal('matrix'), result: z.array(lokiMatrixSeriesWire) }),
  ]),
  warnings: z.optional(z.array(z.string())),
});
export type LokiQueryRangeWire = z.infer<typeof lokiQueryRangeWire>;

/**
 * `GET /loki/api/v1/labels`, `/loki/api/v1/label/<name>/values`: `data` is left out when the
 * list is empty (Loki's `omitempty`).
 */
export const lokiStringListWire = z.object({
  status: z.literal('success'),
  data: z.pipe(
    z.optional(z.nullable(z.array(z.string()))),
    z.transform((names) => names ?? []),
  ),
});

/** `GET /loki/api/v1/status/buildinfo`. */
export const lokiBuildInfoWire = z.object({ version: z.optional(z.string()) });

/** An error body in JSON: `{status:"error", error}` (Prometheus-style), or `{code, message}` (Loki 3). */
export const lokiErrorWire = z.union([
  z.object({ status: z.literal('error'), error: z.string() }),
  z.object({ message: z.string() }),
]);
