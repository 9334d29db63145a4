import { defineKind, TIMEOUT_FIELD } from '../kind';
import { DEFAULT_MLFLOW_OPTIONS, mlflowOptionsSchema } from './options';
import { MLFLOW_SEARCH_MATCHES, MLFLOW_SORTABLE_BY } from './query-support';

/** An MLflow tracking server's model registry (REST API 2.0). */
export const mlflowKind = defineKind({
  id: 'mlflow',
  label: 'MLflow',
  capabilities: ['registry'],
  urlPlaceholder: '/mlflow',
  optionsSchema: mlflowOptionsSchema,
  optionFields: [
    {
      path: 'teamTag',
      label: 'Tag holding the team',
      type: 'text',
      placeholder: DEFAULT_MLFLOW_OPTIONS.teamTag,
    },
    {
      path: 'ownerTag',
      label: 'Tag holding the owner',
      type: 'text',
      placeholder: DEFAULT_MLFLOW_OPTIONS.ownerTag,
    },
    {
      path: 'productionAlias',
      label: 'Alias of the production version',
      type: 'text',
      placeholder: DEFAULT_MLFLOW_OPTIONS.productionAlias,
    },
    TIMEOUT_FIELD,
  ],
  // Known before the adapter loads, so the fleet's controls are right on the first paint.
  eager: () => ({ registry: { searchMatches: MLFLOW_SEARCH_MATCHES, sortableBy: MLFLOW_SORTABLE_BY } }),
  adapter: { load: async () => (await import('./mlflow-source')).createMlflowSource },
});
