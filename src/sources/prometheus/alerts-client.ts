import type { AlertInterval } from '../../domain/alert';
import { chooseStep } from '../../domain/step';
import type { Alerts } from '../capabilities';
import { alertHistoryQuery, toAlertIntervals } from './alert-intervals';
import { planRange } from './metrics-client';
import type { PrometheusSettings } from './options';
import type { PrometheusClient } from './prometheus-client';
import { rulesAlertsWire } from './schemas';
import { toRuleAlerts } from './rules-alerts';

/** An incident timeline is read at about this many points: one an evaluation would be too many for a month. */
const HISTORY_POINTS = 1_000;

/**
 * Alerts as Prometheus knows them: what its rules fire now (`/api/v1/alerts`,
 * Prometheus only) and what fired over time (the `ALERTS` series, which any
 * Prometheus-compatible store written by the rule evaluator keeps).
 */
export function createPrometheusAlerts(client: PrometheusClient, settings: PrometheusSettings): Alerts {
  return {
    async listAlerts(filter, signal) {
      const current = settings;
      const body = await client.get('/api/v1/alerts', rulesAlertsWire, signal);
      const alerts = toRuleAlerts(body.data.alerts, current.alertLabels, client.baseUrl);
      return filter.model ? alerts.filter((a) => a.model === filter.model) : alerts;
    },
    // Prometheus has no silences; an Alertmanager connection lists them.
    listSilences: () => Promise.resolve([]),
    async history(filter, window, signal): Promise<AlertInterval[]> {
      const current = settings;
      const asked = chooseStep({
        rangeMs: window.to - window.from,
        widthPx: HISTORY_POINTS,
        scrapeIntervalSeconds: current.evaluationIntervalSeconds,
      });
      const plan = planRange({ window, stepSeconds: asked });
      const query = alertHistoryQuery(filter.model, current.alertLabels);
      const result = await client.queryRange(query, plan.window, plan.stepSeconds, signal, {
        label: 'alert history',
        setting: 'options.alertLabels',
      });
      return toAlertIntervals(result, {
        stepSeconds: plan.stepSeconds,
        windowEnd: plan.window.to,
        evaluationIntervalSeconds: current.evaluationIntervalSeconds,
        labels: current.alertLabels,
      });
    },
  };
}
