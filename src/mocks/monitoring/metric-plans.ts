import type { ModelTask } from '../../domain/model';
import type { MetricPlan } from './monitoring-plan';

const TASK_METRICS: Record<ModelTask, readonly string[]> = {
  classification: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'],
  regression: ['mae', 'rmse'],
  ranking: ['ndcg_at_10', 'map', 'mrr'],
};

const LABELS: Record<string, string> = {
  accuracy: 'Accuracy',
  precision: 'Precision',
  recall: 'Recall',
  f1: 'F1',
  roc_auc: 'ROC AUC',
  mae: 'MAE',
  rmse: 'RMSE',
  ndcg_at_10: 'NDCG@10',
  map: 'MAP',
  mrr: 'MRR',
};

/** How much each metric loses, relatively, when a model has fully declined. */
const DROPS: Record<string, number> = {
  accuracy: 0.03,
  precision: 0.06,
  recall: 0.08,
  f1: 0.07,
  roc_auc: 0.04,
  mae: 0.18,
  rmse: 0.2,
  ndcg_at_10: 0.05,
  map: 0.06,
  mrr: 0.04,
};

export interface MetricOptions {
  /** Appended to error metrics' labels: the target's unit, e.g. "min". */
  targetUnit?: string;
  /** Exact numbers for one metric; the other metrics' drops scale to match. */
  anchor?: { name: string; from: number; to: number };
}

/** The live metrics of a model, starting from its production version's evaluation. */
export function metricPlans(
  task: ModelTask,
  offline: Record<string, number>,
  options: MetricOptions = {},
): MetricPlan[] {
  const { anchor, targetUnit } = options;
  const anchorDrop = anchor ? Math.abs(anchor.from - anchor.to) / anchor.from : undefined;
  const scale = anchor && anchorDrop !== undefined ? anchorDrop / (DROPS[anchor.name] ?? 0.05) : 1;
  return TASK_METRICS[task].map((name) => {
    const higherIsBetter = name !== 'mae' && name !== 'rmse';
    const label = LABELS[name] ?? name;
    return {
      name,
      label: !higherIsBetter && targetUnit ? `${label} (${targetUnit})` : label,
      base: anchor?.name === name ? anchor.from : (offline[name] ?? 0.8),
      higherIsBetter,
      drop: anchor?.name === name && anchorDrop !== undefined ? anchorDrop : (DROPS[name] ?? 0.05) * scale,
    };
  });
}
