import { z } from 'zod';
import { parseOptions } from '../options';
import { DEFAULT_ALERT_LABELS, type AlertLabelNames } from './alert-labels';

const labelName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a label name');

/** `connection.options` of an `alertmanager` connection. Every field is optional. */
export const alertmanagerOptionsSchema = z.object({
  /** Alert labels naming the model, deployment and severity (defaults `model`, `deployment`, `severity`). */
  labels: z.object({ model: labelName, deployment: labelName, severity: labelName }).partial().optional(),
  /**
   * The id of a Prometheus connection whose `ALERTS` series give the history of
   * what fired (Alertmanager keeps current state only). Without one, history is empty.
   */
  historyConnection: z.string().min(1).optional(),
  /** How long a request may take, in ms (default 15 s). */
  timeoutMs: z.number().positive().optional(),
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
