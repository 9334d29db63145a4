import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('fleet cursor', () => {
  it('round-trips any MLflow token, skip and page size', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        (token, skip, pageSize) => {
          expect(decodeCursor(encodeCursor({ token, skip, pageSize }))).toEqual({ token, skip, pageSize });
        },
      ),
    );
  });

  it('refuses text it did not write', () => {
    for (const text of ['', 'eyJvZmZzZXQiOiAxMDB9', 'mlf1.', 'mlf1.!!!', `mlf1.${btoa('[1,2]')}`]) {
      expect(decodeCursor(text)).toBeUndefined();
    }
  });
});
