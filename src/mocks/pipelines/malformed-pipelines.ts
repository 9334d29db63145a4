/**
 * How the `malformed` scenario breaks the pipelines routes' payloads (see malformed-payloads.ts):
 * one wrong field each, of the kinds real servers send, so the client's validation names a field.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Breaks one field of the first item, keeping the list readable (the tour follows it); or the list itself. */
const firstItem =
  (key: string, value: unknown) =>
  (body: Json): void => {
    const first: unknown = Array.isArray(body.items) ? body.items[0] : undefined;
    if (isObject(first)) first[key] = value;
    else body.items = 'none';
  };

export const PIPELINE_CORRUPTIONS: readonly { route: RegExp; corrupt(body: Json): void }[] = [
  { route: /^\/pipelines$/, corrupt: firstItem('failedChecks', 'two') },
  { route: /^\/pipelines\/[^/]+$/, corrupt: (body) => void (body.steps = 'extract, validate, train') },
  { route: /^\/pipelines\/[^/]+\/runs\/[^/]+$/, corrupt: (body) => void (body.state = 'sort-of-done') },
  { route: /^\/datasets$/, corrupt: firstItem('updatedAt', 'last night') },
  { route: /^\/datasets\/[^/]+\/versions$/, corrupt: firstItem('rowCount', 'about a million') },
  { route: /^\/lineage\/consumptions$/, corrupt: firstItem('use', 'inspiration') },
  { route: /^\/lineage\/impact$/, corrupt: (body) => void (body.consumers = 'demand-forecast') },
];
