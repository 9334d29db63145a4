import { HttpResponse } from 'msw';
import { invalidParameter, MlflowApiError, mlflowErrorResponse } from './errors';

export const API_PREFIXES = ['/api/2.0/mlflow', '/ajax-api/2.0/mlflow'] as const;

/** MSW paths for one endpoint under both API prefixes; a relative base matches any origin. */
export function endpointPaths(baseUrl: string, endpoint: string): string[] {
  const base = baseUrl.replace(/\/+$/, '');
  const root = /^https?:\/\//.test(base) ? base : `*${base}`;
  return API_PREFIXES.map((prefix) => `${root}${prefix}/${endpoint}`);
}

/** Runs a handler body; an MlflowApiError becomes MLflow's `{error_code, message}` response. */
export async function answer(body: () => unknown): Promise<Response> {
  try {
    return HttpResponse.json((await body()) as Record<string, unknown>);
  } catch (error) {
    if (error instanceof MlflowApiError) return mlflowErrorResponse(error.code, error.message);
    throw error;
  }
}

/** A query parameter MLflow's proto marks required. */
export function required(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) {
    throw invalidParameter(
      `Missing value for required parameter '${name}'. See the API docs for more information about request parameters.`,
    );
  }
  return value;
}

/** MLflow's `_validate_content_type` for POST and PUT, then the JSON body. */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const contentType = request.headers.get('Content-Type')?.split(';')[0]?.trim();
  if (request.method === 'POST' || request.method === 'PUT') {
    if (!contentType) throw invalidParameter('Bad Request. Content-Type header is missing.');
    if (contentType !== 'application/json') {
      throw invalidParameter(
        `Bad Request. Content-Type must be one of [application/json]. Got '${contentType}'.`,
      );
    }
  }
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new MlflowApiError('BAD_REQUEST', 'Malformed request: the body is not a JSON object.');
}

export function bodyString(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value === 'string' && value) return value;
  if (typeof value === 'number') return String(value);
  throw invalidParameter(
    `Missing value for required parameter '${name}'. See the API docs for more information about request parameters.`,
  );
}
