import type { RegistryEvent } from '../domain/delivery/events';
import type { EvidencePack, EvidencePackDraft } from '../domain/report/evidence-pack';

export interface RegistryEventFilter {
  model?: string;
}

export interface RegistryEventLog {
  /** Oldest first. */
  events: RegistryEvent[];
  /** The log held more than the client reads (it keeps the newest): figures cover only these. */
  truncated: boolean;
  /** Events the backend holds for the filter, when it says. */
  total?: number;
}

/**
 * The way to production and its records (the Sightline REST contract): the registry's event
 * log, which MLflow does not keep, and evidence packs stored so they re-open unchanged.
 */
export interface Delivery {
  registryEvents(filter: RegistryEventFilter, signal: AbortSignal): Promise<RegistryEventLog>;
  saveEvidencePack(draft: EvidencePackDraft, signal: AbortSignal): Promise<EvidencePack>;
  getEvidencePack(id: string, signal: AbortSignal): Promise<EvidencePack>;
}
