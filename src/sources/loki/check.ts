import { msToNs } from '../../domain/logs/log-result';
import type { ConnectionCheck } from '../source';
import { isSourceError } from '../source-error';
import type { LokiClient } from './loki-client';
import { lokiStringListWire } from './schemas';

const HOUR_MS = 3_600_000;

/** "Test connection": the label names of the last hour prove the URL, the proxy, the tenant and the API. */
export async function checkLoki(
  client: LokiClient,
  signal: AbortSignal,
  now = Date.now(),
): Promise<ConnectionCheck> {
  const where = client.baseUrl || 'this page';
  try {
    const params = new URLSearchParams({ start: msToNs(now - HOUR_MS), end: msToNs(now) });
    const { data } = await client.get('/labels', params, lokiStringListWire, signal);
    const reachable = { label: 'Reachable', ok: true, detail: `${where}/loki/api/v1/labels answered.` };
    if (data.length === 0)
      return {
        ok: true,
        summary: `Connected to Loki at ${where}, but it received no logs in the last hour.`,
        steps: [
          reachable,
          {
            label: 'Logs',
            ok: false,
            detail: 'No stream has a label in the last hour: check what ships logs to it.',
          },
        ],
      };
    return {
      ok: true,
      summary: `Connected to Loki at ${where}; its streams carry ${data.length} label names (${data.slice(0, 5).join(', ')}${data.length > 5 ? ', …' : ''}).`,
      steps: [reachable, { label: 'Logs', ok: true, detail: `Labels: ${data.join(', ')}.` }],
    };
  } catch (error) {
    if (!isSourceError(error)) throw error;
    const detail = error.hint ? `${error.message} ${error.hint}` : error.message;
    return { ok: false, summary: detail, steps: [{ label: 'Reachable', ok: false, detail }] };
  }
}
