import { z } from '../zod-mini';
import { parseOptions } from '../options';
import { DEFAULT_ALERT_LABELS, type AlertLabelNames } from './alert-labels';

const labelName = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a label name'));

/** `connection.options` of an `alertmanager` connection. Every field is optional. */
export const alertmanagerOptionsSchema = z.object({
  /** Alert labels naming the model, deployment and severity (defaults `model`, `deployment`, `severity`). */
  labels: z.optional(z.partial(z.object({ model: labelName, deployment: labelName, severity: labelName }))),
  /**
   * The id of a Prometheus connection whose `ALERTS` series give the history of
   * what fired (Alertmanager keeps current state only). Without one, history is empty.
   */
  historyConnection: z.optional(z.string().check(z.minLength(1))),
  /** How long a request may take, in ms (default 15 s). */
  timeoutMs: z.optional(z.number().check(z.positive())),
});
export type AlertmanagerOptions = z.input<typeof alertmanagerOptionsSchema>;

export interface AlertmanagerSettings {
  labels: AlertLabelNames;
  historyConnection?: string;
  timeoutMs?: number;
}

export type AlertmanagerSettingsResult =
  { ok: true; settings: AlertmanagerSettings } | { ok: false; field: string; message: string };

export function parseAlertmanagerOptions(
  options: Record<string, unknown> | undefined,
): AlertmanagerSettingsResult {
  const parsed = parseOptions(alertmanagerOptionsSchema, options);
  if (!parsed.ok) return parsed;
  const { labels, historyConnection, timeoutMs } = parsed.value;
  return {
    ok: true,
    settings: { labels: { ...DEFAULT_ALERT_LABELS, ...labels }, historyConnection, timeoutMs },
  };
}
