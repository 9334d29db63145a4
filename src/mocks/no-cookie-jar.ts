/**
 * Stands in for `tough-cookie` in the browser build (vite.config.ts aliases it). MSW keeps a
 * cookie jar for handlers that set cookies; the demo's handlers never do, and the real jar
 * brings the public suffix list (tldts), about 70 kB gzipped, onto the demo's landing route.
 * Only what MSW's cookie store calls is here: the jar is empty and stays empty.
 */
export const Cookie = { fromJSON: (): null => null };

export class MemoryCookieStore {
  idx: Record<string, never> = {};
}

export class CookieJar {
  getCookiesSync(): never[] {
    return [];
  }

  setCookie(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}
