/** One bin of a distribution, on both sides: shares (0–1) and the rows behind them. */
export interface DistributionBin {
  /** "24–28", "card", "bnpl (new)". */
  label: string;
  reference: number;
  current: number;
  referenceCount: number;
  currentCount: number;
}

export interface DistributionChartProps {
  /** States what the chart shows: "tenure_months, reference vs current". */
  title: string;
  /** Histogram bins overlap (numeric); bars stand side by side (categorical). */
  kind: 'histogram' | 'bars';
  bins: DistributionBin[];
  referenceLabel: string;
  currentLabel: string;
  /** What the bins are: "tenure_months (bins)", "payment_method". */
  axisLabel: string;
  height?: number;
}
