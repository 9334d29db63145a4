import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer } from './node';
import { scenarioHandlers } from './scenarios';
import { tourDemo, type TourStop } from './testing/demo-tour';
import { loadContract } from './testing/openapi-validator';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const server = createDemoServer({ now: NOW });
const contract = loadContract();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function contractErrors(stop: TourStop): string | undefined {
  const validate = contract.response(stop.operationId, stop.status);
  if (validate(stop.body)) return undefined;
  return `${stop.route} (${stop.status}): ${JSON.stringify(validate.errors?.slice(0, 3))}`;
}

describe('the demo speaks contract/openapi.yaml', () => {
  it('answers every operation with a body that fits its documented schema', async () => {
    const stops = await tourDemo();

    expect(new Set(stops.map((s) => s.operationId))).toEqual(new Set(contract.operationIds));
    expect(stops.map(contractErrors).filter(Boolean)).toEqual([]);
    // The tour reached the success and the error answers of each kind.
    const statuses = new Set(stops.map((s) => `${s.operationId} ${s.status}`));
    const sre = [
      ...['listRollouts 200', 'listRollouts 404', 'listObjectives 400', 'listObjectives 404'],
      ...['getIncident 200', 'getIncident 404', 'updateIncident 200', 'updateIncident 400'],
      ...['addIncidentNote 201', 'addIncidentNote 200', 'addIncidentNote 400', 'addIncidentNote 404'],
      ...[
        'rollBackDeployment 200',
        'rollBackDeployment 400',
        'rollBackDeployment 404',
        'rollBackDeployment 409',
      ],
      ...['shiftTraffic 200', 'shiftTraffic 400', 'shiftTraffic 409', 'getServingMetrics 200'],
      ...['getServingMetrics 400', 'getServingMetrics 404', 'listAlerts 200', 'listSilences 200'],
      'getAlertHistory 200',
    ];
    for (const expected of [
      'listModels 200',
      'listModels 400',
      'getModel 404',
      'getRun 200',
      'getRun 404',
      ...sre,
    ]) {
      expect(statuses).toContain(expected);
    }
  });

  it('documents the errors of a backend that is down', async () => {
    server.use(...scenarioHandlers('backend-down'));
    const stops = await tourDemo();

    expect(stops.every((s) => s.status === 503)).toBe(true);
    expect(stops.map(contractErrors).filter(Boolean)).toEqual([]);
  });

  it('fails validation in the malformed scenario, for every operation', async () => {
    server.use(...scenarioHandlers('malformed', { now: NOW }));
    const stops = (await tourDemo()).filter((s) => s.status === 200);

    expect(new Set(stops.map((s) => s.operationId))).toEqual(new Set(contract.operationIds));
    for (const stop of stops) expect(contractErrors(stop), stop.route).toBeDefined();
  });
});
