import {
  handleDriftRequest,
  type DriftRequest,
  type DriftRequestKind,
  type DriftRequests,
  type WorkerCall,
  type WorkerReply,
} from './drift-requests';
import type { SampleFeature, SampleScores } from './score-samples';

export interface Timed<T> {
  output: T;
  /** Time spent computing, inside the worker when there is one. */
  computeMs: number;
  inWorker: boolean;
}

interface Pending {
  request: DriftRequest;
  resolve: (value: Timed<unknown>) => void;
  reject: (error: unknown) => void;
}

interface Lane {
  worker: Worker | null;
  pending: Map<number, Pending>;
}

let nextId = 1;
/** The drift workers, started on first use; one lane per core the rows can be split over. */
const lanes: Lane[] = [];

/** How many workers a split computation uses: every core but never more than four. */
export function laneCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(4, cores));
}

function onMainThread(request: DriftRequest): Timed<unknown> {
  const started = performance.now();
  const output =
    request.kind === 'analyse'
      ? handleDriftRequest('analyse', request.input)
      : handleDriftRequest('samples', request.input);
  return { output, computeMs: performance.now() - started, inWorker: false };
}

function settleOnMainThread(entry: Pending): void {
  try {
    entry.resolve(onMainThread(entry.request));
  } catch (error) {
    entry.reject(error);
  }
}

/** Lane `index`'s worker, started on first use; null where workers are missing or failed (jsdom, CSP). */
function driftLane(index: number): Lane {
  const existing = lanes[index];
  if (existing) return existing;
  const lane: Lane = { worker: null, pending: new Map() };
  lanes[index] = lane;
  if (typeof Worker === 'undefined') return lane;
  try {
    lane.worker = new Worker(new URL('./drift.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return lane;
  }
  lane.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const entry = lane.pending.get(reply.id);
    if (!entry) return;
    lane.pending.delete(reply.id);
    if (reply.ok) entry.resolve({ output: reply.output, computeMs: reply.computeMs, inWorker: true });
    else entry.reject(new Error(reply.message));
  };
  // A worker that cannot load (a blocked script, an old browser) must not leave the views waiting.
  lane.worker.onerror = () => {
    lane.worker?.terminate();
    lane.worker = null;
    const waiting = [...lane.pending.values()];
    lane.pending.clear();
    waiting.forEach(settleOnMainThread);
  };
  return lane;
}

const abortError = (): DOMException => new DOMException('The drift computation was cancelled.', 'AbortError');

/**
 * Runs a drift computation in the drift worker and resolves with its output; on the main
 * thread where there is no worker. Transferables (typed arrays of raw rows) move without a copy.
 * An aborted call rejects at once; the worker's answer is then dropped.
 */
export function runDrift<K extends DriftRequestKind>(
  kind: K,
  input: DriftRequests[K]['input'],
  options: { signal?: AbortSignal; transfer?: Transferable[]; lane?: number } = {},
): Promise<Timed<DriftRequests[K]['output']>> {
  const request = { kind, input } as DriftRequest;
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const lane = driftLane(options.lane ?? 0);
  const target = lane.worker;
  if (!target) {
    // A macrotask, so a burst of calls still lets the page paint in between.
    return new Promise((resolve, reject) =>
      setTimeout(() => settleOnMainThread({ request, resolve: resolve as Pending['resolve'], reject }), 0),
    );
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    lane.pending.set(id, { request, resolve: resolve as Pending['resolve'], reject });
    signal?.addEventListener(
      'abort',
      () => {
        if (lane.pending.delete(id)) reject(abortError());
      },
      { once: true },
    );
    const call: WorkerCall = { id, request };
    target.postMessage(call, options.transfer ?? []);
  });
}

/**
 * Scores raw rows feature by feature, the features dealt over `laneCount()` workers so every core
 * works; the scores come back in the features' order. `computeMs` is the slowest worker's.
 */
export async function runSamplesInParallel(
  features: SampleFeature[],
  options: { signal?: AbortSignal; transfer?: (part: SampleFeature[]) => Transferable[] } = {},
): Promise<Timed<SampleScores[]>> {
  const parts = splitEvenly(features, laneCount());
  const results = await Promise.all(
    parts.map((part, lane) =>
      runDrift('samples', part, { signal: options.signal, transfer: options.transfer?.(part), lane }),
    ),
  );
  return {
    output: results.flatMap((r) => r.output),
    computeMs: Math.max(0, ...results.map((r) => r.computeMs)),
    inWorker: results.every((r) => r.inWorker),
  };
}

/** `items` in at most `count` contiguous parts whose sizes differ by one at most; no empty part. */
export function splitEvenly<T>(items: readonly T[], count: number): T[][] {
  const parts = Math.max(1, Math.min(count, items.length));
  const base = Math.floor(items.length / parts);
  const extra = items.length % parts;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < parts; i += 1) {
    const size = base + (i < extra ? 1 : 0);
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}
