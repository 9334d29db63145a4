import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSchemas, isSchemaUnchanged } from './schema-diff';

describe('diffSchemas', () => {
  it('finds the columns added, removed and retyped', () => {
    const diff = diffSchemas(
      [
        { name: 'store_id', type: 'INT64' },
        { name: 'region', type: 'STRING' },
        { name: 'units', type: 'INT64' },
      ],
      [
        { name: 'store_id', type: 'STRING' },
        { name: 'units', type: 'INT64' },
        { name: 'store_code', type: 'STRING' },
      ],
    );
    expect(diff).toEqual({
      added: [{ name: 'store_code', type: 'STRING' }],
      removed: [{ name: 'region', type: 'STRING' }],
      retyped: [{ name: 'store_id', from: 'INT64', to: 'STRING' }],
    });
  });

  it('finds nothing between a schema and itself', () => {
    const columns = fc.uniqueArray(
      fc.record({ name: fc.string(), type: fc.constantFrom('INT64', 'STRING') }),
      {
        selector: (c) => c.name,
      },
    );
    fc.assert(
      fc.property(columns, (cols) => {
        expect(isSchemaUnchanged(diffSchemas(cols, cols))).toBe(true);
      }),
    );
  });
});
