import { http, type HttpHandler } from 'msw';
import { TEAMS } from '../fleet/teams';
import { invalidParameter, MlflowApiError } from './errors';
import { compareString, parseFilter } from './filter';
import { answer, endpointPaths, jsonBody, required } from './http-utils';
import { runTimes, runToWire } from './runs';
import { pageToken, parsePageToken } from './search';
import type { MlflowStore, StoredModel, StoredVersion } from './store';
import { compact, doubleToWire, int64, type Int64Style } from './wire';

/** `SEARCH_MAX_RESULTS_THRESHOLD` of the tracking store. */
const RUNS_THRESHOLD = 50_000;

function maxResultsOf(body: Record<string, unknown>, fallback: number): number {
  const raw = body.max_results ?? fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > RUNS_THRESHOLD) {
    throw invalidParameter(
      `Invalid value ${JSON.stringify(raw)} for parameter 'max_results' supplied. It must be at most ${RUNS_THRESHOLD}.`,
    );
  }
  return value;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Tracking endpoints: `runs/get`, `runs/search`, `metrics/get-history`, `experiments/search`. */
export function runHandlers(store: MlflowStore, baseUrl: string, style: Int64Style): HttpHandler[] {
  const paths = (endpoint: string): string[] => endpointPaths(baseUrl, endpoint);
  const seed = store.options.seed;
  const findRun = (runId: string): { model: StoredModel; version: StoredVersion } => {
    const found = store.runs.get(runId);
    if (!found) throw new MlflowApiError('RESOURCE_DOES_NOT_EXIST', `Run with id=${runId} not found`);
    return found;
  };

  return [
    ...paths('runs/get').map((path) =>
      http.get(path, ({ request }) =>
        answer(() => {
          const params = new URL(request.url).searchParams;
          const runId = params.get('run_id') || required(params, 'run_uuid');
          const { model, version } = findRun(runId);
          return { run: runToWire(model, version, seed, style) };
        }),
      ),
    ),
    ...paths('runs/search').map((path) =>
      http.post(path, ({ request }) =>
        answer(async () => {
          const body = await jsonBody(request);
          const experiments = new Set(stringList(body.experiment_ids));
          const comparisons = parseFilter(typeof body.filter === 'string' ? body.filter : null);
          const runs = [...store.runs.entries()].filter(([runId, { model }]) => {
            if (!experiments.has(String(1 + model.index))) return false;
            return comparisons.every((c) => {
              if (c.type === 'attribute' && c.key === 'run_id') return compareString(runId, c);
              if (c.type === 'tag' && c.key === 'mlflow.user')
                return compareString(model.tags.owner ?? '', c);
              throw invalidParameter(
                `Invalid attribute key '${c.key}' specified. This mock supports run_id only.`,
              );
            });
          });
          runs.sort(
            ([, a], [, b]) =>
              runTimes(b.model, b.version, seed).start - runTimes(a.model, a.version, seed).start,
          );
          const offset = parsePageToken(typeof body.page_token === 'string' ? body.page_token : null);
          const max = maxResultsOf(body, 1000);
          const slice = runs.slice(offset, offset + max);
          return compact({
            runs: slice.map(([, { model, version }]) => runToWire(model, version, seed, style)),
            next_page_token: offset + max < runs.length ? pageToken(offset + max) : undefined,
          });
        }),
      ),
    ),
    ...paths('metrics/get-history').map((path) =>
      http.get(path, ({ request }) =>
        answer(() => {
          const params = new URL(request.url).searchParams;
          const runId = params.get('run_id') || required(params, 'run_uuid');
          const key = required(params, 'metric_key');
          const { model, version } = findRun(runId);
          const run = runToWire(model, version, seed, 'number') as {
            data: { metrics?: { key: string; value: number | string }[] };
          };
          const latest = run.data.metrics?.find((m) => m.key === key);
          if (!latest) return {};
          const { start, end } = runTimes(model, version, seed);
          const steps = 10;
          return {
            metrics: Array.from({ length: steps }, (_, step) => ({
              key,
              value:
                typeof latest.value === 'number'
                  ? doubleToWire(latest.value * (0.8 + (0.2 * (step + 1)) / steps))
                  : latest.value,
              timestamp: int64(start + Math.round(((end - start) * (step + 1)) / steps), style),
              step: int64(step, style),
            })),
          };
        }),
      ),
    ),
    ...paths('experiments/search').map((path) =>
      http.post(path, ({ request }) =>
        answer(async () => {
          const body = await jsonBody(request);
          const comparisons = parseFilter(typeof body.filter === 'string' ? body.filter : null);
          const unsupported = comparisons.find((c) => c.key !== 'name');
          if (unsupported) throw invalidParameter(`Invalid attribute key '${unsupported.key}' specified.`);
          const experiments = store.models
            .map((model) => ({
              model,
              name: `/${model.team ? TEAMS[model.team].slug : 'shared'}/${model.name}`,
            }))
            .filter(({ name }) => comparisons.every((c) => compareString(name, c)));
          const offset = parsePageToken(typeof body.page_token === 'string' ? body.page_token : null);
          const max = maxResultsOf(body, 1000);
          return compact({
            experiments: experiments.slice(offset, offset + max).map(({ model, name }) => ({
              experiment_id: String(1 + model.index),
              name,
              artifact_location: `mlflow-artifacts:/${1 + model.index}`,
              lifecycle_stage: 'active',
              last_update_time: int64(model.lastUpdatedTime, style),
              creation_time: int64(model.creationTime, style),
            })),
            next_page_token: offset + max < experiments.length ? pageToken(offset + max) : undefined,
          });
        }),
      ),
    ),
  ];
}
