import type { ZodMiniType } from 'zod/mini';
import {
  deploymentListWire,
  facetsWire,
  fleetSummaryWire,
  modelDetailWire,
  modelPageWire,
  serverInfoWire,
  trainingRunWire,
  versionListWire,
} from '../../sources/rest/schemas';
import {
  alertHistoryWire,
  alertListWire,
  seriesResultWire,
  silenceListWire,
} from '../../sources/rest/observability-schemas';
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
} from '../../sources/rest/operations-schemas';
import {
  driftRankingWire,
  driftReportWire,
  driftTimelineWire,
  performanceReportWire,
} from '../../sources/rest/monitoring-schemas';
import { evidencePackWire, registryEventPageWire } from '../../sources/rest/delivery-schemas';

/** Test helper: the client's zod schema for the 2xx answer of each operation of the contract. */
export const CLIENT_SCHEMAS: Readonly<Record<string, ZodMiniType>> = {
  getServerInfo: serverInfoWire,
  listModels: modelPageWire,
  getModel: modelDetailWire,
  listModelVersions: versionListWire,
  getRun: trainingRunWire,
  getFacets: facetsWire,
  getFleetSummary: fleetSummaryWire,
  listDeployments: deploymentListWire,
  listRollouts: rolloutListWire,
  listObjectives: objectiveListWire,
  listIncidents: incidentListWire,
  getIncident: incidentDetailWire,
  updateIncident: incidentWire,
  addIncidentNote: incidentNoteWire,
  rollBackDeployment: actionResultWire,
  shiftTraffic: actionResultWire,
  getServingMetrics: seriesResultWire,
  listAlerts: alertListWire,
  listSilences: silenceListWire,
  getAlertHistory: alertHistoryWire,
  listRetrainingRequests: retrainingListWire,
  requestRetraining: retrainingRequestWire,
  getDriftReport: driftReportWire,
  getDriftTimeline: driftTimelineWire,
  getPerformance: performanceReportWire,
  getDriftRanking: driftRankingWire,
  listRegistryEvents: registryEventPageWire,
  createEvidencePack: evidencePackWire,
  getEvidencePack: evidencePackWire,
};
