import type { DatasetColumn } from './types';

export interface SchemaDiff {
  added: readonly DatasetColumn[];
  removed: readonly DatasetColumn[];
  retyped: readonly { name: string; from: string; to: string }[];
}

/** Columns added, removed and retyped from one dataset version to the next, in column order. */
export function diffSchemas(before: readonly DatasetColumn[], after: readonly DatasetColumn[]): SchemaDiff {
  const old = new Map(before.map((c) => [c.name, c.type]));
  const now = new Map(after.map((c) => [c.name, c.type]));
  return {
    added: after.filter((c) => !old.has(c.name)),
    removed: before.filter((c) => !now.has(c.name)),
    retyped: after.flatMap((c) => {
      const from = old.get(c.name);
      return from !== undefined && from !== c.type ? [{ name: c.name, from, to: c.type }] : [];
    }),
  };
}

export const isSchemaUnchanged = (diff: SchemaDiff): boolean =>
  diff.added.length === 0 && diff.removed.length === 0 && diff.retyped.length === 0;
