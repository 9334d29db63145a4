import { http, HttpResponse, type HttpHandler } from 'msw';
import type { TimeWindow } from '../../domain/time-range';
import type { DemoFleet } from '../fleet/fleet';
import { createLru } from '../fleet/lru';
import type { ModelPlan } from '../fleet/model-plan';
import { demoPath } from '../handlers/demo-path';
import { errorResponse } from '../handlers/error-response';
import { buildDriftRanking } from './drift-ranking';
import { buildDriftReport } from './drift-report';
import { buildDriftTimeline } from './drift-timeline';
import type { MonitoringPlan } from './monitoring-plan';
import { createMonitoringPlans } from './monitoring-plans';
import { parseLimit, parseStep, parseWindow } from './parse-monitoring-query';
import { buildPerformance } from './performance';
import type { DriftRankingWire } from '../../sources/rest/monitoring-schemas';

type Target = { plan: MonitoringPlan; version: number; window: TimeWindow; params: URLSearchParams };

const bad = (message: string): Response => errorResponse(400, 'INVALID_PARAMETER', message);

/** `/monitoring/*`: drift profiles, drift over time, performance, and the fleet ranked by drift. */
export function monitoringHandlers(fleet: DemoFleet): HttpHandler[] {
  const { seed, now } = fleet.options;
  const plans = createMonitoringPlans(seed, now);
  const rankings = createLru<string, DriftRankingWire>(4);

  function target(name: string, url: string): Target | Response {
    const registry: ModelPlan | undefined = fleet.findPlan(name);
    if (!registry) return errorResponse(404, 'NOT_FOUND', `No registered model is named "${name}".`);
    const plan = plans.of(registry);
    if (!plan) {
      return errorResponse(
        404,
        'NOT_FOUND',
        `${name} serves no live traffic, so there is nothing to monitor.`,
      );
    }
    const params = new URL(url).searchParams;
    const versionText = params.get('version');
    const version =
      versionText === null
        ? (registry.productionVersion ?? registry.versionTimes.length)
        : Number(versionText);
    if (!Number.isInteger(version) || version < 1 || version > registry.versionTimes.length) {
      return errorResponse(404, 'NOT_FOUND', `${name} has no version "${versionText ?? ''}".`);
    }
    const window = parseWindow(params);
    if (!window.ok) return bad(window.message);
    return { plan, version, window: window.value, params };
  }

  const context = (plan: MonitoringPlan) => ({
    seed,
    now,
    model: plan.registry.model.name,
    rowsPerHour: plan.rowsPerHour,
  });

  return [
    http.get<{ name: string }>(demoPath('/monitoring/models/:name/drift'), ({ params, request }) => {
      const found = target(params.name, request.url);
      if (found instanceof Response) return found;
      return HttpResponse.json(
        buildDriftReport(found.plan, found.version, found.window, context(found.plan)),
      );
    }),
    http.get<{ name: string }>(demoPath('/monitoring/models/:name/drift/timeline'), ({ params, request }) => {
      const found = target(params.name, request.url);
      if (found instanceof Response) return found;
      const step = parseStep(found.params, found.window);
      if (!step.ok) return bad(step.message);
      const only = found.params.getAll('feature');
      return HttpResponse.json(
        buildDriftTimeline(found.plan, found.window, step.value, only, context(found.plan)),
      );
    }),
    http.get<{ name: string }>(demoPath('/monitoring/models/:name/performance'), ({ params, request }) => {
      const found = target(params.name, request.url);
      if (found instanceof Response) return found;
      const step = parseStep(found.params, found.window);
      if (!step.ok) return bad(step.message);
      return HttpResponse.json(buildPerformance(found.plan, found.window, step.value, context(found.plan)));
    }),
    http.get(demoPath('/monitoring/drift-ranking'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      const window = parseWindow(query);
      if (!window.ok) return bad(window.message);
      const limit = parseLimit(query);
      if (!limit.ok) return bad(limit.message);
      const key = `${window.value.from}|${window.value.to}`;
      // Scoring every model is the expensive part; the limit only cuts the list.
      const ranking = rankings.get(key, () =>
        buildDriftRanking(fleet.plans(), plans, window.value, 100, { seed, now }),
      );
      return HttpResponse.json({ ...ranking, items: ranking.items.slice(0, limit.value) });
    }),
  ];
}
