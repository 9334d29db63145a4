/**
 * Payloads in Marquez's API v1 wire format, written after Marquez's own API docs and
 * OpenLineage's facet schemas (spec/facets/*.json): what a Marquez fed by Airflow's
 * OpenLineage provider answers for a small supply-chain namespace. Times are ISO strings,
 * ids UUIDs, facets carry `_producer` and `_schemaURL`.
 */

export const NAMESPACE = 'supply_chain';
const PRODUCER = 'https://github.com/apache/airflow/tree/providers-openlineage/1.14.0';
const facet = (name: string, version = '1-0-1') => ({
  _producer: PRODUCER,
  _schemaURL: `https://openlineage.io/spec/facets/${version}/${name}.json`,
});
const ds = (name: string, namespace = NAMESPACE) => ({ namespace, name });

const run = (
  id: string,
  state: string,
  startedAt: string | null,
  endedAt: string | null,
  extra: Record<string, unknown> = {},
) => ({
  id,
  createdAt: startedAt ?? '2026-11-29T02:00:00.000Z',
  updatedAt: endedAt ?? startedAt ?? '2026-11-29T02:00:00.000Z',
  nominalStartTime: '2026-11-29T02:00:00Z',
  nominalEndTime: null,
  state,
  startedAt,
  endedAt,
  durationMs: startedAt && endedAt ? Date.parse(endedAt) - Date.parse(startedAt) : null,
  args: {},
  jobVersion: null,
  inputDatasetVersions: [],
  outputDatasetVersions: [],
  context: {},
  facets: {},
  ...extra,
});

const NULL_STORE_ASSERTIONS = {
  ...facet('DataQualityAssertionsDatasetFacet', '1-0-0'),
  assertions: [
    { assertion: 'not_null', success: false, column: 'store_id' },
    { assertion: 'row_count_between', success: true },
  ],
};

const job = (
  name: string,
  inputs: string[],
  outputs: { name: string; namespace?: string }[],
  latestRun: unknown,
) => ({
  id: ds(name),
  type: 'BATCH',
  name,
  simpleName: name.split('.').at(-1),
  parentJobName: null,
  createdAt: '2026-10-01T02:00:00.000Z',
  updatedAt: '2026-11-29T02:30:00.000Z',
  namespace: NAMESPACE,
  inputs: inputs.map((i) => ds(i)),
  outputs: outputs.map((o) => ds(o.name, o.namespace)),
  location: null,
  description: null,
  facets: {},
  currentVersion: null,
  latestRun,
});

export const JOBS = [
  job(
    'demand_features.extract_stores',
    [],
    [{ name: 'stores_export' }],
    run(
      '5b0c0a7e-0001-4e2a-9d55-000000000001',
      'COMPLETED',
      '2026-11-29T02:00:00.000Z',
      '2026-11-29T02:04:00.000Z',
    ),
  ),
  job(
    'demand_features.join_store_sales',
    ['stores_export'],
    [{ name: 'demand_raw' }],
    run(
      '5b0c0a7e-0002-4e2a-9d55-000000000002',
      'COMPLETED',
      '2026-11-29T02:04:10.000Z',
      '2026-11-29T02:13:00.000Z',
    ),
  ),
  job(
    'demand_features.validate_demand_raw',
    ['demand_raw'],
    [],
    run(
      '5b0c0a7e-0003-4e2a-9d55-000000000003',
      'FAILED',
      '2026-11-29T02:13:05.000Z',
      '2026-11-29T02:16:00.000Z',
      {
        inputDatasetVersions: [
          {
            datasetVersionId: {
              namespace: NAMESPACE,
              name: 'demand_raw',
              version: 'b1f7c2d4-6a1e-4c3b-8f00-00000000a002',
            },
            facets: { dataQualityAssertions: NULL_STORE_ASSERTIONS },
          },
        ],
      },
    ),
  ),
  job(
    'demand_features.build_features',
    ['demand_raw', 'demand_features'],
    [{ name: 'demand_features' }],
    null,
  ),
  job('demand_features.train', ['demand_features'], [{ name: 'demand-forecast', namespace: 'models' }], null),
  job('loop.first', ['loop_b'], [{ name: 'loop_a' }], null),
  job('loop.second', ['loop_a'], [{ name: 'loop_b' }], null),
];

const STORES_V1_FIELDS = [
  { name: 'store_id', type: 'INTEGER', tags: [], description: null },
  { name: 'region', type: 'VARCHAR', tags: [], description: null },
];

const datasetVersion = (
  name: string,
  version: string,
  createdAt: string,
  facets: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  id: ds(name),
  type: 'DB_TABLE',
  name,
  physicalName: `warehouse.${name}`,
  createdAt,
  version,
  namespace: NAMESPACE,
  sourceName: 'warehouse',
  fields: [],
  tags: [],
  lifecycleState: null,
  description: null,
  createdByRun: null,
  facets,
  ...extra,
});

export const DATASET_VERSIONS: Record<string, unknown[]> = {
  demand_raw: [
    datasetVersion(
      'demand_raw',
      'b1f7c2d4-6a1e-4c3b-8f00-00000000a002',
      '2026-11-29T02:13:00.000Z',
      {
        schema: {
          ...facet('SchemaDatasetFacet'),
          fields: [
            { name: 'sku', type: 'VARCHAR' },
            { name: 'store_id', type: 'VARCHAR' },
            { name: 'units_sold', type: 'INTEGER' },
          ],
        },
        dataQualityMetrics: {
          ...facet('DataQualityMetricsInputDatasetFacet', '1-0-2'),
          rowCount: 2_290_000,
          bytes: 91_600_000,
          columnMetrics: {
            store_id: { nullCount: 73_280, distinctCount: 1_790 },
            units_sold: { nullCount: 0, distinctCount: 412, min: 0, max: 1_870, quantiles: { '0.5': 31 } },
          },
        },
        dataQualityAssertions: NULL_STORE_ASSERTIONS,
        columnLineage: {
          ...facet('ColumnLineageDatasetFacet', '1-0-1'),
          fields: {
            store_id: {
              inputFields: [{ namespace: NAMESPACE, name: 'stores_export', field: 'store_id' }],
              transformationDescription: 'joined on store code',
            },
          },
        },
      },
      {
        createdByRun: run(
          '5b0c0a7e-0002-4e2a-9d55-000000000002',
          'COMPLETED',
          '2026-11-29T02:04:10.000Z',
          '2026-11-29T02:13:00.000Z',
          {
            inputDatasetVersions: [
              {
                datasetVersionId: {
                  namespace: NAMESPACE,
                  name: 'stores_export',
                  version: 'c0ffee00-1111-4c3b-8f00-00000000b002',
                },
                facets: {},
              },
            ],
            facets: {
              parent: {
                ...facet('ParentRunFacet'),
                job: { namespace: NAMESPACE, name: 'demand_features.join_store_sales' },
              },
            },
          },
        ),
      },
    ),
    datasetVersion(
      'demand_raw',
      'b1f7c2d4-6a1e-4c3b-8f00-00000000a001',
      '2026-11-20T02:13:00.000Z',
      {
        dataQualityMetrics: { ...facet('DataQualityMetricsInputDatasetFacet', '2-0-0'), rowCount: 2_280_000 },
      },
      {
        fields: [
          { name: 'sku', type: 'VARCHAR' },
          { name: 'store_id', type: 'INTEGER' },
          { name: 'units_sold', type: 'INTEGER' },
        ],
      },
    ),
  ],
  stores_export: [
    datasetVersion('stores_export', 'c0ffee00-1111-4c3b-8f00-00000000b002', '2026-11-29T02:04:00.000Z', {
      schema: {
        ...facet('SchemaDatasetFacet'),
        fields: [
          { name: 'store_id', type: 'VARCHAR' },
          { name: 'store_code', type: 'VARCHAR' },
        ],
      },
    }),
    datasetVersion(
      'stores_export',
      'c0ffee00-1111-4c3b-8f00-00000000b001',
      '2026-11-20T02:04:00.000Z',
      {},
      { fields: STORES_V1_FIELDS },
    ),
  ],
};

export const DATASETS = Object.entries(DATASET_VERSIONS).map(([name, versions]) => {
  const newest = versions[0] as { createdAt: string; version: string; facets: Record<string, unknown> };
  return {
    id: ds(name),
    type: 'DB_TABLE',
    name,
    physicalName: `warehouse.${name}`,
    createdAt: '2026-10-01T02:00:00.000Z',
    updatedAt: newest.createdAt,
    namespace: NAMESPACE,
    sourceName: 'warehouse',
    fields: [],
    tags: [],
    lastModifiedAt: newest.createdAt,
    lastLifecycleState: null,
    description: null,
    currentVersion: newest.version,
    columnLineage: null,
    facets: newest.facets,
    deleted: false,
  };
});

export const MODEL_DATASETS = [
  {
    ...DATASETS[0],
    id: ds('demand-forecast', 'models'),
    name: 'demand-forecast',
    namespace: 'models',
    facets: {},
  },
];
export const MODEL_VERSIONS = {
  'demand-forecast': [
    datasetVersion(
      'demand-forecast',
      '7e57ab1e-0000-4000-8000-000000000006',
      '2026-10-19T04:00:00.000Z',
      {
        version: { ...facet('DatasetVersionDatasetFacet'), datasetVersion: '6' },
      },
      {
        namespace: 'models',
        id: ds('demand-forecast', 'models'),
        createdByRun: run(
          '5b0c0a7e-0006-4e2a-9d55-000000000006',
          'COMPLETED',
          '2026-10-19T03:00:00.000Z',
          '2026-10-19T04:00:00.000Z',
          {
            inputDatasetVersions: [
              {
                datasetVersionId: {
                  namespace: NAMESPACE,
                  name: 'demand_features',
                  version: 'f0000000-0000-4000-8000-000000000041',
                },
                facets: {},
              },
            ],
          },
        ),
      },
    ),
  ],
};

const node = (id: string, type: 'JOB' | 'DATASET', inIds: string[], outIds: string[]) => ({
  id,
  type,
  data: {},
  inEdges: inIds.map((origin) => ({ origin, destination: id })),
  outEdges: outIds.map((destination) => ({ origin: id, destination })),
});

/** `GET /api/v1/lineage?nodeId=dataset:supply_chain:demand_raw&depth=20`: build_features reads its own output, a cycle. */
export const LINEAGE = {
  graph: [
    node(
      'dataset:supply_chain:demand_raw',
      'DATASET',
      ['job:supply_chain:demand_features.join_store_sales'],
      [
        'job:supply_chain:demand_features.validate_demand_raw',
        'job:supply_chain:demand_features.build_features',
      ],
    ),
    node(
      'job:supply_chain:demand_features.build_features',
      'JOB',
      ['dataset:supply_chain:demand_raw', 'dataset:supply_chain:demand_features'],
      ['dataset:supply_chain:demand_features'],
    ),
    node(
      'dataset:supply_chain:demand_features',
      'DATASET',
      ['job:supply_chain:demand_features.build_features'],
      ['job:supply_chain:demand_features.build_features', 'job:supply_chain:demand_features.train'],
    ),
    node(
      'job:supply_chain:demand_features.train',
      'JOB',
      ['dataset:supply_chain:demand_features'],
      ['dataset:models:demand-forecast'],
    ),
    node('dataset:models:demand-forecast', 'DATASET', ['job:supply_chain:demand_features.train'], []),
    node(
      'job:supply_chain:demand_features.validate_demand_raw',
      'JOB',
      ['dataset:supply_chain:demand_raw'],
      [],
    ),
  ],
};
