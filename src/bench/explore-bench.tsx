import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ExploreResult } from '../domain/explore/explore-result';
import { completionClient, MAX_METRIC_NAMES } from '../features/explore/completion-client';
import { ExploreResults } from '../features/explore/explore-results';
import { PromqlEditor } from '../features/explore/promql-editor';
import type { Explore } from '../sources/explore-capability';
import { randomWalk } from './bench-data';
import { BenchOutput } from './bench-output';

const RUNS = 6;
const SERIES = 100;
const POINTS = 1000;
/** A fixed end keeps the input identical between runs and machines. */
const END = Date.UTC(2026, 0, 1);
const STEP_MS = 15_000;

export interface ExploreBenchResult {
  bench: 'explore-render';
  series: number;
  points: number;
  /** Answer in hand → every line painted (legend and latest-values table included), per run; the first loads the chart library. */
  renderMs: number[];
  medianWarmRenderMs: number;
}

/** What a range query's answer looks like to the pane once it has arrived. */
function answered(data: ExploreResult): UseQueryResult<ExploreResult> {
  return {
    data,
    isError: false,
    isPending: false,
    isFetching: false,
    error: null,
    refetch: () => Promise.resolve(),
  } as unknown as UseQueryResult<ExploreResult>;
}

/**
 * Explore's results for a range query of 100 series × 1,000 points, mounted RUNS times: the time
 * from the answer in hand to the last of the 100 lines painted.
 */
export function ExploreBench(): ReactNode {
  const window = useMemo(() => ({ from: END - POINTS * STEP_MS, to: END }), []);
  const result = useMemo((): ExploreResult => {
    const series = Array.from({ length: SERIES }, (_, i) => ({
      labels: { __name__: 'model_request_duration_seconds', pod: `serving-${i}`, model: 'search-ranker' },
      points: randomWalk(POINTS, END, 11 + i).map(([t, v]): [number, number | null] => [
        END - (END - t) * 15,
        v,
      ]),
    }));
    return { kind: 'matrix', series, stepSeconds: STEP_MS / 1000, warnings: [] };
  }, []);
  // -1: nothing mounted yet. Each run's clock starts just before the state change that mounts it.
  const [run, setRun] = useState(-1);
  const [times, setTimes] = useState<number[]>([]);
  const started = useRef(0);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (run === -1) {
      const first = requestAnimationFrame(() => {
        started.current = performance.now();
        setRun(0);
      });
      return () => cancelAnimationFrame(first);
    }
    if (run >= RUNS) return;
    let frame = 0;
    const poll = (): void => {
      if ((container.current?.querySelectorAll('.recharts-line path[d]').length ?? 0) >= SERIES) {
        // One more frame: the paths are in the DOM; now they are painted.
        frame = requestAnimationFrame(() => {
          setTimes((t) => [...t, Math.round(performance.now() - started.current)]);
          started.current = performance.now();
          setRun((r) => r + 1);
        });
        return;
      }
      frame = requestAnimationFrame(poll);
    };
    frame = requestAnimationFrame(poll);
    return () => cancelAnimationFrame(frame);
  }, [run]);

  const figures = useMemo((): ExploreBenchResult | undefined => {
    if (times.length < RUNS) return undefined;
    const warm = [...times.slice(1)].sort((a, b) => a - b);
    return {
      bench: 'explore-render',
      series: SERIES,
      points: POINTS,
      renderMs: times,
      medianWarmRenderMs: warm[Math.floor(warm.length / 2)] ?? Number.NaN,
    };
  }, [times]);

  return (
    <div className="stack">
      <BenchOutput title={`Explore: ${SERIES} series × ${POINTS.toLocaleString()} points`} result={figures} />
      <div ref={container} style={{ width: 1300 }}>
        {run >= 0 && run < RUNS && (
          <ExploreResults
            key={run}
            queries={[{ refId: 'A', expr: 'model_request_duration_seconds', result: answered(result) }]}
            unit="seconds"
            window={window}
            syncId="bench"
            paneLabel="pane A"
          />
        )}
      </div>
    </div>
  );
}

/** 10,000 metric names, as a large Prometheus holds: what completion searches on each keystroke. */
function manyMetricNames(): string[] {
  const areas = ['model', 'feature', 'http', 'process', 'node', 'kube', 'queue', 'cache', 'db', 'grpc'];
  const things = ['request', 'error', 'latency', 'bytes', 'drift', 'score', 'batch', 'job', 'pod', 'span'];
  const names: string[] = [];
  for (let i = 0; names.length < MAX_METRIC_NAMES; i += 1)
    names.push(`${areas[i % 10]}_${things[Math.floor(i / 10) % 10]}_${Math.floor(i / 100)}_total`);
  return names;
}

const benchExplore: Explore = {
  rangeQuery: () => Promise.reject(new Error('not in the bench')),
  instantQuery: () => Promise.reject(new Error('not in the bench')),
  metricNames: (limit) => Promise.resolve({ names: manyMetricNames().slice(0, limit), truncated: false }),
  labelNames: () => Promise.resolve(['deployment', 'pod', 'model', 'code']),
  labelValues: () => Promise.resolve(['a', 'b', 'c']),
  templates: () => Promise.resolve([]),
};

/**
 * The PromQL editor with completion over 10,000 metric names, inside a parent that re-renders on
 * every change as Explore's pane does. `scripts/bench/explore-bench.mjs` types into it and reads
 * each keystroke's duration from the browser's Event Timing (`window.__keystrokes`).
 */
export function ExploreTypingBench(): ReactNode {
  const client = useMemo(() => completionClient(benchExplore), []);
  const [draft, setDraft] = useState('');
  useEffect(() => {
    const durations = new Map<number, number>();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        if (entry.interactionId)
          durations.set(
            entry.interactionId,
            Math.max(durations.get(entry.interactionId) ?? 0, entry.duration),
          );
    });
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    (window as unknown as { __keystrokes: () => number[] }).__keystrokes = () => {
      observer.takeRecords();
      return [...durations.values()];
    };
    return () => observer.disconnect();
  }, []);
  return (
    <div className="stack" style={{ width: 900 }}>
      <h2>PromQL editor, completion over {MAX_METRIC_NAMES.toLocaleString()} metric names</h2>
      <PromqlEditor
        value={draft}
        onChange={setDraft}
        onRun={() => undefined}
        client={client}
        label="Query A"
      />
      <p data-testid="typed">{draft.length} characters</p>
    </div>
  );
}
