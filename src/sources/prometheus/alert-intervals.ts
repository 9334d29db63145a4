import type { AlertInterval } from '../../domain/alert';
import { alertTarget, toSeverity, type AlertLabelNames } from '../alertmanager/alert-labels';
import type { RangeSeriesWire } from './schemas';
import { toValue } from './to-domain';

export interface IntervalRules {
  stepSeconds: number;
  /** The last evaluation time of the (aligned) window, ms. */
  windowEnd: number;
  /** How often rules run: how stale a sample may be and still mean "firing". */
  evaluationIntervalSeconds: number;
  labels: AlertLabelNames;
}

/**
 * The history query: the sample timestamp of every firing `ALERTS` series at
 * each step. Values are timestamps, not 1, so that a series that merely
 * lingers in the 5-minute lookback (backfilled data has no staleness markers)
 * can be told from one that is still being written.
 */
export function alertHistoryQuery(model: string | undefined, labels: AlertLabelNames): string {
  const escaped = model?.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const matchers = ['alertstate="firing"', ...(escaped ? [`${labels.model}="${escaped}"`] : [])];
  return `timestamp(ALERTS{${matchers.join(',')}})`;
}

/**
 * Runs of consecutive fresh points become intervals. An interval starts at the
 * first sample seen, ends one evaluation after the last one (when the rule
 * found the condition gone), and stays open when it reaches the window's end.
 */
export function toAlertIntervals(result: readonly RangeSeriesWire[], rules: IntervalRules): AlertInterval[] {
  const stepMs = rules.stepSeconds * 1000;
  const evaluationMs = rules.evaluationIntervalSeconds * 1000;
  const freshMs = 2 * evaluationMs;
  const intervals: AlertInterval[] = [];

  for (const series of result) {
    const { __name__: _name, alertstate: _state, ...labels } = series.metric;
    const base = {
      name: labels.alertname ?? 'unnamed alert',
      severity: toSeverity(labels[rules.labels.severity]),
      ...alertTarget(labels, rules.labels),
      labels,
    };
    let run: { from: number; lastEval: number; lastSample: number } | undefined;
    const close = (): void => {
      if (!run) return;
      const open = run.lastEval >= rules.windowEnd;
      const to = open ? undefined : Math.min(run.lastSample + evaluationMs, run.lastEval + stepMs);
      intervals.push({ ...base, from: run.from, ...(to === undefined ? {} : { to }) });
      run = undefined;
    };
    for (const [t, v] of series.values) {
      const evalAt = Math.round(t * 1000);
      const seconds = toValue(v);
      const sampleAt = seconds === null ? undefined : Math.round(seconds * 1000);
      if (sampleAt === undefined || evalAt - sampleAt > freshMs) {
        close();
        continue;
      }
      if (run && evalAt - run.lastEval > stepMs * 1.5) close();
      if (run) {
        run.lastEval = evalAt;
        run.lastSample = Math.max(run.lastSample, sampleAt);
      } else {
        run = { from: sampleAt, lastEval: evalAt, lastSample: sampleAt };
      }
    }
    close();
  }
  return intervals.sort((a, b) => a.from - b.from || a.name.localeCompare(b.name));
}
