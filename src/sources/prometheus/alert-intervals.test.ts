import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_LABELS } from '../alertmanager/alert-labels';
import { alertHistoryQuery, toAlertIntervals, type IntervalRules } from './alert-intervals';
import type { RangeSeriesWire } from './schemas';

const MIN = 60;
const T0 = 1795701600; // 2026-11-26 14:00 UTC, seconds
const labels = {
  alertname: 'ModelLatencyHigh',
  alertstate: 'firing',
  model: 'dynamic-pricing',
  deployment: 'dynamic-pricing-production',
  severity: 'critical',
};
const rules = (windowEndSeconds: number, stepSeconds = 60): IntervalRules => ({
  stepSeconds,
  windowEnd: windowEndSeconds * 1000,
  evaluationIntervalSeconds: 60,
  labels: DEFAULT_ALERT_LABELS,
});

/** `timestamp(ALERTS{…})` at a 60 s step: each point's value is the time of the sample it saw. */
function evaluations(
  fromMin: number,
  toMin: number,
  sampleAt: (minute: number) => number,
): RangeSeriesWire['values'] {
  const values: RangeSeriesWire['values'] = [];
  for (let m = fromMin; m <= toMin; m++) values.push([T0 + m * MIN, String(sampleAt(m))]);
  return values;
}

describe('alertHistoryQuery', () => {
  it('asks for the sample timestamps of firing ALERTS, for one model or all', () => {
    expect(alertHistoryQuery('dynamic-pricing', DEFAULT_ALERT_LABELS)).toBe(
      'timestamp(ALERTS{alertstate="firing",model="dynamic-pricing"})',
    );
    expect(alertHistoryQuery(undefined, { ...DEFAULT_ALERT_LABELS, model: 'app' })).toBe(
      'timestamp(ALERTS{alertstate="firing"})',
    );
    expect(alertHistoryQuery('a"b', { ...DEFAULT_ALERT_LABELS, model: 'app' })).toBe(
      'timestamp(ALERTS{alertstate="firing",app="a\\"b"})',
    );
  });
});

describe('toAlertIntervals', () => {
  it('reads one interval from first sample to one evaluation after the last, mapped by labels', () => {
    // Written each minute 14:05–14:59 (real Prometheus then writes a staleness marker and the series ends).
    const values = evaluations(5, 59, (m) => T0 + m * MIN);
    expect(toAlertIntervals([{ metric: labels, values }], rules(T0 + 120 * MIN))).toEqual([
      {
        name: 'ModelLatencyHigh',
        severity: 'critical',
        model: 'dynamic-pricing',
        deployment: 'dynamic-pricing-production',
        from: (T0 + 5 * MIN) * 1000,
        to: (T0 + 60 * MIN) * 1000,
        labels: {
          alertname: 'ModelLatencyHigh',
          model: 'dynamic-pricing',
          deployment: 'dynamic-pricing-production',
          severity: 'critical',
        },
      },
    ]);
  });

  it('ignores the 5-minute lookback tail of series without staleness markers (backfilled data)', () => {
    // Samples 14:05–14:59, but the lookback repeats the 14:59 sample until 15:04.
    const values = evaluations(5, 64, (m) => T0 + Math.min(m, 59) * MIN);
    const [interval] = toAlertIntervals([{ metric: labels, values }], rules(T0 + 120 * MIN));
    expect(interval?.to).toBe((T0 + 60 * MIN) * 1000);
  });

  it('splits a gap into two intervals', () => {
    const values = [...evaluations(0, 9, (m) => T0 + m * MIN), ...evaluations(20, 29, (m) => T0 + m * MIN)];
    const intervals = toAlertIntervals([{ metric: labels, values }], rules(T0 + 60 * MIN));
    expect(intervals.map((i) => [(i.from / 1000 - T0) / MIN, ((i.to ?? 0) / 1000 - T0) / MIN])).toEqual([
      [0, 10],
      [20, 30],
    ]);
  });

  it('leaves an interval open when it reaches the end of the window', () => {
    const values = evaluations(30, 60, (m) => T0 + m * MIN);
    const [interval] = toAlertIntervals([{ metric: labels, values }], rules(T0 + 60 * MIN));
    expect(interval?.from).toBe((T0 + 30 * MIN) * 1000);
    expect(interval && 'to' in interval).toBe(false);
  });

  it('reads coarse steps: the interval is known to within a step', () => {
    // Step 15 min; the rule fires 14:05–14:59.
    const values: RangeSeriesWire['values'] = [15, 30, 45, 60].map((m) => [
      T0 + m * MIN,
      String(T0 + Math.min(m, 59) * MIN),
    ]);
    const [interval] = toAlertIntervals([{ metric: labels, values }], rules(T0 + 180 * MIN, 900));
    expect(interval?.from).toBe((T0 + 15 * MIN) * 1000);
    expect(interval?.to).toBe((T0 + 60 * MIN) * 1000);
  });

  it('sorts by start, and maps unknown severities to warning, no alertname to "unnamed alert"', () => {
    const other = { alertstate: 'firing', severity: 'P1', team: 'risk' };
    const intervals = toAlertIntervals(
      [
        { metric: labels, values: evaluations(30, 31, (m) => T0 + m * MIN) },
        { metric: other, values: evaluations(10, 11, (m) => T0 + m * MIN) },
      ],
      rules(T0 + 60 * MIN),
    );
    expect(intervals.map((i) => [i.name, i.severity, i.model])).toEqual([
      ['unnamed alert', 'warning', undefined],
      ['ModelLatencyHigh', 'critical', 'dynamic-pricing'],
    ]);
  });
});
