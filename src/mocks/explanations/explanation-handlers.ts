import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DemoFleet } from '../fleet/fleet';
import { createLru } from '../fleet/lru';
import type { ModelPlan } from '../fleet/model-plan';
import { demoPath } from '../handlers/demo-path';
import { errorResponse } from '../handlers/error-response';
import { parseLimit, parseStep, parseWindow } from '../monitoring/parse-monitoring-query';
import {
  cohortAttributions,
  explanationDrift,
  explanationDriftEntry,
  globalAttributions,
  GLOBAL_SAMPLE,
  sampleMatrix,
} from './attributions';
import { explainPlan, EXPLAINED_COUNT, type ExplainPlan } from './explain-plan';
import { buildGroupCounts, FAIRNESS_MODELS, hasFairness, knownAttributes } from './fairness-counts';
import { createPredictionList } from './prediction-list';
import { indexOfPrediction, predictionAt } from './predictions';
import { topContributions } from '../../domain/explanations/explanation';

const bad = (message: string): Response => errorResponse(400, 'INVALID_PARAMETER', message);
const notFound = (message: string): Response => errorResponse(404, 'NOT_FOUND', message);

type Found = { registry: ModelPlan; plan: ExplainPlan; version: number; params: URLSearchParams };

function intParam(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number | Response {
  const text = params.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    return bad(`"${name}" must be between ${min} and ${max}.`);
  return value;
}

/** `/explanations/*` and `/fairness/*`: attributions, recent predictions, and decisions per group. */
export function explanationHandlers(fleet: DemoFleet): HttpHandler[] {
  const { seed, now } = fleet.options;
  const plans = createLru<string, ExplainPlan | undefined>(64);
  const page = createPredictionList(seed, now);

  function find(name: string, url: string): Found | Response {
    const registry = fleet.findPlan(name);
    if (!registry) return notFound(`No registered model is named "${name}".`);
    const plan = plans.get(name, () => explainPlan(registry, seed));
    if (!plan) return notFound(`${name} is not in production, so it has no predictions to explain.`);
    const params = new URL(url).searchParams;
    const text = params.get('version');
    const version = text === null ? plan.productionVersion : Number(text);
    if (!Number.isInteger(version) || version < 1 || version > registry.versionTimes.length)
      return notFound(`${name} has no version "${text ?? ''}".`);
    return { registry, plan, version, params };
  }

  const route = (path: string) => demoPath(`/explanations/models/:name${path}`);

  return [
    http.get<{ name: string }>(route('/global'), ({ params, request }) => {
      const found = find(params.name, request.url);
      if (found instanceof Response) return found;
      return HttpResponse.json({
        model: found.plan.model,
        version: String(found.version),
        method: found.plan.method,
        sampleSize: GLOBAL_SAMPLE,
        features: globalAttributions(found.plan, found.version),
      });
    }),
    http.get<{ name: string }>(route('/cohorts'), ({ params, request }) => {
      const found = find(params.name, request.url);
      if (found instanceof Response) return found;
      const by = found.params.get('by') ?? '';
      const segment = found.plan.segmentFeature ?? 'region';
      if (by !== 'outcome' && by !== segment)
        return bad(`"by" must be "outcome" or "${segment}" for ${found.plan.model}.`);
      return HttpResponse.json({
        model: found.plan.model,
        version: String(found.version),
        method: found.plan.method,
        by,
        cohorts: cohortAttributions(found.plan, seed, now, by === 'outcome' ? 'outcome' : 'segment'),
      });
    }),
    http.get<{ name: string }>(route('/predictions'), ({ params, request }) => {
      const found = find(params.name, request.url);
      if (found instanceof Response) return found;
      const limit = intParam(found.params, 'limit', 1, 1000, 100);
      if (limit instanceof Response) return limit;
      const outcome = found.params.get('outcome') || undefined;
      const segment = found.params.get('segment') || undefined;
      const cursor = found.params.get('cursor') || undefined;
      const result = page(found.plan, { limit, outcome, segment, cursor });
      if (!result.ok) return errorResponse(400, 'INVALID_CURSOR', result.message);
      return HttpResponse.json({
        items: result.items.map((p) => ({
          predictionId: p.predictionId,
          at: new Date(p.at).toISOString(),
          version: p.version,
          prediction: p.prediction,
          outcome: p.outcome,
          segment: p.segment,
          explained: p.explained,
        })),
        total: result.total,
        nextCursor: result.nextCursor ?? null,
        outcomes: [...found.plan.outcomes],
        segments: [...found.plan.segments],
      });
    }),
    http.get<{ name: string; id: string }>(route('/predictions/:id'), ({ params, request }) => {
      const found = find(params.name, request.url);
      if (found instanceof Response) return found;
      const k = intParam(found.params, 'k', 1, 50, 8);
      if (k instanceof Response) return k;
      const index = indexOfPrediction(params.id);
      if (index === undefined) return notFound(`${found.plan.model} has no prediction "${params.id}".`);
      if (index >= EXPLAINED_COUNT)
        return notFound(
          `No explanation is kept for prediction ${params.id}: explanations are kept for the newest ${EXPLAINED_COUNT} predictions.`,
        );
      const p = predictionAt(found.plan, seed, now, index);
      const { top, other } = topContributions(
        found.plan.features.map((f, j) => ({
          feature: f.name,
          value: p.values[j] ?? null,
          contribution: p.contributions[j] ?? 0,
        })),
        k,
      );
      return HttpResponse.json({
        predictionId: p.predictionId,
        model: found.plan.model,
        version: p.version,
        at: new Date(p.at).toISOString(),
        method: found.plan.method,
        outputSpace: found.plan.outputSpace,
        baseValue: found.plan.baseValue,
        prediction: p.prediction,
        outcome: p.outcome,
        contributions: top,
        other: other ? { count: other.count, contribution: Number(other.contribution.toFixed(5)) } : null,
      });
    }),
    http.get<{ name: string }>(route('/samples'), ({ params, request }) => {
      const found = find(params.name, request.url);
      if (found instanceof Response) return found;
      const limit = intParam(found.params, 'limit', 1, 5000, 1000);
      if (limit instanceof Response) return limit;
      return HttpResponse.json({
        model: found.plan.model,
        version: String(found.version),
        ...sampleMatrix(found.plan, seed, now, limit),
      });
    }),
    http.get<{ name: string }>(route('/drift'), ({ params, request }) => {
      const found = find(params.name, request.url);
      if (found instanceof Response) return found;
      const window = parseWindow(found.params);
      if (!window.ok) return bad(window.message);
      const step = parseStep(found.params, window.value);
      if (!step.ok) return bad(step.message);
      return HttpResponse.json(
        explanationDrift(found.plan, found.registry, seed, now, window.value, step.value),
      );
    }),
    http.get<{ name: string }>(demoPath('/fairness/models/:name/groups'), ({ params, request }) => {
      const found = find(params.name, request.url);
      if (found instanceof Response) return found;
      if (!hasFairness(found.plan.model))
        return notFound(`No protected attributes are monitored for ${found.plan.model}.`);
      const window = parseWindow(found.params);
      if (!window.ok) return bad(window.message);
      const attribute = found.params.get('attribute') || undefined;
      if (attribute && !knownAttributes(found.plan.model).includes(attribute))
        return notFound(`${found.plan.model} has no monitored protected attribute "${attribute}".`);
      const production = found.version === found.plan.productionVersion;
      const since = production
        ? found.plan.productionSince
        : (found.registry.versionTimes[found.version - 1] ?? 0);
      const until = production ? now : found.plan.productionSince;
      return HttpResponse.json(
        buildGroupCounts({
          model: found.plan.model,
          version: found.version,
          since,
          until,
          window: window.value,
          now,
          attribute,
          intersections: true,
        }),
      );
    }),
    http.get(demoPath('/explanations/drift-ranking'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const window = parseWindow(params);
      if (!window.ok) return bad(window.message);
      const limit = parseLimit(params);
      if (!limit.ok) return bad(limit.message);
      const entries = fleet.plans().flatMap((registry) => {
        const plan = plans.get(registry.model.name, () => explainPlan(registry, seed));
        return plan ? [explanationDriftEntry(plan, seed, now, window.value.to)] : [];
      });
      entries.sort((a, b) => a.ndcg - b.ndcg || a.model.localeCompare(b.model));
      return HttpResponse.json({
        start: new Date(window.value.from).toISOString(),
        end: new Date(window.value.to).toISOString(),
        monitored: entries.length,
        items: entries.slice(0, limit.value),
      });
    }),
    http.get(demoPath('/fairness/overview'), ({ request }) => {
      const window = parseWindow(new URL(request.url).searchParams);
      if (!window.ok) return bad(window.message);
      const items = FAIRNESS_MODELS.flatMap((name) => {
        const registry = fleet.findPlan(name);
        const plan = registry && plans.get(name, () => explainPlan(registry, seed));
        if (!plan) return [];
        const report = buildGroupCounts({
          model: name,
          version: plan.productionVersion,
          since: plan.productionSince,
          until: now,
          window: window.value,
          now,
          intersections: false,
        });
        return report ? [report] : [];
      });
      return HttpResponse.json({
        start: new Date(window.value.from).toISOString(),
        end: new Date(window.value.to).toISOString(),
        items,
      });
    }),
  ];
}
