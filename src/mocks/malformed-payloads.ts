/**
 * How the `malformed` scenario breaks each route's payload: one wrong field
 * per route, of the kinds real backends send (a status outside the enum, a
 * number as words, a missing timestamp), so the client's validation must name
 * a field.
 */
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

const CORRUPTIONS: readonly [RegExp, (body: Json) => void][] = [
  [/^\/info$/, (body) => void (body.apiVersion = 1)],
  [
    /^\/registry\/models$/,
    (body) => {
      const model = firstItem(body, 'items');
      if (model) breakModel(model);
      else body.total = 'none';
    },
  ],
  [/^\/registry\/models\/[^/]+$/, breakModel],
  [
    /^\/registry\/models\/[^/]+\/versions$/,
    (body) => {
      for (const version of Array.isArray(body.items) ? body.items : [])
        if (isObject(version)) delete version.createdAt;
      if (!firstItem(body, 'items')) body.items = 'none';
    },
  ],
  [/^\/registry\/runs\/[^/]+$/, (body) => void (body.startedAt = 'yesterday')],
  [/^\/registry\/facets$/, (body) => void (body.teams = 'Growth')],
  [/^\/registry\/summary$/, (body) => void (body.totalModels = 'thirty')],
  [
    /^\/operations\/models\/[^/]+\/deployments$/,
    (body) => {
      const deployment = firstItem(body, 'items');
      if (deployment) deployment.trafficPercent = 140;
      else body.items = 'none';
    },
  ],
];

/** The payload of `route` with one schema-breaking change; unknown routes and non-objects are left alone. */
export function corruptPayload(route: string, body: unknown): unknown {
  if (!isObject(body)) return body;
  const corruption = CORRUPTIONS.find(([pattern]) => pattern.test(route));
  if (!corruption) return body;
  const copy = structuredClone(body);
  corruption[1](copy);
  return copy;
}
