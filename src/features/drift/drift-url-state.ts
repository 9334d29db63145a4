import { DRIFT_METHODS, type DriftMethod, type FeatureType } from '../../domain/drift/drift-method';
import type { PValueCorrection } from '../../domain/drift/multiple-testing';
import type { MethodOverride, MethodOverrides } from '../../domain/drift/select-method';
import type { DriftSettings } from './compute/drift-settings';

/**
 * The drift view's state in the URL, so a shared link shows the same scores: `version`,
 * `feature` (the feature detail), and the user's settings:
 * `methods=numeric:psi@0.2,categorical:jensen-shannon,feature:tenure_months:ks@0.01`,
 * `correction=benjamini-hochberg`, `driftShare=0.3`.
 */
const CORRECTIONS: readonly PValueCorrection[] = ['none', 'bonferroni', 'benjamini-hochberg'];
const TYPES: readonly FeatureType[] = ['numeric', 'categorical'];

const isMethod = (value: string): value is DriftMethod => Object.hasOwn(DRIFT_METHODS, value);

/** `psi@0.2`, `psi`, or `@0.2` → an override; undefined when it says nothing valid. */
function parseOverride(text: string): MethodOverride | undefined {
  const [method = '', threshold] = text.split('@');
  const override: { method?: DriftMethod; threshold?: number } = {};
  if (method && isMethod(method)) override.method = method;
  else if (method) return undefined;
  if (threshold !== undefined) {
    const value = Number(threshold);
    if (!(Number.isFinite(value) && value > 0)) return undefined;
    override.threshold = value;
  }
  return override.method === undefined && override.threshold === undefined ? undefined : override;
}

function formatOverride(override: MethodOverride): string {
  return `${override.method ?? ''}${override.threshold === undefined ? '' : `@${override.threshold}`}`;
}

export function parseMethodOverrides(text: string | null): MethodOverrides {
  const model: Partial<Record<FeatureType, MethodOverride>> = {};
  // Pairs, not assignments: a feature may be named like an Object.prototype key ("__proto__").
  const features: [string, MethodOverride][] = [];
  for (const entry of (text ?? '').split(',')) {
    const [scope = '', ...rest] = entry.split(':');
    if (scope === 'feature') {
      const spec = rest.pop() ?? '';
      const name = decodeURIComponent(rest.join(':'));
      const override = parseOverride(spec);
      if (name && override) features.push([name, override]);
    } else {
      const type = TYPES.find((t) => t === scope);
      const override = parseOverride(rest.join(':'));
      if (type && override) model[type] = override;
    }
  }
  return { model, features: Object.fromEntries(features) };
}

export function formatMethodOverrides(overrides: MethodOverrides): string {
  const entries: string[] = [];
  for (const type of TYPES) {
    const override = overrides.model?.[type];
    if (override && (override.method !== undefined || override.threshold !== undefined)) {
      entries.push(`${type}:${formatOverride(override)}`);
    }
  }
  for (const [name, override] of Object.entries(overrides.features ?? {})) {
    if (override.method !== undefined || override.threshold !== undefined) {
      // Names may hold ':' or ','; encoding keeps the entry parseable.
      entries.push(`feature:${encodeURIComponent(name)}:${formatOverride(override)}`);
    }
  }
  return entries.join(',');
}

export function parseDriftSettings(params: URLSearchParams): DriftSettings {
  const correction = params.get('correction') ?? '';
  const share = Number(params.get('driftShare'));
  return {
    overrides: parseMethodOverrides(params.get('methods')),
    correction: CORRECTIONS.find((c) => c === correction),
    driftShare: params.has('driftShare') && share > 0 && share <= 1 ? share : undefined,
  };
}

/** `params` with the settings written in (and empty ones removed). */
export function withDriftSettings(params: URLSearchParams, settings: DriftSettings): URLSearchParams {
  const next = new URLSearchParams(params);
  const methods = formatMethodOverrides(settings.overrides);
  if (methods) next.set('methods', methods);
  else next.delete('methods');
  if (settings.correction) next.set('correction', settings.correction);
  else next.delete('correction');
  if (settings.driftShare !== undefined) next.set('driftShare', String(settings.driftShare));
  else next.delete('driftShare');
  return next;
}
