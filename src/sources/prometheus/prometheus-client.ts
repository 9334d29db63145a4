import type { z } from '../zod-mini';
import type { TimeWindow } from '../../domain/time-range';
import { httpTarget, requestJson } from '../http';
import { isSourceError } from '../source-error';
import { prometheusErrorWire, queryRangeWire, instantQueryWire, type PrometheusErrorWire } from './schemas';

export interface PrometheusClientOptions {
  /** The connection's name, for error messages. */
  name: string;
  /** Base URL of the server: `http://prometheus:9090`, or a path behind the same proxy. */
  baseUrl: string;
  /** Sent as a bearer token (allowed by Prometheus's CORS headers). */
  token?: string;
  timeoutMs?: number;
}

/** What a query is for, so that a rejected query names the setting to fix. */
export interface QueryPurpose {
  /** "p95 latency" */
  label: string;
  /** "options.queries.latency" */
  setting?: string;
}

/** Longer queries go as a POST form: no URL length limit, and still no CORS preflight. */
export const POST_ABOVE_CHARS = 1_500;

const seconds = (ms: number): string => String(ms / 1000);

export interface PrometheusClient {
  baseUrl: string;
  name: string;
  /** `window` must already be aligned to the step. */
  queryRange(
    query: string,
    window: TimeWindow,
    stepSeconds: number,
    signal: AbortSignal,
    purpose: QueryPurpose,
  ): Promise<z.output<typeof queryRangeWire>['data']['result']>;
  query(
    query: string,
    signal: AbortSignal,
    purpose: QueryPurpose,
    timeMs?: number,
  ): Promise<z.output<typeof instantQueryWire>['data']>;
  get<S extends z.core.$ZodType>(path: string, schema: S, signal: AbortSignal): Promise<z.output<S>>;
  /** Any endpoint with its parameters: Explore's raw queries and metadata. */
  ask<S extends z.core.$ZodType>(
    path: string,
    schema: S,
    signal: AbortSignal,
    params?: URLSearchParams,
    purpose?: QueryPurpose,
  ): Promise<z.output<S>>;
}

export function createPrometheusClient(options: PrometheusClientOptions): PrometheusClient {
  const { baseUrl, headers } = httpTarget(options);

  async function call<S extends z.core.$ZodType>(
    path: string,
    schema: S,
    signal: AbortSignal,
    params?: URLSearchParams,
    purpose?: QueryPurpose,
  ): Promise<z.output<S>> {
    let rejection: PrometheusErrorWire | undefined;
    const post = params !== undefined && (params.get('query')?.length ?? 0) > POST_ABOVE_CHARS;
    try {
      return await requestJson({
        source: options.name,
        method: post ? 'POST' : 'GET',
        url: `${baseUrl}${path}`,
        endpoint: `${post ? 'POST' : 'GET'} ${path}`,
        query: post ? undefined : params,
        form: post ? params : undefined,
        headers,
        schema,
        signal,
        timeoutMs: options.timeoutMs,
        describeError: (body) => {
          const parsed = prometheusErrorWire.safeParse(body);
          rejection = parsed.success ? parsed.data : undefined;
          return rejection?.error;
        },
      });
    } catch (error) {
      throw explain(error, options.name, rejection, purpose);
    }
  }

  return {
    baseUrl,
    name: options.name,
    queryRange: async (query, window, stepSeconds, signal, purpose) => {
      const params = new URLSearchParams({
        query,
        start: seconds(window.from),
        end: seconds(window.to),
        step: String(stepSeconds),
      });
      const body = await call('/api/v1/query_range', queryRangeWire, signal, params, purpose);
      return body.data.result;
    },
    query: async (query, signal, purpose, timeMs) => {
      const params = new URLSearchParams({ query });
      if (timeMs !== undefined) params.set('time', seconds(timeMs));
      const body = await call('/api/v1/query', instantQueryWire, signal, params, purpose);
      return body.data;
    },
    get: (path, schema, signal) => call(path, schema, signal),
    ask: call,
  };
}

/** Prometheus's own words, plus what to fix, in terms of this connection's settings. */
function explain(
  error: unknown,
  name: string,
  rejection: PrometheusErrorWire | undefined,
  purpose: QueryPurpose | undefined,
): unknown {
  if (!isSourceError(error)) return error;
  if (rejection && (rejection.errorType === 'bad_data' || rejection.errorType === 'execution') && purpose) {
    const where = purpose.setting ? ` Check ${purpose.setting} in the connection's settings.` : '';
    return error.with({
      kind: 'query',
      message: `${name} rejected the ${purpose.label} query: ${rejection.error}`,
      hint: `Prometheus says: ${rejection.error}.${where}`,
    });
  }
  if (error.kind === 'http' && error.status === 404) {
    return error.with({
      hint: `Check the URL of ${name}: use the server's base URL (such as http://prometheus:9090), without /api/v1 or /graph.`,
    });
  }
  if (error.kind === 'http' && error.status === 401) {
    return error.with({
      hint: `${name} wants credentials: add a bearer token to the connection.`,
    });
  }
  if (error.kind === 'schema' && error.field === undefined) {
    return error.with({
      hint: `The URL of ${name} answers with something other than the Prometheus API (a web page?): use the server's base URL, such as http://prometheus:9090.`,
    });
  }
  return error;
}
