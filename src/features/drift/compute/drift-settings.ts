import { DEFAULT_DRIFT_SHARE } from '../../../domain/drift/dataset-drift';
import type { FeatureType } from '../../../domain/drift/drift-method';
import type { PValueCorrection } from '../../../domain/drift/multiple-testing';
import type { MethodOverride, MethodOverrides } from '../../../domain/drift/select-method';
import type { MonitoringConfig } from '../../../domain/monitoring';

/** The user's choices for one model's drift view (kept in the URL); absent fields keep the model's. */
export interface DriftSettings {
  overrides: MethodOverrides;
  correction?: PValueCorrection;
  driftShare?: number;
}

export interface EffectiveSettings {
  overrides: MethodOverrides;
  correction: PValueCorrection;
  driftShare: number;
}

export const NO_SETTINGS: DriftSettings = { overrides: {} };

function mergeOverride(
  base: MethodOverride | undefined,
  user: MethodOverride | undefined,
): MethodOverride | undefined {
  if (!base) return user;
  if (!user) return base;
  return { method: user.method ?? base.method, threshold: user.threshold ?? base.threshold };
}

/** The model's settings with the user's on top, field by field. */
export function effectiveSettings(config: MonitoringConfig, user: DriftSettings): EffectiveSettings {
  const types: FeatureType[] = ['numeric', 'categorical'];
  const model: Partial<Record<FeatureType, MethodOverride>> = {};
  for (const type of types) {
    const merged = mergeOverride(config.overrides.model?.[type], user.overrides.model?.[type]);
    if (merged) model[type] = merged;
  }
  const names = new Set([
    ...Object.keys(config.overrides.features ?? {}),
    ...Object.keys(user.overrides.features ?? {}),
  ]);
  const features: Record<string, MethodOverride> = {};
  for (const name of names) {
    const merged = mergeOverride(config.overrides.features?.[name], user.overrides.features?.[name]);
    if (merged) features[name] = merged;
  }
  return {
    overrides: { model, features },
    correction: user.correction ?? config.correction ?? 'none',
    driftShare: user.driftShare ?? config.driftShare ?? DEFAULT_DRIFT_SHARE,
  };
}
