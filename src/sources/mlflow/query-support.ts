import type { ModelSortField } from '../../domain/fleet';

/**
 * What the fleet's controls can ask of MLflow, known before its adapter loads so the first paint
 * says so. Its search grammar filters registered models by name (and tags by exact key), so free
 * text matches names only; `order_by` takes the name and the last update time (see modelsOrderBy).
 */
export const MLFLOW_SEARCH_MATCHES = 'name';
export const MLFLOW_SORTABLE_BY: readonly ModelSortField[] = ['name', 'updatedAt'];
