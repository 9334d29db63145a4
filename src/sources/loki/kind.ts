import { defineKind, TIMEOUT_FIELD } from '../kind';
import { LOKI_DEFAULTS, lokiOptionsSchema } from './options';

/** Grafana Loki, or anything that speaks its query API: log lines and log volume in LogQL. */
export const lokiKind = defineKind({
  id: 'loki',
  label: 'Loki (logs)',
  capabilities: ['logs'],
  // Loki sends no CORS headers: the dev and preview servers forward /loki to SIGHTLINE_LOKI_URL.
  urlPlaceholder: '/loki',
  optionsSchema: lokiOptionsSchema,
  optionFields: [
    { path: 'tenant', label: 'Tenant (X-Scope-OrgID)', type: 'text', placeholder: '' },
    {
      path: 'maxLines',
      label: 'Most lines per query',
      type: 'number',
      placeholder: String(LOKI_DEFAULTS.maxLines),
    },
    TIMEOUT_FIELD,
  ],
  adapter: { load: async () => (await import('./loki-source')).createLokiSource },
});
