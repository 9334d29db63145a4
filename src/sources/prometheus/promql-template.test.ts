import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  metricNames,
  quoteLabelValue,
  quoteRegexValue,
  renderTemplate,
  selector,
  unknownPlaceholders,
} from './promql-template';

describe('renderTemplate', () => {
  it('fills placeholders, also with spaces inside the braces, and keeps the braces of a selector', () => {
    expect(
      renderTemplate('sum(rate(m{{{selector}}}[{{ rate }}]))', { selector: 'model="a"', rate: '75s' }),
    ).toBe('sum(rate(m{model="a"}[75s]))');
  });

  it('leaves a placeholder without a value visible, for the server to reject', () => {
    expect(renderTemplate('m{{{selector}}} {{quantile}}', { selector: 'x="y"' })).toBe(
      'm{x="y"} {{quantile}}',
    );
  });
});

describe('unknownPlaceholders', () => {
  it('finds typos', () => {
    expect(unknownPlaceholders('rate(m{{{selecter}}}[{{rate}}]) {{modle}}')).toEqual(['selecter', 'modle']);
    expect(unknownPlaceholders('histogram_quantile({{quantile}}, m{{{selector}}})')).toEqual([]);
  });
});

describe('quoting', () => {
  it('escapes quotes, backslashes and newlines for a PromQL string', () => {
    expect(quoteLabelValue('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd');
  });

  it('escapes RE2 metacharacters, then the string: a model named "fraud.v1+" matches only itself', () => {
    expect(quoteRegexValue('fraud.v1+')).toBe('fraud\\\\.v1\\\\+');
    expect(quoteRegexValue('dynamic-pricing')).toBe('dynamic-pricing');
  });

  it('round-trips any value through a string literal (Go and JSON unquote \\", \\\\ and \\n alike)', () => {
    const hasControl = (s: string): boolean =>
      Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).some((c) => c < 0x20 && c !== 0x0a);
    const printable = fc.string().filter((s) => !hasControl(s));
    fc.assert(
      fc.property(printable, (value) => {
        expect(JSON.parse(`"${quoteLabelValue(value)}"`)).toBe(value);
      }),
    );
  });
});

describe('selector', () => {
  it('joins the matchers that have values', () => {
    expect(
      selector([
        ['model', 'churn-predictor'],
        ['deployment', undefined],
        ['feature', ''],
      ]),
    ).toBe('model="churn-predictor"');
    expect(
      selector([
        ['model_name', 'm"1'],
        ['deployment_name', 'prod'],
      ]),
    ).toBe('model_name="m\\"1",deployment_name="prod"');
  });
});

describe('metricNames', () => {
  it('lists the metrics a query reads', () => {
    expect(
      metricNames(
        '(sum(rate(model_requests_total{code=~"5..",model="a"}[1m])) or vector(0)) / sum(rate(model_requests_total{model="a"}[1m]))',
      ),
    ).toEqual(['model_requests_total']);
    expect(
      metricNames('histogram_quantile(0.5, sum by (le) (rate(a_bucket{x="1"}[1m]))) + b:recorded{}'),
    ).toEqual(['a_bucket', 'b:recorded']);
  });
});
