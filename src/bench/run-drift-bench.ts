import { runDrift } from '../features/drift/compute/drift-client';
import { benchSamples, sampleBuffers } from './bench-data';

export interface DriftBenchResult {
  bench: 'drift-statistics';
  features: number;
  rows: number;
  /** Whether the runs went through the Web Worker (false: main-thread fallback). */
  inWorker: boolean;
  /** Computing inside the worker, per run. */
  computeMs: number[];
  /** From posting the rows to receiving the scores, per run (transfer and messaging included). */
  roundTripMs: number[];
  medianComputeMs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Scores every statistic for `features` × `rows` raw rows in the drift worker, `runs` times. */
export async function runDriftBench(options: {
  features: number;
  rows: number;
  runs: number;
}): Promise<DriftBenchResult> {
  const computeMs: number[] = [];
  const roundTripMs: number[] = [];
  let inWorker = false;
  for (let run = 0; run < options.runs; run += 1) {
    // Fresh rows per run: transferring hands the buffers to the worker.
    const samples = benchSamples(options.features, options.rows, 42 + run);
    const started = performance.now();
    const timed = await runDrift('samples', samples, { transfer: sampleBuffers(samples) });
    roundTripMs.push(Math.round(performance.now() - started));
    computeMs.push(Math.round(timed.computeMs));
    inWorker = timed.inWorker;
  }
  return {
    bench: 'drift-statistics',
    features: options.features,
    rows: options.rows,
    inWorker,
    computeMs,
    roundTripMs,
    medianComputeMs: median(computeMs),
  };
}
