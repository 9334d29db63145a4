import { chiSquareTest } from '../../../domain/drift/chi-square';
import { hellingerDistance } from '../../../domain/drift/hellinger';
import { jensenShannonDistance } from '../../../domain/drift/jensen-shannon';
import { ksAndWassersteinFromSortedSamples } from '../../../domain/drift/ks';
import { isNotDefined, type NotDefined } from '../../../domain/drift/not-defined';
import { psi } from '../../../domain/drift/psi';
import { sortSampleInPlace } from '../../../domain/drift/sample';
import { summarizeSortedSample, type SummaryStatistics } from '../../../domain/drift/sample-summary';
import { normaliseWasserstein } from '../../../domain/drift/wasserstein-norm';

/**
 * Drift statistics straight from raw rows, for when a caller holds samples rather than a
 * backend's profiles (the benchmark: 100 features × 100,000 rows). Rows travel as typed arrays
 * so they can be transferred to the worker without a copy.
 */
export type SampleFeature =
  | { kind: 'numeric'; name: string; reference: Float64Array; current: Float64Array }
  | { kind: 'categorical'; name: string; categories: number; reference: Int32Array; current: Int32Array };

export interface SampleScores {
  name: string;
  ks?: { statistic: number; pValue: number };
  wassersteinNorm?: number;
  /** Absent, like the distances below, when not defined (an empty side, a single category). */
  chiSquare?: { statistic: number; pValue: number };
  psi?: number;
  jensenShannon?: number;
  hellinger?: number;
  summary?: { reference: SummaryStatistics; current: SummaryStatistics };
}

const BINS = 20;

const valueOrAbsent = (value: number | NotDefined): number | undefined =>
  isNotDefined(value) ? undefined : value;

/** The bin- or category-based distances, each absent where not defined. */
function distances(refCounts: readonly number[], curCounts: readonly number[]) {
  return {
    psi: valueOrAbsent(psi(refCounts, curCounts)),
    jensenShannon: valueOrAbsent(jensenShannonDistance(refCounts, curCounts)),
    hellinger: valueOrAbsent(hellingerDistance(refCounts, curCounts)),
  };
}

/**
 * Counts per equal-width bin of a sorted sample (outer bins take the rest): each bin's edge is
 * found by binary search on the bin index itself, so the counts are exactly those of binning row
 * by row (the index is monotone in the value) at 20 searches instead of a pass over the rows.
 */
export function sortedBinCounts(sorted: Float64Array, lo: number, width: number): number[] {
  const binOf = (value: number): number => Math.min(BINS - 1, Math.max(0, Math.floor((value - lo) / width)));
  const counts = new Array<number>(BINS).fill(0);
  let start = 0;
  for (let bin = 0; bin < BINS - 1; bin += 1) {
    // The first row whose bin is past `bin`.
    let low = start;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (binOf(sorted[middle] ?? Infinity) > bin) high = middle;
      else low = middle + 1;
    }
    counts[bin] = low - start;
    start = low;
  }
  counts[BINS - 1] = sorted.length - start;
  return counts;
}

function categoryCounts(codes: Int32Array, categories: number): number[] {
  const counts = new Array<number>(categories).fill(0);
  // Indexed: V8 runs for…of over a typed array several times slower.
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] ?? 0;
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

function scoreNumeric(feature: Extract<SampleFeature, { kind: 'numeric' }>): SampleScores {
  // Sorted once, in place (the rows were handed over), and shared by every statistic below.
  const reference = sortSampleInPlace(feature.reference, `${feature.name} reference`);
  const current = sortSampleInPlace(feature.current, `${feature.name} current`);
  const summary = { reference: summarizeSortedSample(reference), current: summarizeSortedSample(current) };
  const { ks, wasserstein } = ksAndWassersteinFromSortedSamples(reference, current);
  // Equal-width bins over the reference's range (outer bins take the rest) for the binned scores.
  const width = (summary.reference.max - summary.reference.min) / BINS || 1;
  const refCounts = sortedBinCounts(reference, summary.reference.min, width);
  const curCounts = sortedBinCounts(current, summary.reference.min, width);
  return {
    name: feature.name,
    ks: { statistic: ks.statistic, pValue: ks.pValue },
    wassersteinNorm: normaliseWasserstein(wasserstein, summary.reference.std),
    ...distances(refCounts, curCounts),
    summary,
  };
}

function scoreCategorical(feature: Extract<SampleFeature, { kind: 'categorical' }>): SampleScores {
  const refCounts = categoryCounts(feature.reference, feature.categories);
  const curCounts = categoryCounts(feature.current, feature.categories);
  const chi = chiSquareTest(refCounts, curCounts);
  return {
    name: feature.name,
    chiSquare: isNotDefined(chi) ? undefined : { statistic: chi.statistic, pValue: chi.pValue },
    ...distances(refCounts, curCounts),
  };
}

/** Every statistic the drift view offers, for each feature's raw rows. */
export function scoreSamples(features: readonly SampleFeature[]): SampleScores[] {
  return features.map((f) => (f.kind === 'numeric' ? scoreNumeric(f) : scoreCategorical(f)));
}
