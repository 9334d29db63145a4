import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_FACTS } from '../../mocks/testing/parity/registry-facts';
import {
  HISTORY_WINDOW,
  SERIES_FACTS,
  SERIES_WINDOW,
  STEP_SECONDS,
} from '../../mocks/testing/parity/observability-facts';
import { REST_TEST_URL, restHandlers } from '../../mocks/testing/parity/serve-rest';
import { loadContract } from '../../mocks/testing/openapi-validator';

/** The parity tests' Sightline server must speak contract/openapi.yaml, or its parity proves nothing. */

const server = setupServer(...restHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
const contract = loadContract();

const [first] = MODEL_FACTS;
const [series] = SERIES_FACTS;
const run = first?.runs[0];
const seconds = (ms: number): string => String(ms / 1000);

const ROUTES: [operationId: string, route: string][] = [
  ['listModels', '/registry/models?sort=name&order=asc&limit=50'],
  ['getFacets', '/registry/facets'],
  ['getModel', `/registry/models/${first?.model.name ?? ''}`],
  ['listModelVersions', `/registry/models/${first?.model.name ?? ''}/versions`],
  ['getRun', `/registry/runs/${run?.id ?? ''}`],
  [
    'getServingMetrics',
    `/metrics/serving?${new URLSearchParams({
      model: series?.target.model ?? '',
      deployment: series?.target.deployment ?? '',
      signal: series?.signal ?? '',
      start: seconds(SERIES_WINDOW.from),
      end: seconds(SERIES_WINDOW.to),
      step: String(STEP_SECONDS),
    }).toString()}`,
  ],
  ['listAlerts', '/alerts'],
  [
    'getAlertHistory',
    `/alerts/history?start=${new Date(HISTORY_WINDOW.from).toISOString()}&end=${new Date(HISTORY_WINDOW.to).toISOString()}`,
  ],
];

describe('the facts, as the Sightline contract', () => {
  it.each(ROUTES)('answer %s with a body its schema accepts', async (operationId, route) => {
    const response = await fetch(`${REST_TEST_URL}${route}`);
    expect(response.status).toBe(200);
    const validate = contract.response(operationId, 200);
    const body: unknown = await response.json();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
  });
});
