/**
 * How the `malformed` scenario breaks the explanation and fairness routes' payloads (see
 * malformed-payloads.ts): one wrong field each, so the client's validation must name a field.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function first(body: Json, key: string): Json | undefined {
  const list = body[key];
  return Array.isArray(list) && isObject(list[0]) ? list[0] : undefined;
}

export const EXPLANATION_CORRUPTIONS: readonly { route: RegExp; corrupt(body: Json): void }[] = [
  {
    route: /^\/explanations\/models\/[^/]+\/global$/,
    corrupt: (body) => void (body.sampleSize = 'two thousand'),
  },
  {
    route: /^\/explanations\/models\/[^/]+\/cohorts$/,
    corrupt: (body) => void (body.cohorts = 'by outcome'),
  },
  {
    route: /^\/explanations\/models\/[^/]+\/predictions$/,
    corrupt(body) {
      const item = first(body, 'items');
      if (item) item.at = 'just now';
      else body.total = 'many';
    },
  },
  {
    route: /^\/explanations\/models\/[^/]+\/predictions\/[^/]+$/,
    corrupt: (body) => void (body.baseValue = 'about half'),
  },
  { route: /^\/explanations\/models\/[^/]+\/samples$/, corrupt: (body) => void (body.total = -1) },
  { route: /^\/explanations\/models\/[^/]+\/drift$/, corrupt: (body) => void (body.baseline = null) },
  {
    route: /^\/fairness\/models\/[^/]+\/groups$/,
    corrupt(body) {
      const attribute = first(body, 'attributes');
      const group = attribute && first(attribute, 'groups');
      if (group) group.size = 'forty';
      else body.decisions = 'lots';
    },
  },
  {
    route: /^\/explanations\/drift-ranking$/,
    corrupt(body) {
      const item = first(body, 'items');
      if (item) item.ndcg = 1.4;
      else body.monitored = 'all';
    },
  },
  { route: /^\/fairness\/overview$/, corrupt: (body) => void (body.items = 'credit-approval') },
];
