import type { RegistryEvent } from '../../domain/delivery/events';
import type { EvidencePack, EvidencePackDraft } from '../../domain/report/evidence-pack';
import type { EvidencePackWire, RegistryEventWire } from './delivery-schemas';

const ms = (iso: string): number => Date.parse(iso);
const iso = (at: number): string => new Date(at).toISOString();

export function toRegistryEvent(w: RegistryEventWire): RegistryEvent {
  return {
    id: w.id,
    kind: w.kind,
    modelName: w.modelName,
    team: w.team,
    version: w.version,
    at: ms(w.at),
    actor: w.actor,
    reason: w.reason ?? undefined,
    runEndedAt: w.runEndedAt ? ms(w.runEndedAt) : undefined,
    environment: w.environment ?? undefined,
    stage: w.stage ?? undefined,
    alias: w.alias ?? undefined,
    unplanned: w.unplanned ?? undefined,
    unblockedBy: w.unblockedBy ?? undefined,
    incidentId: w.incidentId ?? undefined,
  };
}

export function toEvidencePack(w: EvidencePackWire): EvidencePack {
  return {
    id: w.id,
    storedAt: ms(w.storedAt),
    modelName: w.modelName,
    modelVersion: w.modelVersion,
    generatedAt: ms(w.generatedAt),
    window: { from: ms(w.window.from), to: ms(w.window.to) },
    contentHash: w.contentHash,
    content: w.content,
  };
}

export function evidencePackDraftToWire(d: EvidencePackDraft): Omit<EvidencePackWire, 'id' | 'storedAt'> {
  return {
    modelName: d.modelName,
    modelVersion: d.modelVersion,
    generatedAt: iso(d.generatedAt),
    window: { from: iso(d.window.from), to: iso(d.window.to) },
    contentHash: d.contentHash,
    content: d.content,
  };
}
