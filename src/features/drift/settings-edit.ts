import type { FeatureType } from '../../domain/drift/drift-method';
import type { MethodOverride, MethodOverrides } from '../../domain/drift/select-method';
import type { DriftSettings } from './compute/drift-settings';

/** Which override a control edits: a feature type's (the model level) or one feature's. */
export type OverrideScope = { kind: 'type'; type: FeatureType } | { kind: 'feature'; name: string };

export function overrideAt(overrides: MethodOverrides, scope: OverrideScope): MethodOverride | undefined {
  return scope.kind === 'type' ? overrides.model?.[scope.type] : overrides.features?.[scope.name];
}

/** The settings with one override changed; fields set to undefined are removed, then empty overrides. */
export function withOverride(
  settings: DriftSettings,
  scope: OverrideScope,
  patch: MethodOverride,
): DriftSettings {
  const current = overrideAt(settings.overrides, scope) ?? {};
  const merged: MethodOverride = { ...current, ...patch };
  const cleaned: MethodOverride = {
    ...(merged.method !== undefined && { method: merged.method }),
    ...(merged.threshold !== undefined && { threshold: merged.threshold }),
  };
  const empty = cleaned.method === undefined && cleaned.threshold === undefined;
  if (scope.kind === 'type') {
    const { [scope.type]: _old, ...others } = settings.overrides.model ?? {};
    return {
      ...settings,
      overrides: { ...settings.overrides, model: empty ? others : { ...others, [scope.type]: cleaned } },
    };
  }
  const { [scope.name]: _old, ...others } = settings.overrides.features ?? {};
  return {
    ...settings,
    overrides: { ...settings.overrides, features: empty ? others : { ...others, [scope.name]: cleaned } },
  };
}
