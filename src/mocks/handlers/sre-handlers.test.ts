import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer } from '../node';
import { getDemo, sendDemo } from '../testing/demo-fetch';

/** A story clock behind the wall clock, as in a live demo (whole hours) and in tests (a fixed day). */
const NOW = Date.UTC(2026, 10, 27, 12);
const MINUTE = 60_000;
const server = createDemoServer({ now: NOW });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type Json = Record<string, unknown>;
const json = (body: unknown): Json => body as Json;
const items = (body: unknown): Json[] => json(body).items as Json[];
const errorCode = (body: unknown): unknown => json(json(body).error).code;

async function p95(from: number, to: number): Promise<number[]> {
  const range = `start=${from / 1000}&end=${to / 1000}&step=60`;
  const { body } = await getDemo(`/metrics/serving?model=dynamic-pricing&signal=latency_p95&${range}`);
  const series = (json(body).series as { points: [number, number | null][] }[])[0]!;
  return series.points.map(([, v]) => v).filter((v): v is number => v !== null);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('the SRE routes of the demo', () => {
  it('serve the latency spike inside the incident, by the story clock, even when the wall clock is ahead', async () => {
    expect(Date.now()).toBeGreaterThan(NOW);
    const incident = json((await getDemo('/operations/incidents/INC-2041')).body);
    const deploy = (incident.events as Json[]).find((e) => e.kind === 'deploy')!;
    const deployedAt = Date.parse(String(deploy.at));
    const before = median(await p95(deployedAt - 60 * MINUTE, deployedAt - MINUTE));
    const inside = median(await p95(deployedAt + 5 * MINUTE, deployedAt + 55 * MINUTE));
    expect(inside / before).toBeGreaterThan(3.5);
    expect(inside / before).toBeLessThan(4.5);
  });

  it('roll back to the version the current one replaced, never to the one a rollback took out', async () => {
    // dynamic-pricing serves v13 after rolling back from v14; v13 had replaced v12.
    const first = await sendDemo('POST', '/operations/deployments/dynamic-pricing-production/rollback', {
      reason: 'Test',
    });
    expect(first.status).toBe(200);
    expect(json(first.body).message).toBe(
      'dynamic-pricing production now serves v12 (was v13) on 3 replicas.',
    );
    expect(json(first.body).event).toMatchObject({ action: 'rollback', fromVersion: '13', toVersion: '12' });

    const rollouts = items((await getDemo('/operations/models/dynamic-pricing/rollouts')).body);
    expect(rollouts[0]).toMatchObject({
      action: 'rollback',
      toVersion: '12',
      actor: 'you (demo)',
      note: 'Test',
    });
    const deployments = items((await getDemo('/operations/models/dynamic-pricing/deployments')).body);
    expect(deployments.find((d) => d.environment === 'production')).toMatchObject({ version: '12' });
  });

  it('keep a note once per clientId and incident: 201 when new, 200 with the first note on a retry', async () => {
    const note = { body: 'Looking at the shard logs.', author: 'SRE', clientId: 'c-1' };
    const created = await sendDemo('POST', '/operations/incidents/INC-2057/notes', note);
    const retried = await sendDemo('POST', '/operations/incidents/INC-2057/notes', {
      ...note,
      body: 'changed',
    });
    expect(created.status).toBe(201);
    expect(retried).toEqual({ status: 200, body: created.body });
    const elsewhere = await sendDemo('POST', '/operations/incidents/INC-2049/notes', note);
    expect(elsewhere.status).toBe(201);
    expect(json(elsewhere.body).incidentId).toBe('INC-2049');

    const notes = json((await getDemo('/operations/incidents/INC-2057')).body).notes as Json[];
    expect(notes.filter((n) => n.body === note.body)).toHaveLength(1);
  });

  it('refuse what cannot apply with the contract codes', async () => {
    const rollBack = (id: string, body: unknown) =>
      sendDemo('POST', `/operations/deployments/${id}/rollback`, body);
    const shift = (id: string, body: unknown) =>
      sendDemo('POST', `/operations/deployments/${id}/traffic`, body);
    const unknown = await rollBack('no-such-model-production', { reason: 'x' });
    expect([unknown.status, errorCode(unknown.body)]).toEqual([404, 'NOT_FOUND']);
    const first = await rollBack('similar-items-reranker-production', { reason: 'x' });
    expect([first.status, errorCode(first.body)]).toEqual([409, 'CONFLICT']);
    expect((await rollBack('search-ranker-production', { reason: ' ' })).status).toBe(400);
    const notCanary = await shift('search-ranker-production', { canaryPercent: 10, reason: 'x' });
    expect([notCanary.status, errorCode(notCanary.body)]).toEqual([409, 'CONFLICT']);
    expect((await shift('search-ranker-canary', { canaryPercent: 101, reason: 'x' })).status).toBe(400);
    expect((await getDemo('/operations/objectives?limit=0')).status).toBe(400);
    expect((await getDemo('/operations/objectives?limit=2.5')).status).toBe(400);
  });

  it("fire the search ranker's burn alert after its burn began", async () => {
    const incident = json((await getDemo('/operations/incidents/INC-2057')).body);
    const alerts = items((await getDemo('/alerts?model=search-ranker')).body);
    const burn = alerts.find((a) => a.name === 'ModelLatencySLOBurn')!;
    expect(Date.parse(String(burn.startsAt))).toBeGreaterThan(Date.parse(String(incident.startedAt)));
  });
});
