import { sendDemo } from './demo-fetch';
import type { TourVisit } from './sre-tour';

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;

const HASH = 'a'.repeat(64);

/** The delivery part of the tour: the event log paged to its end for one model, its refusals, and evidence packs. */
export async function tourDelivery(visit: TourVisit, names: readonly string[]): Promise<void> {
  await visit('listRegistryEvents', '/delivery/events?limit=50');
  const model = encodeURIComponent(names[0] ?? 'churn-predictor');
  let cursor: string | undefined;
  do {
    const page = await visit(
      'listRegistryEvents',
      `/delivery/events?model=${model}&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    const next = field(page, 'nextCursor');
    cursor = typeof next === 'string' ? next : undefined;
  } while (cursor);
  await visit('listRegistryEvents', '/delivery/events?limit=0');
  await visit('listRegistryEvents', '/delivery/events?cursor=not-a-cursor');
  await visit('listRegistryEvents', '/delivery/events?model=no-such-model');

  const draft = {
    modelName: names[0] ?? 'churn-predictor',
    modelVersion: '1',
    generatedAt: '2026-11-29T12:00:00.000Z',
    window: { from: '2026-08-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
    contentHash: HASH,
    content: '{"sections":[]}',
  };
  const route = '/evidence/packs';
  const stored = await visit('createEvidencePack', route, () => sendDemo('POST', route, draft));
  // A retried save stores nothing and answers 200 with the pack first stored.
  await visit('createEvidencePack', route, () => sendDemo('POST', route, draft));
  await visit('createEvidencePack', route, () =>
    sendDemo('POST', route, { ...draft, contentHash: 'not-hex' }),
  );
  const id = field(stored, 'id');
  if (typeof id === 'string') await visit('getEvidencePack', `/evidence/packs/${encodeURIComponent(id)}`);
  await visit('getEvidencePack', '/evidence/packs/no-such-pack');
}
