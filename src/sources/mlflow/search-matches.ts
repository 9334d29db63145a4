/**
 * What the fleet's search box reaches on MLflow: its search grammar filters registered models by
 * name (and tags by exact key), so free text matches names only. A module of its own so the
 * connection layer can say it before the adapter loads.
 */
export const MLFLOW_SEARCH_MATCHES = 'name';
