import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logVolumeQuery } from '../domain/logs/logql';
import { DEFAULT_SEED } from '../mocks/demo-defaults';
import { isSourceError } from '../sources/source-error';
import { createSource } from '../sources/select-source';
import type { Logs } from '../sources/logs-capability';
import { required, signal, type TinyServer } from './helpers';
import { startLokiServer } from './loki-server';

const NOW = Date.UTC(2026, 10, 27, 12);
const WINDOW = { from: NOW - 3_600_000, to: NOW };
let server: TinyServer;
let logs: Logs;

beforeAll(async () => {
  server = await startLokiServer({ fleetSize: 30, seed: DEFAULT_SEED, now: NOW });
  const source = createSource({ id: 'loki', kind: 'loki', name: 'Team Loki', url: server.url });
  logs = required(source.capabilities.logs, 'the logs capability');
});
afterAll(() => server.close());

describe('the loki source against a server speaking Loki’s wire format', () => {
  it('returns the newest lines first, each with its stream’s labels, up to the limit', async () => {
    const result = await logs.queryRange(
      '{app="model-serving", level="error"}',
      WINDOW,
      { limit: 50, stepSeconds: 60 },
      signal(),
    );
    if (result.kind !== 'streams') throw new Error(`expected streams, got ${result.kind}`);
    expect(result.lines.length).toBe(50);
    const times = result.lines.map((l) => l.t);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const line of result.lines) {
      expect(line.labels).toMatchObject({ app: 'model-serving', level: 'error' });
      expect(line.line).toContain('level=error');
      expect(line.t).toBeGreaterThanOrEqual(WINDOW.from);
      expect(line.t).toBeLessThanOrEqual(WINDOW.to);
    }
  });

  it('counts the log volume per level, and the counts add up to the lines a log query returns', async () => {
    const selector = '{app="model-serving", level="warn"} |= "slow"';
    const volume = await logs.queryRange(
      logVolumeQuery(selector, 600),
      WINDOW,
      { limit: 100, stepSeconds: 600 },
      signal(),
    );
    if (volume.kind !== 'matrix') throw new Error(`expected a matrix, got ${volume.kind}`);
    expect(volume.series.map((s) => s.labels)).toEqual([{ level: 'warn' }]);
    const counted = volume.series[0]?.points.reduce((sum, [, v]) => sum + (v ?? 0), 0) ?? 0;
    const lines = await logs.queryRange(selector, WINDOW, { limit: 5000, stepSeconds: 600 }, signal());
    if (lines.kind !== 'streams') throw new Error('expected streams');
    // The volume's first step counts the ten minutes before the window too; lines start at its start.
    expect(counted).toBeGreaterThan(0);
    expect(Math.abs(counted - lines.lines.length)).toBeLessThanOrEqual(counted * 0.2);
  });

  it('lists label names and values', async () => {
    expect(await logs.labelNames(WINDOW, signal())).toEqual([
      'app',
      'deployment',
      'level',
      'model',
      'version',
    ]);
    expect(await logs.labelValues('level', WINDOW, signal())).toEqual(['error', 'info', 'warn']);
  });

  it('reports a syntax error as Loki words it, with the column', async () => {
    const error: unknown = await logs
      .queryRange('{app=model-serving}', WINDOW, { limit: 10, stepSeconds: 60 }, signal())
      .catch((e: unknown) => e);
    if (!isSourceError(error)) throw new Error('expected a SourceError');
    expect(error.kind).toBe('query');
    expect(error.message).toMatch(/rejected the LogQL query: parse error at line 1, col 6/);
  });

  it('passes “Test connection”', async () => {
    const source = createSource({ id: 'loki', kind: 'loki', name: 'Team Loki', url: server.url });
    const check = await source.check(signal());
    expect(check.ok).toBe(true);
    expect(check.summary).toContain('label names');
  });
});
