import { z } from '../zod-mini';
import { parseOptions, type ParsedOptions } from '../options';

/**
 * The settings of a `loki` connection. Every field has a default, so `{}` is a valid
 * configuration.
 */
export const lokiOptionsSchema = z.strictObject({
  /** Sent as `X-Scope-OrgID`: the tenant of a multi-tenant Loki (absent: a single-tenant one). */
  tenant: z.optional(z.string().check(z.minLength(1))),
  /** The most lines a log query returns (Loki's `limit`; its own default `max_entries_limit_per_query` is 5,000). */
  maxLines: z._default(z.int().check(z.minimum(1), z.maximum(5000)), 1000),
  timeoutMs: z.optional(z.int().check(z.positive())),
});

export type LokiOptions = z.output<typeof lokiOptionsSchema>;

export function parseLokiOptions(raw: unknown): ParsedOptions<LokiOptions> {
  return parseOptions(lokiOptionsSchema, raw);
}

export const LOKI_DEFAULTS: LokiOptions = lokiOptionsSchema.parse({});
