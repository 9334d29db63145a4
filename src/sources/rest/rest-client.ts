import type { z } from '../zod-mini';
import { httpTarget, requestJson } from '../http';
import { errorWire } from './schemas';

export interface RestClientOptions {
  /** The connection's name, for error messages. */
  name: string;
  /** Base URL of the contract, e.g. `https://ml.example.com/api` or `/api`. */
  baseUrl: string;
  /** Sent as a bearer token; kept in memory only. */
  token?: string;
  timeoutMs?: number;
}

export interface RestClient {
  baseUrl: string;
  get: <S extends z.core.$ZodType>(
    path: string,
    schema: S,
    signal: AbortSignal,
    query?: URLSearchParams,
  ) => Promise<z.output<S>>;
  send: <S extends z.core.$ZodType>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    schema: S,
    signal: AbortSignal,
  ) => Promise<z.output<S>>;
}

function describeRestError(body: unknown): string | undefined {
  const parsed = errorWire.safeParse(body);
  return parsed.success ? parsed.data.error.message : undefined;
}

/** HTTP for the Sightline REST contract: JSON both ways, `{error: {code, message}}` on failure. */
export function createRestClient(options: RestClientOptions): RestClient {
  const { baseUrl, headers } = httpTarget(options);
  const common = {
    source: options.name,
    headers,
    timeoutMs: options.timeoutMs,
    describeError: describeRestError,
  };
  return {
    baseUrl,
    get: (path, schema, signal, query) =>
      requestJson({ ...common, url: `${baseUrl}${path}`, endpoint: `GET ${path}`, query, schema, signal }),
    send: (method, path, body, schema, signal) =>
      requestJson({
        ...common,
        method,
        url: `${baseUrl}${path}`,
        endpoint: `${method} ${path}`,
        json: body,
        schema,
        signal,
      }),
  };
}
