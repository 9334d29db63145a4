import type { ModelQuery } from '../domain/fleet';

/**
 * Query keys, one factory per capability. Each key starts with the capability
 * and the answering connection, so switching connections never shows stale data.
 */
export const registryKeys = {
  all: (sourceKey: string) => ['registry', sourceKey] as const,
  models: (sourceKey: string, query: ModelQuery) => ['registry', sourceKey, 'models', query] as const,
  model: (sourceKey: string, name: string) => ['registry', sourceKey, 'model', name] as const,
  versions: (sourceKey: string, name: string) => ['registry', sourceKey, 'versions', name] as const,
  run: (sourceKey: string, runId: string) => ['registry', sourceKey, 'run', runId] as const,
  facets: (sourceKey: string) => ['registry', sourceKey, 'facets'] as const,
  summary: (sourceKey: string) => ['registry', sourceKey, 'summary'] as const,
};

export const operationsKeys = {
  all: (sourceKey: string) => ['operations', sourceKey] as const,
  deployments: (sourceKey: string, model: string) => ['operations', sourceKey, 'deployments', model] as const,
};
