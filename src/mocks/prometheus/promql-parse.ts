/**
 * A parser for the part of PromQL the demo's Prometheus evaluates: selectors with label
 * matchers and ranges, function calls, aggregations with `by`/`without`, arithmetic with
 * `on`/`ignoring`, and `or`. Syntax errors read as Prometheus ≥ 2.20 writes them
 * (`1:14: parse error: unexpected "}"`), so Explore marks them the same way for both.
 * Grammar: https://prometheus.io/docs/prometheus/latest/querying/basics/
 */

export type MatchOp = '=' | '!=' | '=~' | '!~';
export interface Matcher {
  name: string;
  op: MatchOp;
  value: string;
}

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'sel'; matchers: Matcher[]; rangeMs?: number; pos: number }
  | { t: 'call'; fn: string; args: Node[]; pos: number }
  | {
      t: 'agg';
      op: string;
      grouping?: { without: boolean; labels: string[] };
      param?: Node;
      expr: Node;
      pos: number;
    }
  | { t: 'bin'; op: string; lhs: Node; rhs: Node; matching?: { on: boolean; labels: string[] }; pos: number }
  | { t: 'neg'; expr: Node };

export class PromqlError extends Error {
  constructor(
    readonly errorType: 'bad_data' | 'execution' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'PromqlError';
  }
}

interface Token {
  k: 'ident' | 'num' | 'str' | 'dur' | 'op' | 'eof';
  v: string;
  pos: number;
}

export const AGGREGATIONS = new Set([
  'sum',
  'avg',
  'min',
  'max',
  'count',
  'group',
  'stddev',
  'stdvar',
  'topk',
  'bottomk',
  'quantile',
  'count_values',
]);

const OPS = [
  '!=',
  '=~',
  '!~',
  '==',
  '>=',
  '<=',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ',',
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '>',
  '<',
  ':',
];
const DURATION = /^(\d+(?:ms|s|m|h|d|w|y))+/;
const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 3.6e6,
  d: 8.64e7,
  w: 6.048e8,
  y: 3.1536e10,
};

export function durationMs(text: string): number {
  let total = 0;
  for (const m of text.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g))
    total += Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 0);
  return total;
}

const syntax = (pos: number, what: string): PromqlError =>
  new PromqlError('bad_data', `1:${pos + 1}: parse error: ${what}`);

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let inBrackets = false;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const rest = src.slice(i);
    if (inBrackets && c === ':') {
      tokens.push({ k: 'op', v: ':', pos: i++ });
      continue;
    }
    if (inBrackets) {
      const d = DURATION.exec(rest);
      if (d) {
        tokens.push({ k: 'dur', v: d[0], pos: i });
        i += d[0].length;
        continue;
      }
    }
    const num = /^(0x[0-9a-fA-F]+|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|Inf|NaN)(?![A-Za-z_0-9])/i.exec(rest);
    if (num && !(inBrackets && /^\d/.test(rest))) {
      tokens.push({ k: 'num', v: num[0], pos: i });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_:][A-Za-z0-9_:]*/.exec(rest);
    if (id) {
      tokens.push({ k: 'ident', v: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      let value = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && c !== '`') {
          const next = src[j + 1] ?? '';
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          j += 2;
        } else value += src[j++] ?? '';
      }
      if (j >= src.length) throw syntax(i, 'unterminated quoted string');
      tokens.push({ k: 'str', v: value, pos: i });
      i = j + 1;
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (!op) throw syntax(i, `unexpected character: ${JSON.stringify(c)}`);
    if (op === '[') inBrackets = true;
    if (op === ']') inBrackets = false;
    tokens.push({ k: 'op', v: op, pos: i });
    i += op.length;
  }
  tokens.push({ k: 'eof', v: '', pos: src.length });
  return tokens;
}

const PRECEDENCE: Record<string, number> = {
  or: 1,
  and: 2,
  unless: 2,
  '==': 3,
  '!=': 3,
  '>': 3,
  '<': 3,
  '>=': 3,
  '<=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  '^': 6,
};

/** Parses an expression; throws a PromqlError that reads like Prometheus's own. */
export function parsePromql(src: string): Node {
  if (!src.trim())
    throw new PromqlError(
      'bad_data',
      'invalid parameter "query": 1:1: parse error: no expression found in input',
    );
  const tokens = tokenize(src);
  let at = 0;
  const peek = (): Token => tokens[at] ?? { k: 'eof', v: '', pos: src.length };
  const next = (): Token => tokens[at++] ?? { k: 'eof', v: '', pos: src.length };
  const describe = (t: Token): string => (t.k === 'eof' ? 'end of input' : JSON.stringify(t.v));
  const expect = (v: string): Token => {
    const t = next();
    if (t.k !== 'op' || t.v !== v) throw syntax(t.pos, `unexpected ${describe(t)}, expected "${v}"`);
    return t;
  };
  const isOp = (v: string): boolean => peek().k === 'op' && peek().v === v;

  function labelList(): string[] {
    expect('(');
    const labels: string[] = [];
    while (!isOp(')')) {
      const t = next();
      if (t.k !== 'ident') throw syntax(t.pos, `unexpected ${describe(t)} in grouping opts, expected label`);
      labels.push(t.v);
      if (!isOp(')')) expect(',');
    }
    expect(')');
    return labels;
  }

  function matchers(): Matcher[] {
    expect('{');
    const list: Matcher[] = [];
    while (!isOp('}')) {
      const name = next();
      if (name.k !== 'ident')
        throw syntax(name.pos, `unexpected ${describe(name)} in label matching, expected label`);
      const op = next();
      if (op.k !== 'op' || !['=', '!=', '=~', '!~'].includes(op.v))
        throw syntax(
          op.pos,
          `unexpected ${describe(op)} in label matching, expected label matching operator`,
        );
      const value = next();
      if (value.k !== 'str')
        throw syntax(value.pos, `unexpected ${describe(value)} in label matching, expected string`);
      list.push({ name: name.v, op: op.v as MatchOp, value: value.v });
      if (!isOp('}')) expect(',');
    }
    expect('}');
    return list;
  }

  function withRange(node: Node & { t: 'sel' }): Node {
    if (!isOp('[')) return node;
    next();
    const d = next();
    if (d.k !== 'dur') throw syntax(d.pos, `unexpected ${describe(d)} in range, expected duration`);
    if (isOp(':'))
      throw new PromqlError(
        'execution',
        'The demo’s Prometheus cannot evaluate subqueries ([range:step]); ask a real Prometheus.',
      );
    expect(']');
    return { ...node, rangeMs: durationMs(d.v) };
  }

  function primary(): Node {
    const t = next();
    if (t.k === 'num') return { t: 'num', v: Number(t.v) };
    if (t.k === 'str') return { t: 'str', v: t.v };
    if (t.k === 'op' && t.v === '(') {
      const inner = expression(0);
      expect(')');
      return inner;
    }
    if (t.k === 'op' && (t.v === '-' || t.v === '+')) {
      const inner = unary();
      return t.v === '-' ? { t: 'neg', expr: inner } : inner;
    }
    if (t.k === 'op' && t.v === '{') {
      at--;
      const list = matchers();
      if (
        !list.some((m) =>
          m.op === '=' ? m.value !== '' : m.op === '=~' && !new RegExp(`^(?:${m.value})$`).test(''),
        )
      )
        throw new PromqlError(
          'bad_data',
          `1:${t.pos + 1}: parse error: vector selector must contain at least one non-empty matcher`,
        );
      return withRange({ t: 'sel', matchers: list, pos: t.pos });
    }
    if (t.k === 'ident') {
      if (
        AGGREGATIONS.has(t.v) &&
        (isOp('(') || (peek().k === 'ident' && ['by', 'without'].includes(peek().v)))
      )
        return aggregation(t);
      if (isOp('(')) {
        next();
        const args: Node[] = [];
        while (!isOp(')')) {
          args.push(expression(0));
          if (!isOp(')')) expect(',');
        }
        expect(')');
        return { t: 'call', fn: t.v, args, pos: t.pos };
      }
      const list = isOp('{') ? matchers() : [];
      return withRange({
        t: 'sel',
        matchers: [{ name: '__name__', op: '=', value: t.v }, ...list],
        pos: t.pos,
      });
    }
    throw syntax(t.pos, `unexpected ${describe(t)}`);
  }

  function aggregation(t: Token): Node {
    let grouping: { without: boolean; labels: string[] } | undefined;
    const group = (): void => {
      if (peek().k === 'ident' && (peek().v === 'by' || peek().v === 'without')) {
        const without = next().v === 'without';
        grouping = { without, labels: labelList() };
      }
    };
    group();
    expect('(');
    const args: Node[] = [];
    while (!isOp(')')) {
      args.push(expression(0));
      if (!isOp(')')) expect(',');
    }
    expect(')');
    group();
    const expr = args.at(-1);
    if (!expr) throw syntax(t.pos, `no arguments for aggregate expression provided`);
    return { t: 'agg', op: t.v, grouping, param: args.length > 1 ? args[0] : undefined, expr, pos: t.pos };
  }

  function unary(): Node {
    const node = primary();
    if (peek().k === 'ident' && peek().v === 'offset')
      throw new PromqlError(
        'execution',
        'The demo’s Prometheus cannot evaluate "offset"; ask a real Prometheus.',
      );
    return node;
  }

  function expression(min: number): Node {
    let lhs = unary();
    for (;;) {
      const t = peek();
      const op = t.k === 'op' || (t.k === 'ident' && ['or', 'and', 'unless'].includes(t.v)) ? t.v : undefined;
      const prec = op === undefined ? undefined : PRECEDENCE[op];
      if (op === undefined || prec === undefined || prec < min) break;
      next();
      if (peek().k === 'ident' && peek().v === 'bool') next();
      let matching: { on: boolean; labels: string[] } | undefined;
      if (peek().k === 'ident' && (peek().v === 'on' || peek().v === 'ignoring')) {
        const on = next().v === 'on';
        matching = { on, labels: labelList() };
      }
      if (peek().k === 'ident' && (peek().v === 'group_left' || peek().v === 'group_right'))
        throw new PromqlError(
          'execution',
          'The demo’s Prometheus cannot evaluate group_left or group_right; ask a real Prometheus.',
        );
      const rhs = expression(op === '^' ? prec : prec + 1);
      lhs = { t: 'bin', op, lhs, rhs, matching, pos: t.pos };
    }
    return lhs;
  }

  const root = expression(0);
  const rest = peek();
  if (rest.k !== 'eof') throw syntax(rest.pos, `unexpected ${describe(rest)}`);
  return root;
}
