import { describe, expect, it } from 'vitest';
import type { PerformanceReport } from '../../domain/monitoring';
import type { Point } from '../../domain/series';
import { performanceAnswer } from './performance-answer';

describe('performanceAnswer', () => {
  const H = 3_600_000;
  const window = { from: 0, to: 24 * H };
  const report = (points: Point[], incompleteFrom?: number): PerformanceReport => ({
    model: 'm',
    task: 'classification',
    stepSeconds: 3600,
    metrics: [{ name: 'accuracy', label: 'Accuracy', unit: 'score', points }],
    labelDelay: { delayMs: 6 * H, incompleteFrom },
  });

  it('tells the headline metric’s course and how much waits for labels', () => {
    expect(
      performanceAnswer(
        report(
          [
            [0, 0.87],
            [H, 0.85],
            [18 * H, 0.81],
            [20 * H, null],
          ],
          18 * H,
        ),
        window,
        'the last 24 hours',
      ),
    ).toBe(
      'Accuracy fell from 0.870 to 0.810 (worse) over the last 24 hours (its first hour against its last hour with labels). The last 6 hours wait for their labels (about 6 hours late) and are shaded.',
    );
    expect(
      performanceAnswer(
        report([
          [0, 0.93],
          [H, 0.931],
        ]),
        window,
        'the last 24 hours',
      ),
    ).toBe(
      'Accuracy held at about 0.931 over the last 24 hours (its first hour against its last hour with labels).',
    );
  });

  it('takes the start and the end from a few points each, so one noisy bucket does not decide', () => {
    const values = [0.87, 0.874, 0.866, 0.86, 0.85, 0.84, 0.83, 0.82, 0.81, 0.812, 0.808, 0.77];
    const points = values.map((v, i): Point => [i * H, v]);
    // Start: 0.87, 0.874, 0.866 → 0.870; end: 0.812, 0.808, 0.77 → 0.797, not the last bucket's 0.77.
    expect(performanceAnswer(report(points), window, 'the last 24 hours')).toBe(
      'Accuracy fell from 0.870 to 0.797 (worse) over the last 24 hours (its first 3 hours against its last 3 hours with labels).',
    );
    // With the version measured, the figure names it: it cannot be read as another version's.
    expect(performanceAnswer(report(points), window, 'the last 24 hours', '6')).toMatch(
      /^Accuracy of v6 fell from 0\.870 to 0\.797 \(worse\) over the last 24 hours/,
    );
  });

  it('explains an empty chart when the labels lag behind the whole window', () => {
    const delayed = { ...report([[0, null]], -1), labelDelay: { delayMs: 72 * H, incompleteFrom: -1 } };
    expect(performanceAnswer(delayed, window, 'the last 24 hours')).toBe(
      'Labels arrive about 3 days after a prediction, so nothing in the last 24 hours can be scored yet. Widen the time range to see the weeks before.',
    );
  });
});
