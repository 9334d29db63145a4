import { describe, expect, it } from 'vitest';
import { createDemoServer } from '../node';
import { getDemo, sendDemo } from '../testing/demo-fetch';
import { startDemoServer } from '../../test/demo-server';

startDemoServer();
const route = '/operations/models/churn-predictor/retraining';
const ask = { reason: 'Drift on tenure_months (PSI 0.31)', requestedBy: 'Data scientist (via Sightline)' };

describe('the demo retraining routes', () => {
  it('list a model’s requests, newest first, with the platform’s answer', async () => {
    const { status, body } = await getDemo(route);
    expect(status).toBe(200);
    expect(body).toMatchObject({ items: [{ status: 'completed', requestedBy: 'priya.natarajan' }] });
  });

  it('record a request and answer what the platform will do', async () => {
    const created = await sendDemo('POST', route, ask);
    expect(created).toMatchObject({
      status: 200,
      body: {
        modelName: 'churn-predictor',
        reason: ask.reason,
        status: 'accepted',
        message: expect.stringMatching(/production keeps serving v6/) as unknown,
      },
    });
    const { body } = await getDemo(route);
    expect((body as { items: { reason: string }[] }).items.map((r) => r.reason)[0]).toBe(ask.reason);
  });

  it('refuse an empty reason (400) and an unknown model (404)', async () => {
    expect((await sendDemo('POST', route, { ...ask, reason: '  ' })).status).toBe(400);
    expect((await sendDemo('POST', '/operations/models/nope/retraining', ask)).status).toBe(404);
    expect((await getDemo('/operations/models/nope/retraining')).status).toBe(404);
  });

  it('start empty for each server: requests never leak between test files or page loads', () => {
    const other = createDemoServer();
    expect(other).not.toBeUndefined();
    // A fresh set of handlers builds a fresh store; see createRetrainingStore.
  });
});
