import { describe, expect, it } from 'vitest';
import { DEFAULT_MLFLOW_OPTIONS as options } from './options';
import {
  getRegisteredModelWire,
  modelVersionWire,
  registeredModelWire,
  searchRegisteredModelsWire,
} from './schemas';
import { NO_HEALTH_REASON, toModelDetail, toModelSummary, UNASSIGNED_TEAM } from './to-domain';
import { toModelVersion } from './version-to-domain';

/** As MLflow 2.x answers `registered-models/get` for a model promoted with aliases. */
const aliasModel = {
  registered_model: {
    name: 'fraud-detector',
    creation_timestamp: 1_730_000_000_000,
    last_updated_timestamp: 1_764_000_000_000,
    description: 'Scores card transactions.',
    latest_versions: [
      {
        name: 'fraud-detector',
        version: '7',
        creation_timestamp: 1_763_000_000_000,
        last_updated_timestamp: 1_763_500_000_000,
        current_stage: 'None',
        source: 'mlflow-artifacts:/3/abc/artifacts/model',
        run_id: 'abc',
        status: 'READY',
      },
    ],
    tags: [
      { key: 'team', value: 'Risk' },
      { key: 'owner', value: 'fatima.haddad' },
      { key: 'task', value: 'binary_classification' },
      { key: 'sightline.health', value: 'critical' },
      { key: 'sightline.health_reason', value: 'PSI 0.31 on amount since Nov 20' },
    ],
    aliases: [
      { alias: 'champion', version: '7' },
      { alias: 'challenger', version: '8' },
    ],
  },
};

describe('toModelSummary', () => {
  it('reads team, owner, task and health from tags and production from the champion alias', () => {
    const wire = getRegisteredModelWire.parse(aliasModel).registered_model;
    expect(toModelSummary(wire, options)).toEqual({
      name: 'fraud-detector',
      team: 'Risk',
      owner: 'fatima.haddad',
      task: 'classification',
      stage: 'production',
      productionVersion: '7',
      aliases: [
        { alias: 'champion', version: '7' },
        { alias: 'challenger', version: '8' },
      ],
      latestVersion: '8',
      health: { status: 'critical', reason: 'PSI 0.31 on amount since Nov 20' },
      lastDeployedAt: 1_763_500_000_000,
      openAlerts: 0,
      tags: {
        team: 'Risk',
        owner: 'fatima.haddad',
        task: 'binary_classification',
        'sightline.health': 'critical',
        'sightline.health_reason': 'PSI 0.31 on amount since Nov 20',
      },
      createdAt: 1_730_000_000_000,
      updatedAt: 1_764_000_000_000,
    });
  });

  it('defaults every omitted field: a freshly registered model is only a name and two times', () => {
    const wire = registeredModelWire.parse({
      name: 'bare',
      creation_timestamp: 1,
      last_updated_timestamp: 2,
    });
    const summary = toModelSummary(wire, options);
    expect(summary).toMatchObject({
      team: UNASSIGNED_TEAM,
      owner: '',
      task: 'classification',
      stage: 'development',
      aliases: [],
      latestVersion: '',
      health: { status: 'unknown', reason: NO_HEALTH_REASON },
      tags: {},
    });
    expect(summary.productionVersion).toBeUndefined();
    expect(summary.lastDeployedAt).toBeUndefined();
    expect(toModelDetail(wire, options).description).toBe('');
  });

  it('coerces the int64 strings of a 1.x server and falls back to the deprecated stages', () => {
    const page = searchRegisteredModelsWire.parse({
      registered_models: [
        {
          name: 'legacy-ltv',
          creation_timestamp: '1600000000000',
          last_updated_timestamp: '1650000000000',
          latest_versions: [
            {
              name: 'legacy-ltv',
              version: '3',
              creation_timestamp: '1640000000000',
              last_updated_timestamp: '1641000000000',
              current_stage: 'Production',
              status: 'READY',
            },
            {
              name: 'legacy-ltv',
              version: '4',
              creation_timestamp: '1645000000000',
              last_updated_timestamp: '1645000000000',
              current_stage: 'Staging',
              status: 'READY',
            },
          ],
          tags: [{ key: 'task', value: 'regressor' }],
        },
      ],
    });
    const summary = toModelSummary(page.registered_models[0]!, options);
    expect(summary).toMatchObject({
      stage: 'production',
      productionVersion: '3',
      latestVersion: '4',
      task: 'regression',
      lastDeployedAt: 1_641_000_000_000,
      createdAt: 1_600_000_000_000,
    });
  });

  it('says archived when every version is archived, staging for a challenger alone', () => {
    const base = { name: 'm', creation_timestamp: 1, last_updated_timestamp: 1 };
    const version = (n: string, stage: string) => ({ ...base, version: n, current_stage: stage });
    expect(
      toModelSummary(
        registeredModelWire.parse({ ...base, latest_versions: [version('2', 'Archived')] }),
        options,
      ).stage,
    ).toBe('archived');
    expect(
      toModelSummary(
        registeredModelWire.parse({ ...base, aliases: [{ alias: 'challenger', version: '2' }] }),
        options,
      ).stage,
    ).toBe('staging');
  });

  it('reads configured tag keys and aliases, and explains a health tag it cannot read', () => {
    const wire = registeredModelWire.parse({
      name: 'm',
      creation_timestamp: 1,
      last_updated_timestamp: 1,
      tags: [
        { key: 'squad', value: 'Pricing' },
        { key: 'sightline.health', value: 'green' },
      ],
      aliases: [{ alias: 'prod', version: '1' }],
    });
    const summary = toModelSummary(wire, { ...options, teamTag: 'squad', productionAlias: 'prod' });
    expect(summary.team).toBe('Pricing');
    expect(summary.stage).toBe('production');
    expect(summary.health).toEqual({
      status: 'unknown',
      reason: 'The sightline.health tag holds "green", not a health status.',
    });
  });
});

describe('toModelVersion', () => {
  it('maps status and stage, and an alias outranks the deprecated stage', () => {
    const wire = modelVersionWire.parse({
      name: 'fraud-detector',
      version: '5',
      creation_timestamp: '1700000000000',
      last_updated_timestamp: 1_700_000_100_000,
      current_stage: 'Archived',
      status: 'FAILED_REGISTRATION',
      status_message: 'Failed to copy model artifacts',
      aliases: ['champion'],
    });
    expect(toModelVersion(wire, options)).toEqual({
      modelName: 'fraud-detector',
      version: '5',
      stage: 'production',
      status: 'failed',
      statusMessage: 'Failed to copy model artifacts',
      aliases: ['champion'],
      description: '',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
      runId: undefined,
      source: undefined,
      metrics: {},
      params: {},
      tags: {},
    });
  });

  it('names the field of a malformed version', () => {
    const result = modelVersionWire.safeParse({
      name: 'm',
      version: '1',
      creation_timestamp: 'yesterday',
      last_updated_timestamp: 1,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['creation_timestamp']);
  });
});
