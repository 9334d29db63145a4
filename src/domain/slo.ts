import { healthSeverity, type HealthStatus } from './health';

export const SLO_SIGNALS = ['latency_p95', 'latency_p99', 'error_rate'] as const;
export type SloSignal = (typeof SLO_SIGNALS)[number];

/**
 * A service level objective: `signal` stays within `threshold` for `objective`
 * of the time (latency, time-based) or of the requests (errors), over `windowDays`.
 */
export interface ServiceObjective {
  id: string;
  deploymentId: string;
  modelName: string;
  signal: SloSignal;
  /** Seconds for latency, a ratio (0–1) for error rate. */
  threshold: number;
  /** e.g. 0.99 */
  objective: number;
  windowDays: number;
}

/** The backend's current reading of an objective. */
export interface ObjectiveStatus extends ServiceObjective {
  /** Share of the error budget left over the window, 0–1 (negative when overspent). */
  budgetRemaining: number;
  /** How fast the budget burns now: 1 spends it exactly over the window. */
  burnRate1h: number;
  burnRate6h: number;
  /** The signal's latest value. */
  current: number;
}

/**
 * Multi-window burn-rate alerting, as in Google's SRE Workbook ch. 5
 * ("Alerting on SLOs"): a fast burn (≥ 14.4 over 1 h, with the 6 h window
 * confirming) pages; a slow burn (≥ 1 over 6 h) opens a ticket; an overspent
 * budget is critical regardless.
 */
export function objectiveHealth(
  status: Pick<ObjectiveStatus, 'budgetRemaining' | 'burnRate1h' | 'burnRate6h'>,
): { status: HealthStatus; reason: string } {
  if (status.budgetRemaining <= 0) return { status: 'critical', reason: 'Error budget exhausted' };
  if (status.burnRate1h >= 14.4 && status.burnRate6h >= 6)
    return { status: 'critical', reason: `Fast burn: ${status.burnRate1h.toFixed(1)}× over the last hour` };
  if (status.burnRate6h >= 1)
    return { status: 'warning', reason: `Burning budget: ${status.burnRate6h.toFixed(1)}× over 6 h` };
  return { status: 'healthy', reason: 'Within objective' };
}

/**
 * Worst first, as the SRE Workbook rates them: critical (budget spent, or a fast burn) before
 * warning (a slow burn) before healthy; then the least budget left; then the fastest 1 h burn.
 * A fast burn with most of its budget left thus still comes before a slow one nearly spent.
 */
export function compareObjectivesByUrgency(
  a: Pick<ObjectiveStatus, 'budgetRemaining' | 'burnRate1h' | 'burnRate6h'>,
  b: Pick<ObjectiveStatus, 'budgetRemaining' | 'burnRate1h' | 'burnRate6h'>,
): number {
  return (
    healthSeverity(objectiveHealth(b).status) - healthSeverity(objectiveHealth(a).status) ||
    a.budgetRemaining - b.budgetRemaining ||
    b.burnRate1h - a.burnRate1h
  );
}

/**
 * The error budget spent by a series of bad-event ratios, each weighted equally
 * (time-based SLO when the ratio is "this step breached", request-based when it
 * is the error rate and steps carry equal traffic): consumed = mean(bad) / (1 − objective).
 */
export function budgetConsumed(badRatios: readonly (number | null)[], objective: number): number {
  const values = badRatios.filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return 0;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return mean / (1 - objective);
}
