import { MODEL_SORT_FIELDS } from '../../domain/fleet';
import { getDemo, type DemoReply } from './demo-fetch';
import { tourDelivery } from './delivery-tour';
import { tourMonitoring } from './monitoring-tour';
import { tourPipelines } from './pipelines-tour';
import { tourOperations } from './sre-tour';
import { tourExplanations } from './explanations-tour';

/** Test helper: one call of the demo and what it answered. */
export interface TourStop {
  operationId: string;
  route: string;
  status: number;
  body: unknown;
}

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
const items = (body: unknown): unknown[] => {
  const list = field(body, 'items');
  return Array.isArray(list) ? (list as unknown[]) : [];
};
const strings = (values: unknown[], key: string): string[] =>
  values.map((value) => field(value, key)).filter((value): value is string => typeof value === 'string');

/**
 * Calls every operation of the contract the way the app would, including
 * paging to the end, every sort, filters, and the 400 and 404 answers.
 */
export async function tourDemo(): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const visit = async (
    operationId: string,
    route: string,
    send: () => Promise<DemoReply> = () => getDemo(route),
  ): Promise<unknown> => {
    const { status, body } = await send();
    stops.push({ operationId, route, status, body });
    return body;
  };

  await visit('getServerInfo', '/info');
  await visit('getFacets', '/registry/facets');
  await visit('getFleetSummary', '/registry/summary');

  let cursor: string | undefined;
  const names: string[] = [];
  do {
    const query = `/registry/models?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await visit('listModels', query);
    names.push(...strings(items(page), 'name'));
    const next = field(page, 'nextCursor');
    cursor = typeof next === 'string' ? next : undefined;
  } while (cursor);
  for (const sort of MODEL_SORT_FIELDS)
    await visit('listModels', `/registry/models?sort=${sort}&order=desc&limit=5`);
  await visit('listModels', '/registry/models?q=churn&team=Growth&team=Risk&health=warning&health=critical');
  await visit('listModels', '/registry/models?stage=production&tag=tier%3Dtier-1');
  await visit('listModels', '/registry/models?q=no-such-model-anywhere');
  await visit('listModels', '/registry/models?limit=0');
  await visit('listModels', '/registry/models?sort=colour');
  await visit('listModels', '/registry/models?cursor=not-a-cursor');

  for (const [i, name] of names.entries()) {
    const path = encodeURIComponent(name);
    await visit('getModel', `/registry/models/${path}`);
    await visit('listDeployments', `/operations/models/${path}/deployments`);
    const versions = await visit('listModelVersions', `/registry/models/${path}/versions`);
    const runIds = strings(items(versions), 'runId');
    // Every run of the first model, the newest run of the others.
    for (const runId of i === 0 ? runIds : runIds.slice(0, 1))
      await visit('getRun', `/registry/runs/${runId}`);
  }
  await visit('getModel', '/registry/models/no-such-model');
  await visit('listModelVersions', '/registry/models/no-such-model/versions');
  await visit('listDeployments', '/operations/models/no-such-model/deployments');
  await visit('getRun', `/registry/runs/${'0'.repeat(32)}`);
  await tourOperations(visit, names);
  await tourMonitoring(visit, names);
  await tourDelivery(visit, names);
  await tourExplanations(visit);
  await tourPipelines(visit);
  return stops;
}
