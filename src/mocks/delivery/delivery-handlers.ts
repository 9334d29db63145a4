import { http, HttpResponse, type HttpHandler } from 'msw';
import type { RegistryEvent } from '../../domain/delivery/events';
import {
  evidencePackDraftWire,
  type EvidencePackWire,
  type RegistryEventWire,
} from '../../sources/rest/delivery-schemas';
import type { DemoFleet } from '../fleet/fleet';
import { decodeCursor, encodeCursor } from '../fleet/cursor';
import { demoPath } from '../handlers/demo-path';
import { errorResponse } from '../handlers/error-response';
import { seedIncidents } from '../operations/incidents';
import { fleetEventLog } from './event-log';
import { createEvidenceStore } from './evidence-store';

const iso = (at: number): string => new Date(at).toISOString();
const MAX_LIMIT = 1000;

export function registryEventToWire(e: RegistryEvent): RegistryEventWire {
  const { at, runEndedAt, ...rest } = e;
  return { ...rest, at: iso(at), runEndedAt: runEndedAt === undefined ? undefined : iso(runEndedAt) };
}

/** `/delivery/events` (the registry's event log, newest first, paged) and `/evidence/packs`. */
export function deliveryHandlers(fleet: DemoFleet): HttpHandler[] {
  let log: RegistryEvent[] | undefined;
  const events = (): RegistryEvent[] => (log ??= fleetEventLog(fleet, seedIncidents(fleet)));
  const store = createEvidenceStore(fleet.options.now);
  const packToWire = (id: string): EvidencePackWire | undefined => {
    const pack = store.get(id);
    if (!pack) return undefined;
    const { generatedAt, storedAt, window, ...rest } = pack;
    return {
      ...rest,
      generatedAt: iso(generatedAt),
      storedAt: iso(storedAt),
      window: { from: iso(window.from), to: iso(window.to) },
    };
  };
  return [
    http.get(demoPath('/delivery/events'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const model = params.get('model') ?? undefined;
      const limitText = params.get('limit') ?? '100';
      const limit = Number(limitText);
      if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_LIMIT)
        return errorResponse(
          400,
          'INVALID_PARAMETER',
          `limit must be a whole number from 1 to ${MAX_LIMIT}.`,
        );
      if (model !== undefined && !fleet.findPlan(model))
        return errorResponse(404, 'NOT_FOUND', `No registered model is named "${model}".`);
      const key = `events|${model ?? ''}`;
      const cursor = params.get('cursor');
      let offset = 0;
      if (cursor) {
        const decoded = decodeCursor(cursor, key);
        if (!decoded.ok) return errorResponse(400, 'INVALID_CURSOR', decoded.message);
        offset = decoded.offset;
      }
      const matching = model ? events().filter((e) => e.modelName === model) : events();
      const items = matching.slice(offset, offset + limit).map(registryEventToWire);
      const end = offset + items.length;
      return HttpResponse.json({
        items,
        nextCursor: end < matching.length ? encodeCursor(end, key) : undefined,
        total: matching.length,
      });
    }),
    http.post(demoPath('/evidence/packs'), async ({ request }) => {
      const parsed = evidencePackDraftWire.safeParse(await request.json().catch(() => undefined));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return errorResponse(
          400,
          'INVALID_PARAMETER',
          `The evidence pack's ${issue?.path.join('.') || 'body'} ${issue?.message ?? 'is invalid'}.`,
        );
      }
      const d = parsed.data;
      const { pack, created } = store.save(
        {
          ...d,
          generatedAt: Date.parse(d.generatedAt),
          window: { from: Date.parse(d.window.from), to: Date.parse(d.window.to) },
        },
        Date.now(),
      );
      return HttpResponse.json(packToWire(pack.id), { status: created ? 201 : 200 });
    }),
    http.get<{ id: string }>(demoPath('/evidence/packs/:id'), ({ params }) => {
      const pack = packToWire(params.id);
      return pack
        ? HttpResponse.json(pack)
        : errorResponse(404, 'NOT_FOUND', `No evidence pack has the id "${params.id}".`);
    }),
  ];
}
