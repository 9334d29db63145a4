import { SERVING_SIGNALS } from '../../sources/capabilities';
import { sendDemo, type DemoReply } from './demo-fetch';

/** Test helper: records one call of the demo under its contract operation; returns the body. */
export type TourVisit = (
  operationId: string,
  route: string,
  send?: () => Promise<DemoReply>,
) => Promise<unknown>;

const HOUR_MS = 3_600_000;

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
const items = (body: unknown): unknown[] => {
  const list = field(body, 'items');
  return Array.isArray(list) ? (list as unknown[]) : [];
};

/**
 * The SRE's part of the tour: rollouts, objectives, incidents and their notes
 * and statuses, roll back and traffic shift, serving metrics and alerts, each
 * with its success and its refusals (400, 404, 409). Times are taken from the
 * demo's own answers, so the tour works at any clock.
 */
export async function tourOperations(visit: TourVisit, names: readonly string[]): Promise<void> {
  const post = (operationId: string, route: string, body: unknown): Promise<unknown> =>
    visit(operationId, route, () => sendDemo('POST', route, body));
  const patch = (operationId: string, route: string, body: unknown): Promise<unknown> =>
    visit(operationId, route, () => sendDemo('PATCH', route, body));

  for (const name of names)
    await visit('listRollouts', `/operations/models/${encodeURIComponent(name)}/rollouts`);
  await visit('listRollouts', '/operations/models/no-such-model/rollouts');

  await visit('listObjectives', '/operations/objectives');
  await visit('listObjectives', '/operations/objectives?model=search-ranker');
  await visit('listObjectives', '/operations/objectives?limit=5');
  await visit('listObjectives', '/operations/objectives?limit=0');
  await visit('listObjectives', '/operations/objectives?model=no-such-model');

  const all = await visit('listIncidents', '/operations/incidents');
  await visit('listIncidents', '/operations/incidents?status=investigating&status=mitigated');
  await visit('listIncidents', '/operations/incidents?model=dynamic-pricing&status=resolved');
  await visit('listIncidents', '/operations/incidents?model=no-such-model');
  const ids = items(all)
    .map((incident) => field(incident, 'id'))
    .filter((id): id is string => typeof id === 'string');
  for (const id of ids) await visit('getIncident', `/operations/incidents/${encodeURIComponent(id)}`);
  await visit('getIncident', '/operations/incidents/INC-0000');

  const notes = '/operations/incidents/INC-2057/notes';
  const note = { body: 'Compaction finished; bursts stopped.', author: 'SRE', clientId: 'tour-note-1' };
  await post('addIncidentNote', notes, note);
  // The same clientId again: a retry, answered with the first note.
  await post('addIncidentNote', notes, note);
  await post('addIncidentNote', notes, { ...note, body: '  ', clientId: 'tour-note-2' });
  await post('addIncidentNote', '/operations/incidents/INC-0000/notes', { ...note, clientId: 'tour-note-3' });

  await patch('updateIncident', '/operations/incidents/INC-2057', { status: 'mitigated', author: 'SRE' });
  await patch('updateIncident', '/operations/incidents/INC-2057', { status: 'investigating', author: 'SRE' });
  await patch('updateIncident', '/operations/incidents/INC-2057', { status: 'fixed' });
  await patch('updateIncident', '/operations/incidents/INC-0000', { status: 'resolved' });

  const reason = 'Contract tour';
  await post('rollBackDeployment', '/operations/deployments/search-ranker-production/rollback', { reason });
  await post('rollBackDeployment', '/operations/deployments/search-ranker-production/rollback', {
    reason: '',
  });
  await post('rollBackDeployment', '/operations/deployments/similar-items-reranker-production/rollback', {
    reason,
  });
  await post('rollBackDeployment', '/operations/deployments/no-such-model-production/rollback', { reason });
  await post('shiftTraffic', '/operations/deployments/search-ranker-canary/traffic', {
    canaryPercent: 25,
    reason,
  });
  await post('shiftTraffic', '/operations/deployments/search-ranker-canary/traffic', {
    canaryPercent: 140,
    reason,
  });
  await post('shiftTraffic', '/operations/deployments/search-ranker-production/traffic', {
    canaryPercent: 25,
    reason,
  });
  await post('shiftTraffic', '/operations/deployments/no-such-model-canary/traffic', {
    canaryPercent: 5,
    reason,
  });

  // The pricing incident's window, from the demo's own answer.
  const pricing = items(all).find((incident) => field(incident, 'id') === 'INC-2041');
  const started = field(pricing, 'startedAt');
  const startedAt = typeof started === 'string' ? Date.parse(started) : Number.NaN;
  const from = Number.isNaN(startedAt) ? Date.UTC(2026, 10, 27) : startedAt - 2 * HOUR_MS;
  const to = from + 6 * HOUR_MS;
  const range = `start=${Math.floor(from / 1000)}&end=${Math.floor(to / 1000)}`;
  for (const signal of SERVING_SIGNALS)
    await visit(
      'getServingMetrics',
      `/metrics/serving?model=dynamic-pricing&signal=${signal}&${range}&step=60`,
    );
  await visit(
    'getServingMetrics',
    `/metrics/serving?model=search-ranker&deployment=search-ranker-canary&signal=latency_p99&${range}&step=300`,
  );
  await visit(
    'getServingMetrics',
    `/metrics/serving?model=no-such-model&signal=latency_p95&${range}&step=60`,
  );
  await visit(
    'getServingMetrics',
    `/metrics/serving?model=dynamic-pricing&signal=latency_p42&${range}&step=60`,
  );
  await visit(
    'getServingMetrics',
    `/metrics/serving?model=dynamic-pricing&signal=error_rate&${range}&step=1`,
  );

  await visit('listAlerts', '/alerts');
  await visit('listAlerts', '/alerts?model=transaction-fraud&includeSuppressed=true');
  await visit('listSilences', '/alerts/silences');
  const window = `start=${new Date(from).toISOString()}&end=${new Date(to).toISOString()}`;
  await visit('getAlertHistory', `/alerts/history?model=dynamic-pricing&${window}`);
  await visit('getAlertHistory', '/alerts/history?model=search-ranker');
}
