import type { Operations } from '../operations-capability';
import type { RestClient } from './rest-client';
import { deploymentListWire } from './schemas';
import { toDeployment } from './to-domain';

const enc = encodeURIComponent;

/** The operations part of the contract: `/operations/*`. */
export function createRestOperations({ get }: RestClient): Operations {
  return {
    async listDeployments(model, signal) {
      const list = await get(`/operations/models/${enc(model)}/deployments`, deploymentListWire, signal);
      return list.items.map(toDeployment);
    },
  };
}
