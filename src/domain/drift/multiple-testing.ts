export type PValueCorrection = 'none' | 'bonferroni' | 'benjamini-hochberg';

function assertPValues(pValues: readonly number[]): void {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${p}`);
  }
}

/**
 * Bonferroni-adjusted p-values, min(1, m·pᵢ) for m tests (Dunn 1961): controls the
 * family-wise error rate, so "any feature drifted" is false with probability ≥ 1 − α when
 * nothing drifted. Conservative with many features.
 */
export function bonferroni(pValues: readonly number[]): number[] {
  assertPValues(pValues);
  const m = pValues.length;
  return pValues.map((p) => Math.min(1, p * m));
}

/**
 * Benjamini–Hochberg adjusted p-values (Benjamini & Hochberg 1995; the step-up form of
 * scipy.stats.false_discovery_control(method='bh') and statsmodels' 'fdr_bh'):
 * p̃₍ᵢ₎ = min over j ≥ i of min(1, m·p₍ⱼ₎ / j), with p₍₁₎ ≤ … ≤ p₍ₘ₎. Rejecting p̃ < α controls
 * the false discovery rate at α — the expected share of flagged features that did not drift.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  assertPValues(pValues);
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => (pValues[a] ?? 0) - (pValues[b] ?? 0));
  const adjusted = new Array<number>(m);
  let runningMin = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const index = order[rank - 1] ?? 0;
    const p = pValues[index] ?? 1;
    runningMin = Math.min(runningMin, (p * m) / rank);
    // m·p/m can round below p; the adjusted value is never below the raw one.
    adjusted[index] = Math.max(p, runningMin);
  }
  return adjusted;
}

export function adjustPValues(pValues: readonly number[], correction: PValueCorrection): number[] {
  switch (correction) {
    case 'none':
      assertPValues(pValues);
      return [...pValues];
    case 'bonferroni':
      return bonferroni(pValues);
    case 'benjamini-hochberg':
      return benjaminiHochberg(pValues);
  }
}
