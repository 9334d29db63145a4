import { z } from './zod-mini';
import { isAbortError, SourceError } from './source-error';

export interface JsonRequest<S extends z.core.$ZodType> {
  /** The connection's name, for error messages. */
  source: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** Short form for messages: "GET /registry/models". */
  endpoint: string;
  query?: URLSearchParams;
  json?: unknown;
  form?: URLSearchParams;
  headers?: Record<string, string>;
  schema: S;
  signal: AbortSignal;
  timeoutMs?: number;
  /**
   * Pulls the backend's own error message out of an error body: `body` is the parsed JSON
   * (undefined when the body is not JSON), `text` the body as sent (Loki answers in plain text).
   */
  describeError?: (body: unknown, text: string) => string | undefined;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Where a client sends its requests and how it signs them, from a connection's URL and token. */
export interface HttpTarget {
  /** Without trailing slashes: paths start with `/`. */
  baseUrl: string;
  headers: Record<string, string>;
}

/**
 * Every client's first step: the base URL trimmed of spaces and trailing slashes, and the token
 * as `Authorization: Bearer <token>` (or `Basic`, the token being `user:password`).
 */
export function httpTarget(options: {
  baseUrl: string;
  token?: string;
  authScheme?: 'bearer' | 'basic';
}): HttpTarget {
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
  if (!options.token) return { baseUrl, headers: {} };
  const credentials =
    options.authScheme === 'basic' ? `Basic ${btoa(options.token)}` : `Bearer ${options.token}`;
  return { baseUrl, headers: { Authorization: credentials } };
}

/** Fetch, time out, check the status, parse and validate: every payload is checked at the boundary. */
export async function requestJson<S extends z.core.$ZodType>(request: JsonRequest<S>): Promise<z.output<S>> {
  const { source, endpoint, schema } = request;
  const response = await send(request);
  const text = await readText(response, request);
  const body = parseJson(text);

  if (!response.ok) {
    const detail = request.describeError?.(body, text) || statusText(response);
    throw new SourceError({
      kind: 'http',
      status: response.status,
      source,
      endpoint,
      message: `${source} answered ${response.status} to ${endpoint}: ${detail}`,
      hint: hintForStatus(response.status),
    });
  }
  if (body === undefined) {
    throw new SourceError({
      kind: 'schema',
      source,
      endpoint,
      message: `${source} sent a response to ${endpoint} that is not JSON.`,
      hint: 'Check that the URL points at the API, not at a web page.',
    });
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || '(root)';
    throw new SourceError({
      kind: 'schema',
      source,
      endpoint,
      field,
      message: `${source} sent a malformed response to ${endpoint}: field "${field}" ${issue?.message.toLowerCase() ?? 'is invalid'}.`,
      hint: 'The backend does not speak the expected API version.',
    });
  }
  return parsed.data;
}

/**
 * A backend that lives in the page (the demo): asked first for every request; `undefined` sends
 * the request on to the network. In the page rather than in a service worker, the demo needs no
 * worker registration before its first answer, and MSW's worker client stays out of the bundle.
 */
export type InPageBackend = (request: Request) => Promise<Response | undefined>;

let backendsReady: Promise<unknown> = Promise.resolve();

/**
 * Holds every request until `starting` settles: the app renders at once while a backend that
 * lives in the page (the demo) starts, and the first requests wait for it instead of reaching
 * the network; when `starting` resolves to an `InPageBackend`, requests ask it first. A backend
 * that fails to start fails the requests with its error, so each view
 * shows it with Retry.
 */
export function holdRequestsUntil(starting: Promise<unknown>): void {
  backendsReady = starting;
}

async function send(request: JsonRequest<z.core.$ZodType>): Promise<Response> {
  let inPage: InPageBackend | undefined;
  try {
    const ready = await backendsReady;
    inPage = typeof ready === 'function' ? (ready as InPageBackend) : undefined;
  } catch (error) {
    throw new SourceError({
      kind: 'network',
      source: request.source,
      endpoint: request.endpoint,
      message: `${request.source} could not start: ${error instanceof Error ? error.message : String(error)}.`,
      hint: 'Reload the page; if it persists, report it with the message above.',
      cause: error,
    });
  }
  const timeout = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = AbortSignal.any([request.signal, timeout]);
  const relative =
    request.query && [...request.query].length > 0
      ? `${request.url}?${request.query.toString()}`
      : request.url;
  // Relative URLs (the demo, a reverse-proxied backend) are relative to the page.
  const url = typeof location === 'undefined' ? relative : new URL(relative, location.href).toString();
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = request.form.toString();
  }
  const init: RequestInit = { method: request.method ?? 'GET', headers, body, signal };
  try {
    return (inPage && (await askInPage(inPage, new Request(url, init), signal))) || (await fetch(url, init));
  } catch (error) {
    throw transportError(error, request, timeout);
  }
}

/** The in-page backend's answer, settled as fetch would: an abort rejects, an error response fails. */
async function askInPage(
  backend: InPageBackend,
  request: Request,
  signal: AbortSignal,
): Promise<Response | undefined> {
  signal.throwIfAborted();
  const response = await new Promise<Response | undefined>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    backend(request)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
  // `HttpResponse.error()` is a refused connection: fetch reports it as a TypeError.
  if (response?.type === 'error') throw new TypeError('Failed to fetch');
  return response;
}

async function readText(response: Response, request: JsonRequest<z.core.$ZodType>): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw transportError(error, request);
  }
}

function transportError(
  error: unknown,
  request: JsonRequest<z.core.$ZodType>,
  timeout?: AbortSignal,
): unknown {
  if (timeout?.aborted && !request.signal.aborted) {
    const ms = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const seconds = ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000));
    return new SourceError({
      kind: 'timeout',
      source: request.source,
      endpoint: request.endpoint,
      message: `${request.source} did not answer ${request.endpoint} within ${seconds} s.`,
      hint: 'The server may be overloaded; try again.',
      cause: error,
    });
  }
  // The caller cancelled: let the abort propagate untouched.
  if (isAbortError(error) || request.signal.aborted) return error;
  return new SourceError({
    kind: 'network',
    source: request.source,
    endpoint: request.endpoint,
    message: `Could not reach ${request.source} for ${request.endpoint}.`,
    hint: 'Check the URL, that the server is running, and that it allows requests from this page (CORS).',
    cause: error,
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function statusText(response: Response): string {
  return response.statusText || 'the request failed';
}

function hintForStatus(status: number): string | undefined {
  if (status === 401) return 'The server wants credentials: add a token to the connection.';
  if (status === 403) return 'The server refused: your account may not be allowed to do this.';
  if (status === 404) return 'Check the URL: the server does not know this path.';
  if (status >= 500) return 'The server failed; try again, or check its logs.';
  return undefined;
}
