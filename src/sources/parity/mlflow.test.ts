import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetFacets, ModelQuery } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';
import { MODEL_FACTS } from '../../mocks/testing/parity/registry-facts';
import { MLFLOW_PARITY_URL, mlflowHandlers } from '../../mocks/testing/parity/serve-mlflow';
import { REST_TEST_URL, restHandlers } from '../../mocks/testing/parity/serve-rest';
import type { Registry } from '../capabilities';
import { DEFAULT_MLFLOW_OPTIONS } from '../mlflow/options';
import { createSource } from '../select-source';

/**
 * The same registry facts (mocks/testing/parity/registry-facts.ts), served as the Sightline contract the
 * demo's way and as MLflow's REST API, read through the real source factory: both sources must
 * return equal domain objects.
 */

const server = setupServer(...restHandlers(), ...mlflowHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function registryOf(kind: 'sightline' | 'mlflow', url: string): Registry {
  const registry = createSource({ id: kind, kind, url }).capabilities.registry;
  if (!registry) throw new Error(`A ${kind} connection answers no registry.`);
  return registry;
}
const rest = registryOf('sightline', REST_TEST_URL);
const mlflow = registryOf('mlflow', MLFLOW_PARITY_URL);
const signal = () => new AbortController().signal;

/**
 * What MLflow cannot say, and only that, taken out of both sides so the rest must match:
 * - `openAlerts`: the registry never counts alerts on MLflow (the alerts capability does);
 * - `tags`: MLflow keeps team, owner, task and health in tags (the connection's options name
 *   them), and the source shows them among the model's tags, as MLflow's own UI does;
 * - `lastDeployedAt` in a listing: `registered-models/search` returns only the newest version
 *   per stage, so when the production alias is on an older version the list has no deploy time;
 *   the model's own page looks the alias up (`getModel` does).
 */
const { teamTag, ownerTag, taskTag, healthTag, healthReasonTag, productionAlias } = DEFAULT_MLFLOW_OPTIONS;
const MLFLOW_MODEL_TAGS = new Set([teamTag, ownerTag, taskTag, healthTag, healthReasonTag]);
const isModelTag = (tag: string): boolean => MLFLOW_MODEL_TAGS.has(tag.split('=')[0] ?? tag);

function withoutBackendDifferences<T extends ModelSummary>(model: T, listed = false): T {
  const tags = Object.fromEntries(Object.entries(model.tags).filter(([key]) => !isModelTag(key)));
  const aliasOnOlder = model.aliases.some(
    (a) => a.alias === productionAlias && a.version !== model.latestVersion,
  );
  return {
    ...model,
    openAlerts: 0,
    tags,
    lastDeployedAt: listed && aliasOnOlder ? undefined : model.lastDeployedAt,
  };
}
const facetsWithoutModelTags = (facets: FleetFacets): FleetFacets => ({
  ...facets,
  tags: facets.tags.filter((tag) => !isModelTag(tag)),
});

const byName: ModelQuery = { sort: { field: 'name', direction: 'asc' }, limit: 50 };

describe('the registry, from the Sightline contract and from MLflow', () => {
  it('lists the same models in the same order', async () => {
    const [fromRest, fromMlflow] = await Promise.all([
      rest.listModels(byName, signal()),
      mlflow.listModels(byName, signal()),
    ]);
    expect(fromRest.items.map((m) => m.name)).toEqual(
      MODEL_FACTS.map((f) => f.model.name).sort((a, b) => a.localeCompare(b)),
    );
    expect(fromMlflow.items.map((m) => withoutBackendDifferences(m, true))).toEqual(
      fromRest.items.map((m) => withoutBackendDifferences(m, true)),
    );
    // MLflow does not count matches; the contract does.
    expect(fromRest.total).toBe(MODEL_FACTS.length);
    expect(fromMlflow.total).toBeUndefined();
  });

  it('offers the same teams and tags to filter by', async () => {
    const [fromRest, fromMlflow] = await Promise.all([rest.facets(signal()), mlflow.facets(signal())]);
    expect(fromRest.teams).toEqual(MODEL_FACTS.map((f) => f.model.team).sort());
    expect(facetsWithoutModelTags(fromMlflow)).toEqual(fromRest);
  });

  it.each(MODEL_FACTS.map((f) => [f.model.name, f] as const))(
    'returns the same detail of %s',
    async (name, facts) => {
      const [fromRest, fromMlflow] = await Promise.all([
        rest.getModel(name, signal()),
        mlflow.getModel(name, signal()),
      ]);
      expect(fromRest).toEqual(facts.model);
      expect(withoutBackendDifferences(fromMlflow)).toEqual(withoutBackendDifferences(fromRest));
    },
  );

  it.each(MODEL_FACTS.map((f) => [f.model.name, f] as const))(
    'returns the same versions of %s, newest first, with their runs’ metrics',
    async (name, facts) => {
      const [fromRest, fromMlflow] = await Promise.all([
        rest.listVersions(name, signal()),
        mlflow.listVersions(name, signal()),
      ]);
      expect(fromRest).toEqual(facts.versions);
      expect(fromMlflow).toEqual(fromRest);
    },
  );

  it.each(MODEL_FACTS.flatMap((f) => f.runs).map((r) => [r.id, r] as const))(
    'returns the same training run %s',
    async (id, run) => {
      const [fromRest, fromMlflow] = await Promise.all([
        rest.getRun(id, signal()),
        mlflow.getRun(id, signal()),
      ]);
      expect(fromRest).toEqual(run);
      expect(fromMlflow).toEqual(fromRest);
    },
  );
});
