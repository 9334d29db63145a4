import { describe, expect, it } from 'vitest';
import { downstreamImpact, upstreamOf } from './impact';
import type { Consumption, DatasetVersionInfo } from './types';

const version = (
  dataset: string,
  v: string,
  inputs: [string, string][] = [],
  runId?: string,
): DatasetVersionInfo => ({
  dataset,
  version: v,
  createdAt: 0,
  runId,
  columns: [],
  columnStats: [],
  checks: [],
  inputs: inputs.map(([d, x]) => ({ dataset: d, version: x })),
});

const versions = [
  version('stores_export', 'v41', [], 'run-export'),
  version('demand_raw', 'v12', [['stores_export', 'v41']], 'run-ingest'),
  version('demand_features', 'v9', [['demand_raw', 'v12']], 'run-features'),
  version('stores_export', 'v40'),
];
const consumptions: Consumption[] = [
  {
    model: 'demand-forecast',
    modelVersion: '9',
    use: 'training',
    dataset: { dataset: 'demand_features', version: 'v9' },
  },
  {
    model: 'demand-forecast',
    modelVersion: '10',
    use: 'training',
    dataset: { dataset: 'demand_features', version: 'v9' },
  },
  {
    model: 'price-elasticity',
    modelVersion: '3',
    use: 'evaluation',
    dataset: { dataset: 'demand_raw', version: 'v12' },
  },
  {
    model: 'churn',
    modelVersion: '1',
    use: 'training',
    dataset: { dataset: 'stores_export', version: 'v40' },
  },
];

describe('impact', () => {
  it('follows a dataset version downstream to the model versions that read what came of it', () => {
    const impact = downstreamImpact({ dataset: 'stores_export', version: 'v41' }, versions, consumptions);
    expect(impact.datasets.map((d) => `${d.dataset}@${d.version}`)).toEqual([
      'stores_export@v41',
      'demand_raw@v12',
      'demand_features@v9',
    ]);
    expect(impact.consumers.map((c) => `${c.model} v${c.modelVersion}`)).toEqual([
      'demand-forecast v10',
      'demand-forecast v9',
      'price-elasticity v3',
    ]);
  });

  it('goes back from a model version to its datasets and the runs that wrote them', () => {
    const back = upstreamOf('demand-forecast', '9', versions, consumptions);
    expect(back.datasets.map((d) => d.dataset)).toEqual(['demand_features', 'demand_raw', 'stores_export']);
    expect(back.runIds).toEqual(['run-features', 'run-ingest', 'run-export']);
  });
});
