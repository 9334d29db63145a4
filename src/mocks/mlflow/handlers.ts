import { http, type HttpHandler } from 'msw';
import { flaskMethodNotAllowed, flaskNotFound } from './errors';
import { API_PREFIXES } from './http-utils';
import { registryHandlers } from './registry-handlers';
import { runHandlers } from './run-handlers';
import { createMlflowStore, type MlflowStore } from './store';
import type { Int64Style } from './wire';

export interface MlflowHandlerOptions {
  /** Where the mock MLflow is served: `http://mlflow.test`, or `/mlflow` on any origin. */
  baseUrl: string;
  /** More than 1,000 by default, so a full listing spans several pages of `max_results=1000`. */
  modelCount?: number;
  seed?: number;
  /** Epoch ms the fleet's history ends at. */
  now?: number;
  /** `string` replays a 1.x server, which sent int64 fields as strings. */
  int64?: Int64Style;
}

export const DEFAULT_MLFLOW_MOCK = {
  modelCount: 1_250,
  seed: 7,
  now: Date.UTC(2026, 10, 29, 12),
} as const;

export interface MlflowMock {
  handlers: HttpHandler[];
  /** The in-memory registry the handlers read and write (aliases); new with every call. */
  store: MlflowStore;
}

const KNOWN_ENDPOINTS = new Set([
  'registered-models/search',
  'registered-models/get',
  'registered-models/alias',
  'model-versions/search',
  'model-versions/get',
  'runs/get',
  'runs/search',
  'metrics/get-history',
  'experiments/search',
]);

/** Anything else under the base URL answers like Flask: 405 for a known path, else an HTML 404. */
function fallbackHandler(baseUrl: string): HttpHandler {
  const base = baseUrl.replace(/\/+$/, '');
  const absolute = /^https?:\/\//.test(base);
  const basePath = absolute ? new URL(base).pathname.replace(/\/+$/, '') : base;
  return http.all(`${absolute ? base : `*${base}`}/*`, ({ request }) => {
    const { pathname } = new URL(request.url);
    // `*/mlflow/*` also matches the dev server's own modules (`/src/sources/mlflow/…`): only paths
    // that start with the base are the mock server's; anything else goes on to the network.
    if (!pathname.startsWith(`${basePath}/`)) return undefined;
    const known = API_PREFIXES.some((prefix) =>
      [...KNOWN_ENDPOINTS].some((endpoint) => pathname === `${basePath}${prefix}/${endpoint}`),
    );
    return known ? flaskMethodNotAllowed() : flaskNotFound();
  });
}

/**
 * An MLflow tracking server in MSW, replaying MLflow's REST API: its paths
 * under `/api/2.0/mlflow` (and `/ajax-api/2.0/mlflow`), search grammar,
 * `max_results` limits, opaque page tokens, omitted empty fields, int64
 * milliseconds, `{error_code, message}` errors and Content-Type check.
 */
export function createMlflowMock(options: MlflowHandlerOptions): MlflowMock {
  const store = createMlflowStore({
    modelCount: options.modelCount ?? DEFAULT_MLFLOW_MOCK.modelCount,
    seed: options.seed ?? DEFAULT_MLFLOW_MOCK.seed,
    now: options.now ?? DEFAULT_MLFLOW_MOCK.now,
  });
  const style = options.int64 ?? 'number';
  return {
    store,
    handlers: [
      ...registryHandlers(store, options.baseUrl, style),
      ...runHandlers(store, options.baseUrl, style),
      fallbackHandler(options.baseUrl),
    ],
  };
}

export function createMlflowHandlers(options: MlflowHandlerOptions): HttpHandler[] {
  return createMlflowMock(options).handlers;
}
