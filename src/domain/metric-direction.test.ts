import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricDirection, metricVerdict } from './metric-direction';

describe('metricDirection', () => {
  it('knows losses and errors improve downwards and scores upwards', () => {
    for (const name of ['loss', 'val_loss', 'log_loss', 'mae', 'rmse', 'MSE', 'error_rate', 'p95_latency'])
      expect(metricDirection(name)).toBe('lower');
    for (const name of [
      'accuracy',
      'roc_auc',
      'f1',
      'f1_score',
      'r2',
      'ndcg_at_10',
      'map',
      'mrr',
      'precision',
    ])
      expect(metricDirection(name)).toBe('higher');
    expect(metricDirection('heatmap_size')).toBeUndefined();
    expect(metricDirection('training_rows')).toBeUndefined();
  });
});

describe('metricVerdict', () => {
  it('calls a loss going down better, and AUC going down worse', () => {
    expect(metricVerdict('val_loss', 0.42, 0.35)).toBe('better');
    expect(metricVerdict('rmse', 3.1, 3.4)).toBe('worse');
    expect(metricVerdict('roc_auc', 0.906, 0.891)).toBe('worse');
    expect(metricVerdict('accuracy', 0.81, 0.87)).toBe('better');
    expect(metricVerdict('training_rows', 10, 12)).toBe('changed');
    expect(metricVerdict('mae', 1, 1)).toBe('same');
  });

  it('swapping the two sides swaps better and worse', () => {
    const names = fc.constantFrom('val_loss', 'mae', 'roc_auc', 'accuracy', 'rows');
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(names, value, value, (name, a, b) => {
        const swapped = { better: 'worse', worse: 'better', same: 'same', changed: 'changed' } as const;
        expect(metricVerdict(name, b, a)).toBe(swapped[metricVerdict(name, a, b)]);
      }),
    );
  });
});
