/**
 * An evidence pack: a frozen snapshot of a model's report, aggregates only (never raw rows),
 * stamped so it can be re-opened unchanged later and checked. `content` is the exact text that
 * was hashed; `contentHash` its SHA-256 in lower-case hex.
 */
export interface EvidencePackDraft {
  modelName: string;
  modelVersion: string;
  generatedAt: number;
  window: { from: number; to: number };
  contentHash: string;
  content: string;
}

export interface EvidencePack extends EvidencePackDraft {
  id: string;
  storedAt: number;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
