import { describe, expect, it } from 'vitest';
import { facetVersion, readFacet } from './facets';
import { schemaFacetWire } from './schemas';

describe('OpenLineage facets', () => {
  it('reads the version from the schema URL', () => {
    expect(facetVersion('https://openlineage.io/spec/facets/1-0-1/SchemaDatasetFacet.json')).toBe('1-0-1');
    expect(facetVersion(undefined)).toBeUndefined();
  });

  it('reads a version 1 facet, and says what a malformed one hides', () => {
    const ok = readFacet(
      { schema: { fields: [{ name: 'a', type: 'INT' }] } },
      'schema',
      schemaFacetWire,
      'x',
    );
    expect(ok).toEqual({ ok: true, value: { fields: [{ name: 'a', type: 'INT' }] } });
    const bad = readFacet({ schema: { fields: 'a, b' } }, 'schema', schemaFacetWire, 'x version 1');
    expect(bad).toEqual({
      ok: false,
      note: 'The schema facet of x version 1 is malformed at "fields", so it is not shown.',
    });
  });
});
