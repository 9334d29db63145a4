import type { Operations } from '../operations-capability';
import type { RestClient } from './rest-client';
import { deploymentListWire } from './schemas';
import { toDeployment } from './to-domain';
import {
  actionResultWire,
  incidentDetailWire,
  incidentListWire,
  incidentNoteWire,
  incidentWire,
  objectiveListWire,
  retrainingListWire,
  retrainingRequestWire,
  rolloutListWire,
} from './operations-schemas';
import {
  toIncident,
  toIncidentDetail,
  toIncidentNote,
  toObjectiveStatus,
  toRetrainingRequest,
  toRolloutEvent,
} from './operations-to-domain';

const enc = encodeURIComponent;

/** The operations part of the contract: `/operations/*`. */
export function createRestOperations({ get, send }: RestClient): Operations {
  return {
    async listDeployments(model, signal) {
      const list = await get(`/operations/models/${enc(model)}/deployments`, deploymentListWire, signal);
      return list.items.map(toDeployment);
    },
    async listRollouts(model, signal) {
      const list = await get(`/operations/models/${enc(model)}/rollouts`, rolloutListWire, signal);
      return list.items.map(toRolloutEvent);
    },
    async listObjectives(model, signal) {
      const query = new URLSearchParams(model ? { model } : {});
      const list = await get('/operations/objectives', objectiveListWire, signal, query);
      return list.items.map(toObjectiveStatus);
    },
    async listIncidents(filter, signal) {
      const query = new URLSearchParams();
      if (filter.model) query.set('model', filter.model);
      for (const status of filter.status ?? []) query.append('status', status);
      const list = await get('/operations/incidents', incidentListWire, signal, query);
      return list.items.map(toIncident);
    },
    async getIncident(id, signal) {
      return toIncidentDetail(await get(`/operations/incidents/${enc(id)}`, incidentDetailWire, signal));
    },
    async addNote(incidentId, note, signal) {
      return toIncidentNote(
        await send('POST', `/operations/incidents/${enc(incidentId)}/notes`, note, incidentNoteWire, signal),
      );
    },
    async setIncidentStatus(incidentId, status, author, signal) {
      return toIncident(
        await send(
          'PATCH',
          `/operations/incidents/${enc(incidentId)}`,
          { status, author },
          incidentWire,
          signal,
        ),
      );
    },
    async rollBack(deploymentId, reason, signal) {
      const result = await send(
        'POST',
        `/operations/deployments/${enc(deploymentId)}/rollback`,
        { reason },
        actionResultWire,
        signal,
      );
      return { message: result.message, event: toRolloutEvent(result.event) };
    },
    async shiftTraffic(deploymentId, canaryPercent, reason, signal) {
      const result = await send(
        'POST',
        `/operations/deployments/${enc(deploymentId)}/traffic`,
        { canaryPercent, reason },
        actionResultWire,
        signal,
      );
      return { message: result.message, event: toRolloutEvent(result.event) };
    },
    async listRetrainingRequests(model, signal) {
      const list = await get(`/operations/models/${enc(model)}/retraining`, retrainingListWire, signal);
      return list.items.map(toRetrainingRequest);
    },
    async requestRetraining(model, request, signal) {
      return toRetrainingRequest(
        await send(
          'POST',
          `/operations/models/${enc(model)}/retraining`,
          request,
          retrainingRequestWire,
          signal,
        ),
      );
    },
  };
}
