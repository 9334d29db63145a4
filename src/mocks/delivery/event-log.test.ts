import { describe, expect, it } from 'vitest';
import { versionPaths } from '../../domain/delivery/version-path';
import { blockedVersions, releaseFate } from '../../domain/delivery/release-fate';
import { stageTimes } from '../../domain/delivery/stages';
import { createDemoFleet } from '../fleet/fleet';
import { seedIncidents } from '../operations/incidents';
import { fleetEventLog } from './event-log';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const fleet = createDemoFleet({ fleetSize: 30, seed: 42, now: NOW });
const log = fleetEventLog(fleet, seedIncidents(fleet));
const paths = versionPaths(log);

describe('the demo registry event log tells the story', () => {
  it('holds staging versions blocked by a named blocker, each with who can unblock it', () => {
    const blocked = new Map(
      blockedVersions(paths).map((b) => [`${b.path.modelName}@${b.path.version}`, b.blocker]),
    );
    const churn = blocked.get('churn-predictor@7');
    expect(churn?.kind).toBe('approval-requested');
    expect(churn?.unblockedBy).toMatch(/@example\.com$/);
    const search = blocked.get('search-ranker@11');
    expect(search?.kind).toBe('incident-opened');
    expect(search?.reason).toMatch(/INC-\d+ is open/);
    const demand = blocked.get('demand-forecast@9');
    expect(demand?.kind).toBe('validation-failed');
    expect(demand?.reason).toMatch(/null store_id/);
  });

  it('rolls dynamic-pricing v14 back an hour after it shipped; v13 is live again', () => {
    expect(releaseFate(paths, 'dynamic-pricing', '14')).toMatchObject({ kind: 'rolled-back', afterMs: HOUR });
    expect(releaseFate(paths, 'dynamic-pricing', '13').kind).not.toBe('rolled-back');
  });

  it('spends most of the path waiting for approval', () => {
    expect(stageTimes(paths)[0]?.stage.id).toBe('approval');
  });

  it('never dates an event after now, and pages newest first', () => {
    expect(log.every((e) => e.at <= NOW)).toBe(true);
    expect(log[0]!.at).toBeGreaterThanOrEqual(log.at(-1)!.at);
  });
});
