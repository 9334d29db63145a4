/**
 * The part of LogQL the demo's Loki evaluates: a stream selector with `=`, `!=`, `=~`, `!~`
 * matchers, line filters (`|=`, `!=`, `|~`, `!~`), and the metric queries
 * `count_over_time(… [d])` and `rate(… [d])`, optionally inside `sum [by|without (…)] (…)`.
 * What it cannot read it refuses in Loki's words (`parse error at line 1, col N: …`).
 * https://grafana.com/docs/loki/latest/query/
 */

export interface Matcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}
export interface LineFilter {
  op: '|=' | '!=' | '|~' | '!~';
  value: string;
}
export interface LogSelector {
  matchers: Matcher[];
  filters: LineFilter[];
}
export type LogqlQuery =
  | { kind: 'log'; selector: LogSelector }
  | {
      kind: 'metric';
      fn: 'count_over_time' | 'rate';
      selector: LogSelector;
      rangeMs: number;
      sum?: { by: string[] } | { without: string[] };
    };

export class LogqlError extends Error {}

const DURATION: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

class Reader {
  i = 0;
  constructor(readonly text: string) {}
  fail(what: string): never {
    throw new LogqlError(`parse error at line 1, col ${this.i + 1}: syntax error: ${what}`);
  }
  space(): void {
    while (/\s/.test(this.text[this.i] ?? '')) this.i++;
  }
  eat(token: string): boolean {
    this.space();
    if (this.text.startsWith(token, this.i)) {
      this.i += token.length;
      return true;
    }
    return false;
  }
  expect(token: string): void {
    if (!this.eat(token)) this.fail(`unexpected ${this.peekWord()}, expecting ${token}`);
  }
  peekWord(): string {
    this.space();
    if (this.i >= this.text.length) return '$end';
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.i));
    return word ? 'IDENTIFIER' : JSON.stringify(this.text[this.i]);
  }
  ident(): string {
    this.space();
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.i));
    if (!word) this.fail(`unexpected ${this.peekWord()}, expecting IDENTIFIER`);
    this.i += word[0].length;
    return word[0];
  }
  string(): string {
    this.space();
    const quote = this.text[this.i];
    if (quote !== '"' && quote !== '`') this.fail(`unexpected ${this.peekWord()}, expecting STRING`);
    const end = this.text.indexOf(quote, this.i + 1);
    if (end < 0) this.fail('unterminated string');
    const raw = this.text.slice(this.i + 1, end);
    this.i = end + 1;
    return quote === '"' ? raw.replace(/\\(.)/g, '$1') : raw;
  }
}

function selector(r: Reader): LogSelector {
  r.expect('{');
  const matchers: Matcher[] = [];
  while (!r.eat('}')) {
    const name = r.ident();
    const op = (['=~', '!~', '!=', '='] as const).find((o) => r.eat(o));
    if (!op) r.fail(`unexpected ${r.peekWord()}, expecting = or != or =~ or !~`);
    matchers.push({ name, op, value: r.string() });
    if (!r.eat(',')) {
      r.expect('}');
      break;
    }
  }
  if (!matchers.some((m) => (m.op === '=' || m.op === '=~') && !new RegExp(`^(?:${m.value})$`).test('')))
    throw new LogqlError(
      'queries require at least one regexp or equality matcher that does not have an empty-compatible value',
    );
  const filters: LineFilter[] = [];
  for (;;) {
    const op = (['|=', '!=', '|~', '!~'] as const).find((o) => r.eat(o));
    if (!op) break;
    filters.push({ op, value: r.string() });
  }
  r.space();
  if (r.text[r.i] === '|')
    r.fail('the demo’s Loki reads line filters only (no | json, | logfmt or label filters)');
  return { matchers, filters };
}

export function parseLogql(text: string): LogqlQuery {
  const r = new Reader(text);
  r.space();
  if (r.text[r.i] === '{') {
    const query: LogqlQuery = { kind: 'log', selector: selector(r) };
    r.space();
    if (r.i < text.length) r.fail(`unexpected ${r.peekWord()}`);
    return query;
  }
  const grouping = (): { by: string[] } | { without: string[] } | undefined => {
    const mode = r.eat('by') ? 'by' : r.eat('without') ? 'without' : undefined;
    if (!mode) return undefined;
    r.expect('(');
    const names: string[] = [];
    while (!r.eat(')')) {
      names.push(r.ident());
      r.eat(',');
    }
    return mode === 'by' ? { by: names } : { without: names };
  };
  let sum: { by: string[] } | { without: string[] } | undefined;
  const summed = r.eat('sum');
  if (summed) {
    sum = grouping();
    r.expect('(');
  }
  const fn = r.ident();
  if (fn !== 'count_over_time' && fn !== 'rate')
    return r.fail(`the demo’s Loki evaluates count_over_time and rate, not ${fn}`);
  r.expect('(');
  const sel = selector(r);
  r.expect('[');
  r.space();
  const match = /^(\d+)(ms|s|m|h|d)/.exec(text.slice(r.i));
  if (!match) return r.fail(`unexpected ${r.peekWord()}, expecting DURATION`);
  r.i += match[0].length;
  const rangeMs = Number(match[1]) * (DURATION[match[2] ?? 's'] ?? 1000);
  r.expect(']');
  r.expect(')');
  if (summed) {
    r.expect(')');
    sum = grouping() ?? sum ?? { by: [] };
  }
  r.space();
  if (r.i < text.length) r.fail(`unexpected ${r.peekWord()}`);
  return { kind: 'metric', fn, selector: sel, rangeMs, sum };
}

export function matchesLabels(labels: Record<string, string>, matchers: readonly Matcher[]): boolean {
  return matchers.every((m) => {
    const value = labels[m.name] ?? '';
    if (m.op === '=') return value === m.value;
    if (m.op === '!=') return value !== m.value;
    const re = new RegExp(`^(?:${m.value})$`);
    return m.op === '=~' ? re.test(value) : !re.test(value);
  });
}

export function lineFilter(filters: readonly LineFilter[]): (line: string) => boolean {
  const tests = filters.map((f) => {
    if (f.op === '|=') return (l: string) => l.includes(f.value);
    if (f.op === '!=') return (l: string) => !l.includes(f.value);
    const re = new RegExp(f.value);
    return f.op === '|~' ? (l: string) => re.test(l) : (l: string) => !re.test(l);
  });
  return (line) => tests.every((t) => t(line));
}
