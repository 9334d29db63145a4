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
    response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  } catch {
    return DEMO_CONFIG;
  }
  if (response.status === 404) return DEMO_CONFIG;
  const text = await response.text();
  // A dev server answers unknown paths with index.html: treat that as "no config".
  if (!response.ok || text.trimStart().startsWith('<')) return DEMO_CONFIG;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config.json is not valid JSON: ${(error as Error).message}`, '(root)');
  }
  return parseRuntimeConfig(raw);
}
