import { describe, expect, it } from 'vitest';
import { DEFAULT_MLFLOW_OPTIONS, parseMlflowOptions } from './options';

describe('MLflow connection options', () => {
  it('defaults everything, so no options is a valid configuration', () => {
    expect(parseMlflowOptions(undefined)).toEqual({ ok: true, options: DEFAULT_MLFLOW_OPTIONS });
    expect(DEFAULT_MLFLOW_OPTIONS).toMatchObject({
      teamTag: 'team',
      ownerTag: 'owner',
      taskTag: 'task',
      defaultTask: 'classification',
      healthTag: 'sightline.health',
      healthReasonTag: 'sightline.health_reason',
      productionAlias: 'champion',
      stagingAlias: 'challenger',
      caseInsensitiveSearch: true,
      maxScanPages: 10,
      facetsMaxPages: 5,
      summaryMaxPages: 10,
      maxVersions: 500,
      maxVersionRuns: 50,
      runConcurrency: 4,
      authScheme: 'bearer',
    });
  });

  it('takes a boolean from a select as "true"/"false"', () => {
    const parsed = parseMlflowOptions({ caseInsensitiveSearch: 'false' });
    expect(parsed.ok && parsed.options.caseInsensitiveSearch).toBe(false);
  });

  it('names a bad or misspelt setting', () => {
    expect(parseMlflowOptions({ runConcurrency: 64 })).toMatchObject({
      ok: false,
      field: 'options.runConcurrency',
    });
    const typo = parseMlflowOptions({ teamtag: 'squad' });
    expect(typo.ok).toBe(false);
    expect(!typo.ok && typo.message).toContain('teamtag');
  });
});
