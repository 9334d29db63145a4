import type { z } from './zod-mini';
import type { CapabilityName } from './capabilities';
import { DEFAULT_TIMEOUT_MS } from './http';
import type { EagerData } from './lazy-source';
import type { OptionField } from './option-fields';
import type { LoadedSource, Source } from './source';

/**
 * A connection as its kind's adapter sees it: config.json's entry, with `kind` already matched
 * (ConnectionConfig, which names the kinds, is derived from the registry of these descriptors).
 */
export interface Connection {
  id: string;
  kind: string;
  name?: string;
  url?: string;
  token?: string;
  options?: Record<string, unknown>;
}

/** What a source may need besides its own connection: the other sources, looked up when asked. */
export interface SourceContext {
  lookup: (connectionId: string) => Source | undefined;
}

/** Builds a kind's source from a connection. Its `check` is what "Test" on the Connections page runs. */
export type CreateSource = (connection: Connection, context: SourceContext) => LoadedSource;

/**
 * Everything the app knows of one kind of backend, declared once in the kind's folder (like a
 * Grafana data-source plugin's `plugin.json` + `module.ts`). The registry (kinds.ts) lists the
 * descriptors; the runtime config, the source factory and the Connections page read them, and
 * nothing else names a kind. See docs/sources.md.
 */
export interface SourceKind<Id extends string = string> {
  /** `kind` in config.json. */
  id: Id;
  /** The kind's name on the Connections page. */
  label: string;
  /** The capabilities a connection of this kind can answer. */
  capabilities: readonly CapabilityName[];
  /** An example URL for the URL field. A kind without one takes no URL (the built-in demo). */
  urlPlaceholder?: string;
  /** Validates `connection.options`; a bad field makes the connection misconfigured, never the app. */
  optionsSchema: z.core.$ZodType;
  /** The settings a person edits, in the order they fill them in; their placeholders show the defaults. */
  optionFields: readonly OptionField[];
  /** Data members known before the adapter loads (see lazySource), read from the connection. */
  eager?: (connection: Connection) => EagerData;
  /**
   * The adapter. `load` imports it on first use, so its code and schemas stay off the landing
   * route; `create` is for an adapter that is there anyway (the REST contract's).
   */
  adapter: { load: () => Promise<CreateSource> } | { create: CreateSource };
}

/** Declares a kind, keeping its id a literal type (so the registry's ids form `ConnectionKind`). */
export function defineKind<const Id extends string>(kind: SourceKind<Id>): SourceKind<Id> {
  return kind;
}

/** `options.timeoutMs` overrides how long a request may take (default 15 s); every kind takes it. */
export const TIMEOUT_FIELD: OptionField = {
  path: 'timeoutMs',
  label: 'Timeout (ms)',
  type: 'number',
  placeholder: String(DEFAULT_TIMEOUT_MS),
};
