/** How the `malformed` scenario breaks the delivery routes' payloads (see malformed-payloads.ts). */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const DELIVERY_CORRUPTIONS: readonly { route: RegExp; corrupt(body: Json): void }[] = [
  {
    route: /^\/delivery\/events$/,
    corrupt(body) {
      const first: unknown = Array.isArray(body.items) ? body.items[0] : undefined;
      if (isObject(first)) first.kind = 'promoted-somehow';
      else body.items = 'none';
    },
  },
  { route: /^\/evidence\/packs(\/[^/]+)?$/, corrupt: (body) => void (body.contentHash = 'sha256:unknown') },
];
