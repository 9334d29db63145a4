import type { z } from '../zod-mini';
import { httpTarget, requestJson } from '../http';
import { isSourceError, type SourceError } from '../source-error';
import { alertmanagerErrorWire } from './schemas';

export interface AlertmanagerClientOptions {
  name: string;
  /** Base URL: `http://alertmanager:9093`, or a path behind the same proxy. */
  baseUrl: string;
  token?: string;
  timeoutMs?: number;
}

export interface AlertmanagerClient {
  baseUrl: string;
  name: string;
  get<S extends z.core.$ZodType>(
    path: string,
    schema: S,
    signal: AbortSignal,
    query?: URLSearchParams,
  ): Promise<z.output<S>>;
}

function describeAlertmanagerError(body: unknown): string | undefined {
  const parsed = alertmanagerErrorWire.safeParse(body);
  if (!parsed.success) return undefined;
  const value = parsed.data;
  return typeof value === 'string' ? value : 'message' in value ? value.message : value.error;
}

/** Alertmanager API v2 over HTTP; errors say what to fix in this connection. */
export function createAlertmanagerClient(options: AlertmanagerClientOptions): AlertmanagerClient {
  const { baseUrl, headers } = httpTarget(options);
  return {
    baseUrl,
    name: options.name,
    async get(path, schema, signal, query) {
      try {
        return await requestJson({
          source: options.name,
          url: `${baseUrl}${path}`,
          endpoint: `GET ${path}`,
          query,
          headers,
          schema,
          signal,
          timeoutMs: options.timeoutMs,
          describeError: describeAlertmanagerError,
        });
      } catch (error) {
        throw explain(error, options.name);
      }
    },
  };
}

function explain(error: unknown, name: string): unknown {
  if (!isSourceError(error)) return error;
  const rewrap = (hint: string): SourceError => error.with({ hint });
  if (error.kind === 'http' && error.status === 404) {
    return rewrap(
      `Check the URL of ${name}: use Alertmanager's base URL (such as http://alertmanager:9093); it needs API v2 (Alertmanager ≥ 0.16).`,
    );
  }
  if (error.kind === 'http' && error.status === 401) {
    return rewrap(`${name} wants credentials: add a bearer token to the connection.`);
  }
  if (error.kind === 'schema' && error.field === undefined) {
    return rewrap(
      `The URL of ${name} answers with something other than the Alertmanager API (a web page?): use its base URL, such as http://alertmanager:9093.`,
    );
  }
  return error;
}
