import type { EvidencePack, EvidencePackDraft } from '../../domain/report/evidence-pack';

/** The demo's evidence packs, in memory for the page's life. */
export interface EvidenceStore {
  /** `created` is false when the same model's pack with the same hash was stored before: answered with that one. */
  save(draft: EvidencePackDraft, storedAt: number): { pack: EvidencePack; created: boolean };
  get(id: string): EvidencePack | undefined;
}

/** A pack whose content was edited after it was hashed: re-opening it must say so. */
export const ALTERED_PACK_ID = 'EP-0000-altered';

export function createEvidenceStore(now: number): EvidenceStore {
  const packs = new Map<string, EvidencePack>();
  packs.set(ALTERED_PACK_ID, {
    id: ALTERED_PACK_ID,
    storedAt: now - 30 * 86_400_000,
    modelName: 'credit-approval',
    modelVersion: '5',
    generatedAt: now - 30 * 86_400_000,
    window: { from: now - 60 * 86_400_000, to: now - 30 * 86_400_000 },
    contentHash: '0'.repeat(64),
    content: JSON.stringify({ note: 'This content was changed after the pack was stamped.' }),
  });
  let next = 1;
  return {
    save(draft, storedAt) {
      const before = [...packs.values()].find(
        (p) =>
          p.modelName === draft.modelName &&
          p.contentHash === draft.contentHash &&
          p.content === draft.content,
      );
      if (before) return { pack: before, created: false };
      const id = `EP-${String(next++).padStart(4, '0')}`;
      const pack = { ...draft, id, storedAt };
      packs.set(id, pack);
      return { pack, created: true };
    },
    get: (id) => packs.get(id),
  };
}
