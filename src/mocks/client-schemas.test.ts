import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorWire } from '../sources/rest/schemas';
import { createDemoServer } from './node';
import { scenarioHandlers } from './scenarios';
import { CLIENT_SCHEMAS } from './testing/client-schemas';
import { tourDemo } from './testing/demo-tour';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const server = createDemoServer({ now: NOW });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("the client's zod schemas", () => {
  it('accept every answer of the demo, errors included', async () => {
    const failures = (await tourDemo()).flatMap((stop) => {
      // 2xx: a note answers 201 when new and 200 when its clientId was seen.
      const schema = stop.status < 300 ? CLIENT_SCHEMAS[stop.operationId] : errorWire;
      const parsed = schema?.safeParse(stop.body);
      return parsed?.success
        ? []
        : [`${stop.route}: ${parsed?.error.issues[0]?.path.join('.') ?? 'no schema'}`];
    });

    expect(failures).toEqual([]);
  });

  it('reject every answer of the malformed scenario and name the field', async () => {
    server.use(...scenarioHandlers('malformed', { now: NOW }));
    const stops = (await tourDemo()).filter((stop) => stop.status === 200);

    for (const stop of stops) {
      const parsed = CLIENT_SCHEMAS[stop.operationId]?.safeParse(stop.body);
      expect(parsed?.success, stop.route).toBe(false);
      expect(parsed?.error?.issues[0]?.path.length, stop.route).toBeGreaterThan(0);
    }
  });
});
