/**
 * How the `malformed` scenario breaks the SRE routes' payloads (see
 * malformed-payloads.ts): one wrong field each, of the kinds real backends
 * send, so the client's validation must name a field.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Breaks the first item of `items`, or `items` itself when the list is empty. */
const firstItem =
  (change: (item: Json) => void) =>
  (body: Json): void => {
    const list = body.items;
    const first: unknown = Array.isArray(list) ? list[0] : undefined;
    if (isObject(first)) change(first);
    else body.items = 'none';
  };

export const OPERATIONS_CORRUPTIONS: readonly { route: RegExp; corrupt(body: Json): void }[] = [
  {
    route: /^\/operations\/models\/[^/]+\/rollouts$/,
    corrupt: firstItem((rollout) => void (rollout.action = 'redeploy')),
  },
  { route: /^\/operations\/objectives$/, corrupt: firstItem((objective) => void (objective.objective = 99)) },
  { route: /^\/operations\/incidents$/, corrupt: firstItem((incident) => void (incident.severity = 'sev1')) },
  // GET and PATCH of one incident.
  { route: /^\/operations\/incidents\/[^/]+$/, corrupt: (body) => void (body.startedAt = 'two days ago') },
  { route: /^\/operations\/incidents\/[^/]+\/notes$/, corrupt: (body) => void (body.createdAt = 'just now') },
  {
    route: /^\/operations\/deployments\/[^/]+\/(rollback|traffic)$/,
    corrupt: (body) => void (body.message = 42),
  },
  { route: /^\/metrics\/serving$/, corrupt: (body) => void (body.step = 'one minute') },
  { route: /^\/alerts$/, corrupt: firstItem((alert) => void (alert.state = 'on fire')) },
  { route: /^\/alerts\/silences$/, corrupt: firstItem((silence) => void (silence.endsAt = 'never')) },
  { route: /^\/alerts\/history$/, corrupt: firstItem((interval) => void (interval.from = 'yesterday')) },
];
