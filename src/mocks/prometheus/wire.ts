import { HttpResponse } from 'msw';
import type { Value } from './promql-eval';
import { PromqlError } from './promql-parse';

const STATUS: Record<PromqlError['errorType'], number> = { bad_data: 400, execution: 422, timeout: 503 };

/** Prometheus's error shape: `{"status":"error","errorType":"bad_data","error":"…"}`. */
export function errorResponse(errorType: PromqlError['errorType'], error: string): Response {
  return HttpResponse.json({ status: 'error', errorType, error }, { status: STATUS[errorType] });
}

export function success(data: unknown, warnings: string[] = []): Response {
  return HttpResponse.json({ status: 'success', data, ...(warnings.length > 0 ? { warnings } : {}) });
}

/** A PromqlError becomes Prometheus's answer; anything else is the mock's own bug, and rethrown. */
export async function answer(run: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PromqlError) return errorResponse(error.errorType, error.message);
    throw error;
  }
}

/** Sample values go as strings (Go's float formatting: "NaN", "+Inf"), times as float seconds. */
export function sampleValue(v: number | null): string {
  if (v === null || Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

const seconds = (t: number): number => t / 1000;

/** One instant: `vector`, `scalar` or `string`, as `/api/v1/query` answers. */
export function instantData(
  value: Value,
  t: number,
  rawRange?: (value: Value & { k: 'range' }) => unknown,
): unknown {
  switch (value.k) {
    case 'vector':
      return {
        resultType: 'vector',
        result: value.series
          .filter((s) => s.values[0] !== null && s.values[0] !== undefined)
          .map((s) => ({ metric: s.labels, value: [seconds(t), sampleValue(s.values[0] ?? null)] })),
      };
    case 'scalar':
      return { resultType: 'scalar', result: [seconds(t), sampleValue(value.values[0] ?? null)] };
    case 'string':
      return { resultType: 'string', result: [seconds(t), value.v] };
    case 'range':
      return { resultType: 'matrix', result: rawRange?.(value) ?? [] };
  }
}

/** Every step of a range query: `matrix`, series without a sample left out. */
export function matrixData(value: Value, times: readonly number[]): unknown {
  const series =
    value.k === 'vector'
      ? value.series
      : value.k === 'scalar'
        ? [{ labels: {}, values: value.values }]
        : undefined;
  if (!series)
    throw new PromqlError(
      'bad_data',
      `invalid expression type "${value.k === 'range' ? 'range vector' : 'string'}" for range query, must be Scalar or instant Vector`,
    );
  return {
    resultType: 'matrix',
    result: series
      .map((s) => ({
        metric: s.labels,
        values: times
          .map((t, i) => [seconds(t), s.values[i] ?? null] as const)
          .filter(([, v]) => v !== null)
          .map(([t, v]) => [t, sampleValue(v)]),
      }))
      .filter((s) => s.values.length > 0),
  };
}
