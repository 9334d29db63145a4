import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../domain/alert';
import type { SeriesResult } from '../../domain/series';
import {
  ALERT_FACTS,
  HISTORY_FACTS,
  HISTORY_WINDOW,
  SERIES_FACTS,
  SERIES_UNITS,
  SERIES_WINDOW,
  STEP_SECONDS,
} from '../../mocks/testing/parity/observability-facts';
import { PROMETHEUS_PARITY_URL, prometheusHandlers } from '../../mocks/testing/parity/serve-prometheus';
import { REST_TEST_URL, restHandlers } from '../../mocks/testing/parity/serve-rest';
import type { CapabilityMap } from '../capabilities';
import { createSource } from '../select-source';

/**
 * The same serving metrics and alerts (mocks/testing/parity/observability-facts.ts), served as the Sightline
 * contract the demo's way and as Prometheus's HTTP API, read through the real source factory:
 * both sources must return equal series and alerts.
 */

const server = setupServer(...restHandlers(), ...prometheusHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function sourceOf(kind: 'sightline' | 'prometheus', url: string): Pick<CapabilityMap, 'metrics' | 'alerts'> {
  const { metrics, alerts } = createSource({ id: kind, kind, url }).capabilities;
  if (!metrics || !alerts) throw new Error(`A ${kind} connection answers no metrics or alerts.`);
  return { metrics, alerts };
}
const rest = sourceOf('sightline', REST_TEST_URL);
const prometheus = sourceOf('prometheus', PROMETHEUS_PARITY_URL);
const signal = () => new AbortController().signal;

/**
 * How each backend names what it returns, taken out of both sides so the numbers must match:
 * - a series' `label` and `labels`: the demo names a line by its deployment's environment
 *   ("production") with the model and deployment as labels; Prometheus by the signal ("p95
 *   latency") with the labels its query keeps (none, after `sum by (le)`);
 * - `query`: Prometheus returns the PromQL it ran; the demo has none;
 * - an alert's `id` and `url`: Prometheus has no alert ids (the source hashes the labels) and
 *   links to its own alerts page.
 */
function withoutNames(result: SeriesResult): SeriesResult {
  return {
    stepSeconds: result.stepSeconds,
    series: result.series.map(({ unit, points }) => ({ label: '', unit, points })),
  };
}
const withoutIdentity = (alert: Alert): Alert => ({ ...alert, id: '', url: undefined });

describe('serving metrics, from the Sightline contract and from Prometheus', () => {
  it.each(SERIES_FACTS.map((f) => [f.signal, f] as const))(
    'returns the same %s points, units and step',
    async (_, facts) => {
      const request = { window: SERIES_WINDOW, stepSeconds: STEP_SECONDS };
      const [fromRest, fromPrometheus] = await Promise.all([
        rest.metrics.serving(facts.target, facts.signal, request, signal()),
        prometheus.metrics.serving(facts.target, facts.signal, request, signal()),
      ]);
      expect(withoutNames(fromRest)).toEqual({
        stepSeconds: STEP_SECONDS,
        series: [{ label: '', unit: SERIES_UNITS[facts.signal], points: facts.points }],
      });
      expect(withoutNames(fromPrometheus)).toEqual(withoutNames(fromRest));
    },
  );
});

describe('alerts, from the Sightline contract and from Prometheus', () => {
  it('lists the same firing alerts', async () => {
    const [fromRest, fromPrometheus] = await Promise.all([
      rest.alerts.listAlerts({}, signal()),
      prometheus.alerts.listAlerts({}, signal()),
    ]);
    expect(fromRest).toEqual(ALERT_FACTS);
    expect(fromPrometheus.map(withoutIdentity)).toEqual(fromRest.map(withoutIdentity));
  });

  it.each(['churn-predictor', 'dynamic-pricing'])('narrows them to %s the same way', async (model) => {
    const [fromRest, fromPrometheus] = await Promise.all([
      rest.alerts.listAlerts({ model }, signal()),
      prometheus.alerts.listAlerts({ model }, signal()),
    ]);
    expect(fromRest).toEqual(ALERT_FACTS.filter((a) => a.model === model));
    expect(fromPrometheus.map(withoutIdentity)).toEqual(fromRest.map(withoutIdentity));
  });

  it('returns the same history of what fired', async () => {
    const filter = { model: 'churn-predictor' };
    const [fromRest, fromPrometheus] = await Promise.all([
      rest.alerts.history(filter, HISTORY_WINDOW, signal()),
      prometheus.alerts.history(filter, HISTORY_WINDOW, signal()),
    ]);
    expect(fromRest).toEqual(HISTORY_FACTS);
    expect(fromPrometheus).toEqual(fromRest);
  });
});
