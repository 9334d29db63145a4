import { describe, expect, it } from 'vitest';
import { toTrainingRun, trainingDataset } from './run-to-domain';
import { getRunWire } from './schemas';

/** `runs/get` as MLflow 2.x answers it for a finished training job with two dataset inputs. */
const finished = {
  run: {
    info: {
      run_uuid: '5f1c0b7e2a9d4c3b8e6f1a2b3c4d5e6f',
      run_id: '5f1c0b7e2a9d4c3b8e6f1a2b3c4d5e6f',
      experiment_id: '12',
      run_name: 'bouncy-boar-498',
      user_id: 'svc-airflow',
      status: 'FINISHED',
      start_time: 1_763_000_000_000,
      end_time: 1_763_003_600_000,
      artifact_uri: 'mlflow-artifacts:/12/5f1c0b7e2a9d4c3b8e6f1a2b3c4d5e6f/artifacts',
      lifecycle_stage: 'active',
    },
    data: {
      metrics: [
        { key: 'auc', value: 0.912, timestamp: 1_763_003_500_000, step: 0 },
        { key: 'val_loss', value: 'NaN', timestamp: 1_763_003_500_000, step: 3 },
      ],
      params: [
        { key: 'max_depth', value: '8' },
        { key: 'learning_rate', value: '0.05' },
      ],
      tags: [
        { key: 'mlflow.user', value: 'fatima.haddad' },
        { key: 'mlflow.source.name', value: 'pipelines/fraud/train.py' },
        { key: 'mlflow.source.type', value: 'JOB' },
        { key: 'mlflow.source.git.commit', value: '9c1e2f3a4b5c6d7e8f9012345678901234567890' },
      ],
    },
    inputs: {
      dataset_inputs: [
        {
          tags: [{ key: 'mlflow.data.context', value: 'validation' }],
          dataset: {
            name: 'fraud_holdout',
            digest: 'aa11bb22',
            source_type: 'delta_table',
            source: '{"path": "dbfs:/risk/fraud_holdout", "delta_table_version": 12}',
          },
        },
        {
          tags: [{ key: 'mlflow.data.context', value: 'training' }],
          dataset: {
            name: 'fraud_features',
            digest: 'c0ffee12',
            source_type: 's3',
            source: '{"uri": "s3://risk-features/fraud_features/snapshot=2025-11-12/"}',
            schema: '{"mlflow_colspec": []}',
            profile: '{"num_rows": 1250000, "num_elements": 30000000}',
          },
        },
      ],
    },
  },
};

describe('toTrainingRun', () => {
  it('reads lineage from run tags and dataset inputs', () => {
    const run = getRunWire.parse(finished).run;
    expect(toTrainingRun(run)).toEqual({
      id: '5f1c0b7e2a9d4c3b8e6f1a2b3c4d5e6f',
      name: 'bouncy-boar-498',
      experimentId: '12',
      user: 'fatima.haddad',
      status: 'finished',
      startedAt: 1_763_000_000_000,
      endedAt: 1_763_003_600_000,
      params: { max_depth: '8', learning_rate: '0.05' },
      // NaN (sent as "NaN") is left out: there is no number to show.
      metrics: { auc: 0.912 },
      datasets: [
        {
          name: 'fraud_holdout',
          digest: 'aa11bb22',
          source: 'dbfs:/risk/fraud_holdout',
          context: 'validation',
          rows: undefined,
        },
        {
          name: 'fraud_features',
          digest: 'c0ffee12',
          source: 's3://risk-features/fraud_features/snapshot=2025-11-12/',
          context: 'training',
          rows: 1_250_000,
        },
      ],
      codeCommit: '9c1e2f3a4b5c6d7e8f9012345678901234567890',
      sourceFile: 'pipelines/fraud/train.py',
      sourceType: 'JOB',
    });
    expect(trainingDataset(run)?.name).toBe('fraud_features');
  });

  it('reads a running 1.x run: string times, no end, only run_uuid, no data or inputs', () => {
    const run = getRunWire.parse({
      run: { info: { run_uuid: 'abc', status: 'RUNNING', start_time: '1600000000000', user_id: 'ana' } },
    }).run;
    expect(toTrainingRun(run)).toEqual({
      id: 'abc',
      name: undefined,
      experimentId: undefined,
      user: 'ana',
      status: 'running',
      startedAt: 1_600_000_000_000,
      endedAt: undefined,
      params: {},
      metrics: {},
      datasets: [],
      codeCommit: undefined,
      sourceFile: undefined,
      sourceType: undefined,
    });
  });

  it('keeps a dataset source that is not JSON as it is', () => {
    const run = getRunWire.parse({
      run: {
        info: { run_id: 'r', status: 'KILLED', start_time: 1 },
        inputs: { dataset_inputs: [{ dataset: { name: 'd', digest: '1', source: 'warehouse.table_x' } }] },
      },
    }).run;
    expect(toTrainingRun(run).datasets).toEqual([
      { name: 'd', digest: '1', source: 'warehouse.table_x', context: undefined, rows: undefined },
    ]);
  });

  it('refuses a status MLflow does not have, naming the field', () => {
    const result = getRunWire.safeParse({ run: { info: { run_id: 'r', status: 'DONE', start_time: 1 } } });
    expect(result.error?.issues[0]?.path).toEqual(['run', 'info', 'status']);
  });
});
