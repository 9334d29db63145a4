import type { Alerts, Metrics, SeriesRequest } from '../capabilities';
import type { RestClient } from './rest-client';
import { alertHistoryWire, alertListWire, seriesResultWire, silenceListWire } from './observability-schemas';
import { toAlert, toAlertInterval, toSeriesResult, toSilence } from './observability-to-domain';

function rangeParams(request: SeriesRequest): Record<string, string> {
  return {
    start: String(Math.floor(request.window.from / 1000)),
    end: String(Math.floor(request.window.to / 1000)),
    step: String(request.stepSeconds),
  };
}

/** The metrics part of the contract: `/metrics/*`, series at the step the chart asks for. */
export function createRestMetrics({ get }: RestClient): Metrics {
  return {
    async serving(target, signal, request, abort) {
      const query = new URLSearchParams({ model: target.model, signal, ...rangeParams(request) });
      if (target.deployment) query.set('deployment', target.deployment);
      return toSeriesResult(await get('/metrics/serving', seriesResultWire, abort, query));
    },
    async driftScores(target, request, abort) {
      const query = new URLSearchParams({ model: target.model, ...rangeParams(request) });
      if (target.feature) query.set('feature', target.feature);
      return toSeriesResult(await get('/metrics/drift-scores', seriesResultWire, abort, query));
    },
  };
}

/** The alerts part of the contract: `/alerts/*`. */
export function createRestAlerts({ get }: RestClient): Alerts {
  const filterParams = (filter: { model?: string; includeSuppressed?: boolean }): URLSearchParams => {
    const query = new URLSearchParams();
    if (filter.model) query.set('model', filter.model);
    if (filter.includeSuppressed) query.set('includeSuppressed', 'true');
    return query;
  };
  return {
    async listAlerts(filter, signal) {
      return (await get('/alerts', alertListWire, signal, filterParams(filter))).items.map(toAlert);
    },
    async listSilences(signal) {
      return (await get('/alerts/silences', silenceListWire, signal)).items.map(toSilence);
    },
    async history(filter, window, signal) {
      const query = filterParams(filter);
      query.set('start', new Date(window.from).toISOString());
      query.set('end', new Date(window.to).toISOString());
      return (await get('/alerts/history', alertHistoryWire, signal, query)).items.map(toAlertInterval);
    },
  };
}
