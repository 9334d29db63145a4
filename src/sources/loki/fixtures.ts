/**
 * Payloads as Loki 2.9 / 3.x send them (shapes from Loki's HTTP API reference), recorded for
 * the adapter's tests: a log query's streams, a metric query's matrix, label lists, and its
 * refusals (plain text for a parse error, JSON from a gateway).
 */
export const STREAMS_ANSWER = {
  status: 'success',
  data: {
    resultType: 'streams',
    result: [
      {
        stream: {
          app: 'model-serving',
          model: 'churn-scorer',
          deployment: 'churn-scorer-prod',
          level: 'info',
        },
        values: [
          ['1795780800500000000', 'level=info msg="prediction served" latency_ms=182 status=200'],
          ['1795780740250000000', 'level=info msg="prediction served" latency_ms=175 status=200'],
        ],
      },
      {
        stream: {
          app: 'model-serving',
          model: 'churn-scorer',
          deployment: 'churn-scorer-prod',
          level: 'error',
        },
        values: [
          [
            '1795780800500000001',
            'level=error msg="prediction failed" status=503 error="feature store timeout"',
          ],
        ],
      },
    ],
    stats: {
      summary: { bytesProcessedPerSecond: 24_000, linesProcessedPerSecond: 300, totalLinesProcessed: 3 },
    },
  },
};

export const MATRIX_ANSWER = {
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      {
        metric: { level: 'error' },
        values: [
          [1795780740, '2'],
          [1795780800, '5'],
        ],
      },
      { metric: { level: 'info' }, values: [[1795780800, '118']] },
    ],
    stats: {},
  },
};

export const LABELS_ANSWER = { status: 'success', data: ['app', 'deployment', 'level', 'model'] };
/** No stream in the range: Loki leaves `data` out. */
export const NO_LABELS_ANSWER = { status: 'success' };
export const LEVEL_VALUES_ANSWER = { status: 'success', data: ['error', 'info', 'warn'] };

/** Loki answers a query it cannot parse with 400 and the parser's words, as plain text. */
export const PARSE_ERROR_TEXT =
  'parse error at line 1, col 15: syntax error: unexpected IDENTIFIER, expecting STRING';
/** A multi-tenant Loki without `X-Scope-OrgID`: 401, plain text. */
export const NO_ORG_ID_TEXT = 'no org id';
/** What a Prometheus-style gateway in front of Loki sends for a refused query. */
export const JSON_ERROR_ANSWER = {
  status: 'error',
  errorType: 'bad_data',
  error: 'invalid parameter "step": zero or negative query resolution step widths are not accepted',
};
