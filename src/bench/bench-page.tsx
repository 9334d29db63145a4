import { useEffect, useState, type ReactNode } from 'react';
import { BenchOutput } from './bench-output';
import { ChartBench } from './chart-bench';
import { ExploreBench, ExploreTypingBench } from './explore-bench';
import { runDriftBench, type DriftBenchResult } from './run-drift-bench';

/**
 * The measurement pages (`bench.html?bench=drift`, `bench.html?bench=chart-1m`), read by
 * scripts/bench/drift-bench.mjs in headless Chromium. Each prints its figures as JSON.
 */
export function BenchPage({ kind }: { kind: string }): ReactNode {
  if (kind === 'chart-1m') return <ChartBench points={1_000_000} />;
  if (kind === 'drift') return <StatisticsBench />;
  if (kind === 'explore') return <ExploreBench />;
  if (kind === 'explore-typing') return <ExploreTypingBench />;
  return <p>Unknown benchmark “{kind}”: use ?bench=drift or ?bench=chart-1m.</p>;
}

/**
 * One run per page load: StrictMode runs effects twice, and two benches at once would share the
 * workers and count each other's row generation as a main-thread task.
 */
let statisticsRun: Promise<DriftBenchResult> | undefined;

function StatisticsBench(): ReactNode {
  const [result, setResult] = useState<DriftBenchResult | string>();
  useEffect(() => {
    let cancelled = false;
    statisticsRun ??= runDriftBench({ features: 100, rows: 100_000, runs: 3 });
    statisticsRun.then(
      (value) => !cancelled && setResult(value),
      (error: unknown) => !cancelled && setResult(String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return <BenchOutput title="Drift statistics, 100 features × 100,000 rows" result={result} />;
}
