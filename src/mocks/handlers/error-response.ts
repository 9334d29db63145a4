import { HttpResponse } from 'msw';

export type ErrorCode =
  'NOT_FOUND' | 'INVALID_PARAMETER' | 'INVALID_CURSOR' | 'UNAVAILABLE' | 'CONFLICT' | 'INTERNAL';

/** The contract's error body: `{ "error": { "code", "message" } }`. */
export function errorResponse(status: number, code: ErrorCode, message: string): Response {
  return HttpResponse.json({ error: { code, message } }, { status });
}
