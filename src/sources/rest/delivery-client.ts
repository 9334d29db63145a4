import type { RegistryEvent } from '../../domain/delivery/events';
import type { Delivery } from '../delivery-capability';
import type { RestClient } from './rest-client';
import { evidencePackWire, registryEventPageWire } from './delivery-schemas';
import { evidencePackDraftToWire, toEvidencePack, toRegistryEvent } from './delivery-to-domain';

const PAGE_SIZE = 1000;
/** The most a view reads of the log (the newest events): enough for a fleet of about a thousand models. */
export const MAX_EVENT_PAGES = 20;

/** The delivery part of the contract: `/delivery/*` and `/evidence/*`. */
export function createRestDelivery({ get, send }: RestClient): Delivery {
  return {
    async registryEvents(filter, signal) {
      const newestFirst: RegistryEvent[] = [];
      let cursor: string | undefined;
      let total: number | undefined;
      let pages = 0;
      do {
        const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
        if (filter.model) query.set('model', filter.model);
        if (cursor) query.set('cursor', cursor);
        const page = await get('/delivery/events', registryEventPageWire, signal, query);
        newestFirst.push(...page.items.map(toRegistryEvent));
        total = page.total ?? total;
        cursor = page.nextCursor ?? undefined;
        pages += 1;
      } while (cursor && pages < MAX_EVENT_PAGES);
      return { events: newestFirst.reverse(), truncated: cursor !== undefined, total };
    },
    async saveEvidencePack(draft, signal) {
      return toEvidencePack(
        await send('POST', '/evidence/packs', evidencePackDraftToWire(draft), evidencePackWire, signal),
      );
    },
    async getEvidencePack(id, signal) {
      return toEvidencePack(await get(`/evidence/packs/${encodeURIComponent(id)}`, evidencePackWire, signal));
    },
  };
}
