import type { TourVisit } from './sre-tour';

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;

/**
 * The explanations part of the tour: attributions, cohorts, samples and explanation drift of the
 * story models, recent predictions paged and filtered, local explanations (kept, not kept,
 * unknown), group counts and the fairness overview, and the 400s and 404s.
 */
export async function tourExplanations(visit: TourVisit): Promise<void> {
  const window = 'start=2026-10-30T00:00:00.000Z&end=2026-11-29T00:00:00.000Z';
  for (const name of ['credit-approval', 'transaction-fraud', 'churn-predictor']) {
    const model = `/explanations/models/${name}`;
    await visit('getGlobalAttributions', `${model}/global`);
    await visit('getCohortAttributions', `${model}/cohorts?by=outcome`);
    await visit('getSampleMatrix', `${model}/samples?limit=50`);
    await visit('getExplanationDrift', `${model}/drift?${window}&step=86400`);
    await visit('getGroupCounts', `/fairness/models/${name}/groups?${window}`);
  }
  const credit = '/explanations/models/credit-approval';
  await visit('getGlobalAttributions', `${credit}/global?version=4`);
  await visit('getGlobalAttributions', `${credit}/global?version=99`);
  await visit('getGlobalAttributions', '/explanations/models/no-such-model/global');
  await visit('getCohortAttributions', `${credit}/cohorts?by=age_group`);
  await visit('getCohortAttributions', `${credit}/cohorts?by=shoe_size`);
  await visit('getSampleMatrix', `${credit}/samples?limit=5001`);
  await visit('getExplanationDrift', `${credit}/drift?${window}&step=1`);

  const first = await visit('listPredictions', `${credit}/predictions?limit=20`);
  const next = field(first, 'nextCursor');
  if (typeof next === 'string')
    await visit('listPredictions', `${credit}/predictions?limit=20&cursor=${encodeURIComponent(next)}`);
  // A filter on a known outcome scans the whole index: explanation-story.test.ts covers it, the tour stays quick.
  await visit('listPredictions', `${credit}/predictions?limit=10&segment=no-such-segment`);
  await visit('listPredictions', `${credit}/predictions?limit=10&outcome=no-such-outcome`);
  await visit('listPredictions', `${credit}/predictions?cursor=not-a-cursor`);
  await visit('listPredictions', `${credit}/predictions?limit=0`);
  const items = field(first, 'items');
  const id = field(Array.isArray(items) ? items[0] : undefined, 'predictionId');
  if (typeof id === 'string') {
    await visit('getLocalExplanation', `${credit}/predictions/${id}`);
    await visit('getLocalExplanation', `${credit}/predictions/${id}?k=2`);
  }
  await visit('getLocalExplanation', `${credit}/predictions/p000001`);
  await visit('getLocalExplanation', `${credit}/predictions/nonsense`);
  await visit('getLocalExplanation', `${credit}/predictions/p100000?k=0`);

  await visit('getGroupCounts', `/fairness/models/credit-approval/groups?${window}&version=4`);
  await visit('getGroupCounts', `/fairness/models/credit-approval/groups?${window}&attribute=age_group`);
  await visit('getGroupCounts', `/fairness/models/credit-approval/groups?${window}&attribute=shoe_size`);
  await visit('getGroupCounts', '/fairness/models/credit-approval/groups?start=yesterday&end=today');
  await visit('getGroupCounts', `/fairness/models/delivery-eta/groups?${window}`);
  await visit('getExplanationDriftRanking', `/explanations/drift-ranking?${window}`);
  await visit('getExplanationDriftRanking', `/explanations/drift-ranking?${window}&limit=2`);
  await visit('getExplanationDriftRanking', `/explanations/drift-ranking?${window}&limit=0`);
  await visit('getFairnessOverview', `/fairness/overview?${window}`);
  await visit('getFairnessOverview', '/fairness/overview');
}
