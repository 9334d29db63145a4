import { invalidParameter } from './errors';

/**
 * The subset of MLflow's search-filter grammar (`mlflow/utils/search_utils.py`,
 * on sqlparse) its registry endpoints accept: comparisons joined by AND, an
 * identifier (`name`, `tags.team`, `tags.\`a.b\``, `attributes.run_id`), a
 * comparator, and a quoted string (or a number, or a list for IN). Like
 * MLflow, a string keeps whatever is between its outer quotes: no unescaping.
 */
export interface Comparison {
  type: 'attribute' | 'tag';
  key: string;
  comparator: string;
  value: string | number | string[];
}

type Token =
  | { kind: 'string'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'identifier'; text: string }
  | { kind: 'keyword'; text: string }
  | { kind: 'operator'; text: string }
  | { kind: 'punctuation'; text: string };

const PATTERNS: [Token['kind'], RegExp][] = [
  ['string', /'(?:''|\\'|[^'])*'|"(?:""|\\"|[^"])*"/y],
  ['number', /-?\d+(?:\.\d+)?(?![A-Za-z_])/y],
  ['identifier', /(?:[A-Za-z_][A-Za-z0-9_]*|`[^`]*`)(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|`[^`]*`|"[^"]*"))*/y],
  ['operator', /!=|<>|>=|<=|=|>|</y],
  ['punctuation', /[(),]/y],
];
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'LIKE', 'ILIKE', 'IN']);

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < filter.length) {
    if (/\s/.test(filter[at] ?? '')) {
      at++;
      continue;
    }
    const match = PATTERNS.map(([kind, pattern]) => {
      pattern.lastIndex = at;
      const found = pattern.exec(filter);
      return found ? { kind, text: found[0] } : undefined;
    }).find((m) => m !== undefined);
    if (!match) throw invalidParameter(`Invalid clause(s) in filter string: '${filter.slice(at)}'`);
    const keyword = match.kind === 'identifier' && KEYWORDS.has(match.text.toUpperCase());
    tokens.push(keyword ? { kind: 'keyword', text: match.text.toUpperCase() } : match);
    at += match.text.length;
  }
  return tokens;
}

const unquote = (text: string): string =>
  (text.startsWith('`') && text.endsWith('`')) || (text.startsWith('"') && text.endsWith('"'))
    ? text.slice(1, -1)
    : text;

function identifier(text: string): Pick<Comparison, 'type' | 'key'> {
  const dot = text.startsWith('`') ? -1 : text.indexOf('.');
  if (dot === -1) return { type: 'attribute', key: unquote(text) };
  const entity = text.slice(0, dot);
  const key = unquote(text.slice(dot + 1));
  if (['attribute', 'attributes', 'attr', 'run'].includes(entity)) return { type: 'attribute', key };
  if (['tag', 'tags'].includes(entity)) return { type: 'tag', key };
  throw invalidParameter(`Invalid entity type '${entity}'. Valid values are ['attribute', 'tag']`);
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private next(): Token | undefined {
    return this.tokens[this.at++];
  }

  private comparator(): string {
    const token = this.next();
    if (token?.kind === 'operator') return token.text === '<>' ? '!=' : token.text;
    if (token?.kind === 'keyword' && ['LIKE', 'ILIKE', 'IN'].includes(token.text)) return token.text;
    if (token?.kind === 'keyword' && token.text === 'NOT' && this.next()?.text === 'IN') return 'NOT IN';
    throw invalidParameter(`Invalid comparison clause: expected a comparator, got '${token?.text ?? ''}'`);
  }

  private value(comparator: string): Comparison['value'] {
    if (comparator === 'IN' || comparator === 'NOT IN') {
      if (this.next()?.text !== '(')
        throw invalidParameter('While parsing a list in the query, expected a list');
      const items: string[] = [];
      for (let token = this.next(); token && token.text !== ')'; token = this.next()) {
        if (token.kind === 'string') items.push(token.text.slice(1, -1));
        else if (token.text !== ',')
          throw invalidParameter(
            `While parsing a list in the query, expected string value, punctuation, or whitespace, but got different type in list: ${token.text}`,
          );
      }
      return items;
    }
    const token = this.next();
    if (token?.kind === 'string') return token.text.slice(1, -1);
    if (token?.kind === 'number') return Number(token.text);
    throw invalidParameter(
      `Parameter value is either not quoted or unidentified quote types used for string value ${token?.text ?? ''}. Use either single or double quotes.`,
    );
  }

  parse(): Comparison[] {
    const comparisons: Comparison[] = [];
    for (;;) {
      const left = this.next();
      if (left?.kind !== 'identifier')
        throw invalidParameter(`Invalid clause(s) in filter string: '${left?.text ?? ''}'`);
      const comparator = this.comparator();
      comparisons.push({ ...identifier(left.text), comparator, value: this.value(comparator) });
      const joiner = this.next();
      if (joiner === undefined) return comparisons;
      if (joiner.text !== 'AND')
        throw invalidParameter(`Invalid clause(s) in filter string: '${joiner.text}'`);
    }
  }
}

export function parseFilter(filter: string | null): Comparison[] {
  if (!filter?.trim()) return [];
  return new Parser(tokenize(filter)).parse();
}

/** SQL LIKE: `%` any run, `_` any one character, anchored at both ends. */
export function likeMatches(text: string, pattern: string, caseInsensitive: boolean): boolean {
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's').test(text);
}

/** A string comparison (`= != LIKE ILIKE IN NOT IN`) on one value. */
export function compareString(actual: string, comparison: Comparison): boolean {
  const { comparator, value } = comparison;
  if (Array.isArray(value)) return comparator === 'IN' ? value.includes(actual) : !value.includes(actual);
  const expected = String(value);
  if (comparator === '=') return actual === expected;
  if (comparator === '!=') return actual !== expected;
  if (comparator === 'LIKE') return likeMatches(actual, expected, false);
  if (comparator === 'ILIKE') return likeMatches(actual, expected, true);
  throw invalidParameter(`Invalid comparator '${comparator}' not one of '['=', '!=', 'LIKE', 'ILIKE']'`);
}
