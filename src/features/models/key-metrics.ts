import type { ModelTask } from '../../domain/model';

/** The metrics a reviewer looks at first for each kind of model. */
export const KEY_METRICS: Record<ModelTask, readonly string[]> = {
  classification: ['roc_auc', 'f1', 'accuracy'],
  regression: ['rmse', 'mae', 'r2'],
  ranking: ['ndcg_at_10', 'map', 'mrr'],
};

/** Key metrics first, then whatever else the version logged. */
export function orderedMetricNames(task: ModelTask, metrics: Record<string, number>): string[] {
  const key = KEY_METRICS[task].filter((name) => name in metrics);
  const rest = Object.keys(metrics)
    .filter((name) => !key.includes(name))
    .sort();
  return [...key, ...rest];
}
