import type { TourVisit } from './sre-tour';

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
const items = (body: unknown): unknown[] => {
  const list = field(body, 'items');
  return Array.isArray(list) ? (list as unknown[]) : [];
};
const text = (value: unknown, key: string): string => {
  const found = field(value, key);
  return typeof found === 'string' ? found : '';
};

/** The pipelines part of the tour: every pipeline and its latest run, datasets, lineage, the 404s and 400s. */
export async function tourPipelines(visit: TourVisit): Promise<void> {
  const enc = encodeURIComponent;
  const list = await visit('listPipelines', '/pipelines');
  for (const pipeline of items(list)) {
    const id = enc(text(pipeline, 'id'));
    await visit('getPipeline', `/pipelines/${id}`);
    await visit('getPipelineRun', `/pipelines/${id}/runs/latest`);
  }
  await visit('getPipeline', '/pipelines/no-such-pipeline');
  await visit('getPipelineRun', '/pipelines/no-such-pipeline/runs/latest');
  const datasets = await visit('listDatasets', '/datasets');
  for (const dataset of items(datasets).slice(0, 3)) {
    const versions = await visit('listDatasetVersions', `/datasets/${enc(text(dataset, 'name'))}/versions`);
    const first = items(versions)[0];
    if (first)
      await visit(
        'getImpact',
        `/lineage/impact?dataset=${enc(text(first, 'dataset'))}&version=${enc(text(first, 'version'))}`,
      );
  }
  await visit('listDatasetVersions', '/datasets/no-such-dataset/versions');
  await visit('listConsumptions', '/lineage/consumptions');
  await visit('listConsumptions', '/lineage/consumptions?model=demand-forecast');
  await visit('getImpact', '/lineage/impact?dataset=demand_raw');
  await visit('getImpact', '/lineage/impact?dataset=demand_raw&version=no-such-version');
}
