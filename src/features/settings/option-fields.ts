import type { ConnectionKind } from '../../sources/connection-config';
import { PRESET_NAMES, PRESETS, QUERY_KEYS } from '../../sources/prometheus/presets';

/** One kind-specific setting: `path` is where it lives in `connection.options` ("labels.model"). */
export interface OptionField {
  path: string;
  label: string;
  type: 'text' | 'number' | 'select' | 'textarea' | 'connection';
  /** For selects. */
  choices?: { value: string; label: string }[];
  /** For `connection`: the kind of connection to choose among. */
  connectionKind?: ConnectionKind;
  placeholder?: string;
  help?: string;
}

const QUERY_HELP: Record<(typeof QUERY_KEYS)[number], string> = {
  latency: 'Latency quantiles; {{quantile}} is 0.5, 0.95 or 0.99',
  latency_p50: 'Overrides the latency query for p50',
  latency_p95: 'Overrides the latency query for p95',
  latency_p99: 'Overrides the latency query for p99',
  throughput: 'Requests per second',
  error_rate: 'Share of failed requests, 0–1',
  drift: 'Drift score per feature',
};

/** The settings each kind of connection takes, in the order a person fills them in. */
export const OPTION_FIELDS: Record<ConnectionKind, OptionField[]> = {
  demo: [],
  sightline: [{ path: 'timeoutMs', label: 'Timeout (ms)', type: 'number', placeholder: '15000' }],
  mlflow: [
    { path: 'teamTag', label: 'Tag holding the team', type: 'text', placeholder: 'team' },
    { path: 'ownerTag', label: 'Tag holding the owner', type: 'text', placeholder: 'owner' },
    {
      path: 'productionAlias',
      label: 'Alias of the production version',
      type: 'text',
      placeholder: 'champion',
    },
    { path: 'timeoutMs', label: 'Timeout (ms)', type: 'number', placeholder: '15000' },
  ],
  prometheus: [
    {
      path: 'preset',
      label: 'Metric names (serving framework)',
      type: 'select',
      choices: PRESET_NAMES.map((name) => ({ value: name, label: `${name}: ${PRESETS[name].description}` })),
    },
    { path: 'scrapeIntervalSeconds', label: 'Scrape interval (s)', type: 'number', placeholder: '60' },
    {
      path: 'evaluationIntervalSeconds',
      label: 'Rule evaluation interval (s)',
      type: 'number',
      placeholder: '60',
    },
    { path: 'labels.model', label: 'Model label', type: 'text', placeholder: 'model' },
    { path: 'labels.deployment', label: 'Deployment label', type: 'text', placeholder: 'deployment' },
    { path: 'labels.feature', label: 'Feature label', type: 'text', placeholder: 'feature' },
    ...QUERY_KEYS.map((key): OptionField => ({
      path: `queries.${key}`,
      label: `PromQL: ${key.replace('_', ' ')}`,
      type: 'textarea',
      placeholder:
        key in PRESETS.sightline.queries
          ? PRESETS.sightline.queries[key as keyof typeof PRESETS.sightline.queries]
          : '',
      help: QUERY_HELP[key],
    })),
    { path: 'alertLabels.model', label: 'Model label on ALERTS', type: 'text', placeholder: 'model' },
    { path: 'timeoutMs', label: 'Timeout (ms)', type: 'number', placeholder: '15000' },
  ],
  alertmanager: [
    { path: 'labels.model', label: 'Model label', type: 'text', placeholder: 'model' },
    { path: 'labels.deployment', label: 'Deployment label', type: 'text', placeholder: 'deployment' },
    { path: 'labels.severity', label: 'Severity label', type: 'text', placeholder: 'severity' },
    {
      path: 'historyConnection',
      label: 'Alert history from (Prometheus connection)',
      type: 'connection',
      connectionKind: 'prometheus',
      help: 'Alertmanager keeps current alerts only; history comes from the ALERTS series.',
    },
    { path: 'timeoutMs', label: 'Timeout (ms)', type: 'number', placeholder: '15000' },
  ],
};

/** Reads a dotted path out of options. */
export function readOption(options: Record<string, unknown> | undefined, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      options,
    );
}

/** Writes a dotted path, dropping empty values and empty groups so the saved options stay minimal. */
export function writeOption(
  options: Record<string, unknown> | undefined,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return options ?? {};
  const { [head]: current, ...others } = options ?? {};
  const written =
    rest.length === 0
      ? value
      : writeOption(current as Record<string, unknown> | undefined, rest.join('.'), value);
  const empty =
    written === undefined ||
    written === '' ||
    (typeof written === 'object' && written !== null && Object.keys(written).length === 0);
  return empty ? others : { ...others, [head]: written };
}
