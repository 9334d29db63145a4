import { getDemo, sendDemo } from './demo-fetch';
import type { TourVisit } from './sre-tour';

const DAY_MS = 86_400_000;

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;

/** A day before the newest production arrival: inside the demo's history at any clock. */
async function anchorWindow(): Promise<string> {
  const summary = (await getDemo('/registry/summary')).body;
  const shipped = field(summary, 'recentlyShipped');
  const shippedAt = field(Array.isArray(shipped) ? shipped[0] : undefined, 'shippedAt');
  const at = typeof shippedAt === 'string' ? Date.parse(shippedAt) : Number.NaN;
  const to = Number.isNaN(at) ? Date.UTC(2026, 10, 27) : at;
  return `start=${new Date(to - DAY_MS).toISOString()}&end=${new Date(to).toISOString()}`;
}

/**
 * The monitoring part of the tour: drift profiles, timelines, performance and the ranking for
 * every model (404 for those without live traffic), version and feature filters, the 400s; then
 * retraining requests listed and made, refused for an empty reason and an unknown model.
 */
export async function tourMonitoring(visit: TourVisit, names: readonly string[]): Promise<void> {
  const window = await anchorWindow();
  for (const name of names) {
    const model = `/monitoring/models/${encodeURIComponent(name)}`;
    await visit('getDriftReport', `${model}/drift?${window}`);
    await visit('getDriftTimeline', `${model}/drift/timeline?${window}&step=3600`);
    await visit('getPerformance', `${model}/performance?${window}&step=7200`);
  }
  const churn = '/monitoring/models/churn-predictor';
  await visit('getDriftReport', `${churn}/drift?${window}&version=7`);
  await visit('getDriftReport', `${churn}/drift?${window}&version=99`);
  await visit('getDriftReport', `${churn}/drift?start=2026-11-27T00:00:00Z&end=2026-11-26T00:00:00Z`);
  await visit('getDriftReport', `/monitoring/models/no-such-model/drift?${window}`);
  await visit('getDriftTimeline', `${churn}/drift/timeline?${window}&step=21600&feature=tenure_months`);
  await visit('getDriftTimeline', `${churn}/drift/timeline?${window}&step=1`);
  await visit('getPerformance', `${churn}/performance?${window}`);
  await visit('getDriftRanking', `/monitoring/drift-ranking?${window}`);
  await visit('getDriftRanking', `/monitoring/drift-ranking?${window}&limit=3`);
  await visit('getDriftRanking', `/monitoring/drift-ranking?${window}&limit=0`);

  const post = (route: string, body: unknown): Promise<unknown> =>
    visit('requestRetraining', route, () => sendDemo('POST', route, body));
  for (const name of names.slice(0, 3)) {
    await visit('listRetrainingRequests', `/operations/models/${encodeURIComponent(name)}/retraining`);
  }
  const retraining = '/operations/models/churn-predictor/retraining';
  await post(retraining, { reason: 'Contract tour: drift on tenure_months', requestedBy: 'Data scientist' });
  await post(retraining, { reason: '   ', requestedBy: 'Data scientist' });
  await post('/operations/models/no-such-model/retraining', { reason: 'Tour', requestedBy: 'Tour' });
  await visit('listRetrainingRequests', retraining);
  await visit('listRetrainingRequests', '/operations/models/no-such-model/retraining');
}
