import { useEffect, useMemo, useState } from 'react';
import { layeredLayout } from './layered-layout';
import type { Layout, LayoutReply, LayoutRequest } from './layout-types';

/** Layouts already computed, by graph: going back to a depth or a run reuses its layout. */
const cache = new Map<string, Layout>();
const CACHE_SIZE = 24;

let worker: Worker | undefined;
const waiting = new Map<string, ((reply: LayoutReply) => void)[]>();

function layoutWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  if (!worker) {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      for (const resolve of waiting.get(reply.key) ?? []) resolve(reply);
      waiting.delete(reply.key);
    };
  }
  return worker;
}

function toLayout(reply: LayoutReply): Layout {
  return { ...reply, nodes: new Map(reply.nodes) };
}

function remember(layout: Layout): Layout {
  cache.set(layout.key, layout);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return layout;
}

/** Lays a graph out in the worker (ELK), or in place where there is none. */
export function requestLayout(request: LayoutRequest): Promise<Layout> {
  const cached = cache.get(request.key);
  if (cached) return Promise.resolve(cached);
  const target = layoutWorker();
  if (!target) return Promise.resolve(remember(toLayout(layeredLayout(request))));
  return new Promise((resolve, reject) => {
    const list = waiting.get(request.key) ?? [];
    list.push((reply) => (reply.error ? reject(new Error(reply.error)) : resolve(remember(toLayout(reply)))));
    if (list.length === 1) target.postMessage(request);
    waiting.set(request.key, list);
  });
}

export type LayoutState =
  | { status: 'pending' }
  | { status: 'ready'; layout: Layout; provisional?: boolean }
  | { status: 'error'; message: string; fallback?: Layout };

/**
 * The layout of `request`, recomputed only when its key changes. Until the worker's ELK layout
 * arrives (its first one loads ELK, seconds on a busy machine), a plain layered layout, linear in
 * the graph's size, is shown, so the graph is there at once.
 */
export function useLayout(request: LayoutRequest | undefined): LayoutState {
  const key = request?.key;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const quick = useMemo(() => (request ? toLayout(layeredLayout(request)) : undefined), [key]);
  const [state, setState] = useState<{ key?: string; state: LayoutState }>({ state: { status: 'pending' } });
  useEffect(() => {
    if (!request) return;
    let live = true;
    requestLayout(request).then(
      (layout) => live && setState({ key: request.key, state: { status: 'ready', layout } }),
      (error: unknown) =>
        live &&
        setState({
          key: request.key,
          state: { status: 'error', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      live = false;
    };
    // The key stands for the request's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!request || !quick) return { status: 'pending' };
  const cached = cache.get(request.key);
  if (cached) return { status: 'ready', layout: cached };
  if (state.key !== key || state.state.status === 'pending')
    return { status: 'ready', layout: quick, provisional: true };
  if (state.state.status === 'error') return { ...state.state, fallback: quick };
  return state.state;
}
