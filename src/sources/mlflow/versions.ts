import type { ModelVersion } from '../../domain/model';
import { isSourceError } from '../source-error';
import { mapBounded } from './map-bounded';
import type { MlflowClient } from './mlflow-client';
import type { MlflowOptions } from './options';
import {
  getRegisteredModelWire,
  getRunWire,
  searchModelVersionsWire,
  type ModelVersionWire,
  type RunWire,
} from './schemas';
import { versionsFilter } from './search-filter';
import { toModelVersion } from './version-to-domain';

/** Versions per `model-versions/search` request; passed explicitly, since the proto's default is 200,000. */
const VERSIONS_PAGE_SIZE = 200;

export const modelNotFound = (source: string, name: string): string =>
  `${source} has no registered model named "${name}".`;

async function searchVersions(
  client: MlflowClient,
  name: string,
  limit: number,
  signal: AbortSignal,
): Promise<ModelVersionWire[]> {
  const versions: ModelVersionWire[] = [];
  let token: string | undefined;
  do {
    const page = await client.get(
      'model-versions/search',
      {
        filter: versionsFilter(name),
        max_results: Math.min(VERSIONS_PAGE_SIZE, limit),
        order_by: ['version_number DESC'],
        page_token: token,
      },
      searchModelVersionsWire,
      signal,
    );
    // A name that cannot be quoted is searched with LIKE: keep the exact name only.
    versions.push(...page.model_versions.filter((v) => v.name === name));
    token = page.next_page_token || undefined;
  } while (token && versions.length < limit);
  return versions;
}

/** A run that is gone (404) or hidden from this account (403) leaves its version without metrics. */
async function fetchRun(
  client: MlflowClient,
  runId: string,
  signal: AbortSignal,
): Promise<RunWire | undefined> {
  try {
    return (await client.get('runs/get', { run_id: runId }, getRunWire, signal)).run;
  } catch (error) {
    if (isSourceError(error) && (error.status === 404 || error.status === 403)) return undefined;
    throw error;
  }
}

/**
 * Newest first, at most `maxVersions`. Metrics and params live on each
 * version's run: the newest `maxVersionRuns` runs are fetched with `runs/get`,
 * `runConcurrency` at a time. (`runs/search` could take `attributes.run_id IN
 * (…)`, but it also needs the experiment ids, which versions do not carry.)
 */
export async function listVersions(
  client: MlflowClient,
  options: MlflowOptions & { name: string },
  name: string,
  signal: AbortSignal,
): Promise<ModelVersion[]> {
  const [{ registered_model: model }, found] = await Promise.all([
    // Also what tells an unknown model (404) from one without versions (`{}`).
    client.get('registered-models/get', { name }, getRegisteredModelWire, signal, {
      notFound: modelNotFound(options.name, name),
    }),
    searchVersions(client, name, options.maxVersions, signal),
  ]);
  const versions = found
    .sort((a, b) => Number(b.version) - Number(a.version))
    .slice(0, options.maxVersions)
    .map((version) => ({
      ...version,
      // Older servers leave aliases off versions; the registered model always lists them.
      aliases: [
        ...new Set([
          ...version.aliases,
          ...model.aliases.filter((a) => a.version === version.version).map((a) => a.alias),
        ]),
      ],
    }));

  const runIds = [
    ...new Set(
      versions
        .slice(0, options.maxVersionRuns)
        .map((v) => v.run_id)
        .filter((id): id is string => Boolean(id)),
    ),
  ];
  const runs = await mapBounded(runIds, options.runConcurrency, (id) => fetchRun(client, id, signal));
  const byId = new Map(runIds.map((id, i) => [id, runs[i]]));
  return versions.map((v) => toModelVersion(v, options, v.run_id ? byId.get(v.run_id) : undefined));
}
