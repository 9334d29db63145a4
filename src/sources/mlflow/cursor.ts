/**
 * The fleet page's cursor over MLflow's paging. When the browser filters, a
 * fleet page can end in the middle of an MLflow page, so the cursor holds
 * MLflow's `page_token` for that page, how many of its models were already
 * shown, and the `max_results` it was read with (a token is only valid with it).
 */
export interface MlflowCursor {
  /** MLflow's `page_token`; absent for the first page. */
  token?: string;
  /** Models of that MLflow page already handed out. */
  skip: number;
  /** `max_results` of that MLflow page. */
  pageSize: number;
}

const PREFIX = 'mlf1.';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(cursor: MlflowCursor): string {
  const body: [string | null, number, number] = [cursor.token ?? null, cursor.skip, cursor.pageSize];
  return PREFIX + toBase64Url(JSON.stringify(body));
}

/** The cursor, or undefined when it is not one this source wrote. */
export function decodeCursor(text: string): MlflowCursor | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  try {
    const body: unknown = JSON.parse(fromBase64Url(text.slice(PREFIX.length)));
    if (!Array.isArray(body) || body.length !== 3) return undefined;
    const [token, skip, pageSize] = body as unknown[];
    if (token !== null && typeof token !== 'string') return undefined;
    if (!Number.isInteger(skip) || !Number.isInteger(pageSize)) return undefined;
    if ((skip as number) < 0 || (pageSize as number) < 1) return undefined;
    return { token: token ?? undefined, skip: skip as number, pageSize: pageSize as number };
  } catch {
    return undefined;
  }
}
