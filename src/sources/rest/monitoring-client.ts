import type { TimeWindow } from '../../domain/time-range';
import type { BucketedRequest, Monitoring, MonitoringTarget } from '../monitoring-capability';
import type { RestClient } from './rest-client';

/**
 * Drift payloads are large and their schemas pull in the drift statistics'
 * vocabulary: load them with the first monitoring question, not on the landing route.
 */
const wire = async () => {
  const [checks, schemas, mappers] = await Promise.all([
    import('./monitoring-checks'),
    import('./monitoring-schemas'),
    import('./monitoring-to-domain'),
  ]);
  return { ...checks, ...schemas, ...mappers };
};

const enc = encodeURIComponent;

function windowParams(window: TimeWindow): URLSearchParams {
  return new URLSearchParams({
    start: new Date(window.from).toISOString(),
    end: new Date(window.to).toISOString(),
  });
}

function targetParams(target: MonitoringTarget, window: TimeWindow): URLSearchParams {
  const query = windowParams(window);
  if (target.version) query.set('version', target.version);
  return query;
}

function bucketParams(target: MonitoringTarget, request: BucketedRequest): URLSearchParams {
  const query = targetParams(target, request.window);
  query.set('step', String(Math.round(request.stepSeconds)));
  for (const feature of request.features ?? []) query.append('feature', feature);
  return query;
}

const modelPath = (target: MonitoringTarget, rest: string): string =>
  `/monitoring/models/${enc(target.model)}${rest}`;

/** The monitoring part of the contract: `/monitoring/*`. */
export function createRestMonitoring(client: RestClient): Monitoring {
  return {
    async driftReport(target, window, signal) {
      const { toDriftReport, checkedDriftReportWire } = await wire();
      const query = targetParams(target, window);
      return toDriftReport(
        await client.get(modelPath(target, '/drift'), checkedDriftReportWire, signal, query),
      );
    },
    async driftTimeline(target, request, signal) {
      const { toDriftTimeline, checkedDriftTimelineWire } = await wire();
      const query = bucketParams(target, request);
      const path = modelPath(target, '/drift/timeline');
      return toDriftTimeline(await client.get(path, checkedDriftTimelineWire, signal, query));
    },
    async performance(target, request, signal) {
      const { toPerformanceReport, performanceReportWire } = await wire();
      const query = bucketParams(target, request);
      const path = modelPath(target, '/performance');
      return toPerformanceReport(await client.get(path, performanceReportWire, signal, query));
    },
    async driftRanking(window, limit, signal) {
      const { toDriftRanking, driftRankingWire } = await wire();
      const query = windowParams(window);
      query.set('limit', String(limit));
      return toDriftRanking(await client.get('/monitoring/drift-ranking', driftRankingWire, signal, query));
    },
  };
}
