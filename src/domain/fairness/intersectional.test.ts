import { describe, expect, it } from 'vitest';
import { intersectionalGrid } from './intersectional';

describe('intersectionalGrid', () => {
  it('judges each pair of groups and marks small cells too few to judge', () => {
    const grid = intersectionalGrid(
      ['age_group', 'region'],
      [
        { groups: ['18-25', 'north'], size: 400, selected: 160 },
        { groups: ['18-25', 'south'], size: 20, selected: 12 },
        { groups: ['40-60', 'north'], size: 500, selected: 320 },
        { groups: ['40-60', 'south'], size: 300, selected: 195 },
      ],
    );
    expect(grid.rows).toEqual(['18-25', '40-60']);
    expect(grid.columns).toEqual(['north', 'south']);
    expect(grid.cells[0]?.[1]?.status).toBe('too-few');
    expect(grid.cells[0]?.[0]?.status).toBe('fail');
    expect(grid.result.attribute).toBe('age_group × region');
  });

  it('leaves a cell the backend did not send empty', () => {
    const grid = intersectionalGrid(
      ['a', 'b'],
      [
        { groups: ['x', 'p'], size: 40, selected: 20 },
        { groups: ['y', 'q'], size: 40, selected: 20 },
      ],
    );
    expect(grid.cells[0]?.[1]).toBeUndefined();
  });
});
