import type { ModelTask } from '../../domain/model';
import type { Rng } from './prng';

export const FRAMEWORKS = ['xgboost', 'lightgbm', 'pytorch'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

const OBJECTIVES: Record<Framework, Record<ModelTask, string>> = {
  xgboost: { classification: 'binary:logistic', regression: 'reg:squarederror', ranking: 'rank:ndcg' },
  lightgbm: { classification: 'binary', regression: 'regression', ranking: 'lambdarank' },
  pytorch: { classification: 'bce_with_logits', regression: 'huber', ranking: 'listnet' },
};

const fixed = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

/** Hyper-parameters as MLflow logs them: every value a string. */
export function trainingParams(framework: Framework, task: ModelTask, rng: Rng): Record<string, string> {
  const objective = OBJECTIVES[framework][task];
  if (framework === 'pytorch') {
    return {
      learning_rate: fixed(rng.float(0.0001, 0.003), 5),
      batch_size: String(rng.pick([256, 512, 1024])),
      epochs: String(rng.int(5, 40)),
      hidden_units: String(rng.pick([64, 128, 256])),
      dropout: fixed(rng.float(0.1, 0.4), 2),
      optimizer: 'adamw',
      loss: objective,
    };
  }
  const common = {
    learning_rate: fixed(rng.float(0.01, 0.3), 3),
    n_estimators: String(rng.int(4, 30) * 50),
    objective,
  };
  if (framework === 'lightgbm') {
    return {
      ...common,
      num_leaves: String(rng.pick([15, 31, 63, 127, 255])),
      max_depth: String(rng.pick([-1, 6, 8, 10, 12])),
      feature_fraction: fixed(rng.float(0.5, 1), 2),
    };
  }
  return {
    ...common,
    max_depth: String(rng.int(3, 10)),
    subsample: fixed(rng.float(0.6, 1), 2),
    colsample_bytree: fixed(rng.float(0.5, 1), 2),
  };
}

const round = (value: number): number => Number(value.toFixed(4));

/**
 * Evaluation metrics fitting the task, from a quality in [0, 1]. The relations
 * hold as they would in real evaluations: F1 is the harmonic mean of precision
 * and recall, RMSE ≥ MAE, MRR ≥ NDCG@10 ≥ MAP for typical click data.
 */
export function trainingMetrics(
  task: ModelTask,
  quality: number,
  errorScale: number,
  rng: Rng,
): Record<string, number> {
  const q = Math.min(1, Math.max(0, quality));
  if (task === 'classification') {
    const precision = 0.7 + 0.25 * q + rng.float(-0.02, 0.02);
    const recall = 0.65 + 0.28 * q + rng.float(-0.02, 0.02);
    return {
      accuracy: round(0.78 + 0.18 * q),
      precision: round(precision),
      recall: round(recall),
      f1: round((2 * precision * recall) / (precision + recall)),
      roc_auc: round(Math.min(0.995, 0.82 + 0.16 * q + rng.float(0, 0.01))),
    };
  }
  if (task === 'regression') {
    const mae = errorScale * (1.25 - q) * rng.float(0.95, 1.05);
    return { mae: round(mae), rmse: round(mae * rng.float(1.2, 1.45)), r2: round(0.55 + 0.4 * q) };
  }
  const ndcg = 0.45 + 0.35 * q + rng.float(-0.01, 0.01);
  return {
    ndcg_at_10: round(ndcg),
    map: round(ndcg - rng.float(0.05, 0.1)),
    mrr: round(ndcg + rng.float(0.03, 0.08)),
  };
}
