import { toHex } from '../../domain/report/evidence-pack';

/** SHA-256 of a text's UTF-8 bytes, in lower-case hex, with the browser's own Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}
