import { describe, expect, it } from 'vitest';
import { createDemoFleet, type DemoFleet } from './fleet';
import { queryModels } from './query-models';
import { STORY_MODELS } from './story';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const fleetOf = (fleetSize: number, seed = 1, now = NOW): DemoFleet =>
  createDemoFleet({ fleetSize, seed, now });

/** Everything a client could read about a fleet, generated in full. */
function snapshot(fleet: DemoFleet): unknown {
  return fleet.models().map((model) => {
    const versions = fleet.versions(model.name) ?? [];
    return {
      model,
      versions,
      runs: versions.map((v) => fleet.run(v.runId ?? '')),
      deployments: fleet.deployments(model.name),
    };
  });
}

describe('createDemoFleet', () => {
  it('is deterministic: the same seed and now give the same fleet', () => {
    expect(snapshot(fleetOf(30, 7))).toEqual(snapshot(fleetOf(30, 7)));
  });

  it('gives another fleet for another seed, with the same story first', () => {
    const names = (fleet: DemoFleet): string[] => fleet.models().map((m) => m.name);
    expect(names(fleetOf(30, 1))).not.toEqual(names(fleetOf(30, 2)));
    expect(names(fleetOf(30, 1)).slice(0, 8)).toEqual(names(fleetOf(30, 2)).slice(0, 8));
  });

  it('keeps names, run ids, dataset digests and commits when only the clock moves', () => {
    const lineage = (fleet: DemoFleet): unknown =>
      fleet.models().map((m) => {
        const runs = (fleet.versions(m.name) ?? []).map((v) => fleet.run(v.runId ?? ''));
        return [
          m.name,
          m.productionVersion,
          runs.map((r) => [r?.id, r?.codeCommit, r?.datasets.map((d) => d.digest)]),
        ];
      });
    // End-to-end tests compare the page against these facts while the demo runs on the real clock.
    expect(lineage(fleetOf(30, 1, NOW + 5 * 86_400_000))).toEqual(lineage(fleetOf(30, 1)));
  });

  it('does not depend on the order models are asked for', () => {
    const asked = fleetOf(30);
    const later = asked.versions('delivery-eta');
    expect(fleetOf(30).versions('delivery-eta')).toEqual(later);
  });

  it('has 30 models across the six teams by default, story models first', () => {
    const models = fleetOf(30).models();
    expect(models).toHaveLength(30);
    expect(models.slice(0, STORY_MODELS.length).map((m) => m.name)).toEqual(STORY_MODELS.map((s) => s.name));
    expect(new Set(models.map((m) => m.team))).toEqual(
      new Set(['Growth', 'Risk', 'Pricing', 'Search & Discovery', 'Marketplace Trust', 'Supply Chain']),
    );
  });

  it('shrinks to the first story models, or to nothing', () => {
    expect(
      fleetOf(3)
        .models()
        .map((m) => m.name),
    ).toEqual(['churn-predictor', 'transaction-fraud', 'dynamic-pricing']);
    expect(fleetOf(0).models()).toEqual([]);
    expect(fleetOf(0).findPlan('churn-predictor')).toBeUndefined();
  });

  it('answers undefined for models and runs it does not have', () => {
    const fleet = fleetOf(30);
    expect(fleet.versions('nope')).toBeUndefined();
    expect(fleet.deployments('nope')).toBeUndefined();
    expect(fleet.run('0'.repeat(32))).toBeUndefined();
    // A run id of a model beyond a smaller fleet's end.
    const runOfModel20 = fleet.versions(fleet.models()[20]?.name ?? '')?.[0]?.runId ?? '';
    expect(fleetOf(10).run(runOfModel20)).toBeUndefined();
  });
});

describe('a large fleet', () => {
  it('has 10,000 unique names and serves its first page', () => {
    const fleet = fleetOf(10_000);
    const result = queryModels(fleet.models(), { sort: { field: 'name', direction: 'asc' }, limit: 100 });
    expect(new Set(fleet.models().map((m) => m.name)).size).toBe(10_000);
    expect(result.ok && result.page.items).toHaveLength(100);
    expect(result.ok && result.page.total).toBe(10_000);
  });

  it('finds a model near the end without generating the others first', () => {
    const fleet = fleetOf(10_000);
    const last = fleetOf(10_000).models()[9_999];
    expect(fleet.findPlan(last?.name ?? '')?.model).toEqual(last);
    expect(fleet.versions(last?.name ?? '')?.length).toBe(Number(last?.latestVersion));
  });
});
