import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMarquezServer, MARQUEZ_TEST_URL } from '../../mocks/marquez/node';
import { createMarquezSource } from './marquez-source';

const server = createMarquezServer();
const signal = new AbortController().signal;
const check = (namespace = 'supply_chain', url = MARQUEZ_TEST_URL) =>
  createMarquezSource({ id: 'm', kind: 'marquez', name: 'Marquez', url, options: { namespace } }).check(
    signal,
  );

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('Marquez Test connection', () => {
  it('passes when the namespace exists, with the API path pasted or not', async () => {
    expect((await check()).summary).toBe(
      'Connected to Marquez at http://marquez.test; namespace "supply_chain" found among 2.',
    );
    expect((await check('supply_chain', `${MARQUEZ_TEST_URL}/api/v1/`)).ok).toBe(true);
  });

  it('lists the namespaces there are when the configured one is not', async () => {
    const result = await check('default');
    expect(result.ok).toBe(false);
    expect(result.summary).toBe(
      'Marquez at http://marquez.test has no namespace "default"; it has supply_chain, models.',
    );
  });

  it('explains an unreachable server and a web page where the API should be', async () => {
    server.use(http.get(`${MARQUEZ_TEST_URL}/api/v1/namespaces`, () => HttpResponse.error()));
    expect((await check()).summary).toContain('through the same origin');
    server.use(
      http.get(`${MARQUEZ_TEST_URL}/api/v1/namespaces`, () => HttpResponse.json({ hello: 'world' })),
    );
    expect((await check()).summary).toContain('before /api/v1');
  });
});
