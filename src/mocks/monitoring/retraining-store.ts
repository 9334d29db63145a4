import type { DemoFleet } from '../fleet/fleet';
import type { ModelPlan } from '../fleet/model-plan';
import { DAY, HOUR } from '../fleet/time';
import type { RetrainingRequestWire } from './wire-types';

export interface RetrainingStore {
  /** Newest first; undefined for a model the registry does not know. */
  list(model: string): RetrainingRequestWire[] | undefined;
  add(model: string, request: { reason: string; requestedBy: string }): RetrainingRequestWire | undefined;
}

const iso = (t: number): string => new Date(t).toISOString();

/** What already happened before the demo started: churn-predictor's v7 came from a request. */
function history(plan: ModelPlan, now: number): RetrainingRequestWire[] {
  if (plan.model.name !== 'churn-predictor') return [];
  const v7 = plan.versionTimes[6] ?? now - 3 * DAY;
  return [
    {
      id: 'rt-churn-predictor-1',
      modelName: plan.model.name,
      requestedBy: 'priya.natarajan',
      reason: 'tenure_months has been creeping since last week (PSI 0.18); retrain on the last 90 days.',
      requestedAt: iso(v7 - 2 * HOUR),
      status: 'completed',
      message: 'Completed: pipeline run 4791 registered v7, now the challenger on 10 % canary traffic.',
    },
  ];
}

/**
 * The demo's record of retraining requests: an in-memory list per model, fresh for each set of
 * handlers (each test server, each page load of the demo), so nothing leaks between tests.
 */
export function createRetrainingStore(fleet: DemoFleet): RetrainingStore {
  const added = new Map<string, RetrainingRequestWire[]>();
  let runNumber = 4811;
  return {
    list(model) {
      const plan = fleet.findPlan(model);
      if (!plan) return undefined;
      return [...(added.get(model) ?? []), ...history(plan, fleet.options.now)];
    },
    add(model, { reason, requestedBy }) {
      const plan = fleet.findPlan(model);
      if (!plan) return undefined;
      runNumber += 1;
      const own = added.get(model) ?? [];
      const latest = plan.versionTimes.length;
      const production = plan.productionVersion
        ? `production keeps serving v${plan.productionVersion}`
        : 'nothing is deployed';
      const request: RetrainingRequestWire = {
        id: `rt-${model}-${own.length + history(plan, fleet.options.now).length + 1}`,
        modelName: model,
        requestedBy,
        reason,
        requestedAt: iso(Date.now()),
        status: 'accepted',
        message: `Queued as pipeline run ${runNumber} on ${plan.dataset} as of today. When it finishes (about 40 min) v${latest + 1} is registered in staging; ${production} until someone promotes it.`,
      };
      added.set(model, [request, ...own]);
      return request;
    },
  };
}
