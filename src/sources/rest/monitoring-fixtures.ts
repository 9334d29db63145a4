/** Test fixtures: monitoring payloads as a Sightline backend sends them (nulls, omissions and all). */
export const DRIFT_REPORT_PAYLOAD = {
  model: 'churn-predictor',
  version: '6',
  task: 'classification',
  start: '2026-11-26T12:00:00.000Z',
  end: '2026-11-27T12:00:00.000Z',
  reference: { version: '6', label: 'The training data of v6', dataset: null, rows: 1200 },
  currentRows: 300,
  features: [
    {
      name: 'tenure_months',
      type: 'numeric',
      edges: [0, 12, 24, 36],
      reference: {
        counts: [400, 500, 300],
        summary: { count: 1200, mean: 16.5, std: 8.2, min: 0, max: 36, p25: 9, p50: 16, p75: 24 },
      },
      current: { counts: [150, 100, 50], summary: null },
    },
    {
      name: 'payment_method',
      type: 'categorical',
      reference: { counts: { card: 900, paypal: 300 } },
      current: { counts: { card: 200, paypal: 40, bnpl: 60 } },
    },
  ],
  prediction: null,
  config: {
    numeric: { method: 'psi', threshold: null },
    categorical: null,
    features: { payment_method: { threshold: 0.2 } },
    driftShare: 0.3,
  },
  markers: [{ at: '2026-11-27T06:00:00.000Z', kind: 'deploy', label: 'v6 deployed' }],
} as const;

export const DRIFT_TIMELINE_PAYLOAD = {
  step: 43200,
  buckets: [1795694400, 1795737600],
  features: [
    {
      name: 'tenure_months',
      type: 'numeric',
      edges: [0, 12, 24, 36],
      counts: [
        [80, 50, 20],
        [70, 50, 30],
      ],
    },
    {
      name: 'payment_method',
      type: 'categorical',
      categories: ['card', 'paypal', 'bnpl'],
      counts: [
        [100, 20, 30],
        [100, 20, 30],
      ],
    },
  ],
} as const;

export const PERFORMANCE_PAYLOAD = {
  model: 'delivery-eta',
  task: 'regression',
  step: 86400,
  metrics: [
    {
      name: 'mae',
      label: 'MAE (min)',
      unit: 'score',
      points: [
        [1795651200, 6.2],
        [1795737600, null],
      ],
    },
  ],
  labelDelay: { delaySeconds: 259200, incompleteFrom: '2026-11-24T12:00:00.000Z' },
} as const;
