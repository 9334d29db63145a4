export const SEED_END_MS: number;
export const SEED_START_MS: number;
export const SCRAPE_SECONDS: number;
export const INCIDENT: { from: number; to: number };
export const STORY: {
  normalP95Seconds: number;
  incidentP95Seconds: number;
  normalErrorRatio: number;
  incidentErrorRatio: number;
  productionRps: number;
  canaryRps: number;
  churnRps: number;
  driftRiseFrom: number;
  tenureDrift: { before: number; end: number };
  monthlyChargesDrift: { before: number; end: number };
  contractTypeDrift: number;
};
export const ALERT_INTERVALS: {
  latency: { name: string; from: number; to: number };
  errors: { name: string; from: number; to: number };
  drift: { name: string; from: number; to: undefined };
};
export const BUCKETS: number[];
export function latencyCdf(x: number, scale?: number): number;
export function latencyMean(scale?: number): number;
export function inIncident(t: number): boolean;
export const DEPLOYMENTS: {
  model: string;
  deployment: string;
  version: string;
  rps: number;
  incident: boolean;
}[];
export const DRIFT_FEATURES: { model: string; feature: string; score: (t: number) => number }[];
export const ALERT_SERIES: { labels: Record<string, string>; active: (t: number) => boolean }[];
