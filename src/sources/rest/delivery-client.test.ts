import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo-server';
import { DEMO_BASE_URL } from '../demo/demo-base-url';
import { createRestSource } from './rest-source';

const server = startDemoServer();
const delivery = createRestSource({
  connectionId: 'demo',
  name: 'Demo',
  baseUrl: `${location.origin}${DEMO_BASE_URL}`,
}).capabilities.delivery!;
const signal = new AbortController().signal;

const draft = {
  modelName: 'churn-predictor',
  modelVersion: '6',
  generatedAt: Date.UTC(2026, 10, 27),
  window: { from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1) },
  contentHash: 'b'.repeat(64),
  content: '{"summary":"All well."}',
};

describe('the REST delivery client against the demo', () => {
  it('reads one model’s event log to its end, oldest first', async () => {
    const log = await delivery.registryEvents({ model: 'dynamic-pricing' }, signal);
    expect(log.truncated).toBe(false);
    expect(log.events).toHaveLength(log.total ?? -1);
    expect(log.events.every((e, i, all) => i === 0 || all[i - 1]!.at <= e.at)).toBe(true);
    expect(log.events.some((e) => e.kind === 'rolled-back' && e.version === '14')).toBe(true);
  });

  it('stores an evidence pack and re-opens it unchanged', async () => {
    const stored = await delivery.saveEvidencePack(draft, signal);
    const again = await delivery.getEvidencePack(stored.id, signal);
    expect(again).toEqual(stored);
    expect(again).toMatchObject(draft);
  });

  it('names the field when the log does not fit the contract', async () => {
    server.use(
      http.get(`*${DEMO_BASE_URL}/delivery/events`, () =>
        HttpResponse.json({
          items: [
            { id: '1', kind: 'promoted', modelName: 'm', team: 't', version: '1', at: 'x', actor: 'a' },
          ],
        }),
      ),
    );
    await expect(delivery.registryEvents({}, signal)).rejects.toThrow(/items\.0\.(kind|at)/);
  });

  it('says an unknown pack is not there', async () => {
    await expect(delivery.getEvidencePack('EP-9999', signal)).rejects.toThrow(
      /No evidence pack has the id "EP-9999"/,
    );
  });
});
