import { describe, expect, it } from 'vitest';
import { createDemoFleet } from './fleet';
import { fleetFacets } from './facets';

describe('fleetFacets', () => {
  it('offers every team and every tag as key and as key=value, sorted', () => {
    const facets = fleetFacets(createDemoFleet({ fleetSize: 30, seed: 1, now: 0 }).models());
    expect(facets.teams).toEqual([
      'Growth',
      'Marketplace Trust',
      'Pricing',
      'Risk',
      'Search & Discovery',
      'Supply Chain',
    ]);
    expect(facets.tags).toEqual(
      expect.arrayContaining(['domain', 'domain=retention', 'pii', 'pii=true', 'tier', 'tier=tier-1']),
    );
    expect(facets.tags).toEqual([...facets.tags].sort());
    expect(new Set(facets.tags).size).toBe(facets.tags.length);
  });

  it('is empty for an empty fleet', () => {
    expect(fleetFacets([])).toEqual({ teams: [], tags: [] });
  });
});
