import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_NAMES } from './capabilities';
import {
  capabilityAssignments,
  ConfigError,
  DEMO_CONFIG,
  parseRuntimeConfig,
  type RuntimeConfig,
} from './connection-config';
import { CONNECTION_KINDS, kindOf } from './kinds';

/** A team that keeps models in MLflow, metrics in Prometheus and alerts in Alertmanager. */
const STACK = {
  connections: [
    { id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: '/mlflow' },
    {
      id: 'prom',
      kind: 'prometheus',
      name: 'Prod Prometheus',
      url: 'http://prometheus:9090',
      options: { scrapeIntervalSeconds: 15 },
    },
    { id: 'am', kind: 'alertmanager', url: 'http://alertmanager:9093', token: 't0ken' },
    { id: 'api', kind: 'sightline', url: 'https://sightline.example.com/api' },
    { id: 'demo', kind: 'demo' },
  ],
  capabilities: { registry: 'mlflow', metrics: 'prom', alerts: 'am' },
};

/** The ConfigError that parsing `raw` throws. */
function configError(raw: unknown): ConfigError {
  try {
    parseRuntimeConfig(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the config to be refused');
}

describe('parseRuntimeConfig', () => {
  it('accepts the demo config', () => {
    expect(parseRuntimeConfig(DEMO_CONFIG)).toEqual(DEMO_CONFIG);
  });

  it('accepts every kind of connection, with tokens, options and explicit capabilities', () => {
    expect(parseRuntimeConfig(STACK)).toEqual(STACK);
  });

  it('accepts a demo connection without a url and no capabilities', () => {
    expect(parseRuntimeConfig({ connections: [{ id: 'demo', kind: 'demo' }] })).toEqual({
      connections: [{ id: 'demo', kind: 'demo' }],
    });
  });

  it.each(['sightline', 'mlflow', 'prometheus', 'alertmanager'])(
    'names connections.N.url when a %s connection has none',
    (kind) => {
      const error = configError({
        connections: [
          { id: 'demo', kind: 'demo' },
          { id: 'x', kind },
        ],
      });
      expect(error.field).toBe('connections.1.url');
      expect(error.message).toBe(`config.json: "connections.1.url" is required for a ${kind} connection.`);
    },
  );

  it.each([
    ['prometheus:9090', 'must start with http:// or https://'],
    ['ftp://prom.example.com', 'not "ftp:"'],
    ['https://', 'is not a valid URL'],
    ['http://prom example.com', 'must not contain spaces'],
  ])('names connections.N.url when the URL is %s', (url, message) => {
    const error = configError({ connections: [{ id: 'prom', kind: 'prometheus', url }] });
    expect(error.field).toBe('connections.0.url');
    expect(error.message).toContain(message);
  });

  it.each(['http://127.0.0.1:9090', 'https://prom.example.com/api/', '/prometheus', 'api/v1', './mlflow'])(
    'accepts the URL %s',
    (url) => {
      expect(
        parseRuntimeConfig({ connections: [{ id: 'prom', kind: 'prometheus', url }] }).connections[0]?.url,
      ).toBe(url);
    },
  );

  it('names the second use of an id', () => {
    const error = configError({
      connections: [
        { id: 'prom', kind: 'prometheus', url: 'http://a:9090' },
        { id: 'prom', kind: 'prometheus', url: 'http://b:9090' },
      ],
    });
    expect(error.field).toBe('connections.1.id');
    expect(error.message).toContain('"prom" is used twice');
  });

  it('names an id that is not letters, digits, "-" or "_"', () => {
    const error = configError({ connections: [{ id: 'prod prom', kind: 'prometheus', url: 'http://a' }] });
    expect(error.field).toBe('connections.0.id');
  });

  it('names a capability that points at no connection', () => {
    const error = configError({ ...STACK, capabilities: { metrics: 'thanos' } });
    expect(error.field).toBe('capabilities.metrics');
    expect(error.message).toContain('names "thanos", which is not a connection');
  });

  it('names a capability given to a connection that cannot answer it', () => {
    const error = configError({ ...STACK, capabilities: { registry: 'prom' } });
    expect(error.field).toBe('capabilities.registry');
    expect(error.message).toContain('a prometheus connection, which cannot answer registry');
  });

  it('refuses an empty list of connections, and a config without one', () => {
    const empty = configError({ connections: [] });
    expect(empty.field).toBe('connections');
    expect(empty.message).toContain('must list at least one connection');
    expect(configError({}).field).toBe('connections');
  });

  it('calls a config that is not an object "(root)"', () => {
    expect(configError('demo').field).toBe('(root)');
    expect(configError(null).field).toBe('(root)');
  });

  it('names an unknown kind', () => {
    expect(configError({ connections: [{ id: 'x', kind: 'grafana', url: 'http://g' }] }).field).toBe(
      'connections.0.kind',
    );
  });
});

describe('capabilityAssignments', () => {
  it('gives the demo every capability', () => {
    expect(capabilityAssignments(DEMO_CONFIG)).toEqual({
      registry: 'demo',
      metrics: 'demo',
      alerts: 'demo',
      monitoring: 'demo',
      operations: 'demo',
      explore: 'demo',
      delivery: 'demo',
      explanations: 'demo',
      pipelines: 'demo',
      logs: 'demo',
    });
  });

  it('keeps the explicit choice over the first able connection', () => {
    const config = parseRuntimeConfig(STACK);
    // Prometheus comes first and can answer alerts, but the config chose Alertmanager.
    expect(capabilityAssignments(config)).toEqual({
      registry: 'mlflow',
      metrics: 'prom',
      alerts: 'am',
      monitoring: 'api',
      operations: 'api',
      explore: 'prom',
      delivery: 'api',
      explanations: 'api',
      pipelines: 'api',
      // The stack's demo connection (its in-page Loki) is the only one that answers logs.
      logs: 'demo',
    });
  });

  it('falls back to the first connection able to answer, and leaves out what none can', () => {
    const config: RuntimeConfig = {
      connections: [
        { id: 'am', kind: 'alertmanager', url: 'http://am' },
        { id: 'prom', kind: 'prometheus', url: 'http://prom' },
        { id: 'mlflow', kind: 'mlflow', url: '/mlflow' },
      ],
    };
    expect(capabilityAssignments(config)).toEqual({
      registry: 'mlflow',
      metrics: 'prom',
      alerts: 'am',
      explore: 'prom',
    });
  });

  it('assigns each capability to a connection that can answer it, in any valid config', () => {
    const connection = fc.record({
      kind: fc.constantFrom(...CONNECTION_KINDS),
      url: fc.constant('http://backend.test'),
    });
    fc.assert(
      fc.property(fc.array(connection, { minLength: 1, maxLength: 6 }), (list) => {
        const config = parseRuntimeConfig({ connections: list.map((c, i) => ({ ...c, id: `c${i}` })) });
        const assignments = capabilityAssignments(config);
        for (const capability of CAPABILITY_NAMES) {
          const able = config.connections.filter((c) => kindOf(c.kind).capabilities.includes(capability));
          expect(assignments[capability]).toBe(able[0]?.id);
        }
      }),
    );
  });
});
