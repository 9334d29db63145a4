import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BASE_URL } from '../../sources/demo/demo-base-url';
import { createRestSource } from '../../sources/rest/rest-source';
import { isSourceError } from '../../sources/source-error';
import { createDemoHandlers } from '../demo-handlers';
import { createDemoServer } from '../node';
import { getDemo } from '../testing/demo-fetch';
import { flakyFault, type FlakyFault } from './flaky-faults';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const SEED = 42;
const server = createDemoServer({ now: NOW });
/** Short, so a request that never answers fails within the test; far longer than a healthy answer. */
const TIMEOUT_MS = 1_000;
const source = createRestSource({
  connectionId: 'demo',
  name: 'Demo',
  baseUrl: `${location.origin}${DEMO_BASE_URL}`,
  timeoutMs: TIMEOUT_MS,
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const flaky = (faultRate: number) =>
  createDemoHandlers({ fleetSize: 30, seed: SEED, now: NOW, scenario: 'flaky', faultRate });

/** What the client makes of each fault: the error kind it reports. */
const CLIENT_ERROR: Record<FlakyFault, string> = {
  '500': 'http',
  timeout: 'timeout',
  refused: 'network',
  malformed: 'schema',
};

describe('the flaky scenario', () => {
  it('answers normally at rate 0', async () => {
    server.use(...flaky(0));
    for (let i = 0; i < 20; i++) expect((await getDemo('/registry/summary')).status).toBe(200);
  });

  it('fails each request as its seeded plan says, and the client names every failure', async () => {
    server.use(...flaky(0.5));
    const registry = source.capabilities.registry;
    const seen = new Set<string>();
    // Enough requests to meet every fault; the plan is the pure function the handlers consult.
    for (let occurrence = 0; seen.size < 5; occurrence++) {
      const planned = flakyFault(SEED, 0.5, 'GET /registry/summary', occurrence);
      const outcome = await registry?.summary(new AbortController().signal).then(
        () => 'ok',
        (error: unknown) => {
          if (!isSourceError(error)) throw error;
          expect(error.message).toMatch(
            /^(Demo answered 500|Demo did not answer|Could not reach Demo|Demo sent)/,
          );
          // A broken payload is named by its field, as real backends' are.
          if (error.kind === 'schema') expect(error.field).toBe('totalModels');
          return error.kind;
        },
      );
      expect(outcome).toBe(planned ? CLIENT_ERROR[planned] : 'ok');
      seen.add(outcome ?? '');
    }
    expect([...seen].sort()).toEqual(['http', 'network', 'ok', 'schema', 'timeout']);
  });
});
