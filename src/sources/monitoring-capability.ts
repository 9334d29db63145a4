/** Drift reports, performance over time, explanations, fairness (the Sightline REST contract). */
export interface Monitoring {
  /** Whether the backend holds monitoring data for this model at all. */
  hasMonitoring(model: string, signal: AbortSignal): Promise<boolean>;
}
