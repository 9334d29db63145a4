import { z } from 'zod';
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
  reason: z.string().nullish(),
  runEndedAt: isoTime.nullish(),
  environment: z.enum(DELIVERY_ENVIRONMENTS).nullish(),
  stage: z.enum(MODEL_STAGES).nullish(),
  alias: z.string().nullish(),
  unplanned: z.boolean().nullish(),
  unblockedBy: z.string().nullish(),
  incidentId: z.string().nullish(),
});
export type RegistryEventWire = z.infer<typeof registryEventWire>;

export const registryEventPageWire = z.object({
  items: z.array(registryEventWire),
  nextCursor: z.string().nullish(),
  total: z.number().int().nonnegative().nullish(),
});

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256)');

export const evidencePackDraftWire = z.object({
  modelName: z.string(),
  modelVersion: z.string(),
  generatedAt: isoTime,
  window: z.object({ from: isoTime, to: isoTime }),
  contentHash: sha256Hex,
  content: z.string(),
});

export const evidencePackWire = evidencePackDraftWire.extend({ id: z.string(), storedAt: isoTime });
export type EvidencePackWire = z.infer<typeof evidencePackWire>;
