import { z } from '../zod-mini';
import type { GlobalAttribution } from '../../domain/explanations/explanation';
import { checkContributions, checkMethod } from '../../domain/explanations/problems';
import {
  localResult,
  meanAbsolute,
  type CellValue,
  type ExplainerGlobal,
  type ExplainerLocal,
} from './explainer-result';

/**
 * The fields of `shap.Explanation` (the SHAP library's result object) as a service serialises
 * them: `values` (one row, or rows × features), `base_values`, `data`, `feature_names` and, from
 * explainers that estimate them, `lower_bounds` / `upper_bounds` of each value. NaN has no JSON
 * spelling, so a missing value arrives as `null`.
 */
const num = z.nullable(z.number());
const cell = z.nullable(z.union([z.string(), z.number()]));
const rowOrRows = <T extends z.core.$ZodType>(item: T) => z.union([z.array(item), z.array(z.array(item))]);

export const shapExplanationWire = z.object({
  values: rowOrRows(num),
  base_values: z.union([z.number(), z.array(z.number())]),
  data: z.nullish(rowOrRows(cell)),
  feature_names: z.array(z.string()),
  lower_bounds: z.nullish(rowOrRows(num)),
  upper_bounds: z.nullish(rowOrRows(num)),
});
export type ShapExplanationWire = z.infer<typeof shapExplanationWire>;

function rows<T>(value: readonly T[] | readonly (readonly T[])[]): (readonly T[])[] {
  return value.length > 0 && Array.isArray(value[0]) ? (value as (readonly T[])[]) : [value as readonly T[]];
}

const firstBase = (base: number | readonly number[]): number =>
  typeof base === 'number' ? base : (base[0] ?? 0);

/** One row of a SHAP Explanation as a local explanation; `prediction` is checked against the sum when known. */
export function fromShapLocal(
  payload: ShapExplanationWire,
  options: { method: string; outputSpace: string; k: number; row?: number; prediction?: number },
): ExplainerLocal {
  const row = options.row ?? 0;
  const base = typeof payload.base_values === 'number' ? payload.base_values : payload.base_values[row];
  return localResult({
    method: options.method,
    outputSpace: options.outputSpace,
    baseValue: base ?? firstBase(payload.base_values),
    names: payload.feature_names,
    contributions: rows(payload.values)[row] ?? [],
    values: payload.data ? (rows<CellValue>(payload.data)[row] ?? []) : [],
    prediction: options.prediction,
    k: options.k,
  });
}

/**
 * Global importance from the rows of a SHAP Explanation. With bounds, each value v lies in
 * [l, u], so |v| lies in [min(|l|, |u|), max(|l|, |u|)] (0 when the bounds straddle 0); the
 * feature's bounds are the mean of those, widened by the sampling error of the mean.
 */
export function fromShapGlobal(payload: ShapExplanationWire, method: string): ExplainerGlobal {
  const valueRows = rows(payload.values);
  const names = payload.feature_names;
  const problem =
    checkMethod(method) ??
    checkContributions(
      names.map((feature, j) => ({
        feature,
        contribution: valueRows.every((r) => typeof r[j] === 'number') ? 0 : null,
      })),
    );
  let features: GlobalAttribution[] = meanAbsolute(names, valueRows);
  const lower = payload.lower_bounds ? rows(payload.lower_bounds) : undefined;
  const upper = payload.upper_bounds ? rows(payload.upper_bounds) : undefined;
  if (lower && upper) {
    const index = new Map(names.map((n, j) => [n, j]));
    const meanOf = (pick: (l: number, u: number) => number, j: number): number => {
      const values = lower
        .map((l, i) => [l[j], upper[i]?.[j]] as const)
        .filter((p): p is readonly [number, number] => typeof p[0] === 'number' && typeof p[1] === 'number');
      return values.length > 0 ? values.reduce((s, [l, u]) => s + pick(l, u), 0) / values.length : Number.NaN;
    };
    features = features.map((f) => {
      const j = index.get(f.feature) ?? -1;
      const lo = meanOf((l, u) => (l <= 0 && u >= 0 ? 0 : Math.min(Math.abs(l), Math.abs(u))), j);
      const hi = meanOf((l, u) => Math.max(Math.abs(l), Math.abs(u)), j);
      return Number.isNaN(lo) ? f : { ...f, lower: Math.min(lo, f.lower), upper: Math.max(hi, f.upper) };
    });
  }
  return { method, sampleSize: valueRows.length, features, ...(problem && { problem }) };
}
