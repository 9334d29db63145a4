import { describe, expect, it } from 'vitest';
import { checkGraph } from '../../domain/pipelines/graph';
import { startDemoServer } from '../../test/demo-server';
import { DEMO_BASE_URL } from '../demo/demo-base-url';
import { createRestSource } from './rest-source';

startDemoServer();
const pipelines = createRestSource({
  connectionId: 'demo',
  name: 'Demo',
  baseUrl: `${location.origin}${DEMO_BASE_URL}`,
}).capabilities.pipelines!;
const signal = new AbortController().signal;

describe('the pipelines part of the contract, as the demo tells it', () => {
  it('lists the demand-forecast pipeline failing, the search pipeline late, the others healthy', async () => {
    const list = await pipelines.listPipelines(signal);
    const byId = new Map(list.map((p) => [p.id, p]));
    expect(byId.get('demand-features')).toMatchObject({ failedChecks: 1, models: ['demand-forecast'] });
    expect(byId.get('demand-features')?.lastRun?.state).toBe('failed');
    expect(byId.get('search-click-features')?.lastRun?.state).toBe('running');
    expect(byId.get('churn-features')?.lastRun?.state).toBe('succeeded');
  });

  it('stops the demand run at validation: store_id arrives null, and training is skipped', async () => {
    const detail = await pipelines.getPipeline('demand-features', signal);
    expect(checkGraph(detail.steps).ok).toBe(true);
    const run = await pipelines.getRun('demand-features', 'latest', signal);
    const step = (id: string) => run.steps.find((s) => s.stepId === id);
    expect(step('validate_demand_raw')?.state).toBe('failed');
    expect(step('train')?.state).toBe('skipped');
    expect(step('validate_demand_raw')?.checks).toContainEqual(
      expect.objectContaining({
        name: 'store_id null rate',
        expected: '≤ 1 %',
        observed: '3.1 %',
        result: 'fail',
      }),
    );
    expect(run.edges.find((e) => e.to === 'validate_demand_raw')?.result).toBe('fail');
  });

  it('shows the upstream schema change and the models the failing version reaches', async () => {
    const stores = await pipelines.datasetVersions('stores_export', signal);
    expect(stores[0]?.columns.find((c) => c.name === 'store_id')?.type).toBe('STRING');
    expect(stores.at(-1)?.columns.find((c) => c.name === 'store_id')?.type).toBe('INT64');
    const raw = await pipelines.datasetVersions('demand_raw', signal);
    const impact = await pipelines.impact(raw[0]!, signal);
    expect(impact.consumers.map((c) => [c.model, c.use])).toContainEqual(['demand-forecast', 'serving']);
    const trained = await pipelines.consumptions({ model: 'demand-forecast' }, signal);
    expect(trained.some((c) => c.use === 'training' && c.dataset.dataset === 'demand_features')).toBe(true);
  });

  it('names what it does not know', async () => {
    await expect(pipelines.getPipeline('nope', signal)).rejects.toThrow('The demo has no pipeline "nope".');
  });
});
