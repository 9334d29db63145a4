import type { CheckStep, ConnectionCheck } from '../source';
import { isSourceError, SourceError } from '../source-error';
import type { PrometheusSettings } from './options';
import type { PrometheusClient } from './prometheus-client';
import { metricNames, quoteRegexValue, renderTemplate } from './promql-template';
import { buildInfoWire } from './schemas';

const failed = (summary: string, steps: CheckStep[]): ConnectionCheck => ({ ok: false, summary, steps });
const describe = (error: SourceError): string =>
  error.hint ? `${error.message} ${error.hint}` : error.message;

/** Metric names the panels read, as this connection's queries name them. */
export function panelMetrics(settings: PrometheusSettings): string[] {
  const values = { selector: 'x="y"', rate: '1m', step: '1m', quantile: '0.5', feature_label: 'f' };
  return [...new Set(Object.values(settings.queries).flatMap((t) => metricNames(renderTemplate(t, values))))];
}

/**
 * "Test" on the Connections page: is it there (build info, when the server has
 * it: VictoriaMetrics and proxies may not), does the query API answer, and
 * which of the metrics the panels read does it hold right now.
 */
export async function checkPrometheus(
  client: PrometheusClient,
  settings: PrometheusSettings,
  signal: AbortSignal,
): Promise<ConnectionCheck> {
  const steps: CheckStep[] = [];
  let version: string | undefined;
  try {
    const info = await client.get('/api/v1/status/buildinfo', buildInfoWire, signal);
    version = info.data.version;
  } catch (error) {
    if (!isSourceError(error)) throw error;
    // No build info is no failure (VictoriaMetrics, Thanos, proxies): the query API decides.
    const unknown = (error.kind === 'http' && error.status === 404) || error.kind === 'schema';
    if (!unknown) {
      steps.push({ label: 'Reachable', ok: false, detail: describe(error) });
      return failed(error.message, steps);
    }
  }
  steps.push({ label: 'Reachable', ok: true, detail: `${client.baseUrl} answered.` });
  steps.push(
    version
      ? { label: 'Version', ok: true, detail: `Prometheus API ${version}` }
      : {
          label: 'Version',
          ok: true,
          detail: 'Unknown: no build info (VictoriaMetrics, Thanos, or a proxy?).',
        },
  );

  try {
    await client.query('vector(1)', signal, { label: 'test' });
    steps.push({ label: 'Query API', ok: true, detail: 'A test query (vector(1)) ran.' });
  } catch (error) {
    if (!isSourceError(error)) throw error;
    steps.push({ label: 'Query API', ok: false, detail: describe(error) });
    return failed(error.message, steps);
  }

  const wanted = panelMetrics(settings);
  const found = await presentMetrics(client, wanted, signal);
  const missing = wanted.filter((name) => !found.has(name));
  steps.push({
    label: `Metrics (${settings.preset} preset)`,
    ok: missing.length === 0,
    detail:
      missing.length === 0
        ? `All ${wanted.length} metrics the panels read have data: ${wanted.join(', ')}.`
        : `No data in the last 5 minutes for ${missing.join(', ')}; panels that read them will be empty. Found: ${[...found].join(', ') || 'none'}.`,
  });
  const where = version ? `Prometheus API ${version}` : 'a Prometheus-compatible API';
  const data =
    missing.length === 0
      ? 'all panel metrics have data'
      : `${missing.length} of ${wanted.length} panel metrics have no recent data`;
  return { ok: true, version, summary: `Connected to ${where}; queries run; ${data}.`, steps };
}

async function presentMetrics(
  client: PrometheusClient,
  names: string[],
  signal: AbortSignal,
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const pattern = names.map(quoteRegexValue).join('|');
  const data = await client
    .query(`count by (__name__) ({__name__=~"${pattern}"})`, signal, { label: 'metrics check' })
    .catch((error: unknown) => {
      if (isSourceError(error)) return undefined;
      throw error;
    });
  if (data?.resultType !== 'vector') return new Set();
  return new Set(data.result.map((s) => s.metric.__name__ ?? ''));
}
