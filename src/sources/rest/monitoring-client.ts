import type { TimeWindow } from '../../domain/time-range';
import type { BucketedRequest, Monitoring, MonitoringTarget } from '../monitoring-capability';
import type { RestClient } from './rest-client';
import { checkedDriftReportWire, checkedDriftTimelineWire } from './monitoring-checks';
import { driftRankingWire, performanceReportWire } from './monitoring-schemas';
import { toDriftRanking, toDriftReport, toDriftTimeline, toPerformanceReport } from './monitoring-to-domain';

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
      const query = targetParams(target, window);
      return toDriftReport(
        await client.get(modelPath(target, '/drift'), checkedDriftReportWire, signal, query),
      );
    },
    async driftTimeline(target, request, signal) {
      const query = bucketParams(target, request);
      const path = modelPath(target, '/drift/timeline');
      return toDriftTimeline(await client.get(path, checkedDriftTimelineWire, signal, query));
    },
    async performance(target, request, signal) {
      const query = bucketParams(target, request);
      const path = modelPath(target, '/performance');
      return toPerformanceReport(await client.get(path, performanceReportWire, signal, query));
    },
    async driftRanking(window, limit, signal) {
      const query = windowParams(window);
      query.set('limit', String(limit));
      return toDriftRanking(await client.get('/monitoring/drift-ranking', driftRankingWire, signal, query));
    },
  };
}
