import { describe, expect, it } from 'vitest';
import { DORA_2024_BANDS, leadTimeBand } from './bands';
import type { RegistryEvent } from './events';
import { deliveryMetrics, metricsByTeam, monthWindows } from './metrics';
import { deriveFromMlflow } from './mlflow-derivation';
import { p90, median, quantile } from './quantile';
import { blockedVersions, releaseFate } from './release-fate';
import { slowestStageInWords, stageTimes } from './stages';
import { versionPaths } from './version-path';
import { summariseDelivery } from './summary';
import { durationInWords } from './duration-words';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 9, 1); // 1 Oct 2026

let n = 0;
const ev = (e: Partial<RegistryEvent> & Pick<RegistryEvent, 'kind' | 'version' | 'at'>): RegistryEvent => ({
  id: `e${++n}`,
  modelName: 'churn',
  team: 'Growth',
  actor: 'ci',
  ...e,
});

/**
 * A hand-worked log: churn v1 trained on day 0, registered on day 1, on staging on day 2,
 * approved on day 32 and in production on day 33 (lead time 33 days, 30 of them waiting for
 * approval); v2 ships on day 40 and is rolled back an hour later; v3 waits for approval.
 */
const LOG: RegistryEvent[] = [
  ev({ kind: 'registered', version: '1', at: T0 + DAY, runEndedAt: T0 }),
  ev({ kind: 'deployed', version: '1', at: T0 + 2 * DAY, environment: 'staging' }),
  ev({ kind: 'approval-requested', version: '1', at: T0 + 2 * DAY, unblockedBy: 'risk.lead' }),
  ev({ kind: 'approved', version: '1', at: T0 + 32 * DAY, actor: 'risk.lead' }),
  ev({ kind: 'deployed', version: '1', at: T0 + 33 * DAY, environment: 'production' }),
  ev({ kind: 'registered', version: '2', at: T0 + 37 * DAY, runEndedAt: T0 + 36 * DAY }),
  ev({ kind: 'deployed', version: '2', at: T0 + 38 * DAY, environment: 'staging' }),
  ev({ kind: 'approved', version: '2', at: T0 + 39 * DAY }),
  ev({ kind: 'deployed', version: '2', at: T0 + 40 * DAY, environment: 'production' }),
  ev({
    kind: 'rolled-back',
    version: '2',
    at: T0 + 40 * DAY + HOUR,
    environment: 'production',
    reason: 'errors',
  }),
  ev({ kind: 'registered', version: '3', at: T0 + 45 * DAY, runEndedAt: T0 + 44 * DAY }),
  ev({ kind: 'deployed', version: '3', at: T0 + 46 * DAY, environment: 'staging' }),
  ev({
    kind: 'approval-requested',
    version: '3',
    at: T0 + 46 * DAY,
    unblockedBy: 'risk.lead',
    reason: 'tier-1 sign-off',
  }),
];
const WINDOW = { from: T0, to: T0 + 60 * DAY };

describe('quantile (Hyndman & Fan type 7)', () => {
  it('interpolates between order statistics as R and NumPy do', () => {
    // [1,2,3,4]: median h = 1.5 → 2.5; p90 h = 2.7 → 3 + 0.7·(4 − 3) = 3.7.
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(p90([4, 1, 3, 2])).toBeCloseTo(3.7, 10);
    expect(quantile([7], 0.9)).toBe(7);
    expect(median([])).toBeUndefined();
  });
});

describe('versionPaths', () => {
  const paths = versionPaths(LOG);

  it('dates each version from training-run end to registration, staging and production', () => {
    const v1 = paths.find((p) => p.version === '1');
    expect(v1).toMatchObject({
      toRegistration: DAY,
      toStaging: 2 * DAY,
      toProduction: 33 * DAY,
      missing: [],
    });
    expect(v1?.stoppedAt).toBeUndefined();
  });

  it('names where a version stopped and what blocks it, with who can unblock', () => {
    const v3 = paths.find((p) => p.version === '3');
    expect(v3?.stoppedAt).toBe('staging');
    expect(v3?.blocker).toMatchObject({
      kind: 'approval-requested',
      unblockedBy: 'risk.lead',
      reason: 'tier-1 sign-off',
    });
  });

  it('names the steps an event log leaves out', () => {
    const [gap] = versionPaths([ev({ kind: 'deployed', version: '9', at: T0, environment: 'production' })]);
    expect(gap?.missing).toEqual(['trained', 'registered', 'staging']);
    expect(gap?.toProduction).toBeUndefined();
  });
});

describe('releaseFate and blockedVersions', () => {
  const paths = versionPaths(LOG);
  it('says a version was rolled back an hour after it shipped', () => {
    expect(releaseFate(paths, 'churn', '2')).toEqual({
      kind: 'rolled-back',
      afterMs: HOUR,
      at: T0 + 40 * DAY + HOUR,
    });
  });
  it('says the version that came back is still live', () => {
    expect(releaseFate(paths, 'churn', '1')).toEqual({ kind: 'live' });
    expect(releaseFate(paths, 'churn', '3')).toEqual({ kind: 'unknown' });
  });
  it('lists the versions still waiting, not those a later release left behind', () => {
    expect(blockedVersions(paths).map((b) => b.path.version)).toEqual(['3']);
  });
});

describe('deliveryMetrics', () => {
  const paths = versionPaths(LOG);
  const m = deliveryMetrics(LOG, paths, WINDOW);

  it('takes median and p90 lead time over the versions that shipped in the window', () => {
    // Lead times 33 d and 4 d: median 18.5 d, p90 = 4 + 0.9·29 = 30.1 d.
    expect(m.leadTimes.sort((a, b) => a - b)).toEqual([4 * DAY, 33 * DAY]);
    expect(m.medianLeadMs).toBe(18.5 * DAY);
    expect(m.p90LeadMs).toBeCloseTo(30.1 * DAY, 0);
  });

  it('counts deploys per week, and a deploy rolled back within the window as a failure', () => {
    expect(m.deployments).toBe(2);
    expect(m.perWeek).toBeCloseTo((2 * 7) / 60, 10);
    expect(m.changeFailureRate).toBe(0.5);
    // Failure began at the deploy (no incident) and ended at the rollback an hour later.
    expect(m.restoreTimes).toEqual([HOUR]);
    expect(m.unrestored).toBe(0);
  });

  it('times restore from the incident to its resolution when that comes first', () => {
    const log = [
      ev({ kind: 'deployed', version: '5', at: T0, environment: 'production', unplanned: true }),
      ev({ kind: 'incident-opened', version: '5', at: T0 + 2 * HOUR, incidentId: 'i1' }),
      ev({ kind: 'incident-resolved', version: '5', at: T0 + 5 * HOUR, incidentId: 'i1' }),
    ];
    const r = deliveryMetrics(log, versionPaths(log), WINDOW);
    expect(r.restoreTimes).toEqual([3 * HOUR]);
    expect(r.reworkRate).toBe(1);
  });

  it('leaves rates undefined when nothing shipped, rather than inventing zero', () => {
    const empty = deliveryMetrics([], [], WINDOW);
    expect(empty.changeFailureRate).toBeUndefined();
    expect(empty.medianLeadMs).toBeUndefined();
    expect(empty.deployments).toBe(0);
  });

  it('splits by team, slowest first', () => {
    const other = ev({
      kind: 'registered',
      version: '1',
      at: T0 + DAY,
      runEndedAt: T0,
      modelName: 'fraud',
      team: 'Risk',
    });
    const ship = ev({
      kind: 'deployed',
      version: '1',
      at: T0 + 2 * DAY,
      environment: 'production',
      modelName: 'fraud',
      team: 'Risk',
    });
    const log = [...LOG, other, ship];
    expect(metricsByTeam(log, versionPaths(log), WINDOW).map((t) => t.team)).toEqual(['Growth', 'Risk']);
  });
});

describe('stageTimes', () => {
  it('names waiting for approval as the slowest stage, in words', () => {
    const stages = stageTimes(versionPaths(LOG));
    expect(stages[0]?.stage.id).toBe('approval');
    // Approval waits: 30 d + 1 d of 33 d + 4 d = 31/37.
    expect(stages[0]?.share).toBeCloseTo(31 / 37, 10);
    expect(slowestStageInWords(stages, 41 * DAY)).toBe(
      'Most of the 41 days from trained model to production is waiting for approval (84% of the time).',
    );
  });
  it('says so when nothing can be named', () => {
    expect(slowestStageInWords([], undefined)).toMatch(/no stage can be named/);
  });
});

describe('bands', () => {
  it('places lead times in DORA 2024 bands', () => {
    expect(leadTimeBand(DORA_2024_BANDS, 12 * HOUR).label).toBe('Elite');
    expect(leadTimeBand(DORA_2024_BANDS, 3 * DAY).label).toBe('High');
    expect(leadTimeBand(DORA_2024_BANDS, 41 * DAY).label).toBe('Low');
    expect(DORA_2024_BANDS.source).toMatch(/2025 DORA report no longer publishes bands/);
  });
});

describe('monthWindows', () => {
  it('cuts a span into calendar months', () => {
    expect(monthWindows(Date.UTC(2026, 9, 15), Date.UTC(2026, 11, 1)).map((w) => w.label)).toEqual([
      '2026-10',
      '2026-11',
    ]);
  });
});

describe('deriveFromMlflow', () => {
  it('dates the run end and registration, and names every later step as undatable', () => {
    const d = deriveFromMlflow({
      modelName: 'm',
      version: '3',
      createdAt: T0 + HOUR,
      updatedAt: T0 + DAY,
      runEndedAt: T0,
      stage: 'Production',
    });
    expect(d.toRegistration).toBe(HOUR);
    expect(d.at.production).toBeUndefined();
    expect(d.undatable.map((u) => u.step)).toEqual(['staging', 'approved', 'production']);
  });
  it('says when the run end is unknown too', () => {
    const d = deriveFromMlflow({ modelName: 'm', version: '1', createdAt: T0, updatedAt: T0, stage: 'None' });
    expect(d.undatable[0]).toEqual({ step: 'trained', why: 'The version names no finished training run.' });
  });
});

describe('summariseDelivery', () => {
  it('answers in words with the band named by its source', () => {
    const s = summariseDelivery(LOG, WINDOW);
    expect(s.answer).toBe(
      'A trained model took a median of 19 days to reach production; 9 in 10 made it within 30 days. That is the “Medium” band for lead time in DORA 2024.',
    );
    expect(s.releases.map((r) => [r.path.version, r.fate.kind])).toEqual([
      ['2', 'rolled-back'],
      ['1', 'live'],
    ]);
    expect(s.stoppedAt).toEqual([{ step: 'staging', count: 1 }]);
  });

  it('says a period with no releases in words, inventing nothing', () => {
    const s = summariseDelivery(LOG, { from: T0 + 100 * DAY, to: T0 + 130 * DAY });
    expect(s.answer).toBe(
      'No model version reached production in this period, so there is no time to deploy to show.',
    );
    expect(s.band).toBeUndefined();
  });

  it('says when releases cannot be timed because the log misses their training end', () => {
    const log = [ev({ kind: 'deployed', version: '8', at: T0 + DAY, environment: 'production' })];
    const s = summariseDelivery(log, WINDOW);
    expect(s.answer).toMatch(/does not say when their training ended/);
    expect(s.incomplete).toHaveLength(1);
  });
});

describe('durationInWords', () => {
  it('says durations as a sentence would', () => {
    expect(durationInWords(40 * 60_000)).toBe('40 minutes');
    expect(durationInWords(5 * HOUR)).toBe('5 hours');
    expect(durationInWords(2.54 * DAY)).toBe('2.5 days');
    expect(durationInWords(41.2 * DAY)).toBe('41 days');
  });
});
