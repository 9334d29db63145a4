/**
 * How the `malformed` scenario breaks each route's payload: one wrong field
 * per route, of the kinds real backends send (a status outside the enum, a
 * number as words, a missing timestamp), so the client's validation must name
 * a field.
 */
import { DELIVERY_CORRUPTIONS } from './delivery/malformed-delivery';
import { MONITORING_CORRUPTIONS } from './monitoring/malformed-monitoring';
import { OPERATIONS_CORRUPTIONS } from './operations/malformed-operations';
import { EXPLANATION_CORRUPTIONS } from './explanations/malformed-explanations';
import { PIPELINE_CORRUPTIONS } from './pipelines/malformed-pipelines';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstItem(body: Json, key: string): Json | undefined {
  const list = body[key];
  return Array.isArray(list) && isObject(list[0]) ? list[0] : undefined;
}

function breakModel(model: Json): void {
  model.health = { ...(isObject(model.health) ? model.health : {}), status: 'sort-of-ok' };
  model.openAlerts = 'three';
}

const set =
  (key: string, value: unknown) =>
  (body: Json): void => {
    body[key] = value;
  };

interface Corruption {
  route: RegExp;
  corrupt(body: Json): void;
}

const CORRUPTIONS: readonly Corruption[] = [
  { route: /^\/info$/, corrupt: set('apiVersion', 1) },
  {
    route: /^\/registry\/models$/,
    corrupt(body) {
      const model = firstItem(body, 'items');
      if (model) breakModel(model);
      else body.total = 'none';
    },
  },
  { route: /^\/registry\/models\/[^/]+$/, corrupt: breakModel },
  {
    route: /^\/registry\/models\/[^/]+\/versions$/,
    corrupt(body) {
      const versions = Array.isArray(body.items) ? (body.items as unknown[]) : [];
      for (const version of versions) if (isObject(version)) delete version.createdAt;
      if (versions.length === 0) body.items = 'none';
    },
  },
  { route: /^\/registry\/runs\/[^/]+$/, corrupt: set('startedAt', 'yesterday') },
  { route: /^\/registry\/facets$/, corrupt: set('teams', 'Growth') },
  { route: /^\/registry\/summary$/, corrupt: set('totalModels', 'thirty') },
  {
    route: /^\/operations\/models\/[^/]+\/deployments$/,
    corrupt(body) {
      const deployment = firstItem(body, 'items');
      if (deployment) deployment.trafficPercent = 140;
      else body.items = 'none';
    },
  },
  ...OPERATIONS_CORRUPTIONS,
  ...MONITORING_CORRUPTIONS,
  ...DELIVERY_CORRUPTIONS,
  ...EXPLANATION_CORRUPTIONS,
  ...PIPELINE_CORRUPTIONS,
];

/** The payload of `route` with one schema-breaking change; unknown routes and non-objects are left alone. */
export function corruptPayload(route: string, body: unknown): unknown {
  if (!isObject(body)) return body;
  const corruption = CORRUPTIONS.find((c) => c.route.test(route));
  if (!corruption) return body;
  const copy = structuredClone(body);
  corruption.corrupt(copy);
  return copy;
}
