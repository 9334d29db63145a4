/**
 * How the `malformed` scenario breaks the monitoring and retraining routes' payloads (see
 * malformed-payloads.ts): one wrong field each, so the client's validation must name a field.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const MONITORING_CORRUPTIONS: readonly { route: RegExp; corrupt(body: Json): void }[] = [
  {
    route: /^\/monitoring\/models\/[^/]+\/drift$/,
    corrupt: (body) => void (body.currentRows = 'ten thousand'),
  },
  { route: /^\/monitoring\/models\/[^/]+\/drift\/timeline$/, corrupt: (body) => void (body.step = 'hourly') },
  {
    route: /^\/monitoring\/models\/[^/]+\/performance$/,
    corrupt(body) {
      body.labelDelay = { ...(isObject(body.labelDelay) ? body.labelDelay : {}), delaySeconds: 'three days' };
    },
  },
  {
    route: /^\/monitoring\/drift-ranking$/,
    corrupt(body) {
      const first: unknown = Array.isArray(body.items) ? body.items[0] : undefined;
      if (isObject(first)) first.status = 'drifting';
      else body.monitored = 'all of them';
    },
  },
  // GET (a list) and POST (one request) share the route.
  {
    route: /^\/operations\/models\/[^/]+\/retraining$/,
    corrupt(body) {
      if (!Array.isArray(body.items)) {
        body.status = 'queued';
        return;
      }
      const first: unknown = body.items[0];
      if (isObject(first)) first.requestedAt = 'last Tuesday';
      else body.items = 'none';
    },
  },
];
