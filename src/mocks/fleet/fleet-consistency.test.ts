import { describe, expect, it } from 'vitest';
import { createDemoFleet } from './fleet';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');

/** A row, its versions, runs and deployments must tell one story. */
describe.each([1, 2, 3])('every model of the fleet with seed %i', (seed) => {
  const fleet = createDemoFleet({ fleetSize: 120, seed, now: NOW });

  it.each(fleet.models().map((m) => [m.name, m] as const))(
    '%s agrees with its versions, runs and deployments',
    (name, model) => {
      const versions = fleet.versions(name) ?? [];
      expect(model.owner).toMatch(/^[a-z]+\.[a-z]+@example\.com$/);
      expect(model.tags.tier).toMatch(/^tier-[123]$/);
      expect(['true', 'false']).toContain(model.tags.pii);
      expect(model.createdAt).toBeLessThanOrEqual(model.updatedAt);
      expect(model.updatedAt).toBeLessThanOrEqual(NOW);
      expect(model.health.reason).not.toBe('');

      // Versions: newest first, numbered 1…n, consistent with the row.
      expect(versions.map((v) => Number(v.version))).toEqual(
        Array.from({ length: Number(model.latestVersion) }, (_, i) => Number(model.latestVersion) - i),
      );
      expect(versions.at(-1)?.createdAt).toBe(model.createdAt);
      for (const [i, v] of versions.entries()) {
        expect(v.createdAt).toBeLessThanOrEqual(v.updatedAt);
        if (i > 0) expect(v.createdAt).toBeLessThan(versions[i - 1]?.createdAt ?? 0);
        expect(v.statusMessage === undefined).toBe(v.status === 'ready');
        const run = fleet.run(v.runId ?? '');
        expect(run?.id).toBe(v.runId);
        expect(run?.metrics).toEqual(v.metrics);
        expect(run?.status).toBe(v.status === 'failed' ? 'failed' : 'finished');
        expect(run?.endedAt ?? Infinity).toBeLessThan(v.createdAt);
        expect(run?.codeCommit).toMatch(/^[0-9a-f]{40}$/);
        for (const dataset of run?.datasets ?? []) expect(dataset.digest).toMatch(/^[0-9a-f]{8,12}$/);
      }
      const production = versions.filter((v) => v.stage === 'production');
      expect(production.map((v) => v.version)).toEqual(
        model.productionVersion ? [model.productionVersion] : [],
      );
      expect(model.stage === 'production').toBe(model.productionVersion !== undefined);
      for (const alias of model.aliases) {
        expect(versions.find((v) => v.version === alias.version)?.aliases).toContain(alias.alias);
      }
      if (model.productionVersion) {
        expect(model.aliases).toContainEqual({ alias: 'champion', version: model.productionVersion });
        expect(versions.find((v) => v.version === model.productionVersion)?.status).toBe('ready');
      }

      // Deployments serve ready versions; live traffic adds up to 100 % in production.
      const deployments = fleet.deployments(name) ?? [];
      for (const d of deployments) {
        expect(versions.find((v) => v.version === d.version)?.status).toBe('ready');
        expect(d.deployedAt).toBeLessThanOrEqual(NOW);
      }
      const live = deployments.filter((d) => d.environment === 'production' || d.environment === 'canary');
      if (model.stage === 'production') {
        expect(live.reduce((sum, d) => sum + d.trafficPercent, 0)).toBe(100);
        expect(deployments.find((d) => d.environment === 'production')?.version).toBe(
          model.productionVersion,
        );
      } else {
        expect(live).toEqual([]);
      }
    },
  );
});
