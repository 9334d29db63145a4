import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleetSummary } from '../../mocks/fleet/fleet-summary';
import { createDemoFleet } from '../../mocks/fleet/fleet';
import { DEFAULT_SEED } from '../../mocks/demo-defaults';
import {
  deploymentToWire,
  fleetSummaryToWire,
  modelDetailToWire,
  modelVersionToWire,
  trainingRunToWire,
} from '../../mocks/handlers/to-wire';
import { TEST_NOW } from '../../test/demo-server';
import {
  deploymentWire,
  fleetSummaryWire,
  modelDetailWire,
  modelSummaryWire,
  modelVersionWire,
  trainingRunWire,
} from './schemas';
import {
  toDeployment,
  toFleetSummary,
  toModelDetail,
  toModelSummary,
  toModelVersion,
  toTrainingRun,
} from './to-domain';

/** What a Sightline server sends for one fleet row (GET /registry/models). */
const SUMMARY_PAYLOAD = {
  name: 'churn-predictor',
  team: 'growth',
  owner: 'ana@example.com',
  task: 'classification',
  stage: 'production',
  productionVersion: '6',
  latestVersion: '7',
  aliases: [
    { alias: 'champion', version: '6' },
    { alias: 'challenger', version: '7' },
  ],
  health: { status: 'critical', reason: 'PSI 0.31 on tenure_months since Nov 25' },
  lastDeployedAt: '2026-11-25T09:30:00.000Z',
  openAlerts: 2,
  tags: { domain: 'retention', pii: 'false' },
  createdAt: '2025-03-01T08:00:00Z',
  updatedAt: '2026-11-26T14:15:00+01:00',
  drift: { status: 'critical', driftedFeatures: 3, totalFeatures: 24, topFeatures: ['tenure_months'] },
};

/** The same row from a server that spells absent optionals as `null`. */
const SPARSE_SUMMARY_PAYLOAD = {
  ...SUMMARY_PAYLOAD,
  name: 'fraud-scorer',
  stage: 'development',
  productionVersion: null,
  aliases: [],
  lastDeployedAt: null,
  drift: null,
};

const VERSION_PAYLOAD = {
  modelName: 'churn-predictor',
  version: '7',
  stage: 'staging',
  status: 'ready',
  statusMessage: null,
  aliases: ['challenger'],
  description: 'Retrained on November data.',
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-21T10:00:00Z',
  runId: 'a1b2c3',
  metrics: { roc_auc: 0.912, f1: 0.71 },
  params: { max_depth: '8' },
  tags: {},
};

const RUN_PAYLOAD = {
  id: 'a1b2c3',
  name: 'nightly-retrain',
  experimentId: null,
  user: 'ana',
  status: 'finished',
  startedAt: '2026-11-20T08:00:00Z',
  endedAt: '2026-11-20T09:12:30Z',
  params: { learning_rate: '0.05' },
  metrics: { roc_auc: 0.912 },
  datasets: [
    {
      name: 'churn-train',
      digest: 'sha256:9f2c',
      source: 's3://ml/churn/2026-11',
      context: 'training',
      rows: 120_000,
    },
    { name: 'churn-eval', digest: 'sha256:11aa', source: null, rows: null },
  ],
  codeCommit: '4e8d1f0',
};

describe('toModelSummary', () => {
  it('turns ISO times, in any offset, into epoch ms', () => {
    const model = toModelSummary(modelSummaryWire.parse(SUMMARY_PAYLOAD));
    expect(model.lastDeployedAt).toBe(Date.UTC(2026, 10, 25, 9, 30));
    expect(model.createdAt).toBe(Date.UTC(2025, 2, 1, 8));
    expect(model.updatedAt).toBe(Date.UTC(2026, 10, 26, 13, 15));
  });

  it('keeps what the row shows: versions, aliases, health, tags, drift', () => {
    const model = toModelSummary(modelSummaryWire.parse(SUMMARY_PAYLOAD));
    expect(model).toMatchObject({
      name: 'churn-predictor',
      productionVersion: '6',
      latestVersion: '7',
      aliases: SUMMARY_PAYLOAD.aliases,
      health: SUMMARY_PAYLOAD.health,
      openAlerts: 2,
      tags: { domain: 'retention', pii: 'false' },
      drift: SUMMARY_PAYLOAD.drift,
    });
  });

  it('turns null optionals into absent ones', () => {
    const model = toModelSummary(modelSummaryWire.parse(SPARSE_SUMMARY_PAYLOAD));
    expect(model.productionVersion).toBeUndefined();
    expect(model.lastDeployedAt).toBeUndefined();
    expect(model.drift).toBeUndefined();
  });

  it('treats left-out optionals the same as null ones', () => {
    const { productionVersion: _p, lastDeployedAt: _l, drift: _d, ...leftOut } = SPARSE_SUMMARY_PAYLOAD;
    expect(toModelSummary(modelSummaryWire.parse(leftOut))).toEqual(
      toModelSummary(modelSummaryWire.parse(SPARSE_SUMMARY_PAYLOAD)),
    );
  });
});

describe('toModelDetail', () => {
  it('is the summary plus the description', () => {
    const detail = toModelDetail(
      modelDetailWire.parse({ ...SUMMARY_PAYLOAD, description: 'Predicts churn in the next 30 days.' }),
    );
    expect(detail).toEqual({
      ...toModelSummary(modelSummaryWire.parse(SUMMARY_PAYLOAD)),
      description: 'Predicts churn in the next 30 days.',
    });
  });
});

describe('toModelVersion', () => {
  it('maps times, keeps metrics and params, and drops null and absent optionals', () => {
    const version = toModelVersion(modelVersionWire.parse(VERSION_PAYLOAD));
    expect(version).toEqual({
      modelName: 'churn-predictor',
      version: '7',
      stage: 'staging',
      status: 'ready',
      statusMessage: undefined,
      aliases: ['challenger'],
      description: 'Retrained on November data.',
      createdAt: Date.UTC(2026, 10, 20, 10),
      updatedAt: Date.UTC(2026, 10, 21, 10),
      runId: 'a1b2c3',
      source: undefined,
      metrics: { roc_auc: 0.912, f1: 0.71 },
      params: { max_depth: '8' },
      tags: {},
    });
  });
});

describe('toTrainingRun', () => {
  it('maps its times and every dataset, with null dataset fields absent', () => {
    const run = toTrainingRun(trainingRunWire.parse(RUN_PAYLOAD));
    expect(run.startedAt).toBe(Date.UTC(2026, 10, 20, 8));
    expect(run.endedAt).toBe(Date.UTC(2026, 10, 20, 9, 12, 30));
    expect(run.name).toBe('nightly-retrain');
    expect(run.experimentId).toBeUndefined();
    expect(run.sourceFile).toBeUndefined();
    expect(run.codeCommit).toBe('4e8d1f0');
    expect(run.datasets).toEqual([
      {
        name: 'churn-train',
        digest: 'sha256:9f2c',
        source: 's3://ml/churn/2026-11',
        context: 'training',
        rows: 120_000,
      },
      { name: 'churn-eval', digest: 'sha256:11aa', source: undefined, context: undefined, rows: undefined },
    ]);
  });

  it('leaves a running run without an end', () => {
    const run = toTrainingRun(trainingRunWire.parse({ ...RUN_PAYLOAD, status: 'running', endedAt: null }));
    expect(run.endedAt).toBeUndefined();
  });
});

describe('toFleetSummary', () => {
  it('maps the nested rows and their times', () => {
    const summary = toFleetSummary(
      fleetSummaryWire.parse({
        totalModels: 2,
        byHealth: { healthy: 1, warning: 0, critical: 1, unknown: 0 },
        byStage: { production: 1, staging: 0, development: 1, archived: 0 },
        needsAttention: [SUMMARY_PAYLOAD],
        recentlyShipped: [
          { modelName: 'churn-predictor', version: '6', team: 'growth', shippedAt: '2026-11-25T09:30:00Z' },
        ],
        trainingDataAge: [
          {
            modelName: 'churn-predictor',
            team: 'growth',
            trainedAt: '2026-10-31T00:00:00Z',
            dataset: 'churn-train',
          },
        ],
      }),
    );
    expect(summary.byHealth.critical).toBe(1);
    expect(summary.needsAttention).toEqual([toModelSummary(modelSummaryWire.parse(SUMMARY_PAYLOAD))]);
    expect(summary.recentlyShipped).toEqual([
      {
        modelName: 'churn-predictor',
        version: '6',
        team: 'growth',
        shippedAt: Date.UTC(2026, 10, 25, 9, 30),
      },
    ]);
    expect(summary.trainingDataAge[0]?.trainedAt).toBe(Date.UTC(2026, 9, 31));
  });
});

describe('toDeployment', () => {
  it('maps the deploy time and keeps the rest', () => {
    const deployment = toDeployment(
      deploymentWire.parse({
        id: 'churn-predictor-canary',
        modelName: 'churn-predictor',
        environment: 'canary',
        version: '7',
        trafficPercent: 10,
        replicas: 2,
        status: 'warning',
        endpoint: 'https://serve.example.com/churn/canary',
        deployedAt: '2026-11-26T16:00:00Z',
        deployedBy: 'deploy-bot',
      }),
    );
    expect(deployment).toMatchObject({ environment: 'canary', trafficPercent: 10, replicas: 2 });
    expect(deployment.deployedAt).toBe(Date.UTC(2026, 10, 26, 16));
  });
});

describe('the demo backend, through the contract', () => {
  // What the demo serves is what a real server would: JSON over the wire, checked, then mapped back.
  const fleet = createDemoFleet({ fleetSize: 30, seed: DEFAULT_SEED, now: TEST_NOW });
  const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

  it('maps every demo model back to what the demo holds', () => {
    for (const model of fleet.models()) {
      expect(toModelDetail(modelDetailWire.parse(overTheWire(modelDetailToWire(model))))).toEqual(model);
    }
  });

  it('maps the demo versions, runs, deployments and summary back to what the demo holds', () => {
    const [model] = fleet.models();
    const versions = fleet.versions(model!.name)!;
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) {
      expect(toModelVersion(modelVersionWire.parse(overTheWire(modelVersionToWire(version))))).toEqual(
        version,
      );
      if (version.runId) {
        const run = fleet.run(version.runId)!;
        expect(toTrainingRun(trainingRunWire.parse(overTheWire(trainingRunToWire(run))))).toEqual(run);
      }
    }
    for (const deployment of fleet.deployments(model!.name)!) {
      expect(toDeployment(deploymentWire.parse(overTheWire(deploymentToWire(deployment))))).toEqual(
        deployment,
      );
    }
    const summary = fleetSummary(fleet.plans(), DEFAULT_SEED);
    const mapped = toFleetSummary(fleetSummaryWire.parse(overTheWire(fleetSummaryToWire(summary))));
    expect({ ...mapped, needsAttention: [] }).toEqual({ ...summary, needsAttention: [] });
    // The summary's rows are fleet rows: the demo's detail (its description) stays off the wire.
    expect(mapped.needsAttention).toHaveLength(summary.needsAttention.length);
    mapped.needsAttention.forEach((row, index) => expect(summary.needsAttention[index]).toMatchObject(row));
  });
});

describe('times on the wire', () => {
  // Years 1970–9999: what `toISOString` writes without a sign.
  const instant = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });

  it('round-trips any ISO instant to the same epoch ms', () => {
    fc.assert(
      fc.property(instant, instant, (created, deployed) => {
        const model = toModelSummary(
          modelSummaryWire.parse({
            ...SUMMARY_PAYLOAD,
            createdAt: new Date(created).toISOString(),
            updatedAt: new Date(created).toISOString(),
            lastDeployedAt: new Date(deployed).toISOString(),
          }),
        );
        expect(model.createdAt).toBe(created);
        expect(model.updatedAt).toBe(created);
        expect(model.lastDeployedAt).toBe(deployed);
      }),
    );
  });
});
