/**
 * Paging cursors: base64url of `{ o: offset, q: queryKey }`. Clients must treat
 * them as opaque; the query key lets the server refuse a cursor that was
 * issued for a different search, filter or sort instead of returning a page
 * that silently skips or repeats models.
 */
interface CursorBody {
  o: number;
  q: string;
}

export function encodeCursor(offset: number, queryKey: string): string {
  const body: CursorBody = { o: offset, q: queryKey };
  return btoa(JSON.stringify(body)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export type CursorResult = { ok: true; offset: number } | { ok: false; message: string };

export function decodeCursor(cursor: string, queryKey: string): CursorResult {
  let body: unknown;
  try {
    body = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
  } catch {
    return { ok: false, message: 'The cursor is not one this server issued.' };
  }
  if (!isCursorBody(body)) return { ok: false, message: 'The cursor is not one this server issued.' };
  if (body.q !== queryKey) {
    return { ok: false, message: 'The cursor belongs to a different query; start again without a cursor.' };
  }
  return { ok: true, offset: body.o };
}

function isCursorBody(value: unknown): value is CursorBody {
  if (typeof value !== 'object' || value === null) return false;
  const { o, q } = value as Record<string, unknown>;
  return typeof o === 'number' && Number.isInteger(o) && o >= 0 && typeof q === 'string';
}
