import type { ConnectionCheck } from '../source';
import { isSourceError } from '../source-error';
import type { MarquezClient } from './marquez-client';
import { namespacesWire } from './schemas';

/** "Test connection": the namespaces prove the URL, the proxy and the API; then the configured one must be there. */
export async function checkMarquez(
  client: MarquezClient,
  namespace: string,
  signal: AbortSignal,
): Promise<ConnectionCheck> {
  const where = client.baseUrl || 'this page';
  try {
    const { namespaces } = await client.get('/namespaces', {}, namespacesWire, signal);
    const names = namespaces.map((n) => n.name);
    const found = names.includes(namespace);
    const reachable = { label: 'Reachable', ok: true, detail: `${where}/api/v1/namespaces answered.` };
    if (!found)
      return {
        ok: false,
        summary: `Marquez at ${where} has no namespace "${namespace}"; it has ${names.join(', ') || 'none'}.`,
        steps: [
          reachable,
          { label: 'Namespace', ok: false, detail: `Set options.namespace to one of: ${names.join(', ')}.` },
        ],
      };
    return {
      ok: true,
      summary: `Connected to Marquez at ${where}; namespace "${namespace}" found among ${names.length}.`,
      steps: [reachable, { label: 'Namespace', ok: true, detail: `"${namespace}" exists.` }],
    };
  } catch (error) {
    if (!isSourceError(error)) throw error;
    const detail =
      error.kind === 'network'
        ? `Nothing answered at ${where}: Marquez sends no CORS headers by default, so reach it through the same origin (set the URL to /marquez and point the proxy at Marquez).`
        : error.kind === 'schema'
          ? `${where} answered, but not as Marquez's API v1 does: the URL must be where Marquez is served, before /api/v1.`
          : error.message;
    return { ok: false, summary: detail, steps: [{ label: 'Reachable', ok: false, detail }] };
  }
}
