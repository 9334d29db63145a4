import type { z } from '../zod-mini';
import { httpTarget, requestJson } from '../http';
import { SourceError } from '../source-error';
import { errorWire } from './schemas';

export interface MarquezClientOptions {
  name: string;
  /** Where Marquez is served, before `/api/v1`: `/marquez` behind the proxy. */
  baseUrl: string;
  token?: string;
  timeoutMs?: number;
  pageSize: number;
  maxPages: number;
}

export interface MarquezClient {
  baseUrl: string;
  get<S extends z.core.$ZodType>(
    path: string,
    query: Record<string, string>,
    schema: S,
    signal: AbortSignal,
  ): Promise<z.output<S>>;
  /** Every item of a `limit`/`offset` listing, page by page, up to `maxPages`. */
  all<S extends z.core.$ZodType<{ totalCount: number }>, T>(
    path: string,
    schema: S,
    items: (page: z.output<S>) => T[],
    signal: AbortSignal,
  ): Promise<T[]>;
}

/** A URL pasted with its API path (`…/api/v1`) still works. */
export const normalizeMarquezUrl = (url: string): string =>
  url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api\/v1$/, '');

const enc = encodeURIComponent;
export const namespacePath = (namespace: string, rest = ''): string => `/namespaces/${enc(namespace)}${rest}`;

/** JSON over HTTP to `<base>/api/v1/<path>`; Marquez's `{code, message}` errors in its words. */
export function createMarquezClient(options: MarquezClientOptions): MarquezClient {
  const { baseUrl, headers } = httpTarget({ ...options, baseUrl: normalizeMarquezUrl(options.baseUrl) });
  const get: MarquezClient['get'] = (path, query, schema, signal) =>
    requestJson({
      source: options.name,
      url: `${baseUrl}/api/v1${path}`,
      endpoint: `GET ${path}`,
      query: new URLSearchParams(query),
      headers,
      schema,
      signal,
      timeoutMs: options.timeoutMs,
      describeError: (body) => {
        const parsed = errorWire.safeParse(body);
        return parsed.success ? `Marquez said: ${parsed.data.message}` : undefined;
      },
    });
  return {
    baseUrl,
    get,
    async all(path, schema, items, signal) {
      const out: ReturnType<typeof items> = [];
      for (let page = 0; page < options.maxPages; page += 1) {
        const offset = page * options.pageSize;
        const body = await get(
          path,
          { limit: String(options.pageSize), offset: String(offset) },
          schema,
          signal,
        );
        const got = items(body);
        out.push(...got);
        if (got.length === 0 || out.length >= body.totalCount) return out;
      }
      const total = (await get(path, { limit: '1', offset: '0' }, schema, signal)).totalCount;
      throw new SourceError({
        kind: 'unsupported',
        source: options.name,
        endpoint: `GET ${path}`,
        message: `${options.name} lists ${total.toLocaleString('en-US')} items at ${path}; Sightline reads at most ${(options.maxPages * options.pageSize).toLocaleString('en-US')} (${options.maxPages} pages of ${options.pageSize}).`,
        hint: 'Raise options.maxPages or options.pageSize on the connection, or point it at a smaller namespace.',
      });
    },
  };
}
