import type { z } from '../zod-mini';
import { httpTarget, requestJson } from '../http';
import { isSourceError } from '../source-error';
import { errorWire } from './schemas';

export interface MlflowClientOptions {
  /** The connection's name, for error messages. */
  name: string;
  /** Where MLflow is served, before `/api/2.0`: `/mlflow` behind the proxy, or `https://mlflow.example.com`. */
  baseUrl: string;
  token?: string;
  authScheme: 'bearer' | 'basic';
  timeoutMs?: number;
}

export type QueryParams = Record<string, string | number | readonly string[] | undefined>;

export interface ErrorWording {
  /** What to say when MLflow answers RESOURCE_DOES_NOT_EXIST. */
  notFound?: string;
}

export interface MlflowClient {
  /** The base URL without a trailing `/api/2.0/mlflow`. */
  baseUrl: string;
  get<S extends z.core.$ZodType>(
    path: string,
    params: QueryParams,
    schema: S,
    signal: AbortSignal,
    wording?: ErrorWording,
  ): Promise<z.output<S>>;
  post<S extends z.core.$ZodType>(
    path: string,
    body: unknown,
    schema: S,
    signal: AbortSignal,
    wording?: ErrorWording,
  ): Promise<z.output<S>>;
}

const API_PREFIX = '/api/2.0/mlflow';

/** A URL pasted with its API path (`…/api/2.0/mlflow`) still works: the path is the client's to add. */
export function normalizeBaseUrl(url: string): string {
  return url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/(ajax-)?api\/2\.0(\/mlflow)?$/, '');
}

function toSearchParams(params: QueryParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    // MLflow reads a repeated key as a list (`order_by`).
    if (typeof value === 'object') for (const item of value) search.append(key, item);
    else search.set(key, String(value));
  }
  return search;
}

const CODE_HINTS: Record<string, string> = {
  RESOURCE_DOES_NOT_EXIST: 'It may have been renamed or deleted in MLflow.',
  INVALID_PARAMETER_VALUE: 'MLflow refused a parameter of the request; the message says which.',
  BAD_REQUEST: 'MLflow refused the request; the message says why.',
  PERMISSION_DENIED: 'Your MLflow account may not read this; ask an MLflow admin for READ permission.',
  UNAUTHENTICATED:
    'MLflow wants credentials: add a token (or user:password with the basic scheme) to the connection.',
  INTERNAL_ERROR: 'MLflow failed; try again, or check the MLflow server logs.',
};

/** MLflow's own words from `{error_code, message}`, with the code when there is no message. */
export function describeMlflowError(body: unknown): string | undefined {
  const parsed = errorWire.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.message || parsed.data.error_code;
}

/** JSON over HTTP to `<base>/api/2.0/mlflow/<path>`, MLflow's errors turned into words. */
export function createMlflowClient(options: MlflowClientOptions): MlflowClient {
  const { baseUrl, headers } = httpTarget({ ...options, baseUrl: normalizeBaseUrl(options.baseUrl) });

  async function call<S extends z.core.$ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    signal: AbortSignal,
    extra: { query?: URLSearchParams; json?: unknown },
    wording: ErrorWording = {},
  ): Promise<z.output<S>> {
    let code: string | undefined;
    let message: string | undefined;
    try {
      return await requestJson({
        source: options.name,
        method,
        url: `${baseUrl}${API_PREFIX}/${path}`,
        endpoint: `${method} ${path}`,
        ...extra,
        headers,
        schema,
        signal,
        timeoutMs: options.timeoutMs,
        describeError: (body) => {
          const parsed = errorWire.safeParse(body);
          if (parsed.success) {
            code = parsed.data.error_code;
            message = parsed.data.message;
          }
          return describeMlflowError(body);
        },
      });
    } catch (error) {
      if (!isSourceError(error) || code === undefined) throw error;
      const notFound = code === 'RESOURCE_DOES_NOT_EXIST' ? wording.notFound : undefined;
      const said = message ? `MLflow said: ${message}` : `MLflow answered ${code}.`;
      throw error.with({
        message: notFound ?? error.message,
        hint: notFound ? `${CODE_HINTS[code] ?? ''} ${said}`.trim() : (CODE_HINTS[code] ?? error.hint),
      });
    }
  }

  return {
    baseUrl,
    get: (path, params, schema, signal, wording) =>
      call('GET', path, schema, signal, { query: toSearchParams(params) }, wording),
    // requestJson sends `Content-Type: application/json` with a JSON body, which MLflow requires on POST.
    post: (path, body, schema, signal, wording) =>
      call('POST', path, schema, signal, { json: body }, wording),
  };
}
