import { describe, expect, it } from 'vitest';
import { evaluate, type SeriesStore, type StoredSeries } from './promql-eval';
import { parsePromql, PromqlError } from './promql-parse';

const T = 1_800_000_000_000;

function store(series: StoredSeries[]): SeriesStore {
  return {
    scrapeIntervalSeconds: 15,
    select: (matchers) =>
      series.filter((s) =>
        matchers.every((m) => {
          const v = s.labels[m.name] ?? '';
          const re = new RegExp(`^(?:${m.value})$`);
          return m.op === '='
            ? v === m.value
            : m.op === '!='
              ? v !== m.value
              : m.op === '=~'
                ? re.test(v)
                : !re.test(v);
        }),
      ),
  };
}
const gauge = (labels: Record<string, string>, v: number): StoredSeries => ({ labels, valueAt: () => v });
const counter = (labels: Record<string, string>, rate: number): StoredSeries => ({
  labels,
  valueAt: (t) => (rate * t) / 1000,
  rateAt: () => rate,
});

const run = (q: string, s: SeriesStore) => evaluate(parsePromql(q), [T], s);
const failure = (q: string, s = store([])): PromqlError => {
  try {
    run(q, s);
  } catch (error) {
    if (error instanceof PromqlError) return error;
    throw error;
  }
  throw new Error(`${q} evaluated`);
};

describe('the demo’s PromQL', () => {
  it('reports a syntax error with its position, as Prometheus does', () => {
    const error = failure('sum(rate(x[5m])');
    expect(error.errorType).toBe('bad_data');
    expect(error.message).toMatch(/^1:16: parse error: unexpected end of input/);
    expect(failure('up{job=}').message).toBe(
      '1:8: parse error: unexpected "}" in label matching, expected string',
    );
    expect(failure('nosuch(up)').message).toBe('1:1: parse error: unknown function with name "nosuch"');
  });

  it('says which real functions it leaves to a real Prometheus', () => {
    const error = failure('predict_linear(up[1h], 3600)');
    expect(error.errorType).toBe('execution');
    expect(error.message).toMatch(/cannot evaluate predict_linear\(\)/);
  });

  it('sums rates by a label, and matches selectors by regex', () => {
    const s = store([
      counter({ __name__: 'req_total', code: '200', pod: 'a' }, 3),
      counter({ __name__: 'req_total', code: '200', pod: 'b' }, 2),
      counter({ __name__: 'req_total', code: '500', pod: 'a' }, 1),
    ]);
    const value = run('sum by (code) (rate(req_total{code=~"2..|5.."}[5m]))', s);
    expect(value).toEqual({
      k: 'vector',
      series: [
        { labels: { code: '200' }, values: [5] },
        { labels: { code: '500' }, values: [1] },
      ],
    });
  });

  it('divides by a scalar and falls back with `or vector(0)`', () => {
    const s = store([counter({ __name__: 'req_total', code: '200' }, 4)]);
    expect(run('sum(rate(req_total{code="500"}[5m])) or vector(0)', s)).toEqual({
      k: 'vector',
      series: [{ labels: {}, values: [0] }],
    });
    expect(run('rate(req_total[5m]) / scalar(sum(rate(req_total[5m])))', s)).toEqual({
      k: 'vector',
      series: [{ labels: { code: '200' }, values: [1] }],
    });
  });

  it('interpolates histogram_quantile inside the bucket, as Prometheus does', () => {
    // Prometheus docs' method: rank = 0.9 × 100 = 90 falls in (0.25, 0.5] holding 60..100 → 0.25 + 0.25 × 30/40.
    const s = store([
      gauge({ __name__: 'h_bucket', le: '0.25' }, 60),
      gauge({ __name__: 'h_bucket', le: '0.5' }, 100),
      gauge({ __name__: 'h_bucket', le: '+Inf' }, 100),
    ]);
    expect(run('histogram_quantile(0.9, h_bucket)', s)).toEqual({
      k: 'vector',
      series: [{ labels: {}, values: [0.4375] }],
    });
  });

  it('gives a string literal back as a string, and refuses one in arithmetic', () => {
    expect(run('"hello"', store([]))).toEqual({ k: 'string', v: 'hello' });
    expect(failure('"a" + 1').message).toMatch(/only scalar and instant vector types/);
  });

  it('times out, rather than hang the page, on a query too large to evaluate', () => {
    const many = store(Array.from({ length: 100 }, (_, i) => gauge({ __name__: 'g', i: String(i) }, 1)));
    const error = (() => {
      try {
        evaluate(
          parsePromql('g'),
          Array.from({ length: 100 }, (_, i) => T + i),
          many,
          5_000,
        );
      } catch (e) {
        return e as PromqlError;
      }
    })();
    expect(error?.errorType).toBe('timeout');
  });
});
