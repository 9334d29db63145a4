import type { CheckStep, ConnectionCheck } from '../source';
import { isSourceError, type SourceError } from '../source-error';
import type { AlertmanagerSettings } from './options';
import type { AlertmanagerClient } from './alertmanager-client';
import { alertmanagerStatusWire, gettableAlertsWire, type AlertmanagerStatusWire } from './schemas';

const describe = (error: SourceError): string =>
  error.hint ? `${error.message} ${error.hint}` : error.message;

function clusterDetail(cluster: AlertmanagerStatusWire['cluster']): string {
  const peers = cluster.peers?.length ?? 0;
  if (cluster.status === 'disabled') return 'Clustering disabled (a single Alertmanager).';
  const name = cluster.name ? ` ${cluster.name}` : '';
  return `Cluster${name} ${cluster.status}, ${peers} peer${peers === 1 ? '' : 's'}.`;
}

/**
 * "Test" on the Connections page: status (version, cluster), the alerts API,
 * and where incident history comes from.
 */
export async function checkAlertmanager(
  client: AlertmanagerClient,
  settings: AlertmanagerSettings,
  historyAvailable: () => boolean,
  signal: AbortSignal,
): Promise<ConnectionCheck> {
  const steps: CheckStep[] = [];
  let status: AlertmanagerStatusWire;
  try {
    status = await client.get('/api/v2/status', alertmanagerStatusWire, signal);
  } catch (error) {
    if (!isSourceError(error)) throw error;
    return {
      ok: false,
      summary: error.message,
      steps: [{ label: 'Reachable', ok: false, detail: describe(error) }],
    };
  }
  const version = status.versionInfo.version;
  steps.push({ label: 'Reachable', ok: true, detail: `${client.baseUrl} answered (up ${status.uptime}).` });
  steps.push({ label: 'Version', ok: true, detail: `Alertmanager ${version}` });
  steps.push({
    label: 'Cluster',
    ok: status.cluster.status !== 'settling',
    detail: clusterDetail(status.cluster),
  });

  let alerts: string;
  try {
    const wire = await client.get('/api/v2/alerts', gettableAlertsWire, signal);
    const suppressed = wire.filter((a) => a.status.state === 'suppressed').length;
    alerts = `${wire.length - suppressed} firing, ${suppressed} suppressed`;
  } catch (error) {
    if (!isSourceError(error)) throw error;
    steps.push({ label: 'Alerts API', ok: false, detail: describe(error) });
    return { ok: false, version, summary: error.message, steps };
  }
  steps.push({ label: 'Alerts API', ok: true, detail: `${alerts}.` });

  const history = historyAvailable();
  const named = settings.historyConnection;
  steps.push({
    label: 'Alert history',
    ok: history,
    detail: history
      ? `From Prometheus${named ? ` connection "${named}"` : ''} (the ALERTS series).`
      : 'None: Alertmanager keeps current state only. Set options.historyConnection to a Prometheus connection for incident history.',
  });
  return { ok: true, version, summary: `Connected to Alertmanager ${version}: ${alerts}.`, steps };
}
