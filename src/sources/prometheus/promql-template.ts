/**
 * PromQL templates: the query behind each panel, with placeholders a
 * connection fills in. See `presets.ts` for the placeholders and defaults.
 */

export const PLACEHOLDERS = [
  'selector',
  'model',
  'deployment',
  'feature',
  'feature_label',
  'rate',
  'step',
  'quantile',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Placeholders a template uses that this build does not know (typos, usually). */
export function unknownPlaceholders(template: string): string[] {
  const known = PLACEHOLDERS as readonly string[];
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !known.includes(name));
}

/** Fills every `{{name}}`; a placeholder without a value is left for the server to reject, visibly. */
export function renderTemplate(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name as Placeholder] ?? whole);
}

/** A value inside a PromQL double-quoted string. */
export function quoteLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** A literal value inside a regex matcher (`=~"…"`): RE2 metacharacters escaped, then string-quoted. */
export function quoteRegexValue(value: string): string {
  return quoteLabelValue(value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&'));
}

/** `model="churn-predictor",deployment="churn-predictor-production"`: the matchers only, no braces. */
export function selector(matchers: readonly (readonly [label: string, value: string | undefined])[]): string {
  return matchers
    .filter((m): m is readonly [string, string] => m[1] !== undefined && m[1] !== '')
    .map(([label, value]) => `${label}="${quoteLabelValue(value)}"`)
    .join(',');
}

/** Metric names a template reads (an identifier right before `{`): for the connection check. */
export function metricNames(template: string): string[] {
  const names = [...template.matchAll(/([A-Za-z_:][A-Za-z0-9_:]*)\{/g)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((name) => name !== ''))];
}
