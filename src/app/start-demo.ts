import { startDemoBackend } from '../mocks/browser';
import type { InPageBackend } from '../sources/http';
import { parseDemoOptions } from '../mocks/demo-options';

const DEMO_PARAMS = ['fleet', 'scenario', 'seed', 'faultRate', 'mlflow', 'pipeline-steps'];
const STORAGE_KEY = 'sightline.demo';
/** Where `?mlflow=demo` serves the mock MLflow: the same path the dev and preview servers proxy to a real one. */
const MLFLOW_DEMO_PATH = '/mlflow';

/**
 * `?fleet=`, `?scenario=`, `?seed=`, `?faultRate=` and `?pipeline-steps=` choose the demo's fleet
 * and fault scenario; `?mlflow=demo` also answers as an MLflow server at `/mlflow` (for
 * an `mlflow` connection with that URL). They are remembered for this tab, so
 * in-app navigation and reloads keep them; `?scenario=none` (`?mlflow=none`)
 * goes back to normal.
 */
export async function startDemo(): Promise<InPageBackend> {
  const fromUrl = new URLSearchParams(window.location.search);
  const remembered = new URLSearchParams(sessionStorage.getItem(STORAGE_KEY) ?? '');
  const chosen = new URLSearchParams();
  for (const key of DEMO_PARAMS) {
    const value = fromUrl.get(key) ?? remembered.get(key);
    if (value && value !== 'none') chosen.set(key, value);
  }
  sessionStorage.setItem(STORAGE_KEY, chosen.toString());
  // Whole hours keep the story ("two days ago") stable across reloads within the hour.
  const now = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  return startDemoBackend(parseDemoOptions(chosen.toString(), now), {
    mlflowBaseUrl: chosen.get('mlflow') === 'demo' ? MLFLOW_DEMO_PATH : undefined,
  });
}
