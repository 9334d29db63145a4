import { http, HttpResponse, type HttpHandler } from 'msw';
import { INCIDENT_STATUSES, type IncidentStatus } from '../../domain/incident';
import { SERVING_SIGNALS, type ServingSignal } from '../../sources/capabilities';
import type { DemoFleet } from '../fleet/fleet';
import { alertHistory, currentAlerts, demoSilences } from '../operations/alerts';
import { compareObjectivesByUrgency } from '../../domain/slo';
import { objectivesFor } from '../operations/objectives';
import type { ActionOutcome, OperationsState } from '../operations/operations-state';
import { serviceProfile } from '../operations/service-profile';
import { servingSeries } from '../operations/serving-series';
import { demoServingQuery } from '../prometheus/demo-queries';
import {
  alertToWire,
  incidentDetailToWire,
  incidentToWire,
  intervalToWire,
  noteToWire,
  rolloutToWire,
  silenceToWire,
} from '../operations/to-wire';
import { demoPath } from './demo-path';
import { errorResponse } from './error-response';

const MAX_POINTS = 11_000;
const DEFAULT_OBJECTIVES = 100;
const SIGNAL_UNITS: Record<ServingSignal, string> = {
  latency_p50: 'seconds',
  latency_p95: 'seconds',
  latency_p99: 'seconds',
  throughput: 'requests_per_second',
  error_rate: 'ratio',
};

const notFound = (what: string): Response => errorResponse(404, 'NOT_FOUND', what);
const actionResponse = (result: ActionOutcome): Response =>
  result.ok
    ? HttpResponse.json({ message: result.message, event: rolloutToWire(result.event) })
    : errorResponse(result.status, result.status === 404 ? 'NOT_FOUND' : 'CONFLICT', result.message);
const invalid = (what: string): Response => errorResponse(400, 'INVALID_PARAMETER', what);

async function readJson(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `/operations/*` beyond deployments, `/metrics/serving` and `/alerts/*`: the SRE's side of the demo. */
export function sreHandlers(fleet: DemoFleet, state: OperationsState): HttpHandler[] {
  const { seed, now } = fleet.options;
  return [
    http.get<{ name: string }>(demoPath('/operations/models/:name/rollouts'), ({ params }) => {
      const rollouts = state.rollouts(params.name);
      return rollouts
        ? HttpResponse.json({ items: rollouts.map(rolloutToWire) })
        : notFound(`No registered model is named "${params.name}".`);
    }),
    http.get(demoPath('/operations/objectives'), ({ request }) => {
      const url = new URL(request.url);
      const model = url.searchParams.get('model');
      const limit = Number(url.searchParams.get('limit') ?? DEFAULT_OBJECTIVES);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        return invalid('"limit" must be a whole number from 1 to 1000.');
      const plans = model ? [fleet.findPlan(model)].filter((p) => p !== undefined) : fleet.plans();
      if (model && plans.length === 0) return notFound(`No registered model is named "${model}".`);
      const items = plans.flatMap((plan) => {
        const production = state.deployments(plan.model.name)?.find((d) => d.environment === 'production');
        return production ? objectivesFor(plan, production, serviceProfile(plan, seed), seed) : [];
      });
      return HttpResponse.json({ items: items.sort(compareObjectivesByUrgency).slice(0, limit) });
    }),
    http.get(demoPath('/operations/incidents'), ({ request }) => {
      const url = new URL(request.url);
      const model = url.searchParams.get('model');
      const statuses = url.searchParams.getAll('status');
      const items = state
        .incidents()
        .filter(
          (i) => (!model || i.model === model) && (statuses.length === 0 || statuses.includes(i.status)),
        )
        .sort((a, b) => b.startedAt - a.startedAt);
      return HttpResponse.json({ items: items.map(incidentToWire) });
    }),
    http.get<{ id: string }>(demoPath('/operations/incidents/:id'), ({ params }) => {
      const incident = state.incident(params.id);
      return incident
        ? HttpResponse.json(incidentDetailToWire(incident))
        : notFound(`No incident is numbered "${params.id}".`);
    }),
    http.patch<{ id: string }>(demoPath('/operations/incidents/:id'), async ({ params, request }) => {
      const body = await readJson(request);
      const status = body.status;
      if (typeof status !== 'string' || !(INCIDENT_STATUSES as readonly string[]).includes(status)) {
        return invalid(`"status" must be one of ${INCIDENT_STATUSES.join(', ')}.`);
      }
      const updated = state.setStatus(
        params.id,
        status as IncidentStatus,
        typeof body.author === 'string' ? body.author : 'someone',
      );
      return updated
        ? HttpResponse.json(incidentToWire(updated))
        : notFound(`No incident is numbered "${params.id}".`);
    }),
    http.post<{ id: string }>(demoPath('/operations/incidents/:id/notes'), async ({ params, request }) => {
      const body = await readJson(request);
      if (typeof body.body !== 'string' || !body.body.trim())
        return invalid('A note needs a non-empty "body".');
      if (typeof body.clientId !== 'string' || !body.clientId) return invalid('A note needs a "clientId".');
      const saved = state.addNote(params.id, {
        body: body.body,
        author: typeof body.author === 'string' ? body.author : 'someone',
        clientId: body.clientId,
      });
      if (!saved) return notFound(`No incident is numbered "${params.id}".`);
      // 201 for a new note; 200 with the note first saved when the clientId was seen: a retry adds nothing.
      return HttpResponse.json(noteToWire(saved.note), { status: saved.created ? 201 : 200 });
    }),
    http.post<{ id: string }>(
      demoPath('/operations/deployments/:id/rollback'),
      async ({ params, request }) => {
        const body = await readJson(request);
        if (typeof body.reason !== 'string' || !body.reason.trim())
          return invalid('Say why: a roll back needs a "reason".');
        const result = state.rollBack(params.id, 'you (demo)', body.reason);
        return actionResponse(result);
      },
    ),
    http.post<{ id: string }>(
      demoPath('/operations/deployments/:id/traffic'),
      async ({ params, request }) => {
        const body = await readJson(request);
        const percent = body.canaryPercent;
        if (typeof percent !== 'number' || percent < 0 || percent > 100)
          return invalid('"canaryPercent" must be a number from 0 to 100.');
        if (typeof body.reason !== 'string' || !body.reason.trim())
          return invalid('Say why: a traffic shift needs a "reason".');
        const result = state.shiftTraffic(params.id, percent, 'you (demo)', body.reason);
        return actionResponse(result);
      },
    ),
    http.get(demoPath('/metrics/serving'), ({ request }) => {
      const url = new URL(request.url);
      const model = url.searchParams.get('model') ?? '';
      const signal = url.searchParams.get('signal') ?? '';
      const start = Number(url.searchParams.get('start'));
      const end = Number(url.searchParams.get('end'));
      const step = Number(url.searchParams.get('step'));
      const plan = fleet.findPlan(model);
      if (!plan) return notFound(`No registered model is named "${model}".`);
      if (!(SERVING_SIGNALS as readonly string[]).includes(signal))
        return invalid(`"signal" must be one of ${SERVING_SIGNALS.join(', ')}.`);
      if (!(step > 0) || !(end > start))
        return invalid('"start" must be before "end", and "step" positive (seconds).');
      if ((end - start) / step > MAX_POINTS)
        return invalid(`At most ${MAX_POINTS} points per series: raise "step".`);
      const deployment = url.searchParams.get('deployment') ?? `${model}-production`;
      // The story is placed by the fleet's clock; data runs up to the wall clock, which may be ahead of it.
      const window = { start: start * 1000, end: end * 1000, stepMs: step * 1000 };
      const until = Math.max(now, Date.now());
      const points = servingSeries(
        serviceProfile(plan, seed),
        deployment,
        seed,
        signal as ServingSignal,
        window,
        now,
        until,
      );
      return HttpResponse.json({
        series: [
          {
            label: deployment.replace(`${model}-`, ''),
            unit: SIGNAL_UNITS[signal as ServingSignal],
            labels: { model, deployment },
            points: points.map(([t, v]) => [t / 1000, v]),
          },
        ],
        query: demoServingQuery({ model, deployment }, signal as ServingSignal, step),
        step,
      });
    }),
    http.get(demoPath('/alerts'), ({ request }) => {
      const model = new URL(request.url).searchParams.get('model');
      const plans = model
        ? [fleet.findPlan(model)].filter((p) => p !== undefined)
        : fleet.plans().slice(0, 500);
      return HttpResponse.json({ items: plans.flatMap((p) => currentAlerts(p, seed, now)).map(alertToWire) });
    }),
    http.get(demoPath('/alerts/silences'), () =>
      HttpResponse.json({ items: demoSilences((name) => fleet.findPlan(name), now).map(silenceToWire) }),
    ),
    http.get(demoPath('/alerts/history'), ({ request }) => {
      const url = new URL(request.url);
      const model = url.searchParams.get('model');
      const from = Date.parse(url.searchParams.get('start') ?? '');
      const to = Date.parse(url.searchParams.get('end') ?? '');
      const plans = model
        ? [fleet.findPlan(model)].filter((p) => p !== undefined)
        : fleet.plans().slice(0, 500);
      const items = plans
        .flatMap((p) => alertHistory(p, seed, now))
        .filter(
          (a) => (Number.isNaN(to) || a.from <= to) && (Number.isNaN(from) || (a.to ?? Infinity) >= from),
        );
      return HttpResponse.json({ items: items.map(intervalToWire) });
    }),
  ];
}
