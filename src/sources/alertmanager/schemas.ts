import { z } from '../zod-mini';

/**
 * Alertmanager API v2 payloads (api/v2/openapi.yaml of Alertmanager 0.2x).
 * Times are ISO 8601 strings, possibly with nanoseconds.
 */

const labelSet = z.record(z.string(), z.string());

/** `GET /api/v2/alerts`: GettableAlert. */
export const gettableAlertWire = z.object({
  labels: labelSet,
  annotations: z._default(labelSet, {}),
  startsAt: z.string(),
  endsAt: z.string(),
  updatedAt: z.string(),
  fingerprint: z.string(),
  generatorURL: z.optional(z.string()),
  receivers: z._default(z.array(z.object({ name: z.string() })), []),
  status: z.object({
    state: z.enum(['unprocessed', 'active', 'suppressed']),
    silencedBy: z._default(z.array(z.string()), []),
    inhibitedBy: z._default(z.array(z.string()), []),
  }),
});
export type GettableAlertWire = z.infer<typeof gettableAlertWire>;
export const gettableAlertsWire = z.array(gettableAlertWire);

/** `GET /api/v2/silences`: GettableSilence. `isEqual` arrived in 0.22; older servers omit it. */
export const gettableSilenceWire = z.object({
  id: z.string(),
  status: z.object({ state: z.enum(['expired', 'active', 'pending']) }),
  updatedAt: z.string(),
  matchers: z.array(
    z.object({
      name: z.string(),
      value: z.string(),
      isRegex: z.boolean(),
      isEqual: z._default(z.boolean(), true),
    }),
  ),
  startsAt: z.string(),
  endsAt: z.string(),
  createdBy: z.string(),
  comment: z.string(),
});
export type GettableSilenceWire = z.infer<typeof gettableSilenceWire>;
export const gettableSilencesWire = z.array(gettableSilenceWire);

/** `GET /api/v2/status`. */
export const alertmanagerStatusWire = z.object({
  cluster: z.object({
    name: z.optional(z.string()),
    status: z.enum(['ready', 'settling', 'disabled']),
    peers: z.nullish(z.array(z.object({ name: z.string(), address: z.string() }))),
  }),
  versionInfo: z.object({
    version: z.string(),
    revision: z.optional(z.string()),
    branch: z.optional(z.string()),
    buildDate: z.optional(z.string()),
    goVersion: z.optional(z.string()),
  }),
  uptime: z.string(),
  config: z.optional(z.object({ original: z.string() })),
});
export type AlertmanagerStatusWire = z.infer<typeof alertmanagerStatusWire>;

/** Errors: a JSON string (`"bad matcher format: …"`) or `{code, message}` from go-swagger, or plain text. */
export const alertmanagerErrorWire = z.union([
  z.string(),
  z.object({ message: z.string() }),
  z.object({ error: z.string() }),
]);
