import { describe, expect, it } from 'vitest';
import { httpTarget } from './http';
import { SourceError } from './source-error';

describe('SourceError.with', () => {
  it('tells the same failure with a new hint, keeping every other field and the original as cause', () => {
    const original = new SourceError({
      kind: 'schema',
      source: 'Prod Prometheus',
      endpoint: 'GET /api/v1/query_range',
      status: 200,
      field: 'data.resultType',
      message: 'Prod Prometheus sent a payload that breaks its schema.',
      hint: 'Check the URL.',
    });
    const told = original.with({ hint: 'Use the base URL, such as http://prometheus:9090.' });
    expect(told).toMatchObject({
      kind: 'schema',
      source: 'Prod Prometheus',
      endpoint: 'GET /api/v1/query_range',
      status: 200,
      field: 'data.resultType',
      message: original.message,
      hint: 'Use the base URL, such as http://prometheus:9090.',
      cause: original,
    });
    expect(original.with({ kind: 'query' }).hint).toBe('Check the URL.');
  });
});

describe('httpTarget', () => {
  it('trims the base URL and signs with the token', () => {
    expect(httpTarget({ baseUrl: ' http://prom:9090// ', token: 't' })).toEqual({
      baseUrl: 'http://prom:9090',
      headers: { Authorization: 'Bearer t' },
    });
    expect(httpTarget({ baseUrl: '/mlflow', token: 'u:p', authScheme: 'basic' }).headers).toEqual({
      Authorization: `Basic ${btoa('u:p')}`,
    });
    expect(httpTarget({ baseUrl: '/api/' }).headers).toEqual({});
  });
});
