import { PromqlError, type Matcher, type Node } from './promql-parse';

/** A stored series: its labels, and its value (and, for a counter, its rate) at any instant. */
export interface StoredSeries {
  labels: Record<string, string>;
  valueAt(t: number): number | null;
  /** Per second; counters know theirs exactly, so `rate()` needs no samples. */
  rateAt?(t: number): number | null;
}

export interface SeriesStore {
  select(matchers: readonly Matcher[]): StoredSeries[];
  /** Seconds between samples, for raw range vectors and `*_over_time`. */
  scrapeIntervalSeconds: number;
}

type Values = (number | null)[];
interface VSeries {
  labels: Record<string, string>;
  values: Values;
}
export type Value =
  | { k: 'vector'; series: VSeries[] }
  | { k: 'scalar'; values: Values }
  | { k: 'string'; v: string }
  | { k: 'range'; series: StoredSeries[]; rangeMs: number };

/** Real Prometheus functions the demo leaves to a real server (it says so, rather than guess). */
const KNOWN_FUNCTIONS = new Set(
  'absent absent_over_time changes clamp clamp_max clamp_min day_of_month day_of_week day_of_year days_in_month delta deriv histogram_avg histogram_count histogram_fraction histogram_stddev histogram_stdvar histogram_sum holt_winters hour idelta label_join label_replace minute month predict_linear quantile_over_time resets sgn stddev_over_time stdvar_over_time timestamp year sin cos tan asin acos atan sinh cosh tanh deg rad pi last_over_time present_over_time count_over_time sum_over_time mad_over_time double_exponential_smoothing info limitk limit_ratio'.split(
    ' ',
  ),
);
const MATH: Record<string, (v: number) => number> = {
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  round: Math.round,
  sqrt: Math.sqrt,
  exp: Math.exp,
  ln: Math.log,
  log2: Math.log2,
  log10: Math.log10,
};
const ARITH: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '^': (a, b) => a ** b,
};
const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
};

const cannot = (what: string): PromqlError =>
  new PromqlError(
    'execution',
    `The demo’s Prometheus cannot evaluate ${what}. It knows selectors, rate, irate, increase, *_over_time (avg, min, max), histogram_quantile, sum/avg/min/max/count by, scalar, vector, arithmetic, comparisons, and, or, unless: ask a real Prometheus for the rest.`,
  );

const withoutName = ({ __name__: _name, ...rest }: Record<string, string>): Record<string, string> => rest;
const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function signature(labels: Record<string, string>, matching?: { on: boolean; labels: string[] }): string {
  const keys = Object.keys(labels)
    .filter((k) => k !== '__name__')
    .filter((k) =>
      matching ? (matching.on ? matching.labels.includes(k) : !matching.labels.includes(k)) : true,
    )
    .sort();
  return keys.map((k) => `${k}\u0000${labels[k] ?? ''}`).join('\u0001');
}

/** Evaluation of one expression at every instant of `times` (epoch ms): a range query, or one instant. */
export function evaluate(
  node: Node,
  times: readonly number[],
  store: SeriesStore,
  budget = 4_000_000,
): Value {
  let cells = 0;
  const spend = (n: number): void => {
    cells += n;
    if (cells > budget) throw new PromqlError('timeout', 'query timed out in expression evaluation');
  };

  const vector = (v: Value, what: string): VSeries[] => {
    if (v.k !== 'vector')
      throw new PromqlError('bad_data', `expected type instant vector in ${what}, got ${kindName(v)}`);
    return v.series;
  };
  const scalar = (v: Value, what: string): Values => {
    if (v.k !== 'scalar')
      throw new PromqlError('bad_data', `expected type scalar in ${what}, got ${kindName(v)}`);
    return v.values;
  };

  function ev(n: Node): Value {
    switch (n.t) {
      case 'num':
        return { k: 'scalar', values: times.map(() => n.v) };
      case 'str':
        return { k: 'string', v: n.v };
      case 'neg': {
        const inner = ev(n.expr);
        if (inner.k === 'scalar')
          return { k: 'scalar', values: inner.values.map((v) => (v === null ? null : -v)) };
        return {
          k: 'vector',
          series: vector(inner, 'unary expression').map((s) => ({
            labels: withoutName(s.labels),
            values: s.values.map((v) => (v === null ? null : -v)),
          })),
        };
      }
      case 'sel': {
        const series = store.select(n.matchers);
        if (n.rangeMs !== undefined) return { k: 'range', series, rangeMs: n.rangeMs };
        spend(series.length * times.length);
        return {
          k: 'vector',
          series: series.map((s) => ({ labels: s.labels, values: times.map((t) => s.valueAt(t)) })),
        };
      }
      case 'call':
        return call(n);
      case 'agg':
        return aggregate(n);
      case 'bin':
        return binary(n);
    }
  }

  function rangeArg(n: Node & { t: 'call' }): { series: StoredSeries[]; rangeMs: number } {
    const arg = n.args[0] ? ev(n.args[0]) : undefined;
    if (arg?.k !== 'range')
      throw new PromqlError(
        'bad_data',
        `1:${n.pos + 1}: parse error: expected type range vector in call to function "${n.fn}", got ${arg ? kindName(arg) : 'nothing'}`,
      );
    spend(arg.series.length * times.length);
    return arg;
  }

  function call(n: Node & { t: 'call' }): Value {
    const { fn } = n;
    if (fn === 'rate' || fn === 'irate' || fn === 'increase') {
      const { series, rangeMs } = rangeArg(n);
      const per = fn === 'increase' ? rangeMs / 1000 : 1;
      return {
        k: 'vector',
        series: series.map((s) => ({
          labels: withoutName(s.labels),
          values: times.map((t) => {
            const r = s.rateAt?.(t) ?? slope(s, t, rangeMs);
            return r === null ? null : r * per;
          }),
        })),
      };
    }
    if (fn === 'avg_over_time' || fn === 'min_over_time' || fn === 'max_over_time') {
      const { series, rangeMs } = rangeArg(n);
      const stepMs = Math.max(store.scrapeIntervalSeconds * 1000, rangeMs / 20);
      return {
        k: 'vector',
        series: series.map((s) => ({
          labels: withoutName(s.labels),
          values: times.map((t) => {
            const samples: number[] = [];
            for (let u = t - rangeMs + stepMs; u <= t; u += stepMs) {
              const v = s.valueAt(u);
              if (v !== null) samples.push(v);
            }
            if (samples.length === 0) return null;
            if (fn === 'min_over_time') return Math.min(...samples);
            if (fn === 'max_over_time') return Math.max(...samples);
            return samples.reduce((a, b) => a + b, 0) / samples.length;
          }),
        })),
      };
    }
    if (fn === 'histogram_quantile') return histogramQuantile(n);
    if (fn === 'scalar') {
      const series = vector(argValue(n, 0), 'call to function "scalar"');
      return {
        k: 'scalar',
        values: times.map((_, i) => (series.length === 1 ? (series[0]?.values[i] ?? null) : null)),
      };
    }
    if (fn === 'vector') {
      const values = scalar(argValue(n, 0), 'call to function "vector"');
      return { k: 'vector', series: [{ labels: {}, values }] };
    }
    if (fn === 'time') return { k: 'scalar', values: times.map((t) => t / 1000) };
    if (fn === 'sort' || fn === 'sort_desc') return argValue(n, 0);
    const math = MATH[fn];
    if (math) {
      const series = vector(argValue(n, 0), `call to function "${fn}"`);
      return {
        k: 'vector',
        series: series.map((s) => ({
          labels: withoutName(s.labels),
          values: s.values.map((v) => (v === null ? null : finite(math(v)))),
        })),
      };
    }
    if (KNOWN_FUNCTIONS.has(fn)) throw cannot(`${fn}()`);
    throw new PromqlError('bad_data', `1:${n.pos + 1}: parse error: unknown function with name "${fn}"`);
  }

  function argValue(n: Node & { t: 'call' }, i: number): Value {
    const arg = n.args[i];
    if (!arg)
      throw new PromqlError(
        'bad_data',
        `1:${n.pos + 1}: parse error: expected ${i + 1} argument(s) in call to "${n.fn}", got ${n.args.length}`,
      );
    return ev(arg);
  }

  /** Prometheus's bucket interpolation: linear within the bucket the rank falls in. */
  function histogramQuantile(n: Node & { t: 'call' }): Value {
    const q = scalar(argValue(n, 0), 'call to function "histogram_quantile"');
    const series = vector(argValue(n, 1), 'call to function "histogram_quantile"');
    const groups = new Map<
      string,
      { labels: Record<string, string>; buckets: { le: number; values: Values }[] }
    >();
    for (const s of series) {
      const le = s.labels.le;
      if (le === undefined) continue;
      const { le: _le, ...rest } = withoutName(s.labels);
      const key = signature(rest);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { labels: rest, buckets: [] }));
      group.buckets.push({ le: le === '+Inf' ? Infinity : Number(le), values: s.values });
    }
    return {
      k: 'vector',
      series: [...groups.values()].map((g) => {
        const buckets = g.buckets.sort((a, b) => a.le - b.le);
        return {
          labels: g.labels,
          values: times.map((_, i) => {
            const quantile = q[i];
            if (quantile === null || quantile === undefined) return null;
            const counts = buckets.map((b) => b.values[i] ?? null);
            if (counts.some((c) => c === null) || buckets.at(-1)?.le !== Infinity) return null;
            const total = counts.at(-1) ?? 0;
            if (!(total > 0)) return null;
            const rank = quantile * total;
            const at = counts.findIndex((c) => (c ?? 0) >= rank);
            const bucket = buckets[at];
            if (!bucket) return null;
            if (bucket.le === Infinity) return buckets[at - 1]?.le ?? null;
            const start = at === 0 ? 0 : (buckets[at - 1]?.le ?? 0);
            const below = at === 0 ? 0 : (counts[at - 1] ?? 0);
            const inside = (counts[at] ?? 0) - below;
            return inside > 0 ? start + (bucket.le - start) * ((rank - below) / inside) : bucket.le;
          }),
        };
      }),
    };
  }

  function aggregate(n: Node & { t: 'agg' }): Value {
    if (!['sum', 'avg', 'min', 'max', 'count', 'group'].includes(n.op)) throw cannot(`${n.op}()`);
    const series = vector(ev(n.expr), `aggregation expression`);
    const groups = new Map<string, { labels: Record<string, string>; members: VSeries[] }>();
    for (const s of series) {
      const base = withoutName(s.labels);
      const labels: Record<string, string> = {};
      const g = n.grouping;
      for (const [k, v] of Object.entries(base)) {
        if (!g ? false : g.without ? !g.labels.includes(k) : g.labels.includes(k)) labels[k] = v;
      }
      const key = signature(labels);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { labels, members: [] }));
      group.members.push(s);
    }
    return {
      k: 'vector',
      series: [...groups.values()].map((g) => ({
        labels: g.labels,
        values: times.map((_, i) => {
          const vs = g.members
            .map((m) => m.values[i])
            .filter((v): v is number => v !== null && v !== undefined);
          if (vs.length === 0) return null;
          switch (n.op) {
            case 'sum':
              return vs.reduce((a, b) => a + b, 0);
            case 'avg':
              return vs.reduce((a, b) => a + b, 0) / vs.length;
            case 'min':
              return Math.min(...vs);
            case 'max':
              return Math.max(...vs);
            case 'count':
              return vs.length;
            default:
              return 1;
          }
        }),
      })),
    };
  }

  function binary(n: Node & { t: 'bin' }): Value {
    const lhs = ev(n.lhs);
    const rhs = ev(n.rhs);
    if (lhs.k === 'string' || rhs.k === 'string' || lhs.k === 'range' || rhs.k === 'range')
      throw new PromqlError(
        'bad_data',
        `1:${n.pos + 1}: parse error: binary expression must contain only scalar and instant vector types`,
      );
    const arith = ARITH[n.op];
    const compare = COMPARE[n.op];
    if (n.op === 'or' || n.op === 'and' || n.op === 'unless') {
      if (lhs.k !== 'vector' || rhs.k !== 'vector')
        throw new PromqlError('bad_data', `set operator "${n.op}" not allowed in binary scalar expression`);
      return setOp(n.op, lhs.series, rhs.series, n.matching);
    }
    const apply = (a: number | null, b: number | null): number | null => {
      if (a === null || b === null) return null;
      if (arith) return finite(arith(a, b));
      return compare?.(a, b) ? a : null;
    };
    if (lhs.k === 'scalar' && rhs.k === 'scalar')
      return { k: 'scalar', values: lhs.values.map((a, i) => apply(a, rhs.values[i] ?? null)) };
    if (lhs.k === 'vector' && rhs.k === 'scalar')
      return {
        k: 'vector',
        series: lhs.series.map((s) => ({
          labels: arith ? withoutName(s.labels) : s.labels,
          values: s.values.map((a, i) => apply(a, rhs.values[i] ?? null)),
        })),
      };
    if (lhs.k === 'scalar' && rhs.k === 'vector')
      return {
        k: 'vector',
        series: rhs.series.map((s) => ({
          labels: arith ? withoutName(s.labels) : s.labels,
          values: s.values.map((b, i) => {
            const a = lhs.values[i] ?? null;
            if (a === null || b === null) return null;
            if (arith) return finite(arith(a, b));
            return compare?.(a, b) ? b : null;
          }),
        })),
      };
    if (lhs.k !== 'vector' || rhs.k !== 'vector') throw cannot(`"${n.op}" here`);
    const right = new Map<string, VSeries>();
    for (const s of rhs.series) {
      const key = signature(s.labels, n.matching);
      if (right.has(key))
        throw new PromqlError(
          'execution',
          'found duplicate series for the match group on the right hand-side of the operation: many-to-many matching not allowed: matching labels must be unique on one side',
        );
      right.set(key, s);
    }
    const series: VSeries[] = [];
    for (const s of lhs.series) {
      const other = right.get(signature(s.labels, n.matching));
      if (!other) continue;
      series.push({
        labels: arith ? withoutName(s.labels) : s.labels,
        values: s.values.map((a, i) => apply(a, other.values[i] ?? null)),
      });
    }
    return { k: 'vector', series };
  }

  function setOp(
    op: 'or' | 'and' | 'unless',
    lhs: VSeries[],
    rhs: VSeries[],
    matching?: { on: boolean; labels: string[] },
  ): Value {
    const present = (list: VSeries[]): Map<string, boolean[]> => {
      const map = new Map<string, boolean[]>();
      for (const s of list) {
        const key = signature(s.labels, matching);
        const was = map.get(key) ?? times.map(() => false);
        map.set(
          key,
          was.map((p, i) => p || (s.values[i] ?? null) !== null),
        );
      }
      return map;
    };
    if (op === 'or') {
      const left = present(lhs);
      const extra = rhs.map((s) => {
        const has = left.get(signature(s.labels, matching));
        return { labels: s.labels, values: s.values.map((v, i) => (has?.[i] ? null : v)) };
      });
      return { k: 'vector', series: [...lhs, ...extra] };
    }
    const right = present(rhs);
    return {
      k: 'vector',
      series: lhs.map((s) => {
        const has = right.get(signature(s.labels, matching));
        const keep = (i: number): boolean => (op === 'and' ? Boolean(has?.[i]) : !has?.[i]);
        return { labels: s.labels, values: s.values.map((v, i) => (keep(i) ? v : null)) };
      }),
    };
  }

  return ev(node);
}

function slope(s: StoredSeries, t: number, rangeMs: number): number | null {
  const a = s.valueAt(t - rangeMs);
  const b = s.valueAt(t);
  return a === null || b === null ? null : (b - a) / (rangeMs / 1000);
}

function kindName(v: Value): string {
  return v.k === 'vector' ? 'instant vector' : v.k === 'range' ? 'range vector' : v.k;
}
