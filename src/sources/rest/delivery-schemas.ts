import { z } from '../zod-mini';
import { DELIVERY_ENVIRONMENTS, REGISTRY_EVENT_KINDS } from '../../domain/delivery/events';
import { MODEL_STAGES } from '../../domain/model';

/** Wire shapes of the contract's delivery part (contract/openapi.yaml, tag "delivery"). */

const isoTime = z.iso.datetime({ offset: true });

export const registryEventWire = z.object({
  id: z.string(),
  kind: z.enum(REGISTRY_EVENT_KINDS),
  modelName: z.string(),
  team: z.string(),
  version: z.string(),
  at: isoTime,
  actor: z.string(),
  reason: z.nullish(z.string()),
  runEndedAt: z.nullish(isoTime),
  environment: z.nullish(z.enum(DELIVERY_ENVIRONMENTS)),
  stage: z.nullish(z.enum(MODEL_STAGES)),
  alias: z.nullish(z.string()),
  unplanned: z.nullish(z.boolean()),
  unblockedBy: z.nullish(z.string()),
  incidentId: z.nullish(z.string()),
});
export type RegistryEventWire = z.infer<typeof registryEventWire>;

export const registryEventPageWire = z.object({
  items: z.array(registryEventWire),
  nextCursor: z.nullish(z.string()),
  total: z.nullish(z.int().check(z.nonnegative())),
});

const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256)'));

export const evidencePackDraftWire = z.object({
  modelName: z.string(),
  modelVersion: z.string(),
  generatedAt: isoTime,
  window: z.object({ from: isoTime, to: isoTime }),
  contentHash: sha256Hex,
  content: z.string(),
});

export const evidencePackWire = z.extend(evidencePackDraftWire, { id: z.string(), storedAt: isoTime });
export type EvidencePackWire = z.infer<typeof evidencePackWire>;
