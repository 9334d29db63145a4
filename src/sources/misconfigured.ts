import type { CapabilityName } from './capabilities';
import type { LoadedSource } from './source';
import { SourceError } from './source-error';

/** The error every use of a misconfigured connection fails with: it names the bad field. */
export function misconfigured(source: string, problem: { field: string; message: string }): SourceError {
  return new SourceError({
    kind: 'unsupported',
    source,
    endpoint: 'settings',
    field: problem.field,
    message: `${source} is misconfigured: ${problem.message}.`,
    hint: "Fix the connection's options on the Connections page.",
  });
}

/**
 * The one shape of a connection whose options do not parse: it still answers its capabilities,
 * every question failing with the bad field's name, and "Test" says what to fix. The app keeps working.
 */
export function misconfiguredSource(
  identity: { connectionId: string; name: string },
  capabilities: readonly CapabilityName[],
  problem: { field: string; message: string },
): LoadedSource {
  const error = misconfigured(identity.name, problem);
  const failing = (): object =>
    new Proxy(
      {},
      {
        // Awaiting or serialising the capability must not look like a method call.
        get: (_target, method) =>
          typeof method !== 'string' || method === 'then' || method === 'toJSON'
            ? undefined
            : () => Promise.reject(error),
      },
    );
  return {
    ...identity,
    capabilities: Object.fromEntries(capabilities.map((name) => [name, failing()])),
    check: () =>
      Promise.resolve({
        ok: false,
        summary: error.message,
        steps: [
          { label: 'Settings', ok: false, detail: `${problem.message}. Fix the connection's options.` },
        ],
      }),
  };
}
