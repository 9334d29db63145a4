/** Which way a metric improves. */
export type MetricDirection = 'higher' | 'lower';

/** What a change of a metric means for the model. `changed` when the direction is unknown. */
export type MetricVerdict = 'better' | 'worse' | 'same' | 'changed';

// Matched against the words of the name (`val_loss` → val, loss), so `map` never matches `heatmap`.
const LOWER_IS_BETTER = new Set([
  'loss',
  'logloss',
  'error',
  'err',
  'mae',
  'mse',
  'rmse',
  'rmsle',
  'mape',
  'smape',
  'brier',
  'perplexity',
  'latency',
  'wer',
  'cer',
]);
const HIGHER_IS_BETTER = new Set([
  'accuracy',
  'acc',
  'precision',
  'recall',
  'f1',
  'auc',
  'r2',
  'ndcg',
  'map',
  'mrr',
  'hitrate',
  'hit',
  'bleu',
  'rouge',
  'iou',
  'kappa',
]);

/**
 * Whether a bigger value of the metric is better: losses and errors improve downwards, scores
 * (accuracy, AUC, R², NDCG …) upwards. Undefined for a name it does not know, so a caller says
 * "changed" rather than guess. Lower-is-better words win: `error_rate_auc` is not a score.
 */
export function metricDirection(name: string): MetricDirection | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9]+/);
  if (words.some((w) => LOWER_IS_BETTER.has(w))) return 'lower';
  if (words.some((w) => HIGHER_IS_BETTER.has(w) || /^f\d$/.test(w))) return 'higher';
  return undefined;
}

/** From `a` to `b`: better, worse, the same, or just changed when the metric's direction is unknown. */
export function metricVerdict(name: string, a: number, b: number): MetricVerdict {
  if (a === b) return 'same';
  const direction = metricDirection(name);
  if (direction === undefined) return 'changed';
  return b > a === (direction === 'higher') ? 'better' : 'worse';
}
