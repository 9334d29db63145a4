import { http, type HttpHandler } from 'msw';
import { invalidParameter, MlflowApiError } from './errors';
import { answer, bodyString, endpointPaths, jsonBody, required } from './http-utils';
import { parseMaxResults, searchModels, searchVersions } from './search';
import type { MlflowStore, StoredModel } from './store';
import { compact, modelToWire, versionToWire, type Int64Style } from './wire';

/** `SEARCH_REGISTERED_MODEL_MAX_RESULTS_DEFAULT` / `_THRESHOLD` and the model-version ones. */
const MODELS_DEFAULT = 100;
const MODELS_THRESHOLD = 1000;
const VERSIONS_DEFAULT = 200_000;
const VERSIONS_THRESHOLD = 200_000;

function findModel(store: MlflowStore, name: string): StoredModel {
  const model = store.byName.get(name);
  if (!model)
    throw new MlflowApiError('RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
  return model;
}

/** The model registry endpoints: `registered-models/*` and `model-versions/*`. */
export function registryHandlers(store: MlflowStore, baseUrl: string, style: Int64Style): HttpHandler[] {
  const paths = (endpoint: string): string[] => endpointPaths(baseUrl, endpoint);
  const query = (request: Request): URLSearchParams => new URL(request.url).searchParams;

  return [
    ...paths('registered-models/search').map((path) =>
      http.get(path, ({ request }) =>
        answer(() => {
          const params = query(request);
          const { items, next } = searchModels(store.models, {
            filter: params.get('filter'),
            orderBy: params.getAll('order_by'),
            maxResults: parseMaxResults(params.get('max_results'), MODELS_DEFAULT, MODELS_THRESHOLD),
            pageToken: params.get('page_token'),
          });
          return compact({
            registered_models: items.map((m) => modelToWire(m, style)),
            next_page_token: next,
          });
        }),
      ),
    ),
    ...paths('registered-models/get').map((path) =>
      http.get(path, ({ request }) =>
        answer(() => ({
          registered_model: modelToWire(findModel(store, required(query(request), 'name')), style),
        })),
      ),
    ),
    ...paths('model-versions/search').map((path) =>
      http.get(path, ({ request }) =>
        answer(() => {
          const params = query(request);
          const { items, next } = searchVersions(store.models, {
            filter: params.get('filter'),
            orderBy: params.getAll('order_by'),
            maxResults: parseMaxResults(params.get('max_results'), VERSIONS_DEFAULT, VERSIONS_THRESHOLD),
            pageToken: params.get('page_token'),
          });
          return compact({
            model_versions: items.map(({ model, version }) => versionToWire(model, version, style)),
            next_page_token: next,
          });
        }),
      ),
    ),
    ...paths('model-versions/get').map((path) =>
      http.get(path, ({ request }) =>
        answer(() => {
          const params = query(request);
          const name = required(params, 'name');
          const number = required(params, 'version');
          const model = findModel(store, name);
          const version = model.versions.find((v) => String(v.version) === number);
          if (!version) {
            throw new MlflowApiError(
              'RESOURCE_DOES_NOT_EXIST',
              `Model Version (name=${name}, version=${number}) not found`,
            );
          }
          return { model_version: versionToWire(model, version, style) };
        }),
      ),
    ),
    ...paths('registered-models/alias').flatMap((path) => [
      http.get(path, ({ request }) =>
        answer(() => {
          const params = query(request);
          const name = required(params, 'name');
          const alias = required(params, 'alias');
          const model = store.byName.get(name);
          const version = model?.versions.find((v) => v.version === model.aliases.get(alias));
          // MLflow answers an unknown alias (or model) with 400, not 404 (`get_model_version_by_alias`).
          if (!model || !version) throw invalidParameter(`Registered model alias ${alias} not found.`);
          return { model_version: versionToWire(model, version, style) };
        }),
      ),
      http.post(path, ({ request }) =>
        answer(async () => {
          const body = await jsonBody(request);
          const model = findModel(store, bodyString(body, 'name'));
          const number = Number(bodyString(body, 'version'));
          const version = model.versions.find((v) => v.version === number);
          if (!version) {
            throw new MlflowApiError(
              'RESOURCE_DOES_NOT_EXIST',
              `Model Version (name=${model.name}, version=${number}) not found`,
            );
          }
          model.aliases.set(bodyString(body, 'alias'), number);
          return {};
        }),
      ),
      http.delete(path, ({ request }) =>
        answer(async () => {
          const body = await jsonBody(request);
          findModel(store, bodyString(body, 'name')).aliases.delete(bodyString(body, 'alias'));
          return {};
        }),
      ),
    ]),
  ];
}
