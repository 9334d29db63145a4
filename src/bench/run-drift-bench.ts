import { runSamplesInParallel } from '../features/drift/compute/drift-client';
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
  /** Posting the rows to having the scores: the figure a user waits for. */
  medianRoundTripMs: number;
  /** The longest main-thread task while the runs went on (input stays responsive under 50 ms). */
  longestMainThreadTaskMs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Scores every statistic for `features` × `rows` raw rows in the drift worker, `runs` times. */
export async function runDriftBench(options: {
  features: number;
  rows: number;
  runs: number;
}): Promise<DriftBenchResult> {
  const computeMs: number[] = [];
  const roundTripMs: number[] = [];
  let inWorker = false;
  const windows: { from: number; to: number }[] = [];
  const tasks: PerformanceEntry[] = [];
  const longTasks = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  longTasks.observe({ type: 'longtask' });
  for (let run = 0; run < options.runs; run += 1) {
    // Making the rows is the benchmark's own long task, kept out of the measured window: the
    // previous run's answer arrives in a task of its own, which must end before the rows are made,
    // and the rows must be made before the clock starts.
    await nextTask();
    // Fresh rows per run: transferring hands the buffers to the worker.
    const samples = benchSamples(options.features, options.rows, 42 + run);
    await nextTask();
    const started = performance.now();
    const timed = await runSamplesInParallel(samples, { transfer: sampleBuffers });
    const finished = performance.now();
    windows.push({ from: started, to: finished });
    roundTripMs.push(Math.round(finished - started));
    computeMs.push(Math.round(timed.computeMs));
    inWorker = timed.inWorker;
  }
  // Long-task entries arrive a task late.
  await new Promise((resolve) => setTimeout(resolve, 50));
  longTasks.disconnect();
  const during = tasks.filter((task) =>
    windows.some((w) => task.startTime < w.to && task.startTime + task.duration > w.from),
  );
  const longestTask = Math.max(0, ...during.map((task) => task.duration));
  return {
    bench: 'drift-statistics',
    features: options.features,
    rows: options.rows,
    inWorker,
    computeMs,
    roundTripMs,
    medianComputeMs: median(computeMs),
    medianRoundTripMs: median(roundTripMs),
    // Long tasks are those over 50 ms; none seen means every task was shorter.
    longestMainThreadTaskMs: Math.round(longestTask),
  };
}
