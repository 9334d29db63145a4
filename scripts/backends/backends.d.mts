export interface RunningServer {
  url: string;
  pid: number | undefined;
}

export interface RunningBackends {
  prometheus: RunningServer;
  alertmanager: RunningServer;
  /** The id of the seeded silence (on ModelErrorRateHigh of dynamic-pricing). */
  silenceId: string;
  /** SIGTERM to both, then removes the temp dir; safe to call twice. */
  stop(): Promise<void>;
}

export function startBackends(options?: { log?: (line: string) => void }): Promise<RunningBackends>;
