import type { DatasetDriftOptions } from '../../domain/drift/dataset-drift';
import type { MethodOverride, MethodOverrides } from '../../domain/drift/select-method';
import type { MonitoringConfigWire } from './wire-types';

type OverrideWire = NonNullable<MonitoringConfigWire['numeric']>;

function override(wire: OverrideWire | null | undefined): MethodOverride | undefined {
  if (!wire) return undefined;
  return { method: wire.method ?? undefined, threshold: wire.threshold ?? undefined };
}

/** A model's settings as the domain's method overrides and dataset-drift options. */
export function configOverrides(config: MonitoringConfigWire): {
  overrides: MethodOverrides;
  dataset: DatasetDriftOptions;
} {
  const numeric = override(config.numeric);
  const categorical = override(config.categorical);
  return {
    overrides: {
      model: { ...(numeric && { numeric }), ...(categorical && { categorical }) },
      features: Object.fromEntries(
        Object.entries(config.features ?? {}).map(([name, wire]) => [name, override(wire) ?? {}]),
      ),
    },
    dataset: { driftShare: config.driftShare ?? undefined, correction: config.correction ?? undefined },
  };
}
