import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDetail } from '../../domain/model';
import { createDemoServer } from '../../mocks/node';
import { FACTS_NOW, MODEL_FACTS } from '../../mocks/testing/parity/registry-facts';
import { DEMO_CONFIG } from '../connection-config';
import { createSource } from '../select-source';

/**
 * The parity facts take their models from the demo's story: what the built-in demo serves for
 * those models must say the same, so that parity with MLflow is parity with the demo.
 */

const server = createDemoServer({ now: FACTS_NOW });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const demo = createSource(DEMO_CONFIG.connections[0]!).capabilities.registry!;
const signal = () => new AbortController().signal;

/** What the story fixes; the demo adds generated detail (more versions, tags, drift) around it. */
const STORY_FIELDS = [
  'name',
  'team',
  'owner',
  'task',
  'stage',
  'productionVersion',
  'latestVersion',
  'health',
  'lastDeployedAt',
  'updatedAt',
  'description',
] as const satisfies readonly (keyof ModelDetail)[];

const storyOf = (model: ModelDetail) =>
  Object.fromEntries(STORY_FIELDS.map((field) => [field, model[field]]));

describe('the facts agree with the demo', () => {
  it.each(MODEL_FACTS.map((f) => [f.model.name, f] as const))('on %s', async (name, facts) => {
    const [model, versions] = await Promise.all([
      demo.getModel(name, signal()),
      demo.listVersions(name, signal()),
    ]);
    expect(storyOf(model)).toEqual(storyOf(facts.model));
    expect(model.tags).toMatchObject(facts.model.tags);
    const production = facts.versions.find((v) => v.stage === 'production')!;
    const served = versions.find((v) => v.version === production.version);
    expect(served).toMatchObject({
      stage: 'production',
      createdAt: production.createdAt,
      updatedAt: production.updatedAt,
    });
    // The newest version was registered when the story says.
    expect(versions[0]).toMatchObject({
      version: facts.versions[0]?.version,
      createdAt: facts.versions[0]?.createdAt,
    });
  });
});
