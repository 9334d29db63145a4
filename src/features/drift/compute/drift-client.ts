import {
  handleDriftRequest,
  type DriftRequest,
  type DriftRequestKind,
  type DriftRequests,
  type WorkerCall,
  type WorkerReply,
} from './drift-requests';

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

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

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

/** The worker, started on first use; null where workers are missing or failed to start (jsdom, CSP). */
function driftWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./drift.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    if (reply.ok) entry.resolve({ output: reply.output, computeMs: reply.computeMs, inWorker: true });
    else entry.reject(new Error(reply.message));
  };
  // A worker that cannot load (a blocked script, an old browser) must not leave the views waiting.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach(settleOnMainThread);
  };
  return worker;
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
  options: { signal?: AbortSignal; transfer?: Transferable[] } = {},
): Promise<Timed<DriftRequests[K]['output']>> {
  const request = { kind, input } as DriftRequest;
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const target = driftWorker();
  if (!target) {
    // A macrotask, so a burst of calls still lets the page paint in between.
    return new Promise((resolve, reject) =>
      setTimeout(() => settleOnMainThread({ request, resolve: resolve as Pending['resolve'], reject }), 0),
    );
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { request, resolve: resolve as Pending['resolve'], reject });
    signal?.addEventListener(
      'abort',
      () => {
        if (pending.delete(id)) reject(abortError());
      },
      { once: true },
    );
    const call: WorkerCall = { id, request };
    target.postMessage(call, options.transfer ?? []);
  });
}
