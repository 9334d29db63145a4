import type { z } from '../zod-mini';
import { httpTarget, requestJson } from '../http';
import { isSourceError } from '../source-error';
import { lokiErrorWire } from './schemas';

export interface LokiClientOptions {
  /** The connection's name, for error messages. */
  name: string;
  /** Where Loki is served, before `/loki/api/v1`: `http://loki:3100`, or `/loki` behind the proxy. */
  baseUrl: string;
  token?: string;
  /** Sent as `X-Scope-OrgID`. */
  tenant?: string;
  timeoutMs?: number;
}

export interface LokiClient {
  baseUrl: string;
  name: string;
  /** `GET <base>/loki/api/v1<path>`, validated with `schema`; Loki's refusals in its own words. */
  get<S extends z.core.$ZodType>(
    path: string,
    params: URLSearchParams,
    schema: S,
    signal: AbortSignal,
  ): Promise<z.output<S>>;
}

/** A URL pasted with its API path (`…/loki/api/v1`) still works. */
export const normalizeLokiUrl = (url: string): string =>
  url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/loki\/api\/v1$/, '');

/**
 * Loki's error bodies: plain text (`parse error at line 1, col 7: syntax error: unexpected
 * IDENTIFIER`), or JSON as `{status:"error", error}` or `{code, message}`.
 */
export function describeLokiError(body: unknown, text: string): string | undefined {
  const parsed = lokiErrorWire.safeParse(body);
  if (parsed.success) return 'error' in parsed.data ? parsed.data.error : parsed.data.message;
  const plain = text.trim();
  // A web page (a proxy's error page) says nothing useful.
  if (plain === '' || plain.startsWith('<')) return undefined;
  return plain.length > 500 ? `${plain.slice(0, 500)}…` : plain;
}

const QUERY_REFUSAL =
  /parse error|syntax error|unexpected|invalid|not supported|queries require at least one/i;

export function createLokiClient(options: LokiClientOptions): LokiClient {
  const target = httpTarget({ ...options, baseUrl: normalizeLokiUrl(options.baseUrl) });
  const headers = options.tenant ? { ...target.headers, 'X-Scope-OrgID': options.tenant } : target.headers;
  return {
    baseUrl: target.baseUrl,
    name: options.name,
    async get(path, params, schema, signal) {
      let said: string | undefined;
      try {
        return await requestJson({
          source: options.name,
          url: `${target.baseUrl}/loki/api/v1${path}`,
          endpoint: `GET /loki/api/v1${path}`,
          query: params,
          headers,
          schema,
          signal,
          timeoutMs: options.timeoutMs,
          describeError: (body, text) => (said = describeLokiError(body, text)),
        });
      } catch (error) {
        throw explain(error, options.name, said);
      }
    },
  };
}

/** Loki's own words, plus what to fix in this connection. */
function explain(error: unknown, name: string, said: string | undefined): unknown {
  if (!isSourceError(error)) return error;
  if (error.kind === 'http' && error.status === 400 && said && QUERY_REFUSAL.test(said))
    return error.with({
      kind: 'query',
      message: `${name} rejected the LogQL query: ${said}`,
      hint: 'Fix the query where Loki points (a log query starts with a stream selector such as {app="model-serving"}), then run it again.',
    });
  if (error.kind === 'http' && (error.status === 504 || /timeout|deadline exceeded/i.test(said ?? '')))
    return error.with({
      kind: 'timeout',
      message: `${name} ran out of time on this query.`,
      hint: 'Make it cheaper: a shorter range, a narrower stream selector, or a line filter (|= "error").',
    });
  if (error.kind === 'http' && error.status === 404)
    return error.with({
      hint: `Check the URL of ${name}: use Loki's base URL (such as http://loki:3100), without /loki/api/v1.`,
    });
  if (error.kind === 'http' && /no org id/i.test(said ?? ''))
    return error.with({ hint: `${name} is multi-tenant: set the tenant (X-Scope-OrgID) on the connection.` });
  if (error.kind === 'http' && error.status === 401)
    return error.with({
      hint: `${name} wants credentials: add a token (or user:password) to the connection.`,
    });
  if (error.kind === 'schema' && error.field === undefined)
    return error.with({
      hint: `The URL of ${name} answers with something other than Loki's API (a web page?): use Loki's base URL, such as http://loki:3100.`,
    });
  if (error.kind === 'network')
    return error.with({
      hint: 'Loki sends no CORS headers: reach it through the same origin (set the URL to /loki and point the proxy at Loki with SIGHTLINE_LOKI_URL).',
    });
  return error;
}
