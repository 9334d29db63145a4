import { z } from './zod-mini';
import { CAPABILITY_NAMES, type CapabilityName } from './capabilities';
import { CONNECTION_KINDS, kindOf, takesUrl } from './kinds';

/** A connection's id: letters, digits, "-" or "_" (it appears in URLs and config.json). */
export const CONNECTION_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Why `url` cannot be a connection's URL, or undefined when it can: an http(s) URL, or a path
 * on this server ("/prometheus", "api"). A scheme left out ("prometheus:9090" reads as the
 * scheme "prometheus:") or mistyped is caught here rather than as a failed request later.
 */
export function urlProblem(url: string): string | undefined {
  const trimmed = url.trim();
  if (/\s/.test(trimmed)) return 'must not contain spaces';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme !== 'http' && scheme !== 'https')
    return `must start with http:// or https:// (or be a path such as "/api"), not "${scheme}:"`;
  if (!URL.canParse(trimmed) || !/^https?:\/\/[^/]/i.test(trimmed))
    return 'is not a valid URL (expected e.g. "https://host:port/path")';
  return undefined;
}

const connectionSchema = z
  .object({
    id: z
      .string()
      .check(z.minLength(1), z.regex(CONNECTION_ID_PATTERN, 'must be letters, digits, "-" or "_"')),
    kind: z.enum(CONNECTION_KINDS),
    name: z.optional(z.string().check(z.minLength(1))),
    /** Absolute, or relative to the page (behind the same reverse proxy). */
    url: z.optional(z.string().check(z.minLength(1))),
    /** Bearer token. Kept in memory only; never written to localStorage. */
    token: z.optional(z.string()),
    /** Kind-specific settings (query presets, label names). */
    options: z.optional(z.record(z.string(), z.unknown())),
  })
  .check(
    z.superRefine((connection, context) => {
      if (takesUrl(connection.kind) && !connection.url) {
        context.addIssue({
          code: 'custom',
          path: ['url'],
          message: `is required for a ${connection.kind} connection`,
        });
      }
      const problem = connection.url === undefined ? undefined : urlProblem(connection.url);
      if (problem) context.addIssue({ code: 'custom', path: ['url'], message: problem });
    }),
  );

export type ConnectionConfig = z.infer<typeof connectionSchema>;

export const runtimeConfigSchema = z
  .object({
    connections: z.array(connectionSchema).check(z.minLength(1, 'must list at least one connection')),
    capabilities: z.optional(
      z.partialRecord(z.enum(CAPABILITY_NAMES as [CapabilityName, ...CapabilityName[]]), z.string()),
    ),
  })
  .check(
    z.superRefine((config, context) => {
      const ids = new Set<string>();
      config.connections.forEach((connection, index) => {
        if (ids.has(connection.id)) {
          context.addIssue({
            code: 'custom',
            path: ['connections', index, 'id'],
            message: `"${connection.id}" is used twice`,
          });
        }
        ids.add(connection.id);
      });
      for (const [capability, id] of Object.entries(config.capabilities ?? {})) {
        const connection = config.connections.find((c) => c.id === id);
        if (!connection) {
          context.addIssue({
            code: 'custom',
            path: ['capabilities', capability],
            message: `names "${id}", which is not a connection`,
          });
        } else if (!kindOf(connection.kind).capabilities.includes(capability as CapabilityName)) {
          context.addIssue({
            code: 'custom',
            path: ['capabilities', capability],
            message: `names "${id}", a ${connection.kind} connection, which cannot answer ${capability}`,
          });
        }
      }
    }),
  );

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export const DEMO_CONFIG: RuntimeConfig = {
  connections: [{ id: 'demo', kind: 'demo', name: 'Demo' }],
  capabilities: Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, 'demo'])),
};

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates a parsed config.json; throws a ConfigError that names the bad field. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || '(root)';
  throw new ConfigError(`config.json: "${field}" ${issue?.message ?? 'is invalid'}.`, field);
}

/**
 * Which connection answers each capability: the explicit choice, or else the
 * first connection whose kind can answer it.
 */
export function capabilityAssignments(config: RuntimeConfig): Partial<Record<CapabilityName, string>> {
  const assignments: Partial<Record<CapabilityName, string>> = {};
  for (const capability of CAPABILITY_NAMES) {
    const chosen = config.capabilities?.[capability];
    const fallback = config.connections.find((c) => kindOf(c.kind).capabilities.includes(capability))?.id;
    const id = chosen ?? fallback;
    if (id) assignments[capability] = id;
  }
  return assignments;
}

export function connectionName(connection: { id: string; name?: string }): string {
  return connection.name ?? connection.id;
}

/** Who a source is: its connection's id and the name its errors speak with. */
export function sourceIdentity(connection: { id: string; name?: string }): {
  connectionId: string;
  name: string;
} {
  return { connectionId: connection.id, name: connectionName(connection) };
}

/** What every HTTP client of a connection starts from: the name its errors use, the URL and the token. */
export function clientTarget(connection: { id: string; name?: string; url?: string; token?: string }): {
  name: string;
  baseUrl: string;
  token: string | undefined;
} {
  return { name: connectionName(connection), baseUrl: connection.url ?? '', token: connection.token };
}
