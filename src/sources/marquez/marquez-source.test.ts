import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMarquezServer, MARQUEZ_TEST_URL } from '../../mocks/marquez/node';
import { createSource } from '../select-source';
import { createMarquezSource } from './marquez-source';

const server = createMarquezServer();
const signal = new AbortController().signal;
const source = (options: Record<string, unknown> = {}) =>
  createMarquezSource({
    id: 'lineage',
    kind: 'marquez',
    name: 'Marquez',
    url: MARQUEZ_TEST_URL,
    options: { namespace: 'supply_chain', ...options },
  });
const pipelines = (options?: Record<string, unknown>) => source(options).capabilities.pipelines!;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the Marquez source', () => {
  it('groups jobs into pipelines by their name prefix, reading every page', async () => {
    const list = await pipelines({ pageSize: 2 }).listPipelines(signal);
    expect(list.map((p) => [p.id, p.stepCount])).toEqual([
      ['demand_features', 5],
      ['loop', 2],
    ]);
    expect(list[0]).toMatchObject({ failedChecks: 1, models: ['demand-forecast'] });
    expect(list[0]?.lastRun?.state).toBe('failed');
  });

  it('draws the steps from the datasets they share, and the failed check on the validation', async () => {
    const source = pipelines();
    const detail = await source.getPipeline('demand_features', signal);
    expect(detail.steps.find((s) => s.name === 'build_features')?.dependsOn).toEqual([
      'demand_features.join_store_sales',
    ]);
    const run = await source.getRun('demand_features', 'latest', signal);
    const validate = run.steps.find((s) => s.stepId === 'demand_features.validate_demand_raw');
    expect(validate?.state).toBe('failed');
    expect(validate?.checks[0]).toMatchObject({
      name: 'store_id: not_null',
      expected: 'not_null holds',
      observed: 'did not hold',
      result: 'fail',
    });
    expect(run.edges.find((e) => e.to === 'demand_features.validate_demand_raw')?.result).toBe('fail');
    expect(run.steps.find((s) => s.stepId === 'demand_features.train')?.state).toBe('not-run');
  });

  it('names a lineage cycle between the jobs of a pipeline', async () => {
    await expect(pipelines().getPipeline('loop', signal)).rejects.toThrow(
      /Marquez's lineage of pipeline "loop" cannot be drawn: The steps form a cycle: loop\.(first|second) → loop\.(first|second) → loop\./,
    );
  });

  it('reads schema, metrics and assertions from facets, and says what a missing or unknown facet hides', async () => {
    const versions = await pipelines().datasetVersions('demand_raw', signal);
    expect(versions[0]).toMatchObject({
      rowCount: 2_290_000,
      pipelineId: 'demand_features',
      inputs: [{ dataset: 'stores_export', version: 'c0ffee00-1111-4c3b-8f00-00000000b002' }],
    });
    expect(versions[0]?.columnStats.find((s) => s.column === 'store_id')?.nullCount).toBe(73_280);
    expect(versions[0]?.columns.find((c) => c.name === 'store_id')?.type).toBe('VARCHAR');
    expect(versions[1]?.columns.find((c) => c.name === 'store_id')?.type).toBe('INTEGER');
    expect(versions[1]?.notes).toContain(
      'The dataQualityMetrics facet of demand_raw version b1f7c2d4 is version 2-0-0; Sightline reads version 1-x-x of it, so it is not shown.',
    );
    const stores = await pipelines().datasetVersions('stores_export', signal);
    expect(stores[0]?.notes).toContain(
      'Marquez has no dataQualityMetrics facet for stores_export version c0ffee00: the job that wrote it does not emit one.',
    );
  });

  it('follows the lineage graph, cycle included, to the models downstream', async () => {
    const impact = await pipelines().impact({ dataset: 'demand_raw', version: 'current' }, signal);
    expect(impact.consumers.map((c) => c.model)).toEqual(['demand-forecast']);
    const trained = await pipelines().consumptions({ model: 'demand-forecast' }, signal);
    expect(trained).toEqual([
      {
        model: 'demand-forecast',
        modelVersion: '6',
        use: 'training',
        dataset: { dataset: 'demand_features', version: 'f0000000-0000-4000-8000-000000000041' },
      },
    ]);
  });

  it('says when a listing is longer than it will read', async () => {
    await expect(pipelines({ pageSize: 2, maxPages: 2 }).listPipelines(signal)).rejects.toThrow(
      'Marquez lists 7 items at /namespaces/supply_chain/jobs; Sightline reads at most 4 (2 pages of 2).',
    );
  });

  it("passes on Marquez's own words for an unknown namespace", async () => {
    await expect(pipelines({ namespace: 'nope' }).listPipelines(signal)).rejects.toThrow(
      "Marquez answered 404 to GET /namespaces/nope/jobs: Marquez said: Namespace 'nope' not found.",
    );
  });

  it('names the field of a payload that is not Marquez’s shape', async () => {
    server.use(
      http.get(`${MARQUEZ_TEST_URL}/api/v1/namespaces/supply_chain/jobs`, () =>
        HttpResponse.json({ jobs: [], totalCount: 'seven' }),
      ),
    );
    await expect(pipelines().listPipelines(signal)).rejects.toMatchObject({
      kind: 'schema',
      field: 'totalCount',
    });
  });

  it('is the source the app builds for a marquez connection, misconfigured ones naming the field', async () => {
    const built = createSource({
      id: 'm',
      kind: 'marquez',
      url: MARQUEZ_TEST_URL,
      options: { namespace: 'supply_chain' },
    });
    expect(Object.keys(built.capabilities)).toEqual(['pipelines']);
    const bad = source({ lineageDepth: 0 });
    await expect(bad.capabilities.pipelines!.listPipelines(signal)).rejects.toMatchObject({
      field: 'options.lineageDepth',
    });
  });
});
