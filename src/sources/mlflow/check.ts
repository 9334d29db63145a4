import type { ConnectionCheck } from '../source';
import { isSourceError, type SourceError } from '../source-error';
import type { MlflowClient } from './mlflow-client';
import { searchRegisteredModelsWire } from './schemas';

const PROXY_ADVICE =
  'MLflow sends no CORS headers, so a browser can only reach it through the same origin: set the URL to /mlflow and point the proxy at MLflow (SIGHTLINE_MLFLOW_URL for npm start and preview; a reverse proxy in production, see README).';

function isCrossOrigin(baseUrl: string): boolean {
  if (!/^https?:\/\//i.test(baseUrl)) return false;
  if (typeof location === 'undefined') return true;
  return new URL(baseUrl).origin !== location.origin;
}

/** What went wrong, in words a person setting up the connection can act on. */
export function explainFailure(error: SourceError, baseUrl: string): string {
  const where = baseUrl || '(this page)';
  switch (error.kind) {
    case 'network':
      return isCrossOrigin(baseUrl)
        ? `The browser could not call ${where}. ${PROXY_ADVICE}`
        : `Nothing answered at ${where}: check that MLflow is running and that the proxy forwards ${where} to it.`;
    case 'timeout':
      return `${where} did not answer in time: MLflow may be overloaded, or the proxy cannot reach it.`;
    case 'schema':
      return error.field === undefined
        ? `${where} answered with something that is not JSON (a web page?): the URL points at something other than MLflow's API, or the proxy path is not forwarded.`
        : `${where} answered, but not in MLflow's shape (field "${error.field}"): is this an MLflow tracking server?`;
    case 'http':
      if (error.status === 401) {
        return 'MLflow wants credentials (its auth is on): add a token to the connection, or user:password with the basic auth scheme.';
      }
      if (error.status === 403)
        return `MLflow refused: this account may not read the model registry. ${error.message}`;
      if (error.status === 404) {
        const proxy = isCrossOrigin(baseUrl)
          ? ''
          : ` If ${where} is the proxy path, check that the proxy is set up and points at MLflow.`;
        return `${where} has no MLflow API: the URL must be where MLflow is served, ending before /api/2.0 (for example http://mlflow:5000, or /mlflow behind the proxy).${proxy}`;
      }
      return error.message;
    default:
      return error.message;
  }
}

/** "Test connection": one cheap search (`max_results=1`) proves the URL, the proxy, auth and the API. */
export async function checkMlflow(client: MlflowClient, signal: AbortSignal): Promise<ConnectionCheck> {
  const endpoint = `${client.baseUrl}/api/2.0/mlflow/registered-models/search`;
  try {
    const page = await client.get(
      'registered-models/search',
      { max_results: 1 },
      searchRegisteredModelsWire,
      signal,
    );
    const first = page.registered_models[0];
    return {
      ok: true,
      summary: first
        ? `Connected to MLflow at ${client.baseUrl || 'this page'}; its registry has models (e.g. "${first.name}").`
        : `Connected to MLflow at ${client.baseUrl || 'this page'}; its registry has no models yet.`,
      steps: [
        { label: 'Reachable', ok: true, detail: `${endpoint} answered.` },
        { label: 'MLflow API', ok: true, detail: 'The answer has the shape of MLflow 2.x/3.x.' },
      ],
    };
  } catch (error) {
    if (!isSourceError(error)) throw error;
    const detail = explainFailure(error, client.baseUrl);
    return { ok: false, summary: detail, steps: [{ label: 'Reachable', ok: false, detail }] };
  }
}
