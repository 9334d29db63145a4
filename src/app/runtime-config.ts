import {
  DEMO_CONFIG,
  parseRuntimeConfig,
  ConfigError,
  type RuntimeConfig,
} from '../sources/connection-config';

/**
 * Reads `config.json` beside index.html, so a deployment of the built files
 * is configured without a rebuild. Absent: the demo answers everything.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  let response: Response;
  try {
    // index.html starts this request before the app's code has loaded; the fetch is the fallback.
    response = await (takeEarlyConfigRequest() ??
      fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' }));
  } catch {
    return DEMO_CONFIG;
  }
  if (response.status === 404) return DEMO_CONFIG;
  const text = await response.text();
  // A dev server (or an SPA fallback) answers unknown paths with index.html: that is "no config".
  if (text.trimStart().startsWith('<')) return DEMO_CONFIG;
  // Any other failure must not quietly start the demo in place of the deployment's real backends.
  if (!response.ok)
    throw new ConfigError(`config.json could not be read: the server answered ${response.status}.`, '(root)');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config.json is not valid JSON: ${(error as Error).message}`, '(root)');
  }
  return parseRuntimeConfig(raw);
}

declare global {
  interface Window {
    /** config.json, requested by index.html's inline script while the app's code downloads. */
    __sightlineConfig?: Promise<Response>;
  }
}

/** The early request, once: a later load (a test, a retry) fetches afresh. */
function takeEarlyConfigRequest(): Promise<Response> | undefined {
  const early = window.__sightlineConfig;
  delete window.__sightlineConfig;
  return early;
}
