export interface SeedAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
export const AM_ALERTS: SeedAlert[];
export const AM_SILENCE: {
  matchers: { name: string; value: string; isRegex: boolean; isEqual: boolean }[];
  createdBy: string;
  comment: string;
};
export function startAlertmanager(
  workDir: string,
): Promise<{ url: string; pid: number | undefined; stop(): Promise<void> }>;
export function seedAlertmanager(url: string, now?: number): Promise<{ silenceId: string }>;
