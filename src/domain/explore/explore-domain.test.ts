import { describe, expect, it } from 'vitest';
import { latestPoint, seriesName } from './explore-result';
import { exploreStep, formatStep, parseStep } from './explore-step';
import { historyFor, recordQuery, removeEntry, setStarred, type HistoryEntry } from './query-history';
import { capSeries } from './series-cap';
import { errorOffset, inferUnit } from './query-hints';

const HOUR = 3_600_000;

describe('series cap', () => {
  it('shows the first 100 of 11,000 series and names the label to narrow by', () => {
    const series = Array.from({ length: 11_000 }, (_, i) => ({
      labels: { __name__: 'up', job: 'api', pod: `pod-${i}` },
      points: [],
    }));
    const capped = capSeries(series);
    expect(capped.shown).toHaveLength(100);
    expect(capped.total).toBe(11_000);
    expect(capped.message).toBe(
      '11,000 series: showing the first 100; narrow it with a label such as pod="…".',
    );
  });

  it('says nothing when every series fits', () => {
    expect(capSeries([{ labels: {}, points: [] }]).message).toBeUndefined();
  });
});

describe('series names and latest values', () => {
  it('names a series as Prometheus prints it', () => {
    expect(seriesName({ __name__: 'up', job: 'b', instance: 'a' })).toBe('up{instance="a", job="b"}');
    expect(seriesName({})).toBe('{}');
  });

  it('takes the last value that is not a gap', () => {
    expect(
      latestPoint([
        [1, 2],
        [2, null],
      ]),
    ).toEqual([1, 2]);
    expect(latestPoint([[2, null]])).toBeUndefined();
  });
});

describe('Explore step', () => {
  const window = { from: 0, to: 24 * HOUR };

  it('follows the chart’s width when the user chose none', () => {
    // 24 h over 1,000 px: 86.4 s a pixel → the next nice step, 120 s.
    expect(exploreStep(window, 1000, 15)).toEqual({ stepSeconds: 120, chosen: false, widened: false });
  });

  it('keeps a step the user typed, and widens one Prometheus would refuse', () => {
    expect(exploreStep(window, 1000, 15, 45).stepSeconds).toBe(45);
    const widened = exploreStep({ from: 0, to: 30 * 24 * HOUR }, 1000, 15, 1);
    expect(widened.widened).toBe(true);
    expect(widened.stepSeconds).toBeGreaterThan(1);
  });

  it('reads and writes steps as PromQL durations', () => {
    expect(parseStep('5m')).toBe(300);
    expect(parseStep('30')).toBe(30);
    expect(parseStep('soon')).toBeUndefined();
    expect(formatStep(3600)).toBe('1h');
    expect(formatStep(90)).toBe('90s');
  });
});

describe('query history', () => {
  const run = (expr: string, at: number, connectionId = 'prom') => ({ connectionId, expr, at });

  it('keeps the newest queries of each connection, a repeated one moved to the top', () => {
    let entries: HistoryEntry[] = [];
    entries = recordQuery(entries, run('up', 1));
    entries = recordQuery(entries, run('rate(x[5m])', 2));
    entries = recordQuery(entries, run('up', 3));
    expect(historyFor(entries, 'prom').map((e) => e.expr)).toEqual(['up', 'rate(x[5m])']);
  });

  it('keeps a starred query until it is removed, however many run after it', () => {
    let entries = recordQuery([], run('starred', 0));
    entries = setStarred(entries, { connectionId: 'prom', expr: 'starred' }, true);
    for (let i = 1; i <= 10; i++) entries = recordQuery(entries, run(`q${i}`, i), 3);
    expect(historyFor(entries, 'prom').map((e) => e.expr)).toEqual(['starred', 'q10', 'q9', 'q8']);
    entries = removeEntry(entries, { connectionId: 'prom', expr: 'starred' });
    expect(historyFor(entries, 'prom').map((e) => e.expr)).not.toContain('starred');
  });

  it('keeps each connection’s history apart, and stores only the id and the expression', () => {
    const entries = recordQuery(recordQuery([], run('up', 1, 'a')), run('down', 2, 'b'));
    expect(historyFor(entries, 'a').map((e) => e.expr)).toEqual(['up']);
    expect(Object.keys(entries[0] ?? {}).sort()).toEqual(['at', 'connectionId', 'expr', 'starred']);
  });
});

describe('query hints', () => {
  it('finds where Prometheus says the syntax error is, in either message format', () => {
    expect(
      errorOffset('invalid parameter "query": 1:16: parse error: unexpected end of input', 'sum(rate(x[5m])'),
    ).toBe(15);
    expect(errorOffset('2:3: parse error: unexpected "}"', 'up\nab}')).toBe(5);
    expect(errorOffset('parse error at char 4: unexpected', 'abcdef')).toBe(3);
    expect(errorOffset('query timed out', 'up')).toBeUndefined();
  });

  it('reads the unit from the names the query uses', () => {
    expect(
      inferUnit('histogram_quantile(0.95, sum by (le) (rate(model_request_duration_seconds_bucket[5m])))'),
    ).toBe('seconds');
    expect(
      inferUnit(
        'sum by (code) (rate(model_requests_total{code=~"5.."}[1m])) / scalar(sum(rate(model_requests_total[1m])))',
      ),
    ).toBe('ratio');
    expect(inferUnit('sum(rate(model_requests_total[5m]))')).toBe('requests_per_second');
    expect(inferUnit('max by (feature) (model_feature_drift_score)')).toBe('score');
    expect(inferUnit('up')).toBe('count');
  });
});
