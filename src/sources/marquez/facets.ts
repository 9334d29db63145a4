import { z } from '../zod-mini';

/** The OpenLineage facet versions Sightline reads: major version 1 of each. */
export const READ_MAJOR = 1;

export type FacetRead<T> = { ok: true; value: T } | { ok: false; note: string };

/** `1-0-1` from `https://openlineage.io/spec/facets/1-0-1/SchemaDatasetFacet.json`. */
export function facetVersion(schemaUrl: unknown): string | undefined {
  if (typeof schemaUrl !== 'string') return undefined;
  return /\/(\d+-\d+-\d+)\//.exec(schemaUrl)?.[1];
}

/**
 * One facet of a dataset or run, checked on its own: a facet that is missing, of a major
 * version Sightline does not read, or malformed becomes a note in words (what is not shown and
 * why), never a failed page. `where` names what it belongs to ("demand_raw version 3f2a…").
 */
export function readFacet<S extends z.core.$ZodType>(
  facets: Record<string, unknown> | null | undefined,
  name: string,
  schema: S,
  where: string,
): FacetRead<z.output<S>> {
  const facet = facets?.[name];
  if (facet === undefined || facet === null)
    return {
      ok: false,
      note: `Marquez has no ${name} facet for ${where}: the job that wrote it does not emit one.`,
    };
  const version = facetVersion((facet as Record<string, unknown>)._schemaURL);
  if (version !== undefined && Number(version.split('-')[0]) !== READ_MAJOR)
    return {
      ok: false,
      note: `The ${name} facet of ${where} is version ${version}; Sightline reads version ${READ_MAJOR}-x-x of it, so it is not shown.`,
    };
  const parsed = z.safeParse(schema, facet);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || '(root)';
    return {
      ok: false,
      note: `The ${name} facet of ${where} is malformed at "${field}", so it is not shown.`,
    };
  }
  return { ok: true, value: parsed.data };
}
