import { msToNs } from '../../domain/logs/log-result';
import type { TimeWindow } from '../../domain/time-range';
import type { Logs } from '../logs-capability';
import type { LokiClient } from './loki-client';
import { lokiQueryRangeWire, lokiStringListWire } from './schemas';
import { queryRangeToDomain } from './to-domain';

function windowParams(window: TimeWindow): URLSearchParams {
  return new URLSearchParams({ start: msToNs(window.from), end: msToNs(window.to) });
}

/** The logs capability over Loki's `query_range`, `labels` and `label/<name>/values`. */
export function createLokiLogs(client: LokiClient, maxLines: number): Logs {
  return {
    async queryRange(query, window, options, abort) {
      const limit = Math.min(options.limit, maxLines);
      const params = windowParams(window);
      params.set('query', query);
      params.set('limit', String(limit));
      params.set('step', `${Math.max(1, Math.round(options.stepSeconds))}s`);
      params.set('direction', options.direction ?? 'backward');
      const body = await client.get('/query_range', params, lokiQueryRangeWire, abort);
      return queryRangeToDomain(body, limit, options.stepSeconds);
    },
    labelNames: async (window, abort) =>
      (await client.get('/labels', windowParams(window), lokiStringListWire, abort)).data,
    labelValues: async (label, window, abort) =>
      (
        await client.get(
          `/label/${encodeURIComponent(label)}/values`,
          windowParams(window),
          lokiStringListWire,
          abort,
        )
      ).data,
  };
}
