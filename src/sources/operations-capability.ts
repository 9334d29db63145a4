import type { Deployment } from '../domain/deployment';

/** Deployments, incidents, pipelines and actions (the Sightline REST contract). */
export interface Operations {
  listDeployments(model: string, signal: AbortSignal): Promise<Deployment[]>;
}
