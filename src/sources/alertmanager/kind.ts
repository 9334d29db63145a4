import { defineKind, TIMEOUT_FIELD } from '../kind';
import { prometheusKind } from '../prometheus/kind';
import { DEFAULT_ALERT_LABELS } from './alert-labels';
import { alertmanagerOptionsSchema } from './options';

/** Alertmanager (API v2): the alerts firing now and the silences; history from a Prometheus connection. */
export const alertmanagerKind = defineKind({
  id: 'alertmanager',
  label: 'Alertmanager',
  capabilities: ['alerts'],
  urlPlaceholder: 'http://127.0.0.1:9093',
  optionsSchema: alertmanagerOptionsSchema,
  optionFields: [
    { path: 'labels.model', label: 'Model label', type: 'text', placeholder: DEFAULT_ALERT_LABELS.model },
    {
      path: 'labels.deployment',
      label: 'Deployment label',
      type: 'text',
      placeholder: DEFAULT_ALERT_LABELS.deployment,
    },
    {
      path: 'labels.severity',
      label: 'Severity label',
      type: 'text',
      placeholder: DEFAULT_ALERT_LABELS.severity,
    },
    {
      path: 'historyConnection',
      label: 'Alert history from (Prometheus connection)',
      type: 'connection',
      connectionKind: prometheusKind.id,
      help: 'Alertmanager keeps current alerts only; history comes from the ALERTS series.',
    },
    TIMEOUT_FIELD,
  ],
  adapter: {
    load: async () => {
      const [{ createAlertmanagerSource }, { namedHistory }] = await Promise.all([
        import('./alertmanager-source'),
        import('./history-connection'),
      ]);
      return (connection, { lookup }) =>
        createAlertmanagerSource(connection, { history: namedHistory(connection, lookup) });
    },
  },
});
