import type { StoredModel, StoredVersion } from './store';

/**
 * MLflow's JSON: int64 as numbers (MLflow ≥ 2 marks them so) or as strings
 * (protobuf's default, what 1.x servers sent), and no unset fields or empty
 * lists at all.
 */
export type Int64Style = 'number' | 'string';
export type Json = Record<string, unknown>;

export function int64(value: number, style: Int64Style): number | string {
  return style === 'string' ? String(value) : value;
}

/** Drops undefined values and empty lists, as MLflow's proto-to-JSON does. */
export function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

export const tagsToWire = (tags: Record<string, string>): Json[] =>
  Object.entries(tags).map(([key, value]) => ({ key, value }));

/** Protobuf JSON writes non-finite doubles as strings. */
export function doubleToWire(value: number): number | string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  return value;
}

/** `aliases` of a version: plain names, as `model-versions/*` and `registered-models/alias` send them. */
export function versionToWire(
  model: StoredModel,
  version: StoredVersion,
  style: Int64Style,
  withAliases = true,
): Json {
  const aliases = [...model.aliases].filter(([, v]) => v === version.version).map(([alias]) => alias);
  return compact({
    name: version.name,
    version: String(version.version),
    creation_timestamp: int64(version.creationTime, style),
    last_updated_timestamp: int64(version.lastUpdatedTime, style),
    user_id: version.userId,
    current_stage: version.stage,
    description: version.description,
    source: version.source,
    run_id: version.runId,
    status: version.status,
    status_message: version.statusMessage,
    tags: tagsToWire(version.tags),
    aliases: withAliases ? aliases : [],
  });
}

/** The newest version in each stage, as `latest_versions` lists them (highest stage order first). */
export function latestVersions(model: StoredModel): StoredVersion[] {
  const newest = new Map<string, StoredVersion>();
  for (const version of model.versions) {
    const seen = newest.get(version.stage);
    if (!seen || seen.version < version.version) newest.set(version.stage, version);
  }
  return [...newest.values()].sort((a, b) => a.version - b.version);
}

/** A registered model: its aliases name versions; `latest_versions` carry no aliases. */
export function modelToWire(model: StoredModel, style: Int64Style): Json {
  return compact({
    name: model.name,
    creation_timestamp: int64(model.creationTime, style),
    last_updated_timestamp: int64(model.lastUpdatedTime, style),
    description: model.description,
    latest_versions: latestVersions(model).map((v) => versionToWire(model, v, style, false)),
    tags: tagsToWire(model.tags),
    aliases: [...model.aliases].map(([alias, version]) => ({ alias, version: String(version) })),
  });
}
