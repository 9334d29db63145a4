import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { m4 } from '../domain/downsample/m4';
import { ChartPanel } from '../ui/charts/chart-panel';
import { randomWalk } from './bench-data';
import { BenchOutput } from './bench-output';

const RUNS = 5;
/** A fixed end keeps the chart's input identical between runs and machines. */
const END = Date.UTC(2026, 0, 1);

interface ChartBenchResult {
  bench: 'chart-render';
  points: number;
  /** Downsampling alone: M4 from `points` to the chart's 720. */
  downsampleMs: number;
  /** Mount to the line painted, per run; the first includes loading the chart library. */
  renderMs: number[];
  medianWarmRenderMs: number;
}

/** Mounts a chart fed `points` raw points, RUNS times, timing mount → line painted. */
export function ChartBench({ points: count }: { points: number }): ReactNode {
  const window = useMemo(() => ({ from: END - count * 1000, to: END }), [count]);
  const points = useMemo(() => randomWalk(count, END), [count]);
  const [run, setRun] = useState(0);
  const [times, setTimes] = useState<number[]>([]);
  const [downsampleMs, setDownsampleMs] = useState<number>();
  const started = useRef(0);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (run >= RUNS) return;
    started.current = performance.now();
    let frame = 0;
    const poll = (): void => {
      if (container.current?.querySelector('.recharts-line path[d]')) {
        // One more frame: the path is in the DOM; now it is painted.
        frame = requestAnimationFrame(() => {
          setTimes((t) => [...t, Math.round(performance.now() - started.current)]);
          if (run === RUNS - 1) {
            // Downsampling alone, for comparison with the whole render.
            const downsampleStarted = performance.now();
            m4(points, 720);
            setDownsampleMs(Math.round(performance.now() - downsampleStarted));
          }
          setRun((r) => r + 1);
        });
        return;
      }
      frame = requestAnimationFrame(poll);
    };
    frame = requestAnimationFrame(poll);
    return () => cancelAnimationFrame(frame);
  }, [run, points]);

  const result = useMemo((): ChartBenchResult | undefined => {
    if (times.length < RUNS || downsampleMs === undefined) return undefined;
    const warm = [...times.slice(1)].sort((a, b) => a - b);
    return {
      bench: 'chart-render',
      points: count,
      downsampleMs,
      renderMs: times,
      medianWarmRenderMs: warm[Math.floor(warm.length / 2)] ?? Number.NaN,
    };
  }, [times, downsampleMs, count]);

  return (
    <div className="stack">
      <BenchOutput title={`Chart of ${count.toLocaleString()} raw points`} result={result} />
      <div ref={container}>
        {run < RUNS && (
          <ChartPanel
            key={run}
            title="Random walk, one point a second"
            unit="count"
            series={[{ id: 'walk', label: 'Walk', points }]}
            window={window}
          />
        )}
      </div>
    </div>
  );
}
