import type { TestProject } from 'vitest/node';
import { startBackends } from '../../scripts/backends/backends.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    prometheusUrl: string;
    alertmanagerUrl: string;
    silenceId: string;
  }
}

/** Starts and seeds real Prometheus and Alertmanager once for all integration tests; stops them after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const backends = await startBackends({ log: (line) => console.log(`[backends] ${line}`) });
  project.provide('prometheusUrl', backends.prometheus.url);
  project.provide('alertmanagerUrl', backends.alertmanager.url);
  project.provide('silenceId', backends.silenceId);
  return () => backends.stop();
}
