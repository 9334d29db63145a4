import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIVE_RANGES, type TimeRangeSpec } from '../time-range';
import { exploreHref, parseExploreParams, writeExploreParams, type ExploreState } from './explore-state';

const DAY: TimeRangeSpec = { kind: 'relative', range: '24h' };

const queries = fc.record(
  {
    refId: fc.constantFrom('A', 'B', 'C'),
    expr: fc.string(),
    instant: fc.boolean(),
    stepSeconds: fc.integer({ min: 1, max: 86_400 }),
  },
  { requiredKeys: ['refId', 'expr', 'instant'] },
);
const panes = fc.record(
  {
    datasource: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    logs: fc.constant(true),
    queries: fc.array(queries, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['queries'] },
);
const ranges: fc.Arbitrary<TimeRangeSpec> = fc.oneof(
  fc.constantFrom(...RELATIVE_RANGES).map((range) => ({ kind: 'relative' as const, range })),
  fc
    .record({ from: fc.integer({ min: 1e12, max: 2e12 }), span: fc.integer({ min: 1, max: 1e10 }) })
    .map(({ from, span }) => ({ kind: 'absolute' as const, from, to: from + span })),
);
const states: fc.Arbitrary<ExploreState> = fc.record({
  panes: fc.array(panes, { minLength: 1, maxLength: 2 }),
  range: ranges,
});

describe('Explore URL state', () => {
  it('reads back whatever it wrote: connection, queries, range and split', () => {
    fc.assert(
      fc.property(states, (state) => {
        const params = new URLSearchParams(writeExploreParams(state).toString());
        expect(parseExploreParams(params, DAY).state).toEqual(state);
      }),
    );
  });

  it('writes Grafana Explore’s layout, so a link moves to Grafana by changing the host', () => {
    const params = writeExploreParams({
      panes: [{ datasource: 'prom', queries: [{ refId: 'A', expr: 'up', instant: false }] }],
      range: { kind: 'relative', range: '1h' },
    });
    expect(params.get('schemaVersion')).toBe('1');
    expect(JSON.parse(params.get('panes') ?? '')).toEqual({
      a: {
        datasource: 'prom',
        queries: [{ refId: 'A', expr: 'up', range: true, instant: false }],
        range: { from: 'now-1h', to: 'now' },
      },
    });
  });

  it('marks a pane of logs as Grafana marks a Loki query, and reads one from a Grafana link', () => {
    const params = writeExploreParams({
      panes: [
        { datasource: 'logs', logs: true, queries: [{ refId: 'A', expr: '{app="x"}', instant: false }] },
      ],
      range: { kind: 'relative', range: '1h' },
    });
    const wire = JSON.parse(params.get('panes') ?? '') as { a: { queries: Record<string, unknown>[] } };
    expect(wire.a.queries[0]).toMatchObject({
      datasource: { type: 'loki', uid: 'logs' },
      queryType: 'range',
    });
    const grafana = new URLSearchParams({
      panes: JSON.stringify({
        x1: {
          datasource: 'P8E80F9AEF21F6940',
          queries: [
            {
              refId: 'A',
              expr: '{job="api"} |= "timeout"',
              datasource: { type: 'loki', uid: 'P8E80F9AEF21F6940' },
            },
          ],
          range: { from: 'now-1h', to: 'now' },
        },
      }),
    });
    expect(parseExploreParams(grafana, DAY).state.panes[0]).toMatchObject({
      logs: true,
      datasource: 'P8E80F9AEF21F6940',
    });
  });

  it('reads a link copied from Grafana: a datasource object, `now-1d`, a minimum interval', () => {
    // The shape Grafana 10+ writes when you copy an Explore link ("Share" → "Copy shortened URL" off).
    const panes = {
      k3a: {
        datasource: 'P1809F7CD0C75ACF3',
        queries: [
          {
            refId: 'A',
            expr: 'rate(model_requests_total[5m])',
            range: true,
            instant: true,
            interval: '1m',
            datasource: { type: 'prometheus', uid: 'P1809F7CD0C75ACF3' },
            editorMode: 'code',
          },
        ],
        range: { from: 'now-1d', to: 'now' },
      },
    };
    const { state, problem } = parseExploreParams(
      new URLSearchParams({ schemaVersion: '1', panes: JSON.stringify(panes), orgId: '1' }),
      { kind: 'relative', range: '7d' },
    );
    expect(problem).toBeUndefined();
    expect(state).toEqual({
      panes: [
        {
          datasource: 'P1809F7CD0C75ACF3',
          queries: [{ refId: 'A', expr: 'rate(model_requests_total[5m])', instant: false, stepSeconds: 60 }],
        },
      ],
      range: DAY,
    });
  });

  it('starts empty, and says why, when the link’s panes are not JSON', () => {
    const parsed = parseExploreParams(new URLSearchParams({ panes: '{oops' }), DAY);
    expect(parsed.state.panes).toEqual([{ queries: [{ refId: 'A', expr: '', instant: false }] }]);
    expect(parsed.problem).toMatch(/not valid JSON/);
  });

  it('uses the global range when no pane names one', () => {
    const params = new URLSearchParams({ panes: JSON.stringify({ a: { queries: [{ expr: 'up' }] } }) });
    expect(parseExploreParams(params, { kind: 'relative', range: '7d' }).state.range).toEqual({
      kind: 'relative',
      range: '7d',
    });
  });

  it('builds the link a chart opens Explore with', () => {
    const href = exploreHref(
      ['sum(rate(x[5m]))'],
      { kind: 'relative', range: '1h' },
      { datasource: 'demo', model: 'churn' },
    );
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/explore');
    expect(url.searchParams.get('model')).toBe('churn');
    expect(parseExploreParams(url.searchParams, DAY).state).toEqual({
      panes: [{ datasource: 'demo', queries: [{ refId: 'A', expr: 'sum(rate(x[5m]))', instant: false }] }],
      range: { kind: 'relative', range: '1h' },
    });
  });
});
